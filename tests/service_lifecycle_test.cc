// The processes around the RPCs: health, reflection, start-up errors, and
// SIGTERM/SIGINT handling (NOT_SERVING, drain with a deadline, clean exit
// with the database closed).
#include <sys/wait.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <future>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "google/protobuf/descriptor.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpc/reflection/v1alpha/reflection.grpc.pb.h"
#include "gtest/gtest.h"
#include "parley/v1/ingest_service.grpc.pb.h"
#include "parley/v1/query_service.grpc.pb.h"
#include "rocksdb/db.h"
#include "tests/testing/articles.h"
#include "tests/testing/process.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace {

using grpc::health::v1::Health;
using grpc::health::v1::HealthCheckRequest;
using grpc::health::v1::HealthCheckResponse;
using testing::Context;

HealthCheckResponse::ServingStatus Check(testing::ServerProcess& server,
                                         const std::string& service) {
  auto stub = Health::NewStub(server.NewChannel());
  HealthCheckRequest request;
  request.set_service(service);
  HealthCheckResponse response;
  grpc::Status status = stub->Check(Context().get(), request, &response);
  EXPECT_TRUE(status.ok()) << service << ": " << status.error_message();
  return response.status();
}

bool ExitedCleanly(const absl::StatusOr<int>& status) {
  return status.ok() && WIFEXITED(*status) && WEXITSTATUS(*status) == 0;
}

v1::IngestArticleRequest Article(const std::string& text) {
  v1::IngestArticleRequest request;
  request.set_text(text);
  return request;
}

TEST(ServiceLifecycleTest, BothServicesReportServing) {
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<testing::ServicePair>> services =
      testing::ServicePair::Start(dir.path());
  ASSERT_TRUE(services.ok()) << services.status();
  EXPECT_EQ(Check((*services)->ingest(), ""), HealthCheckResponse::SERVING);
  EXPECT_EQ(Check((*services)->ingest(), "parley.v1.IngestService"),
            HealthCheckResponse::SERVING);
  EXPECT_EQ(Check((*services)->query(), ""), HealthCheckResponse::SERVING);
  EXPECT_EQ(Check((*services)->query(), "parley.v1.QueryService"),
            HealthCheckResponse::SERVING);
  EXPECT_TRUE((*services)->Stop().ok());
}

// What grpcurl does: list the services, then fetch the file that defines
// one of them.
TEST(ServiceLifecycleTest, ReflectionDescribesTheApi) {
  using grpc::reflection::v1alpha::ServerReflection;
  using grpc::reflection::v1alpha::ServerReflectionRequest;
  using grpc::reflection::v1alpha::ServerReflectionResponse;
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<testing::ServicePair>> services =
      testing::ServicePair::Start(dir.path());
  ASSERT_TRUE(services.ok()) << services.status();
  struct Expected {
    testing::ServerProcess* server;
    std::string service;
  };
  for (const Expected& expected :
       {Expected{&(*services)->ingest(), "parley.v1.IngestService"},
        Expected{&(*services)->query(), "parley.v1.QueryService"}}) {
    auto stub = ServerReflection::NewStub(expected.server->NewChannel());
    auto context = Context();
    auto stream = stub->ServerReflectionInfo(context.get());
    ServerReflectionRequest request;
    request.set_list_services("");
    ASSERT_TRUE(stream->Write(request));
    ServerReflectionResponse response;
    ASSERT_TRUE(stream->Read(&response));
    std::set<std::string> names;
    for (const auto& service : response.list_services_response().service()) {
      names.insert(service.name());
    }
    EXPECT_TRUE(names.count(expected.service)) << expected.service;
    EXPECT_TRUE(names.count("grpc.health.v1.Health"));

    request.set_file_containing_symbol(expected.service);
    ASSERT_TRUE(stream->Write(request));
    ASSERT_TRUE(stream->Read(&response));
    ASSERT_GT(response.file_descriptor_response().file_descriptor_proto_size(),
              0);
    google::protobuf::FileDescriptorProto file;
    ASSERT_TRUE(file.ParseFromString(
        response.file_descriptor_response().file_descriptor_proto(0)));
    EXPECT_EQ(file.package(), "parley.v1");
    bool defines_service = false;
    for (const auto& service : file.service()) {
      defines_service |= "parley.v1." + service.name() == expected.service;
    }
    EXPECT_TRUE(defines_service) << file.name();
    stream->WritesDone();
    EXPECT_TRUE(stream->Finish().ok());
  }
  EXPECT_TRUE((*services)->Stop().ok());
}

