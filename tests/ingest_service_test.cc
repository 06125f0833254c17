// The ingest service binary under bad input: every bad article gets the
// right status and a message saying what to fix, nothing partial is stored,
// and the server keeps serving. Also its checkpoint and consistency check.
#include <sys/wait.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "parley/v1/ingest_service.grpc.pb.h"
#include "parley/v1/query_service.grpc.pb.h"
#include "tests/testing/articles.h"
#include "tests/testing/process.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace {

using testing::Context;

class IngestServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<testing::ServicePair>> services =
        testing::ServicePair::Start(dir_.path());
    ASSERT_TRUE(services.ok()) << services.status();
    services_ = *std::move(services);
  }

  void TearDown() override {
    if (services_ != nullptr) {
      EXPECT_TRUE(services_->Stop().ok());
    }
  }

  grpc::Status Ingest(const v1::IngestArticleRequest& request,
                      v1::IngestArticleResponse* response = nullptr) {
    v1::IngestArticleResponse ignored;
    return services_->ingest_stub().IngestArticle(
        Context().get(), request, response ? response : &ignored);
  }

  int StoredEvents() {
    v1::ListEventsRequest request;
    request.set_page_size(1000);
    v1::ListEventsResponse response;
    grpc::Status status =
        services_->query_stub().ListEvents(Context().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return response.events_size();
  }

  testing::TempDir dir_;
  std::unique_ptr<testing::ServicePair> services_;
};

v1::IngestArticleRequest Article(const std::string& text) {
  v1::IngestArticleRequest request;
  request.set_text(text);
  return request;
}

v1::IngestArticleRequest Published(int year, int month, int day) {
  v1::IngestArticleRequest request = Article(testing::kKazanMeeting);
  request.mutable_published()->set_year(year);
  request.mutable_published()->set_month(month);
  request.mutable_published()->set_day(day);
  return request;
}

struct BadArticle {
  std::string name;
  v1::IngestArticleRequest request;
  grpc::StatusCode code;
  std::string message_part;  // The message must say this much.
};

TEST_F(IngestServiceTest, BadArticlesGetAClearStatusAndStoreNothing) {
  const std::string limit_text(1 << 20, 'a');
  v1::IngestArticleRequest unknown_format = Article(testing::kKazanMeeting);
  unknown_format.set_format(static_cast<v1::TextFormat>(7));
  v1::IngestArticleRequest long_url = Article(testing::kKazanMeeting);
  long_url.set_url("https://example.com/" + std::string(5000, 'x'));
  std::string binary;
  for (int i = 0; i < 512; ++i) binary += static_cast<char>((i * 37) % 256);

  const std::vector<BadArticle> cases = {
      {"empty text", Article(""), grpc::StatusCode::INVALID_ARGUMENT,
       "text is empty"},
      {"one byte over the article limit", Article(limit_text + "b"),
       grpc::StatusCode::RESOURCE_EXHAUSTED, "--max_article_bytes"},
      {"over the server's message limit",
       Article(std::string((1 << 20) + (256 << 10), 'c')),
       grpc::StatusCode::RESOURCE_EXHAUSTED, ""},
      {"NUL bytes", Article(std::string("date 2024-10-23\nPutin\0met", 25)),
       grpc::StatusCode::INVALID_ARGUMENT, ""},
      {"binary data", Article(binary), grpc::StatusCode::INVALID_ARGUMENT, ""},
      {"month 13", Published(2024, 13, 1), grpc::StatusCode::INVALID_ARGUMENT,
       "published"},
      {"February 30", Published(2024, 2, 30),
       grpc::StatusCode::INVALID_ARGUMENT, "published"},
      {"day without a month", Published(2024, 0, 5),
       grpc::StatusCode::INVALID_ARGUMENT, "published"},
      {"year 3000", Published(3000, 1, 1), grpc::StatusCode::INVALID_ARGUMENT,
       "in the future"},
      {"unknown format", unknown_format, grpc::StatusCode::INVALID_ARGUMENT,
       "TextFormat"},
      {"long url", long_url, grpc::StatusCode::INVALID_ARGUMENT, "url"},
  };
  for (const BadArticle& bad : cases) {
    grpc::Status status = Ingest(bad.request);
    EXPECT_EQ(status.error_code(), bad.code)
        << bad.name << ": " << status.error_message();
    EXPECT_NE(status.error_message().find(bad.message_part), std::string::npos)
        << bad.name << ": " << status.error_message();
  }
  EXPECT_EQ(StoredEvents(), 0);

  // The service still works.
  v1::IngestArticleResponse response;
  ASSERT_TRUE(Ingest(Article(testing::kKazanMeeting), &response).ok());
  EXPECT_GT(response.events_size(), 0);
  EXPECT_EQ(StoredEvents(), response.events_size());
}

