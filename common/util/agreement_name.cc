#include "common/util/agreement_name.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "common/util/word_set.h"

namespace parley {
namespace {

bool IsGeneric(absl::string_view word) {
  static const auto* kGeneric = new WordSet{
      "agreement", "agreements", "treaty", "pact", "deal", "accord", "accords",
      "memorandum", "mou", "document", "understanding", "contract", "charter",
      "protocol", "the", "a", "an", "of", "on", "for", "and", "between", "with",
      "to", "in", "new", "long", "term", "year", "years", "its", "their",
      "this", "that", "draft", "landmark", "historic", "major", "key",
      // How big a report calls it: "a massive deal", "a huge agreement".
      "massive", "huge", "big", "giant",
      // The size of the text: "the
      // 17-article treaty".
      "article", "articles", "page", "pages", "clause", "clauses", "chapter",
      "chapters"};
  if (kGeneric->contains(word)) return true;
  // Durations such as "20-year" or "25" carry no identity of their own; a
  // year does ("the 2009 deal" is not the memorandum signed in 2024).
  const bool digits = std::all_of(
      word.begin(), word.end(), [](char c) { return absl::ascii_isdigit(c); });
  const bool year = word.size() == 4 && (absl::StartsWith(word, "19") ||
                                         absl::StartsWith(word, "20"));
  return digits && !year;
}

bool IsWeak(absl::string_view word) {
  static const auto* kWeak =
      new WordSet{"strategic",   "partnership", "cooperation", "bilateral",
                  "friendship",  "relations",   "framework",   "interstate",
                  "cooperative", "mutual",      "joint"};
  return kWeak->contains(word);
}

bool Intersect(const std::vector<std::string>& a,
               const std::vector<std::string>& b) {
  for (const std::string& word : a) {
    if (std::find(b.begin(), b.end(), word) != b.end()) return true;
  }
  return false;
}

}  // namespace

AgreementNameWords SplitAgreementName(absl::string_view name) {
  AgreementNameWords words;
  const std::string lower = absl::AsciiStrToLower(name);
  for (absl::string_view raw :
       absl::StrSplit(lower, absl::ByAnyChar(" -,.'\"()"), absl::SkipEmpty())) {
    std::string word(raw);
    if (IsGeneric(word)) continue;
    // "a broad cooperation pact" is how a report may call "the
    // comprehensive partnership agreement".
    if (word == "broad" || word == "sweeping") word = "comprehensive";
    std::vector<std::string>& list =
        IsWeak(word) ? words.weak : words.distinctive;
    if (std::find(list.begin(), list.end(), word) == list.end()) {
      list.push_back(std::move(word));
    }
  }
  return words;
}

bool SameAgreementName(absl::string_view a, absl::string_view b) {
  return SameAgreementName(SplitAgreementName(a), SplitAgreementName(b));
}

bool SameAgreementName(const AgreementNameWords& wa,
                       const AgreementNameWords& wb) {
  const bool bare_a = wa.distinctive.empty() && wa.weak.empty();
  const bool bare_b = wb.distinctive.empty() && wb.weak.empty();
  if (bare_a || bare_b) return true;
  if (!wa.distinctive.empty() && !wb.distinctive.empty()) {
    return Intersect(wa.distinctive, wb.distinctive);
  }
  return Intersect(wa.weak, wb.weak);
}

std::string AgreementKind(absl::string_view name) {
  static const auto* kKinds =
      new WordSet{"treaty",  "protocol",   "declaration", "roadmap",
                  "charter", "convention", "contract"};
  const std::string lower = absl::AsciiStrToLower(name);
  const std::vector<absl::string_view> words =
      absl::StrSplit(lower, absl::ByAnyChar(" -,.'\"()"), absl::SkipEmpty());
  for (size_t i = 0; i < words.size(); ++i) {
    absl::string_view word = words[i];
    if (word == "road" && i + 1 < words.size() &&
        absl::StartsWith(words[i + 1], "map")) {
      return "roadmap";
    }
    if (absl::StartsWith(word, "memorand") || word == "mou" || word == "mous") {
      return "memorandum";
    }
    if (word == "statement" || word == "statements") return "declaration";
    if (word == "treaties") return "treaty";
    if (absl::EndsWith(word, "s")) word.remove_suffix(1);
    if (kKinds->contains(word)) return std::string(word);
  }
  return "";
}

std::string AgreementNameSlug(absl::string_view name) {
  const AgreementNameWords words = SplitAgreementName(name);
  if (!words.distinctive.empty()) return absl::StrJoin(words.distinctive, "-");
  if (!words.weak.empty()) return absl::StrJoin(words.weak, "-");
  return "agreement";
}

}  // namespace parley
