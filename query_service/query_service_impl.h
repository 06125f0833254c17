// gRPC adapters of the query service over a Querier.
#ifndef PARLEY_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_
#define PARLEY_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_

#include "parley/v1/query_service.grpc.pb.h"
#include "query_service/querier.h"

namespace parley {

// Each call is answered as the Querier method of the same name says, with
// the time the call arrived as the freshness bound. List calls stop reading
// with DEADLINE_EXCEEDED or CANCELLED once the call's deadline has passed or
// the client has cancelled it (see CallInterrupt).
class QueryServiceImpl final : public v1::QueryService::Service {
 public:
  // `querier` must outlive the service.
  explicit QueryServiceImpl(const Querier* querier);

  grpc::Status ListMeetings(grpc::ServerContext* context,
                            const v1::ListMeetingsRequest* request,
                            v1::ListMeetingsResponse* response) override;
  grpc::Status ListAgreements(grpc::ServerContext* context,
                              const v1::ListAgreementsRequest* request,
                              v1::ListAgreementsResponse* response) override;
  grpc::Status ListEvents(grpc::ServerContext* context,
                          const v1::ListEventsRequest* request,
                          v1::ListEventsResponse* response) override;
  grpc::Status GetEvent(grpc::ServerContext* context,
                        const v1::GetEventRequest* request,
                        v1::Event* response) override;
  grpc::Status GetAgreement(grpc::ServerContext* context,
                            const v1::GetAgreementRequest* request,
                            v1::Agreement* response) override;
  grpc::Status ResolveActor(grpc::ServerContext* context,
                            const v1::ResolveActorRequest* request,
                            v1::ResolveActorResponse* response) override;
  grpc::Status ListActors(grpc::ServerContext* context,
                          const v1::ListActorsRequest* request,
                          v1::ListActorsResponse* response) override;

 private:
  const Querier* const querier_;
};

}  // namespace parley

#endif  // PARLEY_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_