TEST_F(IngestServiceTest, InvalidUtf8IsRejected) {
  grpc::Status status = Ingest(Article("date 2024-10-23\nPutin \xff\xfe met"));
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT)
      << status.error_message();
  EXPECT_EQ(StoredEvents(), 0);
}

TEST_F(IngestServiceTest, ALongArticleIsIngested) {
  std::string text = "date 2024-10-23\n";
  for (int line = 0; line < 10000; ++line) {
    text += "Line " + std::to_string(line) + " says nothing of note.\n";
  }
  text += testing::kKazanMeeting;
  v1::IngestArticleResponse response;
  grpc::Status status = Ingest(Article(text), &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_GT(response.events_size(), 0);
}

TEST_F(IngestServiceTest, AnArticleWithoutADateIsIngestedWithAWarning) {
  v1::IngestArticleResponse response;
  ASSERT_TRUE(Ingest(Article("Russian President Vladimir Putin met Iranian "
                             "President Masoud Pezeshkian in Kazan."),
                     &response)
                  .ok());
  EXPECT_GT(response.warnings_size(), 0);
}

TEST_F(IngestServiceTest, AStreamReportsBadArticlesAndIngestsTheRest) {
  grpc::ClientContext context;
  v1::IngestArticlesResponse summary;
  auto writer = services_->ingest_stub().IngestArticles(&context, &summary);
  const std::vector<v1::IngestArticleRequest> stream = {
      Article(testing::kAshgabatMeeting), Article(""),
      Article(testing::kKazanMeeting), Published(3000, 1, 1),
      Article(testing::kAshgabatMeeting)};
  for (const v1::IngestArticleRequest& request : stream) {
    ASSERT_TRUE(writer->Write(request));
  }
  writer->WritesDone();
  grpc::Status status = writer->Finish();
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(summary.received(), 5);
  EXPECT_EQ(summary.ingested(), 2);
  EXPECT_EQ(summary.duplicates(), 1);
  EXPECT_GE(summary.events(), 2);
  ASSERT_EQ(summary.failures_size(), 2);
  EXPECT_EQ(summary.failures(0).index(), 1);
  EXPECT_EQ(summary.failures(0).code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(summary.failures(0).message(), "");
  EXPECT_EQ(summary.failures(1).index(), 3);
  EXPECT_EQ(summary.failures(1).code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(StoredEvents(), summary.events());
}

TEST_F(IngestServiceTest, AnUnparsableArticleDoesNotEndTheStream) {
  grpc::ClientContext context;
  v1::IngestArticlesResponse summary;
  auto writer = services_->ingest_stub().IngestArticles(&context, &summary);
  ASSERT_TRUE(writer->Write(Article(testing::kAshgabatMeeting)));
  // Not UTF-8: the C++ client logs an error but sends it.
  ASSERT_TRUE(writer->Write(Article("date 2024-10-23\nPutin \xff\xfe met")));
  ASSERT_TRUE(writer->Write(Article(testing::kKazanMeeting)));
  writer->WritesDone();
  grpc::Status status = writer->Finish();
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(summary.received(), 3);
  EXPECT_EQ(summary.ingested(), 2);
  ASSERT_EQ(summary.failures_size(), 1);
  EXPECT_EQ(summary.failures(0).index(), 1);
  EXPECT_EQ(summary.failures(0).code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(summary.failures(0).message().find("UTF-8"), std::string::npos);
}

TEST_F(IngestServiceTest, GetArticleNeedsAKnownId) {
  v1::GetArticleRequest request;
  v1::Article article;
  EXPECT_EQ(services_->ingest_stub()
                .GetArticle(Context().get(), request, &article)
                .error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  request.set_article_id("0123456789abcdef");
  EXPECT_EQ(services_->ingest_stub()
                .GetArticle(Context().get(), request, &article)
                .error_code(),
            grpc::StatusCode::NOT_FOUND);
}

grpc::Status CreateCheckpoint(v1::IngestService::Stub& stub,
                              const std::string& directory,
                              v1::CreateCheckpointResponse* response) {
  v1::CreateCheckpointRequest request;
  request.set_directory(directory);
  return stub.CreateCheckpoint(Context().get(), request, response);
}

grpc::Status CheckConsistency(v1::IngestService::Stub& stub,
                              v1::CheckConsistencyResponse* response) {
  return stub.CheckConsistency(Context().get(), v1::CheckConsistencyRequest(),
                               response);
}

TEST_F(IngestServiceTest, ACheckpointOpensAsTheDatabaseOfThatMoment) {
  v1::IngestArticleResponse kazan;
  ASSERT_TRUE(Ingest(Article(testing::kKazanMeeting), &kazan).ok());
  const std::string backup = dir_.Join("backups/first");
  v1::CreateCheckpointResponse response;
  grpc::Status status =
      CreateCheckpoint(services_->ingest_stub(), backup + "/", &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.directory(), backup);
  // Written after the checkpoint, so not in it.
  v1::IngestArticleResponse moscow;
  ASSERT_TRUE(Ingest(Article(testing::kMoscowMeeting), &moscow).ok());

  // A second ingest service serves the checkpoint as its database.
  const std::string scratch = dir_.Join("restored");
  ASSERT_TRUE(std::filesystem::create_directory(scratch));
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> restored =
      testing::ServerProcess::Start(testing::IngestServiceBinary(),
                                    {"--db=" + backup}, scratch);
  ASSERT_TRUE(restored.ok()) << restored.status();
  auto stub = v1::IngestService::NewStub((*restored)->NewChannel());
  v1::GetArticleRequest get;
  get.set_article_id(kazan.article_id());
  v1::Article live, article;
  ASSERT_TRUE(
      services_->ingest_stub().GetArticle(Context().get(), get, &live).ok());
  status = stub->GetArticle(Context().get(), get, &article);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_NE(article.text(), "");
  EXPECT_EQ(article.DebugString(), live.DebugString());
  get.set_article_id(moscow.article_id());
  EXPECT_EQ(stub->GetArticle(Context().get(), get, &article).error_code(),
            grpc::StatusCode::NOT_FOUND);
  v1::CheckConsistencyResponse check;
  status = CheckConsistency(*stub, &check);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(check.problems_size(), 0) << check.problems(0);
  stub.reset();  // An open channel would slow the drain down.
  absl::StatusOr<int> exit = (*restored)->Stop();
  ASSERT_TRUE(exit.ok()) << exit.status();
  EXPECT_TRUE(WIFEXITED(*exit) && WEXITSTATUS(*exit) == 0) << *exit;
}

TEST_F(IngestServiceTest, CheckpointNeedsANewAbsoluteDirectory) {
  ASSERT_TRUE(Ingest(Article(testing::kKazanMeeting)).ok());
  const std::string backup = dir_.Join("backup");
  v1::CreateCheckpointResponse response;
  ASSERT_TRUE(
      CreateCheckpoint(services_->ingest_stub(), backup, &response).ok());

  grpc::Status again =
      CreateCheckpoint(services_->ingest_stub(), backup, &response);
  EXPECT_EQ(again.error_code(), grpc::StatusCode::ALREADY_EXISTS)
      << again.error_message();
  EXPECT_NE(again.error_message().find(backup), std::string::npos)
      << again.error_message();

  for (const std::string& bad :
       {std::string(""), std::string("backups/x"), std::string("./x")}) {
    grpc::Status status =
        CreateCheckpoint(services_->ingest_stub(), bad, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT)
        << "'" << bad << "': " << status.error_message();
    EXPECT_NE(status.error_message().find("absolute path"), std::string::npos)
        << status.error_message();
  }
  // The service still writes and its database is still consistent.
  ASSERT_TRUE(Ingest(Article(testing::kMoscowMeeting)).ok());
  v1::CheckConsistencyResponse check;
  grpc::Status status = CheckConsistency(services_->ingest_stub(), &check);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(check.problems_size(), 0) << check.problems(0);
}

TEST_F(IngestServiceTest, AHealthyDatabaseHasNoProblems) {
  v1::CheckConsistencyResponse check;
  grpc::Status status = CheckConsistency(services_->ingest_stub(), &check);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(check.problems_size(), 0);
  for (const char* text :
       {testing::kAshgabatMeeting, testing::kAshgabatMeetingFollowUp,
        testing::kPhoneCall, testing::kAgreementNegotiating,
        testing::kAgreementSigned}) {
    ASSERT_TRUE(Ingest(Article(text)).ok()) << text;
  }
  status = CheckConsistency(services_->ingest_stub(), &check);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(check.problems_size(), 0) << check.problems(0);
}

}  // namespace
}  // namespace parley
