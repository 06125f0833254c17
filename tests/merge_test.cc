#include "common/store/merge.h"

#include <string>
#include <vector>

#include "common/util/date.h"
#include "gtest/gtest.h"

namespace parley {
namespace {

v1::Location Place(const std::string& id, const std::string& country) {
  v1::Location location;
  location.set_id(id);
  location.set_country(country);
  return location;
}

v1::Event Meeting(const v1::Date& date, const std::vector<std::string>& ids,
                  const std::string& article) {
  v1::Event event;
  event.set_type(v1::EVENT_TYPE_MEETING);
  event.set_status(v1::EVENT_STATUS_OCCURRED);
  *event.mutable_date() = date;
  for (const std::string& id : ids) event.add_participants()->set_id(id);
  event.add_sources()->set_article_id(article);
  event.set_confidence(0.5f);
  return event;
}

v1::Event AgreementEvent(const std::string& name, v1::AgreementStatus status,
                         const v1::Date& date, const std::string& article) {
  v1::Event event;
  event.set_type(v1::EVENT_TYPE_AGREEMENT);
  *event.mutable_date() = date;
  event.mutable_agreement()->set_name(name);
  event.mutable_agreement()->set_status(status);
  event.mutable_agreement()->add_parties("russia");
  event.mutable_agreement()->add_parties("iran");
  event.add_sources()->set_article_id(article);
  return event;
}

const std::vector<std::string> kPutinRaisi = {"vladimir-putin",
                                              "ebrahim-raisi"};

TEST(MergeTest, SameHappeningAcrossArticles) {
  const v1::Event stored = Meeting(MakeDate(2022, 7, 0), kPutinRaisi, "a1");
  // Participants in another order, a finer date.
  v1::Event incoming =
      Meeting(MakeDate(2022, 7, 19), {"ebrahim-raisi", "vladimir-putin"}, "a2");
  EXPECT_TRUE(SameHappening(stored, incoming));
  // Unknown dates agree with every date.
  EXPECT_TRUE(
      SameHappening(stored, Meeting(MakeDate(0, 0, 0), kPutinRaisi, "a2")));
}

TEST(MergeTest, DifferentHappeningsStayApart) {
  const v1::Event stored = Meeting(MakeDate(2022, 7, 19), kPutinRaisi, "a1");

  v1::Event planned = Meeting(MakeDate(2022, 7, 19), kPutinRaisi, "a2");
  planned.set_status(v1::EVENT_STATUS_PLANNED);
  EXPECT_FALSE(SameHappening(stored, planned));

  v1::Event call = Meeting(MakeDate(2022, 7, 19), kPutinRaisi, "a2");
  call.set_type(v1::EVENT_TYPE_CALL);
  EXPECT_FALSE(SameHappening(stored, call));

  EXPECT_FALSE(SameHappening(
      stored,
      Meeting(MakeDate(2022, 7, 19),
              {"vladimir-putin", "ebrahim-raisi", "recep-erdogan"}, "a2")));
  EXPECT_FALSE(SameHappening(
      stored, Meeting(MakeDate(2022, 7, 19), {"vladimir-putin"}, "a2")));
  EXPECT_FALSE(
      SameHappening(stored, Meeting(MakeDate(2022, 1, 19), kPutinRaisi, "a2")));
  EXPECT_FALSE(
      SameHappening(stored, Meeting(MakeDate(2022, 7, 20), kPutinRaisi, "a2")));
  EXPECT_FALSE(
      SameHappening(stored, Meeting(MakeDate(2023, 0, 0), kPutinRaisi, "a2")));

  v1::Event in_tehran = stored;
  *in_tehran.mutable_location() = Place("tehran", "iran");
  v1::Event in_moscow = stored;
  *in_moscow.mutable_location() = Place("moscow", "russia");
  EXPECT_FALSE(SameHappening(in_tehran, in_moscow));
}

TEST(MergeTest, CountryAndPlaceInItAreCompatible) {
  EXPECT_TRUE(
      LocationsCompatible(Place("iran", "iran"), Place("tehran", "iran")));
  EXPECT_TRUE(
      LocationsCompatible(Place("tehran", "iran"), Place("iran", "iran")));
  EXPECT_TRUE(LocationsCompatible(Place("", ""), Place("tehran", "iran")));
  EXPECT_TRUE(
      LocationsCompatible(Place("tehran", "iran"), Place("tehran", "iran")));
  EXPECT_FALSE(
      LocationsCompatible(Place("russia", "russia"), Place("tehran", "iran")));
  EXPECT_FALSE(
      LocationsCompatible(Place("tehran", "iran"), Place("moscow", "russia")));
  // Two cities of the same country are different places.
  EXPECT_FALSE(
      LocationsCompatible(Place("moscow", "russia"), Place("kazan", "russia")));
}

TEST(MergeTest, MergeAppendsSourceRefinesDateFillsFields) {
  v1::Event stored = Meeting(MakeDate(2022, 7, 0), kPutinRaisi, "a1");
  *stored.mutable_location() = Place("iran", "iran");
  v1::Event incoming = Meeting(MakeDate(2022, 7, 19), kPutinRaisi, "a2");
  *incoming.mutable_location() = Place("tehran", "iran");
  incoming.set_confidence(0.9f);
  incoming.mutable_participants(0)->set_role("president");
  incoming.mutable_participants(0)->set_country("russia");
  ASSERT_TRUE(SameHappening(stored, incoming));

  MergeEvent(incoming, &stored);
  ASSERT_EQ(stored.sources_size(), 2);
  EXPECT_EQ(stored.sources(0).article_id(), "a1");
  EXPECT_EQ(stored.sources(1).article_id(), "a2");
  EXPECT_EQ(FormatDate(stored.date()), "2022-07-19");
  EXPECT_EQ(stored.location().id(), "tehran");
  EXPECT_FLOAT_EQ(stored.confidence(), 0.9f);
  EXPECT_EQ(stored.participants(0).role(), "president");
  EXPECT_EQ(stored.participants(0).country(), "russia");

  // A coarser report neither adds a second source for the same article nor
  // coarsens the date.
  MergeEvent(Meeting(MakeDate(2022, 0, 0), kPutinRaisi, "a2"), &stored);
  EXPECT_EQ(stored.sources_size(), 2);
  EXPECT_EQ(FormatDate(stored.date()), "2022-07-19");
  EXPECT_FLOAT_EQ(stored.confidence(), 0.9f);
}

TEST(MergeTest, AgreementNameVariantsAreOneAgreement) {
  const v1::Event first =
      AgreementEvent("comprehensive strategic partnership agreement",
                     v1::AGREEMENT_STATUS_NEGOTIATING, MakeDate(0, 0, 0), "a1");
  const std::vector<std::string> parties = AgreementParties(first);
  EXPECT_EQ(parties, (std::vector<std::string>{"iran", "russia"}));
  v1::Agreement agreement =
      NewAgreement("agr-iran-russia-comprehensive", first);
  EXPECT_EQ(AgreementIdPrefix(parties), "agr-iran-russia-");

  EXPECT_TRUE(
      SameAgreement(agreement, parties, "comprehensive cooperation agreement"));
  EXPECT_TRUE(SameAgreement(agreement, parties,
                            "comprehensive long-term cooperation agreement"));
  EXPECT_FALSE(SameAgreement(agreement, parties, "free trade agreement"));
  EXPECT_FALSE(SameAgreement(agreement, {"iran", "russia", "turkey"},
                             "comprehensive cooperation agreement"));

  // An alias recorded from one article lets a later name match through it.
  AddToAgreement(
      [&] {
        v1::Event e = AgreementEvent("comprehensive cooperation agreement",
                                     v1::AGREEMENT_STATUS_NEGOTIATING,
                                     MakeDate(0, 0, 0), "a2");
        e.set_id("ev-2");
        return e;
      }(),
      "a2", MakeDate(2024, 1, 1), &agreement);
  ASSERT_EQ(agreement.aliases_size(), 1);
  EXPECT_EQ(agreement.aliases(0), "comprehensive cooperation agreement");
}

TEST(MergeTest, AgreementEventsOfOtherStatusAreDifferentHappenings) {
  v1::Event a =
      AgreementEvent("comprehensive strategic partnership agreement",
                     v1::AGREEMENT_STATUS_NEGOTIATING, MakeDate(0, 0, 0), "a1");
  v1::Event b =
      AgreementEvent("comprehensive cooperation agreement",
                     v1::AGREEMENT_STATUS_NEGOTIATING, MakeDate(0, 0, 0), "a2");
  EXPECT_TRUE(SameHappening(a, b));
  b.mutable_agreement()->set_status(v1::AGREEMENT_STATUS_PENDING_SIGNATURE);
  EXPECT_FALSE(SameHappening(a, b));
  // Attached to different stored agreements: different.
  v1::Event c = a;
  a.mutable_agreement()->set_id("agr-1");
  c.mutable_agreement()->set_id("agr-2");
  EXPECT_FALSE(SameHappening(a, c));
}

TEST(MergeTest, HistoryKeepsEveryDatedStatusAndLatestWins) {
  v1::Agreement agreement;
  agreement.set_id("agr-iran-russia-comprehensive");
  auto report = [&](const std::string& name, v1::AgreementStatus status,
                    const v1::Date& event_date, const std::string& article,
                    const v1::Date& published) {
    v1::Event event = AgreementEvent(name, status, event_date, article);
    event.set_id("ev-" + article);
    AddToAgreement(event, article, published, &agreement);
  };
  // Ingested out of date order: the latest-dated report decides.
  report("comprehensive long-term cooperation agreement",
         v1::AGREEMENT_STATUS_PENDING_SIGNATURE, MakeDate(0, 0, 0), "a3",
         MakeDate(2024, 12, 0));
  report("comprehensive strategic partnership agreement",
         v1::AGREEMENT_STATUS_NEGOTIATING, MakeDate(0, 0, 0), "a1",
         MakeDate(2022, 1, 19));
  report("comprehensive cooperation agreement",
         v1::AGREEMENT_STATUS_NEGOTIATING, MakeDate(2024, 10, 11), "a2",
         MakeDate(2024, 10, 12));

  ASSERT_EQ(agreement.history_size(), 3);
  EXPECT_EQ(FormatDate(agreement.history(0).date()), "2022-01-19");
  EXPECT_EQ(agreement.history(0).article_id(), "a1");
  EXPECT_EQ(FormatDate(agreement.history(1).date()), "2024-10-11");
  EXPECT_EQ(FormatDate(agreement.history(2).date()), "2024-12");
  EXPECT_EQ(agreement.status(), v1::AGREEMENT_STATUS_PENDING_SIGNATURE);
  EXPECT_EQ(agreement.event_ids_size(), 3);
  EXPECT_EQ(agreement.sources_size(), 3);
  // First name is the name; the others are aliases.
  EXPECT_EQ(agreement.name(), "comprehensive long-term cooperation agreement");
  EXPECT_EQ(agreement.aliases_size(), 2);

  // The same report again adds nothing.
  report("comprehensive cooperation agreement",
         v1::AGREEMENT_STATUS_NEGOTIATING, MakeDate(2024, 10, 11), "a2",
         MakeDate(2024, 10, 12));
  EXPECT_EQ(agreement.history_size(), 3);
  EXPECT_EQ(agreement.sources_size(), 3);

  // Equal dates: the later insertion wins.
  report("comprehensive agreement", v1::AGREEMENT_STATUS_SIGNED,
         MakeDate(2024, 12, 0), "a4", MakeDate(2024, 12, 0));
  EXPECT_EQ(agreement.status(), v1::AGREEMENT_STATUS_SIGNED);
  report("comprehensive agreement", v1::AGREEMENT_STATUS_SUSPENDED,
         MakeDate(2024, 12, 0), "a5", MakeDate(2024, 12, 0));
  EXPECT_EQ(agreement.status(), v1::AGREEMENT_STATUS_SUSPENDED);
  EXPECT_EQ(agreement.history(agreement.history_size() - 1).article_id(), "a5");
}

}  // namespace
}  // namespace parley
