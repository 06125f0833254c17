#include "common/store/keys.h"

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "common/util/date.h"

namespace parley {
namespace keys {
namespace {

constexpr char kSep = '\0';
constexpr size_t kDateKeyWidth = 8;

// The smallest string greater than every string starting with `prefix`
// (empty when there is none: `prefix` is empty or all 0xff bytes).
std::string PrefixSuccessor(absl::string_view prefix) {
  std::string out(prefix);
  while (!out.empty()) {
    unsigned char& last = reinterpret_cast<unsigned char&>(out.back());
    if (last != 0xff) {
      ++last;
      return out;
    }
    out.pop_back();
  }
  return out;
}

// The leading digits of the date segment that every refinement of `date`
// shares: "2024", "202410", "20241011"; "" for an unknown date.
std::string DatePrefixOf(const v1::Date& date) {
  const std::string key = DateKey(date);
  switch (PrecisionOf(date)) {
    case DatePrecision::kNone:
      return "";
    case DatePrecision::kYear:
      return key.substr(0, 4);
    case DatePrecision::kMonth:
      return key.substr(0, 6);
    case DatePrecision::kDay:
      return key;
  }
  return key;
}

// Every key that is `full_prefix` + '\0' + ...
KeyRange SegmentRange(const std::string& full_prefix) {
  return PrefixRange(absl::StrCat(full_prefix, absl::string_view("\0", 1)));
}

absl::Status Malformed(absl::string_view index, absl::string_view key,
                       absl::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat(
      "malformed ", index, " key '", absl::CHexEscape(key), "': ", why));
}

std::vector<absl::string_view> Segments(absl::string_view key) {
  return absl::StrSplit(key, absl::ByChar(kSep));
}

absl::StatusOr<DatedKey> DecodeDated(absl::string_view index,
                                     absl::string_view key, int actor_count) {
  const std::vector<absl::string_view> parts = Segments(key);
  if (parts.size() != static_cast<size_t>(actor_count) + 2) {
    return Malformed(index, key,
                     absl::StrCat("expected ", actor_count + 2, " segments"));
  }
  DatedKey out;
  for (int i = 0; i < actor_count; ++i) {
    if (!ValidateActorId(parts[i], "actor id").ok()) {
      return Malformed(index, key, "bad actor id");
    }
  }
  if (actor_count >= 1) out.actor_a = std::string(parts[0]);
  if (actor_count == 2) {
    out.actor_b = std::string(parts[1]);
    if (out.actor_a >= out.actor_b) {
      return Malformed(index, key, "pair ids not in increasing order");
    }
  }
  absl::StatusOr<v1::Date> date = ParseDateKey(parts[actor_count]);
  if (!date.ok()) return Malformed(index, key, date.status().message());
  out.date = *date;
  if (!ValidateRecordId(parts[actor_count + 1], "event id").ok()) {
    return Malformed(index, key, "bad event id");
  }
  out.event_id = std::string(parts[actor_count + 1]);
  return out;
}

}  // namespace

absl::Status ValidateActorId(absl::string_view id, absl::string_view what) {
  bool ok = !id.empty() && id.front() != '-' && id.back() != '-';
  char previous = 0;
  for (size_t i = 0; ok && i < id.size(); ++i) {
    const char c = id[i];
    ok = absl::ascii_islower(c) || absl::ascii_isdigit(c) ||
         (c == '-' && previous != '-');
    previous = c;
  }
  if (ok) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      what, " '", absl::CHexEscape(id),
      "' is not an actor id; use lowercase ASCII kebab-case such as "
      "'vladimir-putin'"));
}

absl::Status ValidateRecordId(absl::string_view id, absl::string_view what) {
  const bool ok = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return absl::ascii_isgraph(static_cast<unsigned char>(c));
  });
  if (ok) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat(what, " '", absl::CHexEscape(id),
                   "' is empty or holds characters other than printable "
                   "ASCII without spaces"));
}

std::string DateKey(const v1::Date& date) { return DateSortKey(date); }

