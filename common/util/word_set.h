// Sets and maps keyed by words: the lists of lowercase words that the
// extraction rules test tokens against, probed for nearly every token.
#ifndef PARLEY_COMMON_UTIL_WORD_SET_H_
#define PARLEY_COMMON_UTIL_WORD_SET_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace parley {

// A hash for short strings, a few instructions for a word of up to 16 bytes
// (absl::Hash spends several times more). Any string may be hashed; words
// are what it is fast for.
struct WordHash {
  using is_transparent = void;

  // A word that carries its hash (a token's text, TokenText) is not hashed
  // again.
  template <typename Word,
            typename = decltype(std::declval<const Word&>().word_hash())>
  size_t operator()(const Word& word) const {
    return word.word_hash();
  }

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

// A set of lowercase words; look up a token's text, a std::string or a
// string_view. Built once and probed for nearly every token, so a look-up is
// a few instructions: an open-addressing table at most a quarter full that
// keeps each word's full hash, so that a miss (most look-ups) rarely
// compares text, and a token's text (TokenText) brings its hash along.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<absl::string_view> words) {  // NOLINT
    for (absl::string_view word : words) insert(word);
  }

  // Adds `word` unless it is there.
  void insert(absl::string_view word) {
    if (contains(word)) return;
    words_.emplace_back(word);
    if (slots_.size() < 4 * words_.size()) {
      Rehash(std::max<size_t>(16, 8 * words_.size()));
    } else {
      Place(WordHash()(word), static_cast<int>(words_.size() - 1));
    }
  }
  template <typename Iterator>
  void insert(Iterator first, Iterator last) {
    for (; first != last; ++first) insert(*first);
  }

  template <typename Word>
  bool contains(const Word& word) const {
    if (slots_.empty()) return false;
    const size_t hash = WordHash()(word);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.word < 0) return false;
      if (slot.hash == hash &&
          absl::string_view(words_[slot.word]) == absl::string_view(word)) {
        return true;
      }
    }
  }

  // The words, in the order they were added.
  std::vector<std::string>::const_iterator begin() const {
    return words_.begin();
  }
  std::vector<std::string>::const_iterator end() const { return words_.end(); }
  size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }

 private:
  struct Slot {
    size_t hash = 0;
    int word = -1;  // Index in words_; -1 for an empty slot.
  };

  void Place(size_t hash, int word) {
    const size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    while (slots_[i].word >= 0) i = (i + 1) & mask;
    slots_[i] = {hash, word};
  }

  // Rebuilds the table with `capacity` (a power of two) slots.
  void Rehash(size_t capacity) {
    size_t size = 1;
    while (size < capacity) size *= 2;
    slots_.assign(size, Slot());
    for (size_t k = 0; k < words_.size(); ++k) {
      Place(WordHash()(absl::string_view(words_[k])), static_cast<int>(k));
    }
  }

  std::vector<std::string> words_;
  std::vector<Slot> slots_;  // A power of two in size, or empty.
};

template <typename Value>
using WordMap = absl::flat_hash_map<std::string, Value, WordHash, WordEq>;

}  // namespace parley

#endif  // PARLEY_COMMON_UTIL_WORD_SET_H_
