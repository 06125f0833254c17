#include "common/extract/dates.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/extract/event_rules.h"
#include "common/util/date.h"
#include "common/util/word_set.h"

namespace parley {
namespace {

int LookUpMonth(const Token& token);
int LookUpWeekday(const Token& token);

// The month a token names (1-12), or 0. Most tokens are not months: they
// are rejected inline, by length and first letter (one of "jfmasond").
inline int MonthOf(const Token& token) {
  constexpr uint32_t kFirstLetters = 1u << ('j' - 'a') | 1u << ('f' - 'a') |
                                     1u << ('m' - 'a') | 1u << ('a' - 'a') |
                                     1u << ('s' - 'a') | 1u << ('o' - 'a') |
                                     1u << ('n' - 'a') | 1u << ('d' - 'a');
  const size_t size = token.lower.size();
  if (size < 3 || size > 10) return 0;
  const unsigned letter = static_cast<unsigned char>(token.lower[0]) - 'a';
  if (letter >= 26 || ((kFirstLetters >> letter) & 1) == 0) return 0;
  return LookUpMonth(token);
}

// The weekday a token names (1 for Monday ... 7), or 0; rejected inline
// unless of 6 to 9 letters ending in "day".
inline int WeekdayOf(const Token& token) {
  const size_t size = token.lower.size();
  if (size < 6 || size > 9 || token.lower[size - 1] != 'y' ||
      token.lower[size - 2] != 'a' || token.lower[size - 3] != 'd') {
    return 0;
  }
  return LookUpWeekday(token);
}

int LookUpMonth(const Token& token) {
  static const auto* kMonths = new WordMap<int>{
      {"january", 1},   {"february", 2}, {"march", 3},     {"april", 4},
      {"may", 5},       {"june", 6},     {"july", 7},      {"august", 8},
      {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
      {"jan", 1},       {"feb", 2},      {"mar", 3},       {"apr", 4},
      {"jun", 6},       {"jul", 7},      {"aug", 8},       {"sep", 9},
      {"sept", 9},      {"oct", 10},     {"nov", 11},      {"dec", 12}};
  // The token's own text brings its hash along.
  const auto it = token.lower.back() == '.'
                      ? kMonths->find(absl::string_view(token.lower)
                                          .substr(0, token.lower.size() - 1))
                      : kMonths->find(token.lower);
  return it == kMonths->end() ? 0 : it->second;
}

int LookUpWeekday(const Token& token) {
  static constexpr const char* kNames[] = {"monday",   "tuesday", "wednesday",
                                           "thursday", "friday",  "saturday",
                                           "sunday"};
  for (int i = 0; i < 7; ++i) {
    if (token.lower == kNames[i]) return i + 1;
  }
  return 0;
}

bool NumberIn(const Token& token, int low, int high, int* value) {
  if (!token.word) return false;
  // Most words are no number: turned away without the call, `value` set to
  // 0 as SimpleAtoi sets it when it fails.
  if (!absl::ascii_isdigit(static_cast<unsigned char>(token.lower[0]))) {
    *value = 0;
    return false;
  }
  return absl::SimpleAtoi(token.lower, value) && *value >= low &&
         *value <= high;
}

// A day of the month: "7", "07", or with an ordinal suffix ("7th", "21st").
bool DayNumber(const Token& token, int* day) {
  if (!token.word) return false;
  absl::string_view word = token.lower;
  if (word.size() > 2 &&
      absl::ascii_isdigit(static_cast<unsigned char>(word[word.size() - 3])) &&
      (absl::EndsWith(word, "st") || absl::EndsWith(word, "nd") ||
       absl::EndsWith(word, "rd") || absl::EndsWith(word, "th"))) {
    word.remove_suffix(2);
  }
  return word.size() <= 2 && absl::SimpleAtoi(word, day) && *day >= 1 &&
         *day <= 31;
}

// "-", "to", "through", "and" between the two ends of a range of days.
bool RangeWord(const std::vector<Token>& tokens, int i) {
  return i < static_cast<int>(tokens.size()) &&
         (tokens[i].lower == "-" || tokens[i].lower == "to" ||
          tokens[i].lower == "through" || tokens[i].lower == "and");
}

template <size_t N>
bool Is(const std::vector<Token>& tokens, int i, const char (&word)[N]) {
  return i >= 0 && i < static_cast<int>(tokens.size()) &&
         tokens[i].lower.size() == N - 1 &&
         std::memcmp(tokens[i].lower.data(), word, N - 1) == 0;
}

absl::Weekday ToWeekday(int number) {
  static constexpr absl::Weekday kDays[] = {
      absl::Weekday::monday,   absl::Weekday::tuesday, absl::Weekday::wednesday,
      absl::Weekday::thursday, absl::Weekday::friday,  absl::Weekday::saturday,
      absl::Weekday::sunday};
  return kDays[number - 1];
}

absl::CivilDay MondayOf(absl::CivilDay day) {
  return ResolveWeekday(day, absl::Weekday::monday, /*future=*/false);
}

// The last absolute date of `found` (named earlier in the sentence), else
// `previous`.
v1::Date NamedBefore(const std::vector<DateMention>& found,
                     const v1::Date& previous) {
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    if (PrecisionOf(it->past) != DatePrecision::kNone &&
        it->past.SerializeAsString() == it->future.SerializeAsString()) {
      return it->past;
    }
  }
  return previous;
}

}  // namespace

absl::CivilDay ResolveWeekday(absl::CivilDay day, absl::Weekday weekday,
                              bool future) {
  int step = future ? 1 : -1;
  while (absl::GetWeekday(day) != weekday) day += step;
  return day;
}

v1::Date DateCovering(absl::CivilDay first, absl::CivilDay last) {
  if (first == last) return DateFromCivilDay(first);
  if (first.year() == last.year() && first.month() == last.month()) {
    return MakeDate(static_cast<int>(first.year()), first.month(), 0);
  }
  if (first.year() == last.year()) {
    return MakeDate(static_cast<int>(first.year()), 0, 0);
  }
  return v1::Date();
}

std::vector<DateMention> FindDates(const std::vector<Token>& tokens,
                                   const v1::Date& article,
                                   const v1::Date& previous) {
  std::vector<DateMention> found;
  const bool known = PrecisionOf(article) == DatePrecision::kDay;
  const absl::CivilDay today =
      known ? absl::CivilDay(article.year(), article.month(), article.day())
            : absl::CivilDay();
  const int n = static_cast<int>(tokens.size());
  auto add = [&found](int first, int last, v1::Date past, v1::Date future) {
    found.push_back({first, last, std::move(past), std::move(future)});
  };
  // A month and day without a year: the latest such day on or before the
  // article date, or the first on or after it.
  // `span` more days after it make a range ("March 6-8"): the coarsest
  // date covering it.
  auto month_day = [&](int first, int last, int month, int day, int span = 0) {
    if (!known) {
      add(first, last, v1::Date(), v1::Date());
      found.back().yearless_month = month;
      return;
    }
    // A day that some years lack (29 February) is sought up to eight years
    // away; one that no year has (30 February) stays unknown.
    const int year = static_cast<int>(today.year());
    auto exists = [&](int y) {
      const absl::CivilDay candidate(y, month, day);
      return candidate.month() == month && candidate.day() == day;
    };
    int past = year, future = year;
    while (past > year - 8 &&
           (!exists(past) || absl::CivilDay(past, month, day) > today)) {
      --past;
    }
    while (future < year + 8 &&
           (!exists(future) || absl::CivilDay(future, month, day) < today)) {
      ++future;
    }
    if (!exists(past) || !exists(future)) {
      return add(first, last, v1::Date(), v1::Date());
    }
    const absl::CivilDay past_day(past, month, day);
    const absl::CivilDay future_day(future, month, day);
    add(first, last, DateCovering(past_day, past_day + span),
        DateCovering(future_day, future_day + span));
    if (span > 0 && PrecisionOf(found.back().past) == DatePrecision::kMonth) {
      found.back().range_first_day = day;
    }
  };
  // "6-8" or "6 to 8" from token i: the later day's token, or -1.
  auto range_end = [&](int i, int day, int* end_day) {
    return RangeWord(tokens, i) && i + 1 < n &&
                   DayNumber(tokens[i + 1], end_day) && *end_day > day
               ? i + 1
               : -1;
  };
  // Words that can start a date expression besides numbers, months and
  // weekdays; every other token is skipped at once.
  static const auto* kStarters =
      new WordSet{"yesterday", "today", "tomorrow", "tonight", "this",
                  "earlier",   "later", "last",     "next",    "past",
                  "that",      "the",   "ago",      "weekend"};
  for (int i = 0; i < n; ++i) {
    const Token& token = tokens[i];
    const char first = token.lower.empty() ? '\0' : token.lower[0];
    if (!absl::ascii_isdigit(static_cast<unsigned char>(first)) &&
        !MonthOf(token) && !WeekdayOf(token) &&
        !kStarters->contains(token.lower)) {
      continue;
    }
    // "on the 15th", "on the 3rd of March": with no month, the latest such
    // day up to the article date, or the next one.
    int ordinal_day = 0;
    if (token.lower == "the" && Is(tokens, i - 1, "on") && i + 1 < n &&
        !absl::ascii_isdigit(
            static_cast<unsigned char>(tokens[i + 1].lower.back())) &&
        DayNumber(tokens[i + 1], &ordinal_day)) {
      if (Is(tokens, i + 2, "of") && i + 3 < n && MonthOf(tokens[i + 3]) &&
          tokens[i + 3].capitalized) {
        continue;  // "the 3rd of March" is read at its day below.
      }
      if (i + 2 < n && tokens[i + 2].word) continue;  // "the 15th summit"
      if (!known) {
        add(i, i + 1, v1::Date(), v1::Date());
        ++i;
        continue;
      }
      absl::CivilMonth past(today), future(today);
      auto has_day = [ordinal_day](absl::CivilMonth month) {
        return absl::CivilDay(month.year(), month.month(), ordinal_day)
                   .month() == month.month();
      };
      while (!has_day(past) ||
             absl::CivilDay(past.year(), past.month(), ordinal_day) > today) {
        --past;
      }
      while (!has_day(future) || absl::CivilDay(future.year(), future.month(),
                                                ordinal_day) < today) {
        ++future;
      }
      add(i, i + 1,
          DateFromCivilDay(
              absl::CivilDay(past.year(), past.month(), ordinal_day)),
          DateFromCivilDay(
              absl::CivilDay(future.year(), future.month(), ordinal_day)));
      ++i;
      continue;
    }
    // "(later) that month", "that year", "the same month", "the following
    // year", "the previous month": the date named before, at that unit, or
    // the one after or before it.
    if (int year = 0; token.lower == "the" && i + 2 < n &&
                      NumberIn(tokens[i + 1], 1900, 2100, &year) &&
                      tokens[i + 1].lower.size() == 4 && tokens[i + 2].word &&
                      !absl::ascii_isdigit(
                          static_cast<unsigned char>(tokens[i + 2].lower[0]))) {
      // "the 2018 summit in Qingdao", "the 2015 nuclear deal".
      const v1::Date date = MakeDate(year, 0, 0);
      add(i + 1, i + 1, date, date);
      found.back().attributive = true;
      ++i;
      continue;
    }
    if (token.lower == "that" || token.lower == "the") {
      const bool that = token.lower == "that";
      const TokenText& w =
          that || i + 1 >= n ? token.lower : tokens[i + 1].lower;
      const int unit_at = that ? i + 1 : i + 2;
      const int shift = w == "following" || w == "next" ? 1
                        : w == "previous"               ? -1
                                                        : 0;
      if ((that || w == "same" || shift != 0) &&
          (Is(tokens, unit_at, "month") || Is(tokens, unit_at, "year"))) {
        const bool month = tokens[unit_at].lower == "month";
        const DatePrecision needed =
            month ? DatePrecision::kMonth : DatePrecision::kYear;
        if (PrecisionOf(previous) < needed) continue;
        v1::Date date;
        if (month) {
          const absl::CivilMonth named =
              absl::CivilMonth(previous.year(), previous.month()) + shift;
          date = MakeDate(static_cast<int>(named.year()), named.month(), 0);
        } else {
          date = MakeDate(previous.year() + shift, 0, 0);
        }
        const bool qualified = that && (Is(tokens, i - 1, "earlier") ||
                                        Is(tokens, i - 1, "later"));
        add(qualified ? i - 1 : i, unit_at, date, date);
        i = unit_at;
      }
      continue;
    }
    int value = 0, year = 0, day = 0;
    // 2022-01-19
    if (i + 4 < n && NumberIn(token, 1900, 2100, &year) &&
        token.lower.size() == 4 && tokens[i + 1].lower == "-" &&
        NumberIn(tokens[i + 2], 1, 12, &value) && tokens[i + 3].lower == "-" &&
        NumberIn(tokens[i + 4], 1, 31, &day)) {
      const v1::Date date = MakeDate(year, value, day);
      if (ValidateDate(date).ok()) add(i, i + 4, date, date);
      i += 4;
      continue;
    }
    if (const int month = MonthOf(token);
        month && (token.capitalized || token.lower.size() > 4)) {
      if (token.lower == "may" &&
          !(i + 1 < n && NumberIn(tokens[i + 1], 1, 2100, &value)) &&
          !Is(tokens, i - 1, "in") &&
          !(token.capitalized &&
            (Is(tokens, i - 1, "last") || Is(tokens, i - 1, "next")))) {
        continue;  // The verb "may".
      }
      // "Mar-a-Lago": a month's name joined by a hyphen to a word that is
      // neither a month nor a number is part of a name ("March-April"
      // stays a month).
      int unused_day = 0;
      if (Is(tokens, i + 1, "-") && i + 2 < n && tokens[i + 2].word &&
          !MonthOf(tokens[i + 2]) && !DayNumber(tokens[i + 2], &unused_day) &&
          !NumberIn(tokens[i + 2], 1900, 2100, &value)) {
        continue;
      }
      int j = i + 1;
      // "Dec. 22": the abbreviation's period may be a token of its own.
      if (Is(tokens, j, ".") && token.lower.size() <= 4) ++j;
      if (j < n && DayNumber(tokens[j], &day)) {
        // "March 6-8", "March 6 to 8, 2025": the days' covering date.
        int end_day = day;
        const int range_last = range_end(j + 1, day, &end_day);
        if (range_last > 0) j = range_last;
        int k = j + 1;
        if (Is(tokens, k, ",")) ++k;
        if (k < n && NumberIn(tokens[k], 1900, 2100, &year)) {
          const v1::Date date = MakeDate(year, month, day);
          const v1::Date end = MakeDate(year, month, end_day);
          if (ValidateDate(date).ok() && ValidateDate(end).ok()) {
            const v1::Date covering =
                DateCovering(absl::CivilDay(year, month, day),
                             absl::CivilDay(year, month, end_day));
            add(i, k, covering, covering);
            if (end_day > day) found.back().range_first_day = day;
          }
          i = k;
        } else {
          month_day(i, j, month, day, end_day - day);
          i = j;
        }
        continue;
      }
      if (j < n && NumberIn(tokens[j], 1900, 2100, &year)) {
        const v1::Date date = MakeDate(year, month, 0);
        add(i, j, date, date);
        i = j;
        continue;
      }
      // "June of the same year", "June that year", "March the following
      // year": the year of the date named before.
      const int of = Is(tokens, i + 1, "of") ? 1 : 0;
      const bool the = Is(tokens, i + 1 + of, "the") &&
                       (Is(tokens, i + 2 + of, "same") ||
                        Is(tokens, i + 2 + of, "following") ||
                        Is(tokens, i + 2 + of, "next"));
      const int year_at = i + (the ? 3 : 2) + of;
      if ((the || Is(tokens, i + 1 + of, "that")) &&
          Is(tokens, year_at, "year")) {
        const v1::Date before = NamedBefore(found, previous);
        const int shift = the && !Is(tokens, i + 2 + of, "same") ? 1 : 0;
        const v1::Date date = PrecisionOf(before) >= DatePrecision::kYear
                                  ? MakeDate(before.year() + shift, month, 0)
                                  : v1::Date();
        add(i, year_at, date, date);
        i = year_at;
        continue;
      }
      // "June of last year", "March of next year", "October last year".
      if (known && i + 2 + of < n && tokens[i + 2 + of].lower == "year" &&
          (Is(tokens, i + 1 + of, "last") || Is(tokens, i + 1 + of, "this") ||
           Is(tokens, i + 1 + of, "next"))) {
        const int shift = Is(tokens, i + 1 + of, "last")   ? -1
                          : Is(tokens, i + 1 + of, "next") ? 1
                                                           : 0;
        const v1::Date date =
            MakeDate(static_cast<int>(today.year()) + shift, month, 0);
        add(i, i + 2 + of, date, date);
        i += 2 + of;
        continue;
      }
      // A month alone: the latest such month up to the article's, or the next.
      if (!known) {
        add(i, i, v1::Date(), v1::Date());
        found.back().yearless_month = month;
        continue;
      }
      const int y = static_cast<int>(today.year());
      // "last June" is the latest June before the article's month, "next
      // June" the first after it, whatever the tense.
      if (Is(tokens, i - 1, "last") || Is(tokens, i - 1, "next")) {
        const bool last = tokens[i - 1].lower == "last";
        const int named_year = last ? (month < today.month() ? y : y - 1)
                                    : (month > today.month() ? y : y + 1);
        const v1::Date date = MakeDate(named_year, month, 0);
        add(i - 1, i, date, date);
        continue;
      }
      const int past_year = month <= today.month() ? y : y - 1;
      const int future_year = month >= today.month() ? y : y + 1;
      add(i, i, MakeDate(past_year, month, 0), MakeDate(future_year, month, 0));
      continue;
    }
    // 19 January 2022 / 30 September / the 3rd of March
    int end_day = 0;
    const int range_last =
        DayNumber(token, &day) ? range_end(i + 1, day, &end_day) : -1;
    // The month's token: after "6-8", and after "of" in "3rd of March".
    int at = range_last > 0 ? range_last + 1 : i + 1;
    if (Is(tokens, at, "of") && range_last < 0 && Is(tokens, i - 1, "the")) {
      ++at;
    }
    if (DayNumber(token, &day) && at < n && MonthOf(tokens[at]) &&
        tokens[at].capitalized) {
      const int month = MonthOf(tokens[at]);
      if (range_last < 0) end_day = day;
      if (at + 1 < n && NumberIn(tokens[at + 1], 1900, 2100, &year)) {
        const v1::Date date = MakeDate(year, month, day);
        const v1::Date end = MakeDate(year, month, end_day);
        if (ValidateDate(date).ok() && ValidateDate(end).ok()) {
          const v1::Date covering =
              DateCovering(absl::CivilDay(year, month, day),
                           absl::CivilDay(year, month, end_day));
          add(i, at + 1, covering, covering);
          if (end_day > day) found.back().range_first_day = day;
        }
        i = at + 1;
      } else {
        month_day(i, at, month, day, end_day - day);
        i = at;
      }
      continue;
    }
    // in 2013; "since 2018, when he travelled to Qingdao" (the clause's).
    if (NumberIn(token, 1900, 2100, &year) && token.lower.size() == 4 &&
        (Is(tokens, i - 1, "in") || Is(tokens, i - 1, "during") ||
         (Is(tokens, i - 1, "since") &&
          (Is(tokens, i + 1, "when") ||
           (Is(tokens, i + 1, ",") && Is(tokens, i + 2, "when")))))) {
      const v1::Date date = MakeDate(year, 0, 0);
      add(i, i, date, date);
      continue;
    }
    if (const int weekday = WeekdayOf(token)) {
      if (!known) {
        add(i, i, v1::Date(), v1::Date());
        // Not a range ("on Sunday and Monday", "Monday to Wednesday").
        const bool range =
            (i + 2 < n && RangeWord(tokens, i + 1) &&
             WeekdayOf(tokens[i + 2])) ||
            (i >= 2 && RangeWord(tokens, i - 1) && WeekdayOf(tokens[i - 2]));
        if (!range) found.back().weekday = weekday;
        continue;
      }
      // "Tuesday, 22 August", "Saturday, March 1": the full date says it.
      const int after = Is(tokens, i + 1, ",") ? i + 2 : i + 1;
      int unused = 0;
      if (after + 1 < n &&
          ((MonthOf(tokens[after]) && tokens[after].capitalized &&
            DayNumber(tokens[after + 1], &unused)) ||
           (DayNumber(tokens[after], &unused) && MonthOf(tokens[after + 1]) &&
            tokens[after + 1].capitalized))) {
        continue;
      }
      const absl::Weekday target = ToWeekday(weekday);
      int last = i;
      if (Is(tokens, i + 1, "morning") || Is(tokens, i + 1, "afternoon") ||
          Is(tokens, i + 1, "evening") || Is(tokens, i + 1, "night")) {
        last = i + 1;
      }
      // "on Monday and Tuesday", "Monday to Wednesday": the days' covering
      // date, the later day's last occurrence (past) or the earlier day's
      // next one (future).
      if (const int second = last + 2 < n && RangeWord(tokens, last + 1)
                                 ? WeekdayOf(tokens[last + 2])
                                 : 0;
          second != 0 && !Is(tokens, i - 1, "last") &&
          !Is(tokens, i - 1, "next")) {
        const int days = (second - weekday + 7) % 7;
        const absl::CivilDay past_end =
            ResolveWeekday(today, ToWeekday(second), false);
        const absl::CivilDay future_start = ResolveWeekday(today, target, true);
        add(i, last + 2, DateCovering(past_end - days, past_end),
            DateCovering(future_start, future_start + days));
        i = last + 2;
        continue;
      }
      // "last Tuesday" / "next Tuesday" force the direction.
      // On a Saturday, "last Saturday" is a week before and "next Saturday"
      // a week after.
      v1::Date past = DateFromCivilDay(ResolveWeekday(today, target, false));
      v1::Date future = DateFromCivilDay(ResolveWeekday(today, target, true));
      if (Is(tokens, i - 1, "last")) {
        past = DateFromCivilDay(ResolveWeekday(today - 1, target, false));
        future = past;
      }
      if (Is(tokens, i - 1, "next")) {
        future = DateFromCivilDay(ResolveWeekday(today + 1, target, true));
        past = future;
      }
      // "Three days later, on Friday", "The next day, Tuesday": the day
      // counted from the day named before, when it is that weekday.
      const int comma = Is(tokens, i - 1, "on") ? i - 2 : i - 1;
      const int offset = Is(tokens, comma, ",") && comma >= 3
                             ? event_rules::DayPhraseOffset(tokens, comma - 3)
                             : EventDraft::kNoOffset;
      const v1::Date before = offset != EventDraft::kNoOffset
                                  ? NamedBefore(found, previous)
                                  : v1::Date();
      if (PrecisionOf(before) == DatePrecision::kDay) {
        const absl::CivilDay counted =
            absl::CivilDay(before.year(), before.month(), before.day()) +
            offset;
        if (absl::GetWeekday(counted) == target) {
          past = future = DateFromCivilDay(counted);
        }
      }
      add(Is(tokens, i - 1, "last") || Is(tokens, i - 1, "next") ? i - 1 : i,
          last, past, future);
      i = last;
      continue;
    }
    if (!known) {
      if (token.lower == "yesterday" || token.lower == "today" ||
          token.lower == "tomorrow") {
        add(i, i, v1::Date(), v1::Date());
      }
      continue;
    }
    // "two days ago", "a week ago", "a month ago", "three years ago".
    if (token.lower == "ago" && i >= 2) {
      static const auto* kCounts =
          new WordMap<int>{{"a", 1},     {"one", 1},  {"two", 2}, {"three", 3},
                           {"four", 4},  {"five", 5}, {"six", 6}, {"seven", 7},
                           {"eight", 8}, {"nine", 9}, {"ten", 10}};
      const TokenText& unit = tokens[i - 1].lower;
      const int per = unit == "day" || unit == "days"     ? 1
                      : unit == "week" || unit == "weeks" ? 7
                                                          : 0;
      const bool months = unit == "month" || unit == "months";
      const bool years = unit == "year" || unit == "years";
      int count = 0;
      if (const auto it = kCounts->find(tokens[i - 2].lower);
          it != kCounts->end()) {
        count = it->second;
      } else if (!NumberIn(tokens[i - 2], 1, 60, &count)) {
        count = 0;
      }
      if (count == 0) continue;
      // "a month ago", "two years ago": that month, that year.
      v1::Date date;
      if (per != 0) {
        date = DateFromCivilDay(today - per * count);
      } else if (months) {
        const absl::CivilMonth month = absl::CivilMonth(today) - count;
        date = MakeDate(static_cast<int>(month.year()), month.month(), 0);
      } else if (years) {
        date = MakeDate(static_cast<int>(today.year()) - count, 0, 0);
      } else {
        continue;
      }
      add(i - 2, i, date, date);
      continue;
    }
    // "over the weekend", "at the weekend", "during the weekend": the
    // latest Saturday and Sunday up to today, or the next ones.
    if (token.lower == "weekend") {
      if (Is(tokens, i - 1, "the") &&
          (Is(tokens, i - 2, "over") || Is(tokens, i - 2, "at") ||
           Is(tokens, i - 2, "during"))) {
        const absl::CivilDay past =
            ResolveWeekday(today, absl::Weekday::saturday, false);
        const absl::CivilDay future =
            ResolveWeekday(today, absl::Weekday::saturday, true);
        add(i - 1, i, DateCovering(past, std::min(past + 1, today)),
            DateCovering(future, future + 1));
      }
      continue;
    }
    // "this morning", "tonight", "earlier today", "later in the day".
    const bool this_part_of_day =
        token.lower == "this" &&
        (Is(tokens, i + 1, "morning") || Is(tokens, i + 1, "afternoon") ||
         Is(tokens, i + 1, "evening"));
    const bool in_the_day =
        (token.lower == "earlier" || token.lower == "later") &&
        Is(tokens, i + 1, "in") && Is(tokens, i + 2, "the") &&
        Is(tokens, i + 3, "day");
    if (this_part_of_day || token.lower == "tonight" || in_the_day) {
      const int last = this_part_of_day ? i + 1 : in_the_day ? i + 3 : i;
      v1::Date date = DateFromCivilDay(today);
      // "met Erdogan on Wednesday evening. Earlier in the day, ...": the
      // day told last, when it is one of the week's news before the
      // article.
      v1::Date told = previous;
      for (const DateMention& before : found) {
        if (PrecisionOf(before.past) == DatePrecision::kDay) {
          told = before.past;
        }
      }
      if (in_the_day && PrecisionOf(told) == DatePrecision::kDay) {
        const absl::CivilDay told_day(told.year(), told.month(), told.day());
        if (told_day <= today && today - told_day <= 7) date = told;
      }
      add(i, last, date, date);
      i = last;
      continue;
    }
    if (token.lower == "yesterday" || token.lower == "today" ||
        token.lower == "tomorrow") {
      const int offset = token.lower == "yesterday" ? -1
                         : token.lower == "today"   ? 0
                                                    : 1;
      const v1::Date date = DateFromCivilDay(today + offset);
      add(i, i, date, date);
      continue;
    }
    // last/this/next week|month|year, optionally "earlier/later this ...".
    if ((token.lower == "last" || token.lower == "this" ||
         token.lower == "next" || token.lower == "past") &&
        i + 1 < n) {
      const TokenText& unit = tokens[i + 1].lower;
      const int first =
          (Is(tokens, i - 1, "earlier") || Is(tokens, i - 1, "later")) ? i - 1
                                                                       : i;
      const int shift = token.lower == "next"   ? 1
                        : token.lower == "this" ? 0
                                                : -1;
      v1::Date date;
      if (unit == "night" && shift == -1 && token.lower == "last") {
        date = DateFromCivilDay(today - 1);  // "arrived last night"
      } else if (unit == "week" || unit == "weekend") {
        const absl::CivilDay monday = MondayOf(today) + 7 * shift;
        const absl::CivilDay start = unit == "weekend" ? monday + 5 : monday;
        const absl::CivilDay end = monday + 6;
        if (shift == 0) {
          // This week: what happened lies before today, what is planned after.
          add(first, i + 1, DateCovering(start, std::min(end, today)),
              DateCovering(std::max(start, today), end));
          ++i;
          continue;
        }
        date = DateCovering(start, end);
      } else if (unit == "month") {
        const absl::CivilMonth month = absl::CivilMonth(today) + shift;
        date = MakeDate(static_cast<int>(month.year()), month.month(), 0);
      } else if (unit == "year") {
        date = MakeDate(static_cast<int>(today.year()) + shift, 0, 0);
      } else {
        continue;
      }
      add(first, i + 1, date, date);
      ++i;
    }
  }
  // "Friday, January 17": the weekday belongs to the date it introduces.
  for (DateMention& date : found) {
    int k = date.first - 1;
    if (Is(tokens, k, ",")) --k;
    if (k >= 0 && WeekdayOf(tokens[k]) &&
        PrecisionOf(date.past) == DatePrecision::kDay) {
      date.first = k;
    }
  }
  return found;
}

namespace {

// True when `tokens` tell of something to come: "will", "would",
// "plans", "scheduled", "next", ...
bool TellsOfFuture(const std::vector<Token>& tokens) {
  static const auto* kFuture = new WordSet{
      "will",    "would", "shall",     "due",    "expected", "expects",
      "plans",   "plan",  "planned",   "aims",   "aim",      "target",
      "targets", "could", "might",     "should", "next",     "upcoming",
      "slated",  "goal",  "scheduled", "until",  "forecast", "projected"};
  return std::any_of(tokens.begin(), tokens.end(), [](const Token& token) {
    return kFuture->contains(token.lower);
  });
}

// The latest year `sentences` name as past: after "in", "since", "of",
// "from" or a month ("signed in 2013", "since 2022", "in June 2023"), in a
// sentence that tells of nothing to come ("will be held in 2027", "a plan
// to double supplies by 2027" do not count); 0 when none.
int PastYear(const std::vector<std::vector<Token>>& sentences) {
  static const auto* kBefore = new WordSet{"in", "since", "of", "from"};
  int latest = 0;
  for (const std::vector<Token>& tokens : sentences) {
    int year = 0;
    for (size_t i = 1; i < tokens.size(); ++i) {
      int number = 0;
      if (tokens[i].lower.size() == 4 &&
          NumberIn(tokens[i], 1900, 2100, &number) &&
          (kBefore->contains(tokens[i - 1].lower) ||
           MonthOf(tokens[i - 1]) != 0)) {
        year = std::max(year, number);
      }
    }
    if (year <= latest || TellsOfFuture(tokens)) continue;
    latest = year;
  }
  return latest;
}

}  // namespace

int DatelineYear(int month, int day,
                 const std::vector<std::vector<Token>>& sentences,
                 const Lexicon& lexicon, const KnowledgeBase& kb,
                 std::string* evidence) {
  // Persons named right after a title, with that title.
  std::vector<std::pair<std::string, std::vector<std::string>>> titled;
  for (const std::vector<Token>& tokens : sentences) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      const EntryMatches entries = lexicon.Match(tokens, i);
      if (entries.empty()) continue;
      std::vector<const Entry*> titles;
      for (const Entry* entry : entries) {
        if (entry->kind == EntryKind::kTitle) titles.push_back(entry);
      }
      size_t next = i + entries[0]->length;
      // "Crown Prince and Prime Minister X" holds both offices; "President
      // of Ruritania X", "Secretary-General of the Alliance X" name the
      // office's country or body between title and name.
      while (!titles.empty() && next + 1 < tokens.size()) {
        const bool joined = tokens[next].lower == "and";
        if (!joined && tokens[next].lower != "of") break;
        size_t at = next + 1;
        if (!joined && tokens[at].lower == "the" && at + 1 < tokens.size()) {
          ++at;
        }
        const EntryMatches more = lexicon.Match(tokens, at);
        const Entry* found = nullptr;
        for (const Entry* entry : more) {
          if (joined ? entry->kind == EntryKind::kTitle
                     : entry->kind == EntryKind::kCountry ||
                           entry->kind == EntryKind::kOrganization) {
            found = entry;
          }
        }
        if (found == nullptr) break;
        if (joined) titles.push_back(found);
        next = at + found->length;
      }
      // "former President X", "then Brazilian President X" name a past
      // office.
      bool past_office = false;
      for (size_t j = i >= 3 ? i - 3 : 0; j < i; ++j) {
        past_office = past_office || tokens[j].lower == "former" ||
                      tokens[j].lower == "then" || tokens[j].lower == "late" ||
                      tokens[j].lower == "ex";
      }
      if (!titles.empty() && !past_office && next < tokens.size()) {
        for (const Entry* person : lexicon.Match(tokens, next)) {
          if (person->kind != EntryKind::kPerson) continue;
          for (const Entry* title : titles) {
            titled.push_back({title->ids[0], person->ids});
          }
        }
      }
      i = next - 1;
    }
  }
  // The dateline's sentence names the month and day among its first words;
  // the first weekday of it or of the next two sentences (the lead: a
  // dateline may stand alone, "BAKU, July 18. Agency:") is the news's day.
  int weekday = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<Token>& tokens = sentences[s];
    const int n = std::min(static_cast<int>(tokens.size()), 12);
    int dated = 0;
    for (int i = 0; i + 1 < n; ++i) {
      if (MonthOf(tokens[i]) != month) continue;
      // "Dec. 8": the abbreviation's period may be a token of its own.
      const int at = Is(tokens, i + 1, ".") ? i + 2 : i + 1;
      int number = 0;
      if (at < n && DayNumber(tokens[at], &number) && number == day) {
        dated = at + 1;
        break;
      }
    }
    if (dated == 0) continue;
    for (size_t t = s; t < sentences.size() && t < s + 3 && weekday == 0; ++t) {
      for (size_t i = t == s ? dated : 0; i < sentences[t].size(); ++i) {
        if ((weekday = WeekdayOf(sentences[t][i])) != 0) break;
      }
    }
    // Else the first weekday of a later sentence telling of what was ("On
    // Tuesday he was in Dushanbe"; not "will return on Tuesday").
    for (size_t t = s + 3; t < sentences.size() && weekday == 0; ++t) {
      if (TellsOfFuture(sentences[t])) continue;
      for (const Token& token : sentences[t]) {
        if ((weekday = WeekdayOf(token)) != 0) break;
      }
    }
    break;
  }
  const int since = PastYear(sentences);
  if (titled.empty() && weekday == 0) return 0;
  int latest = 0;
  for (const v1::Actor& actor : kb.actors()) {
    for (const v1::Role& role : actor.roles()) {
      latest = std::max(latest, role.start().year());
    }
  }
  int best_year = 0, best_roles = -1, best_weekday = -1;
  bool tie = false;
  for (int year = std::max(1990, since); year <= latest; ++year) {
    const absl::CivilDay date(year, month, day);
    if (date.month() != month) continue;  // 29 February
    int roles = 0;
    for (const auto& [title, ids] : titled) {
      bool held = false;
      for (const std::string& id : ids) {
        const v1::Actor* actor = kb.FindActor(id);
        if (actor == nullptr) continue;
        for (const v1::Role* role :
             kb.RolesOn(*actor, DateFromCivilDay(date))) {
          held = held || role->title() == title;
        }
      }
      roles += held;
    }
    // Datelines give the day of writing, a day after some events.
    int weekday_fit = 0;
    if (weekday != 0) {
      const absl::Weekday named = ToWeekday(weekday);
      weekday_fit = absl::GetWeekday(date) == named ||
                    absl::GetWeekday(date - 1) == named;
    }
    if (roles > best_roles ||
        (roles == best_roles && weekday_fit > best_weekday)) {
      best_year = year;
      best_roles = roles;
      best_weekday = weekday_fit;
      tie = false;
    } else if (roles == best_roles && weekday_fit == best_weekday) {
      tie = true;
    }
  }
  // Offices that point to a year whose day the weekday does not fit split
  // the evidence.
  if (tie || (best_roles <= 0 && best_weekday <= 0) ||
      (weekday != 0 && best_weekday == 0)) {
    return 0;
  }
  if (evidence != nullptr) {
    std::vector<std::string> reasons;
    if (best_roles > 0) {
      reasons.push_back("the offices of the persons named with a title");
    }
    if (best_weekday > 0) {
      reasons.push_back("the lead's weekday (that day or the day before)");
    }
    if (since > 0) {
      reasons.push_back(
          absl::StrCat("years it names as past (up to ", since, ")"));
    }
    *evidence = absl::StrJoin(reasons, ", ");
  }
  return best_year;
}

