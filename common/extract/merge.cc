// Merging the event drafts of one article into events.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "absl/strings/match.h"
#include "common/extract/event_rules.h"
#include "common/util/agreement_name.h"
#include "common/util/date.h"

namespace parley {

using event_rules::AddUnique;
using event_rules::BackgroundDate;
using event_rules::Contains;
using event_rules::IsSubset;
using event_rules::SameSet;

namespace {

// The words and kinds of the agreement names of one merge, each name split
// once (the agreements' drafts are compared pair by pair).
class AgreementNames {
 public:
  // SplitAgreementName(name).
  const AgreementNameWords& Words(const std::string& name) {
    auto it = words_.find(name);
    if (it == words_.end()) {
      it = words_.emplace(name, SplitAgreementName(name)).first;
    }
    return it->second;
  }
  // AgreementKind(name).
  const std::string& Kind(const std::string& name) {
    auto it = kinds_.find(name);
    if (it == kinds_.end())
      it = kinds_.emplace(name, AgreementKind(name)).first;
    return it->second;
  }

 private:
  // (Node-based: references stay valid as names are added.)
  std::unordered_map<std::string, AgreementNameWords> words_;
  std::unordered_map<std::string, std::string> kinds_;
};

// True when agreement drafts `a` and `b` are named as texts of two kinds
// ("a memorandum on energy", "the treaty"; see AgreementKind).
bool OtherKinds(const EventDraft& a, const EventDraft& b,
                AgreementNames* names) {
  // (One name is of one kind; a name of no kind is of no other.)
  if (a.agreement_name == b.agreement_name) return false;
  const std::string& kind_a = names->Kind(a.agreement_name);
  if (kind_a.empty()) return false;
  const std::string& kind_b = names->Kind(b.agreement_name);
  return !kind_b.empty() && kind_a != kind_b;
}

// True when agreement draft `draft` may be a mention of `event` told as
// an earlier text: when it is one too, or in that text's sentence, or by a
// name of more than its kind ("the basic treaty", not "the treaty").
bool MayBeOfEarlier(const EventDraft& draft, const EventDraft& event,
                    AgreementNames* names) {
  if (!event.earlier || draft.earlier) return true;
  for (int sentence : draft.sentences) {
    if (std::find(event.sentences.begin(), event.sentences.end(), sentence) !=
        event.sentences.end()) {
      return true;
    }
  }
  const AgreementNameWords& words = names->Words(draft.agreement_name);
  return !words.distinctive.empty() || !words.weak.empty();
}

// True when two agreement drafts may name one agreement: the knowledge
// base's when both are known by name ("the JCPOA", "the 2015 nuclear
// deal"), else by their words, of one kind of text.
bool SameNamedAgreement(const EventDraft& a, const EventDraft& b,
                        AgreementNames* names) {
  if (!a.known_agreement.empty() && !b.known_agreement.empty()) {
    return a.known_agreement == b.known_agreement;
  }
  // (A name names what it names: SameAgreementName(x, x) holds.)
  if (a.agreement_name == b.agreement_name) return true;
  return !OtherKinds(a, b, names) &&
         SameAgreementName(names->Words(a.agreement_name),
                           names->Words(b.agreement_name));
}

// True when agreement draft `draft` is told as a text other than `event`:
// "negotiating a new partnership agreement" is not a text already signed
// or in force; "replaces the 1994 treaty" tells an earlier text, not one
// named only by its kind ("the memorandum", "the deal") and not told as
// earlier.
bool IntroducedApart(const EventDraft& draft, const EventDraft& event) {
  if (draft.fresh &&
      (draft.agreement_status == v1::AGREEMENT_STATUS_PROPOSED ||
       draft.agreement_status == v1::AGREEMENT_STATUS_NEGOTIATING) &&
      (event.agreement_status == v1::AGREEMENT_STATUS_SIGNED ||
       event.agreement_status == v1::AGREEMENT_STATUS_IN_FORCE)) {
    return true;
  }
  if (!draft.earlier || event.earlier) return false;
  const AgreementNameWords words = SplitAgreementName(event.agreement_name);
  return words.distinctive.empty() && words.weak.empty();
}

// True when agreement mentions `a` and `b` tell two signings, so two texts:
// a text is signed once. "A, B and C signed a border treaty on Monday. A
// and B had signed one of their own on March 3": both dated, the dates
// disagree. "Leaders sign border treaty" (a headline, undated: the
// article's news) and "signed a treaty on March 3", more than a week before
// the article.
bool SignedApart(const EventDraft& a, const EventDraft& b,
                 const v1::Date& article_date) {
  if (a.agreement_status != v1::AGREEMENT_STATUS_SIGNED ||
      b.agreement_status != v1::AGREEMENT_STATUS_SIGNED) {
    return false;
  }
  const bool a_dated = PrecisionOf(a.date) != DatePrecision::kNone;
  const bool b_dated = PrecisionOf(b.date) != DatePrecision::kNone;
  if (a_dated && b_dated) return !DatesAgree(a.date, b.date);
  auto headline_news = [](const EventDraft& news) {
    return PrecisionOf(news.date) == DatePrecision::kNone &&
           std::find(news.sentences.begin(), news.sentences.end(), 0) !=
               news.sentences.end();
  };
  auto week_before = [&](const EventDraft& dated) {
    return PrecisionOf(dated.date) == DatePrecision::kDay &&
           PrecisionOf(article_date) == DatePrecision::kDay &&
           LastDay(dated.date) < FirstDay(article_date) - 7;
  };
  return (headline_news(a) && week_before(b)) ||
         (headline_news(b) && week_before(a));
}

// True when mentions `a` and `b` may tell one happening: their dates agree,
// and unless one sentence tells both, an undated mention (of the article's
// news) is not one of a happening long before it.
bool SameTime(const EventDraft& a, const EventDraft& b,
              const v1::Date& article_date) {
  if (!DatesAgree(a.date, b.date) ||
      (a.yearless_month != 0 && b.yearless_month != 0 &&
       a.yearless_month != b.yearless_month)) {
    return false;
  }
  for (int sentence : a.sentences) {
    if (std::find(b.sentences.begin(), b.sentences.end(), sentence) !=
        b.sentences.end()) {
      return true;
    }
  }
  const bool a_undated = PrecisionOf(a.date) == DatePrecision::kNone;
  const bool b_undated = PrecisionOf(b.date) == DatePrecision::kNone;
  return !(a_undated && BackgroundDate(b.date, article_date)) &&
         !(b_undated && BackgroundDate(a.date, article_date));
}

// True when `a` and `b` tell one stay at one place on days close enough to
// be one trip ("flew to Washington on Wednesday", "Biden hosted him at the
// White House on Thursday", "will wind up the visit today"): both of the
// same traveller, taking place, dated to the day at most three days apart.
bool DaysOfOneTrip(const EventDraft& a, const EventDraft& b) {
  if (a.type != v1::EVENT_TYPE_VISIT || b.type != v1::EVENT_TYPE_VISIT ||
      a.status != v1::EVENT_STATUS_OCCURRED ||
      b.status != v1::EVENT_STATUS_OCCURRED || a.separate || b.separate ||
      a.place.empty() || a.place != b.place ||
      PrecisionOf(a.date) != DatePrecision::kDay ||
      PrecisionOf(b.date) != DatePrecision::kDay) {
    return false;
  }
  const int days = static_cast<int>(FirstDay(a.date) - FirstDay(b.date));
  return days >= -3 && days <= 3;
}

// True when talks `a` and `b` in an article of unknown date are told on
// days of different weekdays ("held talks on Sunday", "met again on
// Monday"): two meetings. A trip lasts days: its arrival day and its talks
// day stay one visit.
bool OtherWeekdays(const EventDraft& a, const EventDraft& b) {
  return a.type != v1::EVENT_TYPE_VISIT && b.type != v1::EVENT_TYPE_VISIT &&
         a.weekday != 0 && b.weekday != 0 && a.weekday != b.weekday;
}

bool PlacesCompatible(const EventDraft& a, const EventDraft& b) {
  if (!a.place.empty() && !b.place.empty() && a.place != b.place) return false;
  if (!a.country.empty() && !b.country.empty() && a.country != b.country)
    return false;
  return true;
}

// The participants of `event` but for those who joined it as told in later
// sentences ("Present at the talks were C and D").
std::vector<std::string> CoreParticipants(const EventDraft& event) {
  std::vector<std::string> core;
  for (const std::string& id : event.participants) {
    if (!Contains(event.joined, id)) core.push_back(id);
  }
  return core;
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
  if (into->weekday == 0) into->weekday = from.weekday;
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

// Merges repeated mentions of one happening into one event and anaphoric
// drafts into the event they refer to; sets tentative drafts aside in
// `tentatives`.
std::vector<EventDraft> MergeMentions(std::vector<EventDraft> drafts,
                                      const v1::Date& article_date,
                                      std::vector<EventDraft>* tentatives) {
  std::vector<EventDraft> events;
  events.reserve(drafts.size());
  AgreementNames names;
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
        const bool fits = status_ok && SameTime(draft, *it, article_date) &&
                          !OtherWeekdays(draft, *it) &&
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
        // "A trilateral meeting was held in Beijing. X took part in the
        // meeting": the one the sentence right before tells of.
        if (fits && draft.sentences.size() == 1 &&
            std::find(it->sentences.begin(), it->sentences.end(),
                      draft.sentences[0] - 1) != it->sentences.end()) {
          meeting = &*it;
          break;
        }
        if (fits && (meeting == nullptr ||
                     it->sentences.size() >= meeting->sentences.size())) {
          meeting = &*it;
        }
      }
      if (meeting != nullptr) {
        Absorb(draft, meeting, false);
        for (const std::string& id : draft.participants) {
          if (!Contains(meeting->participants, id)) {
            meeting->participants.push_back(id);
            meeting->joined.push_back(id);
          }
        }
        continue;
      }
      if (draft.anaphoric) continue;
    }
    if (draft.tentative) {
      tentatives->push_back(std::move(draft));
      continue;
    }
    if (draft.type == v1::EVENT_TYPE_AGREEMENT) {
      EventDraft* same = nullptr;
      EventDraft* latest = nullptr;
      bool apart = false;
      for (EventDraft& event : events) {
        if (event.type != v1::EVENT_TYPE_AGREEMENT) continue;
        // A text told as replaced may have the new text's signing as its
        // cue ("signed a treaty that replaces the fisheries agreement").
        if ((!draft.earlier && SignedApart(draft, event, article_date)) ||
            IntroducedApart(draft, event)) {
          continue;
        }
        if (draft.anaphoric) {
          // "the Charter on Strategic Partnership between Armenia and the
          // United States" after a peace treaty of Armenia and Azerbaijan:
          // a definite text named by more than its head word ("the deal",
          // "this arrangement" are not), whose own sentence names two sides,
          // refers back only to a text of that name or of those sides.
          if (absl::StrContains(draft.agreement_name, ' ') &&
              draft.participants.size() >= 2 && !event.participants.empty() &&
              !IsSubset(draft.participants, event.participants) &&
              !IsSubset(event.participants, draft.participants) &&
              !SameNamedAgreement(draft, event, &names)) {
            continue;
          }
          // "the Treaty on Strategic Partnership" refers back to the one of
          // that name, "the deal" to the latest, "the treaty" to the latest
          // but a text of another kind (a protocol).
          if (!MayBeOfEarlier(draft, event, &names)) continue;
          if (SameNamedAgreement(draft, event, &names)) same = &event;
          if (!OtherKinds(draft, event, &names)) latest = &event;
          continue;
        }
        // "signed a document on a railway bypass and a memorandum on a
        // railway line": texts one sentence lists, each with "a", are two.
        if (draft.coordinated && !draft.sentences.empty() &&
            event.introduced_in == draft.sentences[0]) {
          continue;
        }
        const bool overlap = draft.participants.empty() ||
                             event.participants.empty() ||
                             IsSubset(draft.participants, event.participants) ||
                             IsSubset(event.participants, draft.participants);
        // "a deal to supply grain to Turkey" or "a new deal with Iran" after
        // a well-known deal of more sides (the Black Sea grain deal, the
        // 2015 nuclear deal) is another text of two of them; later mentions
        // join it only with its very sides.
        const bool another = draft.separate && draft.known_agreement.empty() &&
                             !event.known_agreement.empty() &&
                             draft.participants.size() >= 2 &&
                             IsSubset(draft.participants, event.participants) &&
                             !SameSet(draft.participants, event.participants);
        apart = apart || (overlap && another);
        // "proposed talks on a new deal" told before "the 2015 nuclear
        // deal": the well-known text of more sides is not the new one.
        const bool known_after_new =
            event.fresh && event.known_agreement.empty() &&
            !draft.known_agreement.empty() && event.participants.size() >= 2 &&
            IsSubset(event.participants, draft.participants) &&
            !SameSet(draft.participants, event.participants);
        const bool apart_sides =
            event.separate && !SameSet(draft.participants, event.participants);
        // One with the very same parties beats one that only overlaps.
        if (overlap && !another && !known_after_new && !apart_sides &&
            SameNamedAgreement(draft, event, &names) &&
            !(same != nullptr &&
              SameSet(draft.participants, same->participants) &&
              !SameSet(draft.participants, event.participants))) {
          same = &event;
        }
      }
      if (same == nullptr) same = latest;
      if (same == nullptr) {
        if (draft.separate && !draft.sentences.empty()) {
          draft.introduced_in = draft.sentences[0];
        }
        draft.separate = apart;
        events.push_back(std::move(draft));
        continue;
      }
      Absorb(draft, same, false);
      same->unfinished = same->unfinished || draft.unfinished;
      same->two_sides = same->two_sides || draft.two_sides;
      same->three_sides = same->three_sides || draft.three_sides;
      for (const std::string& id : draft.side_hints) {
        AddUnique(id, &same->side_hints);
      }
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
      } else if (PrecisionOf(draft.date) > PrecisionOf(same->date) &&
                 DatesAgree(draft.date, same->date) &&
                 (PrecisionOf(same->date) != DatePrecision::kNone ||
                  (!draft.anaphoric &&
                   draft.agreement_status == same->agreement_status))) {
        // "Chile, Peru sign pact" ... "Chile and Peru on Tuesday signed a
        // fisheries agreement": the same act, dated by a later mention that
        // names the text itself ("the one Chile signed with Peru in June"
        // may be another). "the pact reached in March" ... "signed on March
        // 10": a later date within the first one's month or year tells it
        // more precisely.
        same->date = draft.date;
      }
      if (same->known_agreement.empty()) {
        same->known_agreement = draft.known_agreement;
      }
      if (same->agreement_name.size() < draft.agreement_name.size() &&
          names.Words(same->agreement_name).distinctive.empty()) {
        same->agreement_name = draft.agreement_name;
      }
      continue;
    }
    // The latest event this draft may be a mention of.
    EventDraft* same = nullptr;
    // "A and B met on Friday. The joint press conference was cancelled": a
    // part of an occasion that took place was called off, with the same
    // participants, on its day unless the text says otherwise.
    const EventDraft* occasion = nullptr;
    const bool called_off = draft.type == v1::EVENT_TYPE_MEETING &&
                            draft.status == v1::EVENT_STATUS_CANCELLED &&
                            draft.status_explicit;
    auto took_place = [](const EventDraft& event) {
      return event.status == v1::EVENT_STATUS_OCCURRED && event.status_explicit;
    };
    // "Lula was due to visit China in March. The trip was called off": a
    // trip told as dropped after it was told as planned.
    const bool trip_dropped = draft.type == v1::EVENT_TYPE_VISIT &&
                              draft.status == v1::EVENT_STATUS_CANCELLED &&
                              draft.status_explicit;
    for (auto it = events.rbegin(); it != events.rend() && same == nullptr;
         ++it) {
      EventDraft& event = *it;
      // "Putin and Aliyev spoke by phone. During the conversation, ...":
      // the conversation is the call.
      const bool call_talked_of =
          draft.talk_of_a_call && event.type == v1::EVENT_TYPE_CALL;
      if (event.type != draft.type && !call_talked_of) continue;
      // A meeting of the sides' teams ("their teams will hold talks") is
      // not one of the sides told otherwise.
      if (draft.country_level && event.country_level &&
          draft.separate != event.separate) {
        continue;
      }
      // "visited a research centre" names no trip "the visit" can be.
      if (draft.anaphoric && draft.participants.empty() &&
          draft.type == v1::EVENT_TYPE_VISIT && event.country.empty()) {
        continue;
      }
      if (draft.anaphoric && draft.participants.empty()) {
        // "Lula visited China in April. The trip had been planned for
        // March but was called off": the plan dropped before the trip made
        // is a trip of its own, of the same travellers.
        if ((called_off ||
             (trip_dropped && PrecisionOf(draft.date) != DatePrecision::kNone &&
              !SameTime(draft, event, article_date))) &&
            took_place(event)) {
          occasion = &event;
        } else if (PlacesCompatible(draft, event) &&
                   SameTime(draft, event, article_date) &&
                   !OtherWeekdays(draft, event)) {
          same = &event;
        }
        break;
      }
      // An earlier trip a sentence tells apart ("his first visit since
      // 2019") is another mention only where a date says so.
      if (draft.type == v1::EVENT_TYPE_VISIT &&
          ((draft.separate &&
            PrecisionOf(event.date) == DatePrecision::kNone) ||
           (event.separate &&
            PrecisionOf(draft.date) == DatePrecision::kNone))) {
        continue;
      }
      // "their previous meeting on June 4" neither joins nor dates a
      // meeting told without a date.
      if (draft.earlier_one &&
          PrecisionOf(draft.date) != DatePrecision::kNone &&
          PrecisionOf(event.date) == DatePrecision::kNone) {
        continue;
      }
      // "He had also flown to Doha": one more trip there, unless told on
      // the very day of the one before.
      if (draft.another_trip && draft.type == v1::EVENT_TYPE_VISIT &&
          !(PrecisionOf(draft.date) == DatePrecision::kDay &&
            PrecisionOf(event.date) == DatePrecision::kDay &&
            DatesAgree(draft.date, event.date))) {
        continue;
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
      // With those who joined it aside: "A and B held talks.
      // Present at the talks were C and D. [Photo: A and B hold talks.]".
      const bool participants_ok =
          SameSet(draft.participants, event.participants) ||
          (!event.joined.empty() &&
           SameSet(draft.participants, CoreParticipants(event))) ||
          (subset &&
           (draft.anaphoric || draft.type == v1::EVENT_TYPE_VISIT ||
            draft.participants.size() < 2 || same_place || next_sentence));
      if (!participants_ok || draft.participants.empty()) continue;
      if (called_off && took_place(event) && occasion == nullptr &&
          SameSet(draft.participants, event.participants)) {
        occasion = &event;  // "their joint news conference was called off"
      }
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
      // A trip planned, then called off.
      status_ok = status_ok ||
                  (trip_dropped && event.status == v1::EVENT_STATUS_PLANNED);
      if (status_ok && SameTime(draft, event, article_date) &&
          !OtherWeekdays(draft, event) && PlacesCompatible(draft, event)) {
        same = &event;
      } else if (DaysOfOneTrip(draft, event)) {
        // The trip began on the earlier day.
        if (FirstDay(draft.date) < FirstDay(event.date)) {
          event.date = draft.date;
        }
        same = &event;
      }
    }
    if (same != nullptr) {
      const bool keep_status = same->status_explicit;
      const v1::EventStatus status = same->status;
      // A partial mention ("my meeting with Xi") only adds its evidence,
      // unless it names the same place (then its date is the meeting's).
      // One naming all but those who joined the meeting ("Lavrov joined
      // Putin. Thursday's meeting of Putin and Anwar ...") is not partial.
      const bool partial =
          !SameSet(draft.participants, same->participants) &&
          (same->joined.empty() ||
           !SameSet(draft.participants, CoreParticipants(*same))) &&
          draft.type != v1::EVENT_TYPE_VISIT &&
          (draft.place.empty() || draft.place != same->place);
      Absorb(draft, same, !partial && !draft.participants.empty());
      if (keep_status) same->status = status;
      if (trip_dropped && same->status == v1::EVENT_STATUS_PLANNED) {
        same->status = v1::EVENT_STATUS_CANCELLED;
        same->status_explicit = true;
        // Its time as the plan had it, not the next such month.
        if (PrecisionOf(draft.date) == DatePrecision::kNone &&
            PrecisionOf(same->dropped_date) != DatePrecision::kNone) {
          same->date = same->dropped_date;
        }
      }
      continue;
    }
    if (occasion != nullptr) {
      if (draft.participants.empty()) {
        draft.participants = occasion->participants;
        draft.participant_countries = occasion->participant_countries;
      }
      if (PrecisionOf(draft.date) == DatePrecision::kNone) {
        draft.date = occasion->date;
      }
      if (draft.place.empty() && draft.country.empty()) {
        draft.place = occasion->place;
        draft.country = occasion->country;
      }
      draft.anaphoric = false;
    }
    if (draft.anaphoric && draft.participants.empty()) continue;
    events.push_back(std::move(draft));
  }
  return events;
}

