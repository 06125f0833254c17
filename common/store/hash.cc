#include "common/store/hash.h"

#include "absl/strings/str_format.h"

namespace parley {

uint64_t StableHash64(absl::string_view data) {
  uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a offset basis.
  for (const char c : data) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;  // FNV-1a prime.
  }
  // SplitMix64's finalizer.
  hash ^= hash >> 30;
  hash *= 0xbf58476d1ce4e5b9ULL;
  hash ^= hash >> 27;
  hash *= 0x94d049bb133111ebULL;
  hash ^= hash >> 31;
  return hash;
}

std::string Hex64(uint64_t value) { return absl::StrFormat("%016x", value); }

}  // namespace parley