bool LooksLikeLiveBlog(absl::string_view text) {
  int stamps = 0;
  size_t line = 0;
  while (line < text.size()) {
    size_t next = text.find('\n', line);
    if (next == absl::string_view::npos) next = text.size();
    const absl::string_view head =
        text.substr(line, std::min<size_t>(next - line, 6));
    // One or two digits of hours, ':' or '.', two digits of minutes, then
    // the line's end or a space.
    size_t k = 0;
    while (k < head.size() && k < 2 && absl::ascii_isdigit(head[k])) ++k;
    if (k > 0 && k + 3 <= head.size() && (head[k] == ':' || head[k] == '.') &&
        absl::ascii_isdigit(head[k + 1]) && absl::ascii_isdigit(head[k + 2]) &&
        (k + 3 == head.size() || head[k + 3] == ' ') && ++stamps >= 3) {
      return true;
    }
    line = next + 1;
  }
  return false;
}

bool IsClockTime(const std::vector<Token>& tokens) {
  int hours = 0, minutes = 0;
  return tokens.size() >= 3 && NumberIn(tokens[0], 0, 24, &hours) &&
         tokens[0].lower.size() <= 2 &&
         (tokens[1].lower == ":" || tokens[1].lower == ".") &&
         tokens[2].lower.size() == 2 && NumberIn(tokens[2], 0, 59, &minutes);
}

bool IsDateHeading(const std::vector<Token>& tokens,
                   const std::vector<DateMention>& dates) {
  if (dates.size() != 1 || PrecisionOf(dates[0].past) != DatePrecision::kDay ||
      dates[0].past.SerializeAsString() !=
          dates[0].future.SerializeAsString()) {
    return false;
  }
  for (int k = 0; k < static_cast<int>(tokens.size()); ++k) {
    if (tokens[k].word && WeekdayOf(tokens[k]) == 0 &&
        (k < dates[0].first || k > dates[0].last)) {
      return false;
    }
  }
  return true;
}

}  // namespace parley
