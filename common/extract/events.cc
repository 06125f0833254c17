#include "common/extract/events.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "common/extract/event_rules.h"
#include "common/util/date.h"

namespace parley {
namespace event_rules {
namespace {

// The status the words around trigger `t` (its region ending before `end`)
// give it; records in `planned_trigger` whether it is planned.
StatusCues DecideStatus(const SentenceContext& ctx,
                        const std::vector<Trigger>& triggers, size_t t, int end,
                        std::vector<bool>* planned_trigger, EventDraft* draft) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const Trigger& trigger = triggers[t];
  // Status words right before the trigger ("the upcoming visit") count
  // even where the region starts at the trigger.
  // A name counts as one word ("will stay on in New Delhi for a state
  // visit").
  const int cue_floor = t > 0 ? triggers[t - 1].last + 1 : 0;
  int cue_from = trigger.first;
  for (int words = 0; words < 8 && cue_from > cue_floor; ++words) {
    --cue_from;
    for (const Mention& m : mentions) {
      if (m.last == cue_from && m.first < cue_from) {
        cue_from = std::max(cue_floor, m.first);
      }
    }
  }
  // "is due to return to Muscat next week for another round of talks": a
  // gathering named as a purpose ("for") takes the plan of its clause's
  // verb, back to the clause's start.
  const int n = static_cast<int>(tokens.size());
  if (trigger.nominal) {
    int purpose = trigger.first - 1;
    while (purpose >= cue_from && purpose >= trigger.first - 6 &&
           tokens[purpose].word && !tokens[purpose].capitalized &&
           tokens[purpose].lower != "for") {
      --purpose;
    }
    for (int k = cue_from - 1; Is(tokens, purpose, "for") && k >= cue_floor &&
                               tokens[k].lower != "," && tokens[k].lower != ";";
         --k) {
      cue_from = k;
    }
  }
  // "A planned meeting with X did not take place, nor did a bilateral with
  // Y": the clause before "nor" tells the status of both.
  auto nor_between = [&tokens](int from, int to) {
    for (int k = from; k < to; ++k) {
      if (tokens[k].lower == "nor") return k;
    }
    return -1;
  };
  int cancel_to = end - 1;
  if (t + 1 < triggers.size()) {
    const int nor = nor_between(trigger.last + 1, triggers[t + 1].first);
    if (nor > 0) cancel_to = std::max(cancel_to, nor - 1);
  }
  if (t > 0 && nor_between(cue_floor, trigger.first) >= 0) cue_from = cue_floor;
  // "had been expected to come to New Delhi for the G20 summit but did not
  // attend": the gathering a trip is for does not end the clause that
  // drops the trip.
  if (trigger.type == v1::EVENT_TYPE_VISIT && t + 1 < triggers.size() &&
      triggers[t + 1].type == v1::EVENT_TYPE_MEETING) {
    bool purpose = false;
    for (int k = triggers[t + 1].first - 1;
         k > trigger.last && k >= triggers[t + 1].first - 6; --k) {
      purpose = purpose || Is(tokens, k, "for");
    }
    for (int k = end;
         purpose && k < n && tokens[k].lower != "," && tokens[k].lower != ";";
         ++k) {
      cancel_to = std::max(cancel_to, k);
    }
  }
  // "Putin was expected to visit Turkey in August, but the trip did not
  // take place": a plan whose own noun, taken up after "but", was dropped.
  if (t + 1 < triggers.size() && triggers[t + 1].definite &&
      triggers[t + 1].type == trigger.type) {
    bool but = false;
    for (int k = trigger.last + 1; k < triggers[t + 1].first; ++k) {
      but = but || tokens[k].lower == "but";
    }
    for (int k = triggers[t + 1].last + 1;
         but && k < static_cast<int>(tokens.size()) && tokens[k].lower != "," &&
         tokens[k].lower != ";";
         ++k) {
      cancel_to = std::max(cancel_to, k);
    }
  }
  StatusCues cues =
      FindStatusCues(tokens, cue_from, trigger.first,
                     std::min(end - 1, trigger.last + 1), cancel_to);
  // "a call between X and Y is expected", "the phone conversation will
  // focus on": a call told by its noun takes the noun's cues below.
  static const WordSet kCallNouns = {
      "call",       "calls",           "conversation",  "conversations",
      "conference", "videoconference", "teleconference"};
  const bool call_noun = trigger.type == v1::EVENT_TYPE_CALL &&
                         InSet(tokens, trigger.last, kCallNouns);
  // "The meeting, planned for Monday, took place in Sochi": the noun's own
  // verb tells it happened.
  bool held = false;
  if ((trigger.nominal || call_noun) && !trigger.past) {
    // "The talks will cover ...", "talks due to be held on Saturday".
    static const WordSet kAfterNoun = {"will",    "'ll",      "would",
                                       "due",     "expected", "scheduled",
                                       "planned", "set"};
    // The noun may carry a short complement ("talks on the nuclear
    // programme, due to be held ...").
    // A name counts as one word ("a meeting between President X and
    // President Y is being prepared").
    // "Talks between X and Y are expected in Sochi": the noun's verb may
    // open the next trigger ("expected in Sochi").
    int verb_end = end;
    if (t + 1 < triggers.size() &&
        InSet(tokens, triggers[t + 1].first, kAfterNoun)) {
      verb_end = std::max(end, triggers[t + 1].first + 1);
    }
    int noun_end = trigger.last + 1;
    for (int words = 0; words < 11 && noun_end < verb_end; ++words) {
      for (const Mention& m : mentions) {
        if (m.first == noun_end && m.last > noun_end) noun_end = m.last;
      }
      ++noun_end;
    }
    // "The visit, announced by the Kremlin on Monday, will ...": a
    // participle set off by commas is skipped to the noun's own verb.
    bool parenthetical = false;
    for (int k = trigger.last + 1; k < noun_end; ++k) {
      // A relative clause may carry the cue ("a visit that had been set
      // for Wednesday"); other clauses end the noun's phrase.
      const bool relative =
          tokens[k].lower == "which" || tokens[k].lower == "that";
      // Not after a subject of its own ("a visit that Brasilia hopes will
      // bring investment").
      bool cue_in_clause = false;
      for (int j = k + 1; relative && j <= k + 3 && j < end; ++j) {
        if (tokens[j].capitalized) break;
        cue_in_clause = cue_in_clause || InSet(tokens, j, kAfterNoun);
      }
      const bool comma = tokens[k].lower == ",";
      const bool opens_participle =
          comma && !parenthetical && k + 1 < verb_end &&
          absl::EndsWith(tokens[k + 1].lower, "ed") &&
          (InSet(tokens, k + 1, kAfterNoun) || Is(tokens, k + 2, "by") ||
           Is(tokens, k + 2, "for") || Is(tokens, k + 2, "on") ||
           Is(tokens, k + 2, "in") || Is(tokens, k + 2, "last"));
      if (comma && parenthetical) {
        parenthetical = false;
        continue;
      }
      if (opens_participle) parenthetical = true;
      if ((relative && !cue_in_clause) ||
          (comma && !opens_participle && !InSet(tokens, k + 1, kAfterNoun))) {
        break;
      }
      // "took place", "was held", "went ahead": it happened; so did one
      // that "lasted two hours", "ended without a deal" or "focused on
      // trade".
      static const WordSet kRanItsCourse = {
          "lasted",   "ended",   "concluded", "began",    "focused",
          "focussed", "centred", "centered",  "produced", "yielded"};
      if ((Is(tokens, k, "took") && Is(tokens, k + 1, "place")) ||
          InSet(tokens, k, kRanItsCourse) ||
          (Is(tokens, k, "went") && Is(tokens, k + 1, "ahead")) ||
          ((Is(tokens, k, "was") || Is(tokens, k, "were")) &&
           Is(tokens, k + 1, "held"))) {
        held = true;
      }
      // "would" only as the noun's own verb ("the next round would be
      // held"), not in a clause after it ("after the talks, saying they
      // would resume flights").
      if (InSet(tokens, k, kAfterNoun) &&
          (tokens[k].lower != "set" || Is(tokens, k + 1, "to") ||
           Is(tokens, k + 1, "for")) &&
          (tokens[k].lower != "would" || k == trigger.last + 1)) {
        cues.planned = true;
      }
      // "a meeting between X and Y could take place next week", "talks may
      // be held in Baku": a modal on the noun's own happening.
      static const WordSet kModals = {"would", "could", "may", "might"};
      static const WordSet kHappen = {"happen", "occur"};
      static const WordSet kHeld = {"held", "hosted", "convened", "organized",
                                    "organised"};
      if (InSet(tokens, k, kModals) &&
          (InSet(tokens, k + 1, kHappen) ||
           (Is(tokens, k + 1, "take") && Is(tokens, k + 2, "place")) ||
           (Is(tokens, k + 1, "go") && Is(tokens, k + 2, "ahead")) ||
           (Is(tokens, k + 1, "be") && InSet(tokens, k + 2, kHeld)))) {
        cues.planned = true;
      }
      // "a visit by X to Y is on the agenda", "X's visit later this year",
      // "a meeting between X and Y is being prepared".
      static const WordSet kInPreparation = {"prepared",  "arranged",
                                             "organized", "organised",
                                             "planned",   "worked"};
      if ((tokens[k].lower == "agenda" && Is(tokens, k - 1, "the") &&
           Is(tokens, k - 2, "on")) ||
          (tokens[k].lower == "being" &&
           InSet(tokens, k + 1, kInPreparation)) ||
          (tokens[k].lower == "later" && Is(tokens, k + 1, "this"))) {
        cues.planned = true;
      }
    }
  }
  // "Raisi visited Turkey in January, after the trip to Ankara had been
  // postponed twice": the trip put off is the one made.
  bool made_after_all = false;
  for (size_t before = 0;
       before < t && cues.only_postponed &&
       trigger.type == v1::EVENT_TYPE_VISIT && trigger.definite;
       ++before) {
    made_after_all =
        made_after_all || (triggers[before].type == v1::EVENT_TYPE_VISIT &&
                           triggers[before].past);
  }
  if (cues.cancelled && !made_after_all) {
    draft->status = v1::EVENT_STATUS_CANCELLED;
    draft->status_explicit = true;
  } else if (trigger.past || made_after_all || held) {
    draft->status = v1::EVENT_STATUS_OCCURRED;
    draft->status_explicit = true;
  } else if (cues.planned) {
    draft->status = v1::EVENT_STATUS_PLANNED;
    draft->status_explicit = true;
  }
  // "will travel to Astana and pay an official visit to Bishkek": a bare
  // verb joined by "and" to a planned trigger shares its future.
  if (t > 0 && !draft->status_explicit &&
      std::find(planned_trigger->begin(), planned_trigger->begin() + t, true) !=
          planned_trigger->begin() + t) {
    static const WordSet kBareVerbs = {
        "pay",  "make",  "hold", "travel",  "visit",  "meet",    "go",
        "fly",  "head",  "tour", "stop",    "attend", "proceed", "continue",
        "call", "speak", "talk", "receive", "host",   "see",     "join"};
    // "will hold talks on Friday before flying to Rome": a gerund after
    // "before"/"after" is in the future of the clause it ends.
    const TokenText& head = tokens[trigger.first].lower;
    if ((Is(tokens, trigger.first - 1, "before") ||
         Is(tokens, trigger.first - 1, "after")) &&
        absl::EndsWith(head, "ing")) {
      draft->status = v1::EVENT_STATUS_PLANNED;
      draft->status_explicit = true;
    }
    for (int k = triggers[t - 1].last + 1; k < trigger.first; ++k) {
      if (tokens[k].lower != "and") continue;
      int verb = k + 1;
      if (Is(tokens, verb, "then") || Is(tokens, verb, "also")) ++verb;
      if (verb <= trigger.first && InSet(tokens, verb, kBareVerbs)) {
        draft->status = v1::EVENT_STATUS_PLANNED;
        draft->status_explicit = true;
      }
      break;
    }
  }
  for (size_t before = t;
       trigger.onward && !draft->status_explicit && before-- > 0;) {
    if (triggers[before].type != v1::EVENT_TYPE_VISIT) continue;
    if ((*planned_trigger)[before] || triggers[before].past) {
      draft->status = (*planned_trigger)[before] ? v1::EVENT_STATUS_PLANNED
                                                 : v1::EVENT_STATUS_OCCURRED;
      draft->status_explicit = true;
    }
    break;
  }
  (*planned_trigger)[t] = draft->status == v1::EVENT_STATUS_PLANNED;
  return cues;
}

// True when the noun phrase after tokens[at] ("2018 SCO summit") names a
// gathering or a trip.
bool QualifiesGathering(const std::vector<Token>& tokens, int at) {
  static const WordSet kGatherings = {"summit", "meeting", "talks",
                                      "visit",  "trip",    "conference",
                                      "forum",  "session", "games"};
  for (int k = at + 1; k < static_cast<int>(tokens.size()) && k <= at + 4;
       ++k) {
    if (kGatherings.contains(tokens[k].lower)) return true;
    if (!tokens[k].word) return false;
  }
  return false;
}

// True when "is"/"are" puts the trip word at `at` in the present: "is
// visiting", "is on a state visit", "are in Russia on an official visit".
bool TripUnderWay(const std::vector<Token>& tokens, int at) {
  auto present = [&tokens](int k) {
    return Is(tokens, k, "is") || Is(tokens, k, "are");
  };
  if (tokens[at].lower == "visiting") {
    return present(at - 1) ||
           (Is(tokens, at - 1, "currently") && present(at - 2));
  }
  // "on a/an/his ... visit" around the trip word, with "is" or "are" at
  // most four words before "on" ("is currently on", "is in Russia on").
  const int n = static_cast<int>(tokens.size());
  for (int k = std::max(0, at - 8); k < n && k <= at + 6; ++k) {
    if (tokens[k].lower != "on" ||
        !(Is(tokens, k + 1, "a") || Is(tokens, k + 1, "an") ||
          InSet(tokens, k + 1, Determiners()))) {
      continue;
    }
    for (int v = k - 1; v >= 0 && v >= k - 4; --v) {
      if (present(v)) return true;
      if (!tokens[v].word) break;
    }
  }
  return false;
}

// True when a cancelled plan's month or day is told as past ("the summit
// he was to host on Dec. 15 was called off", "talks that had been set for
// March") and its next occurrence is months after the article: the date
// before which the plan was dropped. A near date ("was set for July 3",
// "was to meet on Friday") stays the coming one.
bool PlanSeenFromThePast(const std::vector<Token>& tokens,
                         const DateMention& date, const v1::Date& article) {
  if (PrecisionOf(date.past) < DatePrecision::kMonth ||
      PrecisionOf(article) != DatePrecision::kDay ||
      FirstDay(date.future) - FirstDay(article) < 60) {
    return false;
  }
  static const WordSet kScheduled = {"due",      "scheduled", "set",
                                     "planned",  "expected",  "slated",
                                     "supposed", "meant"};
  // "the talks, originally set for 2 March, were cancelled": the plan
  // told as it first stood.
  static const WordSet kFirst = {"originally", "initially", "previously",
                                 "first"};
  for (int k = std::max(0, date.first - 12); k + 1 < date.first; ++k) {
    // "had originally been planned for March".
    const int scheduled = Is(tokens, k + 1, "been") ? k + 2 : k + 1;
    if (kFirst.contains(tokens[k].lower) &&
        InSet(tokens, scheduled, kScheduled)) {
      return true;
    }
    const bool was = tokens[k].lower == "was" || tokens[k].lower == "were";
    if ((was && (tokens[k + 1].lower == "to" ||
                 kScheduled.contains(tokens[k + 1].lower))) ||
        (tokens[k].lower == "had" && Is(tokens, k + 1, "been") &&
         InSet(tokens, k + 2, kScheduled))) {
      return true;
    }
  }
  return false;
}

// The date of trigger `t`'s event: the closest date expression in its
// region [begin, end), else a day phrase ("the following day").
void DateEvent(const SentenceContext& ctx, const std::vector<Trigger>& triggers,
               size_t t, int begin, int end, const StatusCues& cues,
               EventDraft* draft) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<DateMention>& dates = ctx.dates;
  const Discourse& discourse = ctx.discourse;
  const Trigger& trigger = triggers[t];
  const DateMention* best_date = nullptr;
  int best_distance = 1 << 20;
  for (const DateMention& date : dates) {
    const bool inside = date.first >= begin && date.last < end;
    // "in October, when they met in Astana": the "when" clause is dated
    // by the time it explains, even "since October last year, when ...".
    const bool when_clause =
        date.last < trigger.first &&
        (Is(tokens, date.last + 1, "when") ||
         (Is(tokens, date.last + 1, ",") && Is(tokens, date.last + 2, "when")));
    // "... in December, when they held talks": the clause's own region
    // starts at "when", after the date. Likewise "flew to Ankara on
    // Thursday, where he held talks": what was done there that day.
    const bool where_clause =
        date.last < trigger.first && (Is(tokens, date.last + 1, "where") ||
                                      (Is(tokens, date.last + 1, ",") &&
                                       Is(tokens, date.last + 2, "where")));
    const bool explains_region =
        (when_clause || where_clause) && date.last < begin &&
        (Is(tokens, begin, "when") || Is(tokens, begin, "where")) &&
        begin <= date.last + 2;
    if (!inside && triggers.size() > 1 && !explains_region) {
      continue;  // Another trigger's.
    }
    // "the 2015 nuclear deal" dates the deal, "the 2018 SCO summit" the
    // summit.
    if (date.attributive && !QualifiesGathering(tokens, date.last)) continue;
    // "since July" bounds a span; it does not date the event.
    if ((Is(tokens, date.first - 1, "since") && !when_clause) ||
        (Is(tokens, date.first - 1, "until") && !cues.rescheduled)) {
      continue;
    }
    // "said on Tuesday" dates the statement, not the event.
    const int before = date.first - (Is(tokens, date.first - 1, "on") ? 2 : 1);
    if (before >= 0 && SpeechVerbs().contains(tokens[before].lower)) continue;
    const int lo = std::min(date.last, trigger.first);
    const int hi = std::max(date.first, trigger.last);
    // A date across a speech verb or inside another clause ("since he
    // came to power in July", "who arrived on Wednesday") is not this
    // event's.
    static const WordSet kClauses = {"since", "until", "who", "which", "when"};
    // "Last month, a delegation led by X, who chairs ..., held talks": a
    // date opening the sentence dates its main clause across the clauses
    // inside.
    const bool opening = date.first <= 1 && Is(tokens, date.last + 1, ",");
    // "the next round, which was to be held in late August": a relative
    // clause right after the trigger's noun tells of its event.
    const int own_clause =
        Is(tokens, trigger.last + 1, ",") ? trigger.last + 2 : trigger.last + 1;
    const bool noun_clause = trigger.nominal && Is(tokens, own_clause, "which");
    bool crosses = false;
    for (int k = lo + 1; k < hi; ++k) {
      if (noun_clause && k == own_clause) continue;
      crosses = crosses || SpeechVerbs().contains(tokens[k].lower) ||
                (kClauses.contains(tokens[k].lower) && !opening &&
                 !(when_clause && tokens[k].lower == "when") &&
                 !(cues.rescheduled && tokens[k].lower == "until"));
    }
    const bool before_trigger = date.last < trigger.first;
    // "after his first address in 2016, and attended a dinner": a date
    // in a clause coordinated before the trigger's; not the subjects of a
    // "when" clause ("in 2023, when Michel, then president of the Council,
    // and von der Leyen met Xi").
    for (int k = date.last + 1;
         before_trigger && !when_clause && k + 1 < trigger.first; ++k) {
      crosses =
          crosses || (tokens[k].lower == "," && tokens[k + 1].lower == "and");
    }
    // "who arrived on Wednesday, met ...", but not "who on Wednesday met
    // ...": the trigger in the clause is dated by it.
    bool clause_ends = false;
    for (int k = date.last + 1; before_trigger && k < trigger.first; ++k) {
      clause_ends = clause_ends || tokens[k].lower == "," ||
                    tokens[k].lower == "and" || !tokens[k].word;
    }
    for (int k = std::max(begin, date.first - 6); clause_ends && k < date.first;
         ++k) {
      crosses =
          crosses || tokens[k].lower == "who" || tokens[k].lower == "which";
    }
    // "Modi, who was sworn in for a third term last month, had been
    // expected to attend": a relative clause closed before the trigger
    // dates its own happening, however long.
    crosses = crosses || (before_trigger &&
                          InClosedRelativeClause(tokens, date.first, date.last,
                                                 trigger.first, 12));
    // "cancelled his trip after a fall on Saturday", "postponed the visit
    // because of the storm on Monday": a date told in the reason after a
    // plan is the reason's, not the plan's; after any event, when the
    // reason names a happening of its own ("flew in after the death of the
    // president in May"), not "met after the ceremony on Wednesday".
    const bool dropped = draft->status == v1::EVENT_STATUS_CANCELLED ||
                         cues.cancelled || cues.rescheduled;
    int cause = -1;
    for (int k = trigger.last + 1; !before_trigger && k < date.first; ++k) {
      // Not "due to take place on Monday", "due on 14 May".
      const bool due_to_a_cause =
          Is(tokens, k, "due") && Is(tokens, k + 1, "to") &&
          (InSet(tokens, k + 2, Determiners()) || Is(tokens, k + 2, "a") ||
           Is(tokens, k + 2, "an"));
      if (Is(tokens, k, "after") || Is(tokens, k, "following") ||
          Is(tokens, k, "amid") ||
          (Is(tokens, k, "because") && Is(tokens, k + 1, "of")) ||
          due_to_a_cause) {
        cause = k;
      }
      if (cause >= 0 && (dropped || tokens[k].lower == "of")) crosses = true;
    }
    if (crosses) continue;
    // Too far to belong to the trigger; a sentence's only trigger may
    // stand further from its date when titles in apposition come between
    // ("held talks with X, general secretary of ..., in Beijing on
    // September 4").
    if (hi - lo > (triggers.size() == 1 ? 40 : 24)) {
      continue;
    }
    // English dates an event after its verb ("met X on Thursday").
    const int distance =
        (hi - lo) + (before_trigger ? 4 : 0) + (inside ? 0 : 1000);
    if (distance < best_distance) {
      best_distance = distance;
      best_date = &date;
    }
  }
  int day_phrase = -1;
  for (int k = begin; best_date == nullptr && day_phrase < 0 && k + 2 < end;
       ++k) {
    draft->day_offset = DayPhraseOffset(tokens, k);
    if (draft->day_offset != EventDraft::kNoOffset) day_phrase = k;
  }
  // "Modi travels on to Greece on Friday" (written on Thursday): a verb in
  // the present with a day that could be either side is the schedule.
  const TokenText& verb = tokens[trigger.first].lower;
  // Captions put past meetings in the present ("Putin meets Raisi in
  // Moscow, in December"), so only travel verbs and a day count.
  static const WordSet kTravelsOn = {"travels", "heads", "flies",  "leaves",
                                     "departs", "goes",  "arrives"};
  if (best_date != nullptr && !draft->status_explicit && !trigger.past &&
      kTravelsOn.contains(verb) &&
      PrecisionOf(best_date->future) == DatePrecision::kDay &&
      best_date->future.SerializeAsString() !=
          best_date->past.SerializeAsString()) {
    draft->status = v1::EVENT_STATUS_PLANNED;
    draft->status_explicit = true;
  }
  if (best_date != nullptr) {
    const bool planned =
        draft->status == v1::EVENT_STATUS_PLANNED ||
        (draft->status == v1::EVENT_STATUS_CANCELLED && !cues.not_held_past &&
         !PlanSeenFromThePast(tokens, *best_date, discourse.article_date));
    draft->date = planned ? best_date->future : best_date->past;
    if (draft->status == v1::EVENT_STATUS_PLANNED &&
        PlanSeenFromThePast(tokens, *best_date, discourse.article_date)) {
      draft->dropped_date = best_date->past;
    }
    // "paid a state visit to Jakarta from 14 to 16 October": a trip is
    // dated by the day it began.
    if (draft->type == v1::EVENT_TYPE_VISIT &&
        best_date->range_first_day != 0 &&
        PrecisionOf(draft->date) == DatePrecision::kMonth) {
      draft->date.set_day(best_date->range_first_day);
    }
    draft->yearless_month = best_date->yearless_month;
    draft->weekday = best_date->weekday;
    if (!draft->status_explicit &&
        PrecisionOf(draft->date) != DatePrecision::kNone &&
        PrecisionOf(discourse.article_date) == DatePrecision::kDay &&
        FirstDay(best_date->future) > FirstDay(discourse.article_date) &&
        best_date->future.SerializeAsString() ==
            best_date->past.SerializeAsString()) {
      draft->status = v1::EVENT_STATUS_PLANNED;
    }
  } else if (day_phrase >= 0) {
    draft->date =
        DayAfterNamed(dates, day_phrase, draft->day_offset,
                      draft->status != v1::EVENT_STATUS_OCCURRED, discourse);
  }
  // "arrived on Saturday evening after a two-day visit to Japan": the
  // trip ended by that day; its month dates it.
  if (best_date == nullptr && day_phrase < 0) {
    int after = -1;
    for (int k = trigger.first - 1; k >= 0 && k >= trigger.first - 6; --k) {
      if (tokens[k].lower == "after" || tokens[k].lower == "following") {
        after = k;
        break;
      }
    }
    for (const DateMention& date : dates) {
      if (after > 0 && date.last < after && date.last >= after - 2 &&
          PrecisionOf(date.past) == DatePrecision::kDay) {
        draft->date = Truncate(date.past, DatePrecision::kMonth);
      }
    }
  }
  // "who is on a state visit to Peru", "is in Russia on an official visit",
  // "is visiting Japan": a trip under way is in the article's month.
  if (PrecisionOf(draft->date) == DatePrecision::kNone &&
      draft->type == v1::EVENT_TYPE_VISIT &&
      draft->status == v1::EVENT_STATUS_OCCURRED &&
      TripUnderWay(tokens, trigger.first)) {
    draft->date = Truncate(discourse.article_date, DatePrecision::kMonth);
  }
  // "will wind up his state visit today": the day told is the trip's last,
  // only its month dates it.
  if (draft->type == v1::EVENT_TYPE_VISIT &&
      EndingVerbBefore(tokens, 0, trigger.first) >= 0) {
    draft->date = Truncate(draft->date, DatePrecision::kMonth);
  }
  // A visit lasts days: the day of a summit attended need not be that of
  // the arrival reported elsewhere.
  if (trigger.attended)
    draft->date = Truncate(draft->date, DatePrecision::kMonth);
}

// "visited Russia in September 2023 and held talks with Putin there": a
// verb (or a verb's noun) joined by "and" to the trigger before it, or told
// in a "where" clause on a trip's place, with no date of its own, happened
// when that one did (within its month when one is a trip). `earlier` holds the
// drafts of the triggers before `t` (their time and status).
void ShareJoinedDate(const std::vector<Token>& tokens,
                     const std::vector<Trigger>& triggers, size_t t,
                     const std::vector<EventDraft>& earlier,
                     EventDraft* draft) {
  if (t == 0 || PrecisionOf(draft->date) != DatePrecision::kNone ||
      draft->yearless_month != 0 || draft->weekday != 0 ||
      draft->day_offset != EventDraft::kNoOffset ||
      (triggers[t].nominal && !triggers[t].past) ||
      triggers[t - 1].type == v1::EVENT_TYPE_AGREEMENT ||
      earlier[t - 1].status != draft->status) {
    return;
  }
  int before = triggers[t].first - 1;
  // The verb of a noun trigger ("and held talks", "and had a meeting").
  static const WordSet kNounVerbs = {"held", "had", "conducted"};
  if (triggers[t].nominal &&
      (Is(tokens, before, "a") || Is(tokens, before, "an"))) {
    --before;
  }
  if (triggers[t].nominal && InSet(tokens, before, kNounVerbs)) --before;
  if (Is(tokens, before, "then") || Is(tokens, before, "also")) --before;
  // "travelled to Vladivostok in September 2023, where Putin received him":
  // a place's "where" clause after a trip tells of that stay.
  static const WordSet kSubjectPronouns = {"he", "she", "they"};
  int where = before;
  while (where > triggers[t - 1].last && where >= before - 5 &&
         (InSet(tokens, where, kSubjectPronouns) ||
          (tokens[where].word && tokens[where].capitalized))) {
    --where;
  }
  if (triggers[t - 1].type == v1::EVENT_TYPE_VISIT &&
      Is(tokens, where, "where") && Is(tokens, where - 1, ",") &&
      where - 1 > triggers[t - 1].last) {
    for (int k = triggers[t - 1].last + 1; k < where - 1; ++k) {
      if (!tokens[k].word && tokens[k].lower != "-") return;
    }
    draft->date = Truncate(earlier[t - 1].date, DatePrecision::kMonth);
    draft->yearless_month = earlier[t - 1].yearless_month;
    draft->weekday = earlier[t - 1].weekday;
    return;
  }
  if (!Is(tokens, before, "and") || before <= triggers[t - 1].last) return;
  // "travelled to Vladivostok in September 2023, days after a missile
  // launch, and met Putin": an aside set off by commas before ", and" keeps
  // the verbs joined.
  const bool after_aside = Is(tokens, before - 1, ",");
  if (after_aside) {
    // Not from a relative clause the aside ends ("hosted Xi, who had
    // visited Moscow in 2023, and held talks with him").
    static const WordSet kRelatives = {"who", "which", "whom", "whose"};
    for (int k = triggers[t - 1].first - 1;
         k >= 0 && k >= triggers[t - 1].first - 4 && !Is(tokens, k, ","); --k) {
      if (InSet(tokens, k, kRelatives)) return;
    }
  }
  for (int k = triggers[t - 1].last + 1; k < before; ++k) {
    if (!tokens[k].word && tokens[k].lower != "-" &&
        !(after_aside && tokens[k].lower == ",")) {
      return;  // Another clause.
    }
  }
  const bool trip = draft->type == v1::EVENT_TYPE_VISIT ||
                    triggers[t - 1].type == v1::EVENT_TYPE_VISIT;
  draft->date = trip ? Truncate(earlier[t - 1].date, DatePrecision::kMonth)
                     : earlier[t - 1].date;
  draft->yearless_month = earlier[t - 1].yearless_month;
  draft->weekday = earlier[t - 1].weekday;
}

// "their third face-to-face meeting": the ordinal (first to fifth) before
// the meeting noun `trigger`, across its modifiers; -1 when there is none.
int MeetingOrdinal(const std::vector<Token>& tokens, const Trigger& trigger) {
  static const WordSet kCounted = {"first", "second", "third", "fourth",
                                   "fifth"};
  for (int k = trigger.last - 1; k >= 0 && k >= trigger.last - 6 &&
                                 (tokens[k].word || Is(tokens, k, "-"));
       --k) {
    if (InSet(tokens, k, kCounted)) return k;
  }
  return -1;
}

// "their second meeting in two months after X's visit to Y in May": the
// token after the ordinal meeting noun ending at `meeting_last` that
// opens a trip's time ("after", "since") when it comes within twelve
// words before the trip word at `trip_first`; -1 when there is none.
int CountedMeetingSinceTrip(const std::vector<Token>& tokens, int meeting_last,
                            int trip_first) {
  if (meeting_last < 0 || trip_first - meeting_last > 12) return -1;
  for (int k = meeting_last + 1; k < trip_first; ++k) {
    if (!tokens[k].word && tokens[k].lower != "'s" && tokens[k].lower != "-") {
      return -1;
    }
    if (Is(tokens, k, "after") || Is(tokens, k, "since")) return k;
  }
  return -1;
}

// A meeting of `pair` held during the past trip `trip`: its time and place.
EventDraft MeetingOnTrip(const SentenceContext& ctx, const EventDraft& trip,
                         const std::vector<std::string>& pair) {
  const Discourse& discourse = ctx.discourse;
  EventDraft met;
  met.type = v1::EVENT_TYPE_MEETING;
  met.status = v1::EVENT_STATUS_OCCURRED;
  met.status_explicit = true;
  met.separate = true;
  met.participants = pair;
  met.date = trip.date;
  met.place = trip.place;
  met.country = trip.country;
  met.sentences = trip.sentences;
  for (const std::string& id : pair) {
    AddUnique(ctx.finder->CountryOf(id, discourse.article_date, discourse),
              &met.participant_countries);
  }
  return met;
}

// "Erdogan traveled to Cairo in February, where the two leaders agreed to
// revive the council": the two persons of a group that acts together in a
// ", where" clause after the trip word ending at `trip_last`, the
// traveller `traveller` among them, when no meeting trigger follows the
// trip in the sentence; empty otherwise.
std::vector<std::string> PairActingOnTrip(const SentenceContext& ctx,
                                          const std::vector<Trigger>& triggers,
                                          size_t t,
                                          const std::string& traveller) {
  const std::vector<Token>& tokens = ctx.tokens;
  for (size_t later = t + 1; later < triggers.size(); ++later) {
    if (triggers[later].type == v1::EVENT_TYPE_MEETING) return {};
  }
  static const WordSet kTogether = {"agreed",  "discussed", "decided",
                                    "pledged", "vowed",     "reviewed"};
  const int trip_last = triggers[t].last;
  for (const Mention& m : ctx.mentions) {
    if (m.first <= trip_last) continue;
    if (m.first > trip_last + 25) break;
    const int opening =
        Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
    const int where = Is(tokens, opening, "where") ? opening : -1;
    if (where < 0 || !Is(tokens, where - 1, ",") ||
        m.kind != MentionKind::kGroup || m.ids.size() != 2 ||
        !Contains(m.ids, traveller) || !InSet(tokens, m.last + 1, kTogether)) {
      continue;
    }
    return m.ids;
  }
  return {};
}

// The events of one sentence: its triggers, each with the status, date and
// participants the words around it give.
std::vector<EventDraft> FindEvents(const SentenceContext& ctx, int sentence) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const std::vector<DateMention>& dates = ctx.dates;
  const Discourse& discourse = ctx.discourse;
  std::vector<EventDraft> drafts;
  const int n = static_cast<int>(tokens.size());
  const int skip = 0;
  std::vector<Trigger> triggers = FindTriggers(tokens, skip);
  ScreenTriggers(tokens, mentions, &triggers);
  triggers.erase(std::remove_if(triggers.begin(), triggers.end(),
                                [&ctx](const Trigger& t) {
                                  return t.hyphen_sides &&
                                         HyphenSides(ctx, t).empty();
                                }),
                 triggers.end());
  drafts.reserve(triggers.size());
  const bool has_agreement = std::any_of(
      triggers.begin(), triggers.end(),
      [](const Trigger& t) { return t.type == v1::EVENT_TYPE_AGREEMENT; });
  const bool under_it = Is(tokens, 0, "under") && Is(tokens, 1, "it");
  if (!has_agreement && n > 2 && (tokens[0].lower == "it" || under_it)) {
    // "It entered into force in December", "Under it, prisoners were
    // freed": a status for the agreement the previous sentences named.
    int cue = -1;
    const v1::AgreementStatus status =
        AgreementCue(tokens, 0, std::min(n - 1, 4), &cue, under_it ? 1 : -1);
    if (status != v1::AGREEMENT_STATUS_UNSPECIFIED) {
      EventDraft draft;
      draft.type = v1::EVENT_TYPE_AGREEMENT;
      draft.anaphoric = true;
      draft.agreement_status = status;
      draft.sentences = {sentence};
      if (!dates.empty()) draft.date = dates.front().past;
      drafts.push_back(std::move(draft));
    }
  }
  if (!has_agreement) {
    EventDraft decision = GroupDecision(ctx);
    if (!decision.participants.empty()) {
      decision.sentences = {sentence};
      drafts.push_back(std::move(decision));
    }
  }
  if (triggers.empty()) return drafts;
  // Regions: each trigger owns the tokens up to the first comma after it,
  // and everything from there to the next trigger's region.
  std::vector<int> region_start(triggers.size(), 0);
  for (size_t t = 1; t < triggers.size(); ++t) {
    int start = triggers[t].first;
    // A comma inside a date ("on Friday, January 17") ends no region.
    auto in_date = [&dates](int k) {
      for (const DateMention& date : dates) {
        if (date.first < k && k < date.last) return true;
      }
      return false;
    };
    for (int k = triggers[t - 1].last + 1; k < triggers[t].first; ++k) {
      if ((tokens[k].lower == "," || tokens[k].lower == ";") && !in_date(k)) {
        start = k + 1;
        break;
      }
    }
    // "Modi met Scholz and Macron hosted Meloni": a clause with a subject
    // of its own starts the region.
    const int opening =
        OwnSubjectClauseStart(tokens, triggers[t - 1].last, triggers[t].first);
    if (opening >= 0) start = opening + 1;
    // "talks with A, and with B, who attended as an observer": a relative
    // clause holding the trigger starts its region, leaving the person it
    // describes to the trigger before.
    for (int k = std::max(start, triggers[t].first - 3); k < triggers[t].first;
         ++k) {
      if ((Is(tokens, k, "who") || Is(tokens, k, "which")) &&
          Is(tokens, k - 1, ",")) {
        start = k;
      }
    }
    // "their last summit, in Geneva in June 2021, produced ...": a place
    // or time set off by commas right after a noun trigger is the noun's.
    static const WordSet kAppositive = {"in", "at", "on", "held"};
    if (triggers[t - 1].nominal && start == triggers[t - 1].last + 2 &&
        InSet(tokens, start, kAppositive)) {
      for (int k = start + 1; k < triggers[t].first; ++k) {
        if (tokens[k].lower == "," && !in_date(k)) {
          start = k + 1;
          break;
        }
      }
    }
    region_start[t] = start;
  }
  // "X and Y attended the SCO summit in Astana on Thursday": the visit made
  // by attending and the meeting attended share one region.
  // So do the trip called off by skipping a summit and the summit.
  auto attends_next = [&](size_t t) {
    return (triggers[t].attended || triggers[t].attend) &&
           t + 1 < triggers.size() &&
           GatheringAttended(tokens, triggers[t], triggers[t + 1]);
  };
  for (size_t t = 0; t + 1 < triggers.size(); ++t) {
    if (attends_next(t)) region_start[t + 1] = region_start[t];
  }
  std::vector<bool> planned_trigger(triggers.size(), false);
  std::vector<EventDraft> trigger_dates(triggers.size());
  // The latest agreement of the sentence with a status: "expected to sign
  // an agreement on visas and an agreement on investments" gives both the
  // status of the one verb.
  ListedAgreement listed;
  // The end of a list of meetings by place, whose triggers are told.
  int listed_until = -1;
  // The last token of a counted meeting noun ("their second meeting")
  // and its two participants, for a trip told after it; -1 before any.
  int counted_last = -1;
  bool counted_first = false;  // The ordinal is "first".
  std::vector<std::string> counted_pair;
  for (size_t t = 0; t < triggers.size(); ++t) {
    const Trigger& trigger = triggers[t];
    const int begin = region_start[t];
    size_t next = attends_next(t) ? t + 2 : t + 1;
    // "their meeting was in Geneva in June 2021": the place and time of
    // the noun's "was" are the meeting's.
    if (trigger.nominal && next < triggers.size() && triggers[next].presence &&
        triggers[next].first == trigger.last + 1) {
      ++next;
    }
    const int end = next < triggers.size() ? region_start[next] : n;
    if (trigger.unreal || trigger.first < listed_until) continue;
    if (RestatesMeeting(tokens, triggers, t)) {
      // "X met Y, their second meeting since X's visit to Z in May": the
      // restated meeting is the one counted.
      const int counted = MeetingOrdinal(tokens, trigger);
      if (counted >= 0 && !drafts.empty() &&
          drafts.back().type == v1::EVENT_TYPE_MEETING) {
        counted_last = trigger.last;
        counted_first = Is(tokens, counted, "first");
        counted_pair = drafts.back().participants;
      }
      continue;
    }
    EventDraft draft;
    draft.type = trigger.type;
    draft.sentences = {sentence};
    // "after the meeting with A and B", "during the talks with A": the
    // noun with "the" and its partners, as a time, tells again a meeting
    // told before, if any (not "held the summit with A").
    static const WordSet kAround = {"after", "following", "during",
                                    "at",    "before",    "since"};
    draft.anaphoric =
        trigger.definite ||
        (trigger.nominal && trigger.type == v1::EVENT_TYPE_MEETING &&
         Is(tokens, trigger.first - 1, "the") &&
         InSet(tokens, trigger.first - 2, kAround) &&
         (Is(tokens, trigger.last + 1, "with") ||
          Is(tokens, trigger.last + 1, "between")));
    draft.moved_on = trigger.moved_on;
    draft.another_trip = trigger.another_trip;
    static const WordSet kPossessives = {"their", "his", "her", "its"};
    draft.earlier_one =
        trigger.nominal && (Is(tokens, trigger.first - 1, "previous") ||
                            Is(tokens, trigger.first - 1, "earlier") ||
                            (Is(tokens, trigger.first - 1, "last") &&
                             InSet(tokens, trigger.first - 2, kPossessives)));
    draft.talk_of_a_call = trigger.definite &&
                           trigger.type == v1::EVENT_TYPE_MEETING &&
                           Is(tokens, trigger.last, "conversation");
    if (trigger.type == v1::EVENT_TYPE_MEETING && !trigger.occasion) {
      MarkAttendance(tokens, trigger, &draft);
    }
    // Status.
    const StatusCues cues =
        DecideStatus(ctx, triggers, t, end, &planned_trigger, &draft);
    // "was expected to attend, but would not travel": called off.
    if (trigger.attend && draft.status != v1::EVENT_STATUS_PLANNED &&
        draft.status != v1::EVENT_STATUS_CANCELLED) {
      continue;
    }
    if (trigger.expected) {
      draft.status = v1::EVENT_STATUS_PLANNED;
      draft.status_explicit = true;
      planned_trigger[t] = true;
    }
    // Date: the closest expression, not across a speech verb.
    // "met in Pyongyang during Putin's state visit in June 2024": the time
    // of the trip or gathering during which it happened is its own.
    int date_end = end;
    for (int k = next < triggers.size() ? triggers[next].first - 1 : -1;
         k > trigger.last && k >= triggers[next].first - 8 &&
         (tokens[k].word || tokens[k].lower == "'s");
         --k) {
      if (tokens[k].lower == "during" && triggers[next].nominal) {
        date_end = next + 1 < triggers.size() ? region_start[next + 1] : n;
        break;
      }
    }
    DateEvent(ctx, triggers, t, begin, date_end, cues, &draft);
    ShareJoinedDate(tokens, triggers, t, trigger_dates, &draft);
    trigger_dates[t].date = draft.date;
    trigger_dates[t].yearless_month = draft.yearless_month;
    trigger_dates[t].weekday = draft.weekday;
    trigger_dates[t].status = draft.status;

    // Participants.
    if (trigger.type == v1::EVENT_TYPE_AGREEMENT) {
      AddAgreement(ctx, triggers, t, begin, end, &listed, std::move(draft),
                   &drafts);
      continue;
    }
    Destinations more_destinations;
    std::vector<std::string> persons;
    // Every participant was found outside the trigger's region.
    bool borrowed = false;
    if (trigger.type == v1::EVENT_TYPE_VISIT) {
      if (!FindTravellers(ctx, trigger, begin, &persons)) continue;
      FindDestinations(ctx, trigger, begin, end, &draft, &more_destinations);
      PreferVisitingHolder(ctx, trigger, draft, &persons);
      if (!VisitStands(ctx, trigger, persons, draft)) continue;
    } else {
      persons = NamedMeetingPersons(ctx, trigger, begin, end, &draft);
      DropCompanions(ctx, begin, end, &persons);
      AddOtherHolder(ctx, begin, end, &persons);
      // "Putin hosted an informal CIS summit": the host meets the body.
      JoinGathering(ctx, trigger, begin, end, &persons);
      // "A and B signed it in the presence of C": with its signers.
      AddSigners(ctx, trigger, &persons);
      // A signing's witnesses are those named in its words.
      borrowed = !trigger.witnessed &&
                 BorrowPersons(ctx, trigger, begin, end, &persons);
      if (trigger.type == v1::EVENT_TYPE_MEETING) {
        PlaceMeeting(ctx, trigger, begin, end, &draft);
        PlaceInTripOpening(ctx, triggers, t, &draft);
        // "Modi held talks at the Kremlin": with the leader whose seat it is.
        const std::string host =
            persons.size() == 1
                ? SeatHolder(ctx, begin, end, persons[0], draft.date)
                : "";
        if (!host.empty()) {
          persons.push_back(host);
          borrowed = false;
        }
      }
    }
    // A shared occasion ("attended a banquet") is a meeting only of
    // persons from two countries or more.
    if (trigger.occasion) {
      if (CountriesOf(ctx, persons).size() < 2) continue;
      draft.anaphoric = false;
    }
    // With nobody named: a body's own gathering ("OPEC+ ministers held a
    // video conference").
    bool gathering = RemoteParticipation(ctx, trigger, &persons);
    if (gathering && persons.size() < 2) continue;
    if (trigger.type != v1::EVENT_TYPE_VISIT && persons.empty()) {
      persons = OrganizationGathering(ctx, trigger, begin, end);
      gathering = !persons.empty();
      draft.summit_of_body = gathering && persons.size() == 1 &&
                             tokens[trigger.last].lower == "summit";
      draft.anaphoric = draft.anaphoric && !gathering;
      borrowed = borrowed && !gathering;
      // Told with neither a time nor a place ("G20 Summit: declaration
      // adopted"), it is a name, not news of a gathering.
      if (gathering && PrecisionOf(draft.date) == DatePrecision::kNone &&
          draft.day_offset == EventDraft::kNoOffset && draft.place.empty() &&
          draft.country.empty()) {
        continue;
      }
    }
    // "The next EU-Egypt summit will take place in Cairo": the sides of
    // the noun's own words.
    if (trigger.type == v1::EVENT_TYPE_MEETING && !gathering &&
        persons.empty()) {
      persons = HyphenSides(ctx, trigger);
      if (!persons.empty()) {
        draft.country_level = true;
        draft.anaphoric = false;
        borrowed = false;
      }
    }
    if (trigger.type != v1::EVENT_TYPE_VISIT && !gathering &&
        persons.size() < 2 && !(trigger.definite && persons.empty()) &&
        SettleFewPersons(ctx, trigger, begin, end, persons, &draft, &drafts)) {
      continue;
    }
    // Nobody to attach the event to, and nothing earlier it can refer to.
    if (persons.empty() && !trigger.definite) continue;
    for (const std::string& id : persons) {
      AddUnique(ctx.finder->CountryOf(id, discourse.article_date, discourse),
                &draft.participant_countries);
    }
    // "X held talks with A, and with B the following day": one event per
    // "with" group, each with X and dated by its own words.
    if (trigger.type != v1::EVENT_TYPE_VISIT) {
      std::vector<EventDraft> split =
          SplitWithGroups(ctx, trigger.first, trigger.last, begin, end, draft);
      if (!split.empty()) {
        for (EventDraft& part : split) {
          part.separate = true;
          drafts.push_back(std::move(part));
        }
        continue;
      }
    }
    if (trigger.type == v1::EVENT_TYPE_MEETING) {
      // The list may run on across a clause on one of its meetings
      // ("in Washington in May 2023, where they were hosted by X, and in
      // Almaty"), whose trigger then tells of that listed meeting.
      // So may a meeting noun that is itself an item ("after Beijing in
      // May and the SCO summit in Astana in July"); an agreement's words
      // ("the truce village of Panmunjom") end no list.
      auto in_list = [&](const Trigger& later, int start) {
        bool where = false;
        for (int k = std::max(start, later.first - 6); k < later.first; ++k) {
          where = where || (Is(tokens, k, "where") && Is(tokens, k - 1, ","));
        }
        if (later.type == v1::EVENT_TYPE_AGREEMENT ||
            (later.type == v1::EVENT_TYPE_MEETING && where)) {
          return true;
        }
        if (later.type != v1::EVENT_TYPE_MEETING || !later.nominal) {
          return false;
        }
        for (int k = later.first - 1; k >= 0 && k >= later.first - 5; --k) {
          if (Is(tokens, k, "and") || Is(tokens, k, ",")) return true;
          if (!Is(tokens, k, "the") && !tokens[k].capitalized &&
              !Is(tokens, k, "-")) {
            return false;
          }
        }
        return false;
      };
      size_t after_list = next;
      while (after_list < triggers.size() &&
             in_list(triggers[after_list], region_start[after_list])) {
        ++after_list;
      }
      const int list_end =
          after_list < triggers.size() ? region_start[after_list] : n;
      std::vector<EventDraft> places =
          SplitByPlaces(ctx, trigger, list_end, persons, draft);
      if (!places.empty()) {
        for (EventDraft& part : places) drafts.push_back(std::move(part));
        if (after_list > next) listed_until = list_end;
        continue;
      }
    }
    if (SplitSeparately(ctx, trigger, begin, end, &persons, draft, &drafts)) {
      continue;
    }
    if (SplitTrips(ctx, persons, draft, &drafts)) continue;
    draft.participants = std::move(persons);
    if (borrowed && draft.type == v1::EVENT_TYPE_MEETING &&
        LendToEarlierMeeting(draft, &drafts)) {
      continue;
    }
    if (trigger.witnessed && WidenSentenceMeeting(draft, &drafts)) continue;
    AddGuestVisits(ctx, trigger, end, draft, &drafts);
    // (One "back from the White House" tells the trip, not the talks.)
    if (draft.type == v1::EVENT_TYPE_VISIT &&
        !Is(tokens, trigger.first, "back")) {
      AddSeatMeeting(ctx, trigger, begin, end, draft, &drafts);
    }
    AddEarlierAndFurtherVisits(ctx, trigger, end, more_destinations, &draft,
                               &drafts);
    // "their second meeting ... after X's visit to Y in May", "their first
    // meeting since X's visit to Y in May": the pair met during that past
    // trip of one of them, at its time and place.
    const int counted = draft.type == v1::EVENT_TYPE_MEETING
                            ? MeetingOrdinal(tokens, trigger)
                            : -1;
    const int opener =
        draft.type == v1::EVENT_TYPE_VISIT
            ? CountedMeetingSinceTrip(tokens, counted_last, trigger.first)
            : -1;
    if (counted >= 0) {
      counted_last = trigger.last;
      counted_first = Is(tokens, counted, "first");
      counted_pair = draft.participants;
      // "X and Y held talks, their second meeting": theirs is the meeting
      // the sentence told just before.
      if (counted_pair.empty() && Is(tokens, counted - 1, "their")) {
        for (const EventDraft& earlier : drafts) {
          if (earlier.type == v1::EVENT_TYPE_MEETING) {
            counted_pair = earlier.participants;
          }
        }
      }
    } else if (opener >= 0 && (!counted_first || Is(tokens, opener, "since")) &&
               trigger.nominal && draft.status == v1::EVENT_STATUS_OCCURRED &&
               draft.participants.size() == 1 && counted_pair.size() == 2 &&
               Contains(counted_pair, draft.participants[0]) &&
               PrecisionOf(draft.date) != DatePrecision::kNone) {
      drafts.push_back(MeetingOnTrip(ctx, draft, counted_pair));
      counted_last = -1;
    } else if (draft.type == v1::EVENT_TYPE_VISIT &&
               draft.status == v1::EVENT_STATUS_OCCURRED &&
               draft.participants.size() == 1 &&
               PrecisionOf(draft.date) != DatePrecision::kNone) {
      // "traveled to Cairo in February, where the two leaders agreed to
      // ...": they met on that trip.
      std::vector<std::string> pair =
          PairActingOnTrip(ctx, triggers, t, draft.participants[0]);
      if (!pair.empty()) drafts.push_back(MeetingOnTrip(ctx, draft, pair));
    }
    drafts.push_back(std::move(draft));
  }
  return drafts;
}

}  // namespace
}  // namespace event_rules

std::vector<EventDraft> EventFinder::Find(const std::vector<Token>& tokens,
                                          const std::vector<Mention>& mentions,
                                          const std::vector<DateMention>& dates,
                                          int sentence,
                                          const Discourse& discourse) const {
  const event_rules::SentenceContext ctx{tokens,    mentions, dates,
                                         discourse, kb_,      mentions_};
  return event_rules::FindEvents(ctx, sentence);
}

}  // namespace parley
