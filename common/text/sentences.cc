#include "common/text/sentences.h"

#include <algorithm>
#include <memory>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "common/util/word_set.h"
#include "unicode/brkiter.h"
#include "unicode/locid.h"
#include "unicode/unistr.h"

namespace parley {
namespace {

// A prototype iterator; each call clones it (cloning is thread-safe and much
// cheaper than creating one).
const icu::BreakIterator* Prototype() {
  static const icu::BreakIterator* prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator* iterator = icu::BreakIterator::createSentenceInstance(
        icu::Locale("en@ss=standard"), status);
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      iterator = icu::BreakIterator::createSentenceInstance(
          icu::Locale::getEnglish(), status);
    }
    return iterator;
  }();
  return prototype;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// ICU's English suppressions keep "Mr." and "Dr." inside a sentence but end
// one after initials such as "U.S." or "J.D." even in "U.S. President
// Trump" or "J.D. Vance". Such a break is kept only when the next sentence
// starts with a word that usually opens one ("by the U.S. The talks ...").
bool EndsWithInitials(absl::string_view sentence) {
  // One or more "X." groups of a single capital letter, as a whole word.
  size_t k = sentence.size();
  int groups = 0;
  while (k >= 2 && sentence[k - 1] == '.' &&
         absl::ascii_isupper(static_cast<unsigned char>(sentence[k - 2]))) {
    k -= 2;
    ++groups;
  }
  return groups > 0 &&
         (k == 0 ||
          !absl::ascii_isalnum(static_cast<unsigned char>(sentence[k - 1])));
}

// ICU also ends a sentence after a title or a place word shortened with a
// period ("met Dr. Grossi", "Gen. Burhan", "in St. Petersburg"), which
// hardly ever ends one; the same rule as for initials keeps them together.
bool EndsWithAbbreviatedTitle(absl::string_view sentence) {
  static const auto* kAbbreviations =
      new WordSet{"dr",  "prof", "gen",  "lt",   "col", "maj",  "sen",
                  "rep", "gov",  "adm",  "capt", "sgt", "brig", "cmdr",
                  "amb", "rev",  "gens", "st",   "mt",  "ft",   "messrs"};
  if (sentence.empty() || sentence.back() != '.') return false;
  size_t k = sentence.size() - 1;
  while (k > 0 &&
         absl::ascii_isalpha(static_cast<unsigned char>(sentence[k - 1]))) {
    --k;
  }
  const absl::string_view word = sentence.substr(k, sentence.size() - 1 - k);
  return !word.empty() &&
         absl::ascii_isupper(static_cast<unsigned char>(word[0])) &&
         kAbbreviations->contains(absl::AsciiStrToLower(word)) &&
         (k == 0 ||
          !absl::ascii_isalnum(static_cast<unsigned char>(sentence[k - 1])));
}

bool OpensSentence(absl::string_view sentence) {
  static const auto* kOpeners = new WordSet{
      "the",       "a",       "an",    "he",    "she",    "it",      "they",
      "we",        "i",       "this",  "that",  "these",  "those",   "in",
      "on",        "at",      "but",   "and",   "or",     "so",      "yet",
      "if",        "when",    "while", "after", "before", "as",      "its",
      "his",       "her",     "their", "our",   "there",  "earlier", "later",
      "meanwhile", "however", "both",  "some"};
  size_t end = 0;
  while (end < sentence.size() && absl::ascii_isalpha(sentence[end])) ++end;
  if (end == 0) return true;  // A quote, a digit: leave ICU's break.
  return kOpeners->contains(absl::AsciiStrToLower(sentence.substr(0, end)));
}

}  // namespace

