// Turning submitted article text into the normalized text that extraction
// works on and evidence offsets point into.
#ifndef PARLEY_COMMON_TEXT_NORMALIZE_H_
#define PARLEY_COMMON_TEXT_NORMALIZE_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "parley/v1/types.pb.h"

namespace parley {

// OK for well-formed UTF-8 without NUL bytes; otherwise INVALID_ARGUMENT with
// the byte offset of the first bad byte.
absl::Status ValidateText(absl::string_view text);

// True when the text looks like an HTML document or fragment.
bool LooksLikeHtml(absl::string_view text);

// The visible text of an HTML document: script and style dropped, block
// elements turned into line breaks, character references decoded.
std::string HtmlToText(absl::string_view html);

// Unicode NFC; typographic quotes, dashes, ellipses and non-breaking or
// zero-width spaces replaced by their ASCII forms; CRLF to LF; runs of spaces
// collapsed; leading and trailing whitespace trimmed. REQUIRES: valid UTF-8.
std::string NormalizeText(absl::string_view text);

// Finds the publication date written in a normalized text: a leading
// "date YYYY-MM-DD" marker (which is removed from *text, as it is metadata),
// else a dateline such as "January 19, 2022 - 22:00" or "19 January 2022"
// among the first lines. Returns an all-zero date when there is none; then
// `yearless`, when given, receives the month and day (year 0) of a dateline
// that names no year ("MOSCOW, February 3. /TASS/.", "Published 12 Feb").
v1::Date TakeArticleDate(std::string* text, v1::Date* yearless = nullptr);

}  // namespace parley

#endif  // PARLEY_COMMON_TEXT_NORMALIZE_H_
