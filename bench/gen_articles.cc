// gen_articles: writes the benchmark's synthetic articles (bench/article_gen.h)
// as text files, and with --check runs the real extractor over them and
// prints how many events it finds per article against how many each
// article reports.
//
//   gen_articles --seed=1 --articles=1000 --out=DIR [--check]
//   gen_articles --seed=1 --events=10000 --check      # no files, just check
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_format.h"
#include "bench/article_gen.h"
#include "common/extract/extractor.h"
#include "common/kb/knowledge_base.h"

ABSL_FLAG(uint64_t, seed, 1, "seed of the generator; same seed, same articles");
ABSL_FLAG(int64_t, articles, 0, "how many articles to write");
ABSL_FLAG(int64_t, events, 0,
          "instead of --articles: stop once the articles report this many "
          "distinct happenings");
ABSL_FLAG(std::string, out, "", "directory for 000001.txt, ... (optional)");
ABSL_FLAG(bool, check, false,
          "run the extractor on each article and print events per article");

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Writes deterministic synthetic articles for Parley's benchmarks.\n"
      "Usage: gen_articles --seed=N (--articles=N | --events=N) [--out=DIR] "
      "[--check]");
  absl::ParseCommandLine(argc, argv);
  const int64_t max_articles = absl::GetFlag(FLAGS_articles);
  const int64_t max_events = absl::GetFlag(FLAGS_events);
  if ((max_articles > 0) == (max_events > 0)) {
    std::fprintf(stderr, "gen_articles: pass one of --articles or --events\n");
    return 2;
  }
  const std::string out = absl::GetFlag(FLAGS_out);
  if (!out.empty()) {
    std::error_code error;
    std::filesystem::create_directories(out, error);
    if (error) {
      std::fprintf(stderr, "gen_articles: cannot create %s: %s\n", out.c_str(),
                   error.message().c_str());
      return 1;
    }
  }
  absl::StatusOr<std::unique_ptr<parley::KnowledgeBase>> kb =
      parley::KnowledgeBase::LoadDefault();
  if (!kb.ok()) {
    std::fprintf(stderr, "gen_articles: %s\n", kb.status().ToString().c_str());
    return 1;
  }
  parley::bench::GeneratorOptions options;
  options.seed = absl::GetFlag(FLAGS_seed);
  parley::bench::ArticleGenerator generator(kb->get(), options);
  parley::Extractor extractor(kb->get());
  const bool check = absl::GetFlag(FLAGS_check);

  int64_t articles = 0, reported = 0, distinct = 0, found = 0, bytes = 0;
  while (max_articles > 0 ? articles < max_articles : distinct < max_events) {
    parley::bench::GeneratedArticle article = generator.Next();
    ++articles;
    reported += article.events;
    distinct += article.new_events;
    bytes += static_cast<int64_t>(article.text.size());
    if (!out.empty()) {
      const std::string path = absl::StrFormat("%s/%06d.txt", out, articles);
      std::ofstream file(path, std::ios::binary);
      file << article.text << "\n";
      if (!file) {
        std::fprintf(stderr, "gen_articles: cannot write %s\n", path.c_str());
        return 1;
      }
    }
    if (check) {
      parley::ArticleInput input;
      input.text = article.text;
      input.published = article.published;
      absl::StatusOr<parley::ExtractedArticle> extracted =
          extractor.Extract(input);
      if (!extracted.ok()) {
        std::fprintf(stderr, "gen_articles: article %lld: %s\n",
                     static_cast<long long>(articles),
                     extracted.status().ToString().c_str());
        return 1;
      }
      found += static_cast<int64_t>(extracted->events.size());
    }
  }
  const double n = static_cast<double>(articles);
  std::printf(
      "articles %lld, bytes/article %.0f, reported events/article %.2f, "
      "distinct happenings %lld",
      static_cast<long long>(articles), bytes / n, reported / n,
      static_cast<long long>(distinct));
  if (check) std::printf(", extracted events/article %.2f", found / n);
  std::printf("\n");
  return 0;
}
