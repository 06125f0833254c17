// Deterministic synthetic news articles for the benchmarks: English text
// composed from our own sentence templates, naming persons, countries and
// places of the knowledge base, so that the real extractor finds the events
// each article was written to report.
//
// Each article (about 3 KB) reports several happenings: meetings (held,
// planned, cancelled), phone and video calls, official visits and
// agreements at each stage of their life. Persons and country pairs are
// drawn with a skewed (Zipf-like) weight, so some dyads are reported often
// and most rarely, as in real news. Dates are spread over ten years
// (2016-2025) and written out in full. A share of the happenings are
// repeated reports of one told earlier in the stream (same participants,
// type, status, date and place) in other words, which the store merges.
#ifndef PARLEY_BENCH_ARTICLE_GEN_H_
#define PARLEY_BENCH_ARTICLE_GEN_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "common/kb/knowledge_base.h"
#include "parley/v1/event.pb.h"
#include "parley/v1/types.pb.h"

namespace parley {
namespace bench {

struct GeneratorOptions {
  uint64_t seed = 1;
  // Events reported per article (each a new happening or a repeat).
  int min_events = 6;
  int max_events = 9;
  // Probability that an event repeats an earlier happening.
  double repeat_share = 0.15;
  // Filler paragraphs are added until the text reaches about this size.
  size_t target_bytes = 3 * 1024;
};

struct GeneratedArticle {
  std::string title;
  std::string url;
  std::string text;
  v1::Date published;
  int events = 0;      // Happenings the text reports.
  int new_events = 0;  // Of those, reported for the first time.
};

// One happening as the generator means it to be reported.
struct Happening {
  v1::EventType type = v1::EVENT_TYPE_UNSPECIFIED;
  v1::EventStatus status = v1::EVENT_STATUS_UNSPECIFIED;
  v1::AgreementStatus agreement_status = v1::AGREEMENT_STATUS_UNSPECIFIED;
  const v1::Actor* a = nullptr;  // Person (country for agreements).
  const v1::Actor* b = nullptr;  // Person, country or null (visits).
  const v1::Place* place = nullptr;
  std::string agreement_name;  // "2019 water sharing accord".
  v1::Date date;
  int variant = 0;  // Which wording.
};

// Not thread-safe. The same seed and options give the same articles in the
// same order on every machine (no std distributions, whose results vary
// between standard libraries).
class ArticleGenerator {
 public:
  // `kb` must outlive the generator and hold persons with countries,
  // countries and places (the shipped knowledge base does).
  ArticleGenerator(const KnowledgeBase* kb, GeneratorOptions options);

  GeneratedArticle Next();

  // Persons that take part in events, most reported first (for queries).
  const std::vector<const v1::Actor*>& persons() const { return persons_; }
  // Countries that are agreement parties, most reported first.
  const std::vector<const v1::Actor*>& countries() const { return countries_; }

 private:
  uint64_t Uniform(uint64_t n);  // In [0, n).
  double Unit();                 // In [0, 1).
  size_t Zipf(const std::vector<double>& cumulative);
  Happening NewHappening(const v1::Date& published);
  std::string Sentence(const Happening& happening);
  const v1::Place* PlaceIn(const std::string& country);

  const KnowledgeBase* const kb_;
  const GeneratorOptions options_;
  std::mt19937_64 rng_;
  std::vector<const v1::Actor*> persons_;
  std::vector<const v1::Actor*> countries_;
  std::vector<double> person_weights_;   // Cumulative.
  std::vector<double> country_weights_;  // Cumulative.
  absl::flat_hash_map<std::string, std::vector<const v1::Place*>>
      places_by_country_;
  std::vector<Happening> recent_;  // Ring of earlier happenings.
  size_t recent_next_ = 0;
  int64_t article_count_ = 0;
};

}  // namespace bench
}  // namespace parley

#endif  // PARLEY_BENCH_ARTICLE_GEN_H_
