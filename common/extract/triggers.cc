// Event words (triggers) in a sentence, and the status cues around them.
#include <algorithm>

#include "absl/strings/match.h"
#include "common/extract/event_rules.h"

namespace parley {
namespace event_rules {

namespace {

// How a word matched the rules of one event type.
enum Match {
  kNoMatch,  // Not a trigger of this type: try the next type.
  kSkip,     // Not a trigger, and no other type's either.
  kFound,    // A trigger.
};

// Verbs of meeting.
const WordSet& MeetVerbs() {
  static const WordSet* kSet = new WordSet{"met", "meet", "meets", "meeting"};
  return *kSet;
}

// Words that make a meeting noun an event ("held talks", "at the summit").
const WordSet& LightVerbs() {
  static const WordSet* kSet = new WordSet{
      "held",      "hold",      "holds",    "holding", "had",    "have",
      "has",       "having",    "in",       "at",      "during", "after",
      "following", "conducted", "two-hour", "first"};
  return *kSet;
}

// Nouns of meeting.
const WordSet& MeetNouns() {
  static const WordSet* kSet =
      new WordSet{"talks",       "meeting",      "meetings",    "summit",
                  "discussions", "negotiations", "conversation"};
  return *kSet;
}

// Verbs of visiting.
const WordSet& VisitVerbs() {
  static const WordSet* kSet =
      new WordSet{"visited", "visits", "visiting", "visit", "toured", "tour"};
  return *kSet;
}

// Words of travelling somewhere.
const WordSet& TravelWords() {
  static const WordSet* kSet = new WordSet{
      "travelled", "traveled",  "travel",  "travels", "travelling", "traveling",
      "flew",      "fly",       "arrived", "arrives", "arrive",     "arriving",
      "came",      "comes",     "come",    "went",    "returned",   "headed",
      "heads",     "landed",    "lands",   "flying",  "flies",      "head",
      "heading",   "journeyed", "jetted",  "coming",  "landing",    "goes",
      "go",        "going",     "flown",   "arrival", "touched",    "touches",
      "gone"};
  return *kSet;
}

// "left for Beijing", "departed for Astana", "set off for Ankara".
const WordSet& LeaveVerbs() {
  static const WordSet* kSet =
      new WordSet{"left",    "leave",  "leaves",    "leaving", "departed",
                  "departs", "depart", "departing", "off"};
  return *kSet;
}

// Verbs of attending.
const WordSet& AttendVerbs() {
  static const WordSet* kSet = new WordSet{"attend", "attends", "attending"};
  return *kSet;
}

// Nouns that name an agreement.
const WordSet& AgreementHeads() {
  static const WordSet* kSet =
      new WordSet{"agreement",  "treaty", "pact",     "deal",        "accord",
                  "memorandum", "mou",    "contract", "arrangement", "roadmap",
                  "armistice",  "jcpoa",  "gsomia"};
  return *kSet;
}

// Nouns that name an agreement only in a title ("the Abraham Accords") or
// when signed.
const WordSet& NamedHeads() {
  static const WordSet* kSet = new WordSet{
      "accords",    "agreements", "initiative", "declaration", "protocol",
      "convention", "charter",    "communique", "plan"};
  return *kSet;
}

// "january" ... "december".
const WordSet& MonthWords() {
  static const WordSet* kSet = new WordSet{
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  return *kSet;
}

// Past-tense verbs: the event happened.
const WordSet& PastVerbs() {
  static const WordSet* kSet = new WordSet{
      "met",     "visited", "toured",    "travelled", "traveled", "flew",
      "arrived", "came",    "went",      "returned",  "left",     "departed",
      "landed",  "headed",  "journeyed", "received",  "hosted",   "welcomed",
      "flown",   "held",    "had",       "phoned",    "spoke",    "talked",
      "gone",    "signed",  "conducted", "joined",    "touched",  "greeted",
      "shook"};
  return *kSet;
}

// "Xi will attend the summit in Riyadh, hosted by the crown prince": true
// when the participle at `i` (before "by") ends a clause from `skip` whose
// verb is still to come ("will", "is due to", "is set to"); not after a
// past verb or a clause opener in between ("after the summit, hosted by"),
// nor when the participle tells a time of its own ("hosted by X last
// week").
bool FutureGovernsParticiple(const std::vector<Token>& tokens, int i,
                             int skip) {
  static const WordSet kOwnTime = {"last", "earlier", "ago", "yesterday"};
  static const WordSet kStops = {";",     "after", "since", "when", "where",
                                 "which", "who",   "that",  "while"};
  static const WordSet kWill = {"will", "'ll", "shall"};
  static const WordSet kBeforeTo = {"due",      "set", "scheduled", "slated",
                                    "expected", "is",  "are"};
  const int n = static_cast<int>(tokens.size());
  if (!Is(tokens, i + 1, "by")) return false;
  for (int k = i + 2; k < n && tokens[k].lower != "," && tokens[k].lower != ".";
       ++k) {
    if (kOwnTime.contains(tokens[k].lower)) return false;
  }
  for (int k = i - 1; k >= skip; --k) {
    const TokenText& w = tokens[k].lower;
    if (kStops.contains(w) || PastVerbs().contains(w) || w == "attended") {
      return false;
    }
    if (kWill.contains(w) || (w == "to" && InSet(tokens, k - 1, kBeforeTo))) {
      return true;
    }
  }
  return false;
}

// Words before a bare verb of something to come: "will host", "to call".
const WordSet& ModalsOrTo() {
  static const WordSet* kSet = new WordSet{"will",  "'ll", "would", "shall",
                                           "could", "may", "might", "to"};
  return *kSet;
}

// Calls: "phoned", "a phone call", "called Putin", "a video conference".
Match CallTrigger(const std::vector<Token>& tokens, int i, int skip,
                  Trigger* t) {
  const TokenText& w = tokens[i].lower;
  const int n = static_cast<int>(tokens.size());
  // "a three-way call", "their hour-long call", "the two leaders' call":
  // modifiers may stand between the determiner and a singular "call", but
  // not those of a decision or a demand ("a close call", "the right call",
  // "a wake-up call", "a courtesy call" on someone is a visit).
  static const WordSet kNotPhoneCalls = {
      "wake",     "close",    "judgment", "judgement", "roll",      "clarion",
      "curtain",  "margin",   "port",     "cold",      "right",     "wrong",
      "tough",    "good",     "bad",      "hard",      "difficult", "last",
      "final",    "courtesy", "house",    "public",    "urgent",    "renewed",
      "repeated", "loud",     "strong",   "joint",     "open",      "direct"};
  // Words that end a noun phrase before "call" ("a bloc that would call").
  static const WordSet kNotModifiers = {
      "that", "which", "who",  "would",  "will", "'ll",   "to",   "not",
      "and",  "or",    "must", "should", "can",  "could", "may",  "might",
      "did",  "do",    "does", "is",     "are",  "was",   "were", "be"};
  bool modified_call = false;
  if (w == "call" && !Is(tokens, i - 1, "a") && !Is(tokens, i - 1, "the")) {
    const bool plural_possessive = Is(tokens, i - 1, "'") && i >= 2 &&
                                   absl::EndsWith(tokens[i - 2].lower, "s");
    int determiner = plural_possessive ? i - 1 : -1;
    for (int k = i - 1; determiner < 0 && k >= 0 && k >= i - 6; --k) {
      if (Is(tokens, k, "a") || Is(tokens, k, "an") || Is(tokens, k, "'s") ||
          InSet(tokens, k, Determiners())) {
        determiner = k;
      } else if (kNotPhoneCalls.contains(tokens[k].lower) ||
                 kNotModifiers.contains(tokens[k].lower) ||
                 !(tokens[k].lower == "-" ||
                   (tokens[k].word && !tokens[k].capitalized))) {
        break;
      }
    }
    modified_call = determiner >= 0;
  }
  // "a call to action", "its call to end the war": an appeal.
  const bool appeal = Is(tokens, i + 1, "to") && i + 2 < n &&
                      tokens[i + 2].word && !tokens[i + 2].capitalized &&
                      !Is(tokens, i + 2, "the") && !Is(tokens, i + 2, "his") &&
                      !Is(tokens, i + 2, "her");
  const bool call_noun =
      (w == "call" || w == "calls") && !Is(tokens, i + 1, "for") && !appeal &&
      !(Is(tokens, i + 1, "on") &&
        !(i + 2 < n && IsWeekdayWord(tokens[i + 2].lower))) &&
      (Is(tokens, i - 1, "'s") || Is(tokens, i - 1, "a") || modified_call ||
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
  // "will call Xi", "plans to call Putin": the verb of a call to come.
  // Not "call X to account".
  bool to_account = false;
  for (int k = i + 2; k + 1 < n && k <= i + 6; ++k) {
    to_account = to_account ||
                 (Is(tokens, k, "to") &&
                  (Is(tokens, k + 1, "account") || Is(tokens, k + 1, "order")));
  }
  const bool will_call =
      w == "call" && InSet(tokens, i - 1, ModalsOrTo()) && !to_account;
  const bool called_person = (w == "called" || w == "rang" || w == "dialled" ||
                              w == "dialed" || will_call) &&
                             i + 1 < n && tokens[i + 1].capitalized &&
                             !IsWeekdayWord(tokens[i + 1].lower) &&
                             !InSet(tokens, i - 1, kCopulas) &&
                             !Is(tokens, i - 1, "-");
  if (called_person) {
    t->type = v1::EVENT_TYPE_CALL;
    t->past = !will_call;
    t->dialled = true;
    return kFound;
  }
  // "inaugurated via video link the new port", "jointly launched by video
  // link": a ceremony they held together, not a call between them.
  static const WordSet kCeremonies = {
      "inaugurated", "inaugurate", "launched", "launch",       "opened",
      "open",        "unveiled",   "unveil",   "commissioned", "commission"};
  if ((w == "video" || w == "videoconference") &&
      (Is(tokens, i - 1, "via") || Is(tokens, i - 1, "by")) &&
      InSet(tokens, i - 2, kCeremonies)) {
    return kSkip;
  }
  if (call_noun || remote || w == "phone" || w == "telephone" ||
      w == "phoned" || w == "telephoned" || w == "phones" ||
      w == "telephones" || w == "videoconference" || w == "teleconference" ||
      (w == "video" &&
       (Is(tokens, i + 1, "call") || Is(tokens, i + 1, "link") ||
        Is(tokens, i + 1, "conference")))) {
    t->type = v1::EVENT_TYPE_CALL;
    if (Is(tokens, i + 1, "call") || Is(tokens, i + 1, "conversation") ||
        Is(tokens, i + 1, "calls") || Is(tokens, i + 1, "conversations") ||
        Is(tokens, i + 1, "talks") || Is(tokens, i + 1, "link") ||
        Is(tokens, i + 1, "conference") || Is(tokens, i + 1, "summit") ||
        Is(tokens, i + 1, "meeting")) {
      t->last = i + 1;
    }
    for (int k = std::max(skip, i - 4); k < i; ++k) {
      if (PastVerbs().contains(tokens[k].lower)) t->past = true;
    }
    t->past = t->past || w == "phoned" || w == "telephoned";
    return kFound;
  }
  return kNoMatch;
}

// Words that place a round in its series: "the third round", "a new round".
const WordSet& RoundOrder() {
  static const WordSet* kSet =
      new WordSet{"first",   "second",   "third",   "fourth", "fifth", "sixth",
                  "seventh", "eighth",   "ninth",   "tenth",  "next",  "last",
                  "latest",  "previous", "another", "new"};
  return *kSet;
}

// True when token `i` places a round in its series: a word of RoundOrder
// or a numeral ordinal ("the 24th round", "its 3rd round").
bool RoundOrdinal(const std::vector<Token>& tokens, int i) {
  if (InSet(tokens, i, RoundOrder())) return true;
  if (i < 0 || i >= static_cast<int>(tokens.size())) return false;
  const TokenText& w = tokens[i].lower;
  const size_t digits = w.find_first_not_of("0123456789");
  if (digits == 0 || digits == std::string::npos || w.size() != digits + 2) {
    return false;
  }
  const absl::string_view suffix = absl::string_view(w).substr(digits);
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

// Meetings: "met", "held talks", "the next round", "received X", "sat down".
Match MeetingTrigger(const std::vector<Token>& tokens, int i, int skip,
                     Trigger* t) {
  const TokenText& w = tokens[i].lower;
  const int n = static_cast<int>(tokens.size());
  // "Albanese dined with Modi".
  const bool dined =
      (w == "dined" || w == "dines" || w == "dine" || w == "dining") &&
      Is(tokens, i + 1, "with");
  // "had dinner", "attended a banquet", "a ceremony attended by X and Y",
  // "hosted a working lunch for X"; not the signing ceremony (an event of
  // its own below) nor "the dinner's menu".
  const bool occasion = OccasionNouns().contains(w) &&
                        !Is(tokens, i - 1, "signing") &&
                        !Is(tokens, i + 1, "-") && !Is(tokens, i + 1, "'s");
  // "Modi and Biden walked together through the gardens", "Xi and Putin
  // strolled through the Kremlin grounds": they were together.
  static const WordSet kStrolled = {"walked", "strolled", "walking",
                                    "strolling"};
  static const WordSet kStrollWays = {"together", "through", "around", "along",
                                      "side"};
  const bool strolled = InSet(tokens, i, kStrolled) &&
                        InSet(tokens, i + 1, kStrollWays) &&
                        (w.front() == 's' || Is(tokens, i + 1, "together") ||
                         Is(tokens, i + 1, "side"));
  if (dined || occasion || strolled) {
    // "a wreath-laying ceremony": an article before a compound modifier.
    bool article = false;
    for (int k = WordsBefore(tokens, i, 2, skip); k < i; ++k) {
      article = article || Is(tokens, k, "a") || Is(tokens, k, "an");
    }
    // "the ceremony", "the dinner" refer back to an occasion told before
    // (which may have been held by video link).
    if (occasion &&
        (DeterminerBefore(tokens, i) >= 0 ||
         (!article && !InSet(tokens, i - 1, LightVerbs()) &&
          !Is(tokens, i - 1, "for") && !Is(tokens, i - 1, "over")))) {
      return kSkip;
    }
    t->type = v1::EVENT_TYPE_MEETING;
    t->occasion = true;
    t->nominal = occasion;
    t->past = w == "dined" || w == "walked" || w == "strolled";
    for (int k = WordsBefore(tokens, i, 3, skip); occasion && k < i; ++k) {
      if (PastVerbs().contains(tokens[k].lower) ||
          tokens[k].lower == "attended") {
        t->past = true;
      }
    }
    // "a ceremony attended by X": the occasion happened; not "will attend
    // a ceremony hosted by X".
    t->past = t->past || Is(tokens, i + 1, "attended") ||
              (Is(tokens, i + 1, "hosted") && Is(tokens, i + 2, "by") &&
               !FutureGovernsParticiple(tokens, i + 1, skip));
    return kFound;
  }
  // Meetings.
  if (MeetVerbs().contains(w) &&
      !(w == "meeting" && DeterminerBefore(tokens, i) >= 0) &&
      !(w == "meeting" && IndefiniteBefore(tokens, i))) {
    t->type = v1::EVENT_TYPE_MEETING;
    t->past = w == "met";
    return kFound;
  }
  // "Borrell convened Vucic and Kurti in Brussels", "the delegations
  // reconvened in Geneva on Monday".
  static const WordSet kConvene = {"convened",   "convenes",   "convene",
                                   "reconvened", "reconvenes", "reconvene"};
  if (kConvene.contains(w)) {
    t->type = v1::EVENT_TYPE_MEETING;
    t->past = absl::EndsWith(w, "ed");
    return kFound;
  }
  // "the last direct round", "the next formal round": the talks' manner
  // between the order and the noun.
  static const WordSet kRoundModes = {"direct",   "indirect", "formal",
                                      "informal", "official", "face-to-face"};
  const int round_order = InSet(tokens, i - 1, kRoundModes) ? i - 2 : i - 1;
  if (w == "round" && RoundOrdinal(tokens, round_order) &&
      !Is(tokens, i + 1, "of") && !Is(tokens, i + 1, "-")) {
    t->type = v1::EVENT_TYPE_MEETING;
    t->nominal = true;
    t->round = true;
    for (int k = WordsBefore(tokens, i, 3, skip); k < i; ++k) {
      if (PastVerbs().contains(tokens[k].lower)) t->past = true;
    }
    return kFound;
  }
  // "the sit-down between Trump and Zelensky", "a sit-down with Putin".
  const bool sit_down = w == "sit" && Is(tokens, i + 1, "-") &&
                        Is(tokens, i + 2, "down") && !Is(tokens, i - 1, "to");
  // "a tete-a-tete with Modi", "held a tête-à-tête" (accented as written).
  static const WordSet kTete = {"tete", "t\xC3\xAAte"};
  // Not a part of talks told before ("the talks, including a
  // tete-a-tete"): held or had, or with a partner.
  static const WordSet kHeldOrHad = {"held", "hold", "holds", "holding",
                                     "had",  "have", "has",   "having"};
  bool tete_a_tete =
      InSet(tokens, i, kTete) && Is(tokens, i + 1, "-") &&
      (Is(tokens, i + 2, "a") || Is(tokens, i + 2, "\xC3\xA0")) &&
      Is(tokens, i + 3, "-") && InSet(tokens, i + 4, kTete);
  if (tete_a_tete && !Is(tokens, i + 5, "with") &&
      !Is(tokens, i + 5, "between")) {
    bool held = false;
    for (int k = WordsBefore(tokens, i, 3, skip); k < i; ++k) {
      held = held || InSet(tokens, k, kHeldOrHad);
    }
    tete_a_tete = held;
  }
  // "a scheduled bilateral with Sheinbaum", "held a bilateral on the
  // sidelines", "their bilateral in Delhi": the adjective as a noun, before
  // a partner, a place or a time (not "a range of bilateral, regional and
  // global issues").
  static const WordSet kAfterBilateral = {
      "with",    "between",  "on",        "in",    "at",   "during", "later",
      "earlier", "tomorrow", "yesterday", "today", "this", "last"};
  const bool bilateral =
      w == "bilateral" && InSet(tokens, i + 1, kAfterBilateral) &&
      (Is(tokens, i + 1, "with") || IndefiniteBefore(tokens, i) ||
       DeterminerBefore(tokens, i) >= 0);
  // "an audience with the Pope", "granted an audience to the Prime
  // Minister": the one received named next (not "an audience with
  // students", a crowd).
  const int audience_guest = Is(tokens, i + 2, "the") ? i + 3 : i + 2;
  const bool audience =
      w == "audience" &&
      (Is(tokens, i + 1, "with") || Is(tokens, i + 1, "to")) &&
      audience_guest < n && tokens[audience_guest].capitalized;
  if (MeetNouns().contains(w) || sit_down || tete_a_tete || bilateral ||
      audience || (w == "ceremony" && Is(tokens, i - 1, "signing")) ||
      ((w == "conference" || w == "conferences") &&
       (Is(tokens, i - 1, "news") || Is(tokens, i - 1, "press")))) {
    // "dialogue and talks", "talks are underway" are not meetings: a noun
    // needs a determiner, a light verb, or a "with"/"between" partner.
    const int determiner = DeterminerBefore(tokens, i);
    bool light = false;
    for (int k = WordsBefore(tokens, i, 3, skip); k < i; ++k) {
      if (LightVerbs().contains(tokens[k].lower) || tokens[k].lower == "a" ||
          tokens[k].lower == "an") {
        light = true;
      }
    }
    // "met in Munich for talks", "flew to Ankara for talks"; "the last
    // round of US-Iran talks".
    light = light || Is(tokens, i - 1, "for");
    // "a new round of talks", "the third round of negotiations": a round
    // of a series.
    bool round = false;
    for (int k = WordsBefore(tokens, i, 4, skip); k + 1 < i; ++k) {
      const bool round_of = Is(tokens, k, "round") && Is(tokens, k + 1, "of");
      // "held several rounds of talks".
      light = light || round_of ||
              (Is(tokens, k, "rounds") && Is(tokens, k + 1, "of"));
      round = round || (round_of && RoundOrdinal(tokens, k - 1));
    }
    if (sit_down) t->last = i + 2;
    if (tete_a_tete) t->last = i + 4;
    const bool partner = Is(tokens, t->last + 1, "with") ||
                         Is(tokens, t->last + 1, "between") ||
                         (audience && Is(tokens, t->last + 1, "to"));
    // "Iran-US talks", "Iran-US nuclear talks": capitalized words joined
    // by a hyphen before the noun, up to two lowercase modifiers between;
    // not a title-case headline ("Oman Hosts Iran-US Talks").
    int side = i - 1;
    while (side > i - 3 && side > 0 && tokens[side].word &&
           !tokens[side].capitalized) {
      --side;
    }
    t->hyphen_sides = determiner < 0 && !light && !partner && w != "summit" &&
                      !tokens[i].capitalized && side >= 2 &&
                      tokens[side].capitalized && Is(tokens, side - 1, "-") &&
                      tokens[side - 2].capitalized;
    if (determiner < 0 && !light && !partner && w != "summit" &&
        !t->hyphen_sides) {
      return kSkip;
    }
    // "on the sidelines of the BRICS summit" places a meeting; it is not one.
    bool sidelines = false;
    for (int k = std::max(skip, i - 6); k < i; ++k) {
      if (tokens[k].lower == "sidelines" || tokens[k].lower == "margins") {
        sidelines = true;
      }
    }
    if (sidelines) return kSkip;
    t->type = v1::EVENT_TYPE_MEETING;
    t->nominal = true;
    t->round = round;
    t->definite = determiner >= 0 && !partner;
    for (int k = WordsBefore(tokens, i, 3, skip); k < i; ++k) {
      if (PastVerbs().contains(tokens[k].lower)) t->past = true;
    }
    return kFound;
  }
  // "called on Prime Minister Modi", "called on the Prime Minister"; not
  // "called on Putin to withdraw" (an appeal), though "called on Modi to
  // discuss trade" (a visit with a purpose) is one.
  const int callee =
      Is(tokens, i + 1, "on") && Is(tokens, i + 2, "the") ? i + 3 : i + 2;
  bool call_on = (w == "call" || w == "called" || w == "calls") &&
                 Is(tokens, i + 1, "on") && callee < n &&
                 tokens[callee].capitalized &&
                 !IsWeekdayWord(tokens[callee].lower);
  static const WordSet kPurposes = {"discuss", "brief",    "deliver", "convey",
                                    "present", "exchange", "review",  "hand",
                                    "pay",     "sign",     "thank",   "bid"};
  // The callees' names, titles and the "and" or comma between them.
  int after = callee;
  while (
      after < n &&
      (tokens[after].capitalized || Is(tokens, after, "-") ||
       ((Is(tokens, after, "and") || Is(tokens, after, ",")) && after + 1 < n &&
        (tokens[after + 1].capitalized || Is(tokens, after + 1, "the"))) ||
       (Is(tokens, after, "the") && after + 1 < n &&
        tokens[after + 1].capitalized))) {
    ++after;
  }
  if (Is(tokens, after, "to") && !InSet(tokens, after + 1, kPurposes)) {
    call_on = false;
  }
  // "will host Erdogan", "is to receive Modi": the bare verb only after a
  // modal or "to" and before a name ("the host country", "will host the
  // next summit" are no meetings with a guest).
  static const WordSet kBareHostVerbs = {"receive", "host"};
  const bool bare_host = kBareHostVerbs.contains(w) &&
                         InSet(tokens, i - 1, ModalsOrTo()) && i + 1 < n &&
                         tokens[i + 1].capitalized &&
                         !IsWeekdayWord(tokens[i + 1].lower) &&
                         !MonthWords().contains(tokens[i + 1].lower);
  if ((ReceiveVerbs().contains(w) && !kBareHostVerbs.contains(w)) ||
      bare_host || call_on) {
    t->type = v1::EVENT_TYPE_MEETING;
    // "will be received by Xi", "is to be hosted by Erdogan": not yet.
    const bool to_be =
        Is(tokens, i - 1, "be") || (Is(tokens, i - 2, "be") && i > 0 &&
                                    absl::EndsWith(tokens[i - 1].lower, "ly"));
    // "will attend the summit, hosted by X": the summit's future.
    // So does "will attend a ceremony hosted by X".
    const bool future =
        (Is(tokens, i - 1, ",") || InSet(tokens, i - 1, OccasionNouns())) &&
        FutureGovernsParticiple(tokens, i, skip);
    t->past = PastVerbs().contains(w) && !to_be && !future;
    t->expected = future;
    return kFound;
  }
  // "Xi and Putin witnessed the signing of ten agreements", "oversaw the
  // exchange of documents": they watched it together.
  static const WordSet kWitnessed = {"witnessed",  "witness",    "witnesses",
                                     "witnessing", "oversaw",    "oversee",
                                     "oversees",   "overseeing", "watched"};
  const int watched = Is(tokens, i + 1, "the") ? i + 2 : i + 1;
  if (InSet(tokens, i, kWitnessed) &&
      (Is(tokens, watched, "signing") ||
       (Is(tokens, watched, "exchange") && Is(tokens, watched + 1, "of")))) {
    t->type = v1::EVENT_TYPE_MEETING;
    t->last = watched;
    t->witnessed = true;
    t->past = w == "witnessed" || w == "oversaw" || w == "watched";
    return kFound;
  }
  // "signed the deal in the presence of Sisi", "in Xi's presence": the
  // signing's witnesses; it happened when the clause's verb is past (not
  // "spoke in the presence of the mediator", which tells of others).
  int in_at = Is(tokens, i + 1, "of") && Is(tokens, i - 1, "the") ? i - 2 : -1;
  for (int k = i - 2;
       in_at < 0 && Is(tokens, i - 1, "'s") && k >= 0 && k >= i - 5; --k) {
    if (Is(tokens, k, "in")) in_at = k;
    if (!tokens[k].capitalized) break;
  }
  static const WordSet kSigning = {"signed", "sign", "signs", "signing",
                                   "inked"};
  int signing = -1;
  for (int k = in_at - 1; w == "presence" && in_at > 0 && signing < 0 &&
                          k >= skip && k >= in_at - 15;
       --k) {
    if (tokens[k].lower == ";") break;
    if (InSet(tokens, k, kSigning)) signing = k;
  }
  if (signing >= 0) {
    t->type = v1::EVENT_TYPE_MEETING;
    t->witnessed = true;
    t->past =
        tokens[signing].lower == "signed" || tokens[signing].lower == "inked";
    return kFound;
  }
  // "A and B shook hands at the White House": they met.
  if ((w == "shook" || w == "shake" || w == "shakes" || w == "shaking") &&
      Is(tokens, i + 1, "hands")) {
    t->type = v1::EVENT_TYPE_MEETING;
    t->last = i + 1;
    t->past = w == "shook";
    return kFound;
  }
  // "negotiated in Doha", not "finished negotiating in March" (a time) or
  // "negotiating in good faith".
  const int venue = Is(tokens, i + 2, "the") ? i + 3 : i + 2;
  const bool negotiated_at_place = venue < n && tokens[venue].capitalized &&
                                   !MonthWords().contains(tokens[venue].lower);
  // "talked face to face", "spoke one-on-one", "met in person"; the
  // tokenizer splits hyphenated words ("one - on - one").
  auto pair_of = [&tokens](int k, const auto& word) {
    const int step = Is(tokens, k + 1, "-") ? 2 : 1;
    return Is(tokens, k, word) &&
           (Is(tokens, k + step, "to") || Is(tokens, k + step, "on")) &&
           Is(tokens, k + 2 * step, word);
  };
  const bool in_person =
      pair_of(i + 1, "face") || pair_of(i + 1, "one") ||
      (Is(tokens, i + 1, "in") && Is(tokens, i + 2, "person"));
  // "will sit down with Biden", "is sitting down with Xi on Friday".
  const bool sits_down_with = (w == "sit" || w == "sits" || w == "sitting") &&
                              Is(tokens, i + 1, "down") &&
                              Is(tokens, i + 2, "with");
  // "saw President Putin behind closed doors", "will see Chief Minister
  // X in Lahore", "sat with Erdogan on Friday": seeing a person named
  // right after, the name ending the phrase (not "saw Putin as a threat",
  // "saw Trump's remarks"); like a shared occasion, only of persons from
  // two countries.
  static const WordSet kSaw = {"saw", "sat"};
  static const WordSet kAfterSeen = {
      "on",      "in",     "at",        "for",   "behind",  "during",
      "after",   "before", "and",       "later", "earlier", "this",
      "last",    "today",  "yesterday", "again", "off",     "privately",
      "briefly", ",",      ".",         ";"};
  const bool see_verb = InSet(tokens, i, kSaw) ||
                        (w == "see" && InSet(tokens, i - 1, ModalsOrTo()));
  const int seen = w == "sat" ? i + 2 : i + 1;
  int seen_end = seen;
  while (see_verb && seen_end < n &&
         (tokens[seen_end].capitalized || Is(tokens, seen_end, "-"))) {
    ++seen_end;
  }
  if (see_verb && (w != "sat" || Is(tokens, i + 1, "with")) && seen < n &&
      tokens[seen].capitalized && !IsWeekdayWord(tokens[seen].lower) &&
      !MonthWords().contains(tokens[seen].lower) &&
      (seen_end >= n || InSet(tokens, seen_end, kAfterSeen))) {
    t->type = v1::EVENT_TYPE_MEETING;
    t->occasion = true;
    t->past = w == "saw" || w == "sat";
    return kFound;
  }
  if (((w == "talked" || w == "spoke" || w == "talk" || w == "speak") &&
       in_person) ||
      (w == "sat" && Is(tokens, i + 1, "down")) || sits_down_with ||
      w == "conferred" ||
      ((w == "negotiated" || w == "negotiating") &&
       (((Is(tokens, i + 1, "in") || Is(tokens, i + 1, "at")) &&
         negotiated_at_place) ||
        Is(tokens, i + 1, "with") || Is(tokens, i + 1, "for")))) {
    t->type = v1::EVENT_TYPE_MEETING;
    t->past = (w != "negotiating" && w != "talk" && w != "speak" &&
               !sits_down_with) ||
              Is(tokens, i - 3, "spent") || Is(tokens, i - 1, "were") ||
              Is(tokens, i - 1, "was");
    return kFound;
  }
  return kNoMatch;
}

// Visits: "visited", "flew to", "left for", "reached", "spent two days in",
// "invited X to", "will be in", "attended".
Match VisitTrigger(const std::vector<Token>& tokens, int i, int skip,
                   Trigger* t) {
  const TokenText& w = tokens[i].lower;
  const int n = static_cast<int>(tokens.size());
  // Visits. The place may follow "the" ("flew into the Russian capital").
  // "travels on to Greece", "flew onward to Rome": the place follows.
  // "returned only yesterday from the UAE", "flew back to Moscow".
  static const WordSet kAdverbs = {"only",  "yesterday", "today",   "back",
                                   "home",  "briefly",   "later",   "earlier",
                                   "again", "then",      "also",    "late",
                                   "down",  "together",  "tomorrow"};
  int preposition = i + 1;
  while (preposition < n && preposition <= i + 2 &&
         InSet(tokens, preposition, kAdverbs)) {
    ++preposition;
  }
  // "will fly on Saturday to Abu Dhabi", "travelled last week to Cairo":
  // the time may come before the destination.
  static const WordSet kRelative = {"last", "next", "this"};
  static const WordSet kSpans = {"week", "month", "weekend", "year"};
  if (Is(tokens, preposition, "on") && preposition + 1 < n &&
      IsWeekdayWord(tokens[preposition + 1].lower) &&
      Is(tokens, preposition + 2, "to")) {
    preposition += 2;
  } else if (InSet(tokens, preposition, kRelative) &&
             InSet(tokens, preposition + 1, kSpans) &&
             Is(tokens, preposition + 2, "to")) {
    preposition += 2;
  }
  // "flew in from Tokyo", "arrived in from Riyadh".
  if (Is(tokens, preposition, "in") && Is(tokens, preposition + 1, "from")) {
    ++preposition;
  }
  // "flies next to Dushanbe": the next stop of a tour (not "landed next
  // to the Kremlin").
  const bool next_stop = Is(tokens, preposition, "next") &&
                         w.rfind("land", 0) != 0 && w.rfind("arriv", 0) != 0;
  if ((Is(tokens, preposition, "on") || Is(tokens, preposition, "onward") ||
       Is(tokens, preposition, "onwards") || next_stop) &&
      Is(tokens, preposition + 1, "to")) {
    ++preposition;
  }
  // "returned home on Saturday morning from Moscow": the place come back
  // from may follow a time.
  for (int k = preposition; w == "returned" && k < n && k <= i + 7; ++k) {
    if (!tokens[k].word || Is(tokens, k, "to") || Is(tokens, k, "for")) break;
    if (Is(tokens, k, "from")) {
      preposition = k;
      break;
    }
  }
  const int place_at =
      Is(tokens, preposition + 1, "the") ? preposition + 2 : preposition + 1;
  // "arrived in the capital on Monday": the capital of the country where
  // the story is set (FindDestinations); not "the capital of Mali".
  const bool the_capital = Is(tokens, place_at, "capital") &&
                           Is(tokens, place_at - 1, "the") &&
                           !Is(tokens, place_at + 1, "of");
  // "the documents he brought back from the White House", "is back from
  // Beijing": one back from a place had been there.
  if (w == "back" && Is(tokens, i + 1, "from") && place_at < n &&
      tokens[place_at].capitalized && !IsWeekdayWord(tokens[place_at].lower) &&
      !MonthWords().contains(tokens[place_at].lower)) {
    t->type = v1::EVENT_TYPE_VISIT;
    t->past = true;
    return kFound;
  }
  // "has never visited Iran", "has not been to Kyiv": no trip; "did not
  // travel to Astana", "chose not to travel to Turkey": one called off
  // (FindStatusCues).
  const bool negated = Is(tokens, i - 1, "not") || Is(tokens, i - 1, "never") ||
                       (Is(tokens, i - 1, "to") && Is(tokens, i - 2, "not"));
  if (negated && !TripNotMade(tokens, i) &&
      (VisitVerbs().contains(w) || TravelWords().contains(w)))
    return kSkip;
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
      (VisitVerbs().contains(w) || TravelWords().contains(w))) {
    return kSkip;
  }
  // "Modi reached Washington on Wednesday": a place right after.
  const bool reached_place = w == "reached" && i + 1 < n &&
                             tokens[i + 1].capitalized &&
                             !IsWeekdayWord(tokens[i + 1].lower) &&
                             !MonthWords().contains(tokens[i + 1].lower);
  // "made a stop in Baku", "a stopover in Doha".
  const bool stop_in = (w == "stop" || w == "stopover") &&
                       Is(tokens, i + 1, "in") && i + 2 < n &&
                       tokens[i + 2].capitalized;
  // "will travel to Lima, and then on to Rio de Janeiro": a further leg
  // told without a verb, in the tense of the trip before it.
  // So is "will travel to Cairo on Monday and then to Doha".
  const int onward_at = Is(tokens, i + 2, "the") ? i + 3 : i + 2;
  if (((w == "on" && Is(tokens, i - 1, "then")) ||
       (w == "then" && Is(tokens, i - 1, "and"))) &&
      Is(tokens, i + 1, "to") && onward_at < n &&
      tokens[onward_at].capitalized) {
    t->type = v1::EVENT_TYPE_VISIT;
    t->onward = true;
    return kFound;
  }
  // "Xi left Moscow on Wednesday after a three-day visit": one who left a
  // place abroad had been there (checked like being somewhere); "left
  // Moscow for Beijing" goes to Beijing instead.
  int left_at = Is(tokens, i + 1, "the") ? i + 2 : i + 1;
  const bool left_place = (w == "left" || w == "departed") && left_at < n &&
                          tokens[left_at].capitalized &&
                          !IsWeekdayWord(tokens[left_at].lower) &&
                          !MonthWords().contains(tokens[left_at].lower);
  while (left_place && left_at + 1 < n && tokens[left_at + 1].capitalized) {
    ++left_at;
  }
  if (left_place && !Is(tokens, left_at + 1, "for") &&
      !Is(tokens, left_at + 1, "to")) {
    t->type = v1::EVENT_TYPE_VISIT;
    t->presence = true;
    t->past = true;
    return kFound;
  }
  // "accompanied Putin to Beijing", "travelled with Xi to Moscow": a
  // companion named before the destination travels too.
  const bool accompanying = w == "accompanied" || w == "accompanies" ||
                            w == "accompany" || w == "accompanying";
  if ((accompanying && !Is(tokens, i + 1, "by")) ||
      (TravelWords().contains(w) && Is(tokens, preposition, "with"))) {
    for (int k = i + 2; k < n && k <= i + 8 && tokens[k].word; ++k) {
      const int place = Is(tokens, k + 1, "the") ? k + 2 : k + 1;
      if (tokens[k].lower != "to") continue;
      if (place >= n || !tokens[place].capitalized) break;
      t->type = v1::EVENT_TYPE_VISIT;
      t->companion = true;
      t->past = w == "accompanied" || PastVerbs().contains(w);
      t->last = k - 1;
      return kFound;
    }
  }
  if (reached_place || stop_in) {
    t->type = v1::EVENT_TYPE_VISIT;
    t->past = reached_place;
    for (int k = std::max(skip, i - 3); stop_in && k < i; ++k) {
      t->past = t->past || tokens[k].lower == "made";
    }
    return kFound;
  }
  // "flew in this morning", "is flying in tomorrow", "arrives on Thursday
  // for the session": coming to where the story is set.
  static const WordSet kFlyIn = {"flew", "flying", "flies", "fly", "flown"};
  // Not a caption's scene ("X, Y and Z arrive for the parade"): the bare
  // verb only after a modal ("will arrive on Monday").
  static const WordSet kModals = {"will", "'ll", "would", "to", "shall"};
  const bool arrive = absl::StartsWith(w, "arriv") && w != "arrival" &&
                      (w != "arrive" || InSet(tokens, i - 1, kModals));
  const bool flew_in = InSet(tokens, i, kFlyIn) && Is(tokens, i + 1, "in") &&
                       !(i + 2 < n && tokens[i + 2].capitalized);
  static const WordSet kAfterArriving = {
      "on",    "today", "tomorrow", "yesterday", "later", "earlier", "late",
      "early", "for",   "this",     "last",      "just",  ".",       ","};
  if (flew_in || (arrive && InSet(tokens, i + 1, kAfterArriving) &&
                  !(Is(tokens, i + 1, "on") &&
                    !(i + 2 < n && IsWeekdayWord(tokens[i + 2].lower))))) {
    t->type = v1::EVENT_TYPE_VISIT;
    t->here = true;
    t->past = PastVerbs().contains(w);
    return kFound;
  }
  if (VisitVerbs().contains(w) || w == "trip" || w == "trips" ||
      (LeaveVerbs().contains(w) && Is(tokens, i + 1, "for") && place_at < n &&
       tokens[place_at].capitalized) ||
      (TravelWords().contains(w) &&
       (Is(tokens, preposition, "to") || Is(tokens, preposition, "in") ||
        Is(tokens, preposition, "into") || Is(tokens, preposition, "from") ||
        (Is(tokens, preposition, "at") && w.rfind("arriv", 0) == 0)) &&
       place_at < n && (tokens[place_at].capitalized || the_capital))) {
    if (w == "visits" &&
        (Is(tokens, i - 1, "mutual") || Is(tokens, i - 1, "exchange"))) {
      return kSkip;
    }
    t->type = v1::EVENT_TYPE_VISIT;
    t->past = PastVerbs().contains(w);
    // "leaves for Tokyo tomorrow morning", "travels to Seoul next week": a
    // trip in the present tense told with a time to come is planned.
    static const WordSet kPresentTrips = {"leaves", "departs", "travels",
                                          "flies",  "heads",   "goes"};
    static const WordSet kToCome = {"tomorrow", "next"};
    for (int k = i + 1; InSet(tokens, i, kPresentTrips) && k < n &&
                        k <= i + 6 && tokens[k].word;
         ++k) {
      t->expected = t->expected || InSet(tokens, k, kToCome);
    }
    // "flew in from Tokyo", "arrived from Riyadh": coming here.
    t->here =
        Is(tokens, preposition, "from") && (arrive || Is(tokens, i + 1, "in"));
    // "upon his arrival in Riyadh", "on arrival at Vnukovo": it happened.
    if (w == "arrival" && !Is(tokens, i - 1, "upcoming") &&
        !Is(tokens, i - 1, "expected")) {
      for (int k = std::max(skip, i - 8); k < i; ++k) {
        // "will be received upon arrival": still to come.
        if (tokens[k].lower == "will" || tokens[k].lower == "'ll" ||
            tokens[k].lower == "to") {
          t->past = false;
          t->expected = true;
          break;
        }
        t->past = t->past || (k >= i - 2 && (tokens[k].lower == "upon" ||
                                             tokens[k].lower == "on" ||
                                             tokens[k].lower == "after"));
      }
    }
    // "his Tehran visit", "Xi's Moscow visit": a place names the noun.
    int named = i - 1;
    while (named >= 0 && named >= i - 2 && tokens[named].word &&
           tokens[named].capitalized) {
      --named;
    }
    // "his tour took him to Kenya", "his African tour": a noun too.
    const bool visit_noun = w == "visit" || w == "tour";
    const bool place_named = (visit_noun || w == "trip") && named < i - 1 &&
                             DeterminerBefore(tokens, named + 1) >= 0;
    t->nominal = w == "trip" || w == "trips" || place_named ||
                 (visit_noun && DeterminerBefore(tokens, i) >= 0) ||
                 (w == "visit" &&
                  (Is(tokens, i - 1, "a") || Is(tokens, i - 1, "state") ||
                   Is(tokens, i - 1, "official")));
    t->definite =
        t->nominal && (DeterminerBefore(tokens, i) >= 0 || place_named);
    return kFound;
  }
  // "had last been to Turkey in 2019", "has been to Beijing twice": a stay
  // made.
  if (w == "been" && !negated && Is(tokens, i + 1, "to") && place_at < n &&
      tokens[place_at].capitalized &&
      !MonthWords().contains(tokens[place_at].lower)) {
    t->type = v1::EVENT_TYPE_VISIT;
    t->past = true;
    return kFound;
  }
  // "spent two days in Doha".
  int spent_in = -1;
  for (int k = i + 1; w == "spent" && k <= i + 4 && k + 1 < n; ++k) {
    if (tokens[k].lower == "in" && tokens[k + 1].capitalized) spent_in = k;
  }
  if (spent_in > 0) {
    t->type = v1::EVENT_TYPE_VISIT;
    t->presence = true;
    t->past = true;
    t->last = spent_in;
    return kFound;
  }
  // "during his stay in Beijing", "Erdogan's two-day stay in Budapest",
  // "during her stay" (where the story is set: FindDestinations); "stayed
  // in Doha for talks", "is staying in Paris": a stay, a visit only abroad
  // (like being somewhere). Not "his stay in office".
  const bool stay_noun = w == "stay" && DeterminerBefore(tokens, i) >= 0;
  const int stay_place = Is(tokens, i + 2, "the") ? i + 3 : i + 2;
  const bool stay_in = Is(tokens, i + 1, "in") && stay_place < n &&
                       tokens[stay_place].capitalized &&
                       !IsWeekdayWord(tokens[stay_place].lower) &&
                       !MonthWords().contains(tokens[stay_place].lower);
  if ((stay_noun && (stay_in || i + 1 >= n || !tokens[i + 1].word ||
                     Is(tokens, i + 1, "there"))) ||
      ((w == "stayed" || w == "staying") && stay_in)) {
    t->type = v1::EVENT_TYPE_VISIT;
    t->presence = true;
    t->nominal = stay_noun;
    t->definite = stay_noun;
    t->past = w == "stayed";
    return kFound;
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
      t->type = v1::EVENT_TYPE_VISIT;
      t->expected = true;
      t->invitation = !Is(tokens, i - 1, "was") && !Is(tokens, i - 1, "were") &&
                      !Is(tokens, i - 1, "been") && !Is(tokens, i - 1, "be");
      return kFound;
    }
    return kSkip;
  }
  // "I am glad to be in Moscow again", "it is a pleasure to be back in
  // Tehran": a stay there now (a visit only abroad, like being somewhere).
  static const WordSet kGlad = {
      "glad",     "pleased", "happy",     "delighted", "honoured",
      "honored",  "proud",   "good",      "great",     "nice",
      "pleasure", "honour",  "privilege", "wonderful", "excited"};
  if (w == "be" && Is(tokens, i - 1, "to") && InSet(tokens, i - 2, kGlad)) {
    int in = i + 1;
    if (Is(tokens, in, "back") || Is(tokens, in, "here")) ++in;
    const int place = Is(tokens, in + 1, "the") ? in + 2 : in + 1;
    if (Is(tokens, in, "in") && place < n && tokens[place].capitalized &&
        !MonthWords().contains(tokens[place].lower)) {
      t->type = v1::EVENT_TYPE_VISIT;
      t->presence = true;
      t->past = true;
      return kFound;
    }
  }
  // "will be in Baku on Friday" (a person must say "will", checked in
  // Find); "speaking in Ankara after talks with X".
  // "said he would be in Washington in October": the same, told as
  // reported speech.
  const bool will_be =
      w == "be" && (Is(tokens, i - 1, "will") || Is(tokens, i - 1, "'ll") ||
                    Is(tokens, i - 1, "would") || Is(tokens, i - 1, "'d"));
  const bool speaking_in = w == "speaking" || w == "spoke" || w == "speaks";
  // "was last in Russia in 2019": an earlier stay.
  // "is also in Kuala Lumpur for the summit", "was already in Doha".
  static const WordSet kStayAdverbs = {"also", "already", "now", "currently",
                                       "still"};
  const int in_at =
      ((w == "was" || w == "were") && Is(tokens, i + 1, "last")) ||
              InSet(tokens, i + 1, kStayAdverbs)
          ? i + 2
          : i + 1;
  const int stay_at = Is(tokens, in_at + 1, "the") ? in_at + 2 : in_at + 1;
  // "is in town for talks": where the story is set.
  const bool in_town = Is(tokens, in_at, "in") && Is(tokens, in_at + 1, "town");
  if ((w == "was" || w == "were" || w == "is" || w == "are" ||
       w == "expected" || w == "due" || will_be || speaking_in) &&
      Is(tokens, in_at, "in") &&
      ((stay_at < n && tokens[stay_at].capitalized &&
        !MonthWords().contains(tokens[stay_at].lower)) ||
       in_town)) {
    t->type = v1::EVENT_TYPE_VISIT;
    t->presence = true;
    t->here = in_town;
    t->expected = w == "expected" || w == "due" || will_be;
    t->past = w == "was" || w == "were" || speaking_in;
    return kFound;
  }
  // "attended the summit in Astana", "took part in the OIC meeting in
  // Istanbul", "participated in talks in Doha", "was attending ...".
  const bool took_part =
      ((w == "took" && Is(tokens, i + 1, "part")) || w == "participated") &&
      (Is(tokens, i + 1, "in") || Is(tokens, i + 2, "in"));
  // "skipped the summit in Astana", "will boycott the forum in Kazan": a
  // trip there called off (TripNotMade).
  static const WordSet kGatherings = {"forum",    "conference", "session",
                                      "assembly", "games",      "ceremony"};
  bool skipped = false;
  for (int k = i + 1;
       k < n && k <= i + 7 && TripNotMade(tokens, i) &&
       !AttendVerbs().contains(w) &&
       (tokens[k].word || tokens[k].lower == "'" || tokens[k].lower == "'s");
       ++k) {
    skipped = skipped || InSet(tokens, k, MeetNouns()) ||
              InSet(tokens, k, kGatherings);
  }
  if (skipped) {
    t->type = v1::EVENT_TYPE_VISIT;
    t->attend = true;
    return kFound;
  }
  // "is attending the G7 summit in Canada this week": there now.
  static const WordSet kBeing = {"was", "were", "is", "are"};
  const bool attended = w == "attended" || took_part ||
                        (w == "attending" && InSet(tokens, i - 1, kBeing));
  if (AttendVerbs().contains(w) || attended) {
    // Attending something abroad is a visit we can place when it is
    // announced ("will attend", "is expected to attend") or named with
    // its venue.
    bool planned = false;
    for (int k = std::max(skip, i - 4); k < i; ++k) {
      const TokenText& cue = tokens[k].lower;
      planned = planned || cue == "will" || cue == "to" || cue == "expected" ||
                cue == "plans" || cue == "'ll";
    }
    t->type = v1::EVENT_TYPE_VISIT;
    if (planned && !attended) {
      t->attend = true;
    } else if (attended && !planned) {
      t->attended = true;
      // "is attending" may be told of the days to come: its time decides.
      t->past = w != "attending" || Is(tokens, i - 1, "was") ||
                Is(tokens, i - 1, "were");
      static const WordSet kLater = {"next", "tomorrow", "later", "upcoming"};
      for (int k = i + 1; !t->past && k < n && k <= i + 10; ++k) {
        t->expected = t->expected || InSet(tokens, k, kLater);
      }
      if (took_part) t->last = Is(tokens, i + 1, "in") ? i + 1 : i + 2;
    } else {
      return kSkip;
    }
    return kFound;
  }
  return kNoMatch;
}

// True when the trip word of `t` tells a move on from what came before:
// "then", "later", "before" or "after that" right before the verb (past a
// modal: "will then travel"), "on to" or "onward" after it, or leaving for
// a place.
// True when the past travel verb of `t` tells one more trip: "had also
// flown to Doha", "also travelled to Doha". (Not "visited Doha again",
// which as often tells the trip reported.)
bool AnotherTrip(const std::vector<Token>& tokens, const Trigger& t) {
  return !t.nominal && t.past && Is(tokens, t.first - 1, "also");
}

bool MovedOn(const std::vector<Token>& tokens, const Trigger& t) {
  static const WordSet kThen = {"then",       "later",     "subsequently",
                                "afterwards", "afterward", "before",
                                "next",       "thereafter"};
  static const WordSet kModals = {"will", "'ll", "would", "to",
                                  "is",   "was", "also"};
  int k = t.first - 1;
  while (k > 0 && InSet(tokens, k, kModals)) --k;
  if (InSet(tokens, k, kThen) || t.onward ||
      (Is(tokens, k, "that") && Is(tokens, k - 1, "after")) ||
      (InSet(tokens, t.first, LeaveVerbs()) && !t.presence)) {
    return true;  // Not "left Moscow after a visit", a stay there.
  }
  for (int j = t.first + 1; j <= t.first + 3; ++j) {
    if (Is(tokens, j, "onward") || Is(tokens, j, "onwards") ||
        (Is(tokens, j, "on") && Is(tokens, j + 1, "to"))) {
      return true;
    }
  }
  return false;
}

// The lowercase agreement head a dozen words before `i` in its clause ("a
// memorandum on climate and another"), or -1.
int PreviousAgreementHead(const std::vector<Token>& tokens, int i, int skip) {
  static const WordSet kSecondKinds = {"memorandum", "protocol", "convention",
                                       "declaration", "document"};
  for (int k = i - 2; k >= std::max(skip, i - 12); --k) {
    if (tokens[k].lower == ";" || tokens[k].lower == "another") return -1;
    if (!tokens[k].capitalized && (AgreementHeads().contains(tokens[k].lower) ||
                                   kSecondKinds.contains(tokens[k].lower))) {
      return k;
    }
  }
  return -1;
}

// Agreements: "the treaty", "a ceasefire", "the Abraham Accords", "a prisoner
// exchange", "New START".
Match AgreementTrigger(const std::vector<Token>& tokens, int i, int skip,
                       Trigger* t) {
  const TokenText& w = tokens[i].lower;
  const int n = static_cast<int>(tokens.size());
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
                  tokens[k].lower == "inked" ||
                  (tokens[k].lower == "signing" && Is(tokens, k + 1, "of"));
  }
  // "signed a joint statement", "signed a 25-year cooperation programme":
  // heads that are agreements only when signed, never in a title ("the
  // World Food Programme").
  const bool signed_only_head =
      signed_head && !tokens[i].capitalized &&
      ((w == "statement" && Is(tokens, i - 1, "joint")) || w == "programme" ||
       w == "program" ||
       // "signed a document on tourism"; not "a similar document, the
       // Shusha Declaration", which the title names.
       (w == "document" &&
        (Is(tokens, i + 1, "on") || Is(tokens, i + 1, "for"))));
  // "the trilateral statement that ended the war": a text of three sides;
  // not one issued or quoted ("according to a trilateral statement
  // issued").
  const bool three_sided_statement =
      w == "statement" &&
      (Is(tokens, i - 1, "trilateral") || Is(tokens, i - 1, "tripartite")) &&
      [&] {
        static const WordSet kQuoted = {"issued",    "released", "according",
                                        "published", "said",     "says"};
        for (int k = std::max(skip, i - 6); k <= std::min(n - 1, i + 2); ++k) {
          if (kQuoted.contains(tokens[k].lower)) return false;
        }
        return true;
      }();
  const bool named_head =
      NamedHeads().contains(w) &&
      // "the Declaration of Principles", "the Declaration on Allied
      // Interaction"; not "the Protocol on Monday".
      ((tokens[i].capitalized &&
        ((i > 0 && tokens[i - 1].capitalized) ||
         ((Is(tokens, i + 1, "of") || Is(tokens, i + 1, "on")) &&
          [&] {
            // "the Convention on the Legal Status of the Caspian Sea".
            const int title = Is(tokens, i + 2, "the") ? i + 3 : i + 2;
            return title < n && tokens[title].capitalized &&
                   !IsWeekdayWord(tokens[title].lower) &&
                   !MonthWords().contains(tokens[title].lower);
          }()))) ||
       (signed_head && w != "agreements" && w != "accords") ||
       // "the Minsk agreements", "the Abraham accords": a lowercase plural
       // after a proper name (kept only when the name is known, in
       // AddAgreement).
       ((w == "agreements" || w == "accords") && !tokens[i].capitalized &&
        i > 0 && tokens[i - 1].capitalized) ||
       // "agreements on a rail crossing and on nuclear energy": one text
       // per subject (see SubjectsOfPlural in agreements.cc).
       ((w == "agreements" || w == "accords") && Is(tokens, i + 1, "on") &&
        [&] {
          for (int k = i + 3; k < n && k <= i + 15 &&
                              (tokens[k].word || tokens[k].lower == "," ||
                               tokens[k].lower == "-");
               ++k) {
            if (tokens[k].lower == "on" &&
                (Is(tokens, k - 1, "and") || Is(tokens, k - 1, ",")) &&
                k + 1 < n && tokens[k + 1].word &&
                !IsWeekdayWord(tokens[k + 1].lower) &&
                !MonthWords().contains(tokens[k + 1].lower)) {
              return true;
            }
          }
          return false;
        }()));
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
  // "agreed on a new framework for inspections", "the Country Partnership
  // Framework"; not "within the framework of", "a framework agreement".
  const bool framework =
      w == "framework" && !Is(tokens, i + 1, "of") &&
      !InSet(tokens, i + 1, AgreementHeads()) &&
      (IndefiniteBefore(tokens, i) ||
       (tokens[i].capitalized && i > 0 && tokens[i - 1].capitalized));
  // "New START": the treaty by its capitalized short name.
  const bool short_name = w == "start" && tokens[i].capitalized &&
                          Is(tokens, i - 1, "new") && tokens[i - 1].capitalized;
  // "the grain corridor" is the deal that opened it, unlike a transport
  // corridor.
  const bool corridor = w == "corridor" && Is(tokens, i - 1, "grain");
  // "signed a memorandum on climate and another on polar research": a
  // second text of the kind just named, by its subject.
  const bool another = w == "another" &&
                       (Is(tokens, i - 1, "and") || Is(tokens, i - 1, ",")) &&
                       (Is(tokens, i + 1, "on") || Is(tokens, i + 1, "for") ||
                        Is(tokens, i + 1, "covering")) &&
                       PreviousAgreementHead(tokens, i, skip) >= 0;
  if (AgreementHeads().contains(w) || named_head || signed_only_head ||
      three_sided_statement || swap || short_name || corridor || split_head ||
      another || understanding || framework ||
      (w == "declaration" && Is(tokens, i - 1, "joint")) || w == "ceasefire" ||
      w == "truce" ||
      ((w == "zone" || w == "area") && Is(tokens, i - 1, "trade"))) {
    // The verb "to deal with", but not the noun in "the grain deal with
    // Ukraine", "a deal with Iran".
    // "a fishing deal with Chile", "the Black Sea grain deal with Ukraine"
    // too: an article before modifiers, names among them.
    int article = i - 1;
    while (article > i - 5 && article > 0 &&
           (tokens[article].lower == "-" ||
            (tokens[article].word && tokens[article].lower != "the" &&
             tokens[article].lower != "a" && tokens[article].lower != "an"))) {
      --article;
    }
    const bool noun_deal =
        DeterminerBefore(tokens, i) >= 0 || Is(tokens, article, "a") ||
        Is(tokens, article, "an") || Is(tokens, article, "the");
    if (w == "deal" && ((Is(tokens, i + 1, "with") && !noun_deal) ||
                        Is(tokens, i - 1, "to"))) {
      return kSkip;
    }
    // "the New START treaty", "a roadmap agreement": one agreement, named
    // by its last head.
    if (InSet(tokens, i + 1, AgreementHeads())) return kSkip;
    // A contract is an agreement when it is for supplies or signed
    // ("signed a 10-year contract"), not a company's business.
    // "The contract for the plant was signed": passive, after the head;
    // "the contract between A and B, signed in 2019", "a contract with B
    // signed last year": a participle dated or with its agent.
    auto signed_after = [&] {
      static const WordSet kParticiple = {
          "in", "on", "by", "last", "at", "earlier", "during", "this", "back"};
      for (int k = i + 1; k < n && k <= i + 12 &&
                          (tokens[k].word || tokens[k].lower == "," ||
                           tokens[k].lower == "'s");
           ++k) {
        // A comma only before the participle ("..., signed in 2019").
        if (tokens[k].lower == "," && !Is(tokens, k + 1, "signed") &&
            !Is(tokens, k + 1, "inked")) {
          break;
        }
        if ((tokens[k].lower == "signed" || tokens[k].lower == "inked") &&
            (Is(tokens, k - 1, "was") || Is(tokens, k - 1, "were") ||
             Is(tokens, k - 1, "been") || InSet(tokens, k + 1, kParticiple))) {
          return true;
        }
      }
      return false;
    };
    if (w == "contract" && !Is(tokens, i - 1, "gas") &&
        !Is(tokens, i - 1, "supply") && !signed_head && !signed_after()) {
      return kSkip;
    }
    t->type = v1::EVENT_TYPE_AGREEMENT;
    t->nominal = true;
    return kFound;
  }
  return kNoMatch;
}

// Merges close triggers of one type into one and drops the meeting words a
// call or a summit attended absorbs.
std::vector<Trigger> MergeCloseTriggers(const std::vector<Token>& tokens,
                                        std::vector<Trigger> triggers) {
  // A call absorbs the meeting words of its sentence ("phone talks"), not
  // those after a relative clause that tells of the call ("Lavrov, who had
  // spoken with Rubio by phone on Friday, met Wang Yi").
  for (size_t c = 0; c < triggers.size(); ++c) {
    if (triggers[c].type != v1::EVENT_TYPE_CALL) continue;
    const Trigger call = triggers[c];
    triggers.erase(
        std::remove_if(
            triggers.begin(), triggers.end(),
            [&tokens, &call](const Trigger& t) {
              // Nor those of a clause with a subject
              // of its own after the call.
              const bool own_clause =
                  t.first > call.last &&
                  (OwnSubjectClauseStart(tokens, call.last, t.first) >= 0 ||
                   InRelativeClauseAfter(tokens, call.last, t.first));
              return t.type == v1::EVENT_TYPE_MEETING &&
                     t.last >= call.first - 4 && t.first <= call.last + 4 &&
                     !own_clause &&
                     !InClosedRelativeClause(tokens, call.first, call.last,
                                             t.first, /*reach=*/8);
            }),
        triggers.end());
  }
  // A handshake is part of the meeting its sentence names ("shook hands
  // ..., in a ceremony hosted by X"); alone, it is the meeting.
  const auto handshake = [&tokens](const Trigger& t) {
    return t.type == v1::EVENT_TYPE_MEETING && tokens[t.last].lower == "hands";
  };
  if (std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
        return t.type == v1::EVENT_TYPE_MEETING && !handshake(t) && !t.occasion;
      })) {
    triggers.erase(std::remove_if(triggers.begin(), triggers.end(), handshake),
                   triggers.end());
  }
  // The summit someone will attend is where the visit goes, not a meeting
  // of its own.
  // (The summit one "skipped" stays a meeting, of those who went.)
  for (size_t t = 0; t + 1 < triggers.size(); ++t) {
    if (triggers[t].attend &&
        AttendVerbs().contains(tokens[triggers[t].first].lower) &&
        GatheringAttended(tokens, triggers[t], triggers[t + 1])) {
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
    // "are expected to meet in Granada on Oct. 5, in a meeting also
    // involving A and B": a noun set off by a comma after a meeting verb
    // tells of that verb's meeting.
    bool apposition = false;
    if (t.nominal && t.type == v1::EVENT_TYPE_MEETING && !merged.empty() &&
        merged.back().type == v1::EVENT_TYPE_MEETING &&
        !merged.back().nominal &&
        (Is(tokens, t.first - 1, "a") || Is(tokens, t.first - 1, "an")) &&
        (Is(tokens, t.first - 2, "in") || Is(tokens, t.first - 2, "at")) &&
        Is(tokens, t.first - 3, ",")) {
      apposition = true;
      for (int k = merged.back().last + 1; k < t.first; ++k) {
        apposition = apposition && tokens[k].lower != ";";
      }
    }
    if (apposition) reach = t.first - merged.back().last;
    // "will meet A and B at a lunch at the State Department": the occasion
    // in a meeting's clause is where that meeting is held, no other.
    bool same_clause = !merged.empty() && t.occasion &&
                       merged.back().type == v1::EVENT_TYPE_MEETING;
    for (int k = merged.empty() ? 0 : merged.back().last + 1;
         same_clause && k < t.first; ++k) {
      same_clause = tokens[k].lower != "," && tokens[k].lower != ";";
    }
    if (same_clause) continue;
    // "held talks with A and called on B": a visit paid to another.
    const bool called_on =
        Is(tokens, t.first + 1, "on") &&
        (Is(tokens, t.first, "called") || Is(tokens, t.first, "call") ||
         Is(tokens, t.first, "calls")) &&
        Is(tokens, t.first - 1, "and");
    // A further leg ("and then on to Rio", "will fly to London before
    // travelling to New York") is a trip of its own.
    const bool further_leg = t.type == v1::EVENT_TYPE_VISIT && !t.nominal &&
                             !merged.empty() && !merged.back().nominal &&
                             MovedOn(tokens, t);
    // "has met A and is due to meet B": verbs of two tenses, each with an
    // object of its own, tell two meetings.
    // So do verbs of one tense joined by "and" when the second names an
    // object of its own right after it: "was received by A and later met
    // B", "held talks with A on Monday and met B" (not "met Xi and held
    // talks with him").
    const int object = Is(tokens, t.last + 1, "with") ? t.last + 2 : t.last + 1;
    const bool named_object = object < static_cast<int>(tokens.size()) &&
                              tokens[object].capitalized &&
                              !IsWeekdayWord(tokens[object].lower);
    bool own_objects =
        !merged.empty() && !t.nominal &&
        ((!merged.back().nominal && merged.back().past != t.past) ||
         named_object);
    bool and_seen = false, object_seen = false;
    for (int k = own_objects ? merged.back().last + 1 : t.first; k < t.first;
         ++k) {
      object_seen = object_seen || (!and_seen && tokens[k].capitalized);
      and_seen = and_seen || Is(tokens, k, "and");
    }
    own_objects = own_objects && and_seen && object_seen;
    // "Modi met Scholz and Macron hosted Meloni", "Blinken met Fidan, who
    // had spoken with Lavrov": a verb with a subject of its own tells
    // another happening.
    const bool own_clause =
        !merged.empty() &&
        (OwnSubjectClauseStart(tokens, merged.back().last, t.first) >= 0 ||
         InRelativeClauseAfter(tokens, merged.back().last, t.first));
    if (!merged.empty() && merged.back().type == t.type && !called_on &&
        !own_objects && !own_clause && t.type != v1::EVENT_TYPE_AGREEMENT &&
        !t.onward && !further_leg && t.first - merged.back().last <= reach &&
        !InClosedRelativeClause(tokens, merged.back().first, merged.back().last,
                                t.first, /*reach=*/3)) {
      merged.back().last = t.last;
      merged.back().past = merged.back().past || t.past;
      merged.back().definite = merged.back().definite && t.definite;
      merged.back().nominal = merged.back().nominal && t.nominal;
      merged.back().occasion = merged.back().occasion && t.occasion;
      continue;
    }
    merged.push_back(t);
    merged.back().head_last = t.last;
  }
  return merged;
}

// "hosted a Russian delegation led by Shoigu": the token after "led by"
// when the object of the verb `t` is a delegation led by someone named
// there (its head is the one received), else -1.
int LedDelegationEnd(const std::vector<Token>& tokens, const Trigger& t) {
  static const WordSet kLedBy = {"led", "headed"};
  static const WordSet kParties = {"delegation", "team", "mission"};
  const int n = static_cast<int>(tokens.size());
  for (int k = t.last + 1; k < n && k <= t.last + 5; ++k) {
    if (!tokens[k].word) break;
    if (InSet(tokens, k, kLedBy) && Is(tokens, k + 1, "by") &&
        InSet(tokens, k - 1, kParties)) {
      return k + 3;
    }
  }
  return -1;
}

// "asked Lavrov and Ushakov to lead the talks", "tasked Witkoff with
// negotiating with Putin", "appointed X to head the negotiations": a role
// given in talks tells no talks held.
bool RoleInTalks(const std::vector<Token>& tokens, const Trigger& t) {
  static const WordSet kLeading = {
      "lead",       "leading",   "head",        "heading",   "conduct",
      "conducting", "negotiate", "negotiating", "represent", "representing"};
  static const WordSet kAssigning = {
      "asked",      "tasked",     "instructed",  "appointed", "named",
      "charged",    "entrusted",  "chose",       "picked",    "designated",
      "authorized", "authorised", "mandated",    "nominated", "selected",
      "assigned",   "empowered",  "commissioned"};
  int lead = InSet(tokens, t.first, kLeading) ? t.first : -1;
  for (int k = t.first - 1; lead < 0 && k >= 0 && k >= t.first - 4; --k) {
    if (InSet(tokens, k, kLeading)) lead = k;
    if (!tokens[k].word || tokens[k].capitalized) break;
  }
  if (lead < 1 || !(Is(tokens, lead - 1, "to") || Is(tokens, lead - 1, "with")))
    return false;
  // The persons given the role may be a list: "asked A, B and C to lead".
  for (int k = lead - 2; k >= 0 && k >= lead - 30; --k) {
    if (tokens[k].lower == ";") return false;
    if (InSet(tokens, k, kAssigning)) return true;
  }
  return false;
}

// True when trigger `t` is a gathering someone was invited to ("invited
// Trump to the APEC summit", "was invited to the Arab-Islamic summit"):
// an invitation tells of no meeting, held or agreed.
bool InvitedTo(const std::vector<Token>& tokens, const Trigger& t) {
  static const WordSet kInvited = {"invited", "invites", "inviting", "invite"};
  // The gathering's name and kind: "the joint Arab-Islamic summit".
  static const WordSet kKinds = {"the",           "joint",    "annual",
                                 "emergency",     "informal", "special",
                                 "extraordinary", "regional", "-"};
  if (!t.nominal) return false;
  // "invited Modi to Moscow for talks": the trip's place, then the talks.
  int to = t.first - 1;
  if (Is(tokens, to, "for") || Is(tokens, to - 1, "for")) {
    to = Is(tokens, to, "for") ? to - 1 : to - 2;
  }
  while (to >= 0 && to >= t.first - 8 &&
         (tokens[to].capitalized || InSet(tokens, to, kKinds))) {
    --to;
  }
  if (!Is(tokens, to, "to")) return false;
  for (int k = to - 1; k >= 0 && k >= to - 6 && tokens[k].word; --k) {
    if (InSet(tokens, k, kInvited)) return true;
    if (!tokens[k].capitalized && !Is(tokens, k, "-") &&
        !Is(tokens, k, "was") && !Is(tokens, k, "were") &&
        !Is(tokens, k, "been") && !Is(tokens, k, "also")) {
      return false;
    }
  }
  return false;
}

// True when the receive verb `t` is a passive whose agent, a person, comes
// after a place, a time or an adverb ("Araghchi was received in Moscow on
// Friday by Putin", "was welcomed at the airport by Kishida", "will be
// hosted in Ankara next week by Erdogan"); its subject is a person or a
// personal pronoun ("The letter was received in Moscow by Putin" is none).
bool PassiveAgentAfterWords(const std::vector<Token>& tokens,
                            const std::vector<Mention>& mentions,
                            const Trigger& t) {
  static const WordSet kBeing = {"was", "were", "is",   "are",
                                 "be",  "been", "being"};
  static const WordSet kBetween = {"also", "then", "later", "first", "not"};
  static const WordSet kPronouns = {"he", "she", "they", "who"};
  int aux = t.first - 1;
  if (aux < 1) return false;
  if (!InSet(tokens, aux, kBeing)) {
    // "was warmly received", "was also hosted".
    if (!(InSet(tokens, aux, kBetween) ||
          absl::EndsWith(tokens[aux].lower, "ly")) ||
        !InSet(tokens, aux - 1, kBeing)) {
      return false;
    }
    --aux;
  }
  // The subject before "will be", "has been", "is to be", "was" (and an
  // intensifying "himself": "Sudani himself was received by Biden").
  static const WordSet kSelf = {"himself", "herself", "themselves"};
  int subject_end = aux - 1;
  while (subject_end >= 0 && subject_end >= aux - 3 &&
         (InSet(tokens, subject_end, ModalsOrTo()) ||
          InSet(tokens, subject_end, kSelf) ||
          InSet(tokens, subject_end, kBeing) ||
          InSet(tokens, subject_end, kBetween) ||
          Is(tokens, subject_end, "has") || Is(tokens, subject_end, "have") ||
          Is(tokens, subject_end, "had"))) {
    --subject_end;
  }
  if (subject_end < 0) return false;
  bool person_subject = InSet(tokens, subject_end, kPronouns);
  for (const Mention& m : mentions) {
    person_subject = person_subject || (PersonLike(m) && m.last == subject_end);
  }
  if (!person_subject) return false;
  const int n = static_cast<int>(tokens.size());
  for (int k = t.last + 1; k < n && k <= t.last + 9; ++k) {
    if (Is(tokens, k, "by")) {
      int agent = Is(tokens, k + 1, "the") ? k + 2 : k + 1;
      // "by regional President X", "by the outgoing prime minister".
      const int first_modifier = agent;
      return std::any_of(mentions.begin(), mentions.end(),
                         [&](const Mention& m) {
                           if (!PersonLike(m) || m.first < first_modifier ||
                               m.first > first_modifier + 2) {
                             return false;
                           }
                           for (int j = first_modifier; j < m.first; ++j) {
                             if (!tokens[j].word || tokens[j].capitalized ||
                                 Is(tokens, j, "and")) {
                               return false;
                             }
                           }
                           return true;
                         });
    }
    if ((!tokens[k].word && !Is(tokens, k, "-")) || Is(tokens, k, "and")) {
      return false;
    }
  }
  return false;
}

}  // namespace

std::vector<Trigger> FindTriggers(const std::vector<Token>& tokens, int skip) {
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
                              "bilateral",
                              "tete",
                              "t\xC3\xAAte",
                              "audience",
                              "presence",
                              "witnessed",
                              "witness",
                              "witnesses",
                              "witnessing",
                              "oversaw",
                              "oversee",
                              "oversees",
                              "overseeing",
                              "watched",
                              "sat",
                              "saw",
                              "see",
                              "sit",
                              "sits",
                              "sitting",
                              "convened",
                              "convenes",
                              "convene",
                              "reconvened",
                              "reconvenes",
                              "reconvene",
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
                              "been",
                              "skipped",
                              "skips",
                              "skip",
                              "skipping",
                              "boycotted",
                              "boycotts",
                              "boycott",
                              "boycotting",
                              "trip",
                              "trips",
                              "declaration",
                              "ceasefire",
                              "truce",
                              "another",
                              "document",
                              "zone",
                              "area",
                              "exchange",
                              "swap",
                              "start",
                              "corridor",
                              "fire",
                              "map",
                              "statement",
                              "programme",
                              "program",
                              "understanding",
                              "framework",
                              "reached",
                              "stop",
                              "stopover",
                              "stay",
                              "stayed",
                              "staying",
                              "accompanied",
                              "accompanies",
                              "accompany",
                              "accompanying",
                              "invited",
                              "invites",
                              "be",
                              "speaking",
                              "speaks",
                              "attended",
                              "took",
                              "participated",
                              "round",
                              "on",
                              "then",
                              "back",
                              "shook",
                              "shake",
                              "shakes",
                              "shaking",
                              "dined",
                              "walked",
                              "strolled",
                              "walking",
                              "strolling",
                              "dines",
                              "dine",
                              "dining"};
    for (const WordSet* set :
         {&MeetVerbs(), &MeetNouns(), &OccasionNouns(), &ReceiveVerbs(),
          &VisitVerbs(), &TravelWords(), &LeaveVerbs(), &AttendVerbs(),
          &AgreementHeads(), &NamedHeads()}) {
      words->insert(set->begin(), set->end());
    }
    return words;
  }();
  std::vector<Trigger> triggers;
  const int n = static_cast<int>(tokens.size());
  for (int i = skip; i < n; ++i) {
    if (!kStarts->contains(tokens[i].lower)) continue;
    Trigger t;
    t.first = t.last = i;
    Match match = CallTrigger(tokens, i, skip, &t);
    if (match == kNoMatch) match = MeetingTrigger(tokens, i, skip, &t);
    if (match == kNoMatch) match = VisitTrigger(tokens, i, skip, &t);
    if (match == kNoMatch) match = AgreementTrigger(tokens, i, skip, &t);
    if (match != kFound) continue;
    t.moved_on = t.type == v1::EVENT_TYPE_VISIT && MovedOn(tokens, t);
    t.another_trip = t.type == v1::EVENT_TYPE_VISIT && AnotherTrip(tokens, t);
    triggers.push_back(t);
    // A call's phrase ("phone call") is not read again.
    if (t.type == v1::EVENT_TYPE_CALL) i = t.last;
  }
  return MergeCloseTriggers(tokens, std::move(triggers));
}

