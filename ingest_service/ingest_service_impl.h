// gRPC adapters of the ingest service over an Ingester.
#ifndef PARLEY_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_
#define PARLEY_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_

#include "common/rpc/security.h"
#include "grpcpp/support/byte_buffer.h"
#include "grpcpp/support/sync_stream.h"
#include "ingest_service/ingester.h"
#include "parley/v1/ingest_service.grpc.pb.h"

namespace parley {

// Every method first checks the call's bearer token with `auth` and ends
// with its status (UNAUTHENTICATED, PERMISSION_DENIED) when that fails.
class IngestServiceImpl final : public v1::IngestService::Service {
 public:
  // `ingester` and `auth` must outlive the service.
  IngestServiceImpl(const Ingester* ingester, const BearerTokenCheck* auth);

  grpc::Status IngestArticle(grpc::ServerContext* context,
                             const v1::IngestArticleRequest* request,
                             v1::IngestArticleResponse* response) override;

  // IngestArticles. Ingests each article of the stream in turn; a failed
  // article is reported in the summary and the stream goes on. The messages
  // are read raw and parsed here, so that one gRPC cannot parse (a string
  // that is not UTF-8) is reported like any other bad article instead of
  // ending the stream. Stops early (with CANCELLED) when the client cancels.
  grpc::Status IngestArticleStream(grpc::ServerContext* context,
                                   grpc::ServerReader<grpc::ByteBuffer>* reader,
                                   v1::IngestArticlesResponse* response);

  grpc::Status GetArticle(grpc::ServerContext* context,
                          const v1::GetArticleRequest* request,
                          v1::Article* response) override;

  grpc::Status CreateCheckpoint(
      grpc::ServerContext* context, const v1::CreateCheckpointRequest* request,
      v1::CreateCheckpointResponse* response) override;

  grpc::Status CheckConsistency(
      grpc::ServerContext* context, const v1::CheckConsistencyRequest* request,
      v1::CheckConsistencyResponse* response) override;

 private:
  const Ingester* const ingester_;
  const BearerTokenCheck* const auth_;
};

}  // namespace parley

#endif  // PARLEY_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_
