// The server runner in process: status conversion, port 0 and the port
// file, health, the failed-RPC log and shutdown.
#include <fstream>
#include <sstream>
#include <string>

#include "absl/status/status.h"
#include "common/rpc/server.h"
#include "common/rpc/status.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "gtest/gtest.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace {

using grpc::health::v1::Health;
using grpc::health::v1::HealthCheckRequest;
using grpc::health::v1::HealthCheckResponse;

TEST(StatusTest, CodesAndMessagesSurviveBothWays) {
  for (int code = 0; code <= 16; ++code) {
    absl::Status status(static_cast<absl::StatusCode>(code),
                        code == 0 ? "" : "what to fix");
    grpc::Status converted = ToGrpcStatus(status);
    EXPECT_EQ(static_cast<int>(converted.error_code()), code);
    EXPECT_EQ(converted.error_message(), std::string(status.message()));
    EXPECT_EQ(FromGrpcStatus(converted), status);
  }
  EXPECT_EQ(ToGrpcStatus(absl::NotFoundError("no such event")).error_code(),
            grpc::StatusCode::NOT_FOUND);
}

TEST(StatusTest, RespondMovesTheValueOrReturnsTheError) {
  HealthCheckResponse response;
  response.set_status(HealthCheckResponse::SERVING);
  HealthCheckResponse out;
  EXPECT_TRUE(
      Respond(absl::StatusOr<HealthCheckResponse>(response), &out).ok());
  EXPECT_EQ(out.status(), HealthCheckResponse::SERVING);

  HealthCheckResponse untouched;
  grpc::Status failed = Respond(
      absl::StatusOr<HealthCheckResponse>(absl::InvalidArgumentError("bad")),
      &untouched);
  EXPECT_EQ(failed.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(failed.error_message(), "bad");
  EXPECT_EQ(untouched.status(), HealthCheckResponse::UNKNOWN);
}

// A service with no methods, to be reported under a name in health.
class EmptyService : public grpc::Service {};

class GrpcServerTest : public ::testing::Test {
 protected:
  grpc::Status Check(int port, const std::string& service,
                     HealthCheckResponse* response) {
    auto stub = Health::NewStub(
        grpc::CreateChannel("127.0.0.1:" + std::to_string(port),
                            grpc::InsecureChannelCredentials()));
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::seconds(10));
    HealthCheckRequest request;
    request.set_service(service);
    return stub->Check(&context, request, response);
  }

  testing::TempDir dir_;
  EmptyService service_;
};

TEST_F(GrpcServerTest, BindsAFreePortAndWritesItToThePortFile) {
  ServerOptions options;
  options.port_file = dir_.Join("port");
  absl::StatusOr<std::unique_ptr<GrpcServer>> server =
      GrpcServer::Start(options, {{"test.Empty", &service_}});
  ASSERT_TRUE(server.ok()) << server.status();
  EXPECT_GT((*server)->port(), 0);
  std::ifstream in(options.port_file);
  int written = 0;
  in >> written;
  EXPECT_EQ(written, (*server)->port());
}

TEST_F(GrpcServerTest, ReportsServingForTheServerAndEachService) {
  absl::StatusOr<std::unique_ptr<GrpcServer>> server =
      GrpcServer::Start(ServerOptions(), {{"test.Empty", &service_}});
  ASSERT_TRUE(server.ok()) << server.status();
  for (const std::string name : {"", "test.Empty"}) {
    HealthCheckResponse response;
    grpc::Status status = Check((*server)->port(), name, &response);
    ASSERT_TRUE(status.ok()) << name << ": " << status.error_message();
    EXPECT_EQ(response.status(), HealthCheckResponse::SERVING) << name;
  }
}

TEST_F(GrpcServerTest, LogsEachFailedCallOnce) {
  absl::StatusOr<std::unique_ptr<GrpcServer>> server =
      GrpcServer::Start(ServerOptions(), {{"test.Empty", &service_}});
  ASSERT_TRUE(server.ok()) << server.status();
  HealthCheckResponse response;
  ::testing::internal::CaptureStderr();
  grpc::Status status = Check((*server)->port(), "no.such.Service", &response);
  (*server)->Shutdown();  // Every log line is written by now.
  const std::string log = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
  size_t lines = 0;
  std::istringstream stream(log);
  for (std::string line; std::getline(stream, line);) {
    if (line.find("/grpc.health.v1.Health/Check failed: NOT_FOUND") !=
        std::string::npos) {
      ++lines;
    }
  }
  EXPECT_EQ(lines, 1u) << log;
}

TEST_F(GrpcServerTest, ShutdownStopsServingAndIsIdempotent) {
  absl::StatusOr<std::unique_ptr<GrpcServer>> server =
      GrpcServer::Start(ServerOptions(), {{"test.Empty", &service_}});
  ASSERT_TRUE(server.ok()) << server.status();
  const int port = (*server)->port();
  (*server)->Shutdown();
  (*server)->Shutdown();
  HealthCheckResponse response;
  EXPECT_FALSE(Check(port, "", &response).ok());
}

TEST_F(GrpcServerTest, AnAddressInUseIsUnavailable) {
  absl::StatusOr<std::unique_ptr<GrpcServer>> first =
      GrpcServer::Start(ServerOptions(), {{"test.Empty", &service_}});
  ASSERT_TRUE(first.ok()) << first.status();
  ServerOptions options;
  options.listen_address = "127.0.0.1:" + std::to_string((*first)->port());
  EmptyService other;
  absl::StatusOr<std::unique_ptr<GrpcServer>> second =
      GrpcServer::Start(options, {{"test.Empty", &other}});
  EXPECT_EQ(second.status().code(), absl::StatusCode::kUnavailable)
      << second.status();
}

}  // namespace
}  // namespace parley