bool GatheringAttended(const std::vector<Token>& tokens, const Trigger& attend,
                       const Trigger& gathering) {
  if (gathering.type != v1::EVENT_TYPE_MEETING ||
      gathering.first <= attend.last || gathering.first > attend.last + 7) {
    return false;
  }
  // Beyond four words, only a name's words lie between ("the Group of
  // Seven summit", not "the talks in Geneva and the summit").
  for (int k = attend.last + 5; k < gathering.first; ++k) {
    if (!tokens[k].word || !(tokens[k].capitalized || Is(tokens, k, "of"))) {
      return false;
    }
  }
  return true;
}

bool FirstToDo(const std::vector<Token>& tokens, int to) {
  // "the highest-ranking official to visit", "the most senior minister to".
  static const WordSet kOrdinals = {
      "first",  "second", "third",   "only",   "last",           "latest",
      "fourth", "fifth",  "highest", "senior", "highest-ranking"};
  for (int k = to - 1; k >= 0 && k >= to - 7; --k) {
    if (kOrdinals.contains(tokens[k].lower)) {
      return Is(tokens, k - 1, "the") ||
             (Is(tokens, k - 1, "most") && Is(tokens, k - 2, "the"));
    }
    if ((!tokens[k].word && tokens[k].lower != "-") ||
        tokens[k].lower == "will" || tokens[k].lower == "plans") {
      return false;
    }
  }
  return false;
}

