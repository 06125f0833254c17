#include "query_service/query_service_impl.h"

#include "absl/time/clock.h"
#include "common/rpc/status.h"

namespace parley {

// What a caller whose list call ran out of time can change.
constexpr absl::string_view kNarrowTheQuery =
    "Narrow the query (actor, dates, a smaller page_size) or allow more time";

QueryServiceImpl::QueryServiceImpl(const Querier* querier)
    : querier_(querier) {}

grpc::ServerUnaryReactor* QueryServiceImpl::ListMeetings(
    grpc::CallbackServerContext* context,
    const v1::ListMeetingsRequest* request,
    v1::ListMeetingsResponse* response) {
  return Finish(context, Respond(querier_->ListMeetings(
                                     *request, absl::Now(),
                                     CallInterrupt(context, kNarrowTheQuery)),
                                 response));
}

grpc::ServerUnaryReactor* QueryServiceImpl::ListAgreements(
    grpc::CallbackServerContext* context,
    const v1::ListAgreementsRequest* request,
    v1::ListAgreementsResponse* response) {
  return Finish(context, Respond(querier_->ListAgreements(
                                     *request, absl::Now(),
                                     CallInterrupt(context, kNarrowTheQuery)),
                                 response));
}

grpc::ServerUnaryReactor* QueryServiceImpl::ListEvents(
    grpc::CallbackServerContext* context, const v1::ListEventsRequest* request,
    v1::ListEventsResponse* response) {
  return Finish(context, Respond(querier_->ListEvents(
                                     *request, absl::Now(),
                                     CallInterrupt(context, kNarrowTheQuery)),
                                 response));
}

grpc::ServerUnaryReactor* QueryServiceImpl::GetEvent(
    grpc::CallbackServerContext* context, const v1::GetEventRequest* request,
    v1::Event* response) {
  return Finish(context,
                Respond(querier_->GetEvent(*request, absl::Now()), response));
}

grpc::ServerUnaryReactor* QueryServiceImpl::GetAgreement(
    grpc::CallbackServerContext* context,
    const v1::GetAgreementRequest* request, v1::Agreement* response) {
  return Finish(context, Respond(querier_->GetAgreement(*request, absl::Now()),
                                 response));
}

grpc::ServerUnaryReactor* QueryServiceImpl::ResolveActor(
    grpc::CallbackServerContext* context,
    const v1::ResolveActorRequest* request,
    v1::ResolveActorResponse* response) {
  return Finish(context, Respond(querier_->ResolveActor(*request, absl::Now()),
                                 response));
}

grpc::ServerUnaryReactor* QueryServiceImpl::ListActors(
    grpc::CallbackServerContext* context, const v1::ListActorsRequest* request,
    v1::ListActorsResponse* response) {
  return Finish(context, Respond(querier_->ListActors(
                                     *request, absl::Now(),
                                     CallInterrupt(context, kNarrowTheQuery)),
                                 response));
}

}  // namespace parley
