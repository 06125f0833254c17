#include "ingest_service/ingest_service_impl.h"

#include <utility>

#include "common/rpc/status.h"
#include "common/util/log.h"
#include "grpcpp/support/method_handler.h"
#include "grpcpp/support/proto_buffer_reader.h"

namespace parley {

// Position of IngestArticles among the methods of IngestService in
// ingest_service.proto.
constexpr int kIngestArticlesMethodIndex = 1;

IngestServiceImpl::IngestServiceImpl(const Ingester* ingester,
                                     const BearerTokenCheck* auth)
    : ingester_(ingester), auth_(auth) {
  // The generated handler would parse each message itself and end the
  // stream at the first one that does not parse; this one reads raw bytes.
  MarkMethodStreamed(
      kIngestArticlesMethodIndex,
      new grpc::internal::ClientStreamingHandler<
          IngestServiceImpl, grpc::ByteBuffer, v1::IngestArticlesResponse>(
          [](IngestServiceImpl* service, grpc::ServerContext* context,
             grpc::ServerReader<grpc::ByteBuffer>* reader,
             v1::IngestArticlesResponse* response) {
            return service->IngestArticleStream(context, reader, response);
          },
          this));
}

grpc::Status IngestServiceImpl::IngestArticle(
    grpc::ServerContext* context, const v1::IngestArticleRequest* request,
    v1::IngestArticleResponse* response) {
  if (grpc::Status denied = auth_->Check(*context); !denied.ok()) {
    return denied;
  }
  return Respond(
      ingester_->Ingest(*request, Durability::kSynced,
                        CallInterrupt(context,
                                      "Nothing was stored; send the article "
                                      "again with more time")),
      response);
}

grpc::Status IngestServiceImpl::IngestArticleStream(
    grpc::ServerContext* context, grpc::ServerReader<grpc::ByteBuffer>* reader,
    v1::IngestArticlesResponse* response) {
  if (grpc::Status denied = auth_->Check(*context); !denied.ok()) {
    return denied;
  }
  // Tells the client the stream is being served (WaitForInitialMetadata).
  reader->SendInitialMetadata();
  grpc::ByteBuffer message;
  for (int index = 0; reader->Read(&message); ++index) {
    if (context->IsCancelled()) break;
    response->set_received(response->received() + 1);
    v1::IngestArticleRequest request;
    absl::StatusOr<v1::IngestArticleResponse> result =
        grpc::SerializationTraits<v1::IngestArticleRequest>::Deserialize(
            &message, &request)
                .ok()
            ? ingester_->Ingest(request, Durability::kDeferred)
            : absl::InvalidArgumentError(
                  "the article could not be parsed: text, url and title "
                  "must be valid UTF-8");
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
  // The answer acknowledges the stream's articles: one sync makes them
  // durable (each was written with Durability::kDeferred).
  return ToGrpcStatus(ingester_->SyncWal());
}

grpc::Status IngestServiceImpl::GetArticle(grpc::ServerContext* context,
                                           const v1::GetArticleRequest* request,
                                           v1::Article* response) {
  if (grpc::Status denied = auth_->Check(*context); !denied.ok()) {
    return denied;
  }
  return Respond(ingester_->GetArticle(request->article_id()), response);
}

grpc::Status IngestServiceImpl::CreateCheckpoint(
    grpc::ServerContext* context, const v1::CreateCheckpointRequest* request,
    v1::CreateCheckpointResponse* response) {
  if (grpc::Status denied = auth_->Check(*context); !denied.ok()) {
    return denied;
  }
  return Respond(ingester_->CreateCheckpoint(request->directory()), response);
}

grpc::Status IngestServiceImpl::CheckConsistency(
    grpc::ServerContext* context, const v1::CheckConsistencyRequest* request,
    v1::CheckConsistencyResponse* response) {
  if (grpc::Status denied = auth_->Check(*context); !denied.ok()) {
    return denied;
  }
  return Respond(
      ingester_->CheckConsistency(CallInterrupt(
          context,
          "A consistency check reads every record and index entry; allow it "
          "more time (parley fsck --timeout)")),
      response);
}

}  // namespace parley
