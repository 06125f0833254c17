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

#include "absl/strings/string_view.h"
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

// Known bug, left to the owner of common/text: ValidateText computes
// `0x3F >> (width - 1)` with width 0 for a byte that cannot start a UTF-8
// sequence (0x80-0xC1, 0xF5-0xFF), a shift by -1 (undefined behaviour;
// reproducer: fuzz/known-bugs/extract_fuzzer/validate_text_shift). Until it
// is fixed, inputs whose first invalid UTF-8 sequence starts with such a
// byte are skipped, so that the fuzzer gets past it to everything else.
// True when ValidateText's walk over `text` reaches such a byte before any
// other error.
bool ReachesBadLeadByte(absl::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    size_t width = 0;
    if (lead < 0x80) {
      width = 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      width = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      width = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      width = 4;
    } else {
      return true;
    }
    if (i + width > text.size()) return false;
    for (size_t k = 1; k < width; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
        return false;  // ValidateText stops here.
      }
    }
    i += width;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (ReachesBadLeadByte(text)) return 0;

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
