// Sentence segmentation with ICU.
#ifndef PARLEY_COMMON_TEXT_SENTENCES_H_
#define PARLEY_COMMON_TEXT_SENTENCES_H_

#include <vector>

#include "absl/strings/string_view.h"

namespace parley {

// A sentence as a byte range [begin, end) of the text, without the
// surrounding whitespace.
struct SentenceSpan {
  int begin = 0;
  int end = 0;
};

// Splits UTF-8 `text` into sentences with ICU's English sentence rules
// (abbreviations such as "Mr." and "U.S." do not end a sentence; line breaks
// always do). Thread-safe.
std::vector<SentenceSpan> SplitSentences(absl::string_view text);

// Builds ICU's sentence rules, which the first SplitSentences otherwise
// builds (about 2 million instructions, once per process). Thread-safe.
void PrepareSentenceSplitter();

// SplitSentences handing ICU the whole text, without skipping the middles of
// long stretches of plain words: the same sentences, more slowly (for tests).
std::vector<SentenceSpan> SplitSentencesUnabridged(absl::string_view text);

// Cuts every sentence of `text` longer than `max_bytes` (> 0) into pieces of
// at most that many bytes, each ending after the last comma or semicolon of
// its second half, else before its last space, else at a character's
// start. Text without full stops (run-on input, lists of hundreds of names)
// thus reaches the extraction rules in pieces of bounded length.
std::vector<SentenceSpan> CapSentenceLength(absl::string_view text,
                                            std::vector<SentenceSpan> sentences,
                                            int max_bytes);

}  // namespace parley

#endif  // PARLEY_COMMON_TEXT_SENTENCES_H_
