// The core of the query service, free of gRPC: validates typed questions,
// resolves actor names to ids and answers them from the store.
#ifndef PARLEY_QUERY_SERVICE_QUERIER_H_
#define PARLEY_QUERY_SERVICE_QUERIER_H_

#include <functional>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "common/kb/knowledge_base.h"
#include "common/store/store.h"
#include "parley/v1/event.pb.h"
#include "parley/v1/query_service.pb.h"
#include "query_service/actor_directory.h"

namespace parley {

// Every method first makes the store see every write the primary
// acknowledged before `arrival` (Store::CatchUpIfOlderThan; nothing to do
// on a primary), then validates the request: unknown enum values,
// malformed dates, a start date after the end date and negative page sizes
// are INVALID_ARGUMENT, and actor arguments fail as
// ActorDirectory::ResolveOne says. Page tokens are checked by the store.
// The list methods call `interrupt`, when given, between chunks of their
// scan and stop with its error (see PageRequest::interrupt).
// Thread-safe.
class Querier {
 public:
  // `kb` and `store` must outlive the querier.
  Querier(const KnowledgeBase* kb, Store* store);

  // Also INVALID_ARGUMENT when both actors denote the same one.
  absl::StatusOr<v1::ListMeetingsResponse> ListMeetings(
      const v1::ListMeetingsRequest& request, absl::Time arrival,
      const std::function<absl::Status()>& interrupt = nullptr) const;
  absl::StatusOr<v1::ListAgreementsResponse> ListAgreements(
      const v1::ListAgreementsRequest& request, absl::Time arrival,
      const std::function<absl::Status()>& interrupt = nullptr) const;
  absl::StatusOr<v1::ListEventsResponse> ListEvents(
      const v1::ListEventsRequest& request, absl::Time arrival,
      const std::function<absl::Status()>& interrupt = nullptr) const;
  // NOT_FOUND for an unknown id.
  absl::StatusOr<v1::Event> GetEvent(const v1::GetEventRequest& request,
                                     absl::Time arrival) const;
  absl::StatusOr<v1::Agreement> GetAgreement(
      const v1::GetAgreementRequest& request, absl::Time arrival) const;
  // An empty list (not an error) when nothing matches.
  absl::StatusOr<v1::ResolveActorResponse> ResolveActor(
      const v1::ResolveActorRequest& request, absl::Time arrival) const;
  absl::StatusOr<v1::ListActorsResponse> ListActors(
      const v1::ListActorsRequest& request, absl::Time arrival,
      const std::function<absl::Status()>& interrupt = nullptr) const;

 private:
  absl::Status CatchUp(absl::Time arrival) const;

  Store* const store_;
  const ActorDirectory actors_;
};

}  // namespace parley

#endif  // PARLEY_QUERY_SERVICE_QUERIER_H_
