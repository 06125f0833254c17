// A stable 64-bit hash for ids and checksums that must not change between
// processes, builds or platforms (unlike absl::Hash, which is seeded).
#ifndef PARLEY_COMMON_STORE_HASH_H_
#define PARLEY_COMMON_STORE_HASH_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace parley {

// FNV-1a over the bytes of `data`, followed by a 64-bit finalizer so that
// every output bit depends on every input bit. Not cryptographic.
uint64_t StableHash64(absl::string_view data);

// The 16 lowercase hex digits of `value`.
std::string Hex64(uint64_t value);

}  // namespace parley

#endif  // PARLEY_COMMON_STORE_HASH_H_
