// Finding events in sentences and merging their mentions within an article.
#ifndef PARLEY_COMMON_EXTRACT_EVENTS_H_
#define PARLEY_COMMON_EXTRACT_EVENTS_H_

#include <string>
#include <vector>

#include "common/extract/dates.h"
#include "common/extract/lexicon.h"
#include "common/extract/mentions.h"
#include "common/kb/knowledge_base.h"
#include "parley/v1/event.pb.h"

namespace parley {

// One event as read from one or more sentences of an article.
struct EventDraft {
  v1::EventType type = v1::EVENT_TYPE_UNSPECIFIED;
  v1::EventStatus status = v1::EVENT_STATUS_OCCURRED;
  bool status_explicit = false;  // A cue or a past-tense verb set the status.
  bool anaphoric = false;        // "the meeting", "the visit": refers back.
  std::vector<std::string> participants;
  v1::Date date;
  // The month of a date named without a year in an article of unknown date
  // (DateMention::yearless_month), else 0.
  int yearless_month = 0;
  // The weekday of a day named by it alone in an article of unknown date
  // (DateMention::weekday), else 0.
  int weekday = 0;
  std::string place;    // Place id, or "".
  std::string country;  // Country of the place or destination, or "".
  std::string agreement_name;
  // Id of the agreement known by name in the knowledge base, or "".
  std::string known_agreement;
  v1::AgreementStatus agreement_status = v1::AGREEMENT_STATUS_UNSPECIFIED;
  std::vector<int> sentences;  // Indexes of supporting sentences.
  // A meeting with fewer than two known participants ("a summit in
  // Astana"): it only lends its date and place to a fuller mention.
  bool tentative = false;
  // Participants are countries ("US and Russian officials met").
  bool country_level = false;
  // A summit told by the body that holds it, with nobody named ("the APEC
  // summit in Lima", "the summit of the SCO").
  bool summit_of_body = false;
  // Persons who attended or joined a meeting ("X and Y attended the talks",
  // "Z joined Biden"): they add to the meeting reported before, if any.
  bool attendance = false;
  // Of a meeting's participants, those who joined or attended it as told
  // in later sentences ("Present at the talks were C and D").
  std::vector<std::string> joined;
  // One of several meetings or calls a sentence tells apart ("held separate
  // talks with A and with B"): not a partial mention of a larger meeting.
  // For a visit, an earlier trip a sentence implies ("his first visit since
  // 2019"): the same trip only where a date says so. For an agreement
  // draft, one introduced with "a", "a new" or "another"; for an agreement
  // event, one told apart from a well-known text of more sides.
  bool separate = false;
  // For an agreement event, the sentence whose draft introduced it with
  // "a" or "an" ("signed a treaty on X"), else -1.
  int introduced_in = -1;
  // An agreement draft introduced with "a" or "an" right after "and" or a
  // comma ("a treaty on X and a memorandum on Y"): the next in a list.
  bool coordinated = false;
  // An agreement introduced as not yet existing or not the one told of
  // before ("a new deal", "another accord"): a well-known text of more
  // sides named later is not it.
  bool fresh = false;
  // An agreement told as the one before another ("replaces the basic
  // treaty", "the previous treaty"): a bare mention later ("the treaty")
  // is not of it.
  bool earlier = false;
  // The text of the agreement is not final yet ("hope to finalize it"):
  // talk of signing it does not make it pending signature.
  bool unfinished = false;
  // An agreement the text gives to "the two countries" or "both sides":
  // its parties are the pair the article is about.
  bool two_sides = false;
  // Countries the agreement's sentences name by an adjective only ("cut
  // its tariff on South Korean goods under the deal"): for an agreement of
  // one country, the likelier other side.
  std::vector<std::string> side_hints;
  // "the three leaders signed it": its parties are the countries of the
  // meeting or call of three the article reports.
  bool three_sides = false;
  // "also signed": by the signers of the agreement reported before.
  bool also_signed = false;
  // "the same day" (0), "the following day" (1): a date relative to the
  // event reported just before; kNoOffset when the text says neither.
  static constexpr int kNoOffset = -1000;
  int day_offset = kNoOffset;
  // A trip begun after what the text told before it ("met Wang Yi on
  // Friday and then flew to Seoul"): the meetings told before it were not
  // held at its place.
  bool moved_on = false;
  // "had also flown to Doha": not a mention of a trip to that place told
  // before.
  bool another_trip = false;
  // "their previous meeting", "their last talks": a happening earlier than
  // the one reported.
  bool earlier_one = false;
  // A plan whose time is told as past ("was due to visit China in March",
  // written in May): that time, for when a later mention says the plan was
  // dropped; else unset.
  v1::Date dropped_date;
  // "the conversation": a talk that may be the call reported before.
  bool talk_of_a_call = false;
  // The countries the participants represent, for matching country-level
  // mentions.
  std::vector<std::string> participant_countries;
};

// Reads the events of one sentence.
class EventFinder {
 public:
  EventFinder(const KnowledgeBase* kb, const MentionFinder* mentions)
      : kb_(kb), mentions_(mentions) {}

  // Events whose triggers lie in `tokens` (one sentence, index `sentence`),
  // given the sentence's mentions and dates.
  std::vector<EventDraft> Find(const std::vector<Token>& tokens,
                               const std::vector<Mention>& mentions,
                               const std::vector<DateMention>& dates,
                               int sentence, const Discourse& discourse) const;

 private:
  const KnowledgeBase* kb_;
  const MentionFinder* mentions_;
};

// Merges the drafts of one article: repeated mentions of one happening
// become one event; anaphoric drafts join the event they refer to; places
// are inherited from visits; drafts that are not events are dropped.
std::vector<EventDraft> MergeDrafts(std::vector<EventDraft> drafts,
                                    const KnowledgeBase& kb,
                                    const v1::Date& article_date);

// Gives each meeting of `events` with no place of its own the place where a
// meeting or a visit of one of its participants took him that day (for
// meetings dated once merged: "Later that day, Xi met Hun Sen").
void PlaceMeetingsByDay(std::vector<EventDraft>* events);

}  // namespace parley

#endif  // PARLEY_COMMON_EXTRACT_EVENTS_H_
