#include "common/extract/lexicon.h"

#include <algorithm>
#include <cstddef>
#include <iterator>

#include "absl/strings/ascii.h"
#include "common/util/word_set.h"

namespace parley {
namespace {

bool IsWordByte(char c) {
  return absl::ascii_isalnum(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Reads `raw` lowercased; random access, so that std::string measures the
// range at once and copies it in a loop of its own.
struct LowerIterator {
  using iterator_category = std::random_access_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = char;
  char operator*() const { return absl::ascii_tolower(*p); }
  LowerIterator& operator++() {
    ++p;
    return *this;
  }
  difference_type operator-(const LowerIterator& other) const {
    return p - other.p;
  }
  bool operator==(const LowerIterator& other) const { return p == other.p; }
  bool operator!=(const LowerIterator& other) const { return p != other.p; }
  const char* p;
};

}  // namespace

TokenText TokenText::Lowercase(absl::string_view raw) {
  return TokenText(LowerIterator{raw.data()},
                   LowerIterator{raw.data() + raw.size()});
}

Token::Token(int begin, int end, absl::string_view raw, bool word)
    : begin(begin),
      end(end),
      lower(TokenText::Lowercase(raw)),
      capitalized(word && (absl::ascii_isupper(raw[0]) ||
                           static_cast<unsigned char>(raw[0]) >= 0x80)),
      word(word) {}

std::vector<Token> Tokenize(absl::string_view text, int begin, int end) {
  std::vector<Token> tokens;
  // Words average about five bytes and a space: rarely a reallocation.
  tokens.reserve(static_cast<size_t>(std::max(0, end - begin)) / 4 + 4);
  int i = begin;
  while (i < end) {
    const char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t') {
      ++i;
      continue;
    }
    int j = i + 1;
    const bool word = IsWordByte(c);
    if (word) {
      j = i;
      while (j < end) {
        if (IsWordByte(text[j])) {
          ++j;
        } else if (text[j] == '.' && j + 1 < end &&
                   absl::ascii_isupper(text[j + 1]) && j - i == 1 &&
                   absl::ascii_isupper(text[i])) {
          // "U.S.", "U.N.": single capitals joined by periods.
          j += 2;
          if (j < end && text[j] == '.') ++j;
        } else if (text[j] == '.' && j > i + 1 && text[j - 2] == '.' &&
                   absl::ascii_isupper(text[j - 1])) {
          ++j;
        } else {
          break;
        }
      }
    } else if (c == '\'' && i + 1 < end &&
               (text[i + 1] == 's' || text[i + 1] == 'S') &&
               (i + 2 >= end || !IsWordByte(text[i + 2]))) {
      j = i + 2;
    } else {
      // Skip the continuation bytes of a multi-byte punctuation character.
      while (j < end && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) {
        ++j;
      }
    }
    // Built in place: the token's text is not copied again.
    tokens.emplace_back(i, j, text.substr(i, j - i), word);
    i = j;
  }
  return tokens;
}

Lexicon::Lexicon(const KnowledgeBase& kb) {
  for (const v1::Actor& actor : kb.actors()) {
    switch (actor.kind()) {
      case v1::ACTOR_KIND_PERSON: {
        Add(actor.name(), EntryKind::kPerson, actor.id());
        for (const std::string& alias : actor.aliases()) {
          Add(alias, EntryKind::kPerson, actor.id());
        }
        const std::string surname = SurnameOf(actor.name());
        if (!surname.empty()) Add(surname, EntryKind::kPerson, actor.id());
        break;
      }
      case v1::ACTOR_KIND_COUNTRY:
        Add(actor.name(), EntryKind::kCountry, actor.id());
        for (const std::string& alias : actor.aliases()) {
          Add(alias, EntryKind::kCountry, actor.id());
        }
        for (const std::string& adjective : actor.adjectives()) {
          Add(adjective, EntryKind::kAdjective, actor.id());
        }
        for (const std::string& institution : actor.institutions()) {
          Add(institution, EntryKind::kInstitution, actor.id());
        }
        break;
      default:
        Add(actor.name(), EntryKind::kOrganization, actor.id());
        for (const std::string& alias : actor.aliases()) {
          Add(alias, EntryKind::kOrganization, actor.id());
        }
        break;
    }
  }
  for (const v1::Place& place : kb.places()) {
    Add(place.name(), EntryKind::kPlace, place.id());
    for (const std::string& alias : place.aliases()) {
      Add(alias, EntryKind::kPlace, place.id());
    }
  }
  for (const v1::TitleDefinition& title : kb.titles()) {
    Add(title.title(), EntryKind::kTitle, title.title());
    for (const std::string& alias : title.aliases()) {
      Add(alias, EntryKind::kTitle, title.title());
    }
  }
  // Longest phrases first, so Match can stop at the first that fits.
  for (auto& [first, list] : phrases_) {
    std::stable_sort(list.begin(), list.end(),
                     [](const Phrase& a, const Phrase& b) {
                       return a.words.size() > b.words.size();
                     });
  }
}

void Lexicon::Add(absl::string_view phrase, EntryKind kind,
                  const std::string& id) {
  std::vector<Token> tokens =
      Tokenize(phrase, 0, static_cast<int>(phrase.size()));
  if (tokens.empty()) return;
  std::vector<std::string> words;
  for (Token& token : tokens) words.push_back(std::move(token.lower));
  // A one-word name that is also a common English word ("He" of Liu He)
  // would match every sentence that starts with it.
  static const auto* kCommonWords = new WordSet{
      "he",  "she", "it",   "we",  "they", "his", "her", "him", "an",
      "a",   "i",   "do",   "so",  "as",   "at",  "in",  "on",  "no",
      "us",  "me",  "my",   "be",  "by",   "or",  "up",  "to",  "of",
      "the", "and", "will", "may", "can",  "said"};
  if (kind == EntryKind::kPerson && words.size() == 1 &&
      kCommonWords->contains(words[0])) {
    return;
  }
  std::vector<Phrase>& list = phrases_[words[0]];
  for (Phrase& existing : list) {
    if (existing.words == words && existing.entry.kind == kind) {
      if (std::find(existing.entry.ids.begin(), existing.entry.ids.end(), id) ==
          existing.entry.ids.end()) {
        existing.entry.ids.push_back(id);
      }
      return;
    }
  }
  Phrase added;
  added.entry.kind = kind;
  added.entry.ids.push_back(id);
  added.entry.length = static_cast<int>(words.size());
  for (const std::string& word : words) {
    added.hashes.push_back(WordHash()(absl::string_view(word)));
  }
  added.words = std::move(words);
  added.length = added.words.size();
  if (added.length >= 2) added.second_hash = added.hashes[1];
  list.push_back(std::move(added));
}

EntryMatches Lexicon::MatchAt(const std::vector<Phrase>& phrases,
                              const std::vector<Token>& tokens,
                              size_t i) const {
  // The phrases found have the same words (the longest that fit), so each
  // is of another kind: EntryMatches holds them all.
  EntryMatches found;
  size_t best = 0;
  for (const Phrase& phrase : phrases) {
    if (phrase.length < best) break;
    if (i + phrase.length > tokens.size() ||
        (phrase.length >= 2 &&
         tokens[i + 1].lower.word_hash() != phrase.second_hash)) {
      continue;
    }
    bool same = true;
    for (size_t k = 1; k < phrase.words.size() && same; ++k) {
      same = tokens[i + k].lower.word_hash() == phrase.hashes[k] &&
             tokens[i + k].lower == phrase.words[k];
    }
    if (!same) continue;
    const bool needs_capital = phrase.entry.kind == EntryKind::kPerson ||
                               phrase.entry.kind == EntryKind::kCountry ||
                               phrase.entry.kind == EntryKind::kPlace;
    // "von der Leyen", "van der Bellen": a name's lowercase particle opens
    // it when the name's last word is capitalized.
    static const auto* kParticles = new WordSet{
        "von", "van", "de", "der", "den", "da", "di", "du", "dos", "ter"};
    const size_t last = i + phrase.words.size() - 1;
    if (needs_capital && !tokens[i].capitalized &&
        !(phrase.words.size() >= 2 && kParticles->contains(tokens[i].lower) &&
          tokens[last].capitalized)) {
      continue;
    }
    best = phrase.words.size();
    found.push_back(&phrase.entry);
  }
  return found;
}

}  // namespace parley
