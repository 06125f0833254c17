#include "common/extract/events.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "common/util/agreement_name.h"
#include "common/util/date.h"

namespace parley {
namespace {

using WordSet = absl::flat_hash_set<std::string>;

// An event word in a sentence.
struct Trigger {
  v1::EventType type;
  int first = 0;  // First token of the trigger phrase.
  int last = 0;   // Last token.
  // Last token of the first trigger word's phrase, before close triggers
  // merged into it ("arrived in Moscow for a state visit": "arrived").
  int head_last = 0;
  bool past = false;      // A past-tense verb: the event happened.
  bool nominal = false;   // A noun ("meeting", "visit").
  bool definite = false;  // "the meeting", "his visit": may refer back.
  bool attend = false;    // "attend": a visit only when planned.
  // "was in Warsaw", "is expected in Moscow": a visit only when the place
  // is abroad for the person.
  bool presence = false;
  bool expected = false;  // "expected in", "due in": planned.
  // "attended the SCO summit in Astana": a visit only to a place named
  // after "in"/"at" (or before ", where"), abroad for the person.
  bool attended = false;
  // "invited Putin to India": the one invited is the traveller.
  bool invitation = false;
  bool dialled = false;  // "called X": a call when X is a person.
  // "no plans for a meeting", "could pick up the phone": it keeps its
  // words from other triggers but makes no event.
  bool unreal = false;
  // "the fifth round", "the next round": a round of a series of talks,
  // between the negotiators of the series when nobody is named.
  bool round = false;
};

bool Is(const std::vector<Token>& tokens, int i, const char* word) {
  return i >= 0 && i < static_cast<int>(tokens.size()) &&
         tokens[i].lower == word;
}

bool InSet(const std::vector<Token>& tokens, int i, const WordSet& set) {
  return i >= 0 && i < static_cast<int>(tokens.size()) &&
         set.contains(tokens[i].lower);
}

bool IsWeekdayWord(const std::string& word) {
  static const WordSet kDays = {"monday", "tuesday",  "wednesday", "thursday",
                                "friday", "saturday", "sunday"};
  return kDays.contains(word);
}

// Verbs of meeting someone as host or guest: a meeting only with a person
// as object ("received the Iranian minister", "joined Biden"), or in the
// passive ("was received by Putin").
const WordSet& ReceiveVerbs() {
  static const WordSet* kSet = new WordSet{
      "received", "receives", "receiving", "hosted", "hosts",  "hosting",
      "welcomed", "welcomes", "joined",    "joins",  "joining"};
  return *kSet;
}

const WordSet& Determiners() {
  static const WordSet* kSet = new WordSet{"the", "this", "his", "her", "their",
                                           "its", "my",   "our", "your"};
  return *kSet;
}

// Finds the determiner governing the noun at `i`, skipping up to two
// lowercase modifiers or a weekday ("the high-profile meeting", "the
// Wednesday talks"). Returns its index or -1.
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

// The index `words` words before `i`, counting a hyphenated compound
// ("wide-ranging", split into three tokens) as one word; at least `skip`.
int WordsBefore(const std::vector<Token>& tokens, int i, int words, int skip) {
  int k = i;
  for (int counted = 0; counted < words && k > skip; ++counted) {
    --k;
    while (k - 2 >= skip && tokens[k - 1].lower == "-") k -= 2;
  }
  return std::max(k, skip);
}

std::vector<Trigger> FindTriggers(const std::vector<Token>& tokens, int skip) {
  static const WordSet kMeetVerbs = {"met", "meet", "meets", "meeting"};
  static const WordSet kLightVerbs = {
      "held",      "hold",      "holds",    "holding", "had",    "have",
      "has",       "having",    "in",       "at",      "during", "after",
      "following", "conducted", "two-hour", "first"};
  static const WordSet kMeetNouns = {
      "talks",       "meeting",      "meetings",    "summit",
      "discussions", "negotiations", "conversation"};
  static const WordSet kVisitVerbs = {"visited", "visits", "visiting",
                                      "visit",   "toured", "tour"};
  static const WordSet kTravel = {
      "travelled", "traveled",  "travel",  "travels", "travelling", "traveling",
      "flew",      "fly",       "arrived", "arrives", "arrive",     "arriving",
      "came",      "comes",     "come",    "went",    "returned",   "headed",
      "heads",     "landed",    "lands",   "flying",  "flies",      "head",
      "heading",   "journeyed", "jetted",  "coming",  "landing",    "goes",
      "go",        "going",     "flown",   "arrival", "touched",    "touches"};
  // "left for Beijing", "departed for Astana", "set off for Ankara".
  static const WordSet kLeave = {"left",    "leave",     "leaves",
                                 "leaving", "departed",  "departs",
                                 "depart",  "departing", "off"};
  static const WordSet kAttend = {"attend", "attends", "attending"};
  static const WordSet kAgreementHeads = {
      "agreement",  "treaty", "pact",     "deal",        "accord",
      "memorandum", "mou",    "contract", "arrangement", "roadmap",
      "armistice",  "jcpoa",  "gsomia"};
  static const WordSet kNamedHeads = {"accords",     "agreements", "initiative",
                                      "declaration", "protocol",   "convention",
                                      "charter",     "communique", "plan"};
  static const WordSet kPast = {
      "met",     "visited",   "toured",    "travelled", "traveled", "flew",
      "arrived", "came",      "went",      "returned",  "left",     "departed",
      "landed",  "headed",    "journeyed", "received",  "hosted",   "welcomed",
      "flown",   "held",      "had",       "phoned",    "spoke",    "talked",
      "signed",  "conducted", "joined",    "touched"};
  // Every word that can start a trigger below; other tokens are skipped at
  // once (most of a sentence), which keeps extraction fast.
  static const WordSet* kStarts = [&] {
    auto* words = new WordSet{"call",
                              "calls",
                              "called",
                              "rang",
                              "dialled",
                              "dialed",
                              "phone",
                              "telephone",
                              "phoned",
                              "telephoned",
                              "phones",
                              "telephones",
                              "videoconference",
                              "teleconference",
                              "video",
                              "virtual",
                              "online",
                              "conference",
                              "conferences",
                              "ceremony",
                              "sat",
                              "conferred",
                              "talked",
                              "spoke",
                              "talk",
                              "speak",
                              "negotiated",
                              "negotiating",
                              "was",
                              "were",
                              "is",
                              "are",
                              "expected",
                              "due",
                              "spent",
                              "trip",
                              "trips",
                              "declaration",
                              "ceasefire",
                              "truce",
                              "zone",
                              "area",
                              "exchange",
                              "swap",
                              "start",
                              "corridor",
                              "fire",
                              "map",
                              "understanding",
                              "reached",
                              "stop",
                              "stopover",
                              "invited",
                              "invites",
                              "be",
                              "speaking",
                              "speaks",
                              "attended",
                              "took",
                              "participated",
                              "round"};
    for (const WordSet* set :
         {&kMeetVerbs, &kMeetNouns, &ReceiveVerbs(), &kVisitVerbs, &kTravel,
          &kLeave, &kAttend, &kAgreementHeads, &kNamedHeads}) {
      words->insert(set->begin(), set->end());
    }
    return words;
  }();
  std::vector<Trigger> triggers;
  const int n = static_cast<int>(tokens.size());
  for (int i = skip; i < n; ++i) {
    const TokenText& w = tokens[i].lower;
    if (!kStarts->contains(w)) continue;
    Trigger t;
    t.first = t.last = i;
    // Calls.
    const bool call_noun =
        (w == "call" || w == "calls") && !Is(tokens, i + 1, "for") &&
        !(Is(tokens, i + 1, "on") &&
          !(i + 2 < n && IsWeekdayWord(tokens[i + 2].lower))) &&
        (Is(tokens, i - 1, "'s") || Is(tokens, i - 1, "a") ||
         (i > 0 && Determiners().contains(tokens[i - 1].lower)));
    // "a virtual summit", "online talks": by video.
    const bool remote =
        (w == "virtual" || w == "online" || w == "video") &&
        (Is(tokens, i + 1, "summit") || Is(tokens, i + 1, "meeting") ||
         Is(tokens, i + 1, "talks") || Is(tokens, i + 1, "conversation"));
    // "Putin called Erdogan on Monday": a person right after the verb is
    // checked in Find (not "a group called Hamas", "called Putin a ...").
    static const WordSet kCopulas = {"is",    "was", "be",   "been",
                                     "being", "are", "were", "so"};
    const bool called_person =
        (w == "called" || w == "rang" || w == "dialled" || w == "dialed") &&
        i + 1 < n && tokens[i + 1].capitalized &&
        !IsWeekdayWord(tokens[i + 1].lower) &&
        !InSet(tokens, i - 1, kCopulas) && !Is(tokens, i - 1, "-");
    if (called_person) {
      t.type = v1::EVENT_TYPE_CALL;
      t.past = true;
      t.dialled = true;
      triggers.push_back(t);
      continue;
    }
    if (call_noun || remote || w == "phone" || w == "telephone" ||
        w == "phoned" || w == "telephoned" || w == "phones" ||
        w == "telephones" || w == "videoconference" || w == "teleconference" ||
        (w == "video" &&
         (Is(tokens, i + 1, "call") || Is(tokens, i + 1, "link") ||
          Is(tokens, i + 1, "conference")))) {
      t.type = v1::EVENT_TYPE_CALL;
      if (Is(tokens, i + 1, "call") || Is(tokens, i + 1, "conversation") ||
          Is(tokens, i + 1, "talks") || Is(tokens, i + 1, "link") ||
          Is(tokens, i + 1, "conference") || Is(tokens, i + 1, "summit") ||
          Is(tokens, i + 1, "meeting")) {
        t.last = i + 1;
      }
      for (int k = std::max(skip, i - 4); k < i; ++k) {
        if (kPast.contains(tokens[k].lower)) t.past = true;
      }
      t.past = t.past || w == "phoned" || w == "telephoned";
      triggers.push_back(t);
      i = t.last;
      continue;
    }
    // Meetings.
    if (kMeetVerbs.contains(w) &&
        !(w == "meeting" && DeterminerBefore(tokens, i) >= 0) &&
        !(w == "meeting" &&
          (Is(tokens, i - 1, "a") || Is(tokens, i - 1, "an")))) {
      t.type = v1::EVENT_TYPE_MEETING;
      t.past = w == "met";
      triggers.push_back(t);
      continue;
    }
    static const WordSet kRoundOrder = {
        "first",   "second",   "third",   "fourth", "fifth", "sixth",
        "seventh", "eighth",   "ninth",   "tenth",  "next",  "last",
        "latest",  "previous", "another", "new"};
    if (w == "round" && InSet(tokens, i - 1, kRoundOrder) &&
        !Is(tokens, i + 1, "of") && !Is(tokens, i + 1, "-")) {
      t.type = v1::EVENT_TYPE_MEETING;
      t.nominal = true;
      t.round = true;
      for (int k = WordsBefore(tokens, i, 3, skip); k < i; ++k) {
        if (kPast.contains(tokens[k].lower)) t.past = true;
      }
      triggers.push_back(t);
      continue;
    }
    if (kMeetNouns.contains(w) ||
        (w == "ceremony" && Is(tokens, i - 1, "signing")) ||
        ((w == "conference" || w == "conferences") &&
         (Is(tokens, i - 1, "news") || Is(tokens, i - 1, "press")))) {
      // "dialogue and talks", "talks are underway" are not meetings: a noun
      // needs a determiner, a light verb, or a "with"/"between" partner.
      const int determiner = DeterminerBefore(tokens, i);
      bool light = false;
      for (int k = WordsBefore(tokens, i, 3, skip); k < i; ++k) {
        if (kLightVerbs.contains(tokens[k].lower) || tokens[k].lower == "a" ||
            tokens[k].lower == "an") {
          light = true;
        }
      }
      // "met in Munich for talks", "flew to Ankara for talks"; "the last
      // round of US-Iran talks".
      light = light || Is(tokens, i - 1, "for");
      for (int k = WordsBefore(tokens, i, 4, skip); k + 1 < i; ++k) {
        light = light || (Is(tokens, k, "round") && Is(tokens, k + 1, "of"));
      }
      const bool partner =
          Is(tokens, i + 1, "with") || Is(tokens, i + 1, "between");
      if (determiner < 0 && !light && !partner && w != "summit") continue;
      // "on the sidelines of the BRICS summit" places a meeting; it is not one.
      bool sidelines = false;
      for (int k = std::max(skip, i - 6); k < i; ++k) {
        if (tokens[k].lower == "sidelines" || tokens[k].lower == "margins") {
          sidelines = true;
        }
      }
      if (sidelines) continue;
      t.type = v1::EVENT_TYPE_MEETING;
      t.nominal = true;
      t.definite = determiner >= 0 && !partner;
      for (int k = WordsBefore(tokens, i, 3, skip); k < i; ++k) {
        if (kPast.contains(tokens[k].lower)) t.past = true;
      }
      triggers.push_back(t);
      continue;
    }
    if (ReceiveVerbs().contains(w) ||
        ((w == "call" || w == "called" || w == "calls") &&
         Is(tokens, i + 1, "on") && i + 2 < n && tokens[i + 2].capitalized &&
         !IsWeekdayWord(tokens[i + 2].lower))) {
      t.type = v1::EVENT_TYPE_MEETING;
      t.past = kPast.contains(w);
      triggers.push_back(t);
      continue;
    }
    // "talked face to face", "spoke one-on-one", "met in person".
    const bool in_person =
        (Is(tokens, i + 1, "face") && Is(tokens, i + 3, "face")) ||
        Is(tokens, i + 1, "face-to-face") || Is(tokens, i + 1, "one-on-one") ||
        (Is(tokens, i + 1, "in") && Is(tokens, i + 2, "person"));
    if (((w == "talked" || w == "spoke" || w == "talk" || w == "speak") &&
         in_person) ||
        (w == "sat" && Is(tokens, i + 1, "down")) || w == "conferred" ||
        ((w == "negotiated" || w == "negotiating") &&
         (Is(tokens, i + 1, "in") || Is(tokens, i + 1, "at") ||
          Is(tokens, i + 1, "with") || Is(tokens, i + 1, "for")))) {
      t.type = v1::EVENT_TYPE_MEETING;
      t.past = (w != "negotiating" && w != "talk" && w != "speak") ||
               Is(tokens, i - 3, "spent") || Is(tokens, i - 1, "were") ||
               Is(tokens, i - 1, "was");
      triggers.push_back(t);
      continue;
    }
    // Visits. The place may follow "the" ("flew into the Russian capital").
    // "travels on to Greece", "flew onward to Rome": the place follows.
    // "returned only yesterday from the UAE", "flew back to Moscow".
    static const WordSet kAdverbs = {
        "only",    "yesterday", "today", "back", "home", "briefly", "later",
        "earlier", "again",     "then",  "also", "late", "down"};
    int preposition = i + 1;
    while (preposition < n && preposition <= i + 2 &&
           InSet(tokens, preposition, kAdverbs)) {
      ++preposition;
    }
    if ((Is(tokens, preposition, "on") || Is(tokens, preposition, "onward") ||
         Is(tokens, preposition, "onwards")) &&
        Is(tokens, preposition + 1, "to")) {
      ++preposition;
    }
    const int place_at =
        Is(tokens, preposition + 1, "the") ? preposition + 2 : preposition + 1;
    // "chose not to travel to Turkey", "has never visited Iran".
    const bool negated = Is(tokens, i - 1, "not") ||
                         Is(tokens, i - 1, "never") ||
                         (Is(tokens, i - 1, "to") && Is(tokens, i - 2, "not"));
    if (negated && (kVisitVerbs.contains(w) || kTravel.contains(w))) continue;
    // "allow goods to travel", "tourists visiting Moscow": freight and
    // private people make no official trip.
    static const WordSet kNotEnvoys = {
        "goods",     "cargo",      "freight",    "trains",   "trucks",
        "lorries",   "vehicles",   "ships",      "vessels",  "tankers",
        "shipments", "containers", "passengers", "tourists", "pilgrims",
        "migrants",  "refugees",   "students",   "fans",     "travellers",
        "travelers", "flights",    "planes",     "aircraft", "oil",
        "gas",       "products",   "exports",    "imports",  "visitors"};
    const int subject = Is(tokens, i - 1, "to") || Is(tokens, i - 1, "can") ||
                                Is(tokens, i - 1, "could") ||
                                Is(tokens, i - 1, "will") ||
                                Is(tokens, i - 1, "would")
                            ? i - 2
                            : i - 1;
    if (InSet(tokens, subject, kNotEnvoys) &&
        (kVisitVerbs.contains(w) || kTravel.contains(w))) {
      continue;
    }
    // "Modi reached Washington on Wednesday": a place right after.
    static const WordSet kMonths = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    const bool reached_place = w == "reached" && i + 1 < n &&
                               tokens[i + 1].capitalized &&
                               !IsWeekdayWord(tokens[i + 1].lower) &&
                               !kMonths.contains(tokens[i + 1].lower);
    // "made a stop in Baku", "a stopover in Doha".
    const bool stop_in = (w == "stop" || w == "stopover") &&
                         Is(tokens, i + 1, "in") && i + 2 < n &&
                         tokens[i + 2].capitalized;
    if (reached_place || stop_in) {
      t.type = v1::EVENT_TYPE_VISIT;
      t.past = reached_place;
      for (int k = std::max(skip, i - 3); stop_in && k < i; ++k) {
        t.past = t.past || tokens[k].lower == "made";
      }
      triggers.push_back(t);
      continue;
    }
    if (kVisitVerbs.contains(w) || w == "trip" || w == "trips" ||
        (kLeave.contains(w) && Is(tokens, i + 1, "for") && place_at < n &&
         tokens[place_at].capitalized) ||
        (kTravel.contains(w) &&
         (Is(tokens, preposition, "to") || Is(tokens, preposition, "in") ||
          Is(tokens, preposition, "into") || Is(tokens, preposition, "from") ||
          (Is(tokens, preposition, "at") && w.rfind("arriv", 0) == 0)) &&
         place_at < n && tokens[place_at].capitalized)) {
      if (w == "visits" &&
          (Is(tokens, i - 1, "mutual") || Is(tokens, i - 1, "exchange"))) {
        continue;
      }
      t.type = v1::EVENT_TYPE_VISIT;
      t.past = kPast.contains(w);
      // "upon his arrival in Riyadh", "on arrival at Vnukovo": it happened.
      if (w == "arrival" && !Is(tokens, i - 1, "upcoming") &&
          !Is(tokens, i - 1, "expected")) {
        for (int k = std::max(skip, i - 8); k < i; ++k) {
          // "will be received upon arrival": still to come.
          if (tokens[k].lower == "will" || tokens[k].lower == "'ll" ||
              tokens[k].lower == "to") {
            t.past = false;
            t.expected = true;
            break;
          }
          t.past = t.past || (k >= i - 2 && (tokens[k].lower == "upon" ||
                                             tokens[k].lower == "on" ||
                                             tokens[k].lower == "after"));
        }
      }
      t.nominal = w == "trip" || w == "trips" ||
                  (w == "visit" && DeterminerBefore(tokens, i) >= 0) ||
                  (w == "visit" &&
                   (Is(tokens, i - 1, "a") || Is(tokens, i - 1, "state") ||
                    Is(tokens, i - 1, "official")));
      t.definite = t.nominal && DeterminerBefore(tokens, i) >= 0;
      triggers.push_back(t);
      continue;
    }
    // "spent two days in Doha".
    int spent_in = -1;
    for (int k = i + 1; w == "spent" && k <= i + 4 && k + 1 < n; ++k) {
      if (tokens[k].lower == "in" && tokens[k + 1].capitalized) spent_in = k;
    }
    if (spent_in > 0) {
      t.type = v1::EVENT_TYPE_VISIT;
      t.presence = true;
      t.past = true;
      t.last = spent_in;
      triggers.push_back(t);
      continue;
    }
    // "invited Putin to India for the next summit", "was invited to
    // Moscow": a planned trip of the one invited, to the place after "to".
    if (w == "invited" || w == "invites") {
      int to = -1;
      for (int k = i + 1; k < n && k <= i + 7 && to < 0; ++k) {
        if (!tokens[k].word) break;
        if (tokens[k].lower == "to") to = k;
      }
      const int place = Is(tokens, to + 1, "the") ? to + 2 : to + 1;
      if (to > 0 && place < n && tokens[place].capitalized) {
        t.type = v1::EVENT_TYPE_VISIT;
        t.expected = true;
        t.invitation = !Is(tokens, i - 1, "was") &&
                       !Is(tokens, i - 1, "were") &&
                       !Is(tokens, i - 1, "been") && !Is(tokens, i - 1, "be");
        triggers.push_back(t);
      }
      continue;
    }
    // "will be in Baku on Friday" (a person must say "will", checked in
    // Find); "speaking in Ankara after talks with X".
    const bool will_be =
        w == "be" && (Is(tokens, i - 1, "will") || Is(tokens, i - 1, "'ll"));
    const bool speaking_in = w == "speaking" || w == "spoke" || w == "speaks";
    if ((w == "was" || w == "were" || w == "is" || w == "are" ||
         w == "expected" || w == "due" || will_be || speaking_in) &&
        Is(tokens, i + 1, "in") && place_at < n &&
        tokens[place_at].capitalized) {
      t.type = v1::EVENT_TYPE_VISIT;
      t.presence = true;
      t.expected = w == "expected" || w == "due" || will_be;
      t.past = w == "was" || w == "were" || speaking_in;
      triggers.push_back(t);
      continue;
    }
    // "attended the summit in Astana", "took part in the OIC meeting in
    // Istanbul", "participated in talks in Doha", "was attending ...".
    const bool took_part =
        ((w == "took" && Is(tokens, i + 1, "part")) || w == "participated") &&
        (Is(tokens, i + 1, "in") || Is(tokens, i + 2, "in"));
    const bool attended = w == "attended" || took_part ||
                          (w == "attending" && (Is(tokens, i - 1, "was") ||
                                                Is(tokens, i - 1, "were")));
    if (kAttend.contains(w) || attended) {
      // Attending something abroad is a visit we can place when it is
      // announced ("will attend", "is expected to attend") or named with
      // its venue.
      bool planned = false;
      for (int k = std::max(skip, i - 4); k < i; ++k) {
        const std::string& cue = tokens[k].lower;
        planned = planned || cue == "will" || cue == "to" ||
                  cue == "expected" || cue == "plans" || cue == "'ll";
      }
      t.type = v1::EVENT_TYPE_VISIT;
      if (planned && !attended) {
        t.attend = true;
      } else if (attended && !planned) {
        t.attended = true;
        t.past = true;
        if (took_part) t.last = Is(tokens, i + 1, "in") ? i + 1 : i + 2;
      } else {
        continue;
      }
      triggers.push_back(t);
      continue;
    }
    // Agreements: a singular head ("free trade zone" counts too), a named
    // one ("the Abraham Accords", "the Black Sea Grain Initiative", "the
    // Tehran Declaration"), a joint declaration, a ceasefire or truce.
    // "the Abraham Accords", "the Declaration of Cooperation".
    // "signed a protocol on ...", "signed a 10-year contract", "signed, in
    // Manama yesterday, a joint communique": heads that are agreements only
    // when signed.
    bool signed_head = false;
    for (int k = std::max(skip, i - 10); k < i; ++k) {
      signed_head = signed_head || tokens[k].lower == "signed" ||
                    tokens[k].lower == "inked";
    }
    const bool named_head =
        kNamedHeads.contains(w) &&
        ((tokens[i].capitalized && ((i > 0 && tokens[i - 1].capitalized) ||
                                    (Is(tokens, i + 1, "of") && i + 2 < n &&
                                     tokens[i + 2].capitalized))) ||
         (signed_head && w != "agreements" && w != "accords"));
    // "a prisoner exchange between Washington and Tehran", "an exchange of
    // prisoners".
    const bool swap =
        (w == "exchange" || w == "swap") &&
        (Is(tokens, i - 1, "prisoner") || Is(tokens, i - 1, "prisoners") ||
         (Is(tokens, i + 1, "of") &&
          (Is(tokens, i + 2, "prisoners") || Is(tokens, i + 2, "detainees"))));
    // Two-word spellings: "a cease-fire", "a road map".
    const bool split_head =
        (w == "fire" && Is(tokens, i - 1, "-") && Is(tokens, i - 2, "cease")) ||
        (w == "map" && Is(tokens, i - 1, "road"));
    // "reached an understanding on", not "a better understanding of".
    const bool understanding =
        w == "understanding" && !Is(tokens, i + 1, "of") &&
        (Is(tokens, i - 1, "an") ||
         (Is(tokens, i - 1, "new") && Is(tokens, i - 2, "a")));
    // "New START": the treaty by its capitalized short name.
    const bool short_name = w == "start" && tokens[i].capitalized &&
                            Is(tokens, i - 1, "new") &&
                            tokens[i - 1].capitalized;
    // "the grain corridor" is the deal that opened it, unlike a transport
    // corridor.
    const bool corridor = w == "corridor" && Is(tokens, i - 1, "grain");
    if (kAgreementHeads.contains(w) || named_head || swap || short_name ||
        corridor || split_head || understanding ||
        (w == "declaration" && Is(tokens, i - 1, "joint")) ||
        w == "ceasefire" || w == "truce" ||
        ((w == "zone" || w == "area") && Is(tokens, i - 1, "trade"))) {
      // The verb "to deal with", but not the noun in "the grain deal with
      // Ukraine", "a deal with Iran".
      // "a fishing deal with Chile" too: an article before modifiers.
      int article = i - 1;
      while (
          article > i - 4 && article > 0 &&
          (tokens[article].lower == "-" ||
           (tokens[article].word && !tokens[article].capitalized &&
            tokens[article].lower != "a" && tokens[article].lower != "an"))) {
        --article;
      }
      const bool noun_deal = DeterminerBefore(tokens, i) >= 0 ||
                             Is(tokens, article, "a") ||
                             Is(tokens, article, "an");
      if (w == "deal" && ((Is(tokens, i + 1, "with") && !noun_deal) ||
                          Is(tokens, i - 1, "to"))) {
        continue;
      }
      // "the New START treaty", "a roadmap agreement": one agreement, named
      // by its last head.
      if (InSet(tokens, i + 1, kAgreementHeads)) continue;
      // A contract is an agreement when it is for supplies or signed
      // ("signed a 10-year contract"), not a company's business.
      if (w == "contract" && !Is(tokens, i - 1, "gas") &&
          !Is(tokens, i - 1, "supply") && !signed_head) {
        continue;
      }
      t.type = v1::EVENT_TYPE_AGREEMENT;
      t.nominal = true;
      triggers.push_back(t);
      continue;
    }
  }
  // A call absorbs the meeting words of its sentence ("phone talks").
  for (size_t c = 0; c < triggers.size(); ++c) {
    if (triggers[c].type != v1::EVENT_TYPE_CALL) continue;
    const int first = triggers[c].first;
    const int last = triggers[c].last;
    triggers.erase(std::remove_if(triggers.begin(), triggers.end(),
                                  [first, last](const Trigger& t) {
                                    return t.type == v1::EVENT_TYPE_MEETING &&
                                           t.last >= first - 4 &&
                                           t.first <= last + 4;
                                  }),
                   triggers.end());
  }
  // The summit someone will attend is where the visit goes, not a meeting
  // of its own.
  for (size_t t = 0; t + 1 < triggers.size(); ++t) {
    if (triggers[t].attend && triggers[t + 1].type == v1::EVENT_TYPE_MEETING &&
        triggers[t + 1].first <= triggers[t].last + 4) {
      triggers.erase(triggers.begin() + static_cast<long>(t) + 1);
    }
  }
  // Close triggers of one type are one trigger ("held a meeting ... talks").
  std::vector<Trigger> merged;
  for (const Trigger& t : triggers) {
    // "met in Munich in February 2024 for talks": "for" joins a noun to the
    // verb a little further away.
    int reach = Is(tokens, t.first - 1, "for") ? 10 : 6;
    // "are expected to meet again, together with X, at a trilateral summit
    // in Khujand": the summit is where the meeting verb's meeting is held.
    if (t.nominal && !merged.empty() && !merged.back().nominal &&
        (Is(tokens, t.first - 2, "at") || Is(tokens, t.first - 3, "at"))) {
      reach = 14;
    }
    if (!merged.empty() && merged.back().type == t.type &&
        t.type != v1::EVENT_TYPE_AGREEMENT &&
        t.first - merged.back().last <= reach) {
      merged.back().last = t.last;
      merged.back().past = merged.back().past || t.past;
      merged.back().definite = merged.back().definite && t.definite;
      merged.back().nominal = merged.back().nominal && t.nominal;
      continue;
    }
    merged.push_back(t);
    merged.back().head_last = t.last;
  }
  return merged;
}

// "the first foreign minister to", "the only leader to", "the second
// president to": `to` after an ordinal and its noun phrase names who did
// something, not a plan.
bool FirstToDo(const std::vector<Token>& tokens, int to) {
  static const WordSet kOrdinals = {"first", "second", "third",  "only",
                                    "last",  "latest", "fourth", "fifth"};
  for (int k = to - 1; k >= 0 && k >= to - 5; --k) {
    if (kOrdinals.contains(tokens[k].lower)) return Is(tokens, k - 1, "the");
    if (!tokens[k].word || tokens[k].lower == "will" ||
        tokens[k].lower == "plans") {
      return false;
    }
  }
  return false;
}

// Status cues around a trigger.
struct StatusCues {
  bool planned = false;
  bool cancelled = false;
  bool rescheduled = false;  // "postponed until May": planned for then.
  // Only a postponement without a new date makes it cancelled.
  bool only_postponed = false;
};

// Status cues for the trigger at `trigger`: planned cues in [from, to],
// cancellation anywhere in [from, cancel_to] ("the meeting ... was
// cancelled", "will not take place").
StatusCues FindStatusCues(const std::vector<Token>& tokens, int from,
                          int trigger, int to, int cancel_to) {
  static const WordSet kPlanned = {
      "will",      "'ll",      "shall",       "would",        "plans",
      "planned",   "planning", "plan",        "expected",     "expects",
      "scheduled", "due",      "upcoming",    "forthcoming",  "future",
      "hopes",     "hope",     "hoped",       "hoping",       "intends",
      "intend",    "invited",  "invitation",  "preparations", "preparing",
      "prepare",   "ahead",    "next",        "set",          "proposed",
      "aims",      "seeks",    "wants",       "wish",         "possible",
      "potential", "likely",   "tomorrow",    "soon",         "could",
      "might",     "may",      "considering", "mulling",      "weighing"};
  // "postponed" is decided below: cancelled without a new date, planned
  // with one.
  static const WordSet kCancelled = {"cancelled", "canceled",   "scrapped",
                                     "cancel",    "called-off", "shelved"};
  StatusCues cues;
  for (int k = std::max(0, from);
       k <= std::max(to, cancel_to) && k < static_cast<int>(tokens.size());
       ++k) {
    const TokenText& w = tokens[k].lower;
    // A postponement without a new date leaves the event cancelled as
    // reported ("postponed the visit"); "postponed until May" does not.
    const bool postpone_word = w == "postponed" || w == "postpones" ||
                               w == "postpone" || w == "deferred" ||
                               (w == "put" && Is(tokens, k + 1, "off"));
    bool postponed = postpone_word;
    for (int j = k + 1;
         postponed && j <= k + 8 && j < static_cast<int>(tokens.size()); ++j) {
      if (tokens[j].lower == "," || tokens[j].lower == ";") break;
      if (tokens[j].lower == "until" || tokens[j].lower == "till" ||
          (j == k + 1 && tokens[j].lower == "to")) {
        postponed = false;  // A new date follows.
      }
    }
    if (postpone_word && !postponed) {
      cues.rescheduled = true;
      cues.planned = true;
    }
    // "dropped plans to visit", "abandoned plans for a trip".
    const bool dropped_plans =
        (w == "dropped" || w == "abandoned" || w == "ditched") &&
        Is(tokens, k + 1, "plans");
    const bool called_off =
        kCancelled.contains(w) || dropped_plans ||
        (w == "called" && Is(tokens, k + 1, "off")) ||
        (w == "place" && Is(tokens, k - 1, "take") && Is(tokens, k - 2, "not"));
    if (postponed && !cues.cancelled) cues.only_postponed = true;
    if (called_off) cues.only_postponed = false;
    if (called_off || postponed) cues.cancelled = true;
    if (k > to) continue;
    // Planned cues count before the trigger, and "upcoming"-like words
    // anywhere near it.
    // "may visit" (not the month "In May").
    if (kPlanned.contains(w) && (k < trigger || w == "planned") &&
        !(w == "may" && tokens[k].capitalized)) {
      if (w == "set" && !Is(tokens, k + 1, "to") && !Is(tokens, k + 1, "for"))
        continue;
      if (w == "next" &&
          !(Is(tokens, k + 1, "week") || Is(tokens, k + 1, "month") ||
            Is(tokens, k + 1, "year"))) {
        continue;
      }
      cues.planned = true;
    }
    // "offered to host the talks": a meeting on offer has not taken place.
    if ((w == "offered" || w == "offers" || w == "offer" || w == "offering") &&
        Is(tokens, k + 1, "to") && k < trigger) {
      cues.planned = true;
    }
    // "looks forward to the visit", "is looking forward to meeting".
    if (w == "forward" && k < trigger &&
        (Is(tokens, k - 1, "look") || Is(tokens, k - 1, "looks") ||
         Is(tokens, k - 1, "looking") || Is(tokens, k - 1, "looked"))) {
      cues.planned = true;
    }
    // "later this year", "later this month".
    if (w == "later" && Is(tokens, k + 1, "this")) cues.planned = true;
    // "to visit", but not "the first foreign minister to visit Damascus",
    // which tells who did.
    if (w == "to" && k + 1 == trigger && !FirstToDo(tokens, k)) {
      cues.planned = true;
    }
  }
  return cues;
}

// True when the actor named from `first` is only the whole a party belongs
// to ("Somaliland, a breakaway region of Somalia") or the mediator of the
// deal ("a truce brokered by Qatar"), not a party.
bool PartOrMediatorOf(const std::vector<Token>& tokens, int first) {
  static const WordSet kParts = {"region",  "province", "part",
                                 "enclave", "exclave",  "territory"};
  static const WordSet kMediated = {"brokered", "mediated", "hosted",
                                    "facilitated"};
  return (Is(tokens, first - 1, "of") && InSet(tokens, first - 2, kParts)) ||
         (Is(tokens, first - 1, "by") && InSet(tokens, first - 2, kMediated));
}

// True when the agreement head starting at `head` is the predicate of a
// copula whose subject is the agreement ending at `subject_last`, directly
// ("the pact is a treaty") or past a parenthetical between commas ("the
// pact, signed in 2010, is the last treaty"): "a determiner, then only
// words" must stand between the copula and the head.
bool IsAgreementPredicate(const std::vector<Token>& tokens, int subject_last,
                          int head) {
  static const WordSet kCopulas = {"is", "was", "remains", "remained"};
  static const WordSet kDeterminers = {"the", "a", "an"};
  for (int c = head - 1; c > subject_last; --c) {
    const Token& token = tokens[c];
    if (kCopulas.contains(token.lower)) {
      if (!InSet(tokens, c + 1, kDeterminers)) return false;
      const bool adjacent = c == subject_last + 1;
      const bool parenthetical = Is(tokens, subject_last + 1, ",") &&
                                 c >= subject_last + 3 &&
                                 Is(tokens, c - 1, ",");
      return adjacent || parenthetical;
    }
    if (!token.word && token.lower != "-") return false;
  }
  return false;
}

// The status the words in [from, to] give an agreement, the latest stage of
// its life they mention; *cue is set to the deciding word's index. Some
// cues count only next to the agreement's head at `head` (-1: none):
// "the deal brokered by Qatar", "the pact announced on Monday", "pushing
// for a deal", "under the deal" (when nothing else is said).
v1::AgreementStatus AgreementCue(const std::vector<Token>& tokens, int from,
                                 int to, int* cue, int head = -1) {
  static const WordSet kFuture = {
      "will",   "to",    "be",      "not", "yet",   "would", "could",
      "should", "ready", "willing", "may", "might", "soon"};
  auto future_before = [&](int k) {
    for (int j = std::max(from, k - 3); j < k; ++j) {
      if (kFuture.contains(tokens[j].lower)) return true;
    }
    return false;
  };
  // "no text has been agreed", "have not agreed".
  auto negated_before = [&](int k) {
    for (int j = std::max(from, k - 4); j < k; ++j) {
      if (tokens[j].lower == "no" || tokens[j].lower == "not" ||
          tokens[j].lower == "yet") {
        return true;
      }
    }
    return false;
  };
  int best = 0;
  v1::AgreementStatus status = v1::AGREEMENT_STATUS_UNSPECIFIED;
  int position = 0;
  auto take = [&](v1::AgreementStatus s) {
    // Lifecycle order; the latest stage mentioned wins.
    static constexpr int kRank[] = {0, 1, 2, 3, 4, 5, 6, 7};
    if (kRank[s] > best) {
      best = kRank[s];
      status = s;
      *cue = position;
    }
  };
  for (int k = std::max(0, from);
       k <= to && k < static_cast<int>(tokens.size()); ++k) {
    position = k;
    const TokenText& w = tokens[k].lower;
    static const WordSet kCueWords = {
        "terminated",   "terminate",     "scrapped",     "collapsed",
        "collapse",     "expired",       "annulled",     "abandoned",
        "cancelled",    "canceled",      "ripped",       "tore",
        "suspended",    "suspend",       "suspends",     "suspension",
        "froze",        "frozen",        "freeze",       "withdrew",
        "withdrawal",   "withdrawn",     "quit",         "exited",
        "ratified",     "force",         "effect",       "implementation",
        "implementing", "implemented",   "implement",    "signed",
        "inked",        "concluded",     "sealed",       "clinched",
        "struck",       "ratify",        "ratification", "finalized",
        "finalised",    "sign",          "signing",      "signature",
        "initialed",    "negotiating",   "negotiations", "negotiate",
        "drafting",     "draft",         "drafted",      "talks",
        "discussing",   "discussed",     "discussion",   "working",
        "work",         "finalize",      "finalise",     "finalizing",
        "finalising",   "close",         "preparing",    "underway",
        "ongoing",      "proposed",      "proposal",     "propose",
        "suggested",    "offered",       "floated",      "called",
        "calls",        "extended",      "extend",       "extension",
        "renewed",      "prolonged",     "reached",      "pulled",
        "expire",       "lapse",         "lapsed",       "accordance",
        "restore",      "negotiated",    "initialled",   "initials",
        "agreed",       "brokered",      "announced",    "secured",
        "hammered",     "violating",     "violated",     "violation",
        "violations",   "breach",        "breached",     "breaching",
        "place",        "approved",      "approval",     "revive",
        "revival",      "reviving",      "restoring",    "salvage",
        "renegotiate",  "renegotiation", "broke",        "fell",
        "unravelled",   "unraveled",     "void",         "exit",
        "walked",       "reneged",       "mooted",       "suggest",
        "suggests",     "proposes",      "proposing",    "seeking",
        "seeks",        "seek",          "sought",       "pushing",
        "push",         "urged",         "urging"};
    const bool near_head = head >= 0 && std::abs(k - head) <= 4;
    // "agreed on a truce", "agreed to a ceasefire", "the deal agreed in
    // March", "the text was agreed"; not "agreed to sign".
    const bool agreed_on =
        w == "agreed" && (Is(tokens, k + 1, "on") || Is(tokens, k + 1, "to")) &&
        (Is(tokens, k + 2, "a") || Is(tokens, k + 2, "an") ||
         InSet(tokens, k + 2, Determiners()));
    // A text agreed is ready for signing.
    const bool text_agreed =
        w == "agreed" &&
        (k == head + 1 || Is(tokens, k - 1, "been") ||
         Is(tokens, k - 1, "was") || Is(tokens, k - 1, "were"));
    const bool agreed = agreed_on || text_agreed;
    if (!kCueWords.contains(w)) continue;
    if (w == "terminated" || w == "terminate" || w == "scrapped" ||
        w == "collapsed" || w == "collapse" || w == "expired" ||
        w == "annulled" || w == "abandoned" || w == "cancelled" ||
        w == "canceled" || w == "ripped" || w == "tore" || w == "unravelled" ||
        w == "unraveled" || (w == "broke" && Is(tokens, k + 1, "down")) ||
        (w == "fell" && Is(tokens, k + 1, "apart")) ||
        (w == "void" && !future_before(k))) {
      // "the truce broke down", "the deal fell apart", "declared it void"
      // ("would be void" is a warning).
      take(v1::AGREEMENT_STATUS_TERMINATED);
    } else if ((w == "expire" || w == "lapse") && [&] {
                 static const WordSet kLet = {"let",     "lets",     "letting",
                                              "allowed", "allowing", "allow"};
                 for (int j = std::max(0, k - 6); j < k; ++j) {
                   if (kLet.contains(tokens[j].lower)) return true;
                 }
                 return false;
               }()) {
      // "letting it expire", "allowed the treaty to lapse": it ended.
      take(v1::AGREEMENT_STATUS_TERMINATED);
    } else if (w == "lapsed" && !future_before(k)) {
      take(v1::AGREEMENT_STATUS_TERMINATED);
    } else if ((w == "accordance" && Is(tokens, k - 1, "in") &&
                Is(tokens, k + 1, "with")) ||
               (w == "restore" &&
                (Is(tokens, k - 1, "would") || Is(tokens, k - 1, "will") ||
                 Is(tokens, k - 2, "would") || Is(tokens, k - 2, "will")))) {
      // "acted in accordance with the treaty" applies a text in force; a
      // party that "would fully restore the pact" puts it back in force.
      take(v1::AGREEMENT_STATUS_IN_FORCE);
    } else if (w == "suspended" || w == "suspend" || w == "suspends" ||
               w == "suspension" || w == "froze" || w == "frozen" ||
               w == "freeze" || w == "withdrew" || w == "withdrawal" ||
               w == "withdrawn" || w == "quit" || w == "exited" ||
               w == "reneged" || (w == "exit" && Is(tokens, k + 1, "from")) ||
               (w == "walked" && Is(tokens, k + 1, "away"))) {
      // "the US exit from that pact", "walked away from the deal".
      take(v1::AGREEMENT_STATUS_SUSPENDED);
    } else if (w == "violating" || w == "violated" || w == "violation" ||
               w == "violations" || w == "breach" || w == "breached" ||
               w == "breaching" ||
               (w == "place" && Is(tokens, k - 1, "in") &&
                !Is(tokens, k - 2, "put") && !Is(tokens, k - 2, "putting")) ||
               (w == "approved" && !future_before(k))) {
      // Only a text in force can be violated; "remains in place"; "the
      // parliament approved the treaty" ratified it.
      take(v1::AGREEMENT_STATUS_IN_FORCE);
    } else if (w == "ratified") {
      // "has to be ratified" is a signed text awaiting ratification.
      take(future_before(k) ? v1::AGREEMENT_STATUS_SIGNED
                            : v1::AGREEMENT_STATUS_IN_FORCE);
    } else if ((w == "force" || w == "effect") &&
               (Is(tokens, k - 1, "into") || Is(tokens, k - 1, "in") ||
                Is(tokens, k - 1, "take") || Is(tokens, k - 1, "took") ||
                Is(tokens, k - 1, "takes")) &&
               (future_before(k - 1) || Is(tokens, k - 2, "enter") ||
                Is(tokens, k - 2, "enters") || Is(tokens, k - 2, "come") ||
                Is(tokens, k - 2, "comes") || Is(tokens, k - 1, "take") ||
                Is(tokens, k - 1, "takes"))) {
      take(v1::AGREEMENT_STATUS_SIGNED);  // Signed, not yet in force.
    } else if ((w == "force" &&
                (Is(tokens, k - 1, "into") || Is(tokens, k - 1, "in"))) ||
               (w == "effect" &&
                (Is(tokens, k - 1, "took") || Is(tokens, k - 1, "into"))) ||
               w == "implementation" || w == "implementing" ||
               w == "implemented" || w == "implement" ||
               // An agreement extended or renewed stays in force.
               w == "extended" || w == "extend" || w == "extension" ||
               w == "renewed" || w == "prolonged") {
      take(v1::AGREEMENT_STATUS_IN_FORCE);
    } else if (w == "signed" || w == "inked" || w == "concluded" ||
               w == "sealed" || w == "clinched" || w == "struck" ||
               w == "secured" ||
               (w == "hammered" && Is(tokens, k + 1, "out")) ||
               (w == "negotiated" && !Is(tokens, k - 1, "being") &&
                !Is(tokens, k - 1, "been")) ||
               (agreed_on && !negated_before(k)) ||
               ((w == "brokered" || w == "announced") && near_head)) {
      take(future_before(k) ? v1::AGREEMENT_STATUS_PENDING_SIGNATURE
                            : v1::AGREEMENT_STATUS_SIGNED);
    } else if (w == "pulled" &&
               (Is(tokens, k + 1, "out") || Is(tokens, k + 2, "out"))) {
      // "Russia pulled out of the deal", "pulled Washington out of it": a
      // party withdrew.
      take(v1::AGREEMENT_STATUS_SUSPENDED);
    } else if (w == "reached") {
      // "reached a deal" concluded it; "have not yet reached" did not.
      take(future_before(k) ? v1::AGREEMENT_STATUS_NEGOTIATING
                            : v1::AGREEMENT_STATUS_SIGNED);
    } else if (w == "ratify" || w == "ratification" || w == "approval") {
      take(v1::AGREEMENT_STATUS_SIGNED);
    } else if ((w == "finalized" || w == "finalised") && future_before(k)) {
      take(v1::AGREEMENT_STATUS_NEGOTIATING);  // "to be finalised".
    } else if (w == "sign" || w == "signing" || w == "signature" ||
               w == "finalized" || w == "finalised" || w == "initialed" ||
               w == "initialled" || (text_agreed && !negated_before(k)) ||
               (w == "initials" && Is(tokens, k - 1, "their"))) {
      take(v1::AGREEMENT_STATUS_PENDING_SIGNATURE);
    } else if (w == "negotiating" || w == "negotiations" || w == "negotiate" ||
               w == "drafting" || w == "draft" || w == "drafted" ||
               w == "talks" || w == "discussing" || w == "discussed" ||
               w == "discussion" || w == "working" || w == "work" ||
               w == "finalize" || w == "finalise" || w == "finalizing" ||
               w == "finalising" || (w == "close" && Is(tokens, k + 1, "to")) ||
               w == "preparing" || w == "underway" || w == "ongoing" ||
               w == "revive" || w == "revival" || w == "reviving" ||
               w == "restoring" || w == "salvage" || w == "renegotiate" ||
               (w == "restore" && Is(tokens, k - 1, "to")) ||
               w == "renegotiation" || (agreed && negated_before(k)) ||
               (w == "negotiated" &&
                (Is(tokens, k - 1, "being") || Is(tokens, k - 1, "been")))) {
      // "efforts to revive the deal", "restoring the 2015 accord", "no
      // text has been agreed".
      take(v1::AGREEMENT_STATUS_NEGOTIATING);
    } else if (w == "proposed" || w == "proposal" || w == "propose" ||
               w == "suggested" || w == "offered" || w == "floated" ||
               (w == "called" && Is(tokens, k + 1, "for")) ||
               (w == "calls" && Is(tokens, k + 1, "for")) || w == "mooted" ||
               w == "suggest" || w == "suggests" || w == "proposes" ||
               w == "proposing" ||
               ((w == "seeking" || w == "seeks" || w == "seek" ||
                 w == "sought" || w == "urged" || w == "urging" ||
                 ((w == "pushing" || w == "push") &&
                  Is(tokens, k + 1, "for")) ||
                 (w == "pushing" && Is(tokens, k + 2, "for"))) &&
                head > k && head - k <= 5)) {
      // "Ankara is pushing hard for a deal", "seeking a ceasefire".
      take(v1::AGREEMENT_STATUS_PROPOSED);
    }
  }
  // "Under the Geneva deal, tariffs fell": a text applied, when nothing
  // else is said of it.
  for (int k = head - 1; status == v1::AGREEMENT_STATUS_UNSPECIFIED &&
                         head > 0 && k >= std::max(0, head - 6);
       --k) {
    if (!tokens[k].word) break;
    if (tokens[k].lower == "under") {
      status = v1::AGREEMENT_STATUS_IN_FORCE;
      *cue = k;
    }
  }
  return status;
}

void AddUnique(const std::string& id, std::vector<std::string>* ids) {
  if (!id.empty() && std::find(ids->begin(), ids->end(), id) == ids->end()) {
    ids->push_back(id);
  }
}

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool IsSubset(const std::vector<std::string>& small,
              const std::vector<std::string>& big) {
  return std::all_of(small.begin(), small.end(), [&big](const std::string& id) {
    return Contains(big, id);
  });
}

bool SameSet(const std::vector<std::string>& a,
             const std::vector<std::string>& b) {
  return IsSubset(a, b) && IsSubset(b, a);
}

bool PersonLike(const Mention& m) {
  return m.kind == MentionKind::kPerson || m.kind == MentionKind::kGroup;
}

// An agreement's party as named by a mention: a person or a place stands
// for its country, and so does a state body ("the State Duma ratified the
// treaty"); companies and international organizations are parties of
// their own.
std::string PartyOf(const Mention& m, const KnowledgeBase& kb,
                    const v1::Date& date) {
  if (m.kind == MentionKind::kPerson) {
    // An international official signs for the body ("Grossi" for the
    // IAEA), not for the country of birth.
    const v1::Actor* actor = kb.FindActor(m.ids[0]);
    const v1::Role* role = actor ? kb.RoleOn(*actor, date) : nullptr;
    if (role != nullptr && role->country().empty() &&
        !role->organization().empty()) {
      const v1::Actor* body = kb.FindActor(role->organization());
      return body && !body->country().empty() ? body->country()
                                              : role->organization();
    }
  }
  if (m.kind == MentionKind::kPlace || PersonLike(m)) return m.country;
  if (m.kind == MentionKind::kOrganization) {
    const v1::Actor* actor = kb.FindActor(m.ids[0]);
    const std::string& id = m.ids[0];
    const bool state_body =
        absl::StrContains(id, "duma") || absl::StrContains(id, "council") ||
        absl::StrContains(id, "majlis") ||
        absl::StrContains(id, "parliament") ||
        absl::StrContains(id, "assembly") || absl::StrContains(id, "senate") ||
        absl::StrContains(id, "congress") ||
        absl::StrContains(id, "ministry") ||
        absl::StrContains(id, "government");
    if (state_body && actor != nullptr && !actor->country().empty()) {
      return actor->country();
    }
  }
  return m.ids[0];
}

// Adds the parties a mention names: every member country when a group is
// named as its countries ("the five Central Asian states"), else PartyOf.
void AddParties(const Mention& m, const KnowledgeBase& kb, const v1::Date& date,
                std::vector<std::string>* parties) {
  if (m.kind == MentionKind::kCountry && m.ids.size() > 1) {
    for (const std::string& id : m.ids) AddUnique(id, parties);
    return;
  }
  AddUnique(PartyOf(m, kb, date), parties);
}

// The persons named in a coordination that ends right before token
// `before` ("A, B and C" in "A, B and C signed"), in text order; empty when
// no person ends there. With `groups`, a group of a knowledge-base group's
// office holders counts as a person ("Xi and the leaders of the five
// Central Asian states").
std::vector<const Mention*> CoordinatedPersons(
    const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
    int before, bool groups = false) {
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

// The person a sentence's "he" or "she" before `trigger` stands for: the
// sentence's first person before the pronoun ("The Iranian minister will
// see Lavrov, then fly to Rome, where he is due to meet Witkoff"), else the
// latest person named before this sentence; never a spokesperson. "" when
// there is no such pronoun.
std::string PronounSubject(const std::vector<Token>& tokens,
                           const std::vector<Mention>& mentions, int trigger,
                           const Discourse& discourse,
                           const MentionFinder* finder, int pronoun = -1) {
  for (int k = 0; pronoun < 0 && k < trigger; ++k) {
    if (tokens[k].lower == "he" || tokens[k].lower == "she") pronoun = k;
  }
  if (pronoun < 0) return "";
  auto speaks_for_others = [&](const std::string& id) {
    return finder->TitleOf(id, discourse.article_date, discourse) ==
           "spokesperson";
  };
  for (const Mention& m : mentions) {
    if (m.kind == MentionKind::kPerson && m.last < pronoun && !m.speaker &&
        !speaks_for_others(m.ids[0])) {
      return m.ids[0];
    }
  }
  if (!discourse.subject.empty() && !speaks_for_others(discourse.subject)) {
    return discourse.subject;
  }
  const auto& previous = discourse.previous_persons;
  for (auto it = previous.rbegin(); it != previous.rend(); ++it) {
    if (!speaks_for_others(*it)) return *it;
  }
  return "";
}

// The person "his"/"her" governing the noun at `noun` stands for ("during
// his own visit to Tehran"), resolved as PronounSubject resolves "he"; ""
// for other determiners ("the visit", "this trip" refer back).
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

// The days a phrase at token k counts from the day named before it: "the
// same day" 0, "the following/next day" and "a day later" 1, "the previous
// day", "a day earlier" and "the day before" (ending its clause) -1, "two
// days later/earlier" +-2; EventDraft::kNoOffset when there is none.
int DayPhraseOffset(const std::vector<Token>& tokens, int k) {
  const std::string& a = tokens[k].lower;
  if (!Is(tokens, k + 2, "day") && !Is(tokens, k + 2, "later") &&
      !Is(tokens, k + 2, "earlier") && !Is(tokens, k + 2, "before")) {
    return EventDraft::kNoOffset;
  }
  const TokenText& w = tokens[k + 1].lower;
  if (a == "the" && Is(tokens, k + 2, "day")) {
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
  if (count != kCounts->end() && (w == "day" || w == "days")) {
    if (Is(tokens, k + 2, "later")) return count->second;
    if (Is(tokens, k + 2, "earlier")) return -count->second;
  }
  return EventDraft::kNoOffset;
}

// The day `offset` days (DayPhraseOffset) after the last day named before
// token `at`, in the sentence or an earlier one; all zero when none was.
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

}  // namespace

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

EventDraft EventFinder::GroupDecision(const std::vector<Token>& tokens,
                                      const std::vector<Mention>& mentions,
                                      const std::vector<DateMention>& dates,
                                      const Discourse& discourse) const {
  EventDraft agreement;
  const int n = static_cast<int>(tokens.size());
  for (int i = 1; i + 1 < n; ++i) {
    if (tokens[i].lower != "agreed") continue;
    // "agreed on Sunday to cut output", "agreed to restore relations".
    int to = i + 1;
    while (to < n && to <= i + 5 && tokens[to].lower != "to") ++to;
    if (to >= n || to > i + 5 || to + 1 >= n || !tokens[to + 1].word) continue;
    // The subject: countries or organizations right before the verb.
    int next = i;
    while (next > 0 && (tokens[next - 1].lower == "have" ||
                        tokens[next - 1].lower == "also" ||
                        tokens[next - 1].lower == "jointly")) {
      --next;
    }
    std::vector<std::string> parties;
    bool organization = false;
    for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
      const Mention& m = *it;
      if (m.last >= next) continue;
      bool joined = true;
      for (int k = m.last + 1; k < next; ++k) {
        joined = joined && (tokens[k].lower == "and" || tokens[k].lower == ",");
      }
      // "Washington and Baku agreed": a capital stands for its country.
      const v1::Actor* capital_of =
          m.kind == MentionKind::kPlace && !m.country.empty()
              ? kb_->FindActor(m.country)
              : nullptr;
      const bool capital =
          capital_of != nullptr && capital_of->capital() == m.ids[0];
      const bool side = (m.kind == MentionKind::kCountry && !m.adjective) ||
                        m.kind == MentionKind::kOrganization || capital;
      if (!joined || !side) break;
      organization = organization || m.kind == MentionKind::kOrganization;
      AddParties(m, *kb_, discourse.article_date, &parties);
      next = m.first;
    }
    if (parties.empty() || (parties.size() < 2 && !organization)) continue;
    agreement.type = v1::EVENT_TYPE_AGREEMENT;
    agreement.agreement_status = v1::AGREEMENT_STATUS_SIGNED;
    agreement.participants = std::move(parties);
    // "agreed to begin drafting a charter": work on a text starts, named by
    // its head noun.
    static const WordSet kBegin = {"begin", "start", "launch", "open"};
    static const WordSet kWork = {"drafting",  "negotiating", "negotiations",
                                  "talks",     "work",        "working",
                                  "negotiate", "draft",       "discussing"};
    static const WordSet kHeads = {
        "agreement",  "treaty",  "pact",       "deal",     "accord",
        "memorandum", "charter", "convention", "protocol", "declaration"};
    if (kBegin.contains(tokens[to + 1].lower) && to + 2 < n &&
        kWork.contains(tokens[to + 2].lower)) {
      agreement.agreement_status = v1::AGREEMENT_STATUS_NEGOTIATING;
      for (int k = to + 3; k < n && k <= to + 8 && tokens[k].word; ++k) {
        if (kHeads.contains(tokens[k].lower)) {
          // With its subject: "a charter on strategic partnership".
          agreement.agreement_name = tokens[k].lower;
          if (Is(tokens, k + 1, "on") || Is(tokens, k + 1, "for")) {
            for (int j = k + 1;
                 j < n && j <= k + 5 && tokens[j].word &&
                 !tokens[j].capitalized && tokens[j].lower != "and";
                 ++j) {
              agreement.agreement_name += " " + tokens[j].lower;
            }
          }
          break;
        }
      }
      if (!agreement.agreement_name.empty()) {
        for (const DateMention& date : dates) {
          if (date.first > i && date.first < to) agreement.date = date.past;
        }
        return agreement;
      }
    }
    // Named by what was agreed: "agreed to cut output" -> "cut output".
    for (int k = to + 1; k < n && k <= to + 3 && tokens[k].word; ++k) {
      if (!agreement.agreement_name.empty()) {
        agreement.agreement_name.push_back(' ');
      }
      agreement.agreement_name += tokens[k].lower;
    }
    for (const DateMention& date : dates) {
      if (date.first > i && date.first < to) agreement.date = date.past;
    }
    return agreement;
  }
  return agreement;
}

EventDraft EventFinder::CoSigners(const std::vector<Token>& tokens,
                                  const std::vector<Mention>& mentions,
                                  int signed_at, const EventDraft& agreement,
                                  const Discourse& discourse) const {
  EventDraft meeting;
  // The subject: persons right before the verb ("X and Y have jointly
  // signed").
  int verb = signed_at;
  while (verb > 0 &&
         (tokens[verb - 1].lower == "also" ||
          tokens[verb - 1].lower == "have" || tokens[verb - 1].lower == "had" ||
          tokens[verb - 1].lower == "jointly")) {
    --verb;
  }
  std::vector<std::string> signers, countries;
  for (const Mention* m : CoordinatedPersons(tokens, mentions, verb)) {
    for (const std::string& id : m->ids) {
      AddUnique(id, &signers);
      AddUnique(mentions_->CountryOf(id, discourse.article_date, discourse),
                &countries);
    }
  }
  if (signers.size() < 2 || countries.size() < 2) return meeting;
  meeting.type = v1::EVENT_TYPE_MEETING;
  meeting.status = v1::EVENT_STATUS_OCCURRED;
  meeting.status_explicit = true;
  meeting.sentences = agreement.sentences;
  meeting.date = agreement.date;
  meeting.participant_countries = countries;
  for (const Mention& m : mentions) {
    if (m.locative && m.first > signed_at && m.kind == MentionKind::kPlace &&
        meeting.place.empty()) {
      meeting.place = m.ids[0];
      meeting.country = m.country;
    }
  }
  meeting.participants = std::move(signers);
  return meeting;
}

std::vector<EventDraft> EventFinder::SplitWithGroups(
    const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
    const std::vector<DateMention>& dates, int trigger_first, int trigger_last,
    int begin, int end, const EventDraft& draft,
    const Discourse& discourse) const {
  // Group starts: a "with" just after the trigger, then each "and with".
  std::vector<int> starts;
  for (int k = trigger_last + 1; k < end; ++k) {
    if (tokens[k].lower != "with") continue;
    if (starts.empty() ? k <= trigger_last + 3 : Is(tokens, k - 1, "and")) {
      starts.push_back(k);
    }
  }
  if (starts.size() < 2) {
    // "will meet leaders of other countries, including A and B": one
    // meeting with each person listed.
    starts.clear();
    for (int k = trigger_last + 1; k < end && k <= trigger_last + 12; ++k) {
      if (tokens[k].lower != "including") continue;
      for (const Mention& m : mentions) {
        if (m.kind == MentionKind::kPerson && m.first > k && m.last < end) {
          starts.push_back(m.first - 1);
        }
      }
      break;
    }
  }
  if (starts.size() < 2) return {};
  auto takes_part = [&](const Mention& m) {
    return PersonLike(m) && !m.speaker &&
           mentions_->TitleOf(m.ids[0], discourse.article_date, discourse) !=
               "spokesperson";
  };
  std::vector<std::string> subject;
  for (const Mention& m : mentions) {
    if (takes_part(m) && m.first >= begin && m.last < trigger_first) {
      for (const std::string& id : m.ids) AddUnique(id, &subject);
    }
  }
  if (subject.empty()) {
    const std::string pronoun =
        PronounSubject(tokens, mentions, trigger_first, discourse, mentions_);
    if (pronoun.empty()) return {};
    subject.push_back(pronoun);
  }
  const bool planned = draft.status == v1::EVENT_STATUS_PLANNED ||
                       draft.status == v1::EVENT_STATUS_CANCELLED;
  bool day_phrase_in_groups = false;
  for (int k = starts[0]; k + 2 < end; ++k) {
    day_phrase_in_groups = day_phrase_in_groups ||
                           DayPhraseOffset(tokens, k) != EventDraft::kNoOffset;
  }
  std::vector<EventDraft> parts;
  for (size_t g = 0; g < starts.size(); ++g) {
    const int first = starts[g];
    const int last = g + 1 < starts.size() ? starts[g + 1] : end;
    EventDraft part = draft;
    part.participants = subject;
    // "the following day" inside a group dates that group only.
    if (day_phrase_in_groups && draft.day_offset != EventDraft::kNoOffset) {
      part.day_offset = EventDraft::kNoOffset;
      part.date = v1::Date();
    }
    bool has_person = false;
    for (const Mention& m : mentions) {
      if (takes_part(m) && m.first > first && m.last < last) {
        for (const std::string& id : m.ids) AddUnique(id, &part.participants);
        has_person = true;
      }
    }
    if (!has_person) return {};
    for (const DateMention& date : dates) {
      if (date.first > first && date.last < last) {
        part.date = planned ? date.future : date.past;
      }
    }
    for (int k = first; k + 2 < last; ++k) {
      const int offset = DayPhraseOffset(tokens, k);
      if (offset != EventDraft::kNoOffset) {
        part.day_offset = offset;
        part.date = DayAfterNamed(dates, k, offset, planned, discourse);
        break;
      }
    }
    part.participant_countries.clear();
    for (const std::string& id : part.participants) {
      AddUnique(mentions_->CountryOf(id, discourse.article_date, discourse),
                &part.participant_countries);
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

namespace {

bool PlacesCompatible(const EventDraft& a, const EventDraft& b) {
  if (!a.place.empty() && !b.place.empty() && a.place != b.place) return false;
  if (!a.country.empty() && !b.country.empty() && a.country != b.country)
    return false;
  return true;
}

void Absorb(const EventDraft& from, EventDraft* into, bool attributes) {
  for (int sentence : from.sentences) {
    if (std::find(into->sentences.begin(), into->sentences.end(), sentence) ==
        into->sentences.end()) {
      into->sentences.push_back(sentence);
    }
  }
  if (!attributes) return;
  if (PrecisionOf(from.date) > PrecisionOf(into->date) &&
      DatesAgree(from.date, into->date)) {
    into->date = from.date;
  }
  if (into->place.empty() && !from.place.empty()) into->place = from.place;
  if (into->country.empty() && !from.country.empty())
    into->country = from.country;
  if (!into->status_explicit && from.status_explicit) {
    into->status = from.status;
    into->status_explicit = true;
  }
  if (into->type == v1::EVENT_TYPE_VISIT) {
    for (const std::string& id : from.participants)
      AddUnique(id, &into->participants);
  }
}

}  // namespace

std::vector<EventDraft> MergeDrafts(std::vector<EventDraft> drafts,
                                    const KnowledgeBase& kb,
                                    const v1::Date& article_date) {
  std::vector<EventDraft> events;
  std::vector<EventDraft> tentatives;
  for (EventDraft& draft : drafts) {
    if (draft.day_offset != EventDraft::kNoOffset &&
        PrecisionOf(draft.date) == DatePrecision::kNone) {
      for (auto it = events.rbegin(); it != events.rend(); ++it) {
        if (PrecisionOf(it->date) == DatePrecision::kDay) {
          draft.date =
              DateFromCivilDay(absl::CivilDay(it->date.year(), it->date.month(),
                                              it->date.day()) +
                               draft.day_offset);
          break;
        }
      }
    }
    if (draft.attendance) {
      // The meeting attended: when the draft refers back ("attended the
      // talks"), the one the article tells most about (the first of those);
      // else the latest with the person joined, at the place named if any.
      EventDraft* meeting = nullptr;
      for (auto it = events.rbegin(); it != events.rend(); ++it) {
        if (it->type != draft.type) continue;
        const bool joined =
            std::any_of(draft.participants.begin(), draft.participants.end(),
                        [&it](const std::string& id) {
                          return Contains(it->participants, id);
                        });
        if (!draft.anaphoric && !joined) continue;
        const bool status_ok = draft.status == it->status ||
                               !draft.status_explicit || !it->status_explicit;
        const bool fits = status_ok && DatesAgree(draft.date, it->date) &&
                          PlacesCompatible(draft, *it);
        if (!draft.anaphoric) {
          // The one at the place named ("joined the President at Camp
          // David"), else the latest.
          if (fits && meeting == nullptr) meeting = &*it;
          if (fits && !draft.place.empty() && it->place == draft.place) {
            meeting = &*it;
            break;
          }
          continue;
        }
        if (fits && (meeting == nullptr ||
                     it->sentences.size() >= meeting->sentences.size())) {
          meeting = &*it;
        }
      }
      if (meeting != nullptr) {
        Absorb(draft, meeting, false);
        for (const std::string& id : draft.participants) {
          AddUnique(id, &meeting->participants);
        }
        continue;
      }
      if (draft.anaphoric) continue;
    }
    if (draft.tentative) {
      tentatives.push_back(std::move(draft));
      continue;
    }
    if (draft.type == v1::EVENT_TYPE_AGREEMENT) {
      EventDraft* same = nullptr;
      EventDraft* latest = nullptr;
      for (EventDraft& event : events) {
        if (event.type != v1::EVENT_TYPE_AGREEMENT) continue;
        if (draft.anaphoric) {
          // "the Treaty on Strategic Partnership" refers back to the one of
          // that name, "the deal" to the latest.
          latest = &event;
          if (SameAgreementName(draft.agreement_name, event.agreement_name)) {
            same = &event;
          }
          continue;
        }
        const bool overlap = draft.participants.empty() ||
                             event.participants.empty() ||
                             IsSubset(draft.participants, event.participants) ||
                             IsSubset(event.participants, draft.participants);
        // One with the very same parties beats one that only overlaps.
        if (overlap &&
            SameAgreementName(draft.agreement_name, event.agreement_name) &&
            !(same != nullptr &&
              SameSet(draft.participants, same->participants) &&
              !SameSet(draft.participants, event.participants))) {
          same = &event;
        }
      }
      if (same == nullptr) same = latest;
      if (same == nullptr) {
        events.push_back(std::move(draft));
        continue;
      }
      Absorb(draft, same, false);
      same->unfinished = same->unfinished || draft.unfinished;
      same->two_sides = same->two_sides || draft.two_sides;
      same->three_sides = same->three_sides || draft.three_sides;
      if (!draft.anaphoric) {
        for (const std::string& id : draft.participants) {
          AddUnique(id, &same->participants);
        }
      }
      if (draft.agreement_status > same->agreement_status) {
        same->agreement_status = draft.agreement_status;
        // The date of an agreement is that of the act reported.
        if (PrecisionOf(draft.date) != DatePrecision::kNone) {
          same->date = draft.date;
        }
      }
      if (same->agreement_name.size() < draft.agreement_name.size() &&
          SplitAgreementName(same->agreement_name).distinctive.empty()) {
        same->agreement_name = draft.agreement_name;
      }
      continue;
    }
    // The latest event this draft may be a mention of.
    EventDraft* same = nullptr;
    for (auto it = events.rbegin(); it != events.rend() && same == nullptr;
         ++it) {
      EventDraft& event = *it;
      if (event.type != draft.type) continue;
      if (draft.anaphoric && draft.participants.empty()) {
        if (PlacesCompatible(draft, event)) same = &event;
        break;
      }
      const bool subset = IsSubset(draft.participants, event.participants) ||
                          IsSubset(event.participants, draft.participants);
      // A meeting at one place mentioned again with fewer or more of its
      // participants (a caption naming the host too) is the same meeting.
      const bool same_place =
          draft.type == v1::EVENT_TYPE_MEETING && !draft.separate &&
          !event.separate && !draft.place.empty() && draft.place == event.place;
      // So is one told with more of its participants in the very next
      // sentence, naming no other place ("The first round took place in
      // Muscat. A and B sat in separate rooms while C carried messages").
      const bool next_sentence =
          draft.type == v1::EVENT_TYPE_MEETING && !draft.separate &&
          !event.separate && draft.place.empty() && draft.country.empty() &&
          !event.sentences.empty() && !draft.sentences.empty() &&
          draft.sentences[0] == event.sentences.back() + 1 &&
          IsSubset(event.participants, draft.participants);
      const bool participants_ok =
          SameSet(draft.participants, event.participants) ||
          (subset &&
           (draft.anaphoric || draft.type == v1::EVENT_TYPE_VISIT ||
            draft.participants.size() < 2 || same_place || next_sentence));
      if (!participants_ok || draft.participants.empty()) continue;
      bool status_ok = draft.status == event.status || !draft.status_explicit ||
                       !event.status_explicit;
      // "the planned trip" of a visit the article says happened; "will
      // travel to Jaipur" during a visit to India is another leg.
      const bool new_leg = event.place.empty() && !draft.place.empty();
      if (!status_ok && draft.type == v1::EVENT_TYPE_VISIT && !new_leg &&
          PrecisionOf(draft.date) == DatePrecision::kNone &&
          event.status == v1::EVENT_STATUS_OCCURRED &&
          draft.status == v1::EVENT_STATUS_PLANNED) {
        status_ok = true;
      }
      if (status_ok && DatesAgree(draft.date, event.date) &&
          PlacesCompatible(draft, event)) {
        same = &event;
      }
    }
    if (same != nullptr) {
      const bool keep_status = same->status_explicit;
      const v1::EventStatus status = same->status;
      // A partial mention ("my meeting with Xi") only adds its evidence,
      // unless it names the same place (then its date is the meeting's).
      const bool partial = !SameSet(draft.participants, same->participants) &&
                           draft.type != v1::EVENT_TYPE_VISIT &&
                           (draft.place.empty() || draft.place != same->place);
      Absorb(draft, same, !partial && !draft.participants.empty());
      if (keep_status) same->status = status;
      continue;
    }
    if (draft.anaphoric && draft.participants.empty()) continue;
    events.push_back(std::move(draft));
  }

  // An agreement of one country, or of "the two countries", is with the
  // other country of the article's pair: the nearest meeting or call of two
  // countries that include that one ("Seoul would restore the pact" in an
  // article on a Korea-Japan summit), for "the two countries" the first
  // such meeting or call.
  auto countries_of = [&kb, &article_date](const EventDraft& talk) {
    std::vector<std::string> countries;
    for (const std::string& id : talk.participants) {
      const v1::Actor* actor = kb.FindActor(id);
      if (actor == nullptr) continue;
      const v1::Role* role = kb.RoleOn(*actor, article_date);
      AddUnique(
          role && !role->country().empty() ? role->country() : actor->country(),
          &countries);
    }
    return countries;
  };
  auto is_pair = [&countries_of](const EventDraft& talk) {
    return (talk.type == v1::EVENT_TYPE_MEETING ||
            talk.type == v1::EVENT_TYPE_CALL) &&
           countries_of(talk).size() == 2;
  };
  for (size_t e = 0; e < events.size(); ++e) {
    EventDraft& agreement = events[e];
    if (agreement.type != v1::EVENT_TYPE_AGREEMENT ||
        agreement.participants.size() > 1 ||
        (agreement.participants.empty() && !agreement.two_sides)) {
      continue;
    }
    const EventDraft* pair = nullptr;
    if (!agreement.participants.empty()) {
      const v1::Actor* party = kb.FindActor(agreement.participants[0]);
      if (party == nullptr || party->kind() != v1::ACTOR_KIND_COUNTRY) continue;
      // Before the agreement first, then after it.
      for (size_t d = 1; pair == nullptr && d < 2 * events.size(); ++d) {
        const size_t other = d % 2 == 1 ? e - (d + 1) / 2 : e + d / 2;
        if (other >= events.size()) continue;  // Wrapped below zero too.
        if (is_pair(events[other]) &&
            Contains(countries_of(events[other]), agreement.participants[0])) {
          pair = &events[other];
        }
      }
    }
    for (size_t other = 0;
         pair == nullptr && agreement.two_sides && other < events.size();
         ++other) {
      if (is_pair(events[other])) pair = &events[other];
    }
    // No meeting of two: the first meeting or call of more, whose host or
    // mediator is named with the sides.
    for (size_t other = 0;
         pair == nullptr && agreement.two_sides && other < events.size();
         ++other) {
      const EventDraft& talk = events[other];
      if ((talk.type == v1::EVENT_TYPE_MEETING ||
           talk.type == v1::EVENT_TYPE_CALL) &&
          countries_of(talk).size() > 2 &&
          IsSubset(agreement.participants, countries_of(talk))) {
        pair = &talk;
      }
    }
    if (pair == nullptr) continue;
    for (const std::string& id : countries_of(*pair)) {
      AddUnique(id, &agreement.participants);
    }
  }
  // "the three leaders signed a declaration": short of three parties, the
  // countries of the first meeting or call of three that includes them.
  for (EventDraft& agreement : events) {
    if (agreement.type != v1::EVENT_TYPE_AGREEMENT || !agreement.three_sides ||
        agreement.participants.size() >= 3) {
      continue;
    }
    for (const EventDraft& talk : events) {
      if ((talk.type == v1::EVENT_TYPE_MEETING ||
           talk.type == v1::EVENT_TYPE_CALL) &&
          countries_of(talk).size() == 3 &&
          IsSubset(agreement.participants, countries_of(talk))) {
        for (const std::string& id : countries_of(talk)) {
          AddUnique(id, &agreement.participants);
        }
        break;
      }
    }
  }
  // "The two sides are working on a treaty": an agreement without parties
  // is between the countries of the meeting or call reported before it.
  for (size_t e = 0; e < events.size(); ++e) {
    if (events[e].type != v1::EVENT_TYPE_AGREEMENT ||
        !events[e].participants.empty()) {
      continue;
    }
    for (size_t before = e; before-- > 0;) {
      const EventDraft& talk = events[before];
      if ((talk.type == v1::EVENT_TYPE_MEETING ||
           talk.type == v1::EVENT_TYPE_CALL) &&
          talk.participant_countries.size() >= 2 && !events[e].also_signed) {
        events[e].participants = talk.participant_countries;
        break;
      }
      // "They also signed an agreement on ...": the sides of the agreement
      // reported just before.
      if (talk.type == v1::EVENT_TYPE_AGREEMENT &&
          talk.participants.size() >= 2) {
        events[e].participants = talk.participants;
        break;
      }
    }
  }
  // Tentative mentions lend their date and place to the fullest compatible
  // meeting; country-level mentions fold into a meeting of those countries'
  // officials.
  auto lend = [&events](const EventDraft& draft,
                        const std::vector<std::string>& needed,
                        bool by_country) {
    for (EventDraft& event : events) {
      if (&event == &draft || event.type != draft.type || event.tentative ||
          event.country_level) {
        continue;
      }
      const std::vector<std::string>& have =
          by_country ? event.participant_countries : event.participants;
      const bool status_ok = event.status == draft.status ||
                             !draft.status_explicit || !event.status_explicit;
      if (!needed.empty() && IsSubset(needed, have) && status_ok &&
          DatesAgree(draft.date, event.date) &&
          PlacesCompatible(draft, event)) {
        Absorb(draft, &event, true);
        return true;
      }
    }
    return false;
  };
  for (const EventDraft& draft : tentatives)
    lend(draft, draft.participants, false);
  for (EventDraft& event : events) {
    if (event.country_level && lend(event, event.participants, true)) {
      event.participants.clear();  // Folded; dropped below.
    }
  }

  // Drop what is not an event.
  std::vector<EventDraft> kept;
  for (EventDraft& event : events) {
    switch (event.type) {
      case v1::EVENT_TYPE_MEETING:
      case v1::EVENT_TYPE_CALL:
        if (event.participants.size() < 2) continue;
        break;
      case v1::EVENT_TYPE_VISIT: {
        // Travel at home is not an official visit abroad ("the crown prince
        // arrived in Riyadh" is the host, "Blinken returned to Washington").
        const v1::Date& when = PrecisionOf(event.date) == DatePrecision::kNone
                                   ? article_date
                                   : event.date;
        std::vector<std::string> travellers;
        for (const std::string& id : event.participants) {
          const v1::Actor* actor = kb.FindActor(id);
          const v1::Role* role = actor ? kb.RoleOn(*actor, when) : nullptr;
          const std::string home = role && !role->country().empty()
                                       ? role->country()
                                   : actor ? actor->country()
                                           : std::string();
          if (home.empty() || home != event.country) travellers.push_back(id);
        }
        event.participants = std::move(travellers);
        if (event.participants.empty() || event.country.empty()) continue;
        break;
      }
      case v1::EVENT_TYPE_AGREEMENT: {
        if (event.participants.empty() ||
            event.agreement_status == v1::AGREEMENT_STATUS_UNSPECIFIED) {
          continue;
        }
        // An agreement needs two sides. One country alone is kept only for
        // a nuclear deal, whose other parties articles rarely name; an
        // organization alone is its members' decision ("OPEC+ agreed").
        const v1::Actor* only = event.participants.size() == 1
                                    ? kb.FindActor(event.participants[0])
                                    : nullptr;
        if (only != nullptr && only->kind() == v1::ACTOR_KIND_COUNTRY &&
            !absl::StrContains(event.agreement_name, "nuclear") &&
            !absl::StrContains(event.agreement_name, "jcpoa")) {
          continue;
        }
        if (event.unfinished &&
            event.agreement_status == v1::AGREEMENT_STATUS_PENDING_SIGNATURE) {
          event.agreement_status = v1::AGREEMENT_STATUS_NEGOTIATING;
        }
        if (PrecisionOf(event.date) == DatePrecision::kNone) {
          event.date = article_date;
        }
        break;
      }
      default:
        continue;
    }
    kept.push_back(std::move(event));
  }

  // A visit and the meetings its traveller held there tell each other's
  // place and date.
  auto shares_participant = [](const EventDraft& a, const EventDraft& b) {
    return std::any_of(
        a.participants.begin(), a.participants.end(),
        [&b](const std::string& id) { return Contains(b.participants, id); });
  };
  for (EventDraft& visit : kept) {
    if (visit.type != v1::EVENT_TYPE_VISIT) continue;
    for (const EventDraft& meeting : kept) {
      if (meeting.type != v1::EVENT_TYPE_MEETING ||
          meeting.status != visit.status ||
          !shares_participant(visit, meeting) ||
          !DatesAgree(visit.date, meeting.date) ||
          meeting.country != visit.country ||
          !PlacesCompatible(visit, meeting)) {
        continue;
      }
      if (visit.place.empty()) visit.place = meeting.place;
      if (PrecisionOf(visit.date) == DatePrecision::kNone) {
        visit.date = Truncate(meeting.date, DatePrecision::kMonth);
      }
    }
    if (visit.place.empty()) {
      // A visit to a country goes to its capital unless the text says
      // otherwise.
      if (const v1::Actor* country = kb.FindActor(visit.country)) {
        visit.place = country->capital();
      }
    }
  }
  auto same_sentence = [](const EventDraft& a, const EventDraft& b) {
    return std::any_of(
        a.sentences.begin(), a.sentences.end(), [&b](int sentence) {
          return std::find(b.sentences.begin(), b.sentences.end(), sentence) !=
                 b.sentences.end();
        });
  };
  for (EventDraft& meeting : kept) {
    if (meeting.type != v1::EVENT_TYPE_MEETING) continue;
    // The visit told in the meeting's own sentence first ("X paid a visit
    // to China, during which Xi held talks with him"), then any other.
    for (int pass = 0; pass < 2; ++pass) {
      bool found = false;
      for (const EventDraft& visit : kept) {
        if (visit.type != v1::EVENT_TYPE_VISIT ||
            visit.status != meeting.status ||
            !shares_participant(visit, meeting) ||
            !DatesAgree(visit.date, meeting.date) ||
            !PlacesCompatible(visit, meeting) ||
            (pass == 0 && !same_sentence(visit, meeting))) {
          continue;
        }
        found = true;
        if (meeting.country.empty()) {
          meeting.place = visit.place;
          meeting.country = visit.country;
        }
        if (PrecisionOf(meeting.date) == DatePrecision::kNone) {
          // A visit may last days: only its month dates the meeting.
          meeting.date = Truncate(visit.date, DatePrecision::kMonth);
        }
        break;
      }
      if (found) break;
    }
  }
  return kept;
}

}  // namespace parley