// Gives agreements short of parties those of the meeting or call the
// article reports with them: the pair, the three, or the talks before.
void PartiesFromTalks(const KnowledgeBase& kb, const v1::Date& article_date,
                      std::vector<EventDraft>* all) {
  std::vector<EventDraft>& events = *all;
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
      // "Saudi Arabia and Iran held talks": a side named as a country.
      if (actor->kind() == v1::ACTOR_KIND_COUNTRY) {
        AddUnique(id, &countries);
        continue;
      }
      const v1::Role* role = kb.RoleOn(*actor, article_date);
      // An international official stands for the body ("the prime minister
      // met Georgieva": Pakistan and the IMF), not the country of birth; the
      // head of a body of one country or union for that country or union.
      const v1::Actor* body =
          role && role->country().empty() && !role->organization().empty()
              ? kb.FindActor(role->organization())
              : nullptr;
      AddUnique(role && !role->country().empty() ? role->country()
                : body == nullptr                ? actor->country()
                : body->country().empty()        ? body->id()
                                                 : body->country(),
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
      // The pair of that country and a country its sentences hint at.
      for (size_t other = 0; pair == nullptr && other < events.size();
           ++other) {
        if (!is_pair(events[other])) continue;
        const std::vector<std::string> countries = countries_of(events[other]);
        if (Contains(countries, agreement.participants[0]) &&
            std::any_of(countries.begin(), countries.end(),
                        [&agreement](const std::string& id) {
                          return Contains(agreement.side_hints, id);
                        })) {
          pair = &events[other];
        }
      }
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
}

void LendTentatives(const std::vector<EventDraft>& tentatives,
                    const v1::Date& article_date,
                    std::vector<EventDraft>* all) {
  std::vector<EventDraft>& events = *all;
  // Tentative mentions lend their date and place to the fullest compatible
  // meeting; country-level mentions fold into a meeting of those countries'
  // officials.
  auto lend = [&events, &article_date](const EventDraft& draft,
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
      // "A and B had been expected to meet in Muscat. The round of talks
      // between their countries will not take place": the plan called off.
      const bool called_off = by_country && draft.status_explicit &&
                              draft.status == v1::EVENT_STATUS_CANCELLED &&
                              event.status == v1::EVENT_STATUS_PLANNED;
      if (!needed.empty() && IsSubset(needed, have) &&
          (status_ok || called_off) && SameTime(draft, event, article_date) &&
          PlacesCompatible(draft, event)) {
        Absorb(draft, &event, true);
        if (called_off) event.status = v1::EVENT_STATUS_CANCELLED;
        return true;
      }
    }
    return false;
  };
  for (const EventDraft& draft : tentatives)
    lend(draft, draft.participants, false);
  for (EventDraft& event : events) {
    // Not a meeting of subordinates ("their teams will hold talks").
    if (event.country_level && !event.separate &&
        lend(event, event.participants, true)) {
      event.participants.clear();  // Folded; dropped below.
    }
  }
}

