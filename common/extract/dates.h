// Date expressions in a sentence and their resolution against the
// article's publication date.
#ifndef PARLEY_COMMON_EXTRACT_DATES_H_
#define PARLEY_COMMON_EXTRACT_DATES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "common/extract/lexicon.h"
#include "parley/v1/types.pb.h"

namespace parley {

// One date expression: tokens [first, last] and what it denotes for
// something that happened (`past`) and for something planned (`future`).
// Both are equal for absolute dates; unknown (all zero) when the expression
// is relative and the article date is unknown.
struct DateMention {
  int first = 0;
  int last = 0;
  v1::Date past;
  v1::Date future;
  // A year qualifying a noun ("the 2018 summit", "the 2015 nuclear deal"):
  // it dates that noun's happening only.
  bool attributive = false;
  // The month of a month named without a year in an article of unknown
  // date ("in June", "on June 19"), else 0: such dates of different months
  // are different times.
  int yearless_month = 0;
  // The day of the week (1 Monday .. 7 Sunday) of a day named by its
  // weekday alone in an article of unknown date ("on Sunday"), else 0:
  // days of different weekdays are different days.
  int weekday = 0;
  // The first day of a range of days within one month ("May 7 to 10",
  // "19-21 May 2025"), whose dates are that month; else 0.
  int range_first_day = 0;
};

// Finds the date expressions among `tokens`: "January 19, 2022",
// "19 January 2022", "2022-01-19", "on September 30", "in December",
// "December 2023", "in 2013", "on Tuesday", "the Wednesday meeting",
// "yesterday", "last week", "earlier this month", "next year", ...
// `article` is the publication date (all zero when unknown). `previous` is
// the last date the text named before these tokens: "that month", "later
// that month", "that year", "the same month", "the following year" are
// read against it (unknown when it is coarser than the unit).
std::vector<DateMention> FindDates(const std::vector<Token>& tokens,
                                   const v1::Date& article,
                                   const v1::Date& previous = v1::Date());

// The latest `weekday` on or before `day` (past) or the first on or after
// it (future).
absl::CivilDay ResolveWeekday(absl::CivilDay day, absl::Weekday weekday,
                              bool future);

// The coarsest date containing every day of [first, last]: the day when
// they are equal, else the month, else the year, else unknown.
v1::Date DateCovering(absl::CivilDay first, absl::CivilDay last);

// The year of a dateline that names only a month and day ("MOSCOW,
// August 16. /TASS/."), from what the article's `sentences` say. Years from
// the latest the text names as past ("since 2022", "signed in 2013"; not
// "by 2030" nor a sentence with "will") to that of the knowledge base's
// latest office start are scored: first by how many persons named right
// after a title ("President Donald Trump", "Crown Prince and Prime Minister
// X" for both offices, "President of Ruritania X") held that office on
// that day, then by the first weekday of the dateline's sentence or the
// next two ("met on Friday"), else of a later sentence that tells of
// nothing to come, falling on that day or the day before (a dateline may
// be a day after the news). 0 when no single year is best,
// neither offices nor the weekday tell it, or the weekday fits not the
// year the offices tell (split evidence). `evidence`, when given, is set
// to what told the year, for a warning.
int DatelineYear(int month, int day,
                 const std::vector<std::vector<Token>>& sentences,
                 const Lexicon& lexicon, const KnowledgeBase& kb,
                 std::string* evidence = nullptr);

// True when `text` reads as a live blog: at least three of its lines open
// with a clock time ("19:05", "4:55 p.m. ET", "17.48 CST", "22:05 - ...").
// Its entries tell what happened on the blog's day without naming it.
bool LooksLikeLiveBlog(absl::string_view text);

// True when `tokens` open with a clock time ("19:05", "17.48"): a live
// blog's entry.
bool IsClockTime(const std::vector<Token>& tokens);

// True when `tokens` hold nothing but a date ("Wednesday 3 July 2024"), as
// a live blog's day heading: `dates` are the sentence's date mentions.
bool IsDateHeading(const std::vector<Token>& tokens,
                   const std::vector<DateMention>& dates);

}  // namespace parley

#endif  // PARLEY_COMMON_EXTRACT_DATES_H_