TEST(ServiceLifecycleTest, SigtermReportsNotServingDrainsAndExitsCleanly) {
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> ingest =
      testing::ServerProcess::Start(
          testing::IngestServiceBinary(),
          {"--db=" + dir.Join("db"), "--drain_timeout=10s"}, dir.path());
  ASSERT_TRUE(ingest.ok()) << ingest.status();
  testing::ServerProcess& server = **ingest;

  // A client watching health, and a stream of articles in flight.
  auto health = Health::NewStub(server.NewChannel());
  auto watch_context = Context();
  auto watch = health->Watch(watch_context.get(), HealthCheckRequest());
  HealthCheckResponse health_status;
  ASSERT_TRUE(watch->Read(&health_status));
  EXPECT_EQ(health_status.status(), HealthCheckResponse::SERVING);

  auto stub = v1::IngestService::NewStub(server.NewChannel());
  auto stream_context = Context();
  v1::IngestArticlesResponse summary;
  auto stream = stub->IngestArticles(stream_context.get(), &summary);
  ASSERT_TRUE(stream->Write(Article(testing::kAshgabatMeeting)));
  stream->WaitForInitialMetadata();  // The server is handling the call.

  ASSERT_TRUE(server.Signal(SIGTERM));
  ASSERT_TRUE(watch->Read(&health_status));
  EXPECT_EQ(health_status.status(), HealthCheckResponse::NOT_SERVING);
  watch_context->TryCancel();
  watch->Finish();

  // The call that was running when the signal came still completes.
  ASSERT_TRUE(stream->Write(Article(testing::kKazanMeeting)));
  stream->WritesDone();
  grpc::Status status = stream->Finish();
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(summary.ingested(), 2);

  EXPECT_TRUE(ExitedCleanly(server.WaitForExit(absl::Seconds(20))));

  // No new call is accepted once it stopped, and the database was closed:
  // a new primary opens it and finds both articles.
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> restarted =
      testing::ServerProcess::Start(testing::IngestServiceBinary(),
                                    {"--db=" + dir.Join("db")}, dir.path());
  ASSERT_TRUE(restarted.ok()) << restarted.status();
  auto restarted_stub = v1::IngestService::NewStub((*restarted)->NewChannel());
  v1::IngestArticleResponse again;
  ASSERT_TRUE(restarted_stub
                  ->IngestArticle(Context().get(),
                                  Article(testing::kKazanMeeting), &again)
                  .ok());
  EXPECT_TRUE(again.duplicate());
  restarted_stub.reset();  // Else the server waits for this idle client.
  EXPECT_TRUE(ExitedCleanly((*restarted)->Stop()));
}

TEST(ServiceLifecycleTest, TheDrainDeadlineEndsCallsThatDoNotFinish) {
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> ingest =
      testing::ServerProcess::Start(
          testing::IngestServiceBinary(),
          {"--db=" + dir.Join("db"), "--drain_timeout=1s"}, dir.path());
  ASSERT_TRUE(ingest.ok()) << ingest.status();
  auto stub = v1::IngestService::NewStub((*ingest)->NewChannel());
  auto context = Context();
  v1::IngestArticlesResponse summary;
  auto stream = stub->IngestArticles(context.get(), &summary);
  ASSERT_TRUE(stream->Write(Article(testing::kKazanMeeting)));
  stream->WaitForInitialMetadata();  // The server is handling the call.

  const absl::Time signalled = absl::Now();
  ASSERT_TRUE((*ingest)->Signal(SIGTERM));
  EXPECT_TRUE(ExitedCleanly((*ingest)->WaitForExit(absl::Seconds(15))));
  // It waited for the open stream until the deadline, and not much longer.
  EXPECT_GE(absl::Now() - signalled, absl::Milliseconds(900));
  EXPECT_LT(absl::Now() - signalled, absl::Seconds(10));
  EXPECT_FALSE(stream->Finish().ok());
}

