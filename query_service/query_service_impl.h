// gRPC adapters of the query service over a Querier.
#ifndef PARLEY_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_
#define PARLEY_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_

#include "parley/v1/query_service.grpc.pb.h"
#include "query_service/querier.h"

namespace parley {

// Each call is answered as the Querier method of the same name says, with
// the time the call arrived as the freshness bound. List calls stop reading
// with DEADLINE_EXCEEDED or CANCELLED once the call's deadline has passed or
// the client has cancelled it (see CallInterrupt). Handlers use gRPC's
// callback API and answer on the thread that read the request, as the
// health service does: the sync API's hand-off to a worker thread cost
// more than most queries (README "Performance").
class QueryServiceImpl final : public v1::QueryService::CallbackService {
 public:
  // `querier` must outlive the service.
  explicit QueryServiceImpl(const Querier* querier);

  grpc::ServerUnaryReactor* ListMeetings(
      grpc::CallbackServerContext* context,
      const v1::ListMeetingsRequest* request,
      v1::ListMeetingsResponse* response) override;
  grpc::ServerUnaryReactor* ListAgreements(
      grpc::CallbackServerContext* context,
      const v1::ListAgreementsRequest* request,
      v1::ListAgreementsResponse* response) override;
  grpc::ServerUnaryReactor* ListEvents(
      grpc::CallbackServerContext* context,
      const v1::ListEventsRequest* request,
      v1::ListEventsResponse* response) override;
  grpc::ServerUnaryReactor* GetEvent(grpc::CallbackServerContext* context,
                                     const v1::GetEventRequest* request,
                                     v1::Event* response) override;
  grpc::ServerUnaryReactor* GetAgreement(grpc::CallbackServerContext* context,
                                         const v1::GetAgreementRequest* request,
                                         v1::Agreement* response) override;
  grpc::ServerUnaryReactor* ResolveActor(
      grpc::CallbackServerContext* context,
      const v1::ResolveActorRequest* request,
      v1::ResolveActorResponse* response) override;
  grpc::ServerUnaryReactor* ListActors(
      grpc::CallbackServerContext* context,
      const v1::ListActorsRequest* request,
      v1::ListActorsResponse* response) override;

 private:
  const Querier* const querier_;
};

}  // namespace parley

#endif  // PARLEY_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_
