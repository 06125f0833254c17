// The query service binary under bad input, and its actor resolution: ids,
// names, ambiguous names and names that match nothing.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "parley/v1/query_service.grpc.pb.h"
#include "tests/testing/articles.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace {

using testing::Context;

class QueryServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string kb =
        dir_.WriteFile("zelenov.textproto", testing::kZelenovKnowledgeBase);
    absl::StatusOr<std::unique_ptr<testing::ServicePair>> services =
        testing::ServicePair::Start(dir_.path(), {"--kb=" + kb});
    ASSERT_TRUE(services.ok()) << services.status();
    services_ = *std::move(services);
    v1::IngestArticleRequest request;
    request.set_text(testing::kKazanMeeting);
    v1::IngestArticleResponse response;
    grpc::Status status = services_->ingest_stub().IngestArticle(
        Context().get(), request, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
  }

  void TearDown() override {
    if (services_ != nullptr) {
      EXPECT_TRUE(services_->Stop().ok());
    }
  }

  v1::QueryService::Stub& stub() { return services_->query_stub(); }

  testing::TempDir dir_;
  std::unique_ptr<testing::ServicePair> services_;
};

v1::Date MakeDate(int year, int month, int day) {
  v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

v1::ListMeetingsRequest Meetings(const std::string& a, const std::string& b) {
  v1::ListMeetingsRequest request;
  request.set_actor_a(a);
  request.set_actor_b(b);
  return request;
}

struct BadQuery {
  std::string name;
  std::function<grpc::Status()> call;
  grpc::StatusCode code;
  std::vector<std::string> message_parts;  // The message must say these.
};

TEST_F(QueryServiceTest, BadQueriesGetAClearStatus) {
  auto meetings = [this](v1::ListMeetingsRequest request) {
    return [this, request] {
      v1::ListMeetingsResponse response;
      return stub().ListMeetings(Context().get(), request, &response);
    };
  };
  auto events = [this](v1::ListEventsRequest request) {
    return [this, request] {
      v1::ListEventsResponse response;
      return stub().ListEvents(Context().get(), request, &response);
    };
  };
  auto agreements = [this](v1::ListAgreementsRequest request) {
    return [this, request] {
      v1::ListAgreementsResponse response;
      return stub().ListAgreements(Context().get(), request, &response);
    };
  };
  auto actors = [this](v1::ListActorsRequest request) {
    return [this, request] {
      v1::ListActorsResponse response;
      return stub().ListActors(Context().get(), request, &response);
    };
  };
  auto resolve = [this](v1::ResolveActorRequest request) {
    return [this, request] {
      v1::ResolveActorResponse response;
      return stub().ResolveActor(Context().get(), request, &response);
    };
  };

  v1::ListMeetingsRequest bad_month = Meetings("Putin", "Pezeshkian");
  *bad_month.mutable_start_date() = MakeDate(2024, 13, 0);
  v1::ListMeetingsRequest reversed = Meetings("Putin", "Pezeshkian");
  *reversed.mutable_start_date() = MakeDate(2025, 1, 0);
  *reversed.mutable_end_date() = MakeDate(2024, 12, 31);
  v1::ListMeetingsRequest negative = Meetings("Putin", "Pezeshkian");
  negative.set_page_size(-1);
  v1::ListEventsRequest unknown_type;
  unknown_type.set_type(static_cast<v1::EventType>(99));
  v1::ListEventsRequest unknown_status;
  unknown_status.set_status(static_cast<v1::EventStatus>(42));
  v1::ListEventsRequest unknown_actor;
  unknown_actor.set_actor("Nobody Atall");
  v1::ListEventsRequest leap_day;
  *leap_day.mutable_end_date() = MakeDate(2023, 2, 29);
  v1::ListAgreementsRequest unknown_agreement_status;
  unknown_agreement_status.set_status(static_cast<v1::AgreementStatus>(99));
  v1::ListAgreementsRequest unknown_party;
  unknown_party.set_party("Atlantis");
  v1::ListActorsRequest unknown_kind;
  unknown_kind.set_kind(static_cast<v1::ActorKind>(9));
  v1::ListActorsRequest forged_token;
  forged_token.set_page_token("bm90IGEgdG9rZW4");
  v1::ResolveActorRequest empty_name;
  v1::ResolveActorRequest bad_date;
  bad_date.set_name("Putin");
  *bad_date.mutable_date() = MakeDate(2024, 4, 31);

  const std::vector<BadQuery> cases = {
      {"missing actor",
       meetings(Meetings("", "Putin")),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"actor_a is empty"}},
      {"unknown actor",
       meetings(Meetings("Putin", "Nobody Atall")),
       grpc::StatusCode::NOT_FOUND,
       {"no actor matches 'Nobody Atall'", "ResolveActor"}},
      {"ambiguous actor",
       meetings(Meetings("Zelenov", "Putin")),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"'Zelenov' matches", "arkady-zelenov", "boris-zelenov", "pass an id"}},
      {"the same actor twice",
       meetings(Meetings("Putin", "vladimir-putin")),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"two different actors"}},
      {"month 13",
       meetings(bad_month),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"start_date"}},
      {"start after end",
       meetings(reversed),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"is after end_date"}},
      {"negative page size",
       meetings(negative),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"page_size"}},
      {"forged page token",
       meetings([] {
         v1::ListMeetingsRequest r = Meetings("Putin", "Pezeshkian");
         r.set_page_token("AAAA");
         return r;
       }()),
       grpc::StatusCode::INVALID_ARGUMENT,
       {}},
      {"unknown event type",
       events(unknown_type),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"type 99"}},
      {"unknown event status",
       events(unknown_status),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"status 42"}},
      {"unknown actor in events",
       events(unknown_actor),
       grpc::StatusCode::NOT_FOUND,
       {"Nobody Atall"}},
      {"February 29 of 2023",
       events(leap_day),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"end_date"}},
      {"unknown agreement status",
       agreements(unknown_agreement_status),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"status 99"}},
      {"unknown party",
       agreements(unknown_party),
       grpc::StatusCode::NOT_FOUND,
       {"Atlantis"}},
      {"unknown actor kind",
       actors(unknown_kind),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"kind 9"}},
      {"forged actors token",
       actors(forged_token),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"page_token"}},
      {"empty name",
       resolve(empty_name),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"name is empty"}},
      {"April 31",
       resolve(bad_date),
       grpc::StatusCode::INVALID_ARGUMENT,
       {"date"}},
      {"empty event id",
       [this] {
         v1::Event event;
         return stub().GetEvent(Context().get(), v1::GetEventRequest(), &event);
       },
       grpc::StatusCode::INVALID_ARGUMENT,
       {"id is empty"}},
      {"unknown event id",
       [this] {
         v1::GetEventRequest request;
         request.set_id("ev-0000000000000000");
         v1::Event event;
         return stub().GetEvent(Context().get(), request, &event);
       },
       grpc::StatusCode::NOT_FOUND,
       {}},
      {"unknown agreement id",
       [this] {
         v1::GetAgreementRequest request;
         request.set_id("no-such-agreement");
         v1::Agreement agreement;
         return stub().GetAgreement(Context().get(), request, &agreement);
       },
       grpc::StatusCode::NOT_FOUND,
       {}},
  };
  for (const BadQuery& bad : cases) {
    grpc::Status status = bad.call();
    EXPECT_EQ(status.error_code(), bad.code)
        << bad.name << ": " << status.error_message();
    for (const std::string& part : bad.message_parts) {
      EXPECT_NE(status.error_message().find(part), std::string::npos)
          << bad.name << ": '" << status.error_message() << "' lacks '" << part
          << "'";
    }
  }
}

