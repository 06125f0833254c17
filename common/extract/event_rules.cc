// Token and person helpers shared by the event finder's files.
#include "common/extract/event_rules.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "common/util/date.h"

namespace parley {
namespace event_rules {

bool IsWeekdayWord(const TokenText& word) {
  static const WordSet kDays = {"monday", "tuesday",  "wednesday", "thursday",
                                "friday", "saturday", "sunday"};
  return kDays.contains(word);
}

const WordSet& ReceiveVerbs() {
  static const WordSet* kSet =
      new WordSet{"received", "receives", "receiving", "hosted",  "hosts",
                  "hosting",  "welcomed", "welcomes",  "joined",  "joins",
                  "joining",  "greeted",  "greets",    "receive", "host"};
  return *kSet;
}

const WordSet& OccasionNouns() {
  static const WordSet* kSet =
      new WordSet{"dinner",    "lunch",    "luncheon", "banquet",
                  "breakfast", "ceremony", "reception"};
  return *kSet;
}

int HonoreeAfter(const std::vector<Token>& tokens, int last) {
  int noun = InSet(tokens, last, OccasionNouns()) ? last : -1;
  for (int k = last + 2;
       noun < 0 && k <= last + 4 &&
       (Is(tokens, last + 1, "a") || Is(tokens, last + 1, "an"));
       ++k) {
    if (InSet(tokens, k, OccasionNouns())) noun = k;
  }
  if (noun < 0) return -1;
  if (Is(tokens, noun + 1, "for")) return noun + 2;
  if (!Is(tokens, noun + 1, "in")) return -1;
  const auto honour = [&tokens](int k) {
    return Is(tokens, k, "honour") || Is(tokens, k, "honor");
  };
  if (honour(noun + 2) && Is(tokens, noun + 3, "of")) return noun + 4;
  if ((Is(tokens, noun + 2, "his") || Is(tokens, noun + 2, "her")) &&
      honour(noun + 3)) {
    return noun + 2;
  }
  return -1;
}

const WordSet& Determiners() {
  static const WordSet* kSet = new WordSet{"the", "this", "his", "her", "their",
                                           "its", "my",   "our", "your"};
  return *kSet;
}

bool BackgroundDate(const v1::Date& date, const v1::Date& article_date) {
  if (PrecisionOf(date) == DatePrecision::kNone) return false;
  if (PrecisionOf(article_date) == DatePrecision::kNone) return true;
  return LastDay(date) < FirstDay(article_date) - 31;
}

int DeterminerBefore(const std::vector<Token>& tokens, int i) {
  for (int k = i - 1, skipped = 0; k >= 0 && skipped <= 3; --k, ++skipped) {
    if (InSet(tokens, k, Determiners()) || tokens[k].lower == "'s") return k;
    const bool modifier = tokens[k].lower == "-" ||
                          (tokens[k].word && !tokens[k].capitalized) ||
                          IsWeekdayWord(tokens[k].lower);
    if (!modifier) return -1;
  }
  return -1;
}

bool IndefiniteBefore(const std::vector<Token>& tokens, int i) {
  for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
    if (Is(tokens, k, "a") || Is(tokens, k, "an")) return true;
    if (!tokens[k].word || tokens[k].capitalized) return false;
  }
  return false;
}

bool InClosedRelativeClause(const std::vector<Token>& tokens, int first,
                            int last, int until, int reach) {
  bool closed = false;
  for (int k = last + 1; k < until; ++k) {
    closed = closed || tokens[k].lower == ",";
  }
  if (!closed) return false;
  for (int k = first - 1; k >= 1 && k >= first - reach; --k) {
    if ((Is(tokens, k, "who") || Is(tokens, k, "whose") ||
         Is(tokens, k, "which")) &&
        Is(tokens, k - 1, ",")) {
      return true;
    }
    if (tokens[k].lower == "," || tokens[k].lower == ";") return false;
  }
  return false;
}

int OwnSubjectClauseStart(const std::vector<Token>& tokens, int from,
                          int verb) {
  static const WordSet kBeforeVerb = {
      "also",       "later", "then",       "will",        "would",
      "has",        "had",   "have",       "was",         "were",
      "is",         "are",   "separately", "himself",     "herself",
      "themselves", "both",  "jointly",    "subsequently"};
  // Past the auxiliaries and adverbs, the subject's last word.
  int k = verb - 1;
  for (int skipped = 0; skipped < 2 && InSet(tokens, k, kBeforeVerb);
       ++skipped) {
    --k;
  }
  // "a meeting between A and B hosted by C": a participle after a noun.
  if (k + 1 == verb && Is(tokens, verb + 1, "by")) return -1;
  if (k <= from || k >= static_cast<int>(tokens.size()) ||
      !tokens[k].capitalized || IsWeekdayWord(tokens[k].lower)) {
    return -1;
  }
  // Back over the names to the "and" that opens the clause: the earliest
  // "and" after `from` with only names after it ("A met B and C and D
  // held talks": the subject is "C and D").
  int opening = -1;
  for (; k > from; --k) {
    const TokenText& w = tokens[k].lower;
    if (w == "and") {
      if (k + 1 < verb && tokens[k + 1].capitalized) opening = k;
      continue;
    }
    if (!tokens[k].capitalized && w != "," && w != "-" && w != "of" &&
        w != "." && w != "'s") {
      break;
    }
  }
  // The verb before needs words of its own before the "and", and no other
  // clause may open between them: in "the gathering, said he expected no
  // deal until Trump and Putin met" both names are the subject.
  if (opening <= from + 1) return -1;
  static const WordSet kOpensClause = {
      "until", "before", "after",  "when",     "while",   "as",
      "since", "that",   "who",    "whom",     "whose",   "which",
      "where", "said",   "says",   "but",      "because", "if",
      "once",  "unless", "though", "although", "whether", "told"};
  for (int j = from + 1; j < opening; ++j) {
    if (InSet(tokens, j, kOpensClause)) return -1;
  }
  return opening;
}

bool InRelativeClauseAfter(const std::vector<Token>& tokens, int from,
                           int first) {
  for (int k = first - 1; k > from; --k) {
    if (tokens[k].lower == "," || tokens[k].lower == ";") return false;
    if ((Is(tokens, k, "who") || Is(tokens, k, "whose") ||
         Is(tokens, k, "which")) &&
        Is(tokens, k - 1, ",")) {
      return true;
    }
  }
  return false;
}

int WordsBefore(const std::vector<Token>& tokens, int i, int words, int skip) {
  int k = i;
  for (int counted = 0; counted < words && k > skip; ++counted) {
    --k;
    while (k - 2 >= skip && tokens[k - 1].lower == "-") k -= 2;
  }
  return std::max(k, skip);
}

std::vector<const Mention*> CoordinatedPersons(
    const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
    int before, bool groups) {
  std::vector<const Mention*> found;
  int next = before;
  for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
    const Mention& m = *it;
    if (m.last >= next) continue;
    // A country adjective inside the description is not a break.
    if (!found.empty() && m.kind == MentionKind::kCountry && m.adjective) {
      continue;
    }
    // Between two names: "and" or a comma, and after it at most three
    // words of a description ("and Iranian negotiator Ali Bagheri Kani").
    static const WordSet kRoleNouns = {
        "negotiator", "envoy",       "minister", "official",  "diplomat",
        "chief",      "counterpart", "adviser",  "advisor",   "aide",
        "president",  "leader",      "head",     "secretary", "ambassador"};
    // The first person ends right at `before`; the others need a joint.
    bool joined = found.empty() ? m.last + 1 == next : m.last + 1 < next;
    int described = 0;
    bool seen_and = false;
    for (int k = m.last + 1; k < next && joined; ++k) {
      const TokenText& w = tokens[k].lower;
      if (w == "and" || w == ",") {
        joined = described == 0;
        seen_and = true;
      } else {
        joined = seen_and && ++described <= 3 &&
                 (tokens[k].capitalized || kRoleNouns.contains(w));
      }
    }
    const bool group =
        groups && m.kind == MentionKind::kGroup && !m.group.empty();
    if (!joined || (m.kind != MentionKind::kPerson && !group)) break;
    found.insert(found.begin(), &m);
    next = m.first;
  }
  return found;
}

