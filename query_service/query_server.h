// The query service process: options and the function main() calls.
#ifndef PARLEY_QUERY_SERVICE_QUERY_SERVER_H_
#define PARLEY_QUERY_SERVICE_QUERY_SERVER_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "common/rpc/security.h"
#include "common/util/log.h"

namespace parley {

struct QueryServerOptions {
  // host:port to listen on; port 0 picks a free port.
  std::string listen_address = "0.0.0.0:50052";
  // Required. Directory of the database the ingest service (the primary)
  // writes.
  std::string db_path;
  // This process's own scratch directory for the RocksDB secondary. Empty:
  // "<db>/../<db basename>-secondary-<pid>", removed again on exit.
  std::string secondary_dir;
  // Knowledge-base files or directories loaded after the default ones.
  std::vector<std::string> kb_paths;
  // How often a background thread catches up with the primary. Requests
  // also catch up on arrival, so this only bounds the work left for them.
  absl::Duration catch_up_interval = absl::Seconds(1);
  // How long to wait at start for the primary to create the database.
  absl::Duration open_timeout = absl::Seconds(30);
  LogLevel log_level = LogLevel::kInfo;
  // How long in-flight calls may run after SIGTERM/SIGINT.
  absl::Duration drain_timeout = absl::Seconds(10);
  // When not empty, the bound port is written there once serving.
  std::string port_file;
  // TLS or plaintext, and connection limits (see TransportOptions). The
  // query service takes no token: it only reads.
  TransportOptions transport;
  // Larger requests are rejected with RESOURCE_EXHAUSTED; queries are small.
  int max_receive_message_bytes = 64 << 10;
};

// Loads the knowledge base, opens the database as a RocksDB secondary
// (waiting up to open_timeout for the primary to create it), serves
// QueryService (plus health and reflection) until SIGTERM or SIGINT, drains
// and closes the database. Returns an error, without serving, when the
// options are invalid, the knowledge base does not load, the database cannot
// be opened or the address cannot be bound.
absl::Status RunQueryServer(const QueryServerOptions& options);

}  // namespace parley

#endif  // PARLEY_QUERY_SERVICE_QUERY_SERVER_H_
