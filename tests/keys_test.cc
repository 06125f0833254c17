#include "common/store/keys.h"

#include <algorithm>
#include <string>
#include <vector>

#include "common/util/date.h"
#include "gtest/gtest.h"

namespace parley {
namespace keys {
namespace {

using std::string_literals::operator""s;

bool InRange(const KeyRange& range, const std::string& key) {
  return key >= range.lower && (range.upper.empty() || key < range.upper);
}

bool InAny(const std::vector<KeyRange>& ranges, const std::string& key) {
  return std::any_of(ranges.begin(), ranges.end(), [&](const KeyRange& range) {
    return InRange(range, key);
  });
}

v1::Event MakeEvent(
    const std::string& id, v1::EventType type, const v1::Date& date,
    const std::vector<std::pair<std::string, std::string>>& participants) {
  v1::Event event;
  event.set_id(id);
  event.set_type(type);
  *event.mutable_date() = date;
  for (const auto& [actor, country] : participants) {
    v1::ActorRef* ref = event.add_participants();
    ref->set_id(actor);
    ref->set_country(country);
  }
  return event;
}

TEST(KeysTest, DatedKeysRoundTrip) {
  const v1::Date date = MakeDate(2024, 10, 11);
  absl::StatusOr<DatedKey> by_date =
      DecodeEventsByDateKey(EventsByDateKey(date, "ev-1"));
  ASSERT_TRUE(by_date.ok()) << by_date.status();
  EXPECT_EQ(FormatDate(by_date->date), "2024-10-11");
  EXPECT_EQ(by_date->event_id, "ev-1");

  absl::StatusOr<DatedKey> by_actor = DecodeEventsByActorKey(
      EventsByActorKey("ebrahim-raisi", MakeDate(2022, 1, 0), "ev-2"));
  ASSERT_TRUE(by_actor.ok()) << by_actor.status();
  EXPECT_EQ(by_actor->actor_a, "ebrahim-raisi");
  EXPECT_EQ(FormatDate(by_actor->date), "2022-01");
  EXPECT_EQ(by_actor->event_id, "ev-2");

  // The pair is stored in increasing order whatever the argument order.
  const std::string pair =
      MeetingsByPairKey("vladimir-putin", "iran", MakeDate(0, 0, 0), "ev-3");
  EXPECT_EQ(pair, MeetingsByPairKey("iran", "vladimir-putin", MakeDate(0, 0, 0),
                                    "ev-3"));
  absl::StatusOr<DatedKey> by_pair = DecodeMeetingsByPairKey(pair);
  ASSERT_TRUE(by_pair.ok()) << by_pair.status();
  EXPECT_EQ(by_pair->actor_a, "iran");
  EXPECT_EQ(by_pair->actor_b, "vladimir-putin");
  EXPECT_EQ(PrecisionOf(by_pair->date), DatePrecision::kNone);
  EXPECT_EQ(by_pair->event_id, "ev-3");
}

TEST(KeysTest, StatusAndNameKeysRoundTrip) {
  absl::StatusOr<StatusKey> status = DecodeAgreementsByStatusKey(
      AgreementsByStatusKey(v1::AGREEMENT_STATUS_PENDING_SIGNATURE,
                            "agr-iran-russia-comprehensive"));
  ASSERT_TRUE(status.ok()) << status.status();
  EXPECT_EQ(status->status, v1::AGREEMENT_STATUS_PENDING_SIGNATURE);
  EXPECT_EQ(status->agreement_id, "agr-iran-russia-comprehensive");

  absl::StatusOr<NameKey> name =
      DecodeActorsByNameKey(ActorsByNameKey("Abdolnaser Hemmati", "hemmati"));
  ASSERT_TRUE(name.ok()) << name.status();
  EXPECT_EQ(name->name, "abdolnaser hemmati");
  EXPECT_EQ(name->actor_id, "hemmati");
}

TEST(KeysTest, KeysOfOneActorSortByDateUnknownFirst) {
  const std::vector<v1::Date> chronological = {
      MakeDate(0, 0, 0),     MakeDate(2022, 0, 0),  MakeDate(2022, 1, 0),
      MakeDate(2022, 1, 19), MakeDate(2022, 7, 19), MakeDate(2023, 12, 7),
      MakeDate(2024, 0, 0),  MakeDate(2024, 10, 11)};
  std::vector<std::string> encoded;
  for (const v1::Date& date : chronological) {
    encoded.push_back(EventsByActorKey("iran", date, "ev-z"));
  }
  EXPECT_TRUE(std::is_sorted(encoded.begin(), encoded.end()));
  // The event id only breaks ties within one date.
  EXPECT_LT(EventsByActorKey("iran", MakeDate(2022, 1, 19), "ev-z"),
            EventsByActorKey("iran", MakeDate(2022, 1, 20), "ev-a"));
}

TEST(KeysTest, ActorPrefixDoesNotMatchLongerIds) {
  const std::string iran = EventsByActorKey("iran", MakeDate(2024, 1, 1), "e");
  const std::string other =
      EventsByActorKey("iran-x", MakeDate(2024, 1, 1), "e");
  const KeyRange range = PrefixRange(ActorPrefix("iran"));
  EXPECT_TRUE(InRange(range, iran));
  EXPECT_FALSE(InRange(range, other));
}

TEST(KeysTest, MalformedKeysAreRejected) {
  const std::vector<std::string> bad_dated = {
      "",
      "2024101"s + '\0' + "ev-1",                // Short date.
      "2024101x"s + '\0' + "ev-1",               // Not digits.
      "20241300"s + '\0' + "ev-1",               // Month 13.
      "20230229"s + '\0' + "ev-1",               // No such day.
      "00000100"s + '\0' + "ev-1",               // Month without a year.
      "20241011"s + '\0',                        // No event id.
      "20241011"s + '\0' + "ev 1",               // Space in the id.
      "20241011"s + '\0' + "ev-1" + '\0' + "x",  // Extra segment.
      "20241011ev-1",                            // No separator.
  };
  for (const std::string& key : bad_dated) {
    EXPECT_FALSE(DecodeEventsByDateKey(key).ok()) << key;
  }
  EXPECT_FALSE(DecodeEventsByActorKey("Iran"s + '\0' + "20241011" + '\0' + "e")
                   .ok());  // Not kebab-case.
  EXPECT_FALSE(DecodeEventsByActorKey("20241011"s + '\0' + "e").ok());
  EXPECT_FALSE(DecodeMeetingsByPairKey("russia"s + '\0' + "iran" + '\0' +
                                       "20241011" + '\0' + "e")
                   .ok());  // Pair out of order.
  EXPECT_FALSE(DecodeMeetingsByPairKey("iran"s + '\0' + "iran" + '\0' +
                                       "20241011" + '\0' + "e")
                   .ok());  // Not a pair.
  EXPECT_FALSE(DecodeAgreementsByStatusKey("3"s + '\0' + "agr-x").ok());
  EXPECT_FALSE(DecodeAgreementsByStatusKey("99"s + '\0' + "agr-x").ok());
  EXPECT_FALSE(DecodeAgreementsByStatusKey("03"s + '\0').ok());
  EXPECT_FALSE(DecodeActorsByNameKey("Raisi"s + '\0' + "ebrahim-raisi").ok());
  EXPECT_FALSE(DecodeActorsByNameKey("raisi").ok());
  // Arbitrary bytes never crash a decoder.
  std::string noise;
  for (int i = 0; i < 512; ++i) {
    noise.push_back(static_cast<char>((i * 37) & 0xff));
    DecodeEventsByDateKey(noise).IgnoreError();
    DecodeEventsByActorKey(noise).IgnoreError();
    DecodeMeetingsByPairKey(noise).IgnoreError();
    DecodeAgreementsByStatusKey(noise).IgnoreError();
    DecodeActorsByNameKey(noise).IgnoreError();
  }
}

TEST(KeysTest, ValidatesIds) {
  EXPECT_TRUE(ValidateActorId("vladimir-putin", "id").ok());
  EXPECT_TRUE(ValidateActorId("g7", "id").ok());
  EXPECT_FALSE(ValidateActorId("", "id").ok());
  EXPECT_FALSE(ValidateActorId("Putin", "id").ok());
  EXPECT_FALSE(ValidateActorId("-putin", "id").ok());
  EXPECT_FALSE(ValidateActorId("a--b", "id").ok());
  EXPECT_FALSE(ValidateActorId("a\0b"s, "id").ok());
  EXPECT_TRUE(ValidateRecordId("ev-0123abcd", "id").ok());
  EXPECT_FALSE(ValidateRecordId("ev 1", "id").ok());
  EXPECT_FALSE(ValidateRecordId("", "id").ok());
}

TEST(KeysTest, DateRangeBoundsPartialDates) {
  const std::string prefix = ActorPrefix("iran");
  auto key = [&](int y, int m, int d) {
    return EventsByActorKey("iran", MakeDate(y, m, d), "ev-1");
  };
  const KeyRange october =
      DateRange(prefix, MakeDate(2024, 10, 0), MakeDate(2024, 10, 0));
  EXPECT_TRUE(InRange(october, key(2024, 10, 0)));
  EXPECT_TRUE(InRange(october, key(2024, 10, 1)));
  EXPECT_TRUE(InRange(october, key(2024, 10, 31)));
  EXPECT_FALSE(InRange(october, key(2024, 0, 0)));
  EXPECT_FALSE(InRange(october, key(2024, 9, 30)));
  EXPECT_FALSE(InRange(october, key(2024, 11, 0)));
  EXPECT_FALSE(InRange(october, key(0, 0, 0)));
  EXPECT_FALSE(InRange(
      october, EventsByActorKey("iraq", MakeDate(2024, 10, 5), "ev-1")));

  const KeyRange day =
      DateRange(prefix, MakeDate(2024, 10, 11), MakeDate(2024, 10, 11));
  EXPECT_TRUE(InRange(day, key(2024, 10, 11)));
  EXPECT_FALSE(InRange(day, key(2024, 10, 0)));
  EXPECT_FALSE(InRange(day, key(2024, 10, 12)));

  // Only an end: unknown dates excluded, everything before included.
  const KeyRange until =
      DateRange(prefix, MakeDate(0, 0, 0), MakeDate(2022, 0, 0));
  EXPECT_FALSE(InRange(until, key(0, 0, 0)));
  EXPECT_TRUE(InRange(until, key(1990, 5, 5)));
  EXPECT_TRUE(InRange(until, key(2022, 12, 31)));
  EXPECT_FALSE(InRange(until, key(2023, 0, 0)));

  // No bounds: every key of the actor, unknown dates included.
  const KeyRange all = DateRange(prefix, MakeDate(0, 0, 0), MakeDate(0, 0, 0));
  EXPECT_TRUE(InRange(all, key(0, 0, 0)));
  EXPECT_TRUE(InRange(all, key(9999, 12, 31)));
  EXPECT_FALSE(InRange(all, EventsByActorKey("iraq", MakeDate(0, 0, 0), "e")));
}

TEST(KeysTest, AgreeingDateRangesMatchDatesAgree) {
  const std::vector<v1::Date> dates = {
      MakeDate(0, 0, 0),      MakeDate(2024, 0, 0),   MakeDate(2024, 10, 0),
      MakeDate(2024, 10, 11), MakeDate(2024, 10, 12), MakeDate(2024, 11, 0),
      MakeDate(2023, 0, 0),   MakeDate(2023, 10, 11)};
  const std::string prefix = ActorPrefix("iran");
  for (const v1::Date& probe : dates) {
    const std::vector<KeyRange> ranges = AgreeingDateRanges(prefix, probe);
    for (const v1::Date& stored : dates) {
      const std::string key = EventsByActorKey("iran", stored, "ev-1");
      EXPECT_EQ(InAny(ranges, key), DatesAgree(probe, stored))
          << FormatDate(probe) << " vs " << FormatDate(stored);
    }
  }
}

TEST(KeysTest, EventIndexedUnderParticipantsTheirCountriesAndPairs) {
  const v1::Event meeting =
      MakeEvent("ev-1", v1::EVENT_TYPE_MEETING, MakeDate(2022, 7, 19),
                {{"vladimir-putin", "russia"}, {"ebrahim-raisi", "iran"}});
  EXPECT_EQ(IndexedActorIds(meeting),
            (std::vector<std::string>{"ebrahim-raisi", "iran", "russia",
                                      "vladimir-putin"}));
  const EventIndexKeys keys = IndexKeysOf(meeting);
  EXPECT_EQ(keys.by_date.size(), 1u);
  EXPECT_EQ(keys.by_actor.size(), 4u);
  EXPECT_EQ(keys.by_pair.size(), 6u);  // 4 choose 2.
  EXPECT_NE(
      std::find(keys.by_pair.begin(), keys.by_pair.end(),
                MeetingsByPairKey("iran", "russia", meeting.date(), "ev-1")),
      keys.by_pair.end());

  // A country participant is not repeated; visits get no pair entries.
  const v1::Event visit =
      MakeEvent("ev-2", v1::EVENT_TYPE_VISIT, MakeDate(2024, 0, 0),
                {{"iran", "iran"}, {"ebrahim-raisi", "iran"}});
  EXPECT_EQ(IndexedActorIds(visit),
            (std::vector<std::string>{"ebrahim-raisi", "iran"}));
  EXPECT_TRUE(IndexKeysOf(visit).by_pair.empty());
}

}  // namespace
}  // namespace keys
}  // namespace parley
