#include "common/text/sentences.h"

#include <memory>

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

}  // namespace

std::vector<SentenceSpan> SplitSentences(absl::string_view text) {
  std::vector<SentenceSpan> sentences;
  if (text.empty()) return sentences;
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  // utf8_offset[i] is the byte offset of UTF-16 unit i.
  std::vector<int> utf8_offset(unicode.length() + 1,
                               static_cast<int>(text.size()));
  {
    int32_t unit = 0;
    for (size_t byte = 0; byte < text.size() && unit < unicode.length();) {
      const unsigned char lead = static_cast<unsigned char>(text[byte]);
      const int width = lead < 0x80    ? 1
                        : lead >= 0xF0 ? 4
                        : lead >= 0xE0 ? 3
                                       : 2;
      utf8_offset[unit] = static_cast<int>(byte);
      unit += width == 4 ? 2 : 1;
      byte += width;
    }
  }
  std::unique_ptr<icu::BreakIterator> iterator(Prototype()->clone());
  iterator->setText(unicode);
  int32_t start = iterator->first();
  for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator->next()) {
    int begin = utf8_offset[start];
    int finish = utf8_offset[end];
    while (begin < finish && IsSpace(text[begin])) ++begin;
    while (finish > begin && IsSpace(text[finish - 1])) --finish;
    if (finish > begin) sentences.push_back({begin, finish});
  }
  return sentences;
}

}  // namespace parley
