#include "common/util/date.h"

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"

namespace parley {

DatePrecision PrecisionOf(const v1::Date& date) {
  if (date.year() == 0) return DatePrecision::kNone;
  if (date.month() == 0) return DatePrecision::kYear;
  if (date.day() == 0) return DatePrecision::kMonth;
  return DatePrecision::kDay;
}

v1::Date MakeDate(int year, int month, int day) {
  v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

v1::Date DateFromCivilDay(absl::CivilDay day) {
  return MakeDate(static_cast<int>(day.year()), day.month(), day.day());
}

v1::Date Truncate(const v1::Date& date, DatePrecision precision) {
  v1::Date out = date;
  if (precision < DatePrecision::kDay) out.set_day(0);
  if (precision < DatePrecision::kMonth) out.set_month(0);
  if (precision < DatePrecision::kYear) out.set_year(0);
  return out;
}

bool DatesAgree(const v1::Date& a, const v1::Date& b) {
  const DatePrecision common = std::min(PrecisionOf(a), PrecisionOf(b));
  const v1::Date ta = Truncate(a, common);
  const v1::Date tb = Truncate(b, common);
  return ta.year() == tb.year() && ta.month() == tb.month() &&
         ta.day() == tb.day();
}

absl::Status ValidateDate(const v1::Date& date) {
  if (date.year() == 0) {
    if (date.month() != 0 || date.day() != 0) {
      return absl::InvalidArgumentError(
          "date: a month or day needs a year; set year or clear the date");
    }
    return absl::OkStatus();
  }
  if (date.year() < 1 || date.year() > 9999) {
    return absl::InvalidArgumentError(absl::StrCat(
        "date: year ", date.year(), " is out of range; use 1..9999"));
  }
  if (date.month() < 0 || date.month() > 12) {
    return absl::InvalidArgumentError(absl::StrCat(
        "date: month ", date.month(), " is out of range; use 1..12, or 0"));
  }
  if (date.day() != 0) {
    if (date.month() == 0) {
      return absl::InvalidArgumentError(
          "date: a day needs a month; set month or clear day");
    }
    const absl::CivilDay first(date.year(), date.month(), 1);
    const int days_in_month =
        static_cast<int>(absl::CivilDay(absl::CivilMonth(first) + 1) - first);
    if (date.day() < 1 || date.day() > days_in_month) {
      return absl::InvalidArgumentError(
          absl::StrCat("date: day ", date.day(), " does not exist in ",
                       date.year(), "-", date.month()));
    }
  }
  return absl::OkStatus();
}

std::string FormatDate(const v1::Date& date) {
  switch (PrecisionOf(date)) {
    case DatePrecision::kNone:
      return "";
    case DatePrecision::kYear:
      return absl::StrFormat("%04d", date.year());
    case DatePrecision::kMonth:
      return absl::StrFormat("%04d-%02d", date.year(), date.month());
    case DatePrecision::kDay:
      return absl::StrFormat("%04d-%02d-%02d", date.year(), date.month(),
                             date.day());
  }
  return "";
}

absl::StatusOr<v1::Date> ParseDate(absl::string_view text) {
  const std::vector<absl::string_view> parts = absl::StrSplit(text, '-');
  int values[3] = {0, 0, 0};
  static constexpr int kWidths[3] = {4, 2, 2};
  if (text.empty() || parts.size() > 3) {
    return absl::InvalidArgumentError(
        absl::StrCat("date '", text, "' is not YYYY, YYYY-MM or YYYY-MM-DD"));
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].size() != static_cast<size_t>(kWidths[i]) ||
        !absl::SimpleAtoi(parts[i], &values[i])) {
      return absl::InvalidArgumentError(
          absl::StrCat("date '", text, "' is not YYYY, YYYY-MM or YYYY-MM-DD"));
    }
  }
  v1::Date date = MakeDate(values[0], values[1], values[2]);
  if (absl::Status status = ValidateDate(date); !status.ok()) return status;
  if (date.year() == 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("date '", text, "' has year 0; use 1..9999"));
  }
  return date;
}

std::string DateSortKey(const v1::Date& date) {
  const int year = date.year(), month = date.month(), day = date.day();
  if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 ||
      day > 99) {
    return absl::StrFormat("%04d%02d%02d", year, month, day);
  }
  // The same digits as the format above, without its cost (this is called
  // for every role compared when resolving offices).
  std::string key(8, '0');
  for (int k = 3, value = year; k >= 0; --k, value /= 10) {
    key[k] = static_cast<char>('0' + value % 10);
  }
  key[4] = static_cast<char>('0' + month / 10);
  key[5] = static_cast<char>('0' + month % 10);
  key[6] = static_cast<char>('0' + day / 10);
  key[7] = static_cast<char>('0' + day % 10);
  return key;
}

absl::CivilDay FirstDay(const v1::Date& date) {
  if (date.year() == 0) return absl::CivilDay(1, 1, 1);
  return absl::CivilDay(date.year(), date.month() == 0 ? 1 : date.month(),
                        date.day() == 0 ? 1 : date.day());
}

absl::CivilDay LastDay(const v1::Date& date) {
  if (date.year() == 0) return absl::CivilDay(9999, 12, 31);
  if (date.month() == 0) return absl::CivilDay(date.year(), 12, 31);
  if (date.day() == 0) {
    return absl::CivilDay(absl::CivilMonth(date.year(), date.month()) + 1) - 1;
  }
  return absl::CivilDay(date.year(), date.month(), date.day());
}

}  // namespace parley
