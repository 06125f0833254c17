// query_service: parses flags into QueryServerOptions and runs the server.
#include <cstdio>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "common/rpc/transport_flags.h"
#include "common/util/log.h"
#include "query_service/query_server.h"

ABSL_FLAG(std::string, listen, "0.0.0.0:50052",
          "host:port to listen on; port 0 picks a free port");
ABSL_FLAG(std::string, db, "",
          "database directory written by the ingest service (required)");
ABSL_FLAG(std::string, secondary_dir, "",
          "scratch directory of the RocksDB secondary (default: "
          "<db>-secondary-<pid> next to the database, removed on exit)");
ABSL_FLAG(std::vector<std::string>, kb, {},
          "extra knowledge-base files or directories, comma-separated");
ABSL_FLAG(absl::Duration, catch_up_interval, absl::Seconds(1),
          "how often to catch up with the ingest service's writes");
ABSL_FLAG(absl::Duration, open_timeout, absl::Seconds(30),
          "how long to wait at start for the database to exist");
ABSL_FLAG(std::string, log_level, "info", "debug, info, warning or error");
ABSL_FLAG(absl::Duration, drain_timeout, absl::Seconds(10),
          "how long in-flight calls may run after SIGTERM");
ABSL_FLAG(std::string, port_file, "",
          "write the bound port to this file once serving");
ABSL_FLAG(int, max_receive_message_bytes, 64 << 10,
          "larger requests are rejected with RESOURCE_EXHAUSTED");

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Parley query service: answers typed questions over the events the "
      "ingest service stored.\n"
      "Usage: query_service --db=DIR [--listen=HOST:PORT] [flags]\n"
      "A --listen address other than loopback needs TLS (--tls_cert_file, "
      "--tls_key_file) or --plaintext.");
  absl::ParseCommandLine(argc, argv);
  parley::QueryServerOptions options;
  options.listen_address = absl::GetFlag(FLAGS_listen);
  options.db_path = absl::GetFlag(FLAGS_db);
  options.secondary_dir = absl::GetFlag(FLAGS_secondary_dir);
  options.kb_paths = absl::GetFlag(FLAGS_kb);
  options.catch_up_interval = absl::GetFlag(FLAGS_catch_up_interval);
  options.open_timeout = absl::GetFlag(FLAGS_open_timeout);
  if (!parley::ParseLogLevel(absl::GetFlag(FLAGS_log_level),
                             &options.log_level)) {
    std::fprintf(stderr, "--log_level must be debug, info, warning or error\n");
    return 2;
  }
  options.drain_timeout = absl::GetFlag(FLAGS_drain_timeout);
  options.port_file = absl::GetFlag(FLAGS_port_file);
  options.transport = parley::TransportOptionsFromFlags();
  options.max_receive_message_bytes =
      absl::GetFlag(FLAGS_max_receive_message_bytes);
  absl::Status status = parley::RunQueryServer(options);
  if (!status.ok()) {
    std::fprintf(stderr, "query_service: %s\n", status.ToString().c_str());
    return 1;
  }
  return 0;
}
