// Security of the two services: TLS and mutual TLS with certificates made
// by openssl at test time, the refusal to serve plaintext beyond loopback
// unless asked, the ingest token (from a file or the environment), message
// size and concurrent stream limits, and list scans that stop when the
// call's deadline passes. The servers are the real binaries.
#include "common/rpc/security.h"

#include <stdlib.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "common/extract/extractor.h"
#include "common/kb/knowledge_base.h"
#include "common/store/store.h"
#include "google/protobuf/descriptor.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpcpp/client_context.h"
#include "gtest/gtest.h"
#include "ingest_service/ingester.h"
#include "parley/v1/ingest_service.grpc.pb.h"
#include "parley/v1/query_service.grpc.pb.h"
#include "tests/testing/certs.h"
#include "tests/testing/process.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace {

using grpc::health::v1::Health;
using grpc::health::v1::HealthCheckRequest;
using grpc::health::v1::HealthCheckResponse;
using testing::Context;
using testing::ServicePair;
using testing::ServicePairOptions;

constexpr char kArticle[] =
    "date 2025-01-17\n"
    "Iranian President Masoud Pezeshkian met Russian President Vladimir "
    "Putin in Moscow on Friday.\n";

std::unique_ptr<grpc::ClientContext> ShortContext() {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() +
                        std::chrono::seconds(5));
  return context;
}

std::shared_ptr<grpc::Channel> Channel(const std::string& address,
                                       const ClientTlsOptions& tls,
                                       const std::string& token = "") {
  absl::StatusOr<std::shared_ptr<grpc::Channel>> channel =
      NewClientChannel(address, tls, token);
  EXPECT_TRUE(channel.ok()) << channel.status();
  return channel.ok() ? *channel : nullptr;
}

grpc::Status Ingest(const std::shared_ptr<grpc::Channel>& channel) {
  v1::IngestArticleRequest request;
  request.set_text(kArticle);
  v1::IngestArticleResponse response;
  return v1::IngestService::NewStub(channel)->IngestArticle(
      ShortContext().get(), request, &response);
}

grpc::Status ListCountries(const std::shared_ptr<grpc::Channel>& channel) {
  v1::ListActorsRequest request;
  request.set_kind(v1::ACTOR_KIND_COUNTRY);
  v1::ListActorsResponse response;
  return v1::QueryService::NewStub(channel)->ListActors(ShortContext().get(),
                                                        request, &response);
}