absl::StatusOr<v1::Date> ParseDateKey(absl::string_view key) {
  if (key.size() != kDateKeyWidth ||
      !std::all_of(key.begin(), key.end(),
                   [](char c) { return absl::ascii_isdigit(c); })) {
    return absl::InvalidArgumentError(absl::StrCat(
        "date key '", absl::CHexEscape(key), "' is not 8 digits YYYYMMDD"));
  }
  auto number = [&](size_t pos, size_t len) {
    int value = 0;
    for (size_t i = pos; i < pos + len; ++i)
      value = value * 10 + (key[i] - '0');
    return value;
  };
  const v1::Date date = MakeDate(number(0, 4), number(4, 2), number(6, 2));
  if (absl::Status status = ValidateDate(date); !status.ok()) return status;
  return date;
}

std::string EventsByDateKey(const v1::Date& date, absl::string_view event_id) {
  return absl::StrCat(DateKey(date), absl::string_view("\0", 1), event_id);
}

std::string EventsByActorKey(absl::string_view actor_id, const v1::Date& date,
                             absl::string_view event_id) {
  return absl::StrCat(ActorPrefix(actor_id), EventsByDateKey(date, event_id));
}

std::string MeetingsByPairKey(absl::string_view a, absl::string_view b,
                              const v1::Date& date,
                              absl::string_view event_id) {
  return absl::StrCat(PairPrefix(a, b), EventsByDateKey(date, event_id));
}

std::string AgreementsByStatusKey(v1::AgreementStatus status,
                                  absl::string_view agreement_id) {
  return absl::StrCat(StatusPrefix(status), agreement_id);
}

std::string AgreementsByPartyKey(absl::string_view party,
                                 absl::string_view agreement_id) {
  return absl::StrCat(ActorPrefix(party), agreement_id);
}

std::string ActorsByNameKey(absl::string_view name,
                            absl::string_view actor_id) {
  return absl::StrCat(NamePrefix(name), actor_id);
}

absl::StatusOr<DatedKey> DecodeEventsByDateKey(absl::string_view key) {
  return DecodeDated("events_by_date", key, 0);
}

absl::StatusOr<DatedKey> DecodeEventsByActorKey(absl::string_view key) {
  return DecodeDated("events_by_actor", key, 1);
}

absl::StatusOr<DatedKey> DecodeMeetingsByPairKey(absl::string_view key) {
  return DecodeDated("meetings_by_pair", key, 2);
}

absl::StatusOr<StatusKey> DecodeAgreementsByStatusKey(absl::string_view key) {
  const std::vector<absl::string_view> parts = Segments(key);
  if (parts.size() != 2) {
    return Malformed("agreements_by_status", key, "expected 2 segments");
  }
  const absl::string_view digits = parts[0];
  if (digits.size() != 2 || !absl::ascii_isdigit(digits[0]) ||
      !absl::ascii_isdigit(digits[1])) {
    return Malformed("agreements_by_status", key, "status is not 2 digits");
  }
  const int number = (digits[0] - '0') * 10 + (digits[1] - '0');
  if (!v1::AgreementStatus_IsValid(number)) {
    return Malformed("agreements_by_status", key, "unknown status");
  }
  if (!ValidateRecordId(parts[1], "agreement id").ok()) {
    return Malformed("agreements_by_status", key, "bad agreement id");
  }
  StatusKey out;
  out.status = static_cast<v1::AgreementStatus>(number);
  out.agreement_id = std::string(parts[1]);
  return out;
}

absl::StatusOr<PartyKey> DecodeAgreementsByPartyKey(absl::string_view key) {
  const std::vector<absl::string_view> parts = Segments(key);
  if (parts.size() != 2) {
    return Malformed("agreements_by_party", key, "expected 2 segments");
  }
  if (!ValidateActorId(parts[0], "party").ok()) {
    return Malformed("agreements_by_party", key, "bad party id");
  }
  if (!ValidateRecordId(parts[1], "agreement id").ok()) {
    return Malformed("agreements_by_party", key, "bad agreement id");
  }
  return PartyKey{std::string(parts[0]), std::string(parts[1])};
}

