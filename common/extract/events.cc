#include "common/extract/events.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "common/extract/event_rules.h"
#include "common/util/date.h"

namespace parley {

using event_rules::AddParties;
using event_rules::AddUnique;
using event_rules::AgreementCue;
using event_rules::Contains;
using event_rules::CoordinatedPersons;
using event_rules::DayAfterNamed;
using event_rules::DayPhraseOffset;
using event_rules::DeterminerBefore;
using event_rules::FindStatusCues;
using event_rules::FindTriggers;
using event_rules::InSet;
using event_rules::Is;
using event_rules::IsAgreementPredicate;
using event_rules::IsSubset;
using event_rules::PartOrMediatorOf;
using event_rules::PersonLike;
using event_rules::PossessorOf;
using event_rules::PronounSubject;
using event_rules::ReceiveVerbs;
using event_rules::StatusCues;
using event_rules::Trigger;
using event_rules::WordsBefore;
using event_rules::WordSet;

std::vector<EventDraft> EventFinder::Find(const std::vector<Token>& tokens,
                                          const std::vector<Mention>& mentions,
                                          const std::vector<DateMention>& dates,
                                          int sentence,
                                          const Discourse& discourse) const {
  std::vector<EventDraft> drafts;
  const int n = static_cast<int>(tokens.size());
  const int skip = 0;
  // Spokespeople report meetings; they rarely take part in them.
  auto is_spokesperson = [this, &discourse](const Mention& m) {
    return m.kind == MentionKind::kPerson &&
           mentions_->TitleOf(m.ids[0], discourse.article_date, discourse) ==
               "spokesperson";
  };
  std::vector<Trigger> triggers = FindTriggers(tokens, skip);
  // "received", "hosted", "welcomed" make a meeting only with a person as
  // object ("received the Iranian minister", not "welcomed the signing").
  // "called X" is a call only with a person right after, who is not
  // given a name or a label next ("called Putin a killer").
  static const WordSet kAfterCallee = {
      ",",     ".",    "on",        "to",     "and",   "in",    "from",
      "after", "last", "yesterday", "today",  "again", "twice", "late",
      "early", "this", "shortly",   "before", "over",  "by",    "at"};
  triggers.erase(
      std::remove_if(triggers.begin(), triggers.end(),
                     [&](const Trigger& t) {
                       if (!t.dialled) return false;
                       for (const Mention& m : mentions) {
                         if (PersonLike(m) && m.first > t.last &&
                             m.first <= t.last + 3 &&
                             (m.last + 1 >= n ||
                              InSet(tokens, m.last + 1, kAfterCallee))) {
                           return false;
                         }
                       }
                       return true;
                     }),
      triggers.end());
  triggers.erase(
      std::remove_if(triggers.begin(), triggers.end(),
                     [&](const Trigger& t) {
                       if (!ReceiveVerbs().contains(tokens[t.first].lower) ||
                           t.last != t.first) {
                         return false;
                       }
                       const bool passive = Is(tokens, t.first + 1, "by");
                       for (const Mention& m : mentions) {
                         if (PersonLike(m) && m.first > t.last &&
                             m.first <= t.last + 4) {
                           return false;
                         }
                       }
                       return !passive;
                     }),
      triggers.end());
  // "there are no plans for a meeting", "either could pick up the phone":
  // neither a plan nor an event.
  static const WordSet kMaybe = {"could", "can", "might", "may"};
  // "refused to travel to", "declined an invitation to visit", "is
  // unlikely to visit", "denied that X would visit": no trip either.
  static const WordSet kRefused = {"refused",  "refuses", "declined",
                                   "declines", "denied",  "denies",
                                   "unlikely", "ruled",   "rules"};
  for (Trigger& t : triggers) {
    if (t.type == v1::EVENT_TYPE_VISIT) {
      // Within the trigger's clause: back to a comma or semicolon.
      for (int k = t.first - 1;
           k >= WordsBefore(tokens, t.first, 8, 0) && tokens[k].lower != "," &&
           tokens[k].lower != ";";
           --k) {
        t.unreal = t.unreal ||
                   (Is(tokens, k, "no") && (Is(tokens, k + 1, "plans") ||
                                            Is(tokens, k + 1, "plan"))) ||
                   (InSet(tokens, k, kRefused) &&
                    (!Is(tokens, k, "ruled") && !Is(tokens, k, "rules") ||
                     Is(tokens, k + 1, "out")));
      }
      continue;
    }
    if (t.type != v1::EVENT_TYPE_MEETING && t.type != v1::EVENT_TYPE_CALL) {
      continue;
    }
    for (int k = WordsBefore(tokens, t.first, 6, 0); k < t.first; ++k) {
      t.unreal = t.unreal ||
                 (Is(tokens, k, "no") &&
                  (Is(tokens, k + 1, "plans") || Is(tokens, k + 1, "plan"))) ||
                 (t.type == v1::EVENT_TYPE_CALL && k >= t.first - 4 &&
                  InSet(tokens, k, kMaybe) && !tokens[k].capitalized);
    }
  }
  // "the Collective Security Treaty Organization" is a body, not a treaty.
  triggers.erase(
      std::remove_if(
          triggers.begin(), triggers.end(),
          [&](const Trigger& t) {
            return t.type == v1::EVENT_TYPE_AGREEMENT &&
                   std::any_of(mentions.begin(), mentions.end(),
                               [&t](const Mention& m) {
                                 return m.kind == MentionKind::kOrganization &&
                                        m.first <= t.first && t.last <= m.last;
                               });
          }),
      triggers.end());
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
    EventDraft decision = GroupDecision(tokens, mentions, dates, discourse);
    if (!decision.participants.empty()) {
      decision.sentences = {sentence};
      drafts.push_back(std::move(decision));
    }
  }
  if (triggers.empty()) return drafts;
  static const WordSet kSpeech = {"said",   "says",      "told",
                                  "tells",  "noted",     "added",
                                  "stated", "announced", "reported"};
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
    region_start[t] = start;
  }
  // "X and Y attended the SCO summit in Astana on Thursday": the visit made
  // by attending and the meeting attended share one region.
  auto attends_next = [&](size_t t) {
    return triggers[t].attended && t + 1 < triggers.size() &&
           triggers[t + 1].type == v1::EVENT_TYPE_MEETING &&
           triggers[t + 1].first <= triggers[t].last + 4;
  };
  for (size_t t = 0; t + 1 < triggers.size(); ++t) {
    if (attends_next(t)) region_start[t + 1] = region_start[t];
  }
  std::vector<bool> planned_trigger(triggers.size(), false);
  // The latest agreement of the sentence with a status: "expected to sign
  // an agreement on visas and an agreement on investments" gives both the
  // status of the one verb.
  int listed_trigger = -1;
  v1::AgreementStatus listed_status = v1::AGREEMENT_STATUS_UNSPECIFIED;
  v1::Date listed_date;
  for (size_t t = 0; t < triggers.size(); ++t) {
    const Trigger& trigger = triggers[t];
    const int begin = region_start[t];
    const size_t next = attends_next(t) ? t + 2 : t + 1;
    const int end = next < triggers.size() ? region_start[next] : n;
    auto in_region = [&](const Mention& m) {
      return m.first >= begin && m.last < end;
    };
    if (trigger.unreal) continue;
    EventDraft draft;
    draft.type = trigger.type;
    draft.sentences = {sentence};
    draft.anaphoric = trigger.definite;
    if (trigger.type == v1::EVENT_TYPE_MEETING) {
      // "Y and Z joined the President", "the leaders were joined by their
      // delegations"; "X and Y attended the meeting", "present at the talks
      // were ...", "took part in the talks" (not a summit, which many
      // attend without meeting anyone in particular).
      static const WordSet kJoin = {"joined", "joins", "joining"};
      static const WordSet kAttended = {"attended",     "attend",  "attends",
                                        "attending",    "present", "part",
                                        "participated", "joined"};
      for (int k = trigger.first; k <= trigger.last; ++k) {
        draft.attendance = draft.attendance || InSet(tokens, k, kJoin);
      }
      const std::string& noun = tokens[trigger.last].lower;
      const int determiner = trigger.definite && noun != "summit"
                                 ? DeterminerBefore(tokens, trigger.first)
                                 : -1;
      int verb = determiner - 1;
      if (Is(tokens, verb, "at") || Is(tokens, verb, "in")) --verb;
      if (determiner > 0 && InSet(tokens, verb, kAttended)) {
        draft.attendance = true;
      }
    }

    // Status.
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
    StatusCues cues =
        FindStatusCues(tokens, cue_from, trigger.first,
                       std::min(end - 1, trigger.last + 1), end - 1);
    if (trigger.nominal && !trigger.past) {
      // "The talks will cover ...", "talks due to be held on Saturday".
      static const WordSet kAfterNoun = {"will",    "'ll",      "would",
                                         "due",     "expected", "scheduled",
                                         "planned", "set"};
      // The noun may carry a short complement ("talks on the nuclear
      // programme, due to be held ...").
      for (int k = trigger.last + 1; k < std::min(end, trigger.last + 12);
           ++k) {
        // A relative clause may carry the cue ("a visit that had been set
        // for Wednesday"); other clauses end the noun's phrase.
        const bool relative =
            tokens[k].lower == "which" || tokens[k].lower == "that";
        bool cue_in_clause = false;
        for (int j = k + 1; relative && j <= k + 3 && j < end; ++j) {
          cue_in_clause = cue_in_clause || InSet(tokens, j, kAfterNoun);
        }
        if ((relative && !cue_in_clause) ||
            (tokens[k].lower == "," && !InSet(tokens, k + 1, kAfterNoun))) {
          break;
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
        // "a visit by X to Y is on the agenda", "X's visit later this year".
        if ((tokens[k].lower == "agenda" && Is(tokens, k - 1, "the") &&
             Is(tokens, k - 2, "on")) ||
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
      draft.status = v1::EVENT_STATUS_CANCELLED;
      draft.status_explicit = true;
    } else if (trigger.past || made_after_all) {
      draft.status = v1::EVENT_STATUS_OCCURRED;
      draft.status_explicit = true;
    } else if (cues.planned) {
      draft.status = v1::EVENT_STATUS_PLANNED;
      draft.status_explicit = true;
    }
    // "will travel to Astana and pay an official visit to Bishkek": a bare
    // verb joined by "and" to a planned trigger shares its future.
    if (t > 0 && !draft.status_explicit &&
        std::find(planned_trigger.begin(), planned_trigger.begin() + t, true) !=
            planned_trigger.begin() + t) {
      static const WordSet kBareVerbs = {
          "pay", "make", "hold", "travel", "visit",  "meet",    "go",
          "fly", "head", "tour", "stop",   "attend", "proceed", "continue"};
      // "will hold talks on Friday before flying to Rome": a gerund after
      // "before"/"after" is in the future of the clause it ends.
      const std::string& head = tokens[trigger.first].lower;
      if ((Is(tokens, trigger.first - 1, "before") ||
           Is(tokens, trigger.first - 1, "after")) &&
          absl::EndsWith(head, "ing")) {
        draft.status = v1::EVENT_STATUS_PLANNED;
        draft.status_explicit = true;
      }
      for (int k = triggers[t - 1].last + 1; k < trigger.first; ++k) {
        if (tokens[k].lower != "and") continue;
        int verb = k + 1;
        if (Is(tokens, verb, "then") || Is(tokens, verb, "also")) ++verb;
        if (verb <= trigger.first && InSet(tokens, verb, kBareVerbs)) {
          draft.status = v1::EVENT_STATUS_PLANNED;
          draft.status_explicit = true;
        }
        break;
      }
    }
    planned_trigger[t] = draft.status == v1::EVENT_STATUS_PLANNED;
    if (trigger.attend && draft.status != v1::EVENT_STATUS_PLANNED) continue;
    if (trigger.expected) {
      draft.status = v1::EVENT_STATUS_PLANNED;
      draft.status_explicit = true;
      planned_trigger[t] = true;
    }

    // Date: the closest expression, not across a speech verb.
    const DateMention* best_date = nullptr;
    int best_distance = 1 << 20;
    for (const DateMention& date : dates) {
      const bool inside = date.first >= begin && date.last < end;
      // "in October, when they met in Astana": the "when" clause is dated
      // by the time it explains, even "since October last year, when ...".
      const bool when_clause =
          date.last < trigger.first && (Is(tokens, date.last + 1, "when") ||
                                        (Is(tokens, date.last + 1, ",") &&
                                         Is(tokens, date.last + 2, "when")));
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
      // "since July" bounds a span; it does not date the event.
      if ((Is(tokens, date.first - 1, "since") && !when_clause) ||
          (Is(tokens, date.first - 1, "until") && !cues.rescheduled)) {
        continue;
      }
      // "said on Tuesday" dates the statement, not the event.
      const int before =
          date.first - (Is(tokens, date.first - 1, "on") ? 2 : 1);
      if (before >= 0 && kSpeech.contains(tokens[before].lower)) continue;
      const int lo = std::min(date.last, trigger.first);
      const int hi = std::max(date.first, trigger.last);
      // A date across a speech verb or inside another clause ("since he
      // came to power in July", "who arrived on Wednesday") is not this
      // event's.
      static const WordSet kClauses = {"since", "until", "who", "which",
                                       "when"};
      bool crosses = false;
      for (int k = lo + 1; k < hi; ++k) {
        crosses = crosses || kSpeech.contains(tokens[k].lower) ||
                  (kClauses.contains(tokens[k].lower) &&
                   !(when_clause && tokens[k].lower == "when") &&
                   !(cues.rescheduled && tokens[k].lower == "until"));
      }
      const bool before_trigger = date.last < trigger.first;
      // "after his first address in 2016, and attended a dinner": a date
      // in a clause coordinated before the trigger's.
      for (int k = date.last + 1; before_trigger && k + 1 < trigger.first;
           ++k) {
        crosses =
            crosses || (tokens[k].lower == "," && tokens[k + 1].lower == "and");
      }
      for (int k = std::max(begin, date.first - 6);
           before_trigger && k < date.first; ++k) {
        crosses =
            crosses || tokens[k].lower == "who" || tokens[k].lower == "which";
      }
      if (crosses) continue;
      // Too far to belong to the trigger; a sentence's only trigger may
      // stand further from its date when titles in apposition come between
      // ("held talks with X, general secretary of ..., in Beijing on
      // September 4").
      if (hi - lo > (triggers.size() == 1 && !before_trigger ? 40 : 24)) {
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
      draft.day_offset = DayPhraseOffset(tokens, k);
      if (draft.day_offset != EventDraft::kNoOffset) day_phrase = k;
    }
    // "Modi travels on to Greece on Friday" (written on Thursday): a verb in
    // the present with a day that could be either side is the schedule.
    const std::string& verb = tokens[trigger.first].lower;
    // Captions put past meetings in the present ("Putin meets Raisi in
    // Moscow, in December"), so only travel verbs and a day count.
    static const WordSet kTravelsOn = {"travels", "heads",   "flies",
                                       "leaves",  "departs", "goes"};
    if (best_date != nullptr && !draft.status_explicit && !trigger.past &&
        kTravelsOn.contains(verb) &&
        PrecisionOf(best_date->future) == DatePrecision::kDay &&
        best_date->future.SerializeAsString() !=
            best_date->past.SerializeAsString()) {
      draft.status = v1::EVENT_STATUS_PLANNED;
      draft.status_explicit = true;
    }
    if (best_date != nullptr) {
      const bool planned = draft.status == v1::EVENT_STATUS_PLANNED ||
                           draft.status == v1::EVENT_STATUS_CANCELLED;
      draft.date = planned ? best_date->future : best_date->past;
      if (!draft.status_explicit &&
          PrecisionOf(draft.date) != DatePrecision::kNone &&
          PrecisionOf(discourse.article_date) == DatePrecision::kDay &&
          FirstDay(best_date->future) > FirstDay(discourse.article_date) &&
          best_date->future.SerializeAsString() ==
              best_date->past.SerializeAsString()) {
        draft.status = v1::EVENT_STATUS_PLANNED;
      }
    } else if (day_phrase >= 0) {
      draft.date =
          DayAfterNamed(dates, day_phrase, draft.day_offset,
                        draft.status != v1::EVENT_STATUS_OCCURRED, discourse);
    }
    // A visit lasts days: the day of a summit attended need not be that of
    // the arrival reported elsewhere.
    if (trigger.attended)
      draft.date = Truncate(draft.date, DatePrecision::kMonth);

    // Participants.
    if (trigger.type == v1::EVENT_TYPE_AGREEMENT && t > 0 &&
        triggers[t - 1].type == v1::EVENT_TYPE_AGREEMENT &&
        IsAgreementPredicate(tokens, triggers[t - 1].last, trigger.first)) {
      // "New START, signed in 2010, is the last arms control treaty between
      // them": the predicate describes the subject's agreement.
      draft.anaphoric = true;
    }
    if (trigger.type == v1::EVENT_TYPE_AGREEMENT && t > 0 &&
        triggers[t - 1].type == v1::EVENT_TYPE_AGREEMENT &&
        trigger.first - triggers[t - 1].last <= 7 &&
        Is(tokens, triggers[t - 1].last + 1, ",") &&
        (Is(tokens, triggers[t - 1].last + 2, "the") ||
         Is(tokens, triggers[t - 1].last + 2, "a") ||
         Is(tokens, triggers[t - 1].last + 2, "an")) &&
        !Is(tokens, trigger.last + 1, "and") &&
        !Is(tokens, trigger.last + 1, ",") &&
        std::none_of(tokens.begin() + triggers[t - 1].last + 2,
                     tokens.begin() + trigger.first, [](const Token& t) {
                       return !t.word && t.lower != "-";
                     })) {
      // "the General Security of Military Information Agreement, the
      // intelligence-sharing pact that ...": the apposition names the same
      // agreement (a list would go on with "and" or a comma).
      draft.anaphoric = true;
    }
    if (trigger.type == v1::EVENT_TYPE_AGREEMENT) {
      // Name: the words before the head, stopping at a determiner; country
      // words in it are parties.
      static const WordSet kStop = {
          "a",        "an",       "the",       "this",     "that",
          "these",    "its",      "their",     "his",      "her",
          "our",      "of",       "on",        "to",       "with",
          "between",  "for",      "by",        "has",      "have",
          "had",      "is",       "was",       "be",       "will",
          "would",    "sign",     "signed",    "signing",  "called",
          "toward",   "towards",  "regarding", "about",    "and",
          "new",      "existing", "any",       "no",       "landmark",
          "historic", "reached",  "brokered",  "mediated", "backed"};
      std::vector<std::string> name_words;
      int k = trigger.first - 1;
      // The name may start before the region, in lowercase words, when
      // another trigger came without a comma ("met in Doha to revive the
      // 2015 nuclear deal").
      const int name_floor = t > 0 ? triggers[t - 1].last + 1 : 0;
      for (; k >= std::min(begin, name_floor) && trigger.first - k <= 7; --k) {
        const Token& token = tokens[k];
        if (kStop.contains(token.lower) || (k < begin && token.capitalized) ||
            (!token.word && token.lower != "-") || token.lower == "'s") {
          break;
        }
      }
      const int name_first = k + 1;
      // "this agreement", "the deal": a bare name that refers back.
      draft.anaphoric =
          draft.anaphoric ||
          (name_first == trigger.first && k >= 0 &&
           (tokens[k].lower == "this" || tokens[k].lower == "the" ||
            tokens[k].lower == "that"));
      // Names in the name are parties ("Iran-Russia treaty"), except a
      // single city, which names the venue ("the Beijing agreement").
      int places_in_name = 0, actors_in_name = 0;
      int sides = 0;  // Mentions that gave parties.
      for (const Mention& m : mentions) {
        if (m.first >= name_first && m.last < trigger.first) {
          ++(m.kind == MentionKind::kPlace ? places_in_name : actors_in_name);
        }
      }
      // The mediator or sponsor of a "Qatar-brokered" or "US-branded" text
      // is no party.
      auto sponsor = [&tokens](const Mention& m) {
        static const WordSet kCompounds = {"brokered", "mediated", "branded",
                                           "backed",   "based",    "sponsored"};
        return Is(tokens, m.last + 1, "-") &&
               InSet(tokens, m.last + 2, kCompounds);
      };
      for (const Mention& m : mentions) {
        if (m.first < name_first || m.last >= trigger.first || sponsor(m)) {
          continue;
        }
        if (m.kind == MentionKind::kPlace &&
            places_in_name + actors_in_name < 2) {
          continue;
        }
        AddParties(m, *kb_, discourse.article_date, &draft.participants);
        ++sides;
      }
      for (int j = name_first; j <= trigger.last; ++j) {
        bool in_mention = false;
        for (const Mention& m : mentions) {
          if (j >= m.first && j <= m.last && m.kind != MentionKind::kPerson) {
            in_mention = true;
          }
        }
        if (!in_mention && tokens[j].word)
          name_words.push_back(tokens[j].lower);
      }
      if (trigger.last == trigger.first &&
          tokens[trigger.first].lower == "memorandum") {
        name_words.push_back("of");
        name_words.push_back("understanding");
      }
      if (name_first == trigger.first &&
          (Is(tokens, trigger.last + 1, "on") ||
           Is(tokens, trigger.last + 1, "for"))) {
        // A bare head named by its subject: "an agreement on mutual visa
        // exemption" is not "an agreement on investments".
        // A capitalized head is a title whose capitalized words go on
        // ("the Treaty on Open Skies"); a country adjective may be part of
        // a subject too ("a treaty on the Kyrgyz-Tajik border").
        const bool title = tokens[trigger.first].capitalized;
        auto adjective_at = [&mentions](int k) {
          return std::any_of(
              mentions.begin(), mentions.end(), [k](const Mention& m) {
                return m.adjective && m.first <= k && k <= m.last;
              });
        };
        name_words.push_back(tokens[trigger.last + 1].lower);
        for (int k = trigger.last + 2;
             k < end && k <= trigger.last + (title ? 8 : 6); ++k) {
          const Token& token = tokens[k];
          if (token.lower == "-" && (title || adjective_at(k - 1))) continue;
          // "signed the Treaty on Open Skies in Helsinki on Monday".
          static const WordSet kTitleEnds = {"in", "at",     "on",    "by",
                                             "to", "during", "after", "before"};
          if (!token.word || (title && InSet(tokens, k, kTitleEnds)) ||
              (token.capitalized && !title && !adjective_at(k)) ||
              token.lower == "and" || token.lower == "with" ||
              token.lower == "between") {
            break;
          }
          name_words.push_back(token.lower);
        }
        if (name_words.back() == "on" || name_words.back() == "for") {
          name_words.pop_back();
        }
      }
      for (const std::string& word : name_words) {
        if (!draft.agreement_name.empty()) draft.agreement_name.push_back(' ');
        draft.agreement_name += word;
      }
      // "between X and Y", "with X" right after the head.
      bool with_partner = false;
      for (const Mention& m : mentions) {
        if (m.first <= trigger.last || m.first > trigger.last + 7 ||
            m.last >= end)
          continue;
        bool linked = false;
        for (int j = trigger.last + 1; j < m.first; ++j) {
          if (tokens[j].lower == "between" || tokens[j].lower == "with")
            linked = true;
          if (tokens[j].lower == "with") with_partner = true;
        }
        if (!linked || m.locative) continue;
        AddParties(m, *kb_, discourse.article_date, &draft.participants);
        ++sides;
      }
      // How many sides the sentence counts: "the two countries", "both
      // sides" (the article's pair, see two_sides), "the three are to
      // sign" (every person named is a side).
      static const WordSet kSides = {
          "countries", "sides",   "nations",    "governments", "states",
          "leaders",   "parties", "neighbours", "neighbors",   "capitals"};
      size_t wanted = 2;
      for (int k = 0; k + 1 < n; ++k) {
        if ((tokens[k].lower == "two" || tokens[k].lower == "both") &&
            InSet(tokens, k + 1, kSides)) {
          draft.two_sides = true;
        }
        if ((Is(tokens, k - 1, "the") || Is(tokens, k - 1, "all")) &&
            (tokens[k].lower == "three" || tokens[k].lower == "four")) {
          wanted = tokens[k].lower == "three" ? 3 : 4;
          draft.three_sides = draft.three_sides ||
                              (wanted == 3 && InSet(tokens, k + 1, kSides));
        }
      }
      // One side found, even of several countries ("a treaty with the five
      // Central Asian states"): the other is elsewhere in the sentence.
      if (draft.participants.size() < wanted || sides < 2) {
        // Fall back on the sentence: countries named (not as places, not
        // "Iranian media") and the countries of the persons in it.
        for (const Mention& m : mentions) {
          // "over fears of US sanctions": who imposes them is no party.
          // The city naming the agreement ("the Astana Declaration") is its
          // venue here too.
          const bool venue_in_name = m.kind == MentionKind::kPlace &&
                                     m.first >= name_first &&
                                     m.last < trigger.first;
          if (m.locative || venue_in_name ||
              Is(tokens, m.last + 1, "sanctions") || sponsor(m) ||
              PartOrMediatorOf(tokens, m.first)) {
            continue;
          }
          // "the BRICS summit", "the SCO gathering" is where, not who.
          static const WordSet kVenues = {
              "summit",    "summits",    "meeting",    "meetings",
              "forum",     "session",    "conference", "ministerial",
              "gathering", "gatherings", "congress",   "assembly"};
          // A summit known by name ("the China-Central Asia Summit") too.
          if ((m.kind == MentionKind::kCountry && !m.adjective) ||
              (m.kind == MentionKind::kOrganization &&
               !InSet(tokens, m.last + 1, kVenues) &&
               !absl::EndsWith(m.ids[0], "summit"))) {
            AddParties(m, *kb_, discourse.article_date, &draft.participants);
          } else if (m.kind == MentionKind::kPlace && !m.country.empty()) {
            const v1::Actor* country = kb_->FindActor(m.country);
            if (country && country->capital() == m.ids[0]) {
              AddParties(m, *kb_, discourse.article_date, &draft.participants);
            }
          } else if (m.kind == MentionKind::kPerson &&
                     (with_partner || draft.participants.size() < wanted)) {
            AddParties(m, *kb_, discourse.article_date, &draft.participants);
          } else if (m.kind == MentionKind::kGroup &&
                     (!m.group.empty() || m.ids.size() >= 3 ||
                      std::any_of(
                          tokens.begin() + m.first + 1,
                          tokens.begin() + m.last + 1,
                          [](const Token& t) { return t.capitalized; })) &&
                     (with_partner || draft.participants.size() < wanted)) {
            // "Xi and the leaders of the five Central Asian states signed
            // a treaty", "the leaders of Armenia and Azerbaijan": the
            // countries of the persons.
            for (const std::string& id : m.ids) {
              AddUnique(
                  mentions_->CountryOf(id, discourse.article_date, discourse),
                  &draft.participants);
            }
          }
        }
      }
      if (draft.participants.size() < 2) {
        // Organizations as parties: "with the Eurasian Economic Union".
        for (const Mention& m : mentions) {
          if (m.kind == MentionKind::kOrganization && !m.locative) {
            AddParties(m, *kb_, discourse.article_date, &draft.participants);
          }
        }
      }
      for (int k = std::max(0, trigger.first - 10); k < end; ++k) {
        const TokenText& w = tokens[k].lower;
        if ((w == "finalize" || w == "finalise" || w == "finalizing" ||
             w == "finalising") ||
            ((w == "finalized" || w == "finalised") &&
             (Is(tokens, k - 1, "be") || Is(tokens, k - 1, "being")))) {
          draft.unfinished = true;
        }
      }
      int cue = -1;
      const v1::Date sentence_date = draft.date;
      // Cues before the head count back to ten words, not across "but"
      // or ";" ("signed a deal, but a treaty is not in sight").
      int cue_from = std::min(begin, std::max(0, trigger.first - 10));
      for (int k = trigger.first - 1; k > cue_from; --k) {
        if (tokens[k].lower == "but" || tokens[k].lower == ";") {
          cue_from = k + 1;
          break;
        }
      }
      draft.agreement_status =
          AgreementCue(tokens, cue_from, end - 1, &cue, trigger.first);
      // The date of an agreement is that of the act reported: the date
      // expression nearest the deciding word ("ratified ... on Tuesday").
      if (cue >= 0) {
        const DateMention* nearest = nullptr;
        for (const DateMention& date : dates) {
          if (Is(tokens, date.first - 1, "since")) continue;
          const int distance =
              std::min(std::abs(date.first - cue), std::abs(date.last - cue));
          // "agreed in March, while the leaders signed a declaration":
          // the date is the other clause's.
          bool crosses = false, other_clause = false;
          for (int k = std::min(date.last, cue) + 1;
               k < std::max(date.first, cue); ++k) {
            crosses = crosses || tokens[k].lower == "," ||
                      kSpeech.contains(tokens[k].lower);
            other_clause = other_clause || tokens[k].lower == "while" ||
                           tokens[k].lower == "whereas";
          }
          if (!other_clause && distance <= (crosses ? 8 : 12) &&
              (nearest == nullptr ||
               distance < std::min(std::abs(nearest->first - cue),
                                   std::abs(nearest->last - cue)))) {
            nearest = &date;
          }
        }
        // A text ready to sign is dated by its signing to come only when the
        // words say so ("will sign it in March"); "agreed in March but not
        // yet signed" is past.
        bool future = false;
        if (nearest != nullptr &&
            (draft.agreement_status == v1::AGREEMENT_STATUS_PENDING_SIGNATURE ||
             draft.agreement_status == v1::AGREEMENT_STATUS_PROPOSED)) {
          static const WordSet kFutureCues = {
              "will", "'ll",     "to",  "expected", "scheduled",
              "set",  "planned", "due", "next",     "upcoming"};
          for (int k = std::max(0, std::min(cue, nearest->first) - 3);
               k <= std::max(cue, nearest->last) && k < n; ++k) {
            future = future || kFutureCues.contains(tokens[k].lower);
          }
        }
        draft.date = nearest == nullptr ? v1::Date()
                     : future           ? nearest->future
                                        : nearest->past;
      }
      if (draft.agreement_status == v1::AGREEMENT_STATUS_UNSPECIFIED &&
          listed_trigger >= 0) {
        bool joined = false, broken = false;
        for (int k = triggers[listed_trigger].last + 1; k < trigger.first;
             ++k) {
          joined = joined || tokens[k].lower == "and" || tokens[k].lower == ",";
          broken = broken || tokens[k].lower == ";" ||
                   tokens[k].lower == "but" || tokens[k].lower == "while";
        }
        if (joined && !broken) {
          draft.agreement_status = listed_status;
          draft.date = listed_date;
        }
      }
      draft.also_signed =
          cue > 0 && Is(tokens, cue - 1, "also") &&
          (tokens[cue].lower == "signed" || tokens[cue].lower == "inked");
      if (draft.agreement_status != v1::AGREEMENT_STATUS_UNSPECIFIED) {
        listed_trigger = static_cast<int>(t);
        listed_status = draft.agreement_status;
        listed_date = draft.date;
      }
      // "Putin and Pezeshkian signed the treaty in the Kremlin": leaders of
      // two countries signing together met.
      if (cue >= 0 &&
          (tokens[cue].lower == "signed" || tokens[cue].lower == "inked")) {
        EventDraft meeting = CoSigners(tokens, mentions, cue, draft, discourse);
        // "X, Y and Z signed a joint declaration": without parties named
        // by the agreement's words, the signers' countries are its parties,
        // all of them.
        if (sides < 2 && meeting.participants.size() >= 2) {
          int verb = cue;
          while (verb > 0 &&
                 (Is(tokens, verb - 1, "also") ||
                  Is(tokens, verb - 1, "have") || Is(tokens, verb - 1, "had") ||
                  Is(tokens, verb - 1, "jointly"))) {
            --verb;
          }
          for (const Mention* m : CoordinatedPersons(tokens, mentions, verb)) {
            AddParties(*m, *kb_, discourse.article_date, &draft.participants);
          }
        }
        if (PrecisionOf(meeting.date) == DatePrecision::kNone) {
          meeting.date = sentence_date;
        }
        if (!meeting.participants.empty()) drafts.push_back(std::move(meeting));
      }
      drafts.push_back(std::move(draft));
      continue;
    }

    std::vector<std::pair<std::string, std::string>> more_destinations;
    std::vector<std::string> persons;
    // Every participant was found outside the trigger's region.
    bool borrowed = false;
    auto add_mention = [&persons](const Mention& m) {
      for (const std::string& id : m.ids) AddUnique(id, &persons);
    };
    if (trigger.type == v1::EVENT_TYPE_VISIT) {
      // The traveller: "visit of/by X", "X's visit", else the nearest person
      // before the trigger, else the sentence's first person.
      const Mention* traveller = nullptr;
      for (const Mention& m : mentions) {
        if (PersonLike(m) && m.first > trigger.last &&
            m.first <= trigger.last + 2 &&
            (Is(tokens, trigger.last + 1, "of") ||
             Is(tokens, trigger.last + 1, "by"))) {
          traveller = &m;
        }
      }
      // "invited Putin to India": the person right after the verb.
      for (const Mention& m : mentions) {
        if (trigger.invitation && traveller == nullptr && PersonLike(m) &&
            m.first > trigger.first && m.first <= trigger.first + 4) {
          traveller = &m;
        }
      }
      if (trigger.invitation && traveller == nullptr) continue;
      // "invited Kim Jong Un to visit Moscow", "urged Xi to travel to ...":
      // the one invited travels.
      static const WordSet kInvite = {"invited", "invites", "inviting",
                                      "invite",  "urged",   "asked"};
      for (const Mention& m : mentions) {
        if (traveller != nullptr || !PersonLike(m) || m.last >= trigger.first ||
            trigger.first - m.last > 4 || !Is(tokens, m.last + 1, "to")) {
          continue;
        }
        for (int k = m.first - 1; k >= std::max(0, m.first - 4); --k) {
          if (!tokens[k].word) break;
          if (kInvite.contains(tokens[k].lower)) {
            traveller = &m;
            break;
          }
        }
      }
      static const WordSet kPrepositions = {
          "on", "with", "to", "by", "from", "for", "of", "about", "invited"};
      // "talks with President X, who is in Russia on a working visit": the
      // person the relative clause describes travels.
      for (int k = trigger.first - 1;
           traveller == nullptr && k >= std::max(0, trigger.first - 6); --k) {
        if (tokens[k].lower != "who") {
          if (!tokens[k].word) break;  // Another clause.
          continue;
        }
        int before = Is(tokens, k - 1, ",") ? k - 2 : k - 1;
        // "Prime Minister X of the Republic of India, who ...".
        for (const Mention& m : mentions) {
          if (m.kind != MentionKind::kCountry || m.last != before) continue;
          const int of =
              Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
          if (Is(tokens, of, "of")) before = of - 1;
        }
        for (const Mention& m : mentions) {
          if (PersonLike(m) && m.last == before) traveller = &m;
        }
        break;
      }
      if (traveller == nullptr) {
        for (const Mention& m : mentions) {
          // Objects ("call on President X and travel to ...") do not travel.
          if (PersonLike(m) && m.last < trigger.first && m.first >= begin &&
              !InSet(tokens, m.first - 1, kPrepositions)) {
            traveller = &m;
          }
        }
      }
      // "the two leaders had met in Moscow and during his own visit to
      // Tehran": the possessor travelled, not the sentence's subject.
      const std::string possessor =
          traveller == nullptr && trigger.definite
              ? PossessorOf(tokens, mentions, trigger.first, discourse,
                            mentions_)
              : std::string();
      if (traveller == nullptr && possessor.empty()) {
        // The sentence's subject: its first person who is not an object.
        for (const Mention& m : mentions) {
          if (PersonLike(m) && m.last < trigger.first &&
              !InSet(tokens, m.first - 1, kPrepositions)) {
            traveller = &m;
            break;
          }
        }
      }
      if (traveller != nullptr) {
        // "Costa and von der Leyen travelled to Beijing": the travellers
        // coordinated with the one found.
        for (const Mention* m :
             CoordinatedPersons(tokens, mentions, traveller->last + 1)) {
          add_mention(*m);
        }
      } else if (const std::string subject =
                     trigger.definite
                         ? possessor
                         : PronounSubject(tokens, mentions, trigger.first,
                                          discourse, mentions_);
                 !subject.empty()) {
        // "He travelled to Kazan"; in "He said this visit ..." the pronoun
        // is a speaker and "this visit" refers back.
        persons.push_back(subject);
      }
      // The delegation: "accompanied by X, Y and Z".
      static const WordSet kListing = {"consisting", "including", "comprising",
                                       "led", "of"};
      for (int j = 0; j + 1 < n; ++j) {
        const bool listing =
            (tokens[j].lower == "accompanied" && Is(tokens, j + 1, "by")) ||
            (tokens[j].lower == "delegation" && InSet(tokens, j + 1, kListing));
        if (!listing) continue;
        for (const Mention& m : mentions) {
          if (m.kind != MentionKind::kPerson || m.first <= j ||
              m.first > j + 20) {
            continue;
          }
          bool crosses_clause = false;
          for (int k = j + 1; k < m.first; ++k) {
            crosses_clause = crosses_clause ||
                             kSpeech.contains(tokens[k].lower) ||
                             tokens[k].lower == "who" || tokens[k].lower == ";";
          }
          if (!crosses_clause) add_mention(m);
        }
        break;
      }
      // The destination: the first place or country after the trigger, a
      // city of that country just after it, and further destinations joined
      // by "and" ("returned from the UAE and Saudi Arabia").
      // "travel from St Petersburg to the Gulf" goes to the Gulf; one who
      // "returned from the UAE" had been there (and went home "to" Moscow).
      const bool returning =
          absl::StartsWith(tokens[trigger.first].lower, "return");
      auto after_word = [&](const Mention& m, const char* word) {
        const int k =
            Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
        return Is(tokens, k, word);
      };
      const Mention* last_destination = nullptr;
      std::vector<std::pair<std::string, std::string>> listed_destinations;
      for (const Mention& m : mentions) {
        // "is in Russia on a working visit": being somewhere names the
        // place before the visit word merged into the trigger; so does
        // "arrived in Moscow for a state visit".
        const int after = trigger.presence ? trigger.first : trigger.head_last;
        if (m.first <= after || m.first >= end) continue;
        const bool where = m.kind == MentionKind::kPlace ||
                           (m.kind == MentionKind::kCountry && !m.adjective);
        if (!where) continue;
        // "attended the EU-China summit in Brussels": the venue, not a
        // party named in the meeting's name.
        if (trigger.attended && last_destination == nullptr &&
            !(Is(tokens, m.first - 1, "in") || Is(tokens, m.first - 1, "at"))) {
          continue;
        }
        if (last_destination == nullptr &&
            (returning ? after_word(m, "to") : after_word(m, "from"))) {
          continue;
        }
        const std::string place = m.kind == MentionKind::kPlace ? m.ids[0] : "";
        const std::string country =
            m.kind == MentionKind::kPlace ? m.country : m.ids[0];
        if (last_destination == nullptr) {
          draft.place = place;
          draft.country = country;
        } else if (draft.place.empty() && !place.empty() &&
                   country == draft.country &&
                   m.first <= last_destination->last + 8 &&
                   more_destinations.empty()) {
          draft.place = place;  // "visited Russia, stopping in Kazan".
        } else if (Is(tokens, m.first - 1, "and") &&
                   (m.first - 2 == last_destination->last ||
                    (Is(tokens, m.first - 2, ",") &&
                     m.first - 3 == last_destination->last))) {
          // "visited Kenya, Nigeria and Ghana": the comma-listed ones count
          // once "and" ends the list.
          more_destinations.insert(more_destinations.end(),
                                   listed_destinations.begin(),
                                   listed_destinations.end());
          listed_destinations.clear();
          more_destinations.push_back({place, country});
        } else if (Is(tokens, m.first - 1, ",") &&
                   m.first - 2 == last_destination->last &&
                   country != draft.country) {
          listed_destinations.push_back({place, country});
        } else {
          break;
        }
        last_destination = &m;
      }
      // "from Istanbul, where he attended a meeting": the place the
      // clause describes.
      const int where_at = Is(tokens, begin, "where") ? begin : begin - 1;
      if (draft.country.empty() && trigger.attended &&
          Is(tokens, where_at, "where") && Is(tokens, where_at - 1, ",")) {
        for (const Mention& m : mentions) {
          if (m.last == where_at - 2 &&
              (m.kind == MentionKind::kPlace ||
               (m.kind == MentionKind::kCountry && !m.adjective))) {
            draft.place = m.kind == MentionKind::kPlace ? m.ids[0] : "";
            draft.country =
                m.kind == MentionKind::kPlace ? m.country : m.ids[0];
          }
        }
      }
      if (draft.country.empty()) {
        // "was in Moscow on a working visit": a place just before.
        for (const Mention& m : mentions) {
          if (m.last < trigger.first && m.first >= trigger.first - 6 &&
              m.first >= begin && m.locative &&
              (m.kind == MentionKind::kPlace ||
               m.kind == MentionKind::kCountry)) {
            draft.place = m.kind == MentionKind::kPlace ? m.ids[0] : "";
            draft.country =
                m.kind == MentionKind::kPlace ? m.country : m.ids[0];
          }
        }
      }
      // "returned from Moscow on Wednesday": the day ends the visit.
      if (returning) draft.date = Truncate(draft.date, DatePrecision::kMonth);
      // "X will be in Baku": only with the person right before "will".
      if (tokens[trigger.first].lower == "be" &&
          !std::any_of(mentions.begin(), mentions.end(),
                       [&](const Mention& m) {
                         return PersonLike(m) && m.last == trigger.first - 2;
                       }) &&
          !Is(tokens, trigger.first - 2, "he") &&
          !Is(tokens, trigger.first - 2, "she")) {
        continue;
      }
      // Being somewhere, or attending something there, is a visit only
      // abroad, and only for a person.
      if ((trigger.presence || trigger.attended) &&
          (persons.empty() || draft.country.empty() ||
           mentions_->CountryOf(persons[0], discourse.article_date,
                                discourse) == draft.country)) {
        continue;
      }
    } else {
      // Persons talked about are not participants: "talks on Syria with
      // ... about Assad's future", "Trump's envoy Witkoff met Putin" (but
      // "Putin's meeting with Xi").
      static const WordSet kTopic = {"about", "regarding", "against", "over",
                                     "concerning"};
      // "Xi skipped the summit", "Putin did not attend": absent.
      static const WordSet kStayedAway = {"skipped", "skips", "boycotted",
                                          "boycotts", "snubbed"};
      auto topic = [&](const Mention& m) {
        if (InSet(tokens, m.first - 1, kTopic)) return true;
        if (InSet(tokens, m.last + 1, kStayedAway) ||
            (Is(tokens, m.last + 1, "did") && Is(tokens, m.last + 2, "not") &&
             Is(tokens, m.last + 3, "attend")) ||
            (Is(tokens, m.last + 1, "stayed") &&
             Is(tokens, m.last + 2, "away"))) {
          return true;
        }
        // "on behalf of King Salman", "on behalf of the Custodian of the
        // Two Holy Mosques King Salman": represented, not present.
        for (int k = m.first - 1; k >= 1 && k >= m.first - 9; --k) {
          if (tokens[k].lower == "," || tokens[k].lower == ";") break;
          if (Is(tokens, k, "of") && Is(tokens, k - 1, "behalf")) return true;
        }
        if (!Is(tokens, m.last + 1, "'s")) return false;
        return !(m.last + 2 <= trigger.last && trigger.first <= m.last + 4);
      };
      for (const Mention& m : mentions) {
        if (PersonLike(m) && in_region(m) && !is_spokesperson(m) && !topic(m)) {
          add_mention(m);
        }
      }
      // Speakers are sources, not participants, when others remain.
      std::vector<std::string> without_speakers;
      for (const Mention& m : mentions) {
        if (PersonLike(m) && in_region(m) && !m.speaker &&
            !is_spokesperson(m) && !topic(m)) {
          for (const std::string& id : m.ids) AddUnique(id, &without_speakers);
        }
      }
      if (without_speakers.size() >= 2) persons = without_speakers;
      // "where he held talks with X and Y", "he will meet X and Y": when
      // everyone found comes after the trigger, the subject takes part too.
      if (persons.size() >= 2) {
        bool all_objects = true;
        for (const Mention& m : mentions) {
          if (PersonLike(m) && in_region(m) && m.first <= trigger.last) {
            all_objects = false;
          }
        }
        if (all_objects) {
          std::string subject = PronounSubject(tokens, mentions, trigger.first,
                                               discourse, mentions_);
          // "Burns travelled to Doha for talks with A and B": the subject
          // of the clause before, unless a speech verb comes between.
          static const WordSet kObjectWords = {
              "on",  "with",     "to",     "by",       "from",
              "for", "of",       "about",  "and",      "invited",
              "met", "received", "hosted", "welcomed", "between"};
          for (const Mention& m : mentions) {
            if (!subject.empty() || m.last >= begin) break;
            if (m.kind != MentionKind::kPerson || m.speaker ||
                is_spokesperson(m) || topic(m) ||
                InSet(tokens, m.first - 1, kObjectWords)) {
              continue;
            }
            bool reported = false;
            for (int k = m.last + 1; k < trigger.first; ++k) {
              reported = reported || kSpeech.contains(tokens[k].lower) ||
                         tokens[k].lower == ";";
            }
            if (!reported) subject = m.ids[0];
            break;
          }
          if (!subject.empty()) persons.insert(persons.begin(), subject);
        }
      }
      // "when they held talks with X": "they" are the persons named before
      // it in the sentence.
      if (persons.size() < 3) {
        int they = -1;
        for (int k = begin; k < trigger.first; ++k) {
          if (tokens[k].lower == "they") they = k;
        }
        std::vector<std::string> before;
        for (const Mention& m : mentions) {
          if (they >= 0 && PersonLike(m) && m.last < they && !m.speaker &&
              !is_spokesperson(m) && !topic(m)) {
            for (const std::string& id : m.ids) AddUnique(id, &before);
          }
        }
        if (before.size() >= 2) {
          for (const std::string& id : persons) AddUnique(id, &before);
          persons = std::move(before);
        }
      }
      // "A and B met C separately before the three held talks together":
      // "the three" right before the trigger, with no noun, are the persons
      // named before it in the sentence when they are exactly three.
      if (persons.size() < 3) {
        static const auto* kCounts = new absl::flat_hash_map<std::string, int>{
            {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}};
        for (int k = std::max(1, trigger.first - 6); k < trigger.first; ++k) {
          const auto count = kCounts->find(tokens[k].lower);
          if (count == kCounts->end() ||
              (tokens[k - 1].lower != "the" && tokens[k - 1].lower != "all") ||
              tokens[k + 1].capitalized) {
            continue;
          }
          // A verb follows, not a noun: "the three held", "all three met".
          const std::string& verb = tokens[k + 1].lower;
          const bool pronoun =
              k + 1 == trigger.first || verb == "held" || verb == "had" ||
              verb == "met" || verb == "sat" || verb == "will" ||
              verb == "then" || verb == "also" || verb == "later";
          if (!pronoun) continue;
          std::vector<std::string> before;
          for (const Mention& m : mentions) {
            if (PersonLike(m) && m.last < k - 1 && !m.speaker &&
                !is_spokesperson(m) && !topic(m)) {
              for (const std::string& id : m.ids) AddUnique(id, &before);
            }
          }
          if (static_cast<int>(before.size()) == count->second) {
            persons = std::move(before);
            // Its "the" makes no definite "the talks" of the trigger.
            draft.anaphoric = false;
          }
          break;
        }
      }
      // "He was also received by X": the pronoun is the person the previous
      // sentences were about.
      if (persons.size() == 1) {
        std::string subject = PronounSubject(tokens, mentions, trigger.first,
                                             discourse, mentions_);
        // "She was received by Putin": a host receives a guest from another
        // country, the latest person named before of another country.
        const std::string host_country =
            mentions_->CountryOf(persons[0], discourse.article_date, discourse);
        const bool hosting =
            ReceiveVerbs().contains(tokens[trigger.first].lower) &&
            !Is(tokens, trigger.first, "joined");
        if (hosting && !subject.empty() && !host_country.empty() &&
            mentions_->CountryOf(subject, discourse.article_date, discourse) ==
                host_country) {
          const auto& previous = discourse.previous_persons;
          for (auto it = previous.rbegin(); it != previous.rend(); ++it) {
            const std::string country =
                mentions_->CountryOf(*it, discourse.article_date, discourse);
            if (!country.empty() && country != host_country &&
                mentions_->TitleOf(*it, discourse.article_date, discourse) !=
                    "spokesperson") {
              subject = *it;
              break;
            }
          }
        }
        if (!subject.empty() && subject != persons[0])
          persons.push_back(subject);
      }
      // "The meeting was their first since October, when they met in
      // Astana", "they held the summit with X": with nobody named before it
      // in the sentence, "they" as the trigger's subject are the
      // participants of the latest meeting reported, joined by those named
      // after the trigger.
      int they = -1;
      if (Is(tokens, trigger.first - 1, "they")) {
        they = trigger.first - 1;
      } else if (Is(tokens, trigger.first - 2, "they") &&
                 (Is(tokens, trigger.first - 1, "had") ||
                  Is(tokens, trigger.first - 1, "held"))) {
        they = trigger.first - 2;
      } else if (Is(tokens, trigger.first - 3, "they") &&
                 (Is(tokens, trigger.first - 2, "had") ||
                  Is(tokens, trigger.first - 2, "held")) &&
                 (Is(tokens, trigger.first - 1, "the") ||
                  Is(tokens, trigger.first - 1, "a"))) {
        they = trigger.first - 3;
      }
      bool named_before_they = false;
      for (const Mention& m : mentions) {
        named_before_they =
            named_before_they || (PersonLike(m) && m.first < they);
      }
      if (they >= 0 && !named_before_they &&
          discourse.last_meeting.size() >= 2) {
        std::vector<std::string> joined = discourse.last_meeting;
        for (const Mention& m : mentions) {
          if (PersonLike(m) && m.first > trigger.last && !m.speaker &&
              !is_spokesperson(m) && !topic(m)) {
            for (const std::string& id : m.ids) AddUnique(id, &joined);
          }
        }
        persons = std::move(joined);
      }
      // "The next round will be held on Saturday": the negotiators of the
      // latest meeting, when the sentence names no one else.
      if (trigger.round && persons.size() < 2 &&
          discourse.last_meeting.size() >= 2 &&
          IsSubset(persons, discourse.last_meeting)) {
        persons = discourse.last_meeting;
      }
      // Too few: "X met with Y" across regions, or the sentence's subject.
      if (persons.size() < 2 && !(trigger.definite && persons.empty())) {
        borrowed = persons.empty();
        // "X announced the summit after a phone call with Y": the speaker
        // of the clause the trigger is attached to by "after" made it.
        static const WordSet kAttached = {"after", "following", "during"};
        const bool attached = InSet(tokens, trigger.first - 1, kAttached) ||
                              InSet(tokens, trigger.first - 2, kAttached);
        std::vector<const Mention*> outside;
        for (const Mention& m : mentions) {
          // Not one talked about ("Trump's son-in-law Kushner flew to Abu
          // Dhabi for talks").
          if (PersonLike(m) && !in_region(m) && !topic(m) &&
              (!m.speaker || (attached && !is_spokesperson(m)))) {
            outside.push_back(&m);
          }
        }
        std::sort(outside.begin(), outside.end(),
                  [&trigger](const Mention* a, const Mention* b) {
                    return std::abs(a->first - trigger.first) <
                           std::abs(b->first - trigger.first);
                  });
        for (const Mention* m : outside) {
          if (persons.size() >= 2) break;
          add_mention(*m);
          // "Xi and the leaders of the five Central Asian states": a group
          // takes along the persons coordinated with it; so does a person
          // ("A, B and C discussed the deal by telephone").
          if (m->kind != MentionKind::kGroup && m->last >= trigger.first) {
            continue;
          }
          std::vector<const Mention*> coordinated =
              CoordinatedPersons(tokens, mentions, m->last + 1, true);
          // ", and" joins clauses ("... hosted by Scholz, and Bayramov and
          // Mirzoyan negotiated"): the coordination ends there.
          for (size_t c = coordinated.size(); c-- > 0;) {
            add_mention(*coordinated[c]);
            if (c == 0) break;
            bool clause = false;
            for (int k = coordinated[c - 1]->last + 1;
                 k + 1 < coordinated[c]->first; ++k) {
              clause =
                  clause || (Is(tokens, k, ",") && Is(tokens, k + 1, "and"));
            }
            if (clause) break;
          }
        }
      }
      if (trigger.type == v1::EVENT_TYPE_MEETING) {
        // The place: a locative after the trigger, else before it.
        const Mention* where = nullptr;
        for (int pass = 0; pass < 2 && where == nullptr; ++pass) {
          for (const Mention& m : mentions) {
            if (!in_region(m) || !m.locative) continue;
            if (m.kind != MentionKind::kPlace &&
                m.kind != MentionKind::kCountry)
              continue;
            const bool after = m.first > trigger.last;
            if ((pass == 0) != after) continue;
            if (where == nullptr ||
                (where->kind == MentionKind::kCountry &&
                 m.kind == MentionKind::kPlace && m.country == where->ids[0])) {
              where = &m;
            }
          }
        }
        if (where != nullptr) {
          if (where->kind == MentionKind::kPlace) {
            draft.place = where->ids[0];
            draft.country = where->country;
          } else {
            draft.country = where->ids[0];
          }
        }
      }
    }
    if (trigger.type != v1::EVENT_TYPE_VISIT && persons.size() < 2 &&
        !(trigger.definite && persons.empty())) {
      // Countries as participants: "US and Russian officials met", "talks
      // between Iran and the United States".
      static const WordSet kGroups = {"officials",  "delegations",
                                      "delegation", "negotiators",
                                      "diplomats",  "teams"};
      std::vector<std::string> countries;
      // "talks between American and Ukrainian officials": only the sides
      // named after "between".
      const bool between = Is(tokens, trigger.last + 1, "between");
      for (const Mention& m : mentions) {
        if (m.locative || !in_region(m)) continue;
        if (between &&
            (m.first <= trigger.last || m.first > trigger.last + 8)) {
          continue;
        }
        std::string country;
        if (m.kind == MentionKind::kCountry) {
          const bool group_adjective =
              m.adjective && (InSet(tokens, m.last + 1, kGroups) ||
                              (Is(tokens, m.last + 1, "and") &&
                               InSet(tokens, m.last + 3, kGroups)));
          if (!m.adjective || group_adjective) {
            country = m.ids[0];
            // "talks between China and the Central Asian states".
            for (size_t k = 1; k < m.ids.size(); ++k) {
              AddUnique(m.ids[k], &countries);
            }
          }
        } else if (m.kind == MentionKind::kPlace && !m.country.empty()) {
          // "Washington and Tehran prepared for talks": capitals as
          // governments.
          const v1::Actor* actor = kb_->FindActor(m.country);
          if (actor != nullptr && actor->capital() == m.ids[0])
            country = m.country;
        }
        if (!country.empty()) AddUnique(country, &countries);
      }
      if (persons.empty() && countries.size() >= 2) {
        draft.participants = std::move(countries);
        draft.country_level = true;
        drafts.push_back(std::move(draft));
        continue;
      }
      // "Putin later described the meeting as warm": a mention of an
      // earlier meeting, kept as evidence of it.
      draft.tentative = !trigger.definite;
      if (draft.tentative && (persons.empty() || (PrecisionOf(draft.date) ==
                                                      DatePrecision::kNone &&
                                                  draft.country.empty()))) {
        continue;  // Nothing to lend.
      }
    }
    // Nobody to attach the event to, and nothing earlier it can refer to.
    if (persons.empty() && !trigger.definite) continue;
    for (const std::string& id : persons) {
      AddUnique(mentions_->CountryOf(id, discourse.article_date, discourse),
                &draft.participant_countries);
    }
    // "X held talks with A, and with B the following day": one event per
    // "with" group, each with X and dated by its own words.
    if (trigger.type != v1::EVENT_TYPE_VISIT) {
      std::vector<EventDraft> split =
          SplitWithGroups(tokens, mentions, dates, trigger.first, trigger.last,
                          begin, end, draft, discourse);
      if (!split.empty()) {
        for (EventDraft& part : split) {
          part.separate = true;
          drafts.push_back(std::move(part));
        }
        continue;
      }
    }
    // "separate talks", "separate phone calls", "met separately"; not
    // "sat in separate rooms".
    static const WordSet kSeparateNouns = {
        "talks",         "meetings",    "meeting",   "calls",
        "call",          "phone",       "telephone", "conversations",
        "conversation",  "discussions", "bilateral", "sessions",
        "negotiations",  "audiences",   "video",     "one-on-one",
        "consultations", "encounters"};
    // "had been on the phone with both": one call with each of them.
    bool separate = Is(tokens, trigger.last + 1, "with") &&
                    (Is(tokens, trigger.last + 2, "both") ||
                     Is(tokens, trigger.last + 2, "each"));
    for (int k = begin; k < end; ++k) {
      separate = separate || tokens[k].lower == "separately" ||
                 (tokens[k].lower == "separate" &&
                  InSet(tokens, k + 1, kSeparateNouns));
    }
    // "returned from the UAE and Saudi Arabia, where he had held talks with
    // the UAE President and the Saudi Crown Prince": one meeting in each
    // place, with the person of that country.
    bool by_place = false;
    if (!separate && persons.size() >= 3 &&
        trigger.type == v1::EVENT_TYPE_MEETING) {
      std::vector<std::string> places;
      const Mention* last_place = nullptr;
      for (const Mention& m : mentions) {
        if (m.last >= trigger.first) break;
        const bool where = (m.kind == MentionKind::kCountry ||
                            m.kind == MentionKind::kPlace) &&
                           !m.country.empty();
        // "from the UAE and Saudi Arabia": the second place too.
        const int before =
            Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
        const bool joined = last_place != nullptr &&
                            Is(tokens, before, "and") &&
                            last_place->last == before - 1;
        if (where && (m.locative || joined)) {
          AddUnique(m.country, &places);
          last_place = &m;
        }
      }
      std::vector<std::string> visitors, hosts;
      for (const std::string& id : persons) {
        const std::string country =
            mentions_->CountryOf(id, discourse.article_date, discourse);
        (Contains(places, country) ? hosts : visitors).push_back(id);
      }
      std::vector<std::string> host_countries;
      for (const std::string& id : hosts) {
        AddUnique(mentions_->CountryOf(id, discourse.article_date, discourse),
                  &host_countries);
      }
      by_place = places.size() >= 2 && visitors.size() == 1 &&
                 hosts.size() >= 2 && host_countries.size() == hosts.size();
      if (by_place) {
        separate = true;
        persons = visitors;  // The hub below.
        persons.insert(persons.end(), hosts.begin(), hosts.end());
      }
    }
    if (separate && persons.size() >= 3 &&
        trigger.type != v1::EVENT_TYPE_VISIT) {
      // "held separate calls with X and Y": one event per partner. The
      // partner they share is the first person, or in "A and B met C
      // separately" the only person after the trigger.
      std::string hub = persons[0];
      int before = 0, after = 0;
      const Mention* object = nullptr;
      for (const Mention& m : mentions) {
        if (!PersonLike(m) || !in_region(m) ||
            std::find(persons.begin(), persons.end(), m.ids[0]) ==
                persons.end()) {
          continue;
        }
        if (m.last < trigger.first) {
          ++before;
        } else {
          ++after;
          object = &m;
        }
      }
      if (before >= 2 && after == 1 && object->kind == MentionKind::kPerson) {
        hub = object->ids[0];
      }
      for (const std::string& partner : persons) {
        if (partner == hub) continue;
        EventDraft pair = draft;
        pair.participants = {hub, partner};
        pair.participant_countries = {
            mentions_->CountryOf(hub, discourse.article_date, discourse),
            mentions_->CountryOf(partner, discourse.article_date, discourse)};
        pair.separate = true;
        if (by_place) {
          pair.place.clear();
          pair.country = pair.participant_countries[1];
        }
        drafts.push_back(std::move(pair));
      }
      continue;
    }
    if (trigger.type == v1::EVENT_TYPE_VISIT && persons.size() >= 2) {
      // Travellers from different countries make separate trips ("Aliyev
      // and Pashinyan have arrived at the White House"); a delegation of
      // one country or body makes one.
      std::vector<std::string> homes;
      for (const std::string& id : persons) {
        // The side a person travels for: the country, or for officials of
        // international bodies (the Commission and the Council travelling
        // together) those bodies as one side.
        const v1::Actor* actor = kb_->FindActor(id);
        const v1::Role* role =
            actor ? kb_->RoleOn(*actor, discourse.article_date) : nullptr;
        const bool international = role != nullptr && role->country().empty() &&
                                   !role->organization().empty();
        AddUnique(international ? std::string("international")
                                : mentions_->CountryOf(
                                      id, discourse.article_date, discourse),
                  &homes);
      }
      if (homes.size() == persons.size()) {
        for (const std::string& id : persons) {
          EventDraft trip = draft;
          trip.participants = {id};
          drafts.push_back(std::move(trip));
        }
        continue;
      }
    }
    draft.participants = std::move(persons);
    if (borrowed && draft.type == v1::EVENT_TYPE_MEETING) {
      // "X hosted A and B at a summit in Xi'an in May": the summit is the
      // meeting of the earlier trigger, which includes everyone it
      // borrowed; it lends that meeting its date and place.
      EventDraft* host = nullptr;
      for (EventDraft& earlier : drafts) {
        if (earlier.type == draft.type && earlier.status == draft.status &&
            earlier.participants.size() > draft.participants.size() &&
            IsSubset(draft.participants, earlier.participants)) {
          host = &earlier;
        }
      }
      if (host != nullptr) {
        if (PrecisionOf(host->date) == DatePrecision::kNone) {
          host->date = draft.date;
        }
        if (host->place.empty() && host->country.empty()) {
          host->place = draft.place;
          host->country = draft.country;
        }
        continue;
      }
    }
    // "Biden welcomed Kishida to Camp David", "the crown prince hosted
    // Raisi in Riyadh": the guest came to the meeting's place.
    const std::string& verb_word = tokens[trigger.first].lower;
    const bool welcome = verb_word == "welcomed" || verb_word == "welcomes";
    if (draft.type == v1::EVENT_TYPE_MEETING && !draft.country.empty() &&
        (welcome || verb_word == "hosted" || verb_word == "hosts" ||
         verb_word == "received" || verb_word == "receives")) {
      int guest_end = -1;  // The guest's last token, before the place.
      for (const Mention& m : mentions) {
        if (guest_end < 0 && PersonLike(m) && m.first > trigger.last &&
            m.first <= trigger.last + 3) {
          guest_end = m.last;
        }
      }
      // Further guests and their countries: "welcomed Prime Minister X of
      // Japan and President Y of Korea to Camp David".
      for (bool grew = guest_end >= 0; grew;) {
        grew = false;
        for (const Mention& m : mentions) {
          const bool of_country =
              m.kind == MentionKind::kCountry &&
              Is(tokens, guest_end + 1, "of") &&
              (m.first == guest_end + 2 ||
               (m.first == guest_end + 3 && Is(tokens, guest_end + 2, "the")));
          const bool next_guest = PersonLike(m) &&
                                  (Is(tokens, guest_end + 1, "and") ||
                                   Is(tokens, guest_end + 1, ",")) &&
                                  m.first > guest_end + 1 &&
                                  m.first <= guest_end + 4;
          if (of_country || next_guest) {
            guest_end = m.last;
            grew = true;
            break;
          }
        }
      }
      bool to_place = false;
      for (int k = guest_end + 1;
           guest_end >= 0 && k < end && k <= guest_end + 3; ++k) {
        if (!tokens[k].word) break;
        to_place = to_place || (welcome && tokens[k].lower == "to") ||
                   tokens[k].lower == "in" || tokens[k].lower == "at";
      }
      // "Xi was received in Paris by Macron": the subject is the guest.
      int guest_first = trigger.last + 1;
      if (Is(tokens, trigger.first - 1, "was") ||
          Is(tokens, trigger.first - 1, "were")) {
        for (const Mention& m : mentions) {
          if (PersonLike(m) && m.last == trigger.first - 2) {
            guest_first = m.first;
            guest_end = m.last;
            to_place = Is(tokens, trigger.last + 1, "in") ||
                       Is(tokens, trigger.last + 1, "at") ||
                       (welcome && Is(tokens, trigger.last + 1, "to"));
          }
        }
      }
      for (const Mention& m : mentions) {
        if (!to_place || !PersonLike(m) || m.first < guest_first ||
            m.last > guest_end) {
          continue;
        }
        for (const std::string& id : m.ids) {
          EventDraft trip = draft;
          trip.type = v1::EVENT_TYPE_VISIT;
          trip.participants = {id};
          trip.participant_countries = {
              mentions_->CountryOf(id, discourse.article_date, discourse)};
          trip.tentative = false;
          drafts.push_back(std::move(trip));
        }
      }
    }
    // "his first visit to China since January 2019": he had made one then.
    // Not "the first visit by a US president since 2016", someone else's.
    const int ordinal = Is(tokens, trigger.first - 1, "first")
                            ? trigger.first - 1
                            : trigger.first - 2;
    const bool own_first =
        draft.type == v1::EVENT_TYPE_VISIT && Is(tokens, ordinal, "first") &&
        (Is(tokens, ordinal - 1, "his") || Is(tokens, ordinal - 1, "her") ||
         Is(tokens, ordinal - 1, "their") || Is(tokens, ordinal - 1, "'s"));
    for (const DateMention& date : dates) {
      if (!own_first || date.first <= trigger.last || date.first >= end ||
          !Is(tokens, date.first - 1, "since") ||
          (PrecisionOf(draft.date) != DatePrecision::kNone &&
           DatesAgree(draft.date, date.past))) {
        continue;
      }
      EventDraft earlier = draft;
      earlier.status = v1::EVENT_STATUS_OCCURRED;
      earlier.status_explicit = true;
      earlier.anaphoric = false;
      earlier.date = date.past;
      drafts.push_back(std::move(earlier));
      break;
    }
    for (const auto& [place, country] : more_destinations) {
      EventDraft other = draft;
      other.place = place;
      other.country = country;
      // A tour's later stops come on later days.
      other.date = Truncate(other.date, DatePrecision::kMonth);
      drafts.push_back(std::move(other));
    }
    drafts.push_back(std::move(draft));
  }
  return drafts;
}

}  // namespace parley
