#include "bench/article_gen.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/time/civil_time.h"

namespace parley {
namespace bench {
namespace {

constexpr size_t kRecentCapacity = 4096;
constexpr double kZipfExponent = 0.9;

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

// Sentences that report nothing, to give articles their bulk. They avoid
// every word that starts an event (meet, talk, visit, call, sign, ...).
const char* const kFillers[] = {
    "Analysts said the decision reflected a broader effort to expand trade "
    "routes across the region.",
    "Officials gave no further details.",
    "Customs data show that trade has grown steadily over the past decade, "
    "led by energy and grain.",
    "Economists expect commodity prices to stay volatile through the end of "
    "the year.",
    "The statement also mentioned cooperation in education, tourism and "
    "public health.",
    "Both governments have faced pressure at home over rising food and fuel "
    "prices.",
    "Shipping companies have been looking for new routes as insurance costs "
    "rise.",
    "A spokesperson declined to comment on the timing of the next steps.",
    "Local media described the atmosphere as constructive.",
    "The central bank said it would keep its policy rate unchanged.",
    "Energy exports remain the largest item in the trade balance.",
    "Observers noted that the security situation in the region remains "
    "tense.",
    "The government plans to publish a detailed report later this year.",
    "Investment in ports and railways has become a priority for the region.",
    "The announcement was welcomed by business groups in both countries.",
    "Prices on the domestic market have risen by about six percent since "
    "January.",
    "Diplomats say a number of technical questions remain open.",
    "The opposition criticised the government's handling of the economy.",
    "Independent experts cautioned that the figures could be revised.",
    "Work on the new border crossing is due to finish within two years.",
    "Farmers in the south have asked for help after a second dry summer.",
    "The currency weakened slightly on the news before recovering by the "
    "evening.",
};

const char* const kTopics[] = {
    "trade",           "energy",
    "water sharing",   "transport",
    "visa waiver",     "customs",
    "grain export",    "nuclear energy",
    "gas pipeline",    "railway",
    "fisheries",       "space research",
    "health",          "education",
    "border security", "investment",
    "tourism",         "aviation",
    "cyber security",  "banking",
    "electricity",     "port",
    "migration",       "climate",
    "digital economy", "cultural exchange",
    "agriculture",     "mining",
};
const char* const kAgreementKinds[] = {"agreement", "accord", "treaty"};

absl::CivilDay ToCivil(const v1::Date& date) {
  return absl::CivilDay(date.year(), date.month(), date.day());
}

v1::Date FromCivil(absl::CivilDay day) {
  v1::Date date;
  date.set_year(static_cast<int>(day.year()));
  date.set_month(day.month());
  date.set_day(day.day());
  return date;
}

std::string FormatDay(const v1::Date& date) {
  return absl::StrCat(kMonths[date.month() - 1], " ", date.day(), ", ",
                      date.year());
}

std::vector<double> CumulativeZipf(size_t n) {
  std::vector<double> cumulative(n);
  double total = 0;
  for (size_t i = 0; i < n; ++i) {
    total += 1.0 / std::pow(static_cast<double>(i + 1), kZipfExponent);
    cumulative[i] = total;
  }
  return cumulative;
}

bool IsFullName(const std::string& name) {
  return name.find(' ') != std::string::npos &&
         name.find_first_of("().,'\"") == std::string::npos;
}

// How many wordings each kind of happening has (see Sentence).
int Variants(const Happening& h) {
  switch (h.type) {
    case v1::EVENT_TYPE_MEETING:
      return h.status == v1::EVENT_STATUS_OCCURRED  ? 3
             : h.status == v1::EVENT_STATUS_PLANNED ? 2
                                                    : 1;
    case v1::EVENT_TYPE_CALL:
      return 3;
    case v1::EVENT_TYPE_VISIT:
      return h.status == v1::EVENT_STATUS_OCCURRED ? 2 : 1;
    default:
      return h.agreement_status == v1::AGREEMENT_STATUS_SIGNED ? 2 : 1;
  }
}

bool SameHappening(const Happening& x, const Happening& y) {
  return x.type == y.type && x.status == y.status &&
         x.agreement_status == y.agreement_status && x.a == y.a && x.b == y.b &&
         x.agreement_name == y.agreement_name &&
         x.date.SerializeAsString() == y.date.SerializeAsString();
}

}  // namespace

ArticleGenerator::ArticleGenerator(const KnowledgeBase* kb,
                                   GeneratorOptions options)
    : kb_(kb), options_(options), rng_(options.seed) {
  for (const v1::Place& place : kb_->places()) {
    if (!place.country().empty() && IsFullName("x " + place.name())) {
      places_by_country_[place.country()].push_back(&place);
    }
  }
  for (const v1::Actor& actor : kb_->actors()) {
    if (actor.kind() == v1::ACTOR_KIND_PERSON && !actor.country().empty() &&
        IsFullName(actor.name()) && places_by_country_.count(actor.country())) {
      persons_.push_back(&actor);
    } else if (actor.kind() == v1::ACTOR_KIND_COUNTRY &&
               actor.name().find(' ') == std::string::npos &&
               places_by_country_.count(actor.id())) {
      countries_.push_back(&actor);
    }
  }
  auto by_id = [](const v1::Actor* x, const v1::Actor* y) {
    return x->id() < y->id();
  };
  std::sort(persons_.begin(), persons_.end(), by_id);
  std::sort(countries_.begin(), countries_.end(), by_id);
  // A seeded Fisher-Yates shuffle decides who is reported most.
  for (auto* list : {&persons_, &countries_}) {
    for (size_t i = list->size(); i > 1; --i) {
      std::swap((*list)[i - 1], (*list)[Uniform(i)]);
    }
  }
  person_weights_ = CumulativeZipf(persons_.size());
  country_weights_ = CumulativeZipf(countries_.size());
}

uint64_t ArticleGenerator::Uniform(uint64_t n) { return rng_() % n; }

double ArticleGenerator::Unit() {
  return static_cast<double>(rng_() >> 11) * (1.0 / 9007199254740992.0);
}

size_t ArticleGenerator::Zipf(const std::vector<double>& cumulative) {
  const double x = Unit() * cumulative.back();
  return std::min<size_t>(
      std::upper_bound(cumulative.begin(), cumulative.end(), x) -
          cumulative.begin(),
      cumulative.size() - 1);
}

const v1::Place* ArticleGenerator::PlaceIn(const std::string& country) {
  const std::vector<const v1::Place*>& places = places_by_country_[country];
  // The first place listed (usually the capital) is the most frequent.
  return Unit() < 0.6 ? places.front() : places[Uniform(places.size())];
}

Happening ArticleGenerator::NewHappening(const v1::Date& published) {
  Happening h;
  const double kind = Unit();
  if (kind < 0.40) {
    h.type = v1::EVENT_TYPE_MEETING;
    const double s = Unit();
    h.status = s < 0.80   ? v1::EVENT_STATUS_OCCURRED
               : s < 0.95 ? v1::EVENT_STATUS_PLANNED
                          : v1::EVENT_STATUS_CANCELLED;
  } else if (kind < 0.65) {
    h.type = v1::EVENT_TYPE_CALL;
    h.status = v1::EVENT_STATUS_OCCURRED;
  } else if (kind < 0.85) {
    h.type = v1::EVENT_TYPE_VISIT;
    h.status =
        Unit() < 0.8 ? v1::EVENT_STATUS_OCCURRED : v1::EVENT_STATUS_PLANNED;
  } else {
    h.type = v1::EVENT_TYPE_AGREEMENT;
  }

  if (h.type == v1::EVENT_TYPE_AGREEMENT) {
    h.a = countries_[Zipf(country_weights_)];
    do {
      h.b = countries_[Zipf(country_weights_)];
    } while (h.b == h.a);
    static constexpr v1::AgreementStatus kStatuses[] = {
        v1::AGREEMENT_STATUS_PROPOSED, v1::AGREEMENT_STATUS_PENDING_SIGNATURE,
        v1::AGREEMENT_STATUS_SIGNED, v1::AGREEMENT_STATUS_SIGNED,
        v1::AGREEMENT_STATUS_IN_FORCE};
    h.agreement_status = kStatuses[Uniform(std::size(kStatuses))];
  } else {
    h.a = persons_[Zipf(person_weights_)];
    if (h.type == v1::EVENT_TYPE_VISIT) {
      const v1::Actor* host;
      do {
        host = countries_[Zipf(country_weights_)];
      } while (host->id() == h.a->country());
      h.place = PlaceIn(host->id());
    } else {
      do {
        h.b = persons_[Zipf(person_weights_)];
      } while (h.b->country() == h.a->country());
      if (h.type == v1::EVENT_TYPE_MEETING) {
        h.place = PlaceIn(Unit() < 0.5 ? h.a->country() : h.b->country());
      }
    }
  }

  // Held and signed happenings lie before the publication date, planned
  // ones after it.
  const bool ahead =
      h.status == v1::EVENT_STATUS_PLANNED ||
      h.status == v1::EVENT_STATUS_CANCELLED ||
      h.agreement_status == v1::AGREEMENT_STATUS_PENDING_SIGNATURE ||
      h.agreement_status == v1::AGREEMENT_STATUS_PROPOSED;
  const absl::CivilDay day =
      ToCivil(published) + (ahead ? static_cast<int>(1 + Uniform(40))
                                  : -static_cast<int>(Uniform(21)));
  h.date = FromCivil(day);
  if (h.type == v1::EVENT_TYPE_AGREEMENT) {
    h.agreement_name =
        absl::StrCat(h.date.year(), " ", kTopics[Uniform(std::size(kTopics))],
                     " ", kAgreementKinds[Uniform(std::size(kAgreementKinds))]);
  }
  h.variant = static_cast<int>(Uniform(Variants(h)));
  return h;
}

std::string ArticleGenerator::Sentence(const Happening& h) {
  const std::string date = FormatDay(h.date);
  const std::string a = h.a->name();
  const std::string b = h.b != nullptr ? h.b->name() : "";
  const std::string place = h.place != nullptr ? h.place->name() : "";
  std::string text;
  switch (h.type) {
    case v1::EVENT_TYPE_MEETING:
      if (h.status == v1::EVENT_STATUS_OCCURRED) {
        const char* const forms[] = {
            "{A} met {B} in {P} on {D}, according to officials from both "
            "sides.",
            "{A} held talks with {B} in {P} on {D}.",
            "On {D}, {A} sat down with {B} in {P} to discuss trade and "
            "security."};
        text = forms[h.variant];
      } else if (h.status == v1::EVENT_STATUS_PLANNED) {
        const char* const forms[] = {
            "{A} will meet {B} in {P} on {D}, the foreign ministry said.",
            "{A} is expected to hold talks with {B} in {P} on {D}."};
        text = forms[h.variant];
      } else {
        text =
            "A planned meeting between {A} and {B} in {P} on {D} was "
            "cancelled.";
      }
      break;
    case v1::EVENT_TYPE_CALL: {
      const char* const forms[] = {
          "{A} spoke by phone with {B} on {D}.",
          "{A} held a video call with {B} on {D}.",
          "On {D}, {A} and {B} discussed regional security in a phone call."};
      text = forms[h.variant];
      break;
    }
    case v1::EVENT_TYPE_VISIT:
      if (h.status == v1::EVENT_STATUS_OCCURRED) {
        const char* const forms[] = {
            "{A} paid an official visit to {P} on {D}.",
            "{A} visited {P} on {D} for a round of government consultations."};
        text = forms[h.variant];
      } else {
        text = "{A} will visit {P} on {D}, officials announced.";
      }
      break;
    default:
      switch (h.agreement_status) {
        case v1::AGREEMENT_STATUS_PROPOSED:
          text = "{A} and {B} proposed the {N} on {D}.";
          break;
        case v1::AGREEMENT_STATUS_PENDING_SIGNATURE:
          text = "{A} and {B} are expected to sign the {N} on {D}.";
          break;
        case v1::AGREEMENT_STATUS_IN_FORCE:
          text = "The {N} between {A} and {B} entered into force on {D}.";
          break;
        default:
          text = h.variant == 0 ? "{A} and {B} signed the {N} on {D}."
                                : "On {D}, {A} and {B} signed the {N}.";
      }
  }
  return absl::StrReplaceAll(text, {{"{A}", a},
                                    {"{B}", b},
                                    {"{P}", place},
                                    {"{D}", date},
                                    {"{N}", h.agreement_name}});
}

GeneratedArticle ArticleGenerator::Next() {
  GeneratedArticle article;
  const int64_t number = article_count_++;
  // 2016-01-01 .. 2025-12-31.
  const absl::CivilDay first(2016, 1, 1);
  const int days = static_cast<int>(absl::CivilDay(2026, 1, 1) - first);
  article.published = FromCivil(first + static_cast<int>(Uniform(days)));

  const int count =
      options_.min_events +
      static_cast<int>(Uniform(options_.max_events - options_.min_events + 1));
  std::vector<Happening> happenings;
  for (int i = 0; i < count; ++i) {
    Happening h;
    bool repeat = false;
    if (!recent_.empty() && Unit() < options_.repeat_share) {
      h = recent_[Uniform(recent_.size())];
      const int variants = Variants(h);
      if (variants > 1) {
        h.variant = (h.variant + 1 + static_cast<int>(Uniform(variants - 1))) %
                    variants;
      }
      repeat = true;
    } else {
      h = NewHappening(article.published);
    }
    const bool twice = std::any_of(
        happenings.begin(), happenings.end(),
        [&](const Happening& other) { return SameHappening(h, other); });
    if (twice) continue;
    if (!repeat) {
      ++article.new_events;
      if (recent_.size() < kRecentCapacity) {
        recent_.push_back(h);
      } else {
        recent_[recent_next_] = h;
        recent_next_ = (recent_next_ + 1) % kRecentCapacity;
      }
    }
    happenings.push_back(std::move(h));
  }
  article.events = static_cast<int>(happenings.size());

  // Dateline, then one paragraph per happening with a filler or two, then
  // fillers up to the target size.
  const v1::Place* dateline =
      PlaceIn(happenings.front().place != nullptr
                  ? happenings.front().place->country()
                  : (happenings.front().a->country().empty()
                         ? happenings.front().a->id()
                         : happenings.front().a->country()));
  auto filler = [&] { return kFillers[Uniform(std::size(kFillers))]; };
  std::string text = absl::StrCat(absl::AsciiStrToUpper(dateline->name()), ", ",
                                  FormatDay(article.published), " - ");
  for (size_t i = 0; i < happenings.size(); ++i) {
    if (i > 0) text += "\n\n";
    absl::StrAppend(&text, Sentence(happenings[i]), " ", filler());
    if (Unit() < 0.5) absl::StrAppend(&text, " ", filler());
  }
  while (text.size() < options_.target_bytes) {
    absl::StrAppend(&text, "\n\n", filler(), " ", filler(), " ", filler());
  }
  article.text = std::move(text);
  article.title = absl::StrCat("Diplomatic roundup ", number + 1, ": ",
                               happenings.front().a->name());
  article.url = absl::StrCat("https://bench.parley.example/", options_.seed,
                             "/", number + 1);
  return article;
}

}  // namespace bench
}  // namespace parley
