// The ingest service process: options and the function main() calls.
#ifndef PARLEY_INGEST_SERVICE_INGEST_SERVER_H_
#define PARLEY_INGEST_SERVICE_INGEST_SERVER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "common/rpc/security.h"
#include "common/util/log.h"

namespace parley {

struct IngestServerOptions {
  // host:port to listen on; port 0 picks a free port.
  std::string listen_address = "0.0.0.0:50051";
  // Required. Directory of the database (created if missing).
  std::string db_path;
  // Knowledge-base files or directories loaded after the default ones.
  std::vector<std::string> kb_paths;
  LogLevel log_level = LogLevel::kInfo;
  // Longer article texts are rejected with RESOURCE_EXHAUSTED.
  size_t max_article_bytes = 1 << 20;
  // How long in-flight calls may run after SIGTERM/SIGINT.
  absl::Duration drain_timeout = absl::Seconds(10);
  // When not empty, the bound port is written there once serving.
  std::string port_file;
  // TLS or plaintext, and connection limits (see TransportOptions).
  TransportOptions transport;
  // File holding the token IngestService calls must carry ("authorization:
  // Bearer <token>"). Empty: the token comes from $PARLEY_INGEST_TOKEN, and
  // when that is unset too, no token is required. Health and reflection
  // never need one.
  std::string token_file;
};

// Loads the knowledge base, opens the database as the primary, serves
// IngestService (plus health and reflection) until SIGTERM or SIGINT, drains
// and closes the database. Returns an error, without serving, when the
// options are invalid, the knowledge base does not load, the database
// cannot be opened, the token or TLS files cannot be read or the address
// cannot be bound.
absl::Status RunIngestServer(const IngestServerOptions& options);

}  // namespace parley

#endif  // PARLEY_INGEST_SERVICE_INGEST_SERVER_H_
