// Fuzz target: decoding of the store's index keys.
//
// The first byte picks the column family, the rest is the key. A decoder
// must reject the key with INVALID_ARGUMENT or return the parts that encode
// back to exactly the same key (so one key has one meaning).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/status/status.h"
#include "common/store/keys.h"

namespace {

void Check(bool condition, const char* what) {
  if (!condition) {
    fprintf(stderr, "keys_fuzzer: broken property: %s\n", what);
    abort();
  }
}

template <typename T>
bool Decoded(const absl::StatusOr<T>& result) {
  if (!result.ok()) {
    Check(absl::IsInvalidArgument(result.status()),
          "a bad key is INVALID_ARGUMENT");
  }
  return result.ok();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  namespace keys = parley::keys;
  const absl::string_view key(reinterpret_cast<const char*>(data) + 1,
                              size - 1);
  switch (data[0] % 6) {
    case 0: {
      auto date = keys::ParseDateKey(key);
      if (Decoded(date)) {
        Check(keys::DateKey(*date) == key, "date key round trip");
      }
      break;
    }
    case 1: {
      auto d = keys::DecodeEventsByDateKey(key);
      if (Decoded(d)) {
        Check(keys::EventsByDateKey(d->date, d->event_id) == key,
              "events_by_date key round trip");
      }
      break;
    }
    case 2: {
      auto d = keys::DecodeEventsByActorKey(key);
      if (Decoded(d)) {
        Check(keys::EventsByActorKey(d->actor_a, d->date, d->event_id) == key,
              "events_by_actor key round trip");
      }
      break;
    }
    case 3: {
      auto d = keys::DecodeMeetingsByPairKey(key);
      if (Decoded(d)) {
        Check(d->actor_a < d->actor_b, "pair ids are ordered");
        Check(keys::MeetingsByPairKey(d->actor_b, d->actor_a, d->date,
                                      d->event_id) == key,
              "meetings_by_pair key round trip");
      }
      break;
    }
    case 4: {
      auto d = keys::DecodeAgreementsByStatusKey(key);
      if (Decoded(d)) {
        Check(keys::AgreementsByStatusKey(d->status, d->agreement_id) == key,
              "agreements_by_status key round trip");
      }
      break;
    }
    default: {
      auto d = keys::DecodeActorsByNameKey(key);
      if (Decoded(d)) {
        Check(keys::ActorsByNameKey(d->name, d->actor_id) == key,
              "actors_by_name key round trip");
      }
      break;
    }
  }
  return 0;
}
