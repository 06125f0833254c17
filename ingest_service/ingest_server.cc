#include "ingest_service/ingest_server.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <utility>

#include "absl/strings/str_cat.h"
#include "common/extract/extractor.h"
#include "common/kb/knowledge_base.h"
#include "common/rpc/server.h"
#include "common/store/store.h"
#include "common/util/status.h"
#include "ingest_service/ingest_service_impl.h"
#include "ingest_service/ingester.h"
#include "parley/v1/ingest_service.grpc.pb.h"

namespace parley {

absl::Status RunIngestServer(const IngestServerOptions& options) {
  SetLogLevel(options.log_level);
  if (options.db_path.empty()) {
    return absl::InvalidArgumentError(
        "no database directory; pass --db=DIR (created if missing)");
  }
  if (options.max_article_bytes == 0) {
    return absl::InvalidArgumentError("--max_article_bytes must be positive");
  }
  // Transport mistakes are reported before the slow work starts.
  PARLEY_RETURN_IF_ERROR(
      MakeServerCredentials(options.transport, options.listen_address)
          .status());
  absl::StatusOr<std::string> token =
      LoadSecret(options.token_file, kIngestTokenEnvVar);
  if (!token.ok()) return token.status();
  const BearerTokenCheck auth(*std::move(token));
  PARLEY_RETURN_IF_ERROR(InstallTerminationHandler());

  absl::StatusOr<std::unique_ptr<KnowledgeBase>> kb =
      KnowledgeBase::LoadDefault(options.kb_paths);
  if (!kb.ok()) return kb.status();
  absl::StatusOr<std::unique_ptr<Store>> store =
      Store::OpenPrimary(options.db_path);
  if (!store.ok()) return store.status();

  ExtractorOptions extractor_options;
  extractor_options.max_text_bytes = options.max_article_bytes;
  Extractor extractor(kb->get(), extractor_options);
  IngestLimits limits;
  limits.max_article_bytes = options.max_article_bytes;
  Ingester ingester(store->get(), &extractor, limits);
  IngestServiceImpl service(&ingester, &auth);

  ServerOptions server_options;
  server_options.listen_address = options.listen_address;
  // Room for the largest article plus its metadata, so that an article just
  // over the limit gets the service's own message.
  server_options.max_receive_message_bytes = static_cast<int>(std::min<size_t>(
      options.max_article_bytes + (64 << 10), std::numeric_limits<int>::max()));
  server_options.drain_timeout = options.drain_timeout;
  server_options.port_file = options.port_file;
  server_options.transport = options.transport;
  absl::StatusOr<std::unique_ptr<GrpcServer>> server = GrpcServer::Start(
      server_options, {{v1::IngestService::service_full_name(), &service}});
  if (!server.ok()) return server.status();
  PARLEY_LOG(INFO) << "ingest service listening on " << options.listen_address
                   << " (port " << (*server)->port() << "), database "
                   << options.db_path << ", " << (*kb)->actors().size()
                   << " known actors; " << DescribeTransport(options.transport)
                   << ", " << (auth.required() ? "token required" : "no token");

  ServeUntilTerminationSignal(server->get());
  server->reset();
  store->reset();
  PARLEY_LOG(INFO) << "database closed";
  return absl::OkStatus();
}

}  // namespace parley
