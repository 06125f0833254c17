// Concurrency through the real binaries: articles arrive on several streams
// at once while other clients query, and pairs of articles reporting the
// same happening are sent at the same instant. The database must end up as
// one built by sending the same articles one after another.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "parley/v1/ingest_service.grpc.pb.h"
#include "parley/v1/query_service.grpc.pb.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace {

using testing::Context;

// Two articles that report the same happening.
struct Twins {
  std::string first;
  std::string second;
};

std::string DateLine(absl::CivilDay day) {
  return absl::StrFormat("date %04d-%02d-%02d\n", day.year(), day.month(),
                         day.day());
}

const char* MonthName(absl::CivilDay day) {
  static constexpr const char* kMonths[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return kMonths[day.month() - 1];
}

// "5 March 2024" and "March 5, 2024".
std::string DayMonthYear(absl::CivilDay day) {
  return absl::StrFormat("%d %s %d", day.day(), MonthName(day), day.year());
}

std::string MonthDayYear(absl::CivilDay day) {
  return absl::StrFormat("%s %d, %d", MonthName(day), day.day(), day.year());
}

// For each of `weeks` Tuesdays: a meeting, an agreement signing and a phone
// call, each reported by two articles (the second one published a day
// later). Each names the full date, so that no two articles have the same
// text (the "date" line is metadata, not part of the text). Every signing is
// of the same Kazakhstan-Uzbekistan "agreement", which so gathers one
// history entry per week. No article of CorpusArticles() reports these
// participants together, so these records merge with nothing else.
std::vector<Twins> TwinArticles(int weeks) {
  std::vector<Twins> twins;
  for (int week = 0; week < weeks; ++week) {
    const absl::CivilDay tuesday = absl::CivilDay(2024, 3, 5) + 7 * week;
    const std::string day = DateLine(tuesday);
    const std::string next_day = DateLine(tuesday + 1);
    const std::string on = DayMonthYear(tuesday);
    const std::string on_us = MonthDayYear(tuesday);
    twins.push_back(
        {day +
             "Kazakh President Kassym-Jomart Tokayev met Uzbek President "
             "Shavkat Mirziyoyev in Samarkand on " +
             on + ".\n",
         next_day +
             "Uzbek President Shavkat Mirziyoyev held talks with "
             "Kazakh President Kassym-Jomart Tokayev in Samarkand on " +
             on_us + ", his office said.\n"});
    twins.push_back(
        {day +
             "Kazakhstan and Uzbekistan signed an agreement on water "
             "sharing in Samarkand on " +
             on + ".\n",
         next_day +
             "Uzbekistan and Kazakhstan signed the agreement on water "
             "sharing on " +
             on_us + " in Samarkand.\n"});
    twins.push_back(
        {day +
             "Kazakh President Kassym-Jomart Tokayev spoke by phone with "
             "Kyrgyz President Sadyr Japarov on " +
             on + ".\n",
         next_day +
             "Kyrgyz President Sadyr Japarov and Kazakh President "
             "Kassym-Jomart Tokayev held a phone call on " +
             on_us + ", his office said.\n"});
  }
  return twins;
}

// Our own articles: the dev set and the examples.
std::vector<std::string> CorpusArticles() {
  std::vector<std::string> articles =
      testing::ReadArticleTexts("tests/data/dev");
  for (std::string& text : testing::ReadArticleTexts("examples/articles")) {
    articles.push_back(std::move(text));
  }
  return articles;
}

// Lets `count` threads pass only together, as often as they like.
class Barrier {
 public:
  explicit Barrier(int count) : count_(count) {}
  void Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    const int generation = generation_;
    if (++waiting_ == count_) {
      waiting_ = 0;
      ++generation_;
      released_.notify_all();
      return;
    }
    released_.wait(lock, [&] { return generation_ != generation; });
  }

 private:
  std::mutex mu_;
  std::condition_variable released_;
  const int count_;
  int waiting_ = 0;
  int generation_ = 0;
};

// IngestArticle; adds the article id to `ids` when it is given.
grpc::Status Ingest(v1::IngestService::Stub& stub, const std::string& text,
                    std::set<std::string>* ids = nullptr) {
  v1::IngestArticleRequest request;
  request.set_text(text);
  v1::IngestArticleResponse response;
  grpc::Status status = stub.IngestArticle(Context().get(), request, &response);
  if (status.ok() && ids != nullptr) ids->insert(response.article_id());
  return status;
}

