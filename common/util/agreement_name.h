// Deciding whether two names denote the same agreement between the same
// parties ("comprehensive strategic partnership agreement" and
// "comprehensive long-term cooperation agreement" do; "free trade agreement"
// and "comprehensive agreement" do not).
#ifndef PARLEY_COMMON_UTIL_AGREEMENT_NAME_H_
#define PARLEY_COMMON_UTIL_AGREEMENT_NAME_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace parley {

// The words of an agreement name, lowercased, split at spaces and hyphens,
// split into distinctive words ("comprehensive", "free", "trade",
// "nuclear", a year such as "2009") and weak words ("strategic",
// "partnership", "cooperation"). Generic words ("agreement", "treaty",
// "the", "20-year") are dropped.
struct AgreementNameWords {
  std::vector<std::string> distinctive;
  std::vector<std::string> weak;
};
AgreementNameWords SplitAgreementName(absl::string_view name);

// True when names `a` and `b` (of agreements between the same parties) name
// the same agreement: they share a distinctive word, or neither has one and
// they share a weak word, or either is bare ("the agreement", "the deal").
bool SameAgreementName(absl::string_view a, absl::string_view b);
// The same, given the names' words (SplitAgreementName).
bool SameAgreementName(const AgreementNameWords& a,
                       const AgreementNameWords& b);

// The kind of text a name gives, when it is one of the kinds that tell
// texts apart: "treaty", "protocol", "memorandum" (also "MoU"),
// "declaration" (also a "joint statement"), "roadmap" (also "road map"),
// "charter", "convention", "contract"; empty for "agreement", "deal", "pact",
// "accord" and names of no kind. The first such word counts ("memorandum
// of understanding on a treaty" is a memorandum).
std::string AgreementKind(absl::string_view name);

// A short kebab-case slug of the name's distinctive words (else its weak
// words, else "agreement"): "comprehensive", "free-trade".
std::string AgreementNameSlug(absl::string_view name);

}  // namespace parley

#endif  // PARLEY_COMMON_UTIL_AGREEMENT_NAME_H_
