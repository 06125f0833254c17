// Helpers for parley::v1::Date, a possibly partial calendar date whose zero
// components mean "unknown" (see proto/parley/v1/types.proto).
#ifndef PARLEY_COMMON_UTIL_DATE_H_
#define PARLEY_COMMON_UTIL_DATE_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "parley/v1/types.pb.h"

namespace parley {

// How much of a date is known, coarsest first.
enum class DatePrecision { kNone = 0, kYear = 1, kMonth = 2, kDay = 3 };

// The finest known component of `date`.
DatePrecision PrecisionOf(const v1::Date& date);

// Builds a date; pass 0 for unknown components.
v1::Date MakeDate(int year, int month, int day);
v1::Date DateFromCivilDay(absl::CivilDay day);

// The date cut to `precision` (finer components zeroed).
v1::Date Truncate(const v1::Date& date, DatePrecision precision);

// True when the two dates are equal once both are cut to the coarser of
// their precisions. An unknown date agrees with every date.
bool DatesAgree(const v1::Date& a, const v1::Date& b);

// Returns OK for a well-formed date: all zero, or a year in 1..9999 with a
// month in 0..12 and a day in 0..(days in that month), where a day requires a
// month. Otherwise INVALID_ARGUMENT naming the bad component.
absl::Status ValidateDate(const v1::Date& date);

// "2024-10-11", "2024-10", "2024", or "" for an unknown date.
std::string FormatDate(const v1::Date& date);

// Parses the forms FormatDate writes. INVALID_ARGUMENT on anything else.
absl::StatusOr<v1::Date> ParseDate(absl::string_view text);

// Sort key of fixed width that orders dates chronologically, unknown
// components (and unknown dates) first: "20241011", "20241000", "00000000".
std::string DateSortKey(const v1::Date& date);

// The first and last days a partial date may denote; for an unknown date the
// whole calendar (0001-01-01 .. 9999-12-31).
absl::CivilDay FirstDay(const v1::Date& date);
absl::CivilDay LastDay(const v1::Date& date);

}  // namespace parley

#endif  // PARLEY_COMMON_UTIL_DATE_H_
