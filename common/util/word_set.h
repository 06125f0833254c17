// Sets and maps keyed by words: the lists of lowercase words that the
// extraction rules test tokens against, probed for nearly every token.
#ifndef PARLEY_COMMON_UTIL_WORD_SET_H_
#define PARLEY_COMMON_UTIL_WORD_SET_H_

#include <cstdint>
#include <cstring>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

namespace parley {

// A hash for short strings, a few instructions for a word of up to 16 bytes
// (absl::Hash spends several times more). Any string may be hashed; words
// are what it is fast for.
struct WordHash {
  using is_transparent = void;

  size_t operator()(absl::string_view word) const {
    const char* p = word.data();
    size_t n = word.size();
    uint64_t state = kSeed ^ n;
    for (; n > 8; p += 8, n -= 8) state = Mix(state ^ Load(p, 8));
    return static_cast<size_t>(Mix(state ^ Load(p, n)));
  }

 private:
  static constexpr uint64_t kSeed = 0x9E3779B97F4A7C15ULL;

  // The `n` <= 8 bytes at `p` as a number; every byte counts.
  static uint64_t Load(const char* p, size_t n) {
    if (n >= 4) {
      uint32_t head, tail;  // Overlapping when n < 8.
      std::memcpy(&head, p, 4);
      std::memcpy(&tail, p + n - 4, 4);
      return (static_cast<uint64_t>(head) << 32) | tail;
    }
    if (n == 0) return 0;
    const auto byte = [p](size_t i) {
      return static_cast<uint64_t>(static_cast<unsigned char>(p[i]));
    };
    return (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
  }

  // Spreads every input bit over the result, low bits included.
  static uint64_t Mix(uint64_t x) {
    const unsigned __int128 product =
        static_cast<unsigned __int128>(x) * 0xD6E8FEB86659FD93ULL;
    return static_cast<uint64_t>(product) ^
           static_cast<uint64_t>(product >> 64);
  }
};

struct WordEq {
  using is_transparent = void;
  bool operator()(absl::string_view a, absl::string_view b) const {
    return a == b;
  }
};

// Lowercase words; look up a token's text, a std::string or a string_view.
using WordSet = absl::flat_hash_set<std::string, WordHash, WordEq>;

template <typename Value>
using WordMap = absl::flat_hash_map<std::string, Value, WordHash, WordEq>;

}  // namespace parley

#endif  // PARLEY_COMMON_UTIL_WORD_SET_H_
