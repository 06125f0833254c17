// Fuzz target: normalization and extraction of arbitrary bytes.
//
// The first byte picks how the rest is submitted (format detection, plain
// text or HTML); the rest is the article text. Every input must either be
// rejected with an error status or extracted into events whose evidence
// offsets lie inside the normalized text. Bytes that are valid UTF-8 also
// go through the normalization steps directly, which must be idempotent.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "common/extract/extractor.h"
#include "common/kb/knowledge_base.h"
#include "common/text/normalize.h"

namespace {

void Check(bool condition, const char* what) {
  if (!condition) {
    fprintf(stderr, "extract_fuzzer: broken property: %s\n", what);
    abort();
  }
}

const parley::Extractor& SharedExtractor() {
  static const parley::KnowledgeBase* kb = [] {
    auto loaded = parley::KnowledgeBase::LoadDefault();
    if (!loaded.ok()) {
      fprintf(stderr, "extract_fuzzer: cannot load the knowledge base: %s\n",
              loaded.status().ToString().c_str());
      abort();
    }
    return loaded->release();
  }();
  static const parley::Extractor* extractor = new parley::Extractor(kb);
  return *extractor;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);

  if (parley::ValidateText(text).ok()) {
    const std::string plain = parley::LooksLikeHtml(text)
                                  ? parley::HtmlToText(text)
                                  : std::string(text);
    Check(parley::ValidateText(plain).ok(), "HtmlToText keeps UTF-8 valid");
    const std::string normalized = parley::NormalizeText(plain);
    Check(parley::ValidateText(normalized).ok(),
          "NormalizeText keeps UTF-8 valid");
    Check(parley::NormalizeText(normalized) == normalized,
          "NormalizeText is idempotent");
    std::string dated = normalized;
    parley::TakeArticleDate(&dated);
  }

  parley::ArticleInput input;
  input.text = text;
  switch (data[0] % 3) {
    case 0:
      input.format = parley::ArticleInput::Format::kDetect;
      break;
    case 1:
      input.format = parley::ArticleInput::Format::kPlain;
      break;
    default:
      input.format = parley::ArticleInput::Format::kHtml;
      break;
  }
  absl::StatusOr<parley::ExtractedArticle> extracted =
      SharedExtractor().Extract(input);
  if (!extracted.ok()) return 0;
  const std::string& normalized = extracted->article.text();
  for (const parley::v1::Event& event : extracted->events) {
    for (const parley::v1::Source& source : event.sources()) {
      for (const parley::v1::Evidence& evidence : source.evidence()) {
        Check(evidence.begin() >= 0 && evidence.begin() <= evidence.end() &&
                  static_cast<size_t>(evidence.end()) <= normalized.size(),
              "evidence offsets lie inside the normalized text");
      }
    }
  }
  return 0;
}