std::vector<SentenceSpan> SplitSentences(absl::string_view text) {
  std::vector<SentenceSpan> sentences;
  if (text.empty()) return sentences;
  // ASCII text (most articles once normalized) is widened byte for unit,
  // and its unit indexes are byte offsets; other text is converted by ICU.
  const int32_t length = static_cast<int32_t>(text.size());
  icu::UnicodeString unicode;
  bool ascii = false;
  if (char16_t* units = unicode.getBuffer(length); units != nullptr) {
    unsigned char high_bits = 0;
    for (int32_t i = 0; i < length; ++i) {
      const unsigned char byte = static_cast<unsigned char>(text[i]);
      high_bits |= byte;
      units[i] = byte;
    }
    ascii = high_bits < 0x80;
    unicode.releaseBuffer(ascii ? length : 0);
  }
  if (!ascii) {
    unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), length));
  }
  // Byte offsets of the boundaries (UTF-16 unit indexes), found by walking
  // the text forward from the previous one; the end of the text for one past
  // its last unit.
  int32_t cursor_unit = 0;
  size_t cursor_byte = 0;
  auto byte_offset = [&](int32_t unit) {
    if (ascii) return static_cast<int>(unit);
    while (cursor_unit < unit && cursor_byte < text.size()) {
      const unsigned char lead = static_cast<unsigned char>(text[cursor_byte]);
      const int width = lead < 0x80    ? 1
                        : lead >= 0xF0 ? 4
                        : lead >= 0xE0 ? 3
                                       : 2;
      cursor_unit += width == 4 ? 2 : 1;
      cursor_byte += width;
    }
    return cursor_unit == unit && unit < unicode.length()
               ? static_cast<int>(cursor_byte)
               : static_cast<int>(text.size());
  };
  std::unique_ptr<icu::BreakIterator> iterator(Prototype()->clone());
  iterator->setText(unicode);
  int boundary = byte_offset(iterator->first());
  for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
       end = iterator->next()) {
    int begin = boundary;
    boundary = byte_offset(end);
    int finish = boundary;
    while (begin < finish && IsSpace(text[begin])) ++begin;
    while (finish > begin && IsSpace(text[finish - 1])) --finish;
    if (finish <= begin) continue;
    const absl::string_view current = text.substr(begin, finish - begin);
    const absl::string_view previous =
        sentences.empty()
            ? absl::string_view()
            : text.substr(sentences.back().begin,
                          sentences.back().end - sentences.back().begin);
    if (!sentences.empty() &&
        (EndsWithInitials(previous) || EndsWithAbbreviatedTitle(previous)) &&
        !OpensSentence(current)) {
      sentences.back().end = finish;  // "U.S. | President Trump said".
      continue;
    }
    sentences.push_back({begin, finish});
  }
  return sentences;
}

std::vector<SentenceSpan> CapSentenceLength(absl::string_view text,
                                            std::vector<SentenceSpan> sentences,
                                            int max_bytes) {
  if (std::none_of(sentences.begin(), sentences.end(),
                   [max_bytes](const SentenceSpan& sentence) {
                     return sentence.end - sentence.begin > max_bytes;
                   })) {
    return sentences;
  }
  std::vector<SentenceSpan> capped;
  capped.reserve(sentences.size());
  for (const SentenceSpan& sentence : sentences) {
    int begin = sentence.begin;
    while (sentence.end - begin > max_bytes) {
      const int limit = begin + max_bytes;
      int cut = -1;
      for (int k = limit - 1; k > begin + max_bytes / 2 && cut < 0; --k) {
        if (text[k] == ',' || text[k] == ';') cut = k + 1;
      }
      for (int k = limit; k > begin && cut < 0; --k) {
        if (IsSpace(text[k])) cut = k;
      }
      if (cut < 0) {
        cut = limit;  // Not inside a multi-byte character.
        while (cut > begin + 1 &&
               (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
          --cut;
        }
      }
      int finish = cut;
      while (finish > begin && IsSpace(text[finish - 1])) --finish;
      if (finish > begin) capped.push_back({begin, finish});
      begin = cut;
      while (begin < sentence.end && IsSpace(text[begin])) ++begin;
    }
    if (begin < sentence.end) capped.push_back({begin, sentence.end});
  }
  return capped;
}

}  // namespace parley
