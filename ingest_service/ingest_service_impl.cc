#include "ingest_service/ingest_service_impl.h"

#include <utility>

#include "common/rpc/status.h"
#include "common/util/log.h"

namespace parley {

IngestServiceImpl::IngestServiceImpl(const Ingester* ingester)
    : ingester_(ingester) {}

grpc::Status IngestServiceImpl::IngestArticle(
    grpc::ServerContext* context, const v1::IngestArticleRequest* request,
    v1::IngestArticleResponse* response) {
  return Respond(ingester_->Ingest(*request), response);
}

grpc::Status IngestServiceImpl::IngestArticles(
    grpc::ServerContext* context,
    grpc::ServerReader<v1::IngestArticleRequest>* reader,
    v1::IngestArticlesResponse* response) {
  v1::IngestArticleRequest request;
  for (int index = 0; reader->Read(&request); ++index) {
    if (context->IsCancelled()) break;
    response->set_received(response->received() + 1);
    absl::StatusOr<v1::IngestArticleResponse> result =
        ingester_->Ingest(request);
    if (!result.ok()) {
      PARLEY_LOG(INFO) << "IngestArticles: article " << index
                       << " rejected: " << result.status();
      v1::IngestFailure* failure = response->add_failures();
      failure->set_index(index);
      failure->set_code(static_cast<int>(result.status().code()));
      failure->set_message(std::string(result.status().message()));
    } else if (result->duplicate()) {
      response->set_duplicates(response->duplicates() + 1);
    } else {
      response->set_ingested(response->ingested() + 1);
      response->set_events(response->events() + result->events_size());
    }
  }
  if (context->IsCancelled()) {
    return grpc::Status(grpc::StatusCode::CANCELLED,
                        "the client cancelled the stream");
  }
  return grpc::Status::OK;
}

grpc::Status IngestServiceImpl::GetArticle(grpc::ServerContext* context,
                                           const v1::GetArticleRequest* request,
                                           v1::Article* response) {
  return Respond(ingester_->GetArticle(request->article_id()), response);
}

}  // namespace parley