std::vector<v1::Event> AllEvents(v1::QueryService::Stub& query) {
  std::vector<v1::Event> events;
  v1::ListEventsRequest request;
  request.set_page_size(1000);
  do {
    v1::ListEventsResponse response;
    grpc::Status status = query.ListEvents(Context().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    if (!status.ok()) break;
    events.insert(events.end(), response.events().begin(),
                  response.events().end());
    request.set_page_token(response.next_page_token());
  } while (!request.page_token().empty());
  return events;
}

std::vector<v1::Agreement> AllAgreements(v1::QueryService::Stub& query) {
  std::vector<v1::Agreement> agreements;
  v1::ListAgreementsRequest request;
  request.set_page_size(1000);
  do {
    v1::ListAgreementsResponse response;
    grpc::Status status =
        query.ListAgreements(Context().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    if (!status.ok()) break;
    agreements.insert(agreements.end(), response.agreements().begin(),
                      response.agreements().end());
    request.set_page_token(response.next_page_token());
  } while (!request.page_token().empty());
  return agreements;
}

std::string DateText(const v1::Date& date) {
  return absl::StrFormat("%04d-%02d-%02d", date.year(), date.month(),
                         date.day());
}

template <typename Sources>
std::vector<std::string> SourceArticles(const Sources& sources) {
  std::vector<std::string> ids;
  for (const v1::Source& source : sources) ids.push_back(source.article_id());
  std::sort(ids.begin(), ids.end());
  return ids;
}

// The stored events and agreements that cite only articles of `only`, in a
// form that does not depend on the order in which the reports arrived, one
// line per record, sorted. Left out or normalized, because they follow from
// that order alone:
//  - ids: a new event is named after the first article that reports it, an
//    agreement after the first name it is reported under. A record is
//    named here by the sorted ids of the articles it cites instead, and the
//    ids that records hold (event.agreement.id, agreement.event_ids) are
//    mapped to those names.
//  - the order of sources, aliases, event ids and of history entries; the
//    name of an agreement is kept together with its aliases as one set.
// Everything else is kept: type, status, date, place, participants,
// confidence, each source's evidence, agreement parties, status, history.
// `cited` holds every article id any event cites (all records counted).
struct Canonical {
  std::vector<std::string> events;
  std::vector<std::string> agreements;
  std::set<std::string> cited;
};

template <typename Sources>
bool CitesOnly(const Sources& sources, const std::set<std::string>& only) {
  for (const v1::Source& source : sources) {
    if (!only.count(source.article_id())) return false;
  }
  return true;
}

Canonical Canonicalize(const std::vector<v1::Event>& events,
                       const std::vector<v1::Agreement>& agreements,
                       const std::set<std::string>& only) {
  std::map<std::string, std::string> names;  // Record id -> canonical name.
  for (const v1::Event& event : events) {
    names[event.id()] = absl::StrJoin(SourceArticles(event.sources()), ",");
  }
  for (const v1::Agreement& agreement : agreements) {
    names[agreement.id()] =
        absl::StrJoin(SourceArticles(agreement.sources()), ",");
  }
  Canonical out;
  for (const v1::Event& event : events) {
    for (const v1::Source& source : event.sources()) {
      out.cited.insert(source.article_id());
    }
    if (!CitesOnly(event.sources(), only)) continue;
    std::vector<std::string> participants;
    for (const v1::ActorRef& actor : event.participants()) {
      participants.push_back(absl::StrCat(actor.id(), "/", actor.country()));
    }
    std::sort(participants.begin(), participants.end());
    std::vector<std::string> sources;
    for (const v1::Source& source : event.sources()) {
      std::vector<std::string> evidence;
      for (const v1::Evidence& e : source.evidence()) {
        evidence.push_back(
            absl::StrCat(e.begin(), "-", e.end(), ":", e.text()));
      }
      sources.push_back(absl::StrCat(source.article_id(), "[",
                                     absl::StrJoin(evidence, "|"), "]"));
    }
    std::sort(sources.begin(), sources.end());
    out.events.push_back(absl::StrCat(
        "event ", names[event.id()], " type=", event.type(),
        " status=", event.status(), " date=", DateText(event.date()), " place=",
        event.location().id(), " who=", absl::StrJoin(participants, ","),
        " confidence=", event.confidence(),
        " agreement=", names[event.agreement().id()], "/",
        event.agreement().status(), " sources=", absl::StrJoin(sources, " ")));
  }
  for (const v1::Agreement& agreement : agreements) {
    if (!CitesOnly(agreement.sources(), only)) continue;
    std::vector<std::string> known_as(agreement.aliases().begin(),
                                      agreement.aliases().end());
    known_as.push_back(agreement.name());
    std::sort(known_as.begin(), known_as.end());
    std::vector<std::string> history;
    for (const v1::AgreementStatusChange& change : agreement.history()) {
      history.push_back(absl::StrCat(DateText(change.date()), ":",
                                     change.status(), ":",
                                     change.article_id()));
    }
    std::sort(history.begin(), history.end());
    std::vector<std::string> event_names;
    for (const std::string& id : agreement.event_ids()) {
      event_names.push_back(names[id]);
    }
    std::sort(event_names.begin(), event_names.end());
    out.agreements.push_back(absl::StrCat(
        "agreement ", names[agreement.id()],
        " known_as=", absl::StrJoin(known_as, "|"), " parties=",
        absl::StrJoin(agreement.parties(), ","), " status=", agreement.status(),
        " history=", absl::StrJoin(history, ","),
        " events=", absl::StrJoin(event_names, " ")));
  }
  std::sort(out.events.begin(), out.events.end());
  std::sort(out.agreements.begin(), out.agreements.end());
  return out;
}

TEST(ConcurrencyTest, ConcurrentIngestAndQueriesEndAsSequentialIngest) {
  const std::vector<Twins> twins = TwinArticles(/*weeks=*/6);
  const std::vector<std::string> corpus = CorpusArticles();

  testing::TempDir concurrent_dir;
  absl::StatusOr<std::unique_ptr<testing::ServicePair>> concurrent =
      testing::ServicePair::Start(concurrent_dir.path());
  ASSERT_TRUE(concurrent.ok()) << concurrent.status();
  testing::ServicePair& pair = **concurrent;

  std::atomic<bool> ingesting{true};
  std::atomic<int> queries{0};
  std::vector<std::thread> threads;

  // Two clients send each pair of twins at the same instant.
  Barrier both(2);
  for (int side = 0; side < 2; ++side) {
    threads.emplace_back([&, side] {
      std::unique_ptr<v1::IngestService::Stub> stub =
          v1::IngestService::NewStub(pair.ingest().NewChannel());
      for (const Twins& twin : twins) {
        both.Wait();
        grpc::Status status =
            Ingest(*stub, side == 0 ? twin.first : twin.second);
        EXPECT_TRUE(status.ok()) << status.error_message();
      }
    });
  }
  // Two clients stream half of the corpus each (IngestArticles).
  for (int half = 0; half < 2; ++half) {
    threads.emplace_back([&, half] {
      std::unique_ptr<v1::IngestService::Stub> stub =
          v1::IngestService::NewStub(pair.ingest().NewChannel());
      v1::IngestArticlesResponse response;
      auto context = Context();
      auto writer = stub->IngestArticles(context.get(), &response);
      int sent = 0;
      for (size_t i = half; i < corpus.size(); i += 2) {
        v1::IngestArticleRequest request;
        request.set_text(corpus[i]);
        ASSERT_TRUE(writer->Write(request));
        ++sent;
      }
      writer->WritesDone();
      grpc::Status status = writer->Finish();
      ASSERT_TRUE(status.ok()) << status.error_message();
      EXPECT_EQ(response.received(), sent);
      EXPECT_EQ(response.failures_size(), 0);
    });
  }
  const int ingest_threads = static_cast<int>(threads.size());
  // Three clients query all the while.
  std::vector<std::thread> readers;
  for (int kind = 0; kind < 3; ++kind) {
    readers.emplace_back([&, kind] {
      std::unique_ptr<v1::QueryService::Stub> stub =
          v1::QueryService::NewStub(pair.query().NewChannel());
      while (ingesting) {
        grpc::Status status;
        if (kind == 0) {
          v1::ListMeetingsRequest request;
          request.set_actor_a("vladimir-putin");
          request.set_actor_b("iran");
          request.set_include_calls(true);
          v1::ListMeetingsResponse response;
          status = stub->ListMeetings(Context().get(), request, &response);
        } else if (kind == 1) {
          v1::ListEventsRequest request;
          request.set_actor("russia");
          v1::ListEventsResponse response;
          status = stub->ListEvents(Context().get(), request, &response);
        } else {
          v1::ListAgreementsRequest request;
          v1::ListAgreementsResponse response;
          status = stub->ListAgreements(Context().get(), request, &response);
        }
        EXPECT_TRUE(status.ok()) << status.error_message();
        ++queries;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  ingesting = false;
  for (std::thread& thread : readers) thread.join();

  const std::vector<v1::Event> got_events = AllEvents(pair.query_stub());
  const std::vector<v1::Agreement> got_agreements =
      AllAgreements(pair.query_stub());
  const std::vector<std::string> problems =
      testing::ConsistencyProblems(pair.ingest_stub());
  EXPECT_TRUE(problems.empty())
      << problems.size()
      << " problems, first: " << (problems.empty() ? "" : problems[0]);
  // Each pair of twins is one event citing both.
  for (const Twins& twin : twins) {
    v1::IngestArticleRequest request;
    request.set_text(twin.first);
    v1::IngestArticleResponse first;
    ASSERT_TRUE(pair.ingest_stub()
                    .IngestArticle(Context().get(), request, &first)
                    .ok());
    request.set_text(twin.second);
    v1::IngestArticleResponse second;
    ASSERT_TRUE(pair.ingest_stub()
                    .IngestArticle(Context().get(), request, &second)
                    .ok());
    EXPECT_TRUE(first.duplicate() && second.duplicate());
    ASSERT_EQ(first.events_size(), 1) << twin.first;
    ASSERT_EQ(second.events_size(), 1) << twin.second;
    EXPECT_EQ(first.events(0).id(), second.events(0).id())
        << "the same happening became two events:\n"
        << twin.first << twin.second;
    EXPECT_EQ(first.events(0).sources_size(), 2) << twin.first;
  }
  ASSERT_TRUE(pair.Stop().ok());

  // The same articles, one after another, into a fresh database.
  testing::TempDir sequential_dir;
  absl::StatusOr<std::unique_ptr<testing::ServicePair>> sequential =
      testing::ServicePair::Start(sequential_dir.path());
  ASSERT_TRUE(sequential.ok()) << sequential.status();
  std::set<std::string> twin_ids;
  for (const Twins& twin : twins) {
    ASSERT_TRUE(
        Ingest((*sequential)->ingest_stub(), twin.first, &twin_ids).ok());
    ASSERT_TRUE(
        Ingest((*sequential)->ingest_stub(), twin.second, &twin_ids).ok());
  }
  ASSERT_EQ(twin_ids.size(), 2 * twins.size());
  for (const std::string& text : corpus) {
    ASSERT_TRUE(Ingest((*sequential)->ingest_stub(), text).ok());
  }
  const std::vector<v1::Event> want_events =
      AllEvents((*sequential)->query_stub());
  const std::vector<v1::Agreement> want_agreements =
      AllAgreements((*sequential)->query_stub());
  ASSERT_TRUE((*sequential)->Stop().ok());

  // The twins' records must be the same. The corpus's records are only
  // checked to cite the same articles: how its several reports of one
  // treaty or summit group depends on their order even when they arrive
  // one at a time (an agreement takes each new name as an alias, which
  // widens what later reports match; a date is refined as reports come, and
  // two reports that agree with a coarse date need not agree with each
  // other), so no single sequential order is the reference for them.
  const Canonical got = Canonicalize(got_events, got_agreements, twin_ids);
  const Canonical want = Canonicalize(want_events, want_agreements, twin_ids);
  EXPECT_EQ(got.events, want.events);
  EXPECT_EQ(got.agreements, want.agreements);
  EXPECT_EQ(got.events.size(), twins.size());
  EXPECT_EQ(got.agreements.size(), 1u);
  EXPECT_EQ(got.cited, want.cited);
  const bool same = got.events == want.events &&
                    got.agreements == want.agreements &&
                    got.cited == want.cited;
  std::printf(
      "concurrency test: %zu articles from %d ingest threads (%zu pairs of "
      "reports of one happening sent at the same instant), %d queries from "
      "%zu threads meanwhile; the pairs' %zu events and %zu agreement equal "
      "a sequential ingest's: %s; %zu events, %zu agreements, %zu articles "
      "cited in all\n",
      2 * twins.size() + corpus.size(), ingest_threads, twins.size(),
      queries.load(), readers.size(), got.events.size(), got.agreements.size(),
      same ? "yes" : "no", got_events.size(), got_agreements.size(),
      got.cited.size());
}

}  // namespace
}  // namespace parley