void DropCompanions(const SentenceContext& ctx, int begin, int end,
                    std::vector<std::string>* persons) {
  const std::vector<Token>& tokens = ctx.tokens;
  int by = -1;
  for (int k = begin; k + 1 < end && by < 0; ++k) {
    if ((Is(tokens, k, "accompanied") || Is(tokens, k, "flanked")) &&
        Is(tokens, k + 1, "by")) {
      by = k + 1;
    }
  }
  if (by < 0) return;
  // The list: persons after "by", each at most four tokens after the one
  // before ("Foreign Minister Fidan, Defence Minister Guler and
  // intelligence chief Kalin"); a verb or a clause word ends it.
  static const WordSet kEndsList = {
      "was", "were",  "is",   "are",  "has",  "had",   "have",  "will",
      "who", "which", "that", "said", "met",  "held",  "to",    "in",
      "on",  "at",    "for",  "with", "when", "where", "while", "after"};
  std::vector<std::string> companions;
  int last = by;
  for (const Mention& m : ctx.mentions) {
    if (m.first <= by || m.last >= end) continue;
    if (m.first - last > 5) break;
    bool joined = true;
    for (int k = last + 1; k < m.first && joined; ++k) {
      joined = tokens[k].lower == "," ||
               (tokens[k].word && !InSet(tokens, k, kEndsList));
    }
    // "Accompanied by Fidan, Erdogan held talks": a person with a verb
    // after him is the clause's subject.
    const int next = m.last + 1;
    const bool subject = next < end && tokens[next].word &&
                         !tokens[next].capitalized &&
                         !Is(tokens, next, "and") && !Is(tokens, next, "as") &&
                         !Is(tokens, next, "including");
    if (!joined || (subject && m.kind == MentionKind::kPerson)) break;
    if (m.kind == MentionKind::kPerson) AddIds(m, &companions);
    last = m.last;
  }
  std::vector<std::string> others;
  for (const std::string& id : *persons) {
    if (!Contains(companions, id)) others.push_back(id);
  }
  if (others.size() >= 2 && others.size() < persons->size()) {
    *persons = std::move(others);
  }
}

