#include "query_service/querier.h"

#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "common/util/date.h"
#include "common/util/status.h"

namespace parley {
namespace {

absl::Status ValidatePageSize(int page_size) {
  if (page_size >= 0) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      "page_size is ", page_size,
      "; pass 0 for the default (50) or a positive number (at most 1000)"));
}

absl::Status ValidateDateField(absl::string_view field, const v1::Date& date) {
  absl::Status status = ValidateDate(date);
  if (status.ok()) return status;
  return absl::InvalidArgumentError(
      absl::StrCat(field, ": ", status.message()));
}

absl::Status ValidateDateRange(const v1::Date& start, const v1::Date& end) {
  PARLEY_RETURN_IF_ERROR(ValidateDateField("start_date", start));
  PARLEY_RETURN_IF_ERROR(ValidateDateField("end_date", end));
  if (PrecisionOf(start) != DatePrecision::kNone &&
      PrecisionOf(end) != DatePrecision::kNone &&
      FirstDay(start) > LastDay(end)) {
    return absl::InvalidArgumentError(
        absl::StrCat("start_date ", FormatDate(start), " is after end_date ",
                     FormatDate(end), "; swap them"));
  }
  return absl::OkStatus();
}

// INVALID_ARGUMENT unless `is_valid(value)`; `values` lists the good ones.
absl::Status ValidateEnum(absl::string_view field, int value,
                          bool (*is_valid)(int), absl::string_view values) {
  if (is_valid(value)) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      field, " ", value, " is not a known value; use one of ", values));
}

absl::Status ValidateId(absl::string_view field, absl::string_view id) {
  if (!id.empty()) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat(field, " is empty; pass the id of a listed item"));
}

// The date on which titles in actor arguments ("Iranian president") are
// resolved: the start of the range, else its end, else unknown.
const v1::Date& ResolutionDate(const v1::Date& start, const v1::Date& end) {
  return PrecisionOf(start) != DatePrecision::kNone ? start : end;
}

template <typename Request>
PageRequest PageOf(const Request& request,
                   const std::function<absl::Status()>& interrupt) {
  PageRequest page;
  page.page_size = request.page_size();
  page.page_token = request.page_token();
  page.interrupt = interrupt;
  return page;
}

constexpr absl::string_view kEventTypes =
    "EVENT_TYPE_MEETING, EVENT_TYPE_CALL, EVENT_TYPE_VISIT, "
    "EVENT_TYPE_AGREEMENT or unset";
constexpr absl::string_view kEventStatuses =
    "EVENT_STATUS_OCCURRED, EVENT_STATUS_PLANNED, EVENT_STATUS_CANCELLED or "
    "unset";
constexpr absl::string_view kAgreementStatuses =
    "AGREEMENT_STATUS_PROPOSED, _NEGOTIATING, _PENDING_SIGNATURE, _SIGNED, "
    "_IN_FORCE, _SUSPENDED, _TERMINATED or unset";
constexpr absl::string_view kActorKinds =
    "ACTOR_KIND_PERSON, ACTOR_KIND_COUNTRY, ACTOR_KIND_ORGANIZATION or unset";

}  // namespace

Querier::Querier(const KnowledgeBase* kb, Store* store)
    : store_(store), actors_(kb, store) {}

absl::Status Querier::CatchUp(absl::Time arrival) const {
  if (!store_->is_secondary()) return absl::OkStatus();
  return store_->CatchUpIfOlderThan(arrival);
}

absl::StatusOr<v1::ListMeetingsResponse> Querier::ListMeetings(
    const v1::ListMeetingsRequest& request, absl::Time arrival,
    const std::function<absl::Status()>& interrupt) const {
  PARLEY_RETURN_IF_ERROR(CatchUp(arrival));
  PARLEY_RETURN_IF_ERROR(ValidatePageSize(request.page_size()));
  PARLEY_RETURN_IF_ERROR(
      ValidateDateRange(request.start_date(), request.end_date()));
  const v1::Date& on = ResolutionDate(request.start_date(), request.end_date());
  absl::StatusOr<std::string> a =
      actors_.ResolveOne("actor_a", request.actor_a(), on);
  if (!a.ok()) return a.status();
  absl::StatusOr<std::string> b =
      actors_.ResolveOne("actor_b", request.actor_b(), on);
  if (!b.ok()) return b.status();
  if (*a == *b) {
    return absl::InvalidArgumentError(absl::StrCat(
        "actor_a and actor_b both denote ", *a,
        "; pass two different actors (ListEvents lists one actor's events)"));
  }
  MeetingQuery query;
  query.actor_a = *std::move(a);
  query.actor_b = *std::move(b);
  query.start_date = request.start_date();
  query.end_date = request.end_date();
  query.include_calls = request.include_calls();
  query.include_planned = request.include_planned();
  absl::StatusOr<Page<v1::Event>> page =
      store_->ListMeetings(query, PageOf(request, interrupt));
  if (!page.ok()) return page.status();
  v1::ListMeetingsResponse response;
  for (v1::Event& event : page->items)
    *response.add_events() = std::move(event);
  response.set_next_page_token(page->next_page_token);
  return response;
}