TEST_F(QueryServiceTest, AHugePageSizeIsCapped) {
  v1::ListEventsRequest request;
  request.set_page_size(1 << 30);
  v1::ListEventsResponse response;
  grpc::Status status = stub().ListEvents(Context().get(), request, &response);
  EXPECT_TRUE(status.ok()) << status.error_message();
  EXPECT_GT(response.events_size(), 0);
}

TEST_F(QueryServiceTest, ResolveActorListsEveryCandidate) {
  v1::ResolveActorRequest request;
  request.set_name("Zelenov");
  v1::ResolveActorResponse response;
  ASSERT_TRUE(stub().ResolveActor(Context().get(), request, &response).ok());
  std::vector<std::string> ids;
  for (const v1::Actor& actor : response.actors()) ids.push_back(actor.id());
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"arkady-zelenov", "boris-zelenov"}));

  request.set_name("Putin");
  ASSERT_TRUE(stub().ResolveActor(Context().get(), request, &response).ok());
  ASSERT_GT(response.actors_size(), 0);
  EXPECT_EQ(response.actors(0).id(), "vladimir-putin");

  request.set_name("Nobody Atall");
  ASSERT_TRUE(stub().ResolveActor(Context().get(), request, &response).ok());
  EXPECT_EQ(response.actors_size(), 0);
}

