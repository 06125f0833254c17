#include "common/util/date.h"

#include "gtest/gtest.h"

namespace parley {
namespace {

TEST(DateTest, PrecisionFollowsZeroComponents) {
  EXPECT_EQ(PrecisionOf(MakeDate(0, 0, 0)), DatePrecision::kNone);
  EXPECT_EQ(PrecisionOf(MakeDate(2024, 0, 0)), DatePrecision::kYear);
  EXPECT_EQ(PrecisionOf(MakeDate(2024, 10, 0)), DatePrecision::kMonth);
  EXPECT_EQ(PrecisionOf(MakeDate(2024, 10, 11)), DatePrecision::kDay);
}

TEST(DateTest, DatesAgreeAtTheCoarserPrecision) {
  EXPECT_TRUE(DatesAgree(MakeDate(2024, 10, 11), MakeDate(2024, 10, 0)));
  EXPECT_TRUE(DatesAgree(MakeDate(2024, 10, 11), MakeDate(0, 0, 0)));
  EXPECT_FALSE(DatesAgree(MakeDate(2024, 10, 11), MakeDate(2024, 10, 12)));
  EXPECT_FALSE(DatesAgree(MakeDate(2024, 9, 0), MakeDate(2024, 10, 1)));
}

TEST(DateTest, ValidateRejectsImpossibleDates) {
  EXPECT_TRUE(ValidateDate(MakeDate(2024, 2, 29)).ok());
  EXPECT_FALSE(ValidateDate(MakeDate(2023, 2, 29)).ok());
  EXPECT_FALSE(ValidateDate(MakeDate(2024, 13, 0)).ok());
  EXPECT_FALSE(ValidateDate(MakeDate(0, 5, 0)).ok());
  EXPECT_FALSE(ValidateDate(MakeDate(2024, 0, 3)).ok());
  EXPECT_FALSE(ValidateDate(MakeDate(10000, 1, 1)).ok());
}

TEST(DateTest, FormatAndParseRoundTrip) {
  for (const char* text : {"2024-10-11", "2024-10", "2024"}) {
    absl::StatusOr<v1::Date> date = ParseDate(text);
    ASSERT_TRUE(date.ok()) << text;
    EXPECT_EQ(FormatDate(*date), text);
  }
  EXPECT_FALSE(ParseDate("2024-1-5").ok());
  EXPECT_FALSE(ParseDate("yesterday").ok());
  EXPECT_FALSE(ParseDate("").ok());
}

TEST(DateTest, SortKeysOrderChronologicallyWithUnknownFirst) {
  EXPECT_LT(DateSortKey(MakeDate(0, 0, 0)), DateSortKey(MakeDate(1999, 1, 1)));
  EXPECT_LT(DateSortKey(MakeDate(2024, 10, 0)),
            DateSortKey(MakeDate(2024, 10, 1)));
  EXPECT_LT(DateSortKey(MakeDate(2024, 9, 30)),
            DateSortKey(MakeDate(2024, 10, 0)));
}

TEST(DateTest, SortKeysAreFixedWidthDigits) {
  EXPECT_EQ(DateSortKey(MakeDate(2024, 10, 11)), "20241011");
  EXPECT_EQ(DateSortKey(MakeDate(2024, 3, 0)), "20240300");
  EXPECT_EQ(DateSortKey(MakeDate(7, 1, 2)), "00070102");
  EXPECT_EQ(DateSortKey(MakeDate(0, 0, 0)), "00000000");
  v1::Date beyond;  // Out of range: still printed in full.
  beyond.set_year(12345);
  beyond.set_month(1);
  beyond.set_day(5);
  EXPECT_EQ(DateSortKey(beyond), "123450105");
}

TEST(DateTest, FirstAndLastDayCoverPartialDates) {
  EXPECT_EQ(FirstDay(MakeDate(2024, 2, 0)), absl::CivilDay(2024, 2, 1));
  EXPECT_EQ(LastDay(MakeDate(2024, 2, 0)), absl::CivilDay(2024, 2, 29));
  EXPECT_EQ(LastDay(MakeDate(2023, 0, 0)), absl::CivilDay(2023, 12, 31));
}

}  // namespace
}  // namespace parley
