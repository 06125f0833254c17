// Sets and maps keyed by words: the lists of lowercase words that the
// extraction rules test tokens against, probed for nearly every token.
#ifndef PARLEY_COMMON_UTIL_WORD_SET_H_
#define PARLEY_COMMON_UTIL_WORD_SET_H_

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

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

// Entries keyed by lowercase words (a word, or a word and its value), in
// the order added, with an open-addressing index at most a quarter full
// that keeps each word's full hash: a miss (most look-ups) is a few
// instructions and rarely compares text, and a token's text (TokenText)
// brings its hash along. Built once, probed for nearly every token.
template <typename Entry>
class WordTable {
 public:
  template <typename Word>
  bool contains(const Word& word) const {
    return IndexOf(word) >= 0;
  }

  // The entries, in the order they were added.
  typename std::vector<Entry>::const_iterator begin() const {
    return entries_.begin();
  }
  typename std::vector<Entry>::const_iterator end() const {
    return entries_.end();
  }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

 protected:
  static absl::string_view KeyOf(const std::string& entry) { return entry; }
  template <typename Value>
  static absl::string_view KeyOf(const std::pair<std::string, Value>& entry) {
    return entry.first;
  }

  // The index of the entry of `word` in entries_, or -1.
  template <typename Word>
  int IndexOf(const Word& word) const {
    if (slots_.empty()) return -1;
    const size_t hash = WordHash()(word);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.entry < 0) return -1;
      if (slot.hash == hash &&
          KeyOf(entries_[slot.entry]) == absl::string_view(word)) {
        return slot.entry;
      }
    }
  }

  // Appends `entry`, whose word must not be there yet; returns its index.
  int Add(Entry entry) {
    entries_.push_back(std::move(entry));
    const int index = static_cast<int>(entries_.size() - 1);
    if (slots_.size() < 4 * entries_.size()) {
      size_t size = 16;
      while (size < 8 * entries_.size()) size *= 2;
      slots_.assign(size, Slot());
      for (size_t k = 0; k < entries_.size(); ++k) {
        Place(WordHash()(KeyOf(entries_[k])), static_cast<int>(k));
      }
    } else {
      Place(WordHash()(KeyOf(entries_[index])), index);
    }
    return index;
  }

  std::vector<Entry> entries_;

 private:
  struct Slot {
    size_t hash = 0;
    int entry = -1;  // Index in entries_; -1 for an empty slot.
  };

  void Place(size_t hash, int entry) {
    const size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    while (slots_[i].entry >= 0) i = (i + 1) & mask;
    slots_[i] = {hash, entry};
  }

  std::vector<Slot> slots_;  // A power of two in size, or empty.
};

// A set of lowercase words; look up a token's text, a std::string or a
// string_view.
class WordSet : public WordTable<std::string> {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<absl::string_view> words) {  // NOLINT
    for (absl::string_view word : words) insert(word);
  }

  // Adds `word` unless it is there.
  void insert(absl::string_view word) {
    if (!contains(word)) Add(std::string(word));
  }
  template <typename Iterator>
  void insert(Iterator first, Iterator last) {
    for (; first != last; ++first) insert(*first);
  }
};

// A map from lowercase words to values, looked up like a WordSet.
template <typename Value>
class WordMap : public WordTable<std::pair<std::string, Value>> {
  using Base = WordTable<std::pair<std::string, Value>>;

 public:
  using iterator =
      typename std::vector<std::pair<std::string, Value>>::iterator;
  using const_iterator =
      typename std::vector<std::pair<std::string, Value>>::const_iterator;

  WordMap() = default;
  WordMap(std::initializer_list<std::pair<absl::string_view, Value>>
              entries) {  // NOLINT
    for (const auto& [word, value] : entries) {
      if (!this->contains(word)) this->Add({std::string(word), value});
    }
  }

  // The value of `word`, added (value-initialized) when missing.
  Value& operator[](absl::string_view word) {
    int index = this->IndexOf(word);
    if (index < 0) index = this->Add({std::string(word), Value()});
    return this->entries_[index].second;
  }

  template <typename Word>
  const_iterator find(const Word& word) const {
    const int index = this->IndexOf(word);
    return index < 0 ? this->entries_.end() : this->entries_.begin() + index;
  }

  using Base::begin;
  using Base::end;
  // The entries, to change their values in place (not their words).
  iterator begin() { return this->entries_.begin(); }
  iterator end() { return this->entries_.end(); }
};

}  // namespace parley

#endif  // PARLEY_COMMON_UTIL_WORD_SET_H_
