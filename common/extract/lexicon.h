// Tokens of a normalized article, and the knowledge base compiled into a
// phrase dictionary over them.
#ifndef PARLEY_COMMON_EXTRACT_LEXICON_H_
#define PARLEY_COMMON_EXTRACT_LEXICON_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/strings/string_view.h"
#include "common/kb/knowledge_base.h"
#include "common/util/word_set.h"

namespace parley {

// A word, number or punctuation mark of the text.
// A token's lowercased text: a std::string whose comparisons with string
// literals are inlined, and which carries its WordHash, so that the rules'
// many look-ups of a token in word sets do not hash it again. (libstdc++ 12
// compares a std::string with a literal through an out-of-line call; the
// rules make millions of such comparisons, which took a third of extraction
// time.) The text is only set whole, which keeps the hash right.
class TokenText : public std::string {
 public:
  TokenText() : hash_(WordHash()(absl::string_view())) {}
  TokenText(std::string text)  // NOLINT
      : std::string(std::move(text)),
        hash_(WordHash()(absl::string_view(*this))) {}
  TokenText& operator=(std::string text) {
    std::string::operator=(std::move(text));
    hash_ = WordHash()(absl::string_view(*this));
    return *this;
  }

  // `raw` with ASCII letters lowercased, built in one pass (a word that fits
  // the string's own buffer without any call).
  static TokenText Lowercase(absl::string_view raw);

  // Sets the text to `raw` with ASCII letters lowercased.
  void AssignLowercase(absl::string_view raw) { *this = Lowercase(raw); }

  // WordHash()(*this), computed once.
  size_t word_hash() const { return hash_; }

  // Read-only access only (the base's mutable overloads are hidden).
  const char& operator[](size_t i) const { return std::string::operator[](i); }
  const char& front() const { return std::string::front(); }
  const char& back() const { return std::string::back(); }
  const char* data() const { return std::string::data(); }
  const_iterator begin() const { return std::string::begin(); }
  const_iterator end() const { return std::string::end(); }

  // Always inlined, so that a literal's length is known at compile time;
  // most comparisons differ in the first byte, which decides them without
  // measuring `b`.
  ABSL_ATTRIBUTE_ALWAYS_INLINE friend bool operator==(const TokenText& a,
                                                      const char* b) {
    if (a.empty() || a[0] != b[0]) return a.empty() && b[0] == '\0';
    return absl::string_view(a) == absl::string_view(b);
  }
  ABSL_ATTRIBUTE_ALWAYS_INLINE friend bool operator!=(const TokenText& a,
                                                      const char* b) {
    return !(a == b);
  }

 private:
  // The characters of [first, last) (for Lowercase).
  template <typename Iterator>
  TokenText(Iterator first, Iterator last)
      : std::string(first, last), hash_(WordHash()(absl::string_view(*this))) {}

  // Changing the text in place would leave the hash stale.
  using std::string::append;
  using std::string::assign;
  using std::string::clear;
  using std::string::erase;
  using std::string::insert;
  using std::string::operator+=;
  using std::string::pop_back;
  using std::string::push_back;
  using std::string::replace;
  using std::string::resize;
  using std::string::swap;

  size_t hash_;
};

struct Token {
  Token() = default;
  // The token text[begin, end) of `raw`, lowercased; a word when `word`.
  Token(int begin, int end, absl::string_view raw, bool word);

  int begin = 0;             // Byte offset in the text.
  int end = 0;               // One past the last byte.
  TokenText lower;           // ASCII-lowercased text.
  bool capitalized = false;  // Starts with an uppercase or non-ASCII letter.
  bool word = false;         // Letters or digits (not punctuation).
};

// Splits text[begin, end) into tokens. Words keep internal periods of
// abbreviations ("U.S."); "'s" and hyphens are tokens of their own.
std::vector<Token> Tokenize(absl::string_view text, int begin, int end);

// What a dictionary phrase denotes.
enum class EntryKind {
  kPerson,        // ids: persons with that name, alias or surname.
  kCountry,       // ids[0]: the country ("Iran", "Türkiye").
  kAdjective,     // ids[0]: the country of an adjective ("Iranian").
  kInstitution,   // ids[0]: the country it stands for ("Kremlin").
  kOrganization,  // ids[0]: the organization ("BRICS").
  kPlace,         // ids[0]: the place ("Moscow").
  kTitle,         // ids[0]: the canonical title ("foreign minister").
};

struct Entry {
  EntryKind kind;
  std::vector<std::string> ids;
  int length = 0;  // Tokens in the phrase.
};

// The entries of one phrase, at most one of each kind (Lexicon::Match),
// held in place: matching allocates nothing.
class EntryMatches {
 public:
  static constexpr int kCapacity = 7;  // The kinds of EntryKind.

  void push_back(const Entry* entry) {
    if (size_ < kCapacity) entries_[size_++] = entry;
  }
  bool empty() const { return size_ == 0; }
  size_t size() const { return static_cast<size_t>(size_); }
  const Entry* operator[](size_t i) const { return entries_[i]; }
  const Entry* const* begin() const { return entries_; }
  const Entry* const* end() const { return entries_ + size_; }

 private:
  const Entry* entries_[kCapacity];
  int size_ = 0;
};

// Longest-match phrase dictionary built from a knowledge base. Immutable.
class Lexicon {
 public:
  explicit Lexicon(const KnowledgeBase& kb);

  // True when some phrase starts with the lowercase `word`: a cheap test
  // before building tokens to Match.
  bool StartsPhrase(const std::string& word) const {
    return phrases_.contains(word);
  }

  // The entries of the longest phrase starting at tokens[i] (several when
  // a phrase has several kinds, such as a place that is also a surname);
  // empty when none. Person names must be capitalized in the text.
  // Inline: most tokens start no phrase, and are turned away without a call.
  EntryMatches Match(const std::vector<Token>& tokens, size_t i) const {
    const auto it = phrases_.find(tokens[i].lower);
    if (it == phrases_.end()) return {};
    return MatchAt(it->second, tokens, i);
  }

 private:
  void Add(absl::string_view phrase, EntryKind kind, const std::string& id);

  // First token -> entries whose phrase starts with it, with their tokens.
  struct Phrase {
    std::vector<std::string> words;
    std::vector<size_t> hashes;  // WordHash of each word, for a quick test.
    // words.size() and hashes[1] (0 for one word) at hand: most phrases of
    // a first word differ from the text in the second.
    size_t length = 0;
    size_t second_hash = 0;
    Entry entry;
  };

  // Match, given the phrases that start with tokens[i].
  EntryMatches MatchAt(const std::vector<Phrase>& phrases,
                       const std::vector<Token>& tokens, size_t i) const;
  WordMap<std::vector<Phrase>> phrases_;
};

}  // namespace parley

#endif  // PARLEY_COMMON_EXTRACT_LEXICON_H_