bool TripNotMade(const std::vector<Token>& tokens, int verb) {
  // "skipped the summit", "will boycott the forum": a gathering not
  // attended.
  static const WordSet kSkipped = {"skipped",  "skips",     "skip",
                                   "skipping", "boycotted", "boycotts",
                                   "boycott",  "boycotting"};
  if (InSet(tokens, verb, kSkipped)) return true;
  static const WordSet kTripVerbs = {"travel", "come", "go", "fly", "attend"};
  static const WordSet kAuxiliaries = {"did",  "will", "would", "'ll",
                                       "does", "do",   "could", "can"};
  static const WordSet kChose = {"decided", "chose", "opted", "decides",
                                 "chooses"};
  if (!InSet(tokens, verb, kTripVerbs)) return false;
  return (Is(tokens, verb - 1, "not") &&
          InSet(tokens, verb - 2, kAuxiliaries)) ||
         (Is(tokens, verb - 1, "to") && Is(tokens, verb - 2, "not") &&
          InSet(tokens, verb - 3, kChose));
}

bool PurposeOfTripMade(const std::vector<Token>& tokens, int to) {
  static const WordSet kTravelled = {
      "travelled", "traveled", "flew",    "arrived",   "came",   "went",
      "headed",    "returned", "stopped", "journeyed", "landed", "made",
      "rushed",    "dashed",   "jetted",  "drove",     "sailed", "hurried"};
  // Words that put the trip itself in the future or in doubt.
  static const WordSet kNotMade = {"will",     "'ll", "would", "plans",
                                   "planned",  "due", "hopes", "wants",
                                   "expected", "if"};
  bool travelled = false;
  for (int k = to - 1; k >= 0 && k >= to - 14; --k) {
    const TokenText& w = tokens[k].lower;
    if (w == "," || w == ";" || w == "and" || w == "but") break;
    if (kNotMade.contains(w)) return false;
    travelled = travelled || kTravelled.contains(w);
  }
  return travelled;
}

