#include "common/store/merge.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/util/agreement_name.h"
#include "common/util/date.h"

namespace parley {
namespace {

std::vector<std::string> SortedParticipantIds(const v1::Event& event) {
  std::vector<std::string> ids;
  for (const v1::ActorRef& participant : event.participants()) {
    ids.push_back(participant.id());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

bool IsCountryLocation(const v1::Location& location) {
  return !location.id().empty() && location.id() == location.country();
}

bool HasSourceFrom(const google::protobuf::RepeatedPtrField<v1::Source>& list,
                   const std::string& article_id) {
  return std::any_of(list.begin(), list.end(), [&](const v1::Source& source) {
    return source.article_id() == article_id;
  });
}

void AppendNewSources(
    const google::protobuf::RepeatedPtrField<v1::Source>& from,
    google::protobuf::RepeatedPtrField<v1::Source>* to) {
  for (const v1::Source& source : from) {
    if (!HasSourceFrom(*to, source.article_id())) *to->Add() = source;
  }
}

}  // namespace

bool LocationsCompatible(const v1::Location& a, const v1::Location& b) {
  if (a.id().empty() || b.id().empty() || a.id() == b.id()) return true;
  return (IsCountryLocation(a) && b.country() == a.id()) ||
         (IsCountryLocation(b) && a.country() == b.id());
}

bool SameHappening(const v1::Event& stored, const v1::Event& incoming) {
  if (stored.type() != incoming.type() ||
      stored.status() != incoming.status() ||
      SortedParticipantIds(stored) != SortedParticipantIds(incoming) ||
      !DatesAgree(stored.date(), incoming.date()) ||
      !LocationsCompatible(stored.location(), incoming.location())) {
    return false;
  }
  if (stored.type() != v1::EVENT_TYPE_AGREEMENT) return true;
  const v1::EventAgreement& a = stored.agreement();
  const v1::EventAgreement& b = incoming.agreement();
  if (a.status() != b.status()) return false;
  if (!a.id().empty() && !b.id().empty()) return a.id() == b.id();
  return AgreementParties(stored) == AgreementParties(incoming) &&
         SameAgreementName(a.name(), b.name());
}

void MergeEvent(const v1::Event& incoming, v1::Event* stored) {
  AppendNewSources(incoming.sources(), stored->mutable_sources());
  if (PrecisionOf(incoming.date()) > PrecisionOf(stored->date())) {
    *stored->mutable_date() = incoming.date();
  }
  const v1::Location& place = incoming.location();
  if (stored->location().id().empty() ||
      (IsCountryLocation(stored->location()) &&
       place.id() != stored->location().id() &&
       place.country() == stored->location().id())) {
    if (!place.id().empty()) *stored->mutable_location() = place;
  }
  stored->set_confidence(std::max(stored->confidence(), incoming.confidence()));
  for (v1::ActorRef& participant : *stored->mutable_participants()) {
    for (const v1::ActorRef& other : incoming.participants()) {
      if (other.id() != participant.id()) continue;
      if (participant.name().empty()) participant.set_name(other.name());
      if (participant.role().empty()) participant.set_role(other.role());
      if (participant.country().empty()) {
        participant.set_country(other.country());
      }
    }
  }
}

std::vector<std::string> AgreementParties(const v1::Event& event) {
  std::vector<std::string> parties(event.agreement().parties().begin(),
                                   event.agreement().parties().end());
  if (parties.empty()) parties = SortedParticipantIds(event);
  std::sort(parties.begin(), parties.end());
  parties.erase(std::unique(parties.begin(), parties.end()), parties.end());
  return parties;
}

bool SameAgreement(const v1::Agreement& agreement,
                   const std::vector<std::string>& parties,
                   const std::string& name) {
  if (!std::equal(agreement.parties().begin(), agreement.parties().end(),
                  parties.begin(), parties.end())) {
    return false;
  }
  if (SameAgreementName(agreement.name(), name)) return true;
  return std::any_of(
      agreement.aliases().begin(), agreement.aliases().end(),
      [&](const std::string& alias) { return SameAgreementName(alias, name); });
}

std::string AgreementIdPrefix(const std::vector<std::string>& parties) {
  return absl::StrCat("agr-", absl::StrJoin(parties, "-"), "-");
}

v1::Agreement NewAgreement(const std::string& id, const v1::Event& event) {
  v1::Agreement agreement;
  agreement.set_id(id);
  agreement.set_name(event.agreement().name());
  for (const std::string& party : AgreementParties(event)) {
    agreement.add_parties(party);
  }
  return agreement;
}

void AddToAgreement(const v1::Event& reported, const std::string& article_id,
                    const v1::Date& published, v1::Agreement* agreement) {
  const auto& ids = agreement->event_ids();
  if (std::find(ids.begin(), ids.end(), reported.id()) == ids.end()) {
    agreement->add_event_ids(reported.id());
  }
  AppendNewSources(reported.sources(), agreement->mutable_sources());

  const std::string& name = reported.agreement().name();
  const auto same_text = [&](const std::string& other) {
    return absl::EqualsIgnoreCase(other, name);
  };
  if (agreement->name().empty()) {
    agreement->set_name(name);
  } else if (!name.empty() && !same_text(agreement->name()) &&
             std::none_of(agreement->aliases().begin(),
                          agreement->aliases().end(), same_text)) {
    agreement->add_aliases(name);
  }

  v1::AgreementStatusChange change;
  change.set_status(reported.agreement().status());
  *change.mutable_date() = PrecisionOf(reported.date()) != DatePrecision::kNone
                               ? reported.date()
                               : published;
  change.set_article_id(article_id);
  auto* history = agreement->mutable_history();
  const std::string key = DateSortKey(change.date());
  int position = history->size();
  for (int i = 0; i < history->size(); ++i) {
    const v1::AgreementStatusChange& entry = history->Get(i);
    if (entry.status() == change.status() &&
        entry.article_id() == change.article_id() &&
        DateSortKey(entry.date()) == key) {
      return;  // Already recorded.
    }
  }
  // After every entry dated on or before the new one.
  while (position > 0 && DateSortKey(history->Get(position - 1).date()) > key) {
    --position;
  }
  *history->Add() = change;
  for (int i = history->size() - 1; i > position; --i) {
    history->SwapElements(i, i - 1);
  }
  agreement->set_status(history->Get(history->size() - 1).status());
}

}  // namespace parley
