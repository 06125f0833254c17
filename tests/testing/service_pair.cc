#include "tests/testing/service_pair.h"

#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace testing {
namespace {

std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

}  // namespace

absl::StatusOr<std::unique_ptr<ServicePair>> ServicePair::Start(
    const std::string& dir, const std::vector<std::string>& common_args,
    const std::vector<std::string>& query_args) {
  ServicePairOptions options;
  options.common_args = common_args;
  options.query_args = query_args;
  return Start(dir, options);
}

absl::StatusOr<std::unique_ptr<ServicePair>> ServicePair::Start(
    const std::string& dir, const ServicePairOptions& options) {
  auto pair = std::unique_ptr<ServicePair>(new ServicePair());
  pair->dir_ = dir;
  pair->db_path_ = dir + "/db";
  std::vector<std::string> ingest_args = {"--db=" + pair->db_path_};
  for (const auto* args : {&options.common_args, &options.ingest_args}) {
    ingest_args.insert(ingest_args.end(), args->begin(), args->end());
  }
  absl::StatusOr<std::unique_ptr<ServerProcess>> ingest = ServerProcess::Start(
      IngestServiceBinary(), ingest_args, dir, absl::Seconds(30),
      options.capture_logs ? dir + "/ingest.log" : "");
  if (!ingest.ok()) return ingest.status();
  pair->ingest_ = *std::move(ingest);

  std::vector<std::string> query_args = {
      "--db=" + pair->db_path_, "--secondary_dir=" + dir + "/secondary"};
  for (const auto* args : {&options.common_args, &options.query_args}) {
    query_args.insert(query_args.end(), args->begin(), args->end());
  }
  absl::StatusOr<std::unique_ptr<ServerProcess>> query = ServerProcess::Start(
      QueryServiceBinary(), query_args, dir, absl::Seconds(30),
      options.capture_logs ? dir + "/query.log" : "");
  if (!query.ok()) return query.status();
  pair->query_ = *std::move(query);

  absl::StatusOr<std::shared_ptr<grpc::Channel>> ingest_channel =
      NewClientChannel(pair->ingest_->address(), options.client_tls,
                       options.ingest_token);
  if (!ingest_channel.ok()) return ingest_channel.status();
  absl::StatusOr<std::shared_ptr<grpc::Channel>> query_channel =
      NewClientChannel(pair->query_->address(), options.client_tls);
  if (!query_channel.ok()) return query_channel.status();
  pair->ingest_stub_ = v1::IngestService::NewStub(*ingest_channel);
  pair->query_stub_ = v1::QueryService::NewStub(*query_channel);
  return pair;
}

std::string ServicePair::ingest_log() const {
  return ReadFileOrEmpty(dir_ + "/ingest.log");
}

std::string ServicePair::query_log() const {
  return ReadFileOrEmpty(dir_ + "/query.log");
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

std::vector<std::string> ConsistencyProblems(v1::IngestService::Stub& ingest) {
  v1::CheckConsistencyResponse response;
  const grpc::Status status = ingest.CheckConsistency(
      Context().get(), v1::CheckConsistencyRequest(), &response);
  if (!status.ok()) {
    return {absl::StrCat("CheckConsistency failed: ", status.error_message())};
  }
  return {response.problems().begin(), response.problems().end()};
}

}  // namespace testing
}  // namespace parley