// The events of `events` that are events: enough participants, a place for
// a visit, parties for an agreement.
std::vector<EventDraft> KeepEvents(std::vector<EventDraft> events,
                                   const KnowledgeBase& kb,
                                   const v1::Date& article_date) {
  // Drop what is not an event.
  std::vector<EventDraft> kept;
  kept.reserve(events.size());
  for (EventDraft& event : events) {
    switch (event.type) {
      case v1::EVENT_TYPE_MEETING:
      case v1::EVENT_TYPE_CALL: {
        // One international body alone is its members' gathering ("OPEC+
        // ministers met by video link", "the next BRICS summit"). A summit
        // that took place is told by who met at it (its host, its chair):
        // told by the body alone ("at the APEC summit in Lima") it names
        // no one.
        const v1::Actor* only = event.participants.size() == 1
                                    ? kb.FindActor(event.participants[0])
                                    : nullptr;
        const bool body = only != nullptr &&
                          only->kind() == v1::ACTOR_KIND_ORGANIZATION &&
                          only->country().empty();
        if (event.participants.size() < 2 && !body) continue;
        if (body && event.summit_of_body &&
            event.status == v1::EVENT_STATUS_OCCURRED) {
          continue;
        }
        break;
      }
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
        // A company or a national body alone ("a deal on supplies from
        // Gazprom") is one side of a deal whose other side is not known.
        if (only != nullptr && only->kind() == v1::ACTOR_KIND_ORGANIZATION &&
            !only->country().empty()) {
          continue;
        }
        if (event.unfinished &&
            event.agreement_status == v1::AGREEMENT_STATUS_PENDING_SIGNATURE) {
          event.agreement_status = v1::AGREEMENT_STATUS_NEGOTIATING;
        }
        break;
      }
      default:
        continue;
    }
    kept.push_back(std::move(event));
  }
  return kept;
}

