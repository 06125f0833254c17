// The knowledge base: persons with their dated offices, countries,
// organizations, places and office titles, loaded from text-format protobuf
// files (schema: proto/parley/v1/kb.proto).
#ifndef PARLEY_COMMON_KB_KNOWLEDGE_BASE_H_
#define PARLEY_COMMON_KB_KNOWLEDGE_BASE_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "common/util/word_set.h"
#include "google/protobuf/text_format.h"
#include "parley/v1/kb.pb.h"
#include "parley/v1/types.pb.h"

namespace parley {

// Immutable after Load(); safe to share between threads.
class KnowledgeBase {
 public:
  // Loads every *.textproto file in each directory of `paths` (sorted by
  // name) and every file named directly. Returns INVALID_ARGUMENT with the
  // file and line for a syntax error, and with the file and entry for an
  // invalid entry (missing id, id not kebab-case, duplicate id, role
  // referring to an unknown country, end before start, a group member that
  // is not a country, ...).
  static absl::StatusOr<std::unique_ptr<KnowledgeBase>> Load(
      const std::vector<std::string>& paths);

  // The directory of the knowledge base shipped with Parley: $PARLEY_KB_DIR
  // when set, else the installed or source-tree directory found at build time.
  static std::string DefaultDir();

  // Loads DefaultDir() followed by `extra_paths` (a user's own files).
  static absl::StatusOr<std::unique_ptr<KnowledgeBase>> LoadDefault(
      const std::vector<std::string>& extra_paths = {});

  // Entry by id, or nullptr.
  const v1::Actor* FindActor(absl::string_view id) const;
  const v1::Place* FindPlace(absl::string_view id) const;

  // Canonical title for a lowercase phrase ("minister of foreign affairs" ->
  // "foreign minister"), or "" when the phrase names no known office.
  std::string CanonicalTitle(absl::string_view phrase) const;

  // The persons holding `title` for `country` (or organization id) on `date`
  // (an unknown date matches every holder; a partial date any overlap).
  std::vector<const v1::Actor*> OfficeHolders(absl::string_view title,
                                              absl::string_view country,
                                              const v1::Date& date) const;

  // The role `person` held on `date`, preferring country offices; nullptr
  // when none is known.
  const v1::Role* RoleOn(const v1::Actor& person, const v1::Date& date) const;

  // Every role `person` held on `date`, in the knowledge base's order
  // ("general secretary" and "supreme leader" at once).
  std::vector<const v1::Role*> RolesOn(const v1::Actor& person,
                                       const v1::Date& date) const;

  // Actors a name may denote: an id, a full name, an alias, a surname, a
  // country adjective, an institution ("the Kremlin" -> russia), or a title
  // phrase resolved on `date` ("Iranian president"). Case-insensitive.
  // Best match first; empty when nothing matches.
  std::vector<const v1::Actor*> Resolve(absl::string_view name,
                                        const v1::Date& date) const;

  // Agreements known by `words` (lowercase words separated by single
  // spaces, hyphens as words of their own: "the iran - russia treaty"; see
  // AgreementWordsOf) that an article dated `date` may mean: not one signed
  // more than three years after the date. Empty when none.
  std::vector<const v1::AgreementDefinition*> AgreementsNamed(
      absl::string_view words, const v1::Date& date) const;

  // Whether some known agreement's name (as AgreementsNamed takes it)
  // begins with the word `first` and ends with the word `last`: a cheap
  // test that spares most lookups of word runs that name nothing.
  // A token's text (TokenText) is looked up by the hash it carries.
  template <typename Word>
  bool MayNameAgreement(const Word& first, const Word& last) const {
    return agreement_first_words_.contains(first) &&
           agreement_last_words_.contains(last);
  }
  // Whether some known agreement's name begins with the word `first`.
  template <typename Word>
  bool MayStartAgreementName(const Word& first) const {
    return agreement_first_words_.contains(first);
  }

  const std::vector<v1::Actor>& actors() const { return actors_; }
  const std::vector<v1::Place>& places() const { return places_; }
  const std::vector<v1::TitleDefinition>& titles() const { return titles_; }
  const std::vector<v1::AgreementDefinition>& agreements() const {
    return agreements_;
  }

 private:
  // An agreement's party id, with where the file names it, checked once
  // every file is loaded.
  struct PartyReference {
    std::string agreement;
    std::string party;
    std::string where;  // "file:line".
  };

  KnowledgeBase() = default;
  absl::Status Add(const v1::KnowledgeBaseFile& file, const std::string& path,
                   const google::protobuf::TextFormat::ParseInfoTree& where);
  absl::Status Finish();

  std::vector<v1::Actor> actors_;
  std::vector<v1::Place> places_;
  std::vector<v1::TitleDefinition> titles_;
  std::vector<v1::AgreementDefinition> agreements_;
  std::vector<PartyReference> party_references_;
  // AgreementWordsOf(name or alias) -> indexes of agreements_.
  WordMap<std::vector<size_t>> agreement_index_;
  // First and last words of the keys of agreement_index_.
  WordSet agreement_first_words_;
  WordSet agreement_last_words_;
  // Id -> index of actors_ or places_ (WordMap: looked up for nearly every
  // mention, several times cheaper than absl's hash of a string).
  WordMap<size_t> actor_index_;
  WordMap<size_t> place_index_;
  absl::flat_hash_map<std::string, std::string> title_index_;
  // Lowercased name/alias/surname -> actor indexes.
  absl::flat_hash_map<std::string, std::vector<size_t>> name_index_;
  // OfficeKey(title, country or organization) -> indexes of the actors
  // that ever held that office, in file order.
  absl::flat_hash_map<std::string, std::vector<size_t>> office_index_;
};

// True for a lowercase ASCII kebab-case id: "vladimir-putin", "g7".
bool IsValidId(absl::string_view id);

// The surname of a person's display name, by which the press names the
// person alone: its last word, skipping a generational suffix ("Ferdinand
// Marcos Jr" -> "Marcos"). Empty for a one-word name.
std::string SurnameOf(absl::string_view name);

// An agreement's name as KnowledgeBase::AgreementsNamed looks it up:
// lowercase, hyphens and words separated by single spaces, without a
// leading "the" ("The Iran-Russia  Treaty" -> "iran - russia treaty").
std::string AgreementWordsOf(absl::string_view name);

// Kebab-case id made from a display name: "Abdolnaser Hemmati" ->
// "abdolnaser-hemmati"; accents are folded to ASCII.
std::string IdFromName(absl::string_view name);

}  // namespace parley

#endif  // PARLEY_COMMON_KB_KNOWLEDGE_BASE_H_
