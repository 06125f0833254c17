#include "tests/testing/service_pair.h"

#include <sys/wait.h>

#include <chrono>

#include "absl/strings/str_cat.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace testing {

absl::StatusOr<std::unique_ptr<ServicePair>> ServicePair::Start(
    const std::string& dir, const std::vector<std::string>& common_args,
    const std::vector<std::string>& query_args) {
  auto pair = std::unique_ptr<ServicePair>(new ServicePair());
  pair->db_path_ = dir + "/db";
  std::vector<std::string> ingest_args = {"--db=" + pair->db_path_};
  ingest_args.insert(ingest_args.end(), common_args.begin(), common_args.end());
  absl::StatusOr<std::unique_ptr<ServerProcess>> ingest =
      ServerProcess::Start(IngestServiceBinary(), ingest_args, dir);
  if (!ingest.ok()) return ingest.status();
  pair->ingest_ = *std::move(ingest);

  std::vector<std::string> all_query_args = {
      "--db=" + pair->db_path_, "--secondary_dir=" + dir + "/secondary"};
  all_query_args.insert(all_query_args.end(), common_args.begin(),
                        common_args.end());
  all_query_args.insert(all_query_args.end(), query_args.begin(),
                        query_args.end());
  absl::StatusOr<std::unique_ptr<ServerProcess>> query =
      ServerProcess::Start(QueryServiceBinary(), all_query_args, dir);
  if (!query.ok()) return query.status();
  pair->query_ = *std::move(query);

  pair->ingest_stub_ = v1::IngestService::NewStub(pair->ingest_->NewChannel());
  pair->query_stub_ = v1::QueryService::NewStub(pair->query_->NewChannel());
  return pair;
}

absl::Status ServicePair::Stop() {
  // Closing the channels first spares the servers the wait for idle clients
  // to notice their GOAWAY (gRPC polls idle client channels every 5 s).
  ingest_stub_.reset();
  query_stub_.reset();
  absl::StatusOr<int> query = query_->Stop();
  absl::StatusOr<int> ingest = ingest_->Stop();
  auto clean = [](const absl::StatusOr<int>& status) {
    return status.ok() && WIFEXITED(*status) && WEXITSTATUS(*status) == 0;
  };
  if (clean(query) && clean(ingest)) return absl::OkStatus();
  auto describe = [](const absl::StatusOr<int>& status) {
    return status.ok() ? absl::StrCat(*status) : status.status().ToString();
  };
  return absl::InternalError(
      absl::StrCat("ingest=", describe(ingest), " query=", describe(query)));
}

std::unique_ptr<grpc::ClientContext> Context() {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() +
                        std::chrono::seconds(20));
  return context;
}

}  // namespace testing
}  // namespace parley
