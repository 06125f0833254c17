// Crash safety through the real binaries. The ingest service is killed with
// SIGKILL while clients stream articles into it and then restarted on the
// same database: every article whose RPC returned OK must be there whole,
// the database must pass the consistency check, and the query service,
// which keeps running, must answer for that data by itself. The query
// service is killed in the middle of a scan while articles go on arriving:
// the ingest service must not notice.
#include <signal.h>
#include <sys/wait.h>

#include <atomic>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "gtest/gtest.h"
#include "parley/v1/ingest_service.grpc.pb.h"
#include "parley/v1/query_service.grpc.pb.h"
#include "tests/testing/process.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace {

using testing::Context;

// Fixes the moment of the kill, so that a failure can be reproduced.
constexpr uint32_t kSeed = 20261123;

// Our own articles (the dev set and the examples), interleaved with short
// reports written here of fortnightly meetings, each reported twice, so that
// acknowledged articles also merge into events that others created.
std::vector<std::string> CrashArticles() {
  std::vector<std::string> real = testing::ReadArticleTexts("tests/data/dev");
  for (std::string& text : testing::ReadArticleTexts("examples/articles")) {
    real.push_back(std::move(text));
  }
  // Each report names its full date, so that no two have the same text
  // (the "date" line is metadata, not part of the text an id is made of).
  static constexpr const char* kMonths[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  std::vector<std::string> articles;
  const absl::CivilDay first_tuesday(2023, 9, 5);
  for (size_t i = 0; i < real.size(); ++i) {
    articles.push_back(real[i]);
    const absl::CivilDay day = first_tuesday + 7 * static_cast<int>(i / 2);
    const absl::CivilDay published = day + static_cast<int>(i % 2);
    const std::string date_line =
        absl::StrFormat("date %04d-%02d-%02d\n", published.year(),
                        published.month(), published.day());
    const char* month = kMonths[day.month() - 1];
    if (i % 2 == 0) {
      articles.push_back(absl::StrFormat(
          "%sRussian President Vladimir Putin met Iranian President Ebrahim "
          "Raisi in Sochi on %d %s %d.\n",
          date_line, day.day(), month, day.year()));
    } else {
      articles.push_back(absl::StrFormat(
          "%sIranian President Ebrahim Raisi held talks with Russian "
          "President Vladimir Putin in Sochi on %s %d, %d, the Kremlin "
          "said.\n",
          date_line, month, day.day(), day.year()));
    }
  }
  return articles;
}

v1::IngestArticleRequest Request(const std::string& text) {
  v1::IngestArticleRequest request;
  request.set_text(text);
  return request;
}

bool HasSourceFrom(const v1::Event& event, const std::string& article_id) {
  for (const v1::Source& source : event.sources()) {
    if (source.article_id() == article_id) return true;
  }
  return false;
}

// NOT_FOUND, or the article with every event it lists, each citing it.
// Anything else (an article without its events) is a half-written article.
::testing::AssertionResult WholeOrAbsent(v1::IngestService::Stub& ingest,
                                         v1::QueryService::Stub& query,
                                         const std::string& article_id,
                                         bool* present) {
  v1::GetArticleRequest request;
  request.set_article_id(article_id);
  v1::Article article;
  grpc::Status status = ingest.GetArticle(Context().get(), request, &article);
  *present = status.ok();
  if (status.error_code() == grpc::StatusCode::NOT_FOUND) {
    return ::testing::AssertionSuccess();
  }
  if (!status.ok()) {
    return ::testing::AssertionFailure()
           << "GetArticle " << article_id << ": " << status.error_message();
  }
  for (const std::string& event_id : article.event_ids()) {
    v1::GetEventRequest get;
    get.set_id(event_id);
    v1::Event event;
    status = query.GetEvent(Context().get(), get, &event);
    if (!status.ok()) {
      return ::testing::AssertionFailure()
             << "article " << article_id << " lists event " << event_id
             << ", which the query service cannot get: "
             << status.error_message();
    }
    if (!HasSourceFrom(event, article_id)) {
      return ::testing::AssertionFailure()
             << "event " << event_id << " does not cite article " << article_id;
    }
  }
  return ::testing::AssertionSuccess();
}

TEST(CrashTest, KilledIngestServiceKeepsEveryAcknowledgedArticle) {
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<testing::ServicePair>> services =
      testing::ServicePair::Start(dir.path(), {},
                                  {"--catch_up_interval=100ms"});
  ASSERT_TRUE(services.ok()) << services.status();
  testing::ServicePair& pair = **services;

  const std::vector<std::string> articles = CrashArticles();
  std::mt19937 random(kSeed);
  const size_t kill_after = std::uniform_int_distribution<size_t>(
      articles.size() / 4, articles.size() / 2)(random);

  // Four clients send one article after another until a call fails.
  std::mutex mu;
  std::map<size_t, v1::IngestArticleResponse> acked;  // By article index.
  std::map<size_t, grpc::Status> failed;
  bool killed = false;
  std::atomic<size_t> next{0};
  auto client = [&] {
    std::unique_ptr<v1::IngestService::Stub> stub =
        v1::IngestService::NewStub(pair.ingest().NewChannel());
    while (true) {
      const size_t i = next++;
      if (i >= articles.size()) return;
      v1::IngestArticleResponse response;
      grpc::Status status =
          stub->IngestArticle(Context().get(), Request(articles[i]), &response);
      std::lock_guard<std::mutex> lock(mu);
      if (!status.ok()) {
        EXPECT_TRUE(killed)
            << "article " << i
            << " failed before the kill: " << status.error_message();
        failed[i] = status;
        return;
      }
      acked[i] = std::move(response);
      if (acked.size() == kill_after && !killed) {
        killed = pair.ingest().Signal(SIGKILL);
      }
    }
  };
  std::vector<std::thread> clients;
  for (int i = 0; i < 4; ++i) clients.emplace_back(client);
  for (std::thread& thread : clients) thread.join();
  ASSERT_TRUE(killed) << "the ingest service was not killed";

  absl::StatusOr<int> exit = pair.ingest().WaitForExit(absl::Seconds(30));
  ASSERT_TRUE(exit.ok()) << exit.status();
  ASSERT_TRUE(WIFSIGNALED(*exit) && WTERMSIG(*exit) == SIGKILL) << *exit;

  // Restart on the same database; the query service keeps running.
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> restarted =
      testing::ServerProcess::Start(testing::IngestServiceBinary(),
                                    {"--db=" + pair.db_path()}, dir.path());
  ASSERT_TRUE(restarted.ok()) << restarted.status();
  std::unique_ptr<v1::IngestService::Stub> ingest =
      v1::IngestService::NewStub((*restarted)->NewChannel());
  v1::QueryService::Stub& query = pair.query_stub();

  // Every acknowledged article, with the events its response named.
  size_t acked_events = 0;
  size_t found_articles = 0;
  size_t found_events = 0;
  for (const auto& [index, response] : acked) {
    acked_events += response.events_size();
    v1::GetArticleRequest request;
    request.set_article_id(response.article_id());
    v1::Article article;
    grpc::Status status =
        ingest->GetArticle(Context().get(), request, &article);
    EXPECT_TRUE(status.ok())
        << "acknowledged article " << index << " (" << response.article_id()
        << ") is lost: " << status.error_message();
    if (!status.ok()) continue;
    ++found_articles;
    std::vector<std::string> listed(article.event_ids().begin(),
                                    article.event_ids().end());
    std::vector<std::string> answered;
    for (const v1::Event& event : response.events()) {
      answered.push_back(event.id());
    }
    EXPECT_EQ(listed, answered) << "article " << index;
    for (const std::string& event_id : answered) {
      v1::GetEventRequest get;
      get.set_id(event_id);
      v1::Event event;
      status = query.GetEvent(Context().get(), get, &event);
      EXPECT_TRUE(status.ok())
          << "event " << event_id << " of acknowledged "
          << "article " << index << ": " << status.error_message();
      if (!status.ok()) continue;
      EXPECT_TRUE(HasSourceFrom(event, response.article_id()))
          << "event " << event_id;
      ++found_events;
    }
  }

  std::vector<std::string> problems = testing::ConsistencyProblems(*ingest);
  EXPECT_TRUE(problems.empty())
      << problems.size()
      << " problems, first: " << (problems.empty() ? "" : problems[0]);

  // The restarted service takes every article not acknowledged. One the
  // kill cut off may have been stored before the kill (then it is a
  // duplicate now); either way it must now be there whole.
  size_t cut_off_stored = 0;
  size_t rest = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (acked.count(i)) continue;
    v1::IngestArticleResponse response;
    grpc::Status status =
        ingest->IngestArticle(Context().get(), Request(articles[i]), &response);
    ASSERT_TRUE(status.ok())
        << "article " << i << ": " << status.error_message();
    ++rest;
    if (response.duplicate()) {
      EXPECT_TRUE(failed.count(i))
          << "article " << i << " was never sent, yet is stored";
      ++cut_off_stored;
    }
    bool present = false;
    EXPECT_TRUE(WholeOrAbsent(*ingest, query, response.article_id(), &present));
    EXPECT_TRUE(present) << "article " << i;
  }
  EXPECT_GT(rest, 0u);
  const std::vector<std::string> after_rest =
      testing::ConsistencyProblems(*ingest);
  EXPECT_TRUE(after_rest.empty())
      << after_rest.size()
      << " problems, first: " << (after_rest.empty() ? "" : after_rest[0]);

  std::printf(
      "crash test: seed %u, %zu articles, SIGKILL once %zu were "
      "acknowledged. Acknowledged: %zu articles, %zu events. Found after "
      "restart: %zu articles, %zu events. Calls cut off by the kill: %zu "
      "(stored before the kill: %zu). Consistency problems after restart: "
      "%zu, after ingesting the rest: %zu\n",
      kSeed, articles.size(), kill_after, acked.size(), acked_events,
      found_articles, found_events, failed.size(), cut_off_stored,
      problems.size(), after_rest.size());

  ingest.reset();
  absl::StatusOr<int> query_exit = pair.query().Stop();
  ASSERT_TRUE(query_exit.ok()) << query_exit.status();
  EXPECT_TRUE(WIFEXITED(*query_exit) && WEXITSTATUS(*query_exit) == 0)
      << *query_exit;
  absl::StatusOr<int> ingest_exit = (*restarted)->Stop();
  ASSERT_TRUE(ingest_exit.ok()) << ingest_exit.status();
  EXPECT_TRUE(WIFEXITED(*ingest_exit) && WEXITSTATUS(*ingest_exit) == 0)
      << *ingest_exit;
}

