// Internal to the event finder (events.cc, triggers.cc, agreements.cc,
// meetings.cc, merge.cc, event_rules.cc): the trigger type and the small
// token and id-list helpers those files share. Not part of the library's API.
#ifndef PARLEY_COMMON_EXTRACT_EVENT_RULES_H_
#define PARLEY_COMMON_EXTRACT_EVENT_RULES_H_

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "common/extract/events.h"

namespace parley {
namespace event_rules {

// Lowercase words; sets of them are built once, as function statics.
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

// True when token `i` exists and its lowercase form is `word`.
inline bool Is(const std::vector<Token>& tokens, int i, const char* word) {
  return i >= 0 && i < static_cast<int>(tokens.size()) &&
         tokens[i].lower == word;
}

// True when token `i` exists and its lowercase form is in `set`.
inline bool InSet(const std::vector<Token>& tokens, int i, const WordSet& set) {
  return i >= 0 && i < static_cast<int>(tokens.size()) &&
         set.contains(tokens[i].lower);
}

// True for "monday" ... "sunday".
bool IsWeekdayWord(const std::string& word);

// Verbs of meeting someone as host or guest: a meeting only with a person
// as object ("received the Iranian minister", "joined Biden"), or in the
// passive ("was received by Putin").
const WordSet& ReceiveVerbs();

// "the", "this", "his", "their", ...: words that make a noun definite.
const WordSet& Determiners();

// Finds the determiner governing the noun at `i`, skipping up to two
// lowercase modifiers or a weekday ("the high-profile meeting", "the
// Wednesday talks"). Returns its index or -1.
int DeterminerBefore(const std::vector<Token>& tokens, int i);

// The index `words` words before `i`, counting a hyphenated compound
// ("wide-ranging", split into three tokens) as one word; at least `skip`.
int WordsBefore(const std::vector<Token>& tokens, int i, int words, int skip);

// Adds `id` to `ids` unless it is empty or already there.
inline void AddUnique(const std::string& id, std::vector<std::string>* ids) {
  if (!id.empty() && std::find(ids->begin(), ids->end(), id) == ids->end()) {
    ids->push_back(id);
  }
}

// True when `ids` holds `id`.
inline bool Contains(const std::vector<std::string>& ids,
                     const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// True when every id of `small` is in `big`.
inline bool IsSubset(const std::vector<std::string>& small,
                     const std::vector<std::string>& big) {
  return std::all_of(small.begin(), small.end(), [&big](const std::string& id) {
    return Contains(big, id);
  });
}

// True when `a` and `b` hold the same ids, in any order.
inline bool SameSet(const std::vector<std::string>& a,
                    const std::vector<std::string>& b) {
  return IsSubset(a, b) && IsSubset(b, a);
}

// A person, or a group of persons ("the leaders of ...").
inline bool PersonLike(const Mention& m) {
  return m.kind == MentionKind::kPerson || m.kind == MentionKind::kGroup;
}

// ---- Triggers and status cues (triggers.cc) ----

// The event words of a sentence from token `skip` on, close triggers of one
// type merged into one ("held a meeting ... talks"); a call absorbs the
// meeting words around it ("phone talks").
std::vector<Trigger> FindTriggers(const std::vector<Token>& tokens, int skip);

// "the first foreign minister to", "the only leader to", "the second
// president to": `to` after an ordinal and its noun phrase names who did
// something, not a plan.
bool FirstToDo(const std::vector<Token>& tokens, int to);

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
                          int trigger, int to, int cancel_to);

// ---- Agreements (agreements.cc) ----

// True when the actor named from `first` is only the whole a party belongs
// to ("Somaliland, a breakaway region of Somalia") or the mediator of the
// deal ("a truce brokered by Qatar"), not a party.
bool PartOrMediatorOf(const std::vector<Token>& tokens, int first);

// True when the agreement head starting at `head` is the predicate of a
// copula whose subject is the agreement ending at `subject_last`, directly
// ("the pact is a treaty") or past a parenthetical between commas ("the
// pact, signed in 2010, is the last treaty"): "a determiner, then only
// words" must stand between the copula and the head.
bool IsAgreementPredicate(const std::vector<Token>& tokens, int subject_last,
                          int head);

// The status the words in [from, to] give an agreement, the latest stage of
// its life they mention; *cue is set to the deciding word's index. Some
// cues count only next to the agreement's head at `head` (-1: none):
// "the deal brokered by Qatar", "the pact announced on Monday", "pushing
// for a deal", "under the deal" (when nothing else is said).
v1::AgreementStatus AgreementCue(const std::vector<Token>& tokens, int from,
                                 int to, int* cue, int head = -1);

// An agreement's party as named by a mention: a person or a place stands
// for its country, and so does a state body ("the State Duma ratified the
// treaty"); companies and international organizations are parties of
// their own.
std::string PartyOf(const Mention& m, const KnowledgeBase& kb,
                    const v1::Date& date);

// Adds the parties a mention names: every member country when a group is
// named as its countries ("the five Central Asian states"), else PartyOf.
void AddParties(const Mention& m, const KnowledgeBase& kb, const v1::Date& date,
                std::vector<std::string>* parties);

// ---- Persons and days (event_rules.cc) ----

// The persons named in a coordination that ends right before token
// `before` ("A, B and C" in "A, B and C signed"), in text order; empty when
// no person ends there. With `groups`, a group of a knowledge-base group's
// office holders counts as a person ("Xi and the leaders of the five
// Central Asian states").
std::vector<const Mention*> CoordinatedPersons(
    const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
    int before, bool groups = false);

// The person a sentence's "he" or "she" before `trigger` stands for: the
// sentence's first person before the pronoun ("The Iranian minister will
// see Lavrov, then fly to Rome, where he is due to meet Witkoff"), else the
// latest person named before this sentence; never a spokesperson. "" when
// there is no such pronoun.
std::string PronounSubject(const std::vector<Token>& tokens,
                           const std::vector<Mention>& mentions, int trigger,
                           const Discourse& discourse,
                           const MentionFinder* finder, int pronoun = -1);

// The person "his"/"her" governing the noun at `noun` stands for ("during
// his own visit to Tehran"), resolved as PronounSubject resolves "he"; ""
// for other determiners ("the visit", "this trip" refer back).
std::string PossessorOf(const std::vector<Token>& tokens,
                        const std::vector<Mention>& mentions, int noun,
                        const Discourse& discourse,
                        const MentionFinder* finder);

// The days a phrase at token k counts from the day named before it: "the
// same day" 0, "the following/next day" and "a day later" 1, "the previous
// day", "a day earlier" and "the day before" (ending its clause) -1, "two
// days later/earlier" +-2; EventDraft::kNoOffset when there is none.
int DayPhraseOffset(const std::vector<Token>& tokens, int k);

// The day `offset` days (DayPhraseOffset) after the last day named before
// token `at`, in the sentence or an earlier one; all zero when none was.
v1::Date DayAfterNamed(const std::vector<DateMention>& dates, int at,
                       int offset, bool planned, const Discourse& discourse);

}  // namespace event_rules
}  // namespace parley

#endif  // PARLEY_COMMON_EXTRACT_EVENT_RULES_H_
