// Internal to the event finder: the trigger type, the small token and id-list
// helpers, and the steps EventFinder::Find (events.cc) takes for each type of
// event, defined in triggers.cc, agreements.cc, visits.cc, meetings.cc and
// event_rules.cc; merge.cc merges the drafts of an article. Not part of the
// library's API.
#ifndef PARLEY_COMMON_EXTRACT_EVENT_RULES_H_
#define PARLEY_COMMON_EXTRACT_EVENT_RULES_H_

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "common/extract/events.h"
#include "common/util/word_set.h"

namespace parley {
namespace event_rules {

// Lowercase words (hashed with WordHash); sets of them are built once, as
// function statics.
using WordSet = ::parley::WordSet;

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
  // "expected in", "due in", "will attend the summit, hosted by X":
  // planned.
  bool expected = false;
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
  // "and then on to Rio": a further leg without a verb, in the tense of
  // the trip before it.
  bool onward = false;
  // "accompanied Putin to Beijing", "travelled with Xi to Moscow": the
  // persons between the verb and "to" (up to `last`) travel too.
  bool companion = false;
  // "attended a banquet", "a ceremony attended by", "dined with": a shared
  // occasion, a meeting only of persons from two or more countries.
  bool occasion = false;
  // "and then flew to Seoul", "before flying on to Rome", "later left for
  // Amman": a trip begun after what the text told before it.
  bool moved_on = false;
  // "had also flown to Doha", "also travelled to Doha": a trip told as one
  // more (a past verb).
  bool another_trip = false;
  // "Xi and Putin witnessed the signing", "signed in the presence of X":
  // a signing watched by those named; its signers (the persons right before
  // the clause's "signed") take part too.
  bool witnessed = false;
  // "X flew in from Bangkok", "X arrives on Thursday": a trip to where the
  // story is set, when no destination is named; a visit only abroad, with
  // the traveller right before the verb.
  bool here = false;
  // "Iran-US talks were held": a meeting noun with neither an article nor
  // a light verb, after a hyphen pair; kept only when HyphenSides names
  // its two sides.
  bool hyphen_sides = false;
};

// True when token `i` exists and its lowercase form is the literal `word`
// (its length known at compile time: a length test, then a few bytes).
template <size_t N>
ABSL_ATTRIBUTE_ALWAYS_INLINE inline bool Is(const std::vector<Token>& tokens,
                                            int i, const char (&word)[N]) {
  return i >= 0 && i < static_cast<int>(tokens.size()) &&
         tokens[i].lower.size() == N - 1 &&
         std::memcmp(tokens[i].lower.data(), word, N - 1) == 0;
}

// True when token `i` exists and its lowercase form is in `set`.
inline bool InSet(const std::vector<Token>& tokens, int i, const WordSet& set) {
  return i >= 0 && i < static_cast<int>(tokens.size()) &&
         set.contains(tokens[i].lower);
}

// True for "monday" ... "sunday".
bool IsWeekdayWord(const TokenText& word);

// Verbs of meeting someone as host or guest: a meeting only with a person
// as object ("received the Iranian minister", "joined Biden"), or in the
// passive ("was received by Putin").
const WordSet& ReceiveVerbs();

// Shared occasions: "a state dinner", "a working lunch", "a ceremony".
const WordSet& OccasionNouns();

// "hosted a dinner in honour of X", "a state banquet in his honour", "a
// luncheon for X": the first token naming the one honoured when an occasion
// is token `last` or follows it, else -1.
int HonoreeAfter(const std::vector<Token>& tokens, int last);

// "the", "this", "his", "their", ...: words that make a noun definite.
const WordSet& Determiners();

// Finds the determiner governing the noun at `i`, skipping up to two
// lowercase modifiers or a weekday ("the high-profile meeting", "the
// Wednesday talks"). Returns its index or -1.
int DeterminerBefore(const std::vector<Token>& tokens, int i);

// True when `date` ends over a month before the article's date, or names a
// year in an article of unknown date: the text tells of an earlier
// happening ("they last met in June 2024"), not of the article's news.
bool BackgroundDate(const v1::Date& date, const v1::Date& article_date);

// True when "a" or "an" governs the noun at `i`, before at most two
// lowercase modifiers ("a planned meeting", "an urgent meeting").
bool IndefiniteBefore(const std::vector<Token>& tokens, int i);

// True when tokens [first, last] lie in a relative clause (", who ...",
// ", whose ...", ", which ...", its opening word at most `reach` tokens
// before `first`) that a comma closes before token `until`: "Witkoff, who
// met Putin last week, held talks with Araghchi" tells of two happenings,
// and Putin is of the clause's own.
bool InClosedRelativeClause(const std::vector<Token>& tokens, int first,
                            int last, int until, int reach);

// "Modi held talks with Scholz and Macron hosted Meloni", "A met B, and C
// and D will meet E": the "and" after token `from` that opens the clause of
// the verb at `verb` when that clause has a named subject of its own (only
// capitalized words, joined by "and" or commas, then at most two auxiliaries
// or adverbs, right before the verb). -1 when there is none.
int OwnSubjectClauseStart(const std::vector<Token>& tokens, int from, int verb);

// True when the trigger starting at `first` lies in a relative clause
// (", who ...", ", whose ...", ", which ...") opened after token `from`
// with no comma between its opening and the trigger: "Blinken met Fidan,
// who had spoken with Lavrov" tells of two happenings.
bool InRelativeClauseAfter(const std::vector<Token>& tokens, int from,
                           int first);

// The index `words` words before `i`, counting a hyphenated compound
// ("wide-ranging", split into three tokens) as one word; at least `skip`.
int WordsBefore(const std::vector<Token>& tokens, int i, int words, int skip);

// Adds `id` to `ids` unless it is empty or already there.
inline void AddUnique(const std::string& id, std::vector<std::string>* ids) {
  if (!id.empty() && std::find(ids->begin(), ids->end(), id) == ids->end()) {
    // Room for a few at once: lists of ids rarely stop at one.
    if (ids->capacity() == 0) ids->reserve(4);
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

// True when mention `m` lies in a trigger's region [begin, end).
inline bool InRegion(const Mention& m, int begin, int end) {
  return m.first >= begin && m.last < end;
}

// Adds the ids of mention `m` to `ids` (AddUnique).
inline void AddIds(const Mention& m, std::vector<std::string>* ids) {
  for (const std::string& id : m.ids) AddUnique(id, ids);
}

// The sentence being read, and what resolves the persons it names.
struct SentenceContext {
  const std::vector<Token>& tokens;
  const std::vector<Mention>& mentions;
  const std::vector<DateMention>& dates;
  const Discourse& discourse;
  const KnowledgeBase* kb;
  const MentionFinder* finder;

  // Spokespeople report meetings; they rarely take part in them.
  bool IsSpokesperson(const Mention& m) const {
    return m.kind == MentionKind::kPerson &&
           finder->TitleOf(m.ids[0], discourse.article_date, discourse) ==
               "spokesperson";
  }
};

// The countries of `persons` on the article's date, each once, in order.
std::vector<std::string> CountriesOf(const SentenceContext& ctx,
                                     const std::vector<std::string>& persons);

// ---- Triggers and status cues (triggers.cc) ----

// The event words of a sentence from token `skip` on, close triggers of one
// type merged into one ("held a meeting ... talks"); a call absorbs the
// meeting words around it ("phone talks").
std::vector<Trigger> FindTriggers(const std::vector<Token>& tokens, int skip);

// Drops the triggers the sentence's mentions rule out ("received" or
// "called" without a person after it, "the Collective Security Treaty
// Organization") and marks those that make no event ("no plans for a
// meeting", "refused to travel").
void ScreenTriggers(const std::vector<Token>& tokens,
                    const std::vector<Mention>& mentions,
                    std::vector<Trigger>* found);

// "the first foreign minister to", "the only leader to", "the second
// president to": `to` after an ordinal and its noun phrase names who did
// something, not a plan.
bool FirstToDo(const std::vector<Token>& tokens, int to);

// True when `gathering`, a meeting trigger, names what the attending word
// `attend` attends: it comes within a short noun phrase after it ("attend
// the summit", "is attending the Group of Seven summit").
bool GatheringAttended(const std::vector<Token>& tokens, const Trigger& attend,
                       const Trigger& gathering);

// True when the trip verb at `verb` ("travel", "come", "go", "fly",
// "attend") is one not made: "did not travel", "will not attend", "chose not
// to travel" (not "never", which tells of no trip at all).
bool TripNotMade(const std::vector<Token>& tokens, int verb);

// True when `to` starts the purpose of a trip its clause reports as made
// ("made a stopover in Lahore to meet Sharif", "flew to Riyadh on Monday to
// meet the crown prince"): the purpose was carried out.
bool PurposeOfTripMade(const std::vector<Token>& tokens, int to);

// The index of a verb of ending in the future that governs the trigger at
// `trigger` ("will wind up his state visit", "is due to conclude the
// talks"): the event has begun. -1 when there is none in [from, trigger).
int EndingVerbBefore(const std::vector<Token>& tokens, int from, int trigger);

// Status cues around a trigger.
struct StatusCues {
  bool planned = false;
  bool cancelled = false;
  bool rescheduled = false;  // "postponed until May": planned for then.
  // Only a postponement without a new date makes it cancelled.
  bool only_postponed = false;
  // "did not take place", "never happened": cancelled on a day now past.
  bool not_held_past = false;
};

// Status cues for the trigger at `trigger`: planned cues in [from, to],
// cancellation anywhere in [from, cancel_to] ("the meeting ... was
// cancelled", "will not take place").
StatusCues FindStatusCues(const std::vector<Token>& tokens, int from,
                          int trigger, int to, int cancel_to);

// ---- Agreements (agreements.cc) ----

// True when the actor named by `m` is only the whole a party belongs to
// ("Somaliland, a breakaway region of Somalia"), the mediator of the deal
// ("a truce brokered by Qatar", "talks mediated by the United States",
// "reached with China's support") or part of a person's title ("a former
// ambassador to the US and the UN"), not a party.
bool PartOrMediatorOf(const std::vector<Token>& tokens, const Mention& m);

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
// their own; a legislature of no one country ("the European Parliament")
// is none (empty).
std::string PartyOf(const Mention& m, const KnowledgeBase& kb,
                    const v1::Date& date);

// Adds the parties a mention names: every member country when a group is
// named as its countries ("the five Central Asian states"), else PartyOf.
void AddParties(const Mention& m, const KnowledgeBase& kb, const v1::Date& date,
                std::vector<std::string>* parties);

// The latest agreement of a sentence with a status: "expected to sign an
// agreement on visas and an agreement on investments" gives both the status
// of the one verb.
struct ListedAgreement {
  int trigger = -1;
  v1::AgreementStatus status = v1::AGREEMENT_STATUS_UNSPECIFIED;
  v1::Date date;
};

// Adds to `drafts` the agreement of trigger `t` (an agreement head whose
// region is [begin, end)), named, with its parties, status and date, and the
// meeting of its co-signers if any; `draft` holds what Find decided before
// (status, date). Updates `listed`.
void AddAgreement(const SentenceContext& ctx,
                  const std::vector<Trigger>& triggers, size_t t, int begin,
                  int end, ListedAgreement* listed, EventDraft draft,
                  std::vector<EventDraft>* drafts);

// "OPEC+ agreed on Sunday to cut output", "Iran and Saudi Arabia agreed to
// restore relations": a decision of an organization or of two or more
// countries named right before "agreed ... to", as a signed agreement
// named by what was agreed. A draft without participants when there is
// none.
EventDraft GroupDecision(const SentenceContext& ctx);

// "A and B signed the treaty in Moscow": when the persons right before the
// verb at `signed_at` come from two or more countries, the meeting at
// which they signed `agreement`; otherwise a draft without participants.
EventDraft CoSigners(const SentenceContext& ctx, int signed_at,
                     const EventDraft& agreement);

// ---- Visits (visits.cc) ----

// Further destinations of a tour, as (place id or "", country id).
using Destinations = std::vector<std::pair<std::string, std::string>>;

// Adds the travellers of the visit `trigger` (region from `begin`) to
// `travellers`: "visit of/by X", "X's visit", the one invited, the nearest
// person before, the sentence's subject or the person a pronoun stands for,
// with those coordinated with them and the delegation accompanying them.
// False when the trigger makes no visit (an invitation of nobody named).
bool FindTravellers(const SentenceContext& ctx, const Trigger& trigger,
                    int begin, std::vector<std::string>* travellers);

// Sets the visit's place and country from the first place or country after
// the trigger (or the one a "where" clause or a locative before names), and
// adds the further destinations of a tour to `more`.
void FindDestinations(const SentenceContext& ctx, const Trigger& trigger,
                      int begin, int end, EventDraft* draft,
                      Destinations* more);

// False when the words make no visit after all: "will be in" without the
// person right before it, or being or attending somewhere that is not
// abroad for the traveller.
bool VisitStands(const SentenceContext& ctx, const Trigger& trigger,
                 const std::vector<std::string>& persons,
                 const EventDraft& draft);

// "The prime minister arrived in Riyadh" in an article that named the
// Saudi and the Pakistani prime ministers: a traveller named by a bare
// title who is at home at the destination is replaced by the other holder
// of that title (Mention::other_holder) named in the article when that one
// is not; not for a trip home ("left for New Delhi", "returned to").
void PreferVisitingHolder(const SentenceContext& ctx, const Trigger& trigger,
                          const EventDraft& draft,
                          std::vector<std::string>* persons);

// "The Crown Prince welcomed the prime minister", "the President welcomed
// him" (the guest, a president too): a meeting of one person, one of whose
// mentions in [begin, end) is a bare title, is with the title's other
// holder (the host or the guest).
void AddOtherHolder(const SentenceContext& ctx, int begin, int end,
                    std::vector<std::string>* persons);

// Travellers from different countries make separate trips: when each of
// `persons` travels for another side, adds one trip each to `drafts` and
// returns true.
bool SplitTrips(const SentenceContext& ctx,
                const std::vector<std::string>& persons,
                const EventDraft& draft, std::vector<EventDraft>* drafts);

// "During his stay in Bali, Xi will meet Macron", "During his visit to
// Tehran on Monday, Lavrov held talks with ...": a meeting with no place
// of its own, told after a trip that opens the sentence, is held at the
// trip's destination.
void PlaceInTripOpening(const SentenceContext& ctx,
                        const std::vector<Trigger>& triggers, size_t t,
                        EventDraft* draft);

// "Biden welcomed Kishida to Camp David": adds the guest's visit to the
// meeting's place.
void AddGuestVisits(const SentenceContext& ctx, const Trigger& trigger, int end,
                    const EventDraft& draft, std::vector<EventDraft>* drafts);

// Adds the earlier visit "his first visit since 2019" implies (then
// dating an undated `draft` by the article's month), and one visit per
// further destination of a tour.
void AddEarlierAndFurtherVisits(const SentenceContext& ctx,
                                const Trigger& trigger, int end,
                                const Destinations& more, EventDraft* draft,
                                std::vector<EventDraft>* drafts);

// ---- Meetings and calls (meetings.cc) ----

// Marks a meeting attended or joined ("X and Y attended the talks", "Z
// joined Biden"): its persons add to a meeting reported before.
void MarkAttendance(const std::vector<Token>& tokens, const Trigger& trigger,
                    EventDraft* draft);

// "Trump met Sharaa in Riyadh, a meeting brokered by the crown prince",
// "Xi met Putin, their first meeting since May": a meeting noun set off by a
// comma after the sentence's meeting trigger before it (`triggers[t - 1]`)
// restates that meeting; it makes no meeting of its own (not "..., a day
// before talks with Z").
bool RestatesMeeting(const std::vector<Token>& tokens,
                     const std::vector<Trigger>& triggers, size_t t);

// The participants of the meeting or call `trigger` named in its region
// [begin, end), with the subject, "they" or a pronoun standing for others;
// not persons talked about, spokespeople or (when others remain) speakers.
std::vector<std::string> NamedMeetingPersons(const SentenceContext& ctx,
                                             const Trigger& trigger, int begin,
                                             int end, EventDraft* draft);

// With fewer than two persons: adds the closest persons outside the region
// ("X met with Y" across regions). True when every participant comes from
// outside.
bool BorrowPersons(const SentenceContext& ctx, const Trigger& trigger,
                   int begin, int end, std::vector<std::string>* persons);

// Sets a meeting's place: a locative after the trigger, else before it.
void PlaceMeeting(const SentenceContext& ctx, const Trigger& trigger, int begin,
                  int end, EventDraft* draft);

// The international body whose own gathering `trigger` (a meeting or call
// with no person named) is, as participants: "the BRICS summit", "OPEC+
// ministers held a video conference", "a meeting of G20 ministers"; the
// member countries of a summit of a fixed set of countries ("the
// China-Central Asia Summit"). Empty when none, when the body is only
// talked about ("talks on BRICS expansion"), or when two countries are the
// sides.
std::vector<std::string> OrganizationGathering(const SentenceContext& ctx,
                                               const Trigger& trigger,
                                               int begin, int end);

// The two sides a meeting noun names joined by a hyphen before it, when
// both are countries or international bodies: "Egypt-Ethiopia talks", "the
// next EU-Egypt summit", "the India-Pakistan commander-level meeting".
// Empty when the noun names none.
std::vector<std::string> HyphenSides(const SentenceContext& ctx,
                                     const Trigger& trigger);

// "Putin hosted an informal CIS summit", "the SCO summit, chaired by
// Tokayev", "Anwar will attend the ASEAN summit": the one person of a
// meeting noun (`persons`) who hosts, chairs or attends a body's gathering
// meets the body (OrganizationGathering, or for "the summit" the body the
// article named on a gathering): adds its ids to `persons` and returns
// true. False otherwise.
bool JoinGathering(const SentenceContext& ctx, const Trigger& trigger,
                   int begin, int end, std::vector<std::string>* persons);

// "A and B signed the deal in the presence of C": adds to `persons` (the
// witnesses of the `trigger.witnessed` signing) the persons right before
// the clause's signing verb, before the trigger.
void AddSigners(const SentenceContext& ctx, const Trigger& trigger,
                std::vector<std::string>* persons);

// A meeting `draft` that takes in an earlier meeting of its sentence in
// `drafts` ("A and B signed the deal in the presence of C" after the
// co-signers' meeting of A and B): widens that one to the draft's persons
// and returns true.
bool WidenSentenceMeeting(const EventDraft& draft,
                          std::vector<EventDraft>* drafts);

// "X took part in the summit by video link": a call of X with the gathering
// (the body the article named on a gathering, if any), not with the
// persons around; sets `persons` to them and returns true. False for other
// calls.
bool RemoteParticipation(const SentenceContext& ctx, const Trigger& trigger,
                         std::vector<std::string>* persons);

// A meeting or call with fewer than two persons: adds it as a meeting of
// countries when the region names two ("US and Russian officials met") and
// returns true; else marks it tentative, and returns true when it has
// nothing to lend (to be dropped).
bool SettleFewPersons(const SentenceContext& ctx, const Trigger& trigger,
                      int begin, int end,
                      const std::vector<std::string>& persons,
                      EventDraft* draft, std::vector<EventDraft>* drafts);

// "X spoke with A, and with B the following day": when the words after
// the trigger in [trigger_last + 1, end) hold two or more "with" groups
// joined by "and" (or objects joined by "and", each with its own date:
// "hosted A on Monday and B on Thursday"), one copy of `draft` per group,
// each with the subject before the trigger and that group's persons, dated
// by the group's own date words when it has any and placed at its own
// place. Empty when the sentence is not of that form.
std::vector<EventDraft> SplitWithGroups(const SentenceContext& ctx,
                                        int trigger_first, int trigger_last,
                                        int begin, int end,
                                        const EventDraft& draft);

// "held talks in Washington in May 2023 and in Almaty in May 2024", "three
// meetings -- in Singapore in June 2018 and in Hanoi in February 2019", "the
// third meeting, after Singapore last June and Hanoi in February": one
// meeting of `persons` per place told with its own date after the trigger,
// each with the persons named in its own words (the one the trigger itself
// tells is kept when the list follows "after"); the list ends before
// `end`. Empty when the words list no two such places.
std::vector<EventDraft> SplitByPlaces(const SentenceContext& ctx,
                                      const Trigger& trigger, int end,
                                      const std::vector<std::string>& persons,
                                      const EventDraft& draft);

// "held separate calls with X and Y", "met A in Kenya and B in Ghana": adds
// one meeting per partner of the hub and returns true; may reorder
// `persons` (hub first).
bool SplitSeparately(const SentenceContext& ctx, const Trigger& trigger,
                     int begin, int end, std::vector<std::string>* persons,
                     const EventDraft& draft, std::vector<EventDraft>* drafts);

// The leader whose own seat a locative in [begin, end) names ("talks at the
// Kremlin", "came to the White House"), on `date` (the article's when
// unknown), when that leader is of another country than `guest`; "" when
// none.
std::string SeatHolder(const SentenceContext& ctx, int begin, int end,
                       const std::string& guest, const v1::Date& date);

// "Scholz came to the White House in February": adds the meeting of the
// visit `draft`'s one traveller with the leader whose seat it went to,
// when the trip was made.
void AddSeatMeeting(const SentenceContext& ctx, const Trigger& trigger,
                    int begin, int end, const EventDraft& draft,
                    std::vector<EventDraft>* drafts);

// "X hosted A and B at a summit in Xi'an in May": a meeting whose persons
// were all borrowed is the earlier meeting that includes them; lends it
// its date and place and returns true.
bool LendToEarlierMeeting(const EventDraft& draft,
                          std::vector<EventDraft>* drafts);

// ---- Persons and days (event_rules.cc) ----

// The persons named in a coordination that ends right before token
// `before` ("A, B and C" in "A, B and C signed"), in text order; empty when
// no person ends there. With `groups`, a group of a knowledge-base group's
// office holders counts as a person ("Xi and the leaders of the five
// Central Asian states").
std::vector<const Mention*> CoordinatedPersons(
    const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
    int before, bool groups = false);

// "Erdogan, accompanied by Fidan and Guler, was received by Rashid": the
// persons a participant brings along are his delegation, not a side of the
// meeting. Removes from `persons` those an "accompanied by" list in [begin,
// end) names, when two or more others remain.
void DropCompanions(const SentenceContext& ctx, int begin, int end,
                    std::vector<std::string>* persons);

// The person the previous sentences were about (Discourse::subject), else
// the latest person named before this sentence; never a spokesperson nor
// `other`. "" when there is none.
std::string PreviousPerson(const Discourse& discourse,
                           const MentionFinder* finder,
                           const std::string& other = "");

// Whether an object pronoun for one person follows the trigger ending at
// token `last`: "received him", "talks with her" (not "her delegation").
bool ObjectPronounAfter(const std::vector<Token>& tokens, int last);

// The person a sentence's "he" or "she" before `trigger` stands for: the
// sentence's first person before the pronoun ("The Iranian minister will
// see Lavrov, then fly to Rome, where he is due to meet Witkoff") who is
// not a speaker unless his speech verb opens the pronoun's clause ("Zelensky
// wrote on X that he ..."), else the latest person named before this
// sentence; never a spokesperson. "" when
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
// days later/earlier" +-2, "a week later" 7, "two days before" (ending its
// clause) -2; EventDraft::kNoOffset when there is none.
int DayPhraseOffset(const std::vector<Token>& tokens, int k);

// The day `offset` days (DayPhraseOffset) after the last day named before
// token `at`, in the sentence or an earlier one; all zero when none was.
v1::Date DayAfterNamed(const std::vector<DateMention>& dates, int at,
                       int offset, bool planned, const Discourse& discourse);

}  // namespace event_rules
}  // namespace parley

#endif  // PARLEY_COMMON_EXTRACT_EVENT_RULES_H_
