// Extraction speed on one core: Extractor::Extract over the example articles
// (examples/articles/*.txt, about 1.3 KB each) and over synthetic ~3 KB
// articles assembled from their paragraphs. Reports articles/s
// (items_per_second) and MB/s (bytes_per_second). The target from issue 3 is
// 2,000 articles/s per core for 3 KB articles; nothing here asserts it.
//
// The stage benchmarks (normalize, split, tokenize) show where the time of one
// 3 KB article goes.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "benchmark/benchmark.h"
#include "common/extract/extractor.h"
#include "common/extract/lexicon.h"
#include "common/kb/knowledge_base.h"
#include "common/text/normalize.h"
#include "common/text/sentences.h"

namespace parley {
namespace {

constexpr size_t kSyntheticBytes = 3 * 1024;
constexpr int kSyntheticArticles = 16;

std::string ExamplesDir() {
  if (const char* env = std::getenv("PARLEY_EXAMPLES_DIR"); env && *env) {
    return env;
  }
  return std::string(PARLEY_SOURCE_DIR) + "/examples/articles";
}

// Exits: a benchmark without its inputs measures nothing.
[[noreturn]] void Fail(const std::string& message) {
  std::cerr << "extract_bench: " << message << "\n";
  std::exit(1);
}

// The example articles' texts, in file-name order. Loaded once.
const std::vector<std::string>& ExampleTexts() {
  static const std::vector<std::string>* texts = [] {
    std::vector<std::string> paths;
    std::error_code error;
    for (const auto& entry :
         std::filesystem::directory_iterator(ExamplesDir(), error)) {
      if (entry.path().extension() == ".txt") {
        paths.push_back(entry.path().string());
      }
    }
    if (paths.empty()) Fail("no *.txt articles in " + ExamplesDir());
    std::sort(paths.begin(), paths.end());
    auto* result = new std::vector<std::string>();
    for (const std::string& path : paths) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream contents;
      contents << in.rdbuf();
      result->push_back(contents.str());
    }
    return result;
  }();
  return *texts;
}

// Articles of about kSyntheticBytes: consecutive paragraphs of the example
// articles (a leading " date YYYY-MM-DD" marker dropped), article k starting
// at paragraph 5k, so the articles differ. The publication date is set in
// the request so that relative dates are resolved as in real use.
std::vector<ArticleInput> SyntheticArticles() {
  std::vector<std::string> paragraphs;
  for (const std::string& text : ExampleTexts()) {
    for (absl::string_view paragraph : absl::StrSplit(text, "\n\n")) {
      paragraph = absl::StripAsciiWhitespace(paragraph);
      if (absl::StartsWith(paragraph, "date ") && paragraph.size() > 15) {
        paragraph = absl::StripLeadingAsciiWhitespace(paragraph.substr(15));
      }
      if (!paragraph.empty()) paragraphs.emplace_back(paragraph);
    }
  }
  std::vector<ArticleInput> articles(kSyntheticArticles);
  for (int k = 0; k < kSyntheticArticles; ++k) {
    std::vector<std::string> parts;
    size_t bytes = 0;
    for (size_t p = 5 * k; bytes < kSyntheticBytes; ++p) {
      const std::string& paragraph = paragraphs[p % paragraphs.size()];
      parts.push_back(paragraph);
      bytes += paragraph.size() + 2;
    }
    articles[k].text = absl::StrJoin(parts, "\n\n");
    articles[k].published.set_year(2024);
    articles[k].published.set_month(11);
    articles[k].published.set_day(1);
  }
  return articles;
}

const KnowledgeBase& Kb() {
  static const KnowledgeBase* kb = [] {
    absl::StatusOr<std::unique_ptr<KnowledgeBase>> loaded =
        KnowledgeBase::LoadDefault();
    if (!loaded.ok()) Fail(std::string(loaded.status().message()));
    return loaded->release();
  }();
  return *kb;
}

const Extractor& SharedExtractor() {
  static const Extractor* extractor = new Extractor(&Kb());
  return *extractor;
}

// Extracts the articles round-robin, one article per iteration.
void RunExtract(benchmark::State& state,
                const std::vector<ArticleInput>& articles) {
  const Extractor& extractor = SharedExtractor();
  size_t next = 0;
  int64_t bytes = 0;
  int64_t events = 0;
  for (auto _ : state) {
    const ArticleInput& article = articles[next];
    next = next + 1 == articles.size() ? 0 : next + 1;
    absl::StatusOr<ExtractedArticle> extracted = extractor.Extract(article);
    if (!extracted.ok()) {
      state.SkipWithError(std::string(extracted.status().message()).c_str());
      break;
    }
    events += static_cast<int64_t>(extracted->events.size());
    benchmark::DoNotOptimize(extracted);
    bytes += static_cast<int64_t>(article.text.size());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
  state.counters["events_per_article"] = benchmark::Counter(
      static_cast<double>(events) /
      static_cast<double>(std::max<int64_t>(1, state.iterations())));
  int64_t total = 0;
  for (const ArticleInput& article : articles) total += article.text.size();
  state.counters["avg_article_bytes"] =
      static_cast<double>(total) / static_cast<double>(articles.size());
}

void BM_ExtractExampleArticles(benchmark::State& state) {
  static const std::vector<ArticleInput>* articles = [] {
    auto* result = new std::vector<ArticleInput>();
    for (const std::string& text : ExampleTexts()) {
      ArticleInput input;
      input.text = text;
      result->push_back(std::move(input));
    }
    return result;
  }();
  RunExtract(state, *articles);
}
BENCHMARK(BM_ExtractExampleArticles);

void BM_ExtractSynthetic3KB(benchmark::State& state) {
  static const std::vector<ArticleInput>* articles =
      new std::vector<ArticleInput>(SyntheticArticles());
  RunExtract(state, *articles);
}
BENCHMARK(BM_ExtractSynthetic3KB);

// One run-on sentence of state.range(0) KB: the synthetic articles' text
// with every full stop and line break turned into a comma or a space, as
// in pasted lists and input without punctuation. Articles/s should fall
// only in proportion to the size (sentences are read in pieces of bounded
// length; one 50 KB sentence used to take ~150 times longer than 50 KB of
// ordinary sentences).
void BM_ExtractRunOnSentence(benchmark::State& state) {
  std::string text;
  for (const ArticleInput& article : SyntheticArticles()) {
    for (char c : article.text) {
      text += c == '.' ? ',' : (c == '\n' ? ' ' : c);
    }
  }
  ArticleInput input;
  input.published.set_year(2024);
  input.published.set_month(11);
  input.published.set_day(1);
  const size_t size = static_cast<size_t>(state.range(0)) * 1024;
  while (input.text.size() < size) input.text += text;
  input.text.resize(input.text.rfind(' ', size));  // Whole characters.
  RunExtract(state, {input});
}
BENCHMARK(BM_ExtractRunOnSentence)->Arg(3)->Arg(10)->Arg(50);

// Stages of one 3 KB article, for locating the cost.
const std::vector<std::string>& NormalizedSynthetic() {
  static const std::vector<std::string>* texts = [] {
    auto* result = new std::vector<std::string>();
    for (const ArticleInput& article : SyntheticArticles()) {
      result->push_back(NormalizeText(article.text));
    }
    return result;
  }();
  return *texts;
}

void BM_Stage_NormalizeText(benchmark::State& state) {
  static const std::vector<ArticleInput>* articles =
      new std::vector<ArticleInput>(SyntheticArticles());
  size_t next = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const std::string& text = (*articles)[next].text;
    next = (next + 1) % articles->size();
    benchmark::DoNotOptimize(ValidateText(text));
    benchmark::DoNotOptimize(NormalizeText(text));
    bytes += static_cast<int64_t>(text.size());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Stage_NormalizeText);

void BM_Stage_SplitSentences(benchmark::State& state) {
  const std::vector<std::string>& texts = NormalizedSynthetic();
  size_t next = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const std::string& text = texts[next];
    next = (next + 1) % texts.size();
    benchmark::DoNotOptimize(SplitSentences(text));
    bytes += static_cast<int64_t>(text.size());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Stage_SplitSentences);

void BM_Stage_Tokenize(benchmark::State& state) {
  const std::vector<std::string>& texts = NormalizedSynthetic();
  size_t next = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const std::string& text = texts[next];
    next = (next + 1) % texts.size();
    benchmark::DoNotOptimize(Tokenize(text, 0, static_cast<int>(text.size())));
    bytes += static_cast<int64_t>(text.size());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Stage_Tokenize);

}  // namespace
}  // namespace parley

BENCHMARK_MAIN();