// "Modi met Kishida in Hiroshima on Saturday. Modi also held talks with
// Lula on Saturday": a meeting dated to the day with no place of its own
// was held where a meeting or a visit of one of its participants among
// `events` took him that day, unless that day took him to two places; a
// meeting still planned ("was to meet Li Qiang later on Friday") also where
// he was that day. Null when none.
const EventDraft* WhereThatDay(const std::vector<EventDraft>& events,
                               const EventDraft& meeting) {
  if (PrecisionOf(meeting.date) != DatePrecision::kDay) return nullptr;
  const absl::CivilDay day = FirstDay(meeting.date);
  const EventDraft* that_day = nullptr;
  for (const EventDraft& other : events) {
    if (&other == &meeting || other.country.empty() ||
        (other.type != v1::EVENT_TYPE_MEETING &&
         other.type != v1::EVENT_TYPE_VISIT) ||
        (other.status != meeting.status &&
         (meeting.status != v1::EVENT_STATUS_PLANNED ||
          other.status != v1::EVENT_STATUS_OCCURRED)) ||
        PrecisionOf(other.date) != DatePrecision::kDay ||
        FirstDay(other.date) != day ||
        std::none_of(other.participants.begin(), other.participants.end(),
                     [&meeting](const std::string& id) {
                       return Contains(meeting.participants, id);
                     })) {
      continue;
    }
    if (that_day != nullptr && (that_day->country != other.country ||
                                that_day->place != other.place)) {
      return nullptr;
    }
    that_day = &other;
  }
  return that_day;
}