TEST(ServiceLifecycleTest, QueryServiceRemovesItsDefaultScratchDirOnSigint) {
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> ingest =
      testing::ServerProcess::Start(testing::IngestServiceBinary(),
                                    {"--db=" + dir.Join("db")}, dir.path());
  ASSERT_TRUE(ingest.ok()) << ingest.status();
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> query =
      testing::ServerProcess::Start(testing::QueryServiceBinary(),
                                    {"--db=" + dir.Join("db")}, dir.path());
  ASSERT_TRUE(query.ok()) << query.status();
  const std::string scratch =
      dir.Join("db-secondary-" + std::to_string((*query)->pid()));
  EXPECT_TRUE(std::filesystem::is_directory(scratch)) << scratch;
  ASSERT_TRUE((*query)->Signal(SIGINT));
  EXPECT_TRUE(ExitedCleanly((*query)->WaitForExit(absl::Seconds(20))));
  EXPECT_FALSE(std::filesystem::exists(scratch));
  EXPECT_TRUE(ExitedCleanly((*ingest)->Stop()));
}

// Waits (up to a minute) until the file at `path` contains `text`; gives up
// early when `done` becomes ready (the process writing the file has exited
// or started serving).
template <typename T>
bool WaitForText(const std::string& path, const std::string& text,
                 const std::future<T>& done) {
  const absl::Time deadline = absl::Now() + absl::Minutes(1);
  while (absl::Now() < deadline) {
    std::ifstream file(path);
    std::stringstream contents;
    contents << file.rdbuf();
    if (contents.str().find(text) != std::string::npos) return true;
    if (done.wait_for(std::chrono::milliseconds(20)) ==
        std::future_status::ready) {
      return false;
    }
  }
  return false;
}

// Starts the query service on `db` before any ingest service, waits until
// its log says it is waiting with `waiting_reason`, then starts the ingest
// service on `db` and ingests an article: the same query service process
// must begin serving and find the article's events.
void ExpectQueryServiceStartedFirstServes(const testing::TempDir& dir,
                                          const std::string& db,
                                          const std::string& waiting_reason) {
  const std::string query_log = dir.Join("query.log");
  // ServerProcess::Start returns once the query service listens, which it
  // does only after the database opened; hence the separate thread.
  std::future<absl::StatusOr<std::unique_ptr<testing::ServerProcess>>>
      query_future = std::async(std::launch::async, [&] {
        return testing::ServerProcess::Start(
            testing::QueryServiceBinary(),
            {"--db=" + db, "--open_timeout=30s", "--catch_up_interval=100ms"},
            dir.path(), absl::Seconds(40), query_log);
      });
  if (!WaitForText(query_log, waiting_reason, query_future)) {
    absl::StatusOr<std::unique_ptr<testing::ServerProcess>> query =
        query_future.get();
    FAIL() << "the query service did not log that it waits (" << waiting_reason
           << "); its start: "
           << (query.ok() ? "serving" : query.status().ToString());
  }

  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> ingest =
      testing::ServerProcess::Start(testing::IngestServiceBinary(),
                                    {"--db=" + db}, dir.path());
  ASSERT_TRUE(ingest.ok()) << ingest.status();
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> query =
      query_future.get();
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(Check(**query, "parley.v1.QueryService"),
            HealthCheckResponse::SERVING);

  auto ingest_stub = v1::IngestService::NewStub((*ingest)->NewChannel());
  v1::IngestArticleResponse ingested;
  grpc::Status status = ingest_stub->IngestArticle(
      Context().get(), Article(testing::kAshgabatMeeting), &ingested);
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_GT(ingested.events_size(), 0);
  std::set<std::string> expected_ids;
  for (const v1::Event& event : ingested.events()) {
    expected_ids.insert(event.id());
  }

  auto query_stub = v1::QueryService::NewStub((*query)->NewChannel());
  v1::ListEventsResponse listed;
  status =
      query_stub->ListEvents(Context().get(), v1::ListEventsRequest(), &listed);
  ASSERT_TRUE(status.ok()) << status.error_message();
  std::set<std::string> listed_ids;
  for (const v1::Event& event : listed.events()) listed_ids.insert(event.id());
  EXPECT_EQ(listed_ids, expected_ids);

  ingest_stub.reset();
  query_stub.reset();
  EXPECT_TRUE(ExitedCleanly((*query)->Stop()));
  EXPECT_TRUE(ExitedCleanly((*ingest)->Stop()));
}

