// Both Parley services as real child processes on a fresh database.
#ifndef PARLEY_TESTS_TESTING_SERVICE_PAIR_H_
#define PARLEY_TESTS_TESTING_SERVICE_PAIR_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/rpc/security.h"
#include "grpcpp/client_context.h"
#include "parley/v1/ingest_service.grpc.pb.h"
#include "parley/v1/query_service.grpc.pb.h"
#include "tests/testing/process.h"

namespace parley {
namespace testing {

// How to start a ServicePair and how its stubs connect.
struct ServicePairOptions {
  std::vector<std::string> common_args;  // Both services (e.g. --kb=FILE).
  std::vector<std::string> ingest_args;  // The ingest service only.
  std::vector<std::string> query_args;   // The query service only.
  // How the stubs connect (plaintext by default).
  ClientTlsOptions client_tls;
  // Sent by the ingest stub when not empty.
  std::string ingest_token;
  // Each service's standard error goes to <dir>/ingest.log and
  // <dir>/query.log instead of the test's.
  bool capture_logs = false;
};

class ServicePair {
 public:
  // Starts both services as `options` say. Scratch files go to `dir`.
  static absl::StatusOr<std::unique_ptr<ServicePair>> Start(
      const std::string& dir, const ServicePairOptions& options);

  // Starts ingest_service on the database <dir>/db (created by it) and then
  // query_service following that database, both with `common_args` (such as
  // --kb=FILE), the query service also with `query_args`. Scratch files go
  // to `dir`.
  static absl::StatusOr<std::unique_ptr<ServicePair>> Start(
      const std::string& dir, const std::vector<std::string>& common_args = {},
      const std::vector<std::string>& query_args = {});

  // Kills whatever still runs.
  ~ServicePair() = default;

  ServerProcess& ingest() { return *ingest_; }
  ServerProcess& query() { return *query_; }
  v1::IngestService::Stub& ingest_stub() { return *ingest_stub_; }
  v1::QueryService::Stub& query_stub() { return *query_stub_; }
  const std::string& db_path() const { return db_path_; }
  // With capture_logs: what each service has written to standard error.
  std::string ingest_log() const;
  std::string query_log() const;

  // Drops the stubs, then stops the query service and the ingest service
  // with SIGTERM.
  // Returns their wait statuses (ingest, query) as "ingest=<s> query=<s>"
  // in an error unless both exited with code 0.
  absl::Status Stop();

 private:
  ServicePair() = default;

  std::string db_path_;
  std::string dir_;
  std::unique_ptr<ServerProcess> ingest_;
  std::unique_ptr<ServerProcess> query_;
  std::unique_ptr<v1::IngestService::Stub> ingest_stub_;
  std::unique_ptr<v1::QueryService::Stub> query_stub_;
};

// A client context whose deadline is 20 seconds away, so that a hung server
// fails a test instead of hanging it.
std::unique_ptr<grpc::ClientContext> Context();

// The problems the ingest service's consistency check (CheckConsistency)
// finds; a failed call is reported as one problem that says so.
std::vector<std::string> ConsistencyProblems(v1::IngestService::Stub& ingest);

}  // namespace testing
}  // namespace parley

#endif  // PARLEY_TESTS_TESTING_SERVICE_PAIR_H_
