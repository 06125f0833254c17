// Meetings and calls: one event per partner when a sentence tells them
// apart.
#include "common/extract/event_rules.h"
#include "common/util/date.h"

namespace parley {

using event_rules::AddUnique;
using event_rules::DayAfterNamed;
using event_rules::DayPhraseOffset;
using event_rules::Is;
using event_rules::PersonLike;
using event_rules::PronounSubject;

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

}  // namespace parley