int EndingVerbBefore(const std::vector<Token>& tokens, int from, int trigger) {
  static const WordSet kEnding = {"conclude", "wind",   "wrap",
                                  "end",      "finish", "complete"};
  static const WordSet kToBe = {"will", "'ll", "shall", "would", "to"};
  // Words that start another phrase ("will end the year with a visit").
  static const WordSet kPhraseStarts = {"with",   "by",    "of",  "for", "to",
                                        "in",     "on",    "at",  "and", "or",
                                        "before", "after", "than"};
  for (int k = trigger - 1; k >= from && k >= trigger - 7; --k) {
    if (tokens[k].lower == "-") continue;  // "his two-day visit".
    if (!tokens[k].word || tokens[k].capitalized ||
        kPhraseStarts.contains(tokens[k].lower)) {
      return -1;
    }
    if (!kEnding.contains(tokens[k].lower)) continue;
    // A verb of the future ("will end", "to conclude", "will today wind
    // up"), not a noun ("at the end of the visit").
    return InSet(tokens, k - 1, kToBe) ||
                   (InSet(tokens, k - 2, kToBe) && tokens[k - 1].word &&
                    !tokens[k - 1].capitalized)
               ? k
               : -1;
  }
  return -1;
}

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
  static const WordSet kHappen = {"happen",       "happened",    "occur",
                                  "occurred",     "materialize", "materialise",
                                  "materialized", "materialised"};
  static const WordSet kNotMadeTrip = {"travel", "attend", "come", "go", "fly"};
  static const WordSet kStayed = {"stayed", "stay", "remained", "remain"};
  static const WordSet kWithdrew = {"withdrew", "withdraws", "withdrawn",
                                    "withdrawing"};
  static const WordSet kPulled = {"pulled", "pulls", "pulling", "pull"};
  // Every word that a cue below needs at k (besides the trigger itself):
  // other tokens, most of a sentence, are skipped at once. A new cue word
  // must be added here.
  static const WordSet* kCueWords = [] {
    auto* words = new WordSet{
        "postponed", "postpones", "postpone", "deferred", "put",    "dropped",
        "abandoned", "ditched",   "place",    "ahead",    "called", "offered",
        "offers",    "offer",     "offering", "forward",  "later",  "to",
        "is",        "are",       "promised"};
    for (const WordSet* set : {&kPlanned, &kCancelled, &kHappen, &kNotMadeTrip,
                               &kStayed, &kWithdrew, &kPulled}) {
      words->insert(set->begin(), set->end());
    }
    return words;
  }();
  StatusCues cues;
  // A plan told before the trigger ("had been expected to attend").
  static const WordSet kPlanWords = {"expected", "due",     "scheduled",
                                     "planned",  "invited", "slated"};
  bool plan_before = false;
  for (int k = std::max(0, from); k < trigger; ++k) {
    plan_before = plan_before || InSet(tokens, k, kPlanWords);
  }
  // "will today wind up his state visit", "is due to conclude the talks":
  // what is to end has begun, so the plan words before the ending verb
  // tell its end, not the event.
  const int ending = EndingVerbBefore(tokens, std::max(0, from), trigger);
  for (int k = std::max(0, from);
       k <= std::max(to, cancel_to) && k < static_cast<int>(tokens.size());
       ++k) {
    const TokenText& w = tokens[k].lower;
    if (k != trigger && !kCueWords->contains(w)) continue;
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
    // "did not take place", "never happened", "will not go ahead"; not a
    // guess ("would probably not happen").
    static const WordSet kDone = {"did", "has", "have", "had"};
    static const WordSet kWouldOrDid = {"would", "will", "did", "could"};
    auto but_before = [&tokens, trigger](int at) {
      for (int j = trigger + 1; j < at; ++j) {
        if (tokens[j].lower == "but") return true;
      }
      return false;
    };
    const bool not_held =
        (w == "place" && Is(tokens, k - 1, "take") &&
         Is(tokens, k - 2, "not")) ||
        (w == "place" && Is(tokens, k - 1, "took") &&
         Is(tokens, k - 2, "never")) ||
        (InSet(tokens, k, kHappen) &&
         ((Is(tokens, k - 1, "not") && InSet(tokens, k - 2, kDone)) ||
          Is(tokens, k - 1, "never"))) ||
        (w == "ahead" && Is(tokens, k - 1, "go") &&
         (Is(tokens, k - 2, "not") || Is(tokens, k - 2, "never"))) ||
        // "had been expected to attend, but said he would not travel".
        (k > trigger && plan_before && InSet(tokens, k, kNotMadeTrip) &&
         Is(tokens, k - 1, "not") && InSet(tokens, k - 2, kWouldOrDid)) ||
        // "had been expected to attend but stayed at home", "but decided
        // to stay for the session".
        (k > trigger && plan_before && InSet(tokens, k, kStayed) &&
         but_before(k));
    // "skipped the summit", "did not travel to Astana": told as past.
    static const WordSet kSkippedPast = {"skipped", "boycotted"};
    if (k == trigger && TripNotMade(tokens, k) &&
        (InSet(tokens, k, kSkippedPast) || Is(tokens, k - 2, "did"))) {
      cues.not_held_past = true;
    }
    // Told as past: "did not take place", "never happened".
    if (not_held) {
      for (int j = k - 1; j >= 0 && j >= k - 4; --j) {
        cues.not_held_past = cues.not_held_past || Is(tokens, j, "did") ||
                             Is(tokens, j, "never");
      }
    }
    // "pulled out of a planned trip", "withdrew from the visit": the
    // traveller dropped it (not "pulled out of Syria").
    const int dropped_from =
        (InSet(tokens, k, kPulled) && Is(tokens, k + 1, "out") &&
         Is(tokens, k + 2, "of"))
            ? k + 3
        : (InSet(tokens, k, kWithdrew) && Is(tokens, k + 1, "from")) ? k + 2
                                                                     : -1;
    bool withdrew = dropped_from > 0 && dropped_from <= trigger &&
                    trigger <= dropped_from + 3;
    for (int j = dropped_from; withdrew && j < trigger; ++j) {
      withdrew = tokens[j].word && !tokens[j].capitalized;
    }
    const bool called_off =
        kCancelled.contains(w) || dropped_plans || withdrew ||
        (k == trigger && TripNotMade(tokens, k)) ||
        (w == "called" && Is(tokens, k + 1, "off")) || not_held;
    if (postponed && !cues.cancelled) cues.only_postponed = true;
    if (called_off) cues.only_postponed = false;
    if (called_off || postponed) cues.cancelled = true;
    if (k > to) continue;
    // Planned cues count before the trigger, and "upcoming"-like words
    // anywhere near it.
    // "may visit" (not the month "In May").
    if (kPlanned.contains(w) && (k < trigger || w == "planned") &&
        !(w == "may" && tokens[k].capitalized) && !(k < ending)) {
      if (w == "set" && !Is(tokens, k + 1, "to") && !Is(tokens, k + 1, "for"))
        continue;
      // "next week", "the next annual summit"; not "the next day".
      if (w == "next" &&
          !(Is(tokens, k + 1, "week") || Is(tokens, k + 1, "month") ||
            Is(tokens, k + 1, "year") ||
            (trigger <= k + 3 && tokens[trigger - 1].word &&
             !tokens[trigger - 1].capitalized && !Is(tokens, k + 1, "day")))) {
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
    // "a long-promised trip", "his promised state visit": a plan not yet
    // made (not "promised support during the talks"), unless a verb told
    // as past made it ("finally made his long-promised trip").
    static const WordSet kMadeTrip = {"made",  "paid",     "undertook",
                                      "began", "started",  "completed",
                                      "after", "following"};
    bool promised = w == "promised" && k < trigger && trigger <= k + 2;
    for (int j = k - 1; promised && j >= 0 && j >= k - 5; --j) {
      promised = !InSet(tokens, j, kMadeTrip) &&
                 !PastVerbs().contains(tokens[j].lower);
    }
    if (promised) cues.planned = true;
    // "are to speak by phone on Thursday", "is to be held in Baku": a
    // verb after "is to" is an arrangement.
    static const WordSet kArranged = {
        "speak", "talk",    "hold", "meet", "visit",  "travel", "be",
        "host",  "receive", "fly",  "pay",  "attend", "make",   "call"};
    if (w == "to" && k < trigger &&
        (Is(tokens, k - 1, "is") || Is(tokens, k - 1, "are")) &&
        InSet(tokens, k + 1, kArranged)) {
      cues.planned = true;
    }
    // "is travelling to Vienna", "are heading to Beijing": on the way, not
    // there yet.
    static const WordSet kOnTheWay = {"travelling", "traveling", "heading",
                                      "flying",     "coming",    "going"};
    if ((w == "is" || w == "are") && k + 1 == trigger &&
        InSet(tokens, trigger, kOnTheWay)) {
      cues.planned = true;
    }
    // "to visit", but not "the first foreign minister to visit Damascus",
    // which tells who did, nor the purpose of a trip made ("flew to
    // Lahore on Friday to meet Sharif").
    // Likewise "to begin the trade negotiations", "to hold talks": a verb
    // of holding and the noun's determiners or modifiers.
    static const WordSet kHoldVerbs = {"hold",   "begin",  "start",
                                       "resume", "launch", "conduct",
                                       "have",   "open",   "continue"};
    bool to_hold = w == "to" && InSet(tokens, k + 1, kHoldVerbs) &&
                   k + 2 <= trigger && trigger <= k + 5;
    // Not a habit ("to hold such meetings every two years").
    static const WordSet kHabits = {"such",     "regular", "annual",
                                    "periodic", "more",    "further"};
    for (int j = k + 2; to_hold && j < trigger; ++j) {
      to_hold = tokens[j].word && !tokens[j].capitalized &&
                !kHabits.contains(tokens[j].lower);
    }
    if (w == "to" && (k + 1 == trigger || to_hold) && !FirstToDo(tokens, k) &&
        !PurposeOfTripMade(tokens, k)) {
      cues.planned = true;
    }
  }
  return cues;
}

void ScreenTriggers(const std::vector<Token>& tokens,
                    const std::vector<Mention>& mentions,
                    std::vector<Trigger>* found) {
  const int n = static_cast<int>(tokens.size());
  // "received", "hosted", "welcomed" make a meeting only with a person as
  // object ("received the Iranian minister", not "welcomed the signing").
  // "called X" is a call only with a person right after, who is not
  // given a name or a label next ("called Putin a killer").
  static const WordSet kAfterCallee = {
      ",",     ".",    "on",        "to",     "and",   "in",    "from",
      "after", "last", "yesterday", "today",  "again", "twice", "late",
      "early", "this", "shortly",   "before", "over",  "by",    "at"};
  found->erase(
      std::remove_if(found->begin(), found->end(),
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
      found->end());
  found->erase(std::remove_if(
                   found->begin(), found->end(),
                   [&](const Trigger& t) {
                     if (!ReceiveVerbs().contains(tokens[t.first].lower) ||
                         t.last != t.first) {
                       return false;
                     }
                     // "received him at the palace": a person too.
                     if (ObjectPronounAfter(tokens, t.last)) return false;
                     // "was greeted by crowds" is no meeting either.
                     const bool passive =
                         (Is(tokens, t.first + 1, "by") &&
                          !absl::StartsWith(tokens[t.first].lower, "greet")) ||
                         PassiveAgentAfterWords(tokens, mentions, t);
                     // "received on Monday at Al-Salam Palace in Jeddah
                     // President X": the object after a time and a place.
                     static const WordSet kAdverbial = {
                         "on",    "at",    "in",        "the", "earlier",
                         "later", "today", "yesterday", "also"};
                     int object = t.last + 1;
                     while (object < n && object <= t.last + 14 &&
                            (InSet(tokens, object, kAdverbial) ||
                             tokens[object].capitalized ||
                             tokens[object].lower == "-")) {
                       ++object;
                     }
                     object = std::max(object, LedDelegationEnd(tokens, t));
                     // "hosted a state dinner in honour of Modi".
                     object =
                         std::max(object, HonoreeAfter(tokens, t.last) + 1);
                     for (const Mention& m : mentions) {
                       if (PersonLike(m) && m.first > t.last &&
                           (m.first <= t.last + 4 || m.first < object)) {
                         return false;
                       }
                     }
                     return !passive;
                   }),
               found->end());
  // "called on the Prime Minister" is a visit paid to a person; "called on
  // the West" is no meeting.
  static const WordSet kCallOn = {"call", "called", "calls"};
  found->erase(std::remove_if(found->begin(), found->end(),
                              [&](const Trigger& t) {
                                if (t.type != v1::EVENT_TYPE_MEETING ||
                                    !InSet(tokens, t.first, kCallOn) ||
                                    !Is(tokens, t.first + 2, "the")) {
                                  return false;
                                }
                                return std::none_of(
                                    mentions.begin(), mentions.end(),
                                    [&t](const Mention& m) {
                                      return PersonLike(m) &&
                                             m.first >= t.first + 2 &&
                                             m.first <= t.first + 3;
                                    });
                              }),
               found->end());
  // "there are no plans for a meeting", "either could pick up the phone":
  // neither a plan nor an event.
  static const WordSet kMaybe = {"could", "can", "might", "may"};
  // "refused to travel to", "declined an invitation to visit", "is
  // unlikely to visit", "denied that X would visit": no trip either.
  static const WordSet kRefused = {"refused",  "refuses", "declined",
                                   "declines", "denied",  "denies",
                                   "unlikely", "ruled",   "rules"};
  for (Trigger& t : *found) {
    if (t.type != v1::EVENT_TYPE_VISIT && t.type != v1::EVENT_TYPE_MEETING &&
        t.type != v1::EVENT_TYPE_CALL) {
      continue;
    }
    // "a visit by X to Paris is not on the agenda", "a meeting is off the
    // table": after the noun, in its clause.
    for (int k = t.last + 1; t.nominal && k + 3 < n && k <= t.last + 10 &&
                             tokens[k].lower != "," && tokens[k].lower != ";";
         ++k) {
      t.unreal = t.unreal ||
                 (Is(tokens, k, "not") && Is(tokens, k + 1, "on") &&
                  Is(tokens, k + 2, "the") && Is(tokens, k + 3, "agenda")) ||
                 (Is(tokens, k, "off") && Is(tokens, k + 1, "the") &&
                  Is(tokens, k + 2, "table"));
    }
    // Within the trigger's clause: back to a comma or semicolon. "Putin
    // ruled out a meeting with X", "declined to meet X"; for a meeting or
    // a call also "has not said whether he will meet X".
    const bool meets = t.type != v1::EVENT_TYPE_VISIT;
    const int clause_limit = WordsBefore(tokens, t.first, 8, 0);
    for (int k = t.first - 1;
         k >= clause_limit && tokens[k].lower != "," && tokens[k].lower != ";";
         --k) {
      t.unreal = t.unreal ||
                 (Is(tokens, k, "no") &&
                  (Is(tokens, k + 1, "plans") || Is(tokens, k + 1, "plan"))) ||
                 (InSet(tokens, k, kRefused) &&
                  ((!Is(tokens, k, "ruled") && !Is(tokens, k, "rules")) ||
                   Is(tokens, k + 1, "out"))) ||
                 (meets && !t.definite && Is(tokens, k, "whether"));
    }
    if (!meets) continue;
    t.unreal = t.unreal || RoleInTalks(tokens, t) || InvitedTo(tokens, t);
    // "was not ready to sit down with X", "is not willing to meet him".
    static const WordSet kReady = {"ready", "willing", "prepared"};
    t.unreal = t.unreal || (Is(tokens, t.first - 1, "to") &&
                            InSet(tokens, t.first - 2, kReady) &&
                            Is(tokens, t.first - 3, "not"));
    // "said he had never met Netanyahu", "did not meet Xi", "has not spoken
    // to him": no meeting told.
    // Only for the verb alone: "who had never met before, held talks" still
    // tells of the talks.
    static const WordSet kNot = {"never", "not"};
    const int before =
        Is(tokens, t.first - 1, "once") || Is(tokens, t.first - 1, "actually")
            ? t.first - 2
            : t.first - 1;
    // "didn't" is read as "didn", "'", "t".
    const bool contracted =
        Is(tokens, before, "t") &&
        (Is(tokens, before - 1, "'") || Is(tokens, before - 1, "\xE2\x80\x99"));
    t.unreal = t.unreal || (!t.nominal && t.last == t.head_last &&
                            (InSet(tokens, before, kNot) || contracted));
    // "would not hold bilateral talks with X", "did not hold talks": the
    // noun's own verb denied.
    static const WordSet kHoldNoun = {"hold", "held", "holds",
                                      "have", "had",  "conduct"};
    for (int k = t.first - 1; t.nominal && k >= 1 && k >= t.first - 4; --k) {
      if (InSet(tokens, k, kHoldNoun)) {
        t.unreal = t.unreal || InSet(tokens, k - 1, kNot);
        break;
      }
      if (!tokens[k].word || tokens[k].capitalized) break;
    }
    // "hoped to meet Biden some day", "would like to visit one day": a wish
    // with no time is no plan.
    for (int k = t.last + 1; k + 1 < n && !t.past; ++k) {
      if (tokens[k].lower == "," || tokens[k].lower == ";") break;
      const bool day_ends =
          k + 2 >= n || !tokens[k + 2].word || Is(tokens, k + 2, "soon");
      t.unreal = t.unreal || Is(tokens, k, "someday") ||
                 (Is(tokens, k, "some") && Is(tokens, k + 1, "day")) ||
                 (Is(tokens, k, "one") && Is(tokens, k + 1, "day") && day_ends);
    }
    // "there is no bilateral meeting planned", "no talks are scheduled":
    // "no" as the noun's determiner.
    for (int k = t.first - 1; k >= 0 && k >= t.first - 3; --k) {
      if (Is(tokens, k, "no")) t.unreal = true;
      if (!tokens[k].word || tokens[k].capitalized) break;
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
  found->erase(std::remove_if(
                   found->begin(), found->end(),
                   [&](const Trigger& t) {
                     return t.type == v1::EVENT_TYPE_AGREEMENT &&
                            std::any_of(
                                mentions.begin(), mentions.end(),
                                [&t](const Mention& m) {
                                  return m.kind == MentionKind::kOrganization &&
                                         m.first <= t.first && t.last <= m.last;
                                });
                   }),
               found->end());
}

}  // namespace event_rules
}  // namespace parley
