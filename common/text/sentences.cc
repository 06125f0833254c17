#include "common/text/sentences.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
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

// ICU's sentence rules decide a boundary by the text around a sentence
// terminator or line break: a few characters before it (the suppressed
// abbreviations, at most eight characters in English), the closing marks and
// spaces after it, up to the first letter that follows, and a few characters
// more. Inside a long stretch of plain words far from any such mark no
// boundary can fall and nothing is looked at, so an ASCII text is handed to
// ICU without the middles of such stretches (ICU's work is per character).
// A cut lies between two lowercase letters on both of its sides, so that
// ICU reads the same kind of character before and after it.
constexpr int kBreakContext = 24;

// A piece of the text handed to ICU: its first unit there and its first
// byte in the text.
struct KeptPiece {
  int32_t unit;
  int32_t byte;
};

// A character that may matter to a sentence boundary: anything but an ASCII
// letter, digit, space or punctuation other than '.', '!' and '?'.
bool IsBreakAnchor(unsigned char c) {
  return c < 0x20 || c >= 0x7F || c == '.' || c == '!' || c == '?';
}

// Whether one of the 8 bytes at `p` may be an anchor (exact for none).
bool MayHoldAnchor(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  uint64_t x;
  std::memcpy(&x, p, sizeof(x));
  const auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const uint64_t below_space = (x - 0x20 * kOnes) & ~x & kHighs;
  const uint64_t high = (((x & ~kHighs) + kOnes) | x) & kHighs;
  return (below_space | high | has_zero(x ^ ('.' * kOnes)) |
          has_zero(x ^ ('!' * kOnes)) | has_zero(x ^ ('?' * kOnes))) != 0;
}

bool IsLowerPair(absl::string_view text, size_t k) {
  return k >= 2 &&
         absl::ascii_islower(static_cast<unsigned char>(text[k - 1])) &&
         absl::ascii_islower(static_cast<unsigned char>(text[k - 2]));
}

// The pieces of `text` to hand ICU, each [begin, end) in bytes: all of it
// but, with `abridge`, the middles of long plain stretches. False when the
// text is not ASCII (then `kept` is unset).
bool KeptRanges(absl::string_view text, bool abridge,
                std::vector<std::pair<int32_t, int32_t>>* kept) {
  const int32_t n = static_cast<int32_t>(text.size());
  if (!abridge) {
    for (char c : text) {
      if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    kept->push_back({0, n});
    return true;
  }
  // The end of the stretch kept so far: the text's start, then each anchor's
  // surroundings.
  int32_t kept_end = std::min(n, kBreakContext);
  int32_t piece_begin = 0;
  // Drops the middle of a gap [kept_end, zone_begin) before a kept zone.
  auto cut_before = [&](int32_t zone_begin) {
    if (zone_begin - kept_end < 24) return;
    int32_t a = kept_end;
    while (a < zone_begin && !IsLowerPair(text, a)) ++a;
    int32_t b = zone_begin;
    while (b > a && !IsLowerPair(text, b)) --b;
    if (b - a >= 16) {
      kept->push_back({piece_begin, a});
      piece_begin = b;
    }
  };
  for (int32_t i = 0; i < n; ++i) {
    while (i + 8 <= n && !MayHoldAnchor(text.data() + i)) i += 8;
    if (i >= n) break;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!IsBreakAnchor(c)) continue;
    if (c >= 0x80) return false;
    cut_before(i - kBreakContext);
    int32_t letter = i + 1;
    while (letter < n &&
           !absl::ascii_isalpha(static_cast<unsigned char>(text[letter]))) {
      if (static_cast<unsigned char>(text[letter]) >= 0x80) return false;
      ++letter;
    }
    kept_end = std::max(kept_end, std::min(n, letter + kBreakContext));
    // Anchors before that letter have the same surroundings.
    i = std::max(i, letter - 1);
  }
  cut_before(n - kBreakContext);
  kept->push_back({piece_begin, n});
  return true;
}

std::vector<SentenceSpan> Split(absl::string_view text, bool abridge) {
  std::vector<SentenceSpan> sentences;
  if (text.empty()) return sentences;
  // ASCII text (most articles once normalized) is widened byte for unit,
  // and its unit indexes are byte offsets; other text is converted by ICU.
  const int32_t length = static_cast<int32_t>(text.size());
  icu::UnicodeString unicode;
  bool ascii = false;
  std::vector<KeptPiece> pieces;
  std::vector<std::pair<int32_t, int32_t>> kept;
  if (char16_t* units = unicode.getBuffer(length); units != nullptr) {
    ascii = KeptRanges(text, abridge, &kept);
    int32_t unit = 0;
    if (ascii) {
      for (const auto& [begin, end] : kept) {
        pieces.push_back({unit, begin});
        for (int32_t i = begin; i < end; ++i) {
          units[unit++] = static_cast<unsigned char>(text[i]);
        }
      }
    }
    unicode.releaseBuffer(unit);
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
  size_t cursor_piece = 0;
  auto byte_offset = [&](int32_t unit) {
    if (ascii) {
      if (unit >= unicode.length()) return static_cast<int>(text.size());
      while (cursor_piece + 1 < pieces.size() &&
             pieces[cursor_piece + 1].unit <= unit) {
        ++cursor_piece;
      }
      const KeptPiece& piece = pieces[cursor_piece];
      return static_cast<int>(piece.byte + (unit - piece.unit));
    }
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

}  // namespace

std::vector<SentenceSpan> SplitSentences(absl::string_view text) {
  return Split(text, /*abridge=*/true);
}

void PrepareSentenceSplitter() { Prototype(); }

std::vector<SentenceSpan> SplitSentencesUnabridged(absl::string_view text) {
  return Split(text, /*abridge=*/false);
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
