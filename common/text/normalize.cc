#include "common/text/normalize.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/util/date.h"
#include "common/util/word_set.h"
#include "unicode/normalizer2.h"
#include "unicode/unistr.h"

namespace parley {
namespace {

// Typographic characters and their ASCII replacements.
constexpr std::pair<absl::string_view, absl::string_view> kReplacements[] = {
    {"\u2018", "'"},  {"\u2019", "'"},   {"\u201A", "'"},  {"\u201B", "'"},
    {"\u2032", "'"},  {"\u201C", "\""},  {"\u201D", "\""}, {"\u201E", "\""},
    {"\u00AB", "\""}, {"\u00BB", "\""},  {"\u2010", "-"},  {"\u2011", "-"},
    {"\u2012", "-"},  {"\u2013", "-"},   {"\u2014", "-"},  {"\u2015", "-"},
    {"\u2212", "-"},  {"\u2026", "..."}, {"\u00A0", " "},  {"\u2007", " "},
    {"\u202F", " "},  {"\u2009", " "},   {"\u200A", " "},  {"\u2002", " "},
    {"\u2003", " "},  {"\u200B", ""},    {"\u200C", ""},   {"\u200D", ""},
    {"\uFEFF", ""},   {"\u00AD", ""}};

// True when no replacement is longer than the text it replaces.
constexpr bool ReplacementsNeverLengthen() {
  for (const auto& replacement : kReplacements) {
    if (replacement.second.size() > replacement.first.size()) return false;
  }
  return true;
}

// Named character references worth decoding; numeric ones are handled too.
constexpr std::pair<const char*, const char*> kEntities[] = {
    {"amp", "&"},     {"lt", "<"},     {"gt", ">"},    {"quot", "\""},
    {"apos", "'"},    {"nbsp", " "},   {"rsquo", "'"}, {"lsquo", "'"},
    {"rdquo", "\""},  {"ldquo", "\""}, {"mdash", "-"}, {"ndash", "-"},
    {"hellip", "..."}};

void AppendUtf8(uint32_t code_point, std::string* out) {
  if (code_point < 0x80) {
    out->push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

// Decodes the character reference starting at html[i] == '&'; on success
// appends it and returns the index just past it, else returns i.
size_t DecodeEntity(absl::string_view html, size_t i, std::string* out) {
  const size_t semicolon = html.find(';', i);
  if (semicolon == absl::string_view::npos || semicolon - i > 10) return i;
  const absl::string_view name = html.substr(i + 1, semicolon - i - 1);
  if (!name.empty() && name[0] == '#') {
    uint32_t code_point = 0;
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const bool ok = hex ? absl::SimpleHexAtoi(name.substr(2), &code_point)
                        : absl::SimpleAtoi(name.substr(1), &code_point);
    if (!ok || code_point == 0 || code_point > 0x10FFFF ||
        (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return i;
    }
    AppendUtf8(code_point, out);
    return semicolon + 1;
  }
  for (const auto& [entity, text] : kEntities) {
    if (name == entity) {
      out->append(text);
      return semicolon + 1;
    }
  }
  return i;
}

bool IsBlockTag(absl::string_view tag) {
  static constexpr const char* kBlocks[] = {
      "p",          "br",         "div",     "li",      "ul",     "ol",
      "h1",         "h2",         "h3",      "h4",      "h5",     "h6",
      "tr",         "table",      "section", "article", "header", "footer",
      "blockquote", "figcaption", "figure",  "title",   "pre",    "hr"};
  for (const char* block : kBlocks) {
    if (absl::EqualsIgnoreCase(tag, block)) return true;
  }
  return false;
}

const char* kMonthNames[] = {"january",   "february", "march",    "april",
                             "may",       "june",     "july",     "august",
                             "september", "october",  "november", "december"};

// Month number for a full or three-letter English month name, else 0.
int MonthNumber(absl::string_view word) {
  if (word.empty() || !absl::ascii_isalpha(word[0])) return 0;
  if (word.back() == '.' || word.back() == ',') word.remove_suffix(1);
  // No month name is shorter than "may" or longer than "september".
  if (word.size() < 3 || word.size() > 9) return 0;
  char buffer[9];
  for (size_t k = 0; k < word.size(); ++k) {
    buffer[k] = absl::ascii_tolower(static_cast<unsigned char>(word[k]));
  }
  const absl::string_view lower(buffer, word.size());
  for (int i = 0; i < 12; ++i) {
    const absl::string_view name = kMonthNames[i];
    if (lower == name || (lower.size() >= 3 && lower.size() <= 4 &&
                          absl::StartsWith(name, lower))) {
      return i + 1;
    }
  }
  return 0;
}

// A number written with trailing punctuation ("17,", "3.") or, for a day,
// an ordinal suffix ("19th").
bool DateNumber(absl::string_view word, int* value) {
  while (!word.empty() && (word.back() == ',' || word.back() == '.' ||
                           word.back() == ':' || word.back() == ';')) {
    word.remove_suffix(1);
  }
  if (word.size() > 2 && absl::ascii_isdigit(word[word.size() - 3]) &&
      (absl::EndsWith(word, "st") || absl::EndsWith(word, "nd") ||
       absl::EndsWith(word, "rd") || absl::EndsWith(word, "th"))) {
    word.remove_suffix(2);
  }
  return absl::SimpleAtoi(word, value);
}

// The date a "YYYY-MM-DD" word names, else all zero.
v1::Date IsoDay(absl::string_view word) {
  // Only that form is 10 bytes long; skip ParseDate's error message for the
  // rest.
  if (word.size() != 10) return v1::Date();
  const absl::StatusOr<v1::Date> date = ParseDate(word);
  return date.ok() && PrecisionOf(*date) == DatePrecision::kDay ? *date
                                                                : v1::Date();
}

// Parses a full date in `words` starting at index i: "January 19, 2022",
// "19 January 2022", "19th October, 2020", "2022-01-19", "2022/01/19" or
// "22.04.2024". Returns an all-zero date otherwise; then `either_way`, when
// given, receives a slashed date whose day and month may come either way
// round ("05/09/2024": year 2024, month 5, day 9 or the reverse).
v1::Date ParseFullDate(const std::vector<absl::string_view>& words, size_t i,
                       v1::Date* either_way = nullptr) {
  int year = 0, month = 0, day = 0;
  // 22.04.2024 (day first, as European agencies write it) and 2020/06/17.
  for (const char separator : {'.', '/'}) {
    if (words[i].find(separator) == absl::string_view::npos) continue;
    const std::vector<absl::string_view> parts =
        absl::StrSplit(words[i], separator);
    if (parts.size() != 3) continue;
    const bool year_first = parts[0].size() == 4;
    const absl::string_view year_part = year_first ? parts[0] : parts[2];
    const absl::string_view day_part = year_first ? parts[2] : parts[0];
    if (year_part.size() != 4 || day_part.empty() || day_part.size() > 2 ||
        parts[1].empty() || parts[1].size() > 2 ||
        !absl::SimpleAtoi(day_part, &day) ||
        !absl::SimpleAtoi(parts[1], &month) ||
        !absl::SimpleAtoi(year_part, &year)) {
      continue;
    }
    // "9/10/2025" may put the month first: with slashes, day first only
    // when the order does not matter ("12/12/2024") or only it is valid
    // ("17/06/2025"); the month first when only that is valid.
    if (!year_first && separator == '/' && day != month) {
      if (day <= 12 && month <= 12) {
        if (either_way != nullptr && year >= 1900) {
          *either_way = MakeDate(year, month, day);
        }
        continue;
      }
      if (month > 12) std::swap(day, month);
    }
    const v1::Date date = MakeDate(year, month, day);
    return year >= 1900 && ValidateDate(date).ok() ? date : v1::Date();
  }
  if (i + 2 < words.size() && (month = MonthNumber(words[i])) &&
      DateNumber(words[i + 1], &day) && DateNumber(words[i + 2], &year)) {
  } else if (i + 2 < words.size() && DateNumber(words[i], &day) &&
             (month = MonthNumber(words[i + 1])) &&
             DateNumber(words[i + 2], &year)) {
  } else if (const v1::Date iso = IsoDay(words[i]); iso.year() != 0) {
    return iso;
  } else {
    return v1::Date();
  }
  const v1::Date date = MakeDate(year, month, day);
  if (year < 1900 || !ValidateDate(date).ok()) return v1::Date();
  return date;
}

}  // namespace

absl::Status ValidateText(absl::string_view text) {
  for (size_t i = 0; i < text.size();) {
    // Runs of ASCII without NUL, eight bytes at a time.
    constexpr uint64_t kHighBits = 0x8080808080808080ULL;
    constexpr uint64_t kLowBits = 0x0101010101010101ULL;
    for (uint64_t chunk; i + 8 <= text.size(); i += 8) {
      std::memcpy(&chunk, text.data() + i, 8);
      // With every high bit clear, only a zero byte borrows a high bit.
      if ((chunk & kHighBits) != 0 || ((chunk - kLowBits) & kHighBits) != 0) {
        break;
      }
    }
    if (i == text.size()) break;
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    if (lead == 0) {
      return absl::InvalidArgumentError(absl::StrCat(
          "text holds a NUL byte at offset ", i, "; send plain UTF-8 text"));
    }
    int width = 0;
    uint32_t min = 0;
    if (lead < 0x80) {
      width = 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      width = 2, min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      width = 3, min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      width = 4, min = 0x10000;
    }
    // A byte that cannot start a sequence (width 0) is rejected below.
    bool ok = width > 0 && i + width <= text.size();
    if (!ok) {
      return absl::InvalidArgumentError(
          absl::StrCat("text is not valid UTF-8 (bad byte at offset ", i,
                       "); convert it to UTF-8 before sending"));
    }
    uint32_t code_point = width == 1 ? lead : lead & (0x3F >> (width - 1));
    for (int k = 1; ok && k < width; ++k) {
      const unsigned char next = static_cast<unsigned char>(text[i + k]);
      ok = (next & 0xC0) == 0x80;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    ok = ok && code_point >= min && code_point <= 0x10FFFF &&
         !(code_point >= 0xD800 && code_point <= 0xDFFF);
    if (!ok) {
      return absl::InvalidArgumentError(
          absl::StrCat("text is not valid UTF-8 (bad byte at offset ", i,
                       "); convert it to UTF-8 before sending"));
    }
    i += width;
  }
  return absl::OkStatus();
}

bool LooksLikeHtml(absl::string_view text) {
  const absl::string_view prefix =
      absl::StripLeadingAsciiWhitespace(text).substr(0, 1024);
  // Every marker opens with '<': a text without one is not lowercased.
  if (prefix.find('<') == absl::string_view::npos) return false;
  const std::string head = absl::AsciiStrToLower(prefix);
  for (const char* marker : {"<!doctype", "<html", "<body", "<p>", "<p ",
                             "<div", "<br", "<article", "<head"}) {
    if (absl::StrContains(head, marker)) return true;
  }
  return false;
}

std::string HtmlToText(absl::string_view html) {
  std::string out;
  out.reserve(html.size());
  for (size_t i = 0; i < html.size();) {
    const char c = html[i];
    if (c == '&') {
      const size_t next = DecodeEntity(html, i, &out);
      if (next != i) {
        i = next;
        continue;
      }
      out.push_back(c);
      ++i;
      continue;
    }
    if (c != '<') {
      out.push_back(c);
      ++i;
      continue;
    }
    if (html.substr(i, 4) == "<!--") {
      const size_t end = html.find("-->", i + 4);
      i = end == absl::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const size_t close = html.find('>', i + 1);
    if (close == absl::string_view::npos) break;
    absl::string_view tag = html.substr(i + 1, close - i - 1);
    const bool closing = !tag.empty() && tag[0] == '/';
    if (closing) tag.remove_prefix(1);
    const size_t name_end = tag.find_first_of(" \t\n/>");
    const absl::string_view name = tag.substr(0, name_end);
    i = close + 1;
    if (!closing && (absl::EqualsIgnoreCase(name, "script") ||
                     absl::EqualsIgnoreCase(name, "style"))) {
      const std::string end_tag = absl::StrCat("</", name);
      size_t end = i;
      while (end < html.size() &&
             !absl::StartsWithIgnoreCase(html.substr(end), end_tag)) {
        ++end;
      }
      const size_t after = html.find('>', end);
      i = after == absl::string_view::npos ? html.size() : after + 1;
      continue;
    }
    if (IsBlockTag(name)) out.push_back('\n');
  }
  return out;
}

namespace {

// True when every byte of `text` is ASCII (which is NFC).
bool IsAscii(absl::string_view text) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  uint64_t high = 0;
  size_t i = 0;
  for (uint64_t chunk; i + 8 <= text.size(); i += 8) {
    std::memcpy(&chunk, text.data() + i, 8);
    high |= chunk;
  }
  for (; i < text.size(); ++i) high |= static_cast<unsigned char>(text[i]);
  return (high & kHighBits) == 0;
}

// A byte that NormalizeText copies as it is: not a space, a line end or
// another control character, nor the lead byte of a replaced character.
bool CopiedAsIs(char c) {
  const unsigned char byte = static_cast<unsigned char>(c);
  return byte > ' ' && byte < 0xC0;
}

}  // namespace

std::string NormalizeText(absl::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  // Most articles are already NFC, which the UTF-8 check confirms without
  // converting the text to UTF-16.
  std::string composed;
  absl::string_view source = text;
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (U_SUCCESS(status) && !IsAscii(text) &&
      !nfc->isNormalizedUTF8(piece, status)) {
    status = U_ZERO_ERROR;
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(piece);
    if (!nfc->isNormalized(unicode, status)) {
      nfc->normalize(unicode, status).toUTF8String(composed);
      source = composed;
    }
  }
  // The replacements never lengthen the text, so the result is written into
  // a buffer of the source's size, collapsing runs of spaces, dropping spaces
  // at line ends and keeping at most one blank line as it goes.
  static_assert(ReplacementsNeverLengthen());
  std::string out(source.size(), '\0');
  size_t size = 0;
  int newlines = 0;
  auto emit = [&out, &size, &newlines](char c) {
    if (c == ' ') {
      if (size > 0 && out[size - 1] != ' ' && out[size - 1] != '\n') {
        out[size++] = ' ';
      }
      return;
    }
    if (c == '\n') {
      while (size > 0 && out[size - 1] == ' ') --size;
      if (size == 0 || ++newlines > 2) return;
      out[size++] = '\n';
      return;
    }
    newlines = 0;
    out[size++] = c;
  };
  for (size_t i = 0; i < source.size();) {
    const char c = source[i];
    if (CopiedAsIs(c)) {  // What emit(c) does, for a run of such bytes.
      // A single space between two such bytes is kept as it is too (emit
      // keeps a space after a byte copied as is), so that a run spans
      // words: fewer calls to emit and memcpy.
      size_t end = i + 1;
      while (end < source.size() &&
             (CopiedAsIs(source[end]) ||
              (source[end] == ' ' && end + 1 < source.size() &&
               CopiedAsIs(source[end + 1])))) {
        ++end;
      }
      std::memcpy(&out[size], source.data() + i, end - i);
      size += end - i;
      i = end;
      newlines = 0;
      continue;
    }
    // Only the lead byte of a multi-byte character can start a replacement.
    if (static_cast<unsigned char>(c) >= 0xC0) {
      const absl::string_view rest = source.substr(i);
      bool replaced = false;
      for (const auto& [from, to] : kReplacements) {
        if (absl::StartsWith(rest, from)) {
          for (char r : to) emit(r);
          i += from.size();
          replaced = true;
          break;
        }
      }
      if (!replaced) emit(source[i++]);
      continue;
    }
    if (c == '\r') {
      if (i + 1 >= source.size() || source[i + 1] != '\n') emit('\n');
      ++i;
      continue;
    }
    emit(c == '\t' || c == '\f' || c == '\v' ? ' ' : c);
    ++i;
  }
  out.resize(size);
  const absl::string_view kept = absl::StripAsciiWhitespace(out);
  const size_t lead = static_cast<size_t>(kept.data() - out.data());
  out.resize(lead + kept.size());
  out.erase(0, lead);
  return out;
}

namespace {

bool IsProsePreposition(absl::string_view word) {
  static const auto* kWords = new WordSet{
      "until", "till", "since", "by", "before",  "after",   "from", "to",
      "on",    "in",   "of",    "at", "through", "between", "and",  "than"};
  constexpr size_t kLongest = 7;  // "through", "between".
  if (word.size() > kLongest) return false;
  char lower[kLongest];
  for (size_t k = 0; k < word.size(); ++k) {
    lower[k] = absl::ascii_tolower(static_cast<unsigned char>(word[k]));
  }
  return kWords->contains(absl::string_view(lower, word.size()));
}

// "Monday," ... "Sunday," (a trailing comma allowed).
bool IsWeekdayName(absl::string_view word) {
  word = absl::StripSuffix(word, ",");
  for (absl::string_view day : {"monday", "tuesday", "wednesday", "thursday",
                                "friday", "saturday", "sunday"}) {
    if (absl::EqualsIgnoreCase(word, day)) return true;
  }
  return false;
}

// "Published", "Updated:", "Posted" before a publication date.
bool IsDateLabel(absl::string_view word) {
  word = absl::StripSuffix(word, ":");
  // Most words are turned away by their length.
  if (word.size() < 6 || word.size() > 9) return false;
  return absl::EqualsIgnoreCase(word, "published") ||
         absl::EqualsIgnoreCase(word, "updated") ||
         absl::EqualsIgnoreCase(word, "posted");
}

}  // namespace

v1::Date TakeArticleDate(std::string* text, v1::Date* yearless) {
  // A leading "date YYYY-MM-DD" marker.
  if (absl::StartsWithIgnoreCase(*text, "date ")) {
    const std::string candidate = text->substr(5, 10);
    if (absl::StatusOr<v1::Date> date = ParseDate(candidate);
        date.ok() && PrecisionOf(*date) == DatePrecision::kDay) {
      text->erase(0, 15);
      *text = std::string(absl::StripLeadingAsciiWhitespace(*text));
      return *date;
    }
  }
  // A dateline among the first lines; a line holding little more than a
  // date ("24 August 2023") may come after a longer header.
  int lines = 0;
  int header_year =
      0;  // A year in brackets on a short line: "Juche 114 (2025)".
  // A slashed date read either way round ("05/09/2024"), which a yearless
  // dateline of either reading completes.
  v1::Date either_way;
  v1::Date dateline_day;  // A yearless dateline's month and day.
  // A line's words (kept across lines: their room is reused).
  std::vector<absl::string_view> words;
  for (absl::string_view line : absl::StrSplit(*text, '\n')) {
    if (line.empty()) continue;
    if (++lines > 8) break;
    // The words of its first 200 bytes, between spaces and bars (views of
    // the line, split by hand: absl::ByAnyChar calls out per word).
    words.clear();
    const absl::string_view head = line.substr(0, 200);
    for (size_t k = 0, start = 0; k <= head.size(); ++k) {
      if (k == head.size() || head[k] == ' ' || head[k] == '|') {
        if (k > start) words.push_back(head.substr(start, k - start));
        start = k + 1;
      }
    }
    // A later long line is prose, unless a label opens it ("Published -
    // July 10, 2024 01:22 am IST").
    if (lines > 4 && words.size() > 6 && !IsDateLabel(words[0])) continue;
    // A byline ends with its date: "By Jane Doe in Diplomacy on 4 July
    // 2024".
    const bool byline = words.size() >= 5 && words.size() <= 14 &&
                        words[0] == "By" && absl::ascii_isupper(words[1][0]);
    // A dateline's date comes early in its line ("MOSCOW, Jan 17 (Reuters)
    // -", "AlUla, Jumada Al-Ula 21, 1442, January 05, 2021, SPA --") or after
    // a label ("Desk | Updated: Oct 24, 2024"); a date after a preposition is
    // an event's ("extended until February 5, 2026"), unless the preposition
    // follows a label ("Published On 18 Apr 2025") or ends a byline.
    for (size_t i = 0; i < words.size(); ++i) {
      const bool labelled = (i > 0 && IsDateLabel(words[i - 1])) ||
                            (i > 1 && IsDateLabel(words[i - 2])) ||
                            (byline && i + 3 >= words.size() &&
                             absl::EqualsIgnoreCase(words[i - 1], "on"));
      if (i >= 8 && !labelled) continue;
      if (i > 0 && IsProsePreposition(words[i - 1]) && !labelled) continue;
      const v1::Date date = ParseFullDate(words, i, &either_way);
      if (date.year() != 0) return date;
    }
    // A long heading may close with its place and date after commas
    // ("... talks with the Foreign Minister of Iran, Moscow, April 18,
    // 2025"): not after a weekday or a preposition ("met in Moscow on
    // Friday, April 18, 2025"), nor a sentence's end ("2025.").
    if (lines == 1 && words.size() > 8) {
      const std::vector<absl::string_view> tail =
          absl::StrSplit(line.substr(line.size() > 60 ? line.size() - 60 : 0),
                         ' ', absl::SkipEmpty());
      const size_t k = tail.size() >= 5 ? tail.size() - 3 : 0;
      if (k > 0 && tail.back().size() == 4 &&
          absl::ascii_isdigit(tail.back()[0]) &&
          absl::EndsWith(tail[k - 1], ",") &&
          absl::EndsWith(tail[k - 2], ",") &&
          absl::ascii_isupper(tail[k - 1][0]) &&
          MonthNumber(tail[k - 1]) == 0 && !IsWeekdayName(tail[k - 1]) &&
          !IsProsePreposition(tail[k - 2])) {
        const v1::Date date = ParseFullDate(tail, k);
        if (date.year() != 0) return date;
      }
    }
    int year = 0;
    if (words.size() <= 3 && !words.empty() &&
        absl::StartsWith(words.back(), "(") &&
        absl::EndsWith(words.back(), ")") &&
        absl::SimpleAtoi(
            absl::string_view(words.back()).substr(1, words.back().size() - 2),
            &year) &&
        year >= 1900 && year <= 2100) {
      header_year = year;
    }
    // A month and day without a year: after a dateline's place
    // ("Pyongyang, September 5 (KCNA) --", "MOSCOW, February 3. /TASS/.")
    // or a label ("Published 12 Feb"); a year standing alone above it
    // completes it.
    for (size_t i = 1; i + 1 < words.size() && i < 6; ++i) {
      const bool labelled = IsDateLabel(words[i - 1]);
      if (!labelled && !(absl::EndsWith(words[i - 1], ",") &&
                         std::all_of(words.begin(), words.begin() + i,
                                     [](absl::string_view word) {
                                       return !absl::ascii_islower(word[0]);
                                     }))) {
        continue;
      }
      int day = 0, month = MonthNumber(words[i]);
      if (month != 0 ? !DateNumber(words[i + 1], &day)
                     : !(labelled && DateNumber(words[i], &day) &&
                         (month = MonthNumber(words[i + 1])) != 0)) {
        continue;
      }
      if (day < 1 || day > 31) break;
      if (header_year != 0) {
        const v1::Date full = MakeDate(header_year, month, day);
        if (ValidateDate(full).ok()) return full;
      }
      if (dateline_day.month() == 0) dateline_day = MakeDate(0, month, day);
      break;
    }
  }
  if (dateline_day.month() == 0) return v1::Date();
  // "05/09/2024 10:12 PM" above "VLADIVOSTOK, Sept 5 (Agency)".
  const int month = dateline_day.month(), day = dateline_day.day();
  if (either_way.year() != 0 &&
      ((either_way.month() == month && either_way.day() == day) ||
       (either_way.month() == day && either_way.day() == month))) {
    const v1::Date full = MakeDate(either_way.year(), month, day);
    if (ValidateDate(full).ok()) return full;
  }
  if (yearless != nullptr) *yearless = dateline_day;
  return v1::Date();
}

}  // namespace parley