std::string PreviousPerson(const Discourse& discourse,
                           const MentionFinder* finder,
                           const std::string& other) {
  auto fits = [&](const std::string& id) {
    return id != other && finder->TitleOf(id, discourse.article_date,
                                          discourse) != "spokesperson";
  };
  if (!discourse.subject.empty() && fits(discourse.subject)) {
    return discourse.subject;
  }
  const auto& previous = discourse.previous_persons;
  for (auto it = previous.rbegin(); it != previous.rend(); ++it) {
    if (fits(*it)) return *it;
  }
  return "";
}

bool ObjectPronounAfter(const std::vector<Token>& tokens, int last) {
  // "hosted a dinner in his honour", "a lunch for her".
  const int honoree = HonoreeAfter(tokens, last);
  if (Is(tokens, honoree, "his") || Is(tokens, honoree, "him") ||
      (Is(tokens, honoree, "her") && Is(tokens, honoree - 1, "in"))) {
    return true;
  }
  int k = last + 1;
  if (Is(tokens, k, "with")) ++k;
  if (Is(tokens, k, "him")) return true;
  if (!Is(tokens, k, "her")) return false;
  // "her" as an object ends the phrase: "received her at", "met her ,".
  static const WordSet kAfterObject = {
      "at",    "in",    "on",     "for",     "during",     "and",   "with",
      "as",    "after", "before", "today",   "yesterday",  "last",  "this",
      "again", "there", "here",   "briefly", "separately", "warmly"};
  const int next = k + 1;
  return next >= static_cast<int>(tokens.size()) || !tokens[next].word ||
         InSet(tokens, next, kAfterObject);
}

std::string PronounSubject(const std::vector<Token>& tokens,
                           const std::vector<Mention>& mentions, int trigger,
                           const Discourse& discourse,
                           const MentionFinder* finder, int pronoun) {
  for (int k = 0; pronoun < 0 && k < trigger; ++k) {
    if (tokens[k].lower == "he" || tokens[k].lower == "she") pronoun = k;
  }
  if (pronoun < 0) return "";
  auto speaks_for_others = [&](const std::string& id) {
    return finder->TitleOf(id, discourse.article_date, discourse) ==
           "spokesperson";
  };
  // A speaker is the pronoun when it opens what he said ("Zelensky wrote
  // on X that he", "Erdogan told reporters he"): his speech verb follows
  // his name, a few words before the pronoun, no other person between.
  auto opens_own_speech = [&](const Mention& m) {
    if (pronoun - m.last > 6) return false;
    for (const Mention& other : mentions) {
      if (other.kind == MentionKind::kPerson && other.first > m.last &&
          other.first < pronoun) {
        return false;
      }
    }
    // "Zelensky wrote", not "according to Zelensky," nor "said Zelensky.".
    return tokens[m.last + 1].word && !Is(tokens, m.first - 1, "to");
  };
  for (const Mention& m : mentions) {
    if (m.kind == MentionKind::kPerson && m.last < pronoun &&
        !speaks_for_others(m.ids[0]) && (!m.speaker || opens_own_speech(m))) {
      return m.ids[0];
    }
  }
  return PreviousPerson(discourse, finder);
}

std::string PossessorOf(const std::vector<Token>& tokens,
                        const std::vector<Mention>& mentions, int noun,
                        const Discourse& discourse,
                        const MentionFinder* finder) {
  const int determiner = DeterminerBefore(tokens, noun);
  if (!Is(tokens, determiner, "his") && !Is(tokens, determiner, "her")) {
    return "";
  }
  return PronounSubject(tokens, mentions, noun, discourse, finder, determiner);
}

