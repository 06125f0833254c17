// Date expressions and their resolution against the article's date
// (common/extract/dates.h), across week, month and year boundaries.
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "common/extract/dates.h"
#include "common/extract/lexicon.h"
#include "gtest/gtest.h"

namespace parley {
namespace {

v1::Date MakeDate(int year, int month = 0, int day = 0) {
  v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

std::string Str(const v1::Date& date) {
  if (date.year() == 0) return "unknown";
  if (date.month() == 0) return absl::StrFormat("%04d", date.year());
  if (date.day() == 0) {
    return absl::StrFormat("%04d-%02d", date.year(), date.month());
  }
  return absl::StrFormat("%04d-%02d-%02d", date.year(), date.month(),
                         date.day());
}

// The date expressions of `sentence` for an article dated `article`.
std::vector<DateMention> Find(const std::string& sentence,
                              const v1::Date& article) {
  return FindDates(Tokenize(sentence, 0, static_cast<int>(sentence.size())),
                   article);
}

// The only date expression of `sentence`, rendered as "past | future".
std::string Only(const std::string& sentence, const v1::Date& article) {
  const std::vector<DateMention> found = Find(sentence, article);
  if (found.size() != 1) {
    return "found " + std::to_string(found.size()) + " expressions";
  }
  return Str(found[0].past) + " | " + Str(found[0].future);
}

// Tuesday, 2 January 2024: a week, month and year boundary behind it.
const v1::Date kNewYear = MakeDate(2024, 1, 2);

TEST(ResolveWeekdayTest, PastAndFuture) {
  const absl::CivilDay tuesday(2024, 1, 2);
  EXPECT_EQ(ResolveWeekday(tuesday, absl::Weekday::friday, false),
            absl::CivilDay(2023, 12, 29));
  EXPECT_EQ(ResolveWeekday(tuesday, absl::Weekday::friday, true),
            absl::CivilDay(2024, 1, 5));
  // The article's own weekday is that day, in both directions.
  EXPECT_EQ(ResolveWeekday(tuesday, absl::Weekday::tuesday, false), tuesday);
  EXPECT_EQ(ResolveWeekday(tuesday, absl::Weekday::tuesday, true), tuesday);
  // Across the end of February in a leap year.
  EXPECT_EQ(ResolveWeekday(absl::CivilDay(2024, 3, 1), absl::Weekday::thursday,
                           false),
            absl::CivilDay(2024, 2, 29));
}

TEST(DateCoveringTest, CoarsestCommonDate) {
  EXPECT_EQ(
      Str(DateCovering(absl::CivilDay(2024, 1, 2), absl::CivilDay(2024, 1, 2))),
      "2024-01-02");
  EXPECT_EQ(Str(DateCovering(absl::CivilDay(2023, 12, 25),
                             absl::CivilDay(2023, 12, 31))),
            "2023-12");
  EXPECT_EQ(Str(DateCovering(absl::CivilDay(2024, 2, 26),
                             absl::CivilDay(2024, 3, 3))),
            "2024");
  EXPECT_EQ(Str(DateCovering(absl::CivilDay(2023, 12, 30),
                             absl::CivilDay(2024, 1, 5))),
            "unknown");
}

TEST(FindDatesTest, WeekdaysAcrossTheYearBoundary) {
  EXPECT_EQ(Only("The ministers met on Friday.", kNewYear),
            "2023-12-29 | 2024-01-05");
  EXPECT_EQ(Only("They spoke on Monday.", kNewYear), "2024-01-01 | 2024-01-08");
  EXPECT_EQ(Only("They spoke on Tuesday.", kNewYear),
            "2024-01-02 | 2024-01-02");
  EXPECT_EQ(Only("They will meet on Sunday evening.", kNewYear),
            "2023-12-31 | 2024-01-07");
  // "last" and "next" force the direction.
  EXPECT_EQ(Only("They met last Saturday.", kNewYear),
            "2023-12-30 | 2023-12-30");
  EXPECT_EQ(Only("They meet next Thursday.", kNewYear),
            "2024-01-04 | 2024-01-04");
  // A weekday used as a modifier.
  EXPECT_EQ(Only("The Wednesday meeting was short.", kNewYear),
            "2023-12-27 | 2024-01-03");
}

TEST(FindDatesTest, MonthsAcrossTheYearBoundary) {
  EXPECT_EQ(Only("The two sides met in December.", kNewYear),
            "2023-12 | 2024-12");
  EXPECT_EQ(Only("The summit is due in January.", kNewYear),
            "2024-01 | 2024-01");
  EXPECT_EQ(Only("The visit is planned for March.", kNewYear),
            "2023-03 | 2024-03");
  EXPECT_EQ(Only("They met in June of last year.", kNewYear),
            "2023-06 | 2023-06");
  EXPECT_EQ(Only("A visit is expected in March of next year.", kNewYear),
            "2025-03 | 2025-03");
  EXPECT_EQ(Only("They last met in October last year.", kNewYear),
            "2023-10 | 2023-10");
}

// "last June" is the latest June before the article's month and "next
// June" the first after it, whatever the tense; "in June" and "this June"
// keep both readings for the event's status to choose.
TEST(FindDatesTest, MonthJoinedToAWordIsPartOfAName) {
  // "Mar-a-Lago" names an estate; "March-April" and "Jan-2024" stay dates.
  EXPECT_TRUE(Find("He drove to Mar-a-Lago to see Trump.", kNewYear).empty());
  EXPECT_TRUE(
      Find("They met at the Mar-a-Lago resort in Florida.", kNewYear).empty());
  EXPECT_EQ(Only("The talks resumed in Mar 2023 in Oslo.", kNewYear),
            "2023-03 | 2023-03");
  EXPECT_EQ(Find("Exercises are planned for March-April.", kNewYear).size(),
            2u);
}

TEST(FindDatesTest, LastAndNextMonthSkipTheArticlesOwnMonth) {
  const v1::Date late_june = MakeDate(2019, 6, 27);
  EXPECT_EQ(Only("The two leaders last spoke last June.", late_june),
            "2018-06 | 2018-06");
  EXPECT_EQ(Only("Talks resume next June in Geneva.", late_june),
            "2020-06 | 2020-06");
  EXPECT_EQ(Only("The envoys met last March in Oslo.", late_june),
            "2019-03 | 2019-03");
  EXPECT_EQ(Only("A state visit is planned for next September.", late_june),
            "2019-09 | 2019-09");
  // Across the year boundary.
  EXPECT_EQ(Only("They signed the accord last December.", kNewYear),
            "2023-12 | 2023-12");
  EXPECT_EQ(Only("The pact was agreed last January.", kNewYear),
            "2023-01 | 2023-01");
  EXPECT_EQ(Only("The talks are due to resume next January.", kNewYear),
            "2025-01 | 2025-01");
  EXPECT_EQ(Only("A summit is planned for next February.", kNewYear),
            "2024-02 | 2024-02");
  EXPECT_EQ(Only("Both sides met last May in Vienna.", kNewYear),
            "2023-05 | 2023-05");
  // Not "last"/"next" before the month: both readings stay.
  EXPECT_EQ(Only("The ministers met in June.", late_june), "2019-06 | 2019-06");
  EXPECT_EQ(Only("A second round is due this June.", late_june),
            "2019-06 | 2019-06");
  EXPECT_EQ(Only("The last round in June was cut short.", late_june),
            "2019-06 | 2019-06");
  // The verb "may" after "next" is no month.
  EXPECT_EQ(Find("The next may well be held in Rome.", late_june).size(), 0u);
}

TEST(FindDatesTest, MonthAndDayWithoutYear) {
  EXPECT_EQ(Only("The deal was signed on December 30.", kNewYear),
            "2023-12-30 | 2024-12-30");
  EXPECT_EQ(Only("The talks open on January 5.", kNewYear),
            "2023-01-05 | 2024-01-05");
  EXPECT_EQ(Only("They met on 28 December.", kNewYear),
            "2023-12-28 | 2024-12-28");
}

TEST(FindDatesTest, RelativeWeeksMonthsYears) {
  // Last week was 25-31 December 2023.
  EXPECT_EQ(Only("The envoys met last week.", kNewYear), "2023-12 | 2023-12");
  EXPECT_EQ(Only("The envoys met earlier this month.", kNewYear),
            "2024-01 | 2024-01");
  EXPECT_EQ(Only("The envoys met last month.", kNewYear), "2023-12 | 2023-12");
  EXPECT_EQ(Only("The envoys will meet next month.", kNewYear),
            "2024-02 | 2024-02");
  EXPECT_EQ(Only("The envoys will meet next month.", MakeDate(2023, 12, 15)),
            "2024-01 | 2024-01");
  EXPECT_EQ(Only("The treaty was signed last year.", kNewYear), "2023 | 2023");
  EXPECT_EQ(Only("The treaty takes effect next year.", kNewYear),
            "2025 | 2025");
  // A week that straddles two months is known only to the year; one that
  // straddles two years not at all.
  EXPECT_EQ(Only("The envoys met last week.", MakeDate(2024, 3, 5)),
            "2024 | 2024");
  EXPECT_EQ(Only("The envoys met last week.", MakeDate(2021, 1, 5)),
            "unknown | unknown");
}

TEST(FindDatesTest, YesterdayOnNewYearsDay) {
  EXPECT_EQ(Only("The presidents spoke yesterday.", MakeDate(2024, 1, 1)),
            "2023-12-31 | 2023-12-31");
  EXPECT_EQ(Only("They meet tomorrow.", MakeDate(2023, 12, 31)),
            "2024-01-01 | 2024-01-01");
  EXPECT_EQ(Only("They spoke yesterday.", MakeDate(2024, 3, 1)),
            "2024-02-29 | 2024-02-29");
}

TEST(FindDatesTest, AbsoluteDates) {
  EXPECT_EQ(Only("They met on January 19, 2022 in Moscow.", kNewYear),
            "2022-01-19 | 2022-01-19");
  EXPECT_EQ(Only("They met on 19 January 2022 in Moscow.", kNewYear),
            "2022-01-19 | 2022-01-19");
  EXPECT_EQ(Only("They met on 2022-01-19 in Moscow.", kNewYear),
            "2022-01-19 | 2022-01-19");
  EXPECT_EQ(Only("They met in December 2023.", kNewYear), "2023-12 | 2023-12");
  EXPECT_EQ(Only("The treaty was signed in 2013.", kNewYear), "2013 | 2013");
  // Absolute dates need no article date.
  EXPECT_EQ(Only("They met on January 19, 2022.", v1::Date()),
            "2022-01-19 | 2022-01-19");
}

TEST(FindDatesTest, TokenSpans) {
  const std::string sentence = "On Friday the envoys met in Baku.";
  const std::vector<Token> tokens =
      Tokenize(sentence, 0, static_cast<int>(sentence.size()));
  const std::vector<DateMention> found = FindDates(tokens, kNewYear);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(
      sentence.substr(tokens[found[0].first].begin,
                      tokens[found[0].last].end - tokens[found[0].first].begin),
      "Friday");
  const std::string two = "They spoke on Monday and met on 5 January 2024.";
  EXPECT_EQ(Find(two, kNewYear).size(), 2u);
}

TEST(FindDatesTest, NotDates) {
  EXPECT_EQ(Find("They may meet soon.", kNewYear).size(), 0u);
  EXPECT_EQ(Find("He won 2013 votes.", kNewYear).size(), 0u);
  EXPECT_EQ(Find("The ministers met.", kNewYear).size(), 0u);
}

TEST(FindDatesTest, UnknownArticleDateLeavesRelativeDatesUnknown) {
  for (const char* sentence :
       {"They met on Friday.", "They met in December.", "They spoke yesterday.",
        "They met last week.", "They met earlier this month.",
        "They will meet next month.", "They met on December 30.",
        "They met in June of last year."}) {
    const std::vector<DateMention> found = Find(sentence, v1::Date());
    for (const DateMention& date : found) {
      EXPECT_EQ(Str(date.past), "unknown") << sentence;
      EXPECT_EQ(Str(date.future), "unknown") << sentence;
    }
  }
  // A month-precision article date is not enough to resolve a weekday.
  for (const DateMention& date :
       Find("They met on Friday.", MakeDate(2024, 1))) {
    EXPECT_EQ(Str(date.past), "unknown");
  }
}

TEST(FindDatesTest, UnknownArticleDateKeepsTheMonthNamed) {
  // "in December", "on June 19": the month is known, the year is not.
  const std::vector<DateMention> month = Find("They met in December.", {});
  ASSERT_EQ(month.size(), 1u);
  EXPECT_EQ(month[0].yearless_month, 12);
  const std::vector<DateMention> day = Find("They met on June 19.", {});
  ASSERT_EQ(day.size(), 1u);
  EXPECT_EQ(day[0].yearless_month, 6);
  // Not for a weekday, nor once the article's date resolves the month.
  for (const DateMention& date : Find("They met on Friday.", {})) {
    EXPECT_EQ(date.yearless_month, 0);
  }
  for (const DateMention& date : Find("They met in December.", kNewYear)) {
    EXPECT_EQ(date.yearless_month, 0);
  }
}

TEST(FindDatesTest, AbbreviatedMonthWithItsPeriod) {
  // Tuesday 2 January 2024: "Dec. 28" is the past December's.
  EXPECT_EQ(Only("They met there on Dec. 28.", kNewYear),
            "2023-12-28 | 2024-12-28");
  EXPECT_EQ(Only("They met there in Sept. 2022.", kNewYear),
            "2022-09 | 2022-09");
}

TEST(FindDatesTest, OrdinalDays) {
  EXPECT_EQ(Only("They met on 3rd December.", kNewYear),
            "2023-12-03 | 2024-12-03");
  EXPECT_EQ(Only("They met on December 21st, 2023.", kNewYear),
            "2023-12-21 | 2023-12-21");
  EXPECT_EQ(Find("It was the 21st century.", kNewYear).size(), 0u);
}

TEST(FindDatesTest, OnTheNthWithoutAMonth) {
  // Tuesday 2 January 2024: the latest 15th was in December, the next is in
  // January; the latest 31st skips no month, the next skips February.
  EXPECT_EQ(Only("They met on the 15th.", kNewYear), "2023-12-15 | 2024-01-15");
  EXPECT_EQ(Only("They will meet on the 31st.", MakeDate(2024, 2, 1)),
            "2024-01-31 | 2024-03-31");
  EXPECT_EQ(Only("They met on the 3rd of December.", kNewYear),
            "2023-12-03 | 2024-12-03");
  // An ordinal before a noun is not a day.
  EXPECT_EQ(Find("They met on the 15th anniversary.", kNewYear).size(), 0u);
  EXPECT_EQ(Find("It was the 15th.", kNewYear).size(), 0u);
}

TEST(FindDatesTest, RangesOfDaysAreCovered) {
  // Several days of one month: that month, on either side of the year's end.
  EXPECT_EQ(Only("They met on December 27-29.", kNewYear), "2023-12 | 2024-12");
  EXPECT_EQ(Only("The summit ran from 6 to 8 March 2023.", kNewYear),
            "2023-03 | 2023-03");
  // Monday 1 and Tuesday 2 January 2024 were this week; the next pair is the
  // following week.
  EXPECT_EQ(Only("They met on Monday and Tuesday.", kNewYear),
            "2024-01 | 2024-01");
  // Sunday 31 December and Monday 1 January span two years: unknown.
  EXPECT_EQ(Only("They met on Sunday and Monday.", kNewYear),
            "unknown | 2024-01");
}

TEST(FindDatesTest, DaysAgoAndTheWeekend) {
  EXPECT_EQ(Only("They met two days ago.", kNewYear),
            "2023-12-31 | 2023-12-31");
  EXPECT_EQ(Only("They met a week ago.", kNewYear), "2023-12-26 | 2023-12-26");
  // Saturday 30 and Sunday 31 December before; 6 and 7 January after.
  EXPECT_EQ(Only("They met over the weekend.", kNewYear), "2023-12 | 2024-01");
  EXPECT_EQ(Find("He has two days to decide.", kNewYear).size(), 0u);
  EXPECT_EQ(Find("The weekend was quiet.", kNewYear).size(), 0u);
}

TEST(FindDatesTest, MonthsAndYearsAgoAcrossTheYearBoundary) {
  // The article is of 2 January 2024: a month ago is December 2023.
  EXPECT_EQ(Only("They met a month ago.", kNewYear), "2023-12 | 2023-12");
  EXPECT_EQ(Only("The talks began three months ago.", kNewYear),
            "2023-10 | 2023-10");
  EXPECT_EQ(Only("The first summit was held two years ago.", kNewYear),
            "2022 | 2022");
  // A count that is no number, or a unit that is no calendar unit.
  EXPECT_EQ(Find("They met many months ago.", kNewYear).size(), 0u);
  EXPECT_EQ(Find("It started two rounds ago.", kNewYear).size(), 0u);
}

TEST(FindDatesTest, WeekdayBeforeAFullDate) {
  // One expression, starting at the weekday; the date decides.
  const std::vector<DateMention> found =
      Find("They met on Friday, December 29.", kNewYear);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Str(found[0].past), "2023-12-29");
  EXPECT_EQ(found[0].first, 3);
  // On a Saturday "last Saturday" is a week before, "next Saturday" a week
  // after.
  const v1::Date saturday = MakeDate(2024, 1, 6);
  EXPECT_EQ(Only("They met last Saturday.", saturday),
            "2023-12-30 | 2023-12-30");
  EXPECT_EQ(Only("They meet next Saturday.", saturday),
            "2024-01-13 | 2024-01-13");
}

TEST(FindDatesTest, FebruaryTwentyNinthInACommonYear) {
  // The latest 29 February before 1 March 2025 was in 2024, the next is in
  // 2028; no year has a 30 February.
  EXPECT_EQ(Only("The deal was signed on February 29.", MakeDate(2025, 3, 1)),
            "2024-02-29 | 2028-02-29");
  EXPECT_EQ(Only("They met on 29 February.", MakeDate(2024, 2, 29)),
            "2024-02-29 | 2024-02-29");
  EXPECT_EQ(Only("They met on February 30.", MakeDate(2025, 3, 1)),
            "unknown | unknown");
}

TEST(FindDatesTest, ThatMonthAndYearReadAgainstTheDateNamedBefore) {
  const v1::Date december = MakeDate(2023, 12, 0);
  const std::vector<DateMention> later =
      FindDates(Tokenize("He travelled there later that month.", 0, 36),
                kNewYear, december);
  ASSERT_EQ(later.size(), 1u);
  EXPECT_EQ(Str(later[0].past), "2023-12");
  EXPECT_EQ(later[0].first, 3);  // "later that month"
  EXPECT_EQ(later[0].last, 5);
  // The following month and year cross the year's end.
  auto only = [](const std::string& sentence, const v1::Date& previous) {
    const std::vector<DateMention> found =
        FindDates(Tokenize(sentence, 0, static_cast<int>(sentence.size())),
                  kNewYear, previous);
    return found.size() == 1 ? Str(found[0].past) : "none";
  };
  EXPECT_EQ(only("They met again the following month.", december), "2024-01");
  EXPECT_EQ(only("They met again the next year.", december), "2024");
  EXPECT_EQ(only("They met again that year.", december), "2023");
  // The previous month and year, back across the year's start.
  EXPECT_EQ(only("They had met the previous month.", MakeDate(2023, 1, 9)),
            "2022-12");
  EXPECT_EQ(only("They had met the previous year.", december), "2022");
  EXPECT_EQ(only("They had met the previous month.", MakeDate(2023)), "none");
  EXPECT_EQ(only("The previous talks failed.", december), "none");
  EXPECT_EQ(only("They met in the same month.", MakeDate(2023, 6, 14)),
            "2023-06");
  // A year alone does not tell the month; nothing named tells nothing.
  EXPECT_EQ(only("They met later that month.", MakeDate(2023)), "none");
  EXPECT_EQ(only("They met later that month.", v1::Date()), "none");
  // "that" elsewhere is not a date.
  EXPECT_EQ(only("He said that the month was hard.", december), "none");
  // A month with "the same year", "that year", "the following year": the
  // year named before, in the sentence or earlier, not the article's.
  const v1::Date in_2019 = MakeDate(2019, 1, 0);
  EXPECT_EQ(only("He went there in June of the same year.", in_2019),
            "2019-06");
  EXPECT_EQ(only("He went there in June that year.", in_2019), "2019-06");
  EXPECT_EQ(only("He went there in March the following year.", in_2019),
            "2020-03");
  EXPECT_EQ(only("He went there in June of the same year.", v1::Date()),
            "unknown");
  const std::string both = "They met in May 2019 and again in June that year.";
  const std::vector<DateMention> found = FindDates(
      Tokenize(both, 0, static_cast<int>(both.size())), kNewYear, december);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(Str(found[1].past), "2019-06");
}

TEST(FindDatesTest, EarlierInTheDayIsTheDayToldLast) {
  // Tuesday 2 January 2024. "Earlier/later in the day" is the day told just
  // before (in the sentence or earlier) when it is one of the last week's,
  // else the article's day.
  auto only = [](const std::string& sentence, const v1::Date& previous) {
    const std::vector<DateMention> found =
        FindDates(Tokenize(sentence, 0, static_cast<int>(sentence.size())),
                  kNewYear, previous);
    return found.empty() ? "none" : Str(found.back().past);
  };
  const v1::Date sunday = MakeDate(2023, 12, 31);
  EXPECT_EQ(only("Earlier in the day, he held talks.", sunday), "2023-12-31");
  EXPECT_EQ(only("They met on Saturday and later in the day signed a deal.",
                 v1::Date()),
            "2023-12-30");
  EXPECT_EQ(only("Later in the day, he held talks.", v1::Date()), "2024-01-02");
  // A day long before, or only a month, is no day of the news.
  EXPECT_EQ(only("Later in the day, he held talks.", MakeDate(2023, 9, 4)),
            "2024-01-02");
  EXPECT_EQ(only("Later in the day, he held talks.", MakeDate(2023, 12, 0)),
            "2024-01-02");
}

TEST(LiveBlogTest, ClockTimesOpeningLines) {
  EXPECT_TRUE(LooksLikeLiveBlog(
      "LIVE: talks\n19:05\nThey met.\n4:55 p.m. ET\nThey spoke.\n"
      "17.48 CST\nThey left."));
  EXPECT_TRUE(
      LooksLikeLiveBlog("22:05 - Done.\n21:30 - Dinner.\n20:15 - Met."));
  // Two stamps, or numbers that are no times, are no live blog.
  EXPECT_FALSE(LooksLikeLiveBlog("19:05\nThey met.\n18:40\nThey spoke."));
  EXPECT_FALSE(LooksLikeLiveBlog(
      "12.5 percent rose.\n2.45 million left.\n3.5 more.\n1999 saw it."));
  auto tokens = [](const std::string& text) {
    return Tokenize(text, 0, static_cast<int>(text.size()));
  };
  EXPECT_TRUE(IsClockTime(tokens("19:05 (Astana time)")));
  EXPECT_TRUE(IsClockTime(tokens("4:55 p.m. ET")));
  EXPECT_FALSE(IsClockTime(tokens("12.5 percent")));
  EXPECT_FALSE(IsClockTime(tokens("2024: a year of talks")));
}

TEST(LiveBlogTest, DayHeadingHoldsOnlyADate) {
  const v1::Date article = MakeDate(2024, 7, 3);
  for (const std::string heading :
       {"Wednesday 3 July 2024", "Thursday, July 4, 2024"}) {
    const std::vector<Token> tokens =
        Tokenize(heading, 0, static_cast<int>(heading.size()));
    EXPECT_TRUE(IsDateHeading(tokens, FindDates(tokens, article))) << heading;
  }
  for (const std::string sentence :
       {"Putin met Xi on 3 July 2024", "On Wednesday", "July 2024"}) {
    const std::vector<Token> tokens =
        Tokenize(sentence, 0, static_cast<int>(sentence.size()));
    EXPECT_FALSE(IsDateHeading(tokens, FindDates(tokens, article))) << sentence;
  }
}

TEST(FindDatesTest, LastNightAndAYearQualifyingANoun) {
  EXPECT_EQ(Only("He arrived in the capital last night.", kNewYear),
            "2024-01-01 | 2024-01-01");
  const std::vector<DateMention> summit =
      Find("He attended the 2018 summit in Qingdao.", kNewYear);
  ASSERT_EQ(summit.size(), 1u);
  EXPECT_EQ(Str(summit[0].past), "2018");
  EXPECT_TRUE(summit[0].attributive);
  const std::vector<DateMention> in_year =
      Find("He attended a summit in 2018.", kNewYear);
  ASSERT_EQ(in_year.size(), 1u);
  EXPECT_FALSE(in_year[0].attributive);
  // A number after the year is no noun: "the 2018 2-1 win".
  EXPECT_TRUE(Find("the 2018 2-1 win", kNewYear).empty());
}

}  // namespace
}  // namespace parley