grpc::Status CheckHealth(const std::shared_ptr<grpc::Channel>& channel) {
  HealthCheckResponse response;
  return Health::NewStub(channel)->Check(ShortContext().get(),
                                         HealthCheckRequest(), &response);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

// --- Units: addresses, secrets, constant-time comparison, flag checks ---

TEST(SecurityUnitTest, LoopbackAddresses) {
  for (const char* local :
       {"127.0.0.1:50051", "127.8.9.10:0", "localhost:1", "LOCALHOST:1",
        "[::1]:50051", "unix:/tmp/parley.sock"}) {
    EXPECT_TRUE(IsLocalAddress(local)) << local;
  }
  for (const char* remote :
       {"0.0.0.0:50051", "[::]:50051", ":50051", "10.0.0.1:50051",
        "parley.example.org:443", "128.0.0.1:1", "[::ffff:10.0.0.1]:1"}) {
    EXPECT_FALSE(IsLocalAddress(remote)) << remote;
  }
}

TEST(SecurityUnitTest, ConstantTimeEqualsIsEquality) {
  EXPECT_TRUE(ConstantTimeEquals("s3cret", "s3cret"));
  EXPECT_TRUE(ConstantTimeEquals("", ""));
  EXPECT_FALSE(ConstantTimeEquals("s3cret", "s3creT"));
  EXPECT_FALSE(ConstantTimeEquals("s3cre", "s3cret"));
  EXPECT_FALSE(ConstantTimeEquals("s3cret!", "s3cret"));
  EXPECT_FALSE(ConstantTimeEquals("", "s3cret"));
  EXPECT_FALSE(ConstantTimeEquals(std::string("s3cret\0", 7), "s3cret"));
}

class LoadSecretTest : public ::testing::Test {
 protected:
  void TearDown() override { unsetenv(kVar); }
  static constexpr char kVar[] = "PARLEY_SECURITY_TEST_SECRET";
  testing::TempDir dir_;
};

TEST_F(LoadSecretTest, FileEnvironmentOrNothing) {
  absl::StatusOr<std::string> none = LoadSecret("", kVar);
  ASSERT_TRUE(none.ok()) << none.status();
  EXPECT_EQ(*none, "");

  const std::string file = dir_.WriteFile("token", "  tok-from-file\n");
  absl::StatusOr<std::string> from_file = LoadSecret(file, kVar);
  ASSERT_TRUE(from_file.ok()) << from_file.status();
  EXPECT_EQ(*from_file, "tok-from-file");

  setenv(kVar, "tok-from-env\n", 1);
  absl::StatusOr<std::string> from_env = LoadSecret("", kVar);
  ASSERT_TRUE(from_env.ok()) << from_env.status();
  EXPECT_EQ(*from_env, "tok-from-env");

  absl::StatusOr<std::string> both = LoadSecret(file, kVar);
  EXPECT_EQ(both.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(both.status().message(), "use one"))
      << both.status();
  EXPECT_FALSE(absl::StrContains(both.status().message(), "tok-from"));
}

TEST_F(LoadSecretTest, BadSecretsAreRefusedWithoutShowingThem) {
  EXPECT_EQ(LoadSecret(dir_.Join("missing"), kVar).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(LoadSecret(dir_.WriteFile("blank", " \n"), kVar).status().code(),
            absl::StatusCode::kInvalidArgument);
  absl::StatusOr<std::string> spaced =
      LoadSecret(dir_.WriteFile("spaced", "two words\n"), kVar);
  EXPECT_EQ(spaced.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_FALSE(absl::StrContains(spaced.status().message(), "two words"));
}

TEST(SecurityUnitTest, TransportFlagMistakesAreRefused) {
  struct Case {
    TransportOptions options;
    std::string address;
    std::string says;
  };
  TransportOptions cert_only;
  cert_only.tls_cert_file = "server.crt";
  TransportOptions ca_only;
  ca_only.tls_client_ca_file = "ca.crt";
  TransportOptions tls_and_plaintext;
  tls_and_plaintext.tls_cert_file = "server.crt";
  tls_and_plaintext.tls_key_file = "server.key";
  tls_and_plaintext.plaintext = true;
  TransportOptions nothing;
  const std::vector<Case> cases = {
      {cert_only, "127.0.0.1:0", "--tls_key_file"},
      {ca_only, "127.0.0.1:0", "needs TLS"},
      {tls_and_plaintext, "127.0.0.1:0", "conflicts"},
      {nothing, "0.0.0.0:50051", "--plaintext"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> credentials =
        MakeServerCredentials(c.options, c.address);
    EXPECT_EQ(credentials.status().code(), absl::StatusCode::kInvalidArgument)
        << c.says;
    EXPECT_TRUE(absl::StrContains(credentials.status().message(), c.says))
        << credentials.status();
  }
  EXPECT_TRUE(MakeServerCredentials(nothing, "127.0.0.1:0").ok());
  TransportOptions plaintext;
  plaintext.plaintext = true;
  EXPECT_TRUE(MakeServerCredentials(plaintext, "0.0.0.0:50051").ok());
}

// 600 meetings of Putin, each with another person, from one article.
void StoreSixHundredMeetings(Store& store) {
  v1::Article article;
  article.set_id("a1");
  std::vector<v1::Event> events;
  for (int day = 1; day <= 600; ++day) {
    v1::Event event;
    event.set_type(v1::EVENT_TYPE_MEETING);
    event.set_status(v1::EVENT_STATUS_OCCURRED);
    event.mutable_date()->set_year(1900 + day / 300);
    event.mutable_date()->set_month(1 + day % 12);
    event.mutable_date()->set_day(1 + day % 28);
    event.add_participants()->set_id("vladimir-putin");
    event.add_participants()->set_id(absl::StrCat("person-", day));
    event.add_sources()->set_article_id("a1");
    events.push_back(event);
  }
  ASSERT_TRUE(store.IngestArticle(article, events, {}).ok());
}

// A scan over many entries asks the interrupt before each chunk and stops
// at the first error it returns.
TEST(ScanInterruptTest, ListStopsWithTheInterruptsError) {
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<Store>> store =
      Store::OpenPrimary(dir.Join("db"));
  ASSERT_TRUE(store.ok()) << store.status();
  StoreSixHundredMeetings(**store);

  EventQuery query;
  query.actor = "vladimir-putin";
  query.status = v1::EVENT_STATUS_CANCELLED;  // None is: the scan goes on.
  PageRequest page;
  int calls = 0;
  page.interrupt = [&calls]() -> absl::Status {
    if (++calls < 3) return absl::OkStatus();
    return absl::DeadlineExceededError("time is up");
  };
  absl::StatusOr<Page<v1::Event>> listed = (*store)->ListEvents(query, page);
  EXPECT_EQ(listed.status().code(), absl::StatusCode::kDeadlineExceeded);
  EXPECT_EQ(calls, 3);

  page.interrupt = [&calls]() {
    ++calls;
    return absl::OkStatus();
  };
  calls = 0;
  listed = (*store)->ListEvents(query, page);
  ASSERT_TRUE(listed.ok()) << listed.status();
  EXPECT_TRUE(listed->items.empty());
  EXPECT_GE(calls, 600 / 51);  // Once per chunk of 51 (page size 50 + 1).
}

// The consistency check reads every record and index entry (about 3,000
// here) and stops at the interrupt's first error.
TEST(ScanInterruptTest, ConsistencyCheckStopsWithTheInterruptsError) {
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<Store>> store =
      Store::OpenPrimary(dir.Join("db"));
  ASSERT_TRUE(store.ok()) << store.status();
  StoreSixHundredMeetings(**store);

  int calls = 0;
  std::vector<std::string> problems;
  absl::Status checked =
      (*store)->CheckConsistency(&problems, [&calls]() -> absl::Status {
        if (++calls < 2) return absl::OkStatus();
        return absl::DeadlineExceededError("time is up");
      });
  EXPECT_EQ(checked.code(), absl::StatusCode::kDeadlineExceeded) << checked;
  EXPECT_EQ(calls, 2);

  calls = 0;
  checked = (*store)->CheckConsistency(&problems, [&calls]() {
    ++calls;
    return absl::OkStatus();
  });
  ASSERT_TRUE(checked.ok()) << checked;
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_GE(calls, 2);
}

// An ingest whose caller gave up during the extraction stores nothing.
TEST(ScanInterruptTest, IngestInterruptedAfterExtractionStoresNothing) {
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<Store>> store =
      Store::OpenPrimary(dir.Join("db"));
  ASSERT_TRUE(store.ok()) << store.status();
  absl::StatusOr<std::unique_ptr<KnowledgeBase>> kb =
      KnowledgeBase::LoadDefault();
  ASSERT_TRUE(kb.ok()) << kb.status();
  const Extractor extractor(kb->get());
  const Ingester ingester(store->get(), &extractor, IngestLimits());
  v1::IngestArticleRequest request;
  request.set_text(
      "Vladimir Putin met Xi Jinping in Beijing on Tuesday, officials said.");
  request.mutable_published()->set_year(2024);
  request.mutable_published()->set_month(5);
  request.mutable_published()->set_day(16);

  absl::StatusOr<v1::IngestArticleResponse> given_up = ingester.Ingest(
      request, Durability::kSynced,
      []() { return absl::DeadlineExceededError("the caller gave up"); });
  EXPECT_EQ(given_up.status().code(), absl::StatusCode::kDeadlineExceeded);
  EventQuery putin;
  putin.actor = "vladimir-putin";
  absl::StatusOr<Page<v1::Event>> listed =
      (*store)->ListEvents(putin, PageRequest());
  ASSERT_TRUE(listed.ok()) << listed.status();
  EXPECT_TRUE(listed->items.empty());

  absl::StatusOr<v1::IngestArticleResponse> stored = ingester.Ingest(request);
  ASSERT_TRUE(stored.ok()) << stored.status();
  EXPECT_FALSE(stored->duplicate());  // The interrupted call left no trace.
  EXPECT_EQ(stored->events_size(), 1);
}

// --- TLS, mutual TLS and plaintext between real processes ---

class TlsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    certs_dir_ = new testing::TempDir();
    absl::StatusOr<testing::TestCerts> certs =
        testing::MakeTestCerts(certs_dir_->path());
    ASSERT_TRUE(certs.ok()) << certs.status();
    certs_ = new testing::TestCerts(*certs);
  }
  static void TearDownTestSuite() {
    delete certs_;
    delete certs_dir_;
  }

  std::vector<std::string> TlsArgs() const {
    return {"--tls_cert_file=" + certs_->server_cert,
            "--tls_key_file=" + certs_->server_key};
  }
  ClientTlsOptions TrustingClient() const {
    ClientTlsOptions tls;
    tls.ca_file = certs_->ca_cert;
    return tls;
  }

  static testing::TempDir* certs_dir_;
  static testing::TestCerts* certs_;
  testing::TempDir dir_;
};

testing::TempDir* TlsTest::certs_dir_ = nullptr;
testing::TestCerts* TlsTest::certs_ = nullptr;

TEST_F(TlsTest, TlsClientsAreServedAndPlaintextOrUntrustingOnesAreNot) {
  ServicePairOptions options;
  options.common_args = TlsArgs();
  options.client_tls = TrustingClient();
  absl::StatusOr<std::unique_ptr<ServicePair>> services =
      ServicePair::Start(dir_.path(), options);
  ASSERT_TRUE(services.ok()) << services.status();
  const std::string ingest = (*services)->ingest().address();
  const std::string query = (*services)->query().address();

  // Over TLS, both services answer; "localhost" is in the certificate too.
  EXPECT_TRUE(Ingest(Channel(ingest, TrustingClient())).ok());
  EXPECT_TRUE(ListCountries(Channel(query, TrustingClient())).ok());
  EXPECT_TRUE(CheckHealth(Channel(query, TrustingClient())).ok());
  ClientTlsOptions by_name = TrustingClient();
  by_name.server_name = "localhost";
  EXPECT_TRUE(ListCountries(Channel(query, by_name)).ok());

  // A plaintext client cannot talk to a TLS server.
  EXPECT_EQ(ListCountries(Channel(query, {})).error_code(),
            grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(Ingest(Channel(ingest, {})).error_code(),
            grpc::StatusCode::UNAVAILABLE);
  // Nor a TLS client that trusts another CA, or expects another name.
  ClientTlsOptions other_ca;
  other_ca.ca_file = certs_->other_ca_cert;
  EXPECT_EQ(ListCountries(Channel(query, other_ca)).error_code(),
            grpc::StatusCode::UNAVAILABLE);
  ClientTlsOptions wrong_name = TrustingClient();
  wrong_name.server_name = "parley.example.org";
  EXPECT_EQ(ListCountries(Channel(query, wrong_name)).error_code(),
            grpc::StatusCode::UNAVAILABLE);
  EXPECT_TRUE((*services)->Stop().ok());
}

TEST_F(TlsTest, MutualTlsNeedsAClientCertificateFromTheTrustedCa) {
  ServicePairOptions options;
  options.common_args = TlsArgs();
  options.common_args.push_back("--tls_client_ca_file=" + certs_->ca_cert);
  options.client_tls = TrustingClient();
  options.client_tls.cert_file = certs_->client_cert;
  options.client_tls.key_file = certs_->client_key;
  options.capture_logs = true;
  absl::StatusOr<std::unique_ptr<ServicePair>> services =
      ServicePair::Start(dir_.path(), options);
  ASSERT_TRUE(services.ok()) << services.status();
  const std::string ingest = (*services)->ingest().address();
  const std::string query = (*services)->query().address();

  // With the right client certificate both services answer.
  EXPECT_TRUE(Ingest(Channel(ingest, options.client_tls)).ok());
  EXPECT_TRUE(ListCountries(Channel(query, options.client_tls)).ok());

  // Without one, or with one from another CA, the handshake fails.
  EXPECT_EQ(ListCountries(Channel(query, TrustingClient())).error_code(),
            grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(Ingest(Channel(ingest, TrustingClient())).error_code(),
            grpc::StatusCode::UNAVAILABLE);
  ClientTlsOptions foreign = TrustingClient();
  foreign.cert_file = certs_->other_client_cert;
  foreign.key_file = certs_->other_client_key;
  EXPECT_EQ(ListCountries(Channel(query, foreign)).error_code(),
            grpc::StatusCode::UNAVAILABLE);
  // Health too is behind mutual TLS (there is no plaintext port).
  EXPECT_EQ(CheckHealth(Channel(query, TrustingClient())).error_code(),
            grpc::StatusCode::UNAVAILABLE);
  EXPECT_TRUE(absl::StrContains((*services)->ingest_log(), "mutual TLS"))
      << (*services)->ingest_log();
  EXPECT_TRUE((*services)->Stop().ok());
}

TEST_F(TlsTest, CliAndPythonClientSpeakMutualTlsWithAToken) {
  const std::string token = "cli-token-5d1c";
  const std::string token_file = dir_.WriteFile("token", token + "\n");
  ServicePairOptions options;
  options.common_args = TlsArgs();
  options.common_args.push_back("--tls_client_ca_file=" + certs_->ca_cert);
  options.ingest_args = {"--ingest_token_file=" + token_file};
  options.client_tls = TrustingClient();
  options.client_tls.cert_file = certs_->client_cert;
  options.client_tls.key_file = certs_->client_key;
  options.ingest_token = token;
  absl::StatusOr<std::unique_ptr<ServicePair>> services =
      ServicePair::Start(dir_.path(), options);
  ASSERT_TRUE(services.ok()) << services.status();
  const std::string article = dir_.WriteFile("moscow.txt", kArticle);
  const std::vector<std::string> tls_flags = {
      "--tls_ca_file=" + certs_->ca_cert,
      "--tls_cert_file=" + certs_->client_cert,
      "--tls_key_file=" + certs_->client_key};

  auto cli = [&](std::vector<std::string> args) {
    std::vector<std::string> argv = {testing::CliBinary()};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.insert(argv.end(), tls_flags.begin(), tls_flags.end());
    absl::StatusOr<testing::CommandResult> result =
        testing::RunCommand(argv, dir_.path());
    EXPECT_TRUE(result.ok()) << result.status();
    return result.ok() ? *result : testing::CommandResult{};
  };
  const std::string ingest_addr =
      "--ingest_addr=" + (*services)->ingest().address();
  testing::CommandResult no_token = cli({"ingest", ingest_addr, article});
  EXPECT_EQ(no_token.exit_code(), 1);
  EXPECT_TRUE(absl::StrContains(no_token.err, "UNAUTHENTICATED"))
      << no_token.err;
  testing::CommandResult ingested = cli(
      {"ingest", ingest_addr, "--ingest_token_file=" + token_file, article});
  EXPECT_EQ(ingested.exit_code(), 0) << ingested.err;
  testing::CommandResult met =
      cli({"meetings", "Putin", "Pezeshkian",
           "--query_addr=" + (*services)->query().address()});
  EXPECT_EQ(met.exit_code(), 0) << met.err;
  EXPECT_TRUE(absl::StrContains(met.out, "vladimir-putin")) << met.out;
  // Without its TLS flags the CLI cannot reach the service, and says why.
  absl::StatusOr<testing::CommandResult> plaintext = testing::RunCommand(
      {testing::CliBinary(), "actors",
       "--query_addr=" + (*services)->query().address(), "--timeout=5"},
      dir_.path());
  ASSERT_TRUE(plaintext.ok());
  EXPECT_EQ(plaintext->exit_code(), 1);
  EXPECT_TRUE(absl::StrContains(plaintext->err, "--tls_ca_file"))
      << plaintext->err;

  // The Python client with the same certificates and token.
  absl::StatusOr<testing::CommandResult> python = testing::RunCommand(
      {"/usr/bin/python3",
       testing::SourceDir() + "/examples/python/parley_client.py", "--stubs",
       testing::PythonStubsDir(), "--ingest_addr",
       (*services)->ingest().address(), "--query_addr",
       (*services)->query().address(), "--tls_ca_file", certs_->ca_cert,
       "--tls_cert_file", certs_->client_cert, "--tls_key_file",
       certs_->client_key, "--ingest_token_file", token_file, article},
      dir_.path());
  ASSERT_TRUE(python.ok()) << python.status();
  EXPECT_EQ(python->exit_code(), 0) << python->out << python->err;
  EXPECT_TRUE(absl::StrContains(python->out, "all queries answered"))
      << python->out;
  EXPECT_TRUE((*services)->Stop().ok());
}

TEST(PlaintextTest, NonLoopbackAddressNeedsTlsOrPlaintextFlag) {
  testing::TempDir dir;
  absl::StatusOr<testing::CommandResult> refused =
      testing::RunCommand({testing::IngestServiceBinary(),
                           "--db=" + dir.Join("db"), "--listen=0.0.0.0:0"},
                          dir.path());
  ASSERT_TRUE(refused.ok()) << refused.status();
  EXPECT_EQ(refused->exit_code(), 1);
  EXPECT_TRUE(absl::StrContains(refused->err, "--plaintext")) << refused->err;

  // With --plaintext it serves on every interface, loopback included.
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> server =
      testing::ServerProcess::Start(
          testing::IngestServiceBinary(),
          {"--db=" + dir.Join("db"), "--listen=0.0.0.0:0", "--plaintext"},
          dir.path());
  ASSERT_TRUE(server.ok()) << server.status();
  EXPECT_TRUE(CheckHealth((*server)->NewChannel()).ok());
  EXPECT_TRUE(Ingest((*server)->NewChannel()).ok());
  absl::StatusOr<int> stopped = (*server)->Stop();
  ASSERT_TRUE(stopped.ok());
  EXPECT_TRUE(WIFEXITED(*stopped) && WEXITSTATUS(*stopped) == 0);
}

// --- The ingest token ---

class TokenTest : public ::testing::Test {
 protected:
  void TearDown() override { unsetenv(kIngestTokenEnvVar); }

  // Every IngestService method, called with `channel`; their statuses.
  std::vector<grpc::Status> CallEveryIngestMethod(
      const std::shared_ptr<grpc::Channel>& channel) {
    auto stub = v1::IngestService::NewStub(channel);
    std::vector<grpc::Status> statuses;
    {
      v1::IngestArticleRequest request;
      request.set_text(kArticle);
      v1::IngestArticleResponse response;
      statuses.push_back(
          stub->IngestArticle(ShortContext().get(), request, &response));
    }
    {
      auto context = ShortContext();
      v1::IngestArticlesResponse response;
      auto writer = stub->IngestArticles(context.get(), &response);
      v1::IngestArticleRequest request;
      request.set_text(kArticle);
      writer->Write(request);
      writer->WritesDone();
      statuses.push_back(writer->Finish());
    }
    {
      v1::GetArticleRequest request;
      request.set_article_id("0000");
      v1::Article response;
      statuses.push_back(
          stub->GetArticle(ShortContext().get(), request, &response));
    }
    {
      v1::CreateCheckpointRequest request;
      request.set_directory(dir_.Join("checkpoint"));
      v1::CreateCheckpointResponse response;
      statuses.push_back(
          stub->CreateCheckpoint(ShortContext().get(), request, &response));
    }
    {
      v1::CheckConsistencyResponse response;
      statuses.push_back(stub->CheckConsistency(
          ShortContext().get(), v1::CheckConsistencyRequest(), &response));
    }
    return statuses;
  }

  testing::TempDir dir_;
};

TEST_F(TokenTest, EveryIngestMethodNeedsTheTokenFromTheFile) {
  // The list above must cover the whole service.
  const google::protobuf::ServiceDescriptor* service =
      google::protobuf::DescriptorPool::generated_pool()->FindServiceByName(
          v1::IngestService::service_full_name());
  ASSERT_NE(service, nullptr);
  ASSERT_EQ(service->method_count(), 5)
      << "a new IngestService method: add it to CallEveryIngestMethod";
  const std::string token = "0f3a9c-token-from-file";
  const std::string token_file = dir_.WriteFile("token", token + "\n");
  ServicePairOptions options;
  options.ingest_args = {"--ingest_token_file=" + token_file};
  options.capture_logs = true;
  absl::StatusOr<std::unique_ptr<ServicePair>> services =
      ServicePair::Start(dir_.path(), options);
  ASSERT_TRUE(services.ok()) << services.status();
  const std::string ingest = (*services)->ingest().address();

  for (const grpc::Status& status :
       CallEveryIngestMethod(Channel(ingest, {}))) {
    EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED)
        << status.error_message();
    EXPECT_TRUE(
        absl::StrContains(status.error_message(), "authorization: Bearer"))
        << status.error_message();
  }
  for (const grpc::Status& status :
       CallEveryIngestMethod(Channel(ingest, {}, token + "x"))) {
    EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED)
        << status.error_message();
  }
  std::vector<grpc::Status> with_token =
      CallEveryIngestMethod(Channel(ingest, {}, token));
  for (const grpc::Status& status : with_token) {
    EXPECT_NE(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    EXPECT_NE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  }
  EXPECT_TRUE(with_token[0].ok()) << with_token[0].error_message();

  // Health and reflection's service (probes) and the query service need none.
  EXPECT_TRUE(CheckHealth(Channel(ingest, {})).ok());
  EXPECT_TRUE(ListCountries(Channel((*services)->query().address(), {})).ok());

  // The token is in no command line and in no log line.
  const std::string cmdline =
      ReadFile(absl::StrCat("/proc/", (*services)->ingest().pid(), "/cmdline"));
  EXPECT_TRUE(absl::StrContains(cmdline, token_file));
  EXPECT_FALSE(absl::StrContains(cmdline, token));
  EXPECT_TRUE((*services)->Stop().ok());
  const std::string log = (*services)->ingest_log();
  EXPECT_TRUE(absl::StrContains(log, "UNAUTHENTICATED")) << log;
  EXPECT_TRUE(absl::StrContains(log, "token required")) << log;
  EXPECT_FALSE(absl::StrContains(log, token)) << log;
}

TEST_F(TokenTest, TokenFromTheEnvironment) {
  setenv(kIngestTokenEnvVar, "env-token-77", 1);
  absl::StatusOr<std::unique_ptr<ServicePair>> services =
      ServicePair::Start(dir_.path(), ServicePairOptions());
  unsetenv(kIngestTokenEnvVar);
  ASSERT_TRUE(services.ok()) << services.status();
  const std::string ingest = (*services)->ingest().address();
  EXPECT_EQ(Ingest(Channel(ingest, {})).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(Ingest(Channel(ingest, {}, "env-token-78")).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_TRUE(Ingest(Channel(ingest, {}, "env-token-77")).ok());
  EXPECT_TRUE((*services)->Stop().ok());
}

TEST_F(TokenTest, TokenFileAndEnvironmentTogetherAreRefused) {
  setenv(kIngestTokenEnvVar, "env-token", 1);
  absl::StatusOr<testing::CommandResult> result = testing::RunCommand(
      {testing::IngestServiceBinary(), "--db=" + dir_.Join("db"),
       "--listen=127.0.0.1:0",
       "--ingest_token_file=" + dir_.WriteFile("token", "file-token")},
      dir_.path());
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->exit_code(), 1);
  EXPECT_TRUE(absl::StrContains(result->err, "use one of them")) << result->err;
  EXPECT_FALSE(absl::StrContains(result->err, "file-token"));
}

// --- Limits and deadlines ---

TEST(LimitsTest, MessageSizeLimitsGiveResourceExhausted) {
  testing::TempDir dir;
  ServicePairOptions options;
  options.query_args = {"--max_receive_message_bytes=1024",
                        "--max_send_message_bytes=2048"};
  absl::StatusOr<std::unique_ptr<ServicePair>> services =
      ServicePair::Start(dir.path(), options);
  ASSERT_TRUE(services.ok()) << services.status();
  v1::QueryService::Stub& query = (*services)->query_stub();

  v1::ResolveActorRequest big;
  big.set_name(std::string(4096, 'x'));
  v1::ResolveActorResponse resolved;
  grpc::Status status = query.ResolveActor(Context().get(), big, &resolved);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED)
      << status.error_message();
  v1::ResolveActorRequest small;
  small.set_name("Putin");
  EXPECT_TRUE(query.ResolveActor(Context().get(), small, &resolved).ok());

  // A page of every known actor is far more than 2 KiB.
  v1::ListActorsRequest all;
  all.set_page_size(1000);
  v1::ListActorsResponse listed;
  status = query.ListActors(Context().get(), all, &listed);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED)
      << status.error_message();
  all.set_page_size(1);
  EXPECT_TRUE(query.ListActors(Context().get(), all, &listed).ok());
  EXPECT_TRUE((*services)->Stop().ok());
}

TEST(LimitsTest, CallsBeyondTheStreamLimitWaitForAFreeStream) {
  testing::TempDir dir;
  ServicePairOptions options;
  options.ingest_args = {"--max_concurrent_streams=1"};
  absl::StatusOr<std::unique_ptr<ServicePair>> services =
      ServicePair::Start(dir.path(), options);
  ASSERT_TRUE(services.ok()) << services.status();
  {
    std::shared_ptr<grpc::Channel> channel =
        Channel((*services)->ingest().address(), {});
    auto stub = v1::IngestService::NewStub(channel);

    // An open IngestArticles stream holds the connection's only stream.
    grpc::ClientContext stream_context;
    v1::IngestArticlesResponse summary;
    auto stream = stub->IngestArticles(&stream_context, &summary);
    stream->WaitForInitialMetadata();  // The server is serving it.

    // A second call on the same connection cannot start before its deadline.
    {
      grpc::ClientContext waiting;
      waiting.set_deadline(std::chrono::system_clock::now() +
                           std::chrono::seconds(1));
      v1::GetArticleRequest request;
      request.set_article_id("0000");
      v1::Article article;
      EXPECT_EQ(stub->GetArticle(&waiting, request, &article).error_code(),
                grpc::StatusCode::DEADLINE_EXCEEDED);
    }

    // Once the stream ends, calls go through again.
    stream->WritesDone();
    EXPECT_TRUE(stream->Finish().ok());
    EXPECT_EQ(summary.received(), 0);
    EXPECT_TRUE(Ingest(channel).ok());
  }  // Closing the channel spares the server the wait for an idle client.
  EXPECT_TRUE((*services)->Stop().ok());
}

// A list that must read many index entries stops on the server when the
// call's deadline passes, and says so; it does not run on for nobody.
TEST(LimitsTest, LongScanStopsAtTheDeadline) {
  testing::TempDir dir;
  {
    // Many meetings of one actor, none of them cancelled.
    absl::StatusOr<std::unique_ptr<Store>> store =
        Store::OpenPrimary(dir.Join("db"));
    ASSERT_TRUE(store.ok()) << store.status();
    constexpr int kArticles = 10;
    constexpr int kEventsPerArticle = 1000;
    for (int a = 0; a < kArticles; ++a) {
      v1::Article article;
      article.set_id(absl::StrCat("article-", a));
      std::vector<v1::Event> events;
      for (int e = 0; e < kEventsPerArticle; ++e) {
        const int n = a * kEventsPerArticle + e;
        v1::Event event;
        event.set_type(v1::EVENT_TYPE_MEETING);
        event.set_status(v1::EVENT_STATUS_OCCURRED);
        event.mutable_date()->set_year(1900 + n / 336);
        event.mutable_date()->set_month(1 + (n / 28) % 12);
        event.mutable_date()->set_day(1 + n % 28);
        event.add_participants()->set_id("vladimir-putin");
        event.add_participants()->set_id(absl::StrCat("person-", n));
        event.add_sources()->set_article_id(article.id());
        events.push_back(event);
      }
      ASSERT_TRUE((*store)->IngestArticle(article, events, {}).ok());
    }
  }
  ServicePairOptions options;
  options.capture_logs = true;
  absl::StatusOr<std::unique_ptr<ServicePair>> services =
      ServicePair::Start(dir.path(), options);
  ASSERT_TRUE(services.ok()) << services.status();
  v1::ListEventsRequest request;
  request.set_actor("vladimir-putin");
  request.set_status(v1::EVENT_STATUS_CANCELLED);
  {
    // Without a deadline the whole scan runs and finds nothing; this also
    // connects the channel, so that the short call below is sent at once.
    v1::ListEventsResponse response;
    grpc::Status full = (*services)->query_stub().ListEvents(
        Context().get(), request, &response);
    ASSERT_TRUE(full.ok()) << full.error_message();
    EXPECT_EQ(response.events_size(), 0);
  }

  {
    // 5 ms: the full scan takes far longer (about 60 ms on a 2-core
    // development machine).
    v1::ListEventsResponse response;
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::milliseconds(5));
    const grpc::Status status =
        (*services)->query_stub().ListEvents(&context, request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED)
        << status.error_message();
  }

  // The server's own answer, logged when the call ends: it stopped.
  const absl::Time give_up = absl::Now() + absl::Seconds(20);
  std::string log;
  while (absl::Now() < give_up) {
    log = (*services)->query_log();
    if (absl::StrContains(log, "ListEvents failed")) break;
    absl::SleepFor(absl::Milliseconds(20));
  }
  // DEADLINE_EXCEEDED when the server's clock saw the deadline pass first,
  // CANCELLED when the client's expiry reached it first; either way the
  // scan stopped early (a completed scan answers OK and logs nothing).
  EXPECT_TRUE(absl::StrContains(log, "ListEvents failed: DEADLINE_EXCEEDED") ||
              absl::StrContains(log, "ListEvents failed: CANCELLED"))
      << log;
  EXPECT_TRUE(absl::StrContains(log, "the server stopped")) << log;
  EXPECT_TRUE((*services)->Stop().ok());
}

}  // namespace
}  // namespace parley