TEST(CrashTest, KillingTheQueryServiceMidScanLeavesIngestUnaffected) {
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<testing::ServicePair>> services =
      testing::ServicePair::Start(dir.path());
  ASSERT_TRUE(services.ok()) << services.status();
  testing::ServicePair& pair = **services;
  const std::vector<std::string> articles = CrashArticles();
  const size_t half = articles.size() / 2;
  std::vector<std::string> article_ids;
  for (size_t i = 0; i < half; ++i) {
    v1::IngestArticleResponse response;
    grpc::Status status = pair.ingest_stub().IngestArticle(
        Context().get(), Request(articles[i]), &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    article_ids.push_back(response.article_id());
  }

  // A client scans every event two at a time, over and over, until a call
  // fails; the query service is killed once it has read some pages.
  std::atomic<int> pages{0};
  grpc::Status scan_failure;
  std::thread scanner([&] {
    std::unique_ptr<v1::QueryService::Stub> stub =
        v1::QueryService::NewStub(pair.query().NewChannel());
    v1::ListEventsRequest request;
    request.set_page_size(2);
    while (true) {
      v1::ListEventsResponse response;
      grpc::Status status =
          stub->ListEvents(Context().get(), request, &response);
      if (!status.ok()) {
        scan_failure = status;
        return;
      }
      ++pages;
      request.set_page_token(response.next_page_token());
    }
  });
  const absl::Time give_up = absl::Now() + absl::Seconds(60);
  while (pages < 5 && absl::Now() < give_up) {
    absl::SleepFor(absl::Milliseconds(5));
  }
  ASSERT_TRUE(pair.query().Signal(SIGKILL));
  scanner.join();
  const int pages_read = pages;
  EXPECT_GE(pages_read, 5);
  EXPECT_FALSE(scan_failure.ok());

  // The ingest service goes on as before.
  for (size_t i = half; i < articles.size(); ++i) {
    v1::IngestArticleResponse response;
    grpc::Status status = pair.ingest_stub().IngestArticle(
        Context().get(), Request(articles[i]), &response);
    ASSERT_TRUE(status.ok())
        << "article " << i << " after the kill: " << status.error_message();
    article_ids.push_back(response.article_id());
  }
  const std::vector<std::string> problems =
      testing::ConsistencyProblems(pair.ingest_stub());
  EXPECT_TRUE(problems.empty())
      << problems.size()
      << " problems, first: " << (problems.empty() ? "" : problems[0]);

  // A new query service, in the killed one's leftover scratch directory,
  // answers for everything.
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> query =
      testing::ServerProcess::Start(
          testing::QueryServiceBinary(),
          {"--db=" + pair.db_path(),
           "--secondary_dir=" + dir.Join("secondary")},
          dir.path());
  ASSERT_TRUE(query.ok()) << query.status();
  std::unique_ptr<v1::QueryService::Stub> query_stub =
      v1::QueryService::NewStub((*query)->NewChannel());
  for (const std::string& id : article_ids) {
    bool present = false;
    EXPECT_TRUE(WholeOrAbsent(pair.ingest_stub(), *query_stub, id, &present));
    EXPECT_TRUE(present) << id;
  }
  std::printf(
      "query kill test: SIGKILL after %d pages of a scan (it then failed: "
      "%s); %zu articles ingested after the kill, all OK; consistency "
      "problems: %zu\n",
      pages_read, scan_failure.error_message().c_str(), articles.size() - half,
      problems.size());

  query_stub.reset();
  absl::StatusOr<int> query_exit = (*query)->Stop();
  ASSERT_TRUE(query_exit.ok()) << query_exit.status();
  EXPECT_TRUE(WIFEXITED(*query_exit) && WEXITSTATUS(*query_exit) == 0);
  absl::StatusOr<int> ingest_exit = pair.ingest().Stop();
  ASSERT_TRUE(ingest_exit.ok()) << ingest_exit.status();
  EXPECT_TRUE(WIFEXITED(*ingest_exit) && WEXITSTATUS(*ingest_exit) == 0);
}

}  // namespace
}  // namespace parley