absl::StatusOr<NameKey> DecodeActorsByNameKey(absl::string_view key) {
  const std::vector<absl::string_view> parts = Segments(key);
  if (parts.size() != 2) {
    return Malformed("actors_by_name", key, "expected 2 segments");
  }
  if (parts[0].empty() || absl::AsciiStrToLower(parts[0]) != parts[0]) {
    return Malformed("actors_by_name", key, "name is empty or not lowercase");
  }
  if (!ValidateActorId(parts[1], "actor id").ok()) {
    return Malformed("actors_by_name", key, "bad actor id");
  }
  return NameKey{std::string(parts[0]), std::string(parts[1])};
}

std::string ActorPrefix(absl::string_view actor_id) {
  return absl::StrCat(actor_id, absl::string_view("\0", 1));
}

std::string PairPrefix(absl::string_view a, absl::string_view b) {
  if (b < a) std::swap(a, b);
  return absl::StrCat(a, absl::string_view("\0", 1), b,
                      absl::string_view("\0", 1));
}

std::string StatusPrefix(v1::AgreementStatus status) {
  return absl::StrFormat("%02d%c", static_cast<int>(status), kSep);
}

std::string NamePrefix(absl::string_view name) {
  return absl::StrCat(absl::AsciiStrToLower(name), absl::string_view("\0", 1));
}

KeyRange PrefixRange(absl::string_view prefix) {
  return KeyRange{std::string(prefix), PrefixSuccessor(prefix)};
}

KeyRange DateRange(absl::string_view prefix, const v1::Date& start,
                   const v1::Date& end) {
  const bool has_start = PrecisionOf(start) != DatePrecision::kNone;
  const bool has_end = PrecisionOf(end) != DatePrecision::kNone;
  KeyRange range = PrefixRange(prefix);
  if (has_start) {
    range.lower = absl::StrCat(prefix, DateKey(start));
  } else if (has_end) {
    // The smallest known date ("0001"): skips the unknown dates.
    range.lower = absl::StrCat(prefix, DateKey(MakeDate(1, 0, 0)));
  }
  if (has_end) {
    range.upper = PrefixSuccessor(absl::StrCat(prefix, DatePrefixOf(end)));
  }
  return range;
}

std::vector<KeyRange> AgreeingDateRanges(absl::string_view prefix,
                                         const v1::Date& date) {
  const DatePrecision precision = PrecisionOf(date);
  if (precision == DatePrecision::kNone) return {PrefixRange(prefix)};
  std::vector<KeyRange> ranges;
  // Coarser forms of the date, each one exact date segment.
  for (DatePrecision coarser = DatePrecision::kNone; coarser < precision;
       coarser = static_cast<DatePrecision>(static_cast<int>(coarser) + 1)) {
    ranges.push_back(
        SegmentRange(absl::StrCat(prefix, DateKey(Truncate(date, coarser)))));
  }
  // The date itself and its refinements.
  ranges.push_back(PrefixRange(absl::StrCat(prefix, DatePrefixOf(date))));
  return ranges;
}

std::vector<std::string> IndexedActorIds(const v1::Event& event) {
  std::vector<std::string> ids;
  for (const v1::ActorRef& participant : event.participants()) {
    ids.push_back(participant.id());
    if (!participant.country().empty()) ids.push_back(participant.country());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

bool IsPairIndexed(v1::EventType type) {
  return type == v1::EVENT_TYPE_MEETING || type == v1::EVENT_TYPE_CALL;
}

EventIndexKeys IndexKeysOf(const v1::Event& event) {
  EventIndexKeys keys;
  keys.by_date.push_back(EventsByDateKey(event.date(), event.id()));
  const std::vector<std::string> ids = IndexedActorIds(event);
  for (const std::string& id : ids) {
    keys.by_actor.push_back(EventsByActorKey(id, event.date(), event.id()));
  }
  if (IsPairIndexed(event.type())) {
    for (size_t i = 0; i < ids.size(); ++i) {
      for (size_t j = i + 1; j < ids.size(); ++j) {
        keys.by_pair.push_back(
            MeetingsByPairKey(ids[i], ids[j], event.date(), event.id()));
      }
    }
  }
  return keys;
}

}  // namespace keys
}  // namespace parley