TEST_F(QueryServiceTest, AnExactIdWinsOverNames) {
  v1::ListEventsRequest request;
  request.set_actor("arkady-zelenov");
  v1::ListEventsResponse response;
  grpc::Status status = stub().ListEvents(Context().get(), request, &response);
  EXPECT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.events_size(), 0);
}

TEST_F(QueryServiceTest, ListActorsPagesThroughEveryActorOfAKind) {
  v1::ListActorsRequest request;
  request.set_kind(v1::ACTOR_KIND_PERSON);
  // The largest pages (the knowledge base holds more than one page of
  // persons), then pages of 37 must walk the same actors in the same order.
  request.set_page_size(1000);
  std::vector<std::string> expected;
  for (int pages = 0; pages < 100; ++pages) {
    v1::ListActorsResponse large;
    ASSERT_TRUE(stub().ListActors(Context().get(), request, &large).ok());
    EXPECT_LE(large.actors_size(), 1000);
    for (const v1::Actor& actor : large.actors()) {
      EXPECT_EQ(actor.kind(), v1::ACTOR_KIND_PERSON) << actor.id();
      expected.push_back(actor.id());
    }
    if (large.next_page_token().empty()) break;
    request.set_page_token(large.next_page_token());
  }
  EXPECT_GT(expected.size(), 1000u);
  EXPECT_TRUE(std::is_sorted(expected.begin(), expected.end()));
  EXPECT_NE(std::find(expected.begin(), expected.end(), "boris-zelenov"),
            expected.end());
  EXPECT_NE(std::find(expected.begin(), expected.end(), "vladimir-putin"),
            expected.end());

  std::vector<std::string> walked;
  request.set_page_size(37);
  std::string token;
  for (int pages = 0; pages < 1000; ++pages) {
    request.set_page_token(token);
    v1::ListActorsResponse page;
    ASSERT_TRUE(stub().ListActors(Context().get(), request, &page).ok());
    EXPECT_LE(page.actors_size(), 37);
    for (const v1::Actor& actor : page.actors()) walked.push_back(actor.id());
    token = page.next_page_token();
    if (token.empty()) break;
    if (pages == 0) {
      // A token is tied to the kind it was issued for.
      v1::ListActorsRequest other = request;
      other.set_kind(v1::ACTOR_KIND_COUNTRY);
      other.set_page_token(token);
      v1::ListActorsResponse rejected;
      EXPECT_EQ(
          stub().ListActors(Context().get(), other, &rejected).error_code(),
          grpc::StatusCode::INVALID_ARGUMENT);
    }
  }
  EXPECT_EQ(walked, expected);
}

}  // namespace
}  // namespace parley