absl::StatusOr<v1::ListAgreementsResponse> Querier::ListAgreements(
    const v1::ListAgreementsRequest& request, absl::Time arrival,
    const std::function<absl::Status()>& interrupt) const {
  PARLEY_RETURN_IF_ERROR(CatchUp(arrival));
  PARLEY_RETURN_IF_ERROR(ValidatePageSize(request.page_size()));
  PARLEY_RETURN_IF_ERROR(ValidateEnum("status", request.status(),
                                      v1::AgreementStatus_IsValid,
                                      kAgreementStatuses));
  AgreementQuery query;
  query.status = request.status();
  if (!request.party().empty()) {
    absl::StatusOr<std::string> party =
        actors_.ResolveOne("party", request.party(), v1::Date());
    if (!party.ok()) return party.status();
    query.party = *std::move(party);
  }
  absl::StatusOr<Page<v1::Agreement>> page =
      store_->ListAgreements(query, PageOf(request, interrupt));
  if (!page.ok()) return page.status();
  v1::ListAgreementsResponse response;
  for (v1::Agreement& agreement : page->items) {
    *response.add_agreements() = std::move(agreement);
  }
  response.set_next_page_token(page->next_page_token);
  return response;
}

absl::StatusOr<v1::ListEventsResponse> Querier::ListEvents(
    const v1::ListEventsRequest& request, absl::Time arrival,
    const std::function<absl::Status()>& interrupt) const {
  PARLEY_RETURN_IF_ERROR(CatchUp(arrival));
  PARLEY_RETURN_IF_ERROR(ValidatePageSize(request.page_size()));
  PARLEY_RETURN_IF_ERROR(
      ValidateEnum("type", request.type(), v1::EventType_IsValid, kEventTypes));
  PARLEY_RETURN_IF_ERROR(ValidateEnum("status", request.status(),
                                      v1::EventStatus_IsValid, kEventStatuses));
  PARLEY_RETURN_IF_ERROR(
      ValidateDateRange(request.start_date(), request.end_date()));
  EventQuery query;
  if (!request.actor().empty()) {
    absl::StatusOr<std::string> actor = actors_.ResolveOne(
        "actor", request.actor(),
        ResolutionDate(request.start_date(), request.end_date()));
    if (!actor.ok()) return actor.status();
    query.actor = *std::move(actor);
  }
  query.type = request.type();
  query.status = request.status();
  query.start_date = request.start_date();
  query.end_date = request.end_date();
  absl::StatusOr<Page<v1::Event>> page =
      store_->ListEvents(query, PageOf(request, interrupt));
  if (!page.ok()) return page.status();
  v1::ListEventsResponse response;
  for (v1::Event& event : page->items)
    *response.add_events() = std::move(event);
  response.set_next_page_token(page->next_page_token);
  return response;
}

absl::StatusOr<v1::Event> Querier::GetEvent(const v1::GetEventRequest& request,
                                            absl::Time arrival) const {
  PARLEY_RETURN_IF_ERROR(CatchUp(arrival));
  PARLEY_RETURN_IF_ERROR(ValidateId("id", request.id()));
  return store_->GetEvent(request.id());
}

absl::StatusOr<v1::Agreement> Querier::GetAgreement(
    const v1::GetAgreementRequest& request, absl::Time arrival) const {
  PARLEY_RETURN_IF_ERROR(CatchUp(arrival));
  PARLEY_RETURN_IF_ERROR(ValidateId("id", request.id()));
  return store_->GetAgreement(request.id());
}

absl::StatusOr<v1::ResolveActorResponse> Querier::ResolveActor(
    const v1::ResolveActorRequest& request, absl::Time arrival) const {
  PARLEY_RETURN_IF_ERROR(CatchUp(arrival));
  if (request.name().empty()) {
    return absl::InvalidArgumentError(
        "name is empty; pass a name, surname, alias or id such as Putin");
  }
  PARLEY_RETURN_IF_ERROR(ValidateDateField("date", request.date()));
  absl::StatusOr<std::vector<v1::Actor>> actors =
      actors_.Candidates(request.name(), request.date());
  if (!actors.ok()) return actors.status();
  v1::ResolveActorResponse response;
  for (v1::Actor& actor : *actors) *response.add_actors() = std::move(actor);
  return response;
}

absl::StatusOr<v1::ListActorsResponse> Querier::ListActors(
    const v1::ListActorsRequest& request, absl::Time arrival,
    const std::function<absl::Status()>& interrupt) const {
  PARLEY_RETURN_IF_ERROR(CatchUp(arrival));
  PARLEY_RETURN_IF_ERROR(ValidatePageSize(request.page_size()));
  PARLEY_RETURN_IF_ERROR(
      ValidateEnum("kind", request.kind(), v1::ActorKind_IsValid, kActorKinds));
  absl::StatusOr<Page<v1::Actor>> page =
      actors_.List(request.kind(), PageOf(request, interrupt));
  if (!page.ok()) return page.status();
  v1::ListActorsResponse response;
  for (v1::Actor& actor : page->items)
    *response.add_actors() = std::move(actor);
  response.set_next_page_token(page->next_page_token);
  return response;
}

}  // namespace parley
