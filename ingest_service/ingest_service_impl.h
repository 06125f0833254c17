// gRPC adapters of the ingest service over an Ingester.
#ifndef PARLEY_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_
#define PARLEY_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_

#include "ingest_service/ingester.h"
#include "parley/v1/ingest_service.grpc.pb.h"

namespace parley {

class IngestServiceImpl final : public v1::IngestService::Service {
 public:
  // `ingester` must outlive the service.
  explicit IngestServiceImpl(const Ingester* ingester);

  grpc::Status IngestArticle(grpc::ServerContext* context,
                             const v1::IngestArticleRequest* request,
                             v1::IngestArticleResponse* response) override;

  // Ingests each article of the stream in turn; a failed article is
  // reported in the summary and the stream goes on. Stops early (with
  // CANCELLED) when the client cancels.
  grpc::Status IngestArticles(
      grpc::ServerContext* context,
      grpc::ServerReader<v1::IngestArticleRequest>* reader,
      v1::IngestArticlesResponse* response) override;

  grpc::Status GetArticle(grpc::ServerContext* context,
                          const v1::GetArticleRequest* request,
                          v1::Article* response) override;

 private:
  const Ingester* const ingester_;
};

}  // namespace parley

#endif  // PARLEY_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_
