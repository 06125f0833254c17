// Key encodings of the store's column families (see store.h).
//
// Index keys are segments joined by '\0'. Actor ids are lowercase ASCII
// kebab-case and the date segment is the fixed-width DateSortKey
// ("20241011", "20241000", "00000000"), so keys sharing a prefix sort by
// date, and the prefix "iran\0" never matches "iran-x\0...":
//
//   events_by_date        date '\0' event
//   events_by_actor       actor '\0' date '\0' event
//   meetings_by_pair      lower actor '\0' higher actor '\0' date '\0' event
//   agreements_by_status  two-digit status '\0' agreement
//   agreements_by_party   party '\0' agreement
//   actors_by_name        lowercased name '\0' actor
//
// Record column families (events, agreements, articles, actors) are keyed by
// the record id itself.
#ifndef PARLEY_COMMON_STORE_KEYS_H_
#define PARLEY_COMMON_STORE_KEYS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "parley/v1/event.pb.h"
#include "parley/v1/types.pb.h"

namespace parley {
namespace keys {

// OK for a non-empty lowercase ASCII kebab-case id ("ebrahim-raisi", "g7"):
// letters a-z, digits and single inner hyphens. Otherwise INVALID_ARGUMENT
// naming `what` ("participant id").
absl::Status ValidateActorId(absl::string_view id, absl::string_view what);

// OK for a non-empty id of printable ASCII without spaces (event, agreement
// and article ids). Otherwise INVALID_ARGUMENT naming `what`.
absl::Status ValidateRecordId(absl::string_view id, absl::string_view what);

// The fixed-width date segment, and its inverse. ParseDateKey returns
// INVALID_ARGUMENT unless `key` is 8 digits forming a valid (possibly
// partial or unknown) date.
std::string DateKey(const v1::Date& date);
absl::StatusOr<v1::Date> ParseDateKey(absl::string_view key);

// REQUIRES: valid ids and dates (see the validators above).
std::string EventsByDateKey(const v1::Date& date, absl::string_view event_id);
std::string EventsByActorKey(absl::string_view actor_id, const v1::Date& date,
                             absl::string_view event_id);
// `a` and `b` in either order; REQUIRES a != b.
std::string MeetingsByPairKey(absl::string_view a, absl::string_view b,
                              const v1::Date& date, absl::string_view event_id);
std::string AgreementsByStatusKey(v1::AgreementStatus status,
                                  absl::string_view agreement_id);
std::string AgreementsByPartyKey(absl::string_view party,
                                 absl::string_view agreement_id);
// `name` is lowercased (ASCII letters only); REQUIRES no '\0' in it.
std::string ActorsByNameKey(absl::string_view name, absl::string_view actor_id);

// A decoded dated index key. Actor fields are empty when the index has none.
struct DatedKey {
  std::string actor_a;  // events_by_actor: the actor; pair: the lower id.
  std::string actor_b;  // meetings_by_pair: the higher id.
  v1::Date date;
  std::string event_id;
};

// Each returns INVALID_ARGUMENT for a key that is not a well-formed key of
// its column family (wrong segment count, bad date, bad or unordered ids).
absl::StatusOr<DatedKey> DecodeEventsByDateKey(absl::string_view key);
absl::StatusOr<DatedKey> DecodeEventsByActorKey(absl::string_view key);
absl::StatusOr<DatedKey> DecodeMeetingsByPairKey(absl::string_view key);

struct StatusKey {
  v1::AgreementStatus status = v1::AGREEMENT_STATUS_UNSPECIFIED;
  std::string agreement_id;
};
absl::StatusOr<StatusKey> DecodeAgreementsByStatusKey(absl::string_view key);

struct PartyKey {
  std::string party;
  std::string agreement_id;
};
absl::StatusOr<PartyKey> DecodeAgreementsByPartyKey(absl::string_view key);

struct NameKey {
  std::string name;  // Lowercased.
  std::string actor_id;
};
absl::StatusOr<NameKey> DecodeActorsByNameKey(absl::string_view key);

// Scan prefixes: every key of the actor (or party), pair, status or name
// starts with the returned prefix and no other key does.
std::string ActorPrefix(absl::string_view actor_id);
std::string PairPrefix(absl::string_view a, absl::string_view b);
std::string StatusPrefix(v1::AgreementStatus status);
std::string NamePrefix(absl::string_view name);

// A half-open key range [lower, upper); an empty `upper` is unbounded.
struct KeyRange {
  std::string lower;
  std::string upper;
};

// Every key starting with `prefix`.
KeyRange PrefixRange(absl::string_view prefix);

// Keys `prefix` + date segment + ... whose date lies in [start, end] (each
// all-zero = unbounded): `start` 2024-10 admits "20241000" and every October
// day; `end` 2024-10 admits every date that starts within October 2024
// ("20241000" .. "20241031"). When either bound is set, events of unknown
// date ("00000000") are excluded.
KeyRange DateRange(absl::string_view prefix, const v1::Date& start,
                   const v1::Date& end);

// The ranges of keys `prefix` + date segment + ... whose date agrees with
// `date` (see DatesAgree): the unknown date, each coarser form of `date`,
// and every refinement of it. All keys under `prefix` for an unknown date.
std::vector<KeyRange> AgreeingDateRanges(absl::string_view prefix,
                                         const v1::Date& date);

// The ids an event is indexed under: each participant id and each
// participant's country (when set), deduplicated and sorted.
std::vector<std::string> IndexedActorIds(const v1::Event& event);

// True for the event types the meetings_by_pair index holds (MEETING, CALL).
bool IsPairIndexed(v1::EventType type);

// Every index key of a stored event (which must have an id).
struct EventIndexKeys {
  std::vector<std::string> by_date;   // events_by_date
  std::vector<std::string> by_actor;  // events_by_actor
  std::vector<std::string> by_pair;   // meetings_by_pair
};
EventIndexKeys IndexKeysOf(const v1::Event& event);

}  // namespace keys
}  // namespace parley

#endif  // PARLEY_COMMON_STORE_KEYS_H_