void ShareVisitPlaces(const KnowledgeBase& kb, const v1::Date& article_date,
                      std::vector<EventDraft>* all) {
  std::vector<EventDraft>& kept = *all;
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
          !SameTime(visit, meeting, article_date) ||
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
  // "Kim and Putin held talks. Putin, who last came in July 2000, had a
  // second meeting with Kim": an undated meeting told in sentences without
  // a trip long before the article as well is the article's news; that trip
  // lends it neither its time nor its place.
  auto told_only_with = [](const EventDraft& meeting, const EventDraft& trip) {
    return std::all_of(meeting.sentences.begin(), meeting.sentences.end(),
                       [&trip](int sentence) {
                         return std::find(trip.sentences.begin(),
                                          trip.sentences.end(),
                                          sentence) != trip.sentences.end();
                       });
  };
  for (EventDraft& meeting : kept) {
    if (meeting.type != v1::EVENT_TYPE_MEETING) continue;
    // The visit told in the meeting's own sentence first ("X paid a visit
    // to China, during which Xi held talks with him"), then where its
    // participant was that day, then any other visit.
    for (int pass = 0; pass < 2; ++pass) {
      if (pass == 1 && meeting.country.empty()) {
        if (const EventDraft* that_day = WhereThatDay(kept, meeting)) {
          meeting.place = that_day->place;
          meeting.country = that_day->country;
        }
      }
      bool found = false;
      for (const EventDraft& visit : kept) {
        // An earlier trip told apart lends nothing to other sentences; a
        // trip moved on to ("and then flew to Seoul") nothing to the
        // meetings told before it.
        if (visit.type != v1::EVENT_TYPE_VISIT ||
            (visit.moved_on && &visit > &meeting) ||
            (pass == 1 && visit.separate) || visit.status != meeting.status ||
            !shares_participant(visit, meeting) ||
            !SameTime(visit, meeting, article_date) ||
            !PlacesCompatible(visit, meeting) ||
            (pass == 0 && !same_sentence(visit, meeting)) ||
            (PrecisionOf(meeting.date) == DatePrecision::kNone &&
             BackgroundDate(visit.date, article_date) &&
             !told_only_with(meeting, visit))) {
          continue;
        }
        found = true;
        if (meeting.country.empty()) {
          meeting.place = visit.place;
          meeting.country = visit.country;
        }
        if (PrecisionOf(meeting.date) == DatePrecision::kNone) {
          // A visit may last days: only its month dates the meeting, unless
          // the trip began on the article's day ("arrived today ... held
          // talks"): then what it has seen so far was that day.
          const bool begun_today =
              meeting.status == v1::EVENT_STATUS_OCCURRED &&
              PrecisionOf(visit.date) == DatePrecision::kDay &&
              DatesAgree(visit.date, article_date) &&
              PrecisionOf(article_date) == DatePrecision::kDay;
          meeting.date = begun_today
                             ? visit.date
                             : Truncate(visit.date, DatePrecision::kMonth);
        }
        break;
      }
      if (found) break;
    }
    // "Xi, who arrived in Astana on Tuesday, ..." then "Xi met Erdogan" on
    // Wednesday: a meeting with no place of its own (held or still
    // planned), days into a trip of its participant, was held where the
    // latest arrival before it took him.
    if (!meeting.country.empty() ||
        PrecisionOf(meeting.date) != DatePrecision::kDay) {
      continue;
    }
    const absl::CivilDay day = FirstDay(meeting.date);
    const EventDraft* trip = nullptr;
    for (const EventDraft& visit : kept) {
      if (visit.type != v1::EVENT_TYPE_VISIT ||
          visit.status != v1::EVENT_STATUS_OCCURRED ||
          meeting.status == v1::EVENT_STATUS_CANCELLED ||
          PrecisionOf(visit.date) != DatePrecision::kDay ||
          !shares_participant(visit, meeting) || visit.country.empty()) {
        continue;
      }
      const int days = static_cast<int>(day - FirstDay(visit.date));
      if (days >= 1 && days <= 6 &&
          (trip == nullptr || FirstDay(visit.date) > FirstDay(trip->date))) {
        trip = &visit;
      }
    }
    if (trip != nullptr) {
      meeting.place = trip->place;
      meeting.country = trip->country;
    }
  }
}

}  // namespace

