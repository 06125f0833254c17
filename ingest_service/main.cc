// ingest_service: parses flags into IngestServerOptions and runs the server.
#include <cstdio>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_split.h"
#include "common/rpc/transport_flags.h"
#include "common/util/log.h"
#include "ingest_service/ingest_server.h"

ABSL_FLAG(std::string, listen, "0.0.0.0:50051",
          "host:port to listen on; port 0 picks a free port");
ABSL_FLAG(std::string, db, "", "database directory (required)");
ABSL_FLAG(std::vector<std::string>, kb, {},
          "extra knowledge-base files or directories, comma-separated");
ABSL_FLAG(std::string, log_level, "info", "debug, info, warning or error");
ABSL_FLAG(int64_t, max_article_bytes, 1 << 20,
          "longer articles are rejected with RESOURCE_EXHAUSTED");
ABSL_FLAG(absl::Duration, drain_timeout, absl::Seconds(10),
          "how long in-flight calls may run after SIGTERM");
ABSL_FLAG(std::string, port_file, "",
          "write the bound port to this file once serving");
ABSL_FLAG(std::string, ingest_token_file, "",
          "file holding the token IngestService calls must carry as "
          "'authorization: Bearer <token>' (default: $PARLEY_INGEST_TOKEN; "
          "neither: no token required)");

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Parley ingest service: turns articles into stored events.\n"
      "Usage: ingest_service --db=DIR [--listen=HOST:PORT] [flags]\n"
      "A --listen address other than loopback needs TLS (--tls_cert_file, "
      "--tls_key_file) or --plaintext.");
  absl::ParseCommandLine(argc, argv);
  parley::IngestServerOptions options;
  options.listen_address = absl::GetFlag(FLAGS_listen);
  options.db_path = absl::GetFlag(FLAGS_db);
  options.kb_paths = absl::GetFlag(FLAGS_kb);
  if (!parley::ParseLogLevel(absl::GetFlag(FLAGS_log_level),
                             &options.log_level)) {
    std::fprintf(stderr, "--log_level must be debug, info, warning or error\n");
    return 2;
  }
  if (absl::GetFlag(FLAGS_max_article_bytes) <= 0) {
    std::fprintf(stderr, "--max_article_bytes must be positive\n");
    return 2;
  }
  options.max_article_bytes = absl::GetFlag(FLAGS_max_article_bytes);
  options.drain_timeout = absl::GetFlag(FLAGS_drain_timeout);
  options.port_file = absl::GetFlag(FLAGS_port_file);
  options.transport = parley::TransportOptionsFromFlags();
  options.token_file = absl::GetFlag(FLAGS_ingest_token_file);
  absl::Status status = parley::RunIngestServer(options);
  if (!status.ok()) {
    std::fprintf(stderr, "ingest_service: %s\n", status.ToString().c_str());
    return 1;
  }
  return 0;
}
