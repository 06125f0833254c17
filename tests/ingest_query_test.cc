// End to end through the two real server binaries: articles go in through
// the ingest service, answers come out of the query service, which follows
// the database as a RocksDB secondary.
#include <set>
#include <string>
#include <vector>

#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "parley/v1/ingest_service.grpc.pb.h"
#include "parley/v1/query_service.grpc.pb.h"
#include "tests/testing/articles.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace {

using google::protobuf::util::MessageDifferencer;
using testing::Context;

class IngestQueryTest : public ::testing::Test {
 protected:
  // The query service catches up on its timer only once an hour, so every
  // fresh answer below comes from the catch-up each request makes.
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<testing::ServicePair>> services =
        testing::ServicePair::Start(dir_.path(), {},
                                    {"--catch_up_interval=1h"});
    ASSERT_TRUE(services.ok()) << services.status();
    services_ = *std::move(services);
  }

  void TearDown() override {
    if (services_ != nullptr) {
      EXPECT_TRUE(services_->Stop().ok());
    }
  }

  v1::IngestArticleResponse Ingest(const std::string& text) {
    v1::IngestArticleRequest request;
    request.set_text(text);
    v1::IngestArticleResponse response;
    grpc::Status status = services_->ingest_stub().IngestArticle(
        Context().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return response;
  }

  grpc::Status Meetings(v1::ListMeetingsRequest request,
                        v1::ListMeetingsResponse* response) {
    return services_->query_stub().ListMeetings(Context().get(), request,
                                                response);
  }

  // Every event of the meetings between `a` and `b` (calls included).
  std::vector<v1::Event> AllMeetings(const std::string& a,
                                     const std::string& b) {
    v1::ListMeetingsRequest request;
    request.set_actor_a(a);
    request.set_actor_b(b);
    request.set_include_calls(true);
    request.set_page_size(1000);
    v1::ListMeetingsResponse response;
    grpc::Status status = Meetings(request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    EXPECT_EQ(response.next_page_token(), "");
    return {response.events().begin(), response.events().end()};
  }

  testing::TempDir dir_;
  std::unique_ptr<testing::ServicePair> services_;
};

std::set<std::string> ParticipantIds(const v1::Event& event) {
  std::set<std::string> ids;
  for (const v1::ActorRef& actor : event.participants()) ids.insert(actor.id());
  return ids;
}

const std::set<std::string> kPutinAndPezeshkian = {"masoud-pezeshkian",
                                                   "vladimir-putin"};

TEST_F(IngestQueryTest, AQueryAfterIngestReturnsSeesTheArticlesEvents) {
  EXPECT_TRUE(AllMeetings("vladimir-putin", "masoud-pezeshkian").empty());
  for (const char* article : {testing::kAshgabatMeeting, testing::kKazanMeeting,
                              testing::kMoscowMeeting}) {
    v1::IngestArticleResponse ingested = Ingest(article);
    ASSERT_FALSE(ingested.duplicate());
    std::string meeting_id;
    for (const v1::Event& event : ingested.events()) {
      if (event.type() == v1::EVENT_TYPE_MEETING &&
          ParticipantIds(event) == kPutinAndPezeshkian) {
        meeting_id = event.id();
      }
    }
    ASSERT_NE(meeting_id, "")
        << "no Putin-Pezeshkian meeting in " << ingested.DebugString();

    // Right away, by name, through the secondary.
    std::vector<v1::Event> meetings = AllMeetings("Putin", "Pezeshkian");
    bool found = false;
    for (const v1::Event& event : meetings) found |= event.id() == meeting_id;
    EXPECT_TRUE(found) << "meeting " << meeting_id << " not visible yet";

    v1::GetEventRequest get;
    get.set_id(meeting_id);
    v1::Event event;
    ASSERT_TRUE(
        services_->query_stub().GetEvent(Context().get(), get, &event).ok());
    EXPECT_EQ(ParticipantIds(event), kPutinAndPezeshkian);
    ASSERT_EQ(event.sources_size(), 1);
    EXPECT_EQ(event.sources(0).article_id(), ingested.article_id());
    EXPECT_GT(event.sources(0).evidence_size(), 0);
  }
  EXPECT_EQ(AllMeetings("vladimir-putin", "masoud-pezeshkian").size(), 3u);
}

TEST_F(IngestQueryTest, GetArticleReturnsTheStoredArticle) {
  v1::IngestArticleResponse ingested = Ingest(testing::kKazanMeeting);
  v1::GetArticleRequest request;
  request.set_article_id(ingested.article_id());
  v1::Article article;
  grpc::Status status =
      services_->ingest_stub().GetArticle(Context().get(), request, &article);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(article.id(), ingested.article_id());
  EXPECT_NE(article.text().find("Kazan"), std::string::npos);
  EXPECT_EQ(article.published().year(), 2024);
  EXPECT_EQ(article.event_ids_size(), ingested.events_size());
}

TEST_F(IngestQueryTest, IngestingTheSameArticleTwiceChangesNothing) {
  v1::IngestArticleResponse first = Ingest(testing::kAshgabatMeeting);
  Ingest(testing::kPhoneCall);
  std::vector<v1::Event> before = AllMeetings("Putin", "Pezeshkian");
  ASSERT_EQ(before.size(), 2u);
  v1::ListEventsResponse events_before;
  ASSERT_TRUE(
      services_->query_stub()
          .ListEvents(Context().get(), v1::ListEventsRequest(), &events_before)
          .ok());

  v1::IngestArticleResponse second = Ingest(testing::kAshgabatMeeting);
  EXPECT_TRUE(second.duplicate());
  EXPECT_FALSE(first.duplicate());
  EXPECT_EQ(second.article_id(), first.article_id());

  std::vector<v1::Event> after = AllMeetings("Putin", "Pezeshkian");
  ASSERT_EQ(after.size(), before.size());
  for (size_t i = 0; i < after.size(); ++i) {
    EXPECT_TRUE(MessageDifferencer::Equals(after[i], before[i]))
        << after[i].DebugString() << "\nvs\n"
        << before[i].DebugString();
  }
  v1::ListEventsResponse events_after;
  ASSERT_TRUE(
      services_->query_stub()
          .ListEvents(Context().get(), v1::ListEventsRequest(), &events_after)
          .ok());
  EXPECT_TRUE(MessageDifferencer::Equals(events_after, events_before));
}

TEST_F(IngestQueryTest, TwoArticlesReportingOneMeetingMakeOneEvent) {
  v1::IngestArticleResponse first = Ingest(testing::kAshgabatMeeting);
  v1::IngestArticleResponse second = Ingest(testing::kAshgabatMeetingFollowUp);
  ASSERT_NE(first.article_id(), second.article_id());

  v1::ListMeetingsRequest request;
  request.set_actor_a("vladimir-putin");
  request.set_actor_b("masoud-pezeshkian");
  request.mutable_start_date()->set_year(2024);
  request.mutable_start_date()->set_month(10);
  request.mutable_start_date()->set_day(1);
  request.mutable_end_date()->set_year(2024);
  request.mutable_end_date()->set_month(10);
  request.mutable_end_date()->set_day(31);
  v1::ListMeetingsResponse response;
  ASSERT_TRUE(Meetings(request, &response).ok());
  ASSERT_EQ(response.events_size(), 1) << response.DebugString();
  const v1::Event& meeting = response.events(0);
  EXPECT_EQ(meeting.date().year(), 2024);
  EXPECT_EQ(meeting.date().month(), 10);
  EXPECT_EQ(meeting.date().day(), 11);
  ASSERT_EQ(meeting.sources_size(), 2);
  EXPECT_EQ(meeting.sources(0).article_id(), first.article_id());
  EXPECT_EQ(meeting.sources(1).article_id(), second.article_id());
}

TEST_F(IngestQueryTest, ACountryMatchesTheMeetingsOfItsOfficials) {
  Ingest(testing::kAshgabatMeeting);
  std::vector<v1::Event> by_country = AllMeetings("Iran", "russia");
  ASSERT_EQ(by_country.size(), 1u);
  EXPECT_EQ(ParticipantIds(by_country[0]), kPutinAndPezeshkian);
}

TEST_F(IngestQueryTest, AnAgreementKeepsItsHistoryAcrossArticles) {
  v1::IngestArticleResponse first = Ingest(testing::kAgreementNegotiating);
  v1::IngestArticleResponse second = Ingest(testing::kAgreementSigned);

  v1::ListAgreementsRequest request;
  request.set_status(v1::AGREEMENT_STATUS_SIGNED);
  request.set_party("Iran");
  v1::ListAgreementsResponse signed_agreements;
  ASSERT_TRUE(services_->query_stub()
                  .ListAgreements(Context().get(), request, &signed_agreements)
                  .ok());
  ASSERT_EQ(signed_agreements.agreements_size(), 1)
      << signed_agreements.DebugString();
  const v1::Agreement& listed = signed_agreements.agreements(0);

  request.set_status(v1::AGREEMENT_STATUS_NEGOTIATING);
  v1::ListAgreementsResponse negotiating;
  ASSERT_TRUE(services_->query_stub()
                  .ListAgreements(Context().get(), request, &negotiating)
                  .ok());
  EXPECT_EQ(negotiating.agreements_size(), 0);  // No longer its status.

  v1::GetAgreementRequest get;
  get.set_id(listed.id());
  v1::Agreement agreement;
  ASSERT_TRUE(services_->query_stub()
                  .GetAgreement(Context().get(), get, &agreement)
                  .ok());
  EXPECT_EQ(agreement.status(), v1::AGREEMENT_STATUS_SIGNED);
  ASSERT_EQ(agreement.history_size(), 2);
  EXPECT_EQ(agreement.history(0).status(), v1::AGREEMENT_STATUS_NEGOTIATING);
  EXPECT_EQ(agreement.history(0).article_id(), first.article_id());
  EXPECT_EQ(agreement.history(1).status(), v1::AGREEMENT_STATUS_SIGNED);
  EXPECT_EQ(agreement.history(1).article_id(), second.article_id());
  EXPECT_EQ(agreement.sources_size(), 2);
}

// Walks a list page by page and returns the ids in order, failing the test
// when a page holds more than `page_size` items.
template <typename Request, typename Response, typename Call, typename Items>
std::vector<std::string> WalkPages(Request request, int page_size, Call call,
                                   Items items) {
  std::vector<std::string> ids;
  request.set_page_size(page_size);
  for (int pages = 0; pages < 100; ++pages) {
    Response response;
    grpc::Status status = call(request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    if (!status.ok()) break;
    EXPECT_LE(items(response).size(), page_size);
    for (const auto& item : items(response)) ids.push_back(item.id());
    if (response.next_page_token().empty()) break;
    request.set_page_token(response.next_page_token());
  }
  return ids;
}

TEST_F(IngestQueryTest, PagesWalkEveryItemOnce) {
  for (const char* article : {testing::kAshgabatMeeting, testing::kKazanMeeting,
                              testing::kMoscowMeeting, testing::kPhoneCall}) {
    Ingest(article);
  }
  v1::ListMeetingsRequest meetings;
  meetings.set_actor_a("vladimir-putin");
  meetings.set_actor_b("masoud-pezeshkian");
  meetings.set_include_calls(true);
  auto list_meetings = [this](const v1::ListMeetingsRequest& request,
                              v1::ListMeetingsResponse* response) {
    return Meetings(request, response);
  };
  auto meeting_items =
      [](const v1::ListMeetingsResponse& response) -> const auto& {
    return response.events();
  };
  const std::vector<std::string> all_meetings =
      WalkPages<v1::ListMeetingsRequest, v1::ListMeetingsResponse>(
          meetings, 1000, list_meetings, meeting_items);
  EXPECT_EQ(all_meetings.size(), 4u);

  v1::ListEventsRequest events;
  events.set_actor("Putin");
  auto list_events = [this](const v1::ListEventsRequest& request,
                            v1::ListEventsResponse* response) {
    return services_->query_stub().ListEvents(Context().get(), request,
                                              response);
  };
  auto event_items = [](const v1::ListEventsResponse& response) -> const auto& {
    return response.events();
  };
  const std::vector<std::string> all_events =
      WalkPages<v1::ListEventsRequest, v1::ListEventsResponse>(
          events, 1000, list_events, event_items);
  EXPECT_GE(all_events.size(), 4u);

  for (int page_size : {1, 2}) {
    EXPECT_EQ((WalkPages<v1::ListMeetingsRequest, v1::ListMeetingsResponse>(
                  meetings, page_size, list_meetings, meeting_items)),
              all_meetings)
        << "page size " << page_size;
    EXPECT_EQ((WalkPages<v1::ListEventsRequest, v1::ListEventsResponse>(
                  events, page_size, list_events, event_items)),
              all_events)
        << "page size " << page_size;
  }
}

TEST_F(IngestQueryTest, ForgedTruncatedAndReusedPageTokensAreRejected) {
  for (const char* article : {testing::kAshgabatMeeting, testing::kKazanMeeting,
                              testing::kPhoneCall}) {
    Ingest(article);
  }
  v1::ListMeetingsRequest request;
  request.set_actor_a("vladimir-putin");
  request.set_actor_b("masoud-pezeshkian");
  request.set_include_calls(true);
  request.set_page_size(1);
  v1::ListMeetingsResponse first;
  ASSERT_TRUE(Meetings(request, &first).ok());
  const std::string token = first.next_page_token();
  ASSERT_FALSE(token.empty());

  for (const std::string& bad :
       {std::string("not-a-token"), token.substr(0, token.size() / 2),
        token + "x"}) {
    v1::ListMeetingsRequest forged = request;
    forged.set_page_token(bad);
    v1::ListMeetingsResponse response;
    EXPECT_EQ(Meetings(forged, &response).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT)
        << bad;
  }
  v1::ListMeetingsRequest other_filters = request;
  other_filters.set_page_token(token);
  other_filters.set_include_calls(false);
  v1::ListMeetingsResponse response;
  EXPECT_EQ(Meetings(other_filters, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);

  v1::ListEventsRequest events;
  events.set_page_token(token);  // Issued by ListMeetings.
  v1::ListEventsResponse events_response;
  EXPECT_EQ(services_->query_stub()
                .ListEvents(Context().get(), events, &events_response)
                .error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

}  // namespace
}  // namespace parley