TEST(ServiceLifecycleTest, QueryServiceStartedFirstWaitsForTheDatabase) {
  testing::TempDir dir;
  ExpectQueryServiceStartedFirstServes(dir, dir.Join("db"), "no database at");
}

// The window in which the primary has created the database but not yet its
// column families, made to last: a database with only RocksDB's default
// column family, which the ingest service completes when it opens it.
TEST(ServiceLifecycleTest, QueryServiceWaitsForTheColumnFamilies) {
  testing::TempDir dir;
  const std::string db = dir.Join("db");
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    rocksdb::Status status = rocksdb::DB::Open(options, db, &raw);
    ASSERT_TRUE(status.ok()) << status.ToString();
    std::unique_ptr<rocksdb::DB> created(raw);
    ASSERT_TRUE(created->Close().ok());
  }
  ExpectQueryServiceStartedFirstServes(dir, db, "has no column family");
}

TEST(ServiceLifecycleTest, StartUpErrorsExitWithAMessage) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.Join("not-a-db"));
  dir.WriteFile("not-a-db/notes.txt", "not a database\n");
  struct Case {
    std::vector<std::string> argv;
    std::string message_part;
  };
  const std::vector<Case> cases = {
      {{testing::IngestServiceBinary()}, "--db"},
      {{testing::IngestServiceBinary(), "--db=" + dir.Join("db"),
        "--log_level=loud"},
       "--log_level"},
      {{testing::IngestServiceBinary(), "--db=" + dir.Join("db"),
        "--listen=127.0.0.1:notaport"},
       "cannot listen"},
      {{testing::QueryServiceBinary()}, "--db"},
      {{testing::QueryServiceBinary(), "--db=" + dir.Join("none"),
        "--listen=127.0.0.1:0", "--open_timeout=0s"},
       dir.Join("none")},
      // Not a database that is still being created: no waiting (the default
      // --open_timeout is longer than the command may run).
      {{testing::QueryServiceBinary(), "--db=" + dir.Join("not-a-db"),
        "--listen=127.0.0.1:0"},
       "is not a RocksDB database"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<testing::CommandResult> result =
        testing::RunCommand(c.argv, dir.path(), absl::Seconds(20));
    ASSERT_TRUE(result.ok()) << result.status();
    EXPECT_NE(result->exit_code(), 0) << c.argv.back();
    EXPECT_NE(result->err.find(c.message_part), std::string::npos)
        << c.argv.back() << ": " << result->err;
  }
}

TEST(ServiceLifecycleTest, ASecondServerOnABusyPortFails) {
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> first =
      testing::ServerProcess::Start(testing::IngestServiceBinary(),
                                    {"--db=" + dir.Join("one")}, dir.path());
  ASSERT_TRUE(first.ok()) << first.status();
  absl::StatusOr<testing::CommandResult> second = testing::RunCommand(
      {testing::IngestServiceBinary(), "--db=" + dir.Join("two"),
       "--listen=127.0.0.1:" + std::to_string((*first)->port())},
      dir.path());
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(second->exit_code(), 1) << second->err;
  EXPECT_NE(second->err.find("cannot listen"), std::string::npos)
      << second->err;
  EXPECT_TRUE(ExitedCleanly((*first)->Stop()));
}

}  // namespace
}  // namespace parley