int DayPhraseOffset(const std::vector<Token>& tokens, int k) {
  // "the next morning", "the previous evening": a part of that day.
  static const WordSet kDayParts = {"morning", "afternoon", "evening", "night"};
  const TokenText& a = tokens[k].lower;
  // A sentence opened by a part of the day ("In the evening, ...", "Later
  // in the day ...", "That night ...") goes on with the day told before;
  // not "In the evening session ...".
  if (k == 0) {
    // "Hours later, X received Y": the same day.
    const int later = a == "an" && Is(tokens, 1, "hour") ? 2
                      : a == "hours" || a == "minutes"   ? 1
                                                         : -1;
    if (later > 0 && Is(tokens, later, "later") && Is(tokens, later + 1, ",")) {
      return 0;
    }
    int part = -1;
    if (a == "in" && Is(tokens, 1, "the")) part = 2;
    if (a == "that") part = 1;
    if (a == "later" && (Is(tokens, 1, "that") || Is(tokens, 1, "in"))) {
      part = Is(tokens, 2, "the") ? 3 : 2;
    }
    if (part > 0 && (InSet(tokens, part, kDayParts) ||
                     (a == "later" && Is(tokens, part, "day")))) {
      const int next = part + 1;
      if (Is(tokens, next, ",") ||
          (next < static_cast<int>(tokens.size()) && tokens[next].word &&
           tokens[next].capitalized)) {
        return 0;
      }
    }
  }
  // Only "the" or a count (kCounts below) opens one: most words are turned
  // away here.
  if (a != "the" && a != "a" && a != "one" && a != "two" && a != "three" &&
      a != "four" && a != "five" && a != "six" && a != "seven") {
    return EventDraft::kNoOffset;
  }
  const bool day_part = a == "the" && InSet(tokens, k + 2, kDayParts);
  if (!Is(tokens, k + 2, "day") && !Is(tokens, k + 2, "later") &&
      !Is(tokens, k + 2, "earlier") && !Is(tokens, k + 2, "before") &&
      !day_part) {
    return EventDraft::kNoOffset;
  }
  const TokenText& w = tokens[k + 1].lower;
  if (a == "the" && (Is(tokens, k + 2, "day") || day_part)) {
    if (w == "same") return 0;
    if (w == "following" || w == "next") return 1;
    if (w == "previous") return -1;
  }
  // "the day before." but not "the day before the summit".
  if (a == "the" && w == "day" && Is(tokens, k + 2, "before") &&
      (k + 3 >= static_cast<int>(tokens.size()) || !tokens[k + 3].word)) {
    return -1;
  }
  static const auto* kCounts = new absl::flat_hash_map<std::string, int>{
      {"a", 1},    {"one", 1},  {"two", 2}, {"three", 3},
      {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}};
  const auto count = kCounts->find(a);
  const int per = w == "day" || w == "days"     ? 1
                  : w == "week" || w == "weeks" ? 7
                                                : 0;
  if (count != kCounts->end() && per != 0) {
    if (Is(tokens, k + 2, "later")) return per * count->second;
    if (Is(tokens, k + 2, "earlier")) return -per * count->second;
    // "two days before." but not "two days before the summit".
    if (Is(tokens, k + 2, "before") &&
        (k + 3 >= static_cast<int>(tokens.size()) || !tokens[k + 3].word)) {
      return -per * count->second;
    }
  }
  return EventDraft::kNoOffset;
}

v1::Date DayAfterNamed(const std::vector<DateMention>& dates, int at,
                       int offset, bool planned, const Discourse& discourse) {
  v1::Date day = planned ? discourse.last_day_future : discourse.last_day_past;
  for (const DateMention& date : dates) {
    if (date.last < at && PrecisionOf(date.past) == DatePrecision::kDay &&
        PrecisionOf(date.future) == DatePrecision::kDay) {
      day = planned ? date.future : date.past;
    }
  }
  if (PrecisionOf(day) != DatePrecision::kDay) return v1::Date();
  return DateFromCivilDay(absl::CivilDay(day.year(), day.month(), day.day()) +
                          offset);
}

std::vector<std::string> CountriesOf(const SentenceContext& ctx,
                                     const std::vector<std::string>& persons) {
  std::vector<std::string> countries;
  for (const std::string& id : persons) {
    AddUnique(
        ctx.finder->CountryOf(id, ctx.discourse.article_date, ctx.discourse),
        &countries);
  }
  return countries;
}

}  // namespace event_rules
}  // namespace parley
