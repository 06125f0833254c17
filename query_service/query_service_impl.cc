#include "query_service/query_service_impl.h"

#include "absl/time/clock.h"
#include "common/rpc/status.h"

namespace parley {

// What a caller whose list call ran out of time can change.
constexpr absl::string_view kNarrowTheQuery =
    "Narrow the query (actor, dates, a smaller page_size) or allow more time";

QueryServiceImpl::QueryServiceImpl(const Querier* querier)
    : querier_(querier) {}

grpc::Status QueryServiceImpl::ListMeetings(
    grpc::ServerContext* context, const v1::ListMeetingsRequest* request,
    v1::ListMeetingsResponse* response) {
  return Respond(
      querier_->ListMeetings(*request, absl::Now(),
                             CallInterrupt(context, kNarrowTheQuery)),
      response);
}

grpc::Status QueryServiceImpl::ListAgreements(
    grpc::ServerContext* context, const v1::ListAgreementsRequest* request,
    v1::ListAgreementsResponse* response) {
  return Respond(
      querier_->ListAgreements(*request, absl::Now(),
                               CallInterrupt(context, kNarrowTheQuery)),
      response);
}

grpc::Status QueryServiceImpl::ListEvents(grpc::ServerContext* context,
                                          const v1::ListEventsRequest* request,
                                          v1::ListEventsResponse* response) {
  return Respond(querier_->ListEvents(*request, absl::Now(),
                                      CallInterrupt(context, kNarrowTheQuery)),
                 response);
}

grpc::Status QueryServiceImpl::GetEvent(grpc::ServerContext* context,
                                        const v1::GetEventRequest* request,
                                        v1::Event* response) {
  return Respond(querier_->GetEvent(*request, absl::Now()), response);
}

grpc::Status QueryServiceImpl::GetAgreement(
    grpc::ServerContext* context, const v1::GetAgreementRequest* request,
    v1::Agreement* response) {
  return Respond(querier_->GetAgreement(*request, absl::Now()), response);
}

grpc::Status QueryServiceImpl::ResolveActor(
    grpc::ServerContext* context, const v1::ResolveActorRequest* request,
    v1::ResolveActorResponse* response) {
  return Respond(querier_->ResolveActor(*request, absl::Now()), response);
}

grpc::Status QueryServiceImpl::ListActors(grpc::ServerContext* context,
                                          const v1::ListActorsRequest* request,
                                          v1::ListActorsResponse* response) {
  return Respond(querier_->ListActors(*request, absl::Now(),
                                      CallInterrupt(context, kNarrowTheQuery)),
                 response);
}

}  // namespace parley