// Dates the agreements the article does not date: one signed by the
// countries of talks held on a day of the week before the article's date,
// told in their sentence or the next ("A and B held talks on Tuesday. The
// two leaders witnessed the signing of a treaty"), was signed at them; else
// the article's date.
void DateAgreements(const v1::Date& article_date,
                    std::vector<EventDraft>* all) {
  for (EventDraft& agreement : *all) {
    if (agreement.type != v1::EVENT_TYPE_AGREEMENT ||
        PrecisionOf(agreement.date) != DatePrecision::kNone) {
      continue;
    }
    agreement.date = article_date;
    if (agreement.agreement_status != v1::AGREEMENT_STATUS_SIGNED ||
        agreement.sentences.empty() ||
        PrecisionOf(article_date) != DatePrecision::kDay) {
      continue;
    }
    const int told = *std::min_element(agreement.sentences.begin(),
                                       agreement.sentences.end());
    for (const EventDraft& talks : *all) {
      if (talks.type != v1::EVENT_TYPE_MEETING ||
          talks.status != v1::EVENT_STATUS_OCCURRED ||
          PrecisionOf(talks.date) != DatePrecision::kDay ||
          FirstDay(talks.date) > FirstDay(article_date) ||
          FirstDay(talks.date) < FirstDay(article_date) - 7 ||
          !IsSubset(agreement.participants, talks.participant_countries) ||
          std::none_of(talks.sentences.begin(), talks.sentences.end(),
                       [told](int s) { return s == told || s == told - 1; })) {
        continue;
      }
      agreement.date = talks.date;
      break;
    }
  }
}

std::vector<EventDraft> MergeDrafts(std::vector<EventDraft> drafts,
                                    const KnowledgeBase& kb,
                                    const v1::Date& article_date) {
  std::vector<EventDraft> tentatives;
  std::vector<EventDraft> events =
      MergeMentions(std::move(drafts), article_date, &tentatives);
  PartiesFromTalks(kb, article_date, &events);
  LendTentatives(tentatives, article_date, &events);
  std::vector<EventDraft> kept =
      KeepEvents(std::move(events), kb, article_date);
  ShareVisitPlaces(kb, article_date, &kept);
  DateAgreements(article_date, &kept);
  return kept;
}

void PlaceMeetingsByDay(std::vector<EventDraft>* events) {
  for (EventDraft& meeting : *events) {
    if (meeting.type != v1::EVENT_TYPE_MEETING || !meeting.country.empty()) {
      continue;
    }
    if (const EventDraft* that_day = WhereThatDay(*events, meeting)) {
      meeting.place = that_day->place;
      meeting.country = that_day->country;
    }
  }
}

}  // namespace parley
