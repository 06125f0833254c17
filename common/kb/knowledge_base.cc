#include "common/kb/knowledge_base.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "common/util/date.h"
#include "common/util/status.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/text_format.h"

#ifndef PARLEY_KB_SOURCE_DIR
#define PARLEY_KB_SOURCE_DIR ""
#endif
#ifndef PARLEY_KB_INSTALL_DIR
#define PARLEY_KB_INSTALL_DIR ""
#endif

namespace parley {
namespace {

namespace fs = std::filesystem;

// Key of KnowledgeBase::office_index_.
std::string OfficeKey(absl::string_view title, absl::string_view holder) {
  return absl::StrCat(title, "\x1f", holder);
}

// Collects the first text-format parse error with its position.
class ErrorCollector : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int line, google::protobuf::io::ColumnNumber column,
                const std::string& message) override {
    if (first_.empty()) {
      first_ = absl::StrCat("line ", line + 1, ":", column + 1, ": ", message);
    }
  }
  const std::string& first() const { return first_; }

 private:
  std::string first_;
};

std::string Lower(absl::string_view text) {
  return absl::AsciiStrToLower(text);
}

// The first and last days a valid date may denote as numbers yyyymmdd that
// order as the days do. A month's last day is written 31: against the first
// day of a valid date that orders the same as its true last day.
// (Always inlined: RoleCovers calls them for every role it tests.)
ABSL_ATTRIBUTE_ALWAYS_INLINE inline int FirstDayNumber(const v1::Date& date) {
  if (date.year() == 0) return 10101;
  return date.year() * 10000 + std::max(date.month(), 1) * 100 +
         std::max(date.day(), 1);
}
ABSL_ATTRIBUTE_ALWAYS_INLINE inline int LastDayNumber(const v1::Date& date) {
  if (date.year() == 0) return 99991231;
  if (date.month() == 0) return date.year() * 10000 + 1231;
  return date.year() * 10000 + date.month() * 100 +
         (date.day() == 0 ? 31 : date.day());
}

// True when `date` (possibly partial or unknown) overlaps the role's span.
bool RoleCovers(const v1::Role& role, const v1::Date& date) {
  if (date.year() == 0) return true;
  // Role dates were validated at load; a date that is surely valid too (no
  // day past the 28th) is compared as numbers, without calendar arithmetic.
  if (date.year() >= 1 && date.year() <= 9999 && date.month() >= 0 &&
      date.month() <= 12 && date.day() >= 0 && date.day() <= 28 &&
      (date.day() == 0 || date.month() != 0)) {
    return FirstDayNumber(role.start()) <= LastDayNumber(date) &&
           FirstDayNumber(date) <= LastDayNumber(role.end());
  }
  const absl::CivilDay first = FirstDay(date);
  const absl::CivilDay last = LastDay(date);
  const absl::CivilDay start = role.start().year() == 0
                                   ? absl::CivilDay(1, 1, 1)
                                   : FirstDay(role.start());
  const absl::CivilDay end = role.end().year() == 0
                                 ? absl::CivilDay(9999, 12, 31)
                                 : LastDay(role.end());
  return start <= last && first <= end;
}

absl::Status ReadFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat("knowledge base: cannot open ", path));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *contents = buffer.str();
  return absl::OkStatus();
}

}  // namespace

bool IsValidId(absl::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  char previous = 0;
  for (char c : id) {
    const bool ok = absl::ascii_islower(c) || absl::ascii_isdigit(c) ||
                    (c == '-' && previous != '-');
    if (!ok) return false;
    previous = c;
  }
  return true;
}

std::string SurnameOf(absl::string_view name) {
  std::vector<absl::string_view> words =
      absl::StrSplit(name, ' ', absl::SkipEmpty());
  static const auto* kSuffixes = new absl::flat_hash_set<std::string>{
      "jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};
  while (words.size() > 1 &&
         kSuffixes->contains(absl::AsciiStrToLower(words.back()))) {
    words.pop_back();
  }
  if (words.size() < 2) return "";
  return std::string(words.back());
}

std::string IdFromName(absl::string_view name) {
  // Folds the Latin letters with diacritics common in transliterated names.
  static const std::pair<const char*, char> kFolds[] = {
      {"á", 'a'}, {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"ã", 'a'}, {"å", 'a'},
      {"ā", 'a'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"ē", 'e'},
      {"í", 'i'}, {"ì", 'i'}, {"î", 'i'}, {"ï", 'i'}, {"ı", 'i'}, {"ī", 'i'},
      {"ó", 'o'}, {"ò", 'o'}, {"ô", 'o'}, {"ö", 'o'}, {"õ", 'o'}, {"ø", 'o'},
      {"ō", 'o'}, {"ú", 'u'}, {"ù", 'u'}, {"û", 'u'}, {"ü", 'u'}, {"ū", 'u'},
      {"ç", 'c'}, {"ğ", 'g'}, {"ş", 's'}, {"ñ", 'n'}, {"ý", 'y'}, {"ž", 'z'},
      {"š", 's'}, {"č", 'c'}, {"Á", 'a'}, {"É", 'e'}, {"Í", 'i'}, {"Ó", 'o'},
      {"Ö", 'o'}, {"Ú", 'u'}, {"Ü", 'u'}, {"Ç", 'c'}, {"Ş", 's'}, {"İ", 'i'}};
  std::string out;
  bool pending_dash = false;
  for (size_t i = 0; i < name.size();) {
    char c = 0;
    size_t width = 1;
    const unsigned char byte = static_cast<unsigned char>(name[i]);
    if (byte < 0x80) {
      c = absl::ascii_tolower(name[i]);
    } else {
      for (const auto& [from, to] : kFolds) {
        if (absl::StartsWith(name.substr(i), from)) {
          c = to;
          width = strlen(from);
          break;
        }
      }
      if (c == 0) {
        width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
      }
    }
    i += width;
    if (absl::ascii_isalnum(c)) {
      if (pending_dash && !out.empty()) out.push_back('-');
      pending_dash = false;
      out.push_back(c);
    } else if (c != '\'') {
      pending_dash = true;
    }
  }
  return out;
}

std::string AgreementWordsOf(absl::string_view name) {
  std::string spaced;
  for (char c : absl::AsciiStrToLower(name)) {
    if (c == '-') {
      absl::StrAppend(&spaced, " - ");
    } else {
      spaced.push_back(c);
    }
  }
  std::vector<absl::string_view> words =
      absl::StrSplit(spaced, ' ', absl::SkipEmpty());
  if (!words.empty() && words.front() == "the") words.erase(words.begin());
  return absl::StrJoin(words, " ");
}

std::string KnowledgeBase::DefaultDir() {
  if (const char* env = std::getenv("PARLEY_KB_DIR"); env && *env) return env;
  for (const char* dir : {PARLEY_KB_SOURCE_DIR, PARLEY_KB_INSTALL_DIR}) {
    std::error_code error;
    if (*dir && fs::is_directory(dir, error)) return dir;
  }
  return PARLEY_KB_INSTALL_DIR;
}

absl::StatusOr<std::unique_ptr<KnowledgeBase>> KnowledgeBase::LoadDefault(
    const std::vector<std::string>& extra_paths) {
  std::vector<std::string> paths = {DefaultDir()};
  paths.insert(paths.end(), extra_paths.begin(), extra_paths.end());
  return Load(paths);
}

absl::StatusOr<std::unique_ptr<KnowledgeBase>> KnowledgeBase::Load(
    const std::vector<std::string>& paths) {
  std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase());
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<std::string> in_dir;
      for (const auto& entry : fs::directory_iterator(path, error)) {
        if (entry.path().extension() == ".textproto") {
          in_dir.push_back(entry.path().string());
        }
      }
      std::sort(in_dir.begin(), in_dir.end());
      if (in_dir.empty()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "knowledge base: no *.textproto files in directory ", path));
      }
      files.insert(files.end(), in_dir.begin(), in_dir.end());
    } else if (fs::is_regular_file(path, error)) {
      files.push_back(path);
    } else {
      return absl::NotFoundError(absl::StrCat(
          "knowledge base: ", path, " is neither a file nor a directory"));
    }
  }
  for (const std::string& file : files) {
    std::string contents;
    PARLEY_RETURN_IF_ERROR(ReadFile(file, &contents));
    v1::KnowledgeBaseFile parsed;
    google::protobuf::TextFormat::Parser parser;
    ErrorCollector errors;
    parser.RecordErrorsTo(&errors);
    google::protobuf::TextFormat::ParseInfoTree where;
    parser.WriteLocationsTo(&where);
    if (!parser.ParseFromString(contents, &parsed)) {
      return absl::InvalidArgumentError(
          absl::StrCat("knowledge base: ", file, ":", errors.first()));
    }
    PARLEY_RETURN_IF_ERROR(kb->Add(parsed, file, where));
  }
  PARLEY_RETURN_IF_ERROR(kb->Finish());
  return kb;
}

absl::Status KnowledgeBase::Add(
    const v1::KnowledgeBaseFile& file, const std::string& path,
    const google::protobuf::TextFormat::ParseInfoTree& where) {
  auto invalid = [&path](absl::string_view what, absl::string_view id) {
    return absl::InvalidArgumentError(
        absl::StrCat("knowledge base: ", path, ": entry '", id, "': ", what));
  };
  for (const v1::Actor& actor : file.actors()) {
    if (!IsValidId(actor.id())) {
      return invalid("id must be lowercase kebab-case ASCII", actor.id());
    }
    if (actor.name().empty()) return invalid("name is required", actor.id());
    if (actor.kind() == v1::ACTOR_KIND_UNSPECIFIED) {
      return invalid("kind is required", actor.id());
    }
    if (actor_index_.contains(actor.id()) ||
        place_index_.contains(actor.id())) {
      return invalid("duplicate id", actor.id());
    }
    for (const v1::Role& role : actor.roles()) {
      if (role.title().empty())
        return invalid("a role has no title", actor.id());
      for (const v1::Date* date : {&role.start(), &role.end()}) {
        if (absl::Status status = ValidateDate(*date); !status.ok()) {
          return invalid(
              absl::StrCat("role '", role.title(), "': ", status.message()),
              actor.id());
        }
      }
      if (role.end().year() != 0 && role.start().year() != 0 &&
          LastDay(role.end()) < FirstDay(role.start())) {
        return invalid(
            absl::StrCat("role '", role.title(), "' ends before it starts"),
            actor.id());
      }
    }
    actor_index_[actor.id()] = actors_.size();
    actors_.push_back(actor);
  }
  for (const v1::Place& place : file.places()) {
    if (!IsValidId(place.id())) {
      return invalid("id must be lowercase kebab-case ASCII", place.id());
    }
    if (place_index_.contains(place.id()) ||
        actor_index_.contains(place.id())) {
      return invalid("duplicate id", place.id());
    }
    if (place.name().empty()) return invalid("name is required", place.id());
    place_index_[place.id()] = places_.size();
    places_.push_back(place);
  }
  for (const v1::TitleDefinition& title : file.titles()) {
    if (title.title().empty() || title.title() != Lower(title.title())) {
      return invalid("title must be non-empty lowercase", title.title());
    }
    titles_.push_back(title);
    title_index_[title.title()] = title.title();
    for (const std::string& alias : title.aliases()) {
      title_index_[Lower(alias)] = title.title();
    }
  }
  const auto* agreements_field =
      v1::KnowledgeBaseFile::descriptor()->FindFieldByName("agreements");
  const auto* parties_field =
      v1::AgreementDefinition::descriptor()->FindFieldByName("parties");
  for (int i = 0; i < file.agreements_size(); ++i) {
    const v1::AgreementDefinition& agreement = file.agreements(i);
    if (!IsValidId(agreement.id())) {
      return invalid("id must be lowercase kebab-case ASCII", agreement.id());
    }
    if (agreement.name().empty()) {
      return invalid("name is required", agreement.id());
    }
    if (absl::Status status = ValidateDate(agreement.signed_on());
        !status.ok()) {
      return invalid(absl::StrCat("signed_on: ", status.message()),
                     agreement.id());
    }
    for (const v1::AgreementDefinition& known : agreements_) {
      if (known.id() == agreement.id()) {
        return invalid("duplicate agreement id", agreement.id());
      }
    }
    const google::protobuf::TextFormat::ParseInfoTree* entry =
        where.GetTreeForNested(agreements_field, i);
    for (int j = 0; j < agreement.parties_size(); ++j) {
      const int line =
          entry == nullptr ? -1 : entry->GetLocation(parties_field, j).line;
      party_references_.push_back(
          {agreement.id(), agreement.parties(j),
           line < 0 ? path : absl::StrCat(path, ":", line + 1)});
    }
    const size_t index = agreements_.size();
    agreements_.push_back(agreement);
    absl::flat_hash_set<std::string> names = {
        AgreementWordsOf(agreement.name())};
    for (const std::string& alias : agreement.aliases()) {
      names.insert(AgreementWordsOf(alias));
    }
    for (const std::string& name : names) {
      agreement_index_[name].push_back(index);
      agreement_first_words_.insert(name.substr(0, name.find(' ')));
      agreement_last_words_.insert(name.substr(name.rfind(' ') + 1));
    }
  }
  return absl::OkStatus();
}

// Checks references between entries and builds the name index.
absl::Status KnowledgeBase::Finish() {
  auto check_ref = [this](absl::string_view owner, absl::string_view field,
                          const std::string& id, bool place) -> absl::Status {
    if (id.empty()) return absl::OkStatus();
    const bool found =
        place ? place_index_.contains(id) : actor_index_.contains(id);
    if (found) return absl::OkStatus();
    return absl::InvalidArgumentError(
        absl::StrCat("knowledge base: entry '", owner, "': ", field, " '", id,
                     "' is not a known ", place ? "place" : "actor", " id"));
  };
  for (const v1::Actor& actor : actors_) {
    PARLEY_RETURN_IF_ERROR(
        check_ref(actor.id(), "country", actor.country(), false));
    PARLEY_RETURN_IF_ERROR(
        check_ref(actor.id(), "capital", actor.capital(), true));
    for (const std::string& member : actor.members()) {
      PARLEY_RETURN_IF_ERROR(check_ref(actor.id(), "member", member, false));
      const v1::Actor* country = FindActor(member);
      if (country == nullptr || country->kind() != v1::ACTOR_KIND_COUNTRY) {
        return absl::InvalidArgumentError(
            absl::StrCat("knowledge base: entry '", actor.id(), "': member '",
                         member, "' is not a country"));
      }
    }
    for (const v1::Role& role : actor.roles()) {
      PARLEY_RETURN_IF_ERROR(
          check_ref(actor.id(), "role country", role.country(), false));
      PARLEY_RETURN_IF_ERROR(check_ref(actor.id(), "role organization",
                                       role.organization(), false));
      PARLEY_RETURN_IF_ERROR(
          check_ref(actor.id(), "posted_to", role.posted_to(), false));
      if (!titles_.empty() && !title_index_.contains(role.title())) {
        return absl::InvalidArgumentError(
            absl::StrCat("knowledge base: entry '", actor.id(), "': title '",
                         role.title(), "' is not defined in any titles entry"));
      }
    }
  }
  for (size_t index = 0; index < actors_.size(); ++index) {
    for (const v1::Role& role : actors_[index].roles()) {
      for (const std::string& holder : {role.country(), role.organization()}) {
        if (holder.empty()) continue;
        std::vector<size_t>& holders =
            office_index_[OfficeKey(role.title(), holder)];
        if (holders.empty() || holders.back() != index) {
          holders.push_back(index);
        }
      }
    }
  }
  for (const v1::Place& place : places_) {
    PARLEY_RETURN_IF_ERROR(
        check_ref(place.id(), "country", place.country(), false));
  }
  for (const PartyReference& reference : party_references_) {
    if (!actor_index_.contains(reference.party)) {
      return absl::InvalidArgumentError(
          absl::StrCat("knowledge base: ", reference.where, ": agreement '",
                       reference.agreement, "': party '", reference.party,
                       "' is not a known actor id"));
    }
  }
  for (size_t i = 0; i < actors_.size(); ++i) {
    const v1::Actor& actor = actors_[i];
    absl::flat_hash_set<std::string> names = {Lower(actor.name()), actor.id()};
    for (const std::string& alias : actor.aliases()) names.insert(Lower(alias));
    for (const std::string& institution : actor.institutions()) {
      names.insert(Lower(institution));
    }
    if (actor.kind() == v1::ACTOR_KIND_PERSON) {
      const std::string surname = SurnameOf(actor.name());
      if (!surname.empty()) names.insert(Lower(surname));
    }
    for (const std::string& name : names) name_index_[name].push_back(i);
  }
  return absl::OkStatus();
}

const v1::Actor* KnowledgeBase::FindActor(absl::string_view id) const {
  auto it = actor_index_.find(id);
  return it == actor_index_.end() ? nullptr : &actors_[it->second];
}

const v1::Place* KnowledgeBase::FindPlace(absl::string_view id) const {
  auto it = place_index_.find(id);
  return it == place_index_.end() ? nullptr : &places_[it->second];
}

std::string KnowledgeBase::CanonicalTitle(absl::string_view phrase) const {
  auto it = title_index_.find(Lower(phrase));
  return it == title_index_.end() ? std::string() : it->second;
}

std::vector<const v1::Actor*> KnowledgeBase::OfficeHolders(
    absl::string_view title, absl::string_view country,
    const v1::Date& date) const {
  std::vector<const v1::Actor*> holders;
  auto it = office_index_.find(OfficeKey(title, country));
  if (it == office_index_.end()) return holders;
  for (size_t index : it->second) {
    const v1::Actor& actor = actors_[index];
    for (const v1::Role& role : actor.roles()) {
      if (role.title() == title &&
          (role.country() == country || role.organization() == country) &&
          RoleCovers(role, date)) {
        holders.push_back(&actor);
        break;
      }
    }
  }
  return holders;
}

const v1::Role* KnowledgeBase::RoleOn(const v1::Actor& person,
                                      const v1::Date& date) const {
  // Country offices first; among them the latest, so that an unknown date
  // gives the office held now.
  const v1::Role* best = nullptr;
  auto rank = [](const v1::Role& role) {
    // The start as a number yyyymmdd orders as its DateSortKey does (role
    // dates were validated at load).
    const v1::Date& start = role.start();
    return std::make_tuple(
        !role.country().empty(), role.end().year() == 0,
        start.year() * 10000 + start.month() * 100 + start.day());
  };
  for (const v1::Role& role : person.roles()) {
    if (!RoleCovers(role, date)) continue;
    if (best == nullptr || rank(role) > rank(*best)) best = &role;
  }
  return best;
}

std::vector<const v1::Role*> KnowledgeBase::RolesOn(
    const v1::Actor& person, const v1::Date& date) const {
  std::vector<const v1::Role*> roles;
  for (const v1::Role& role : person.roles()) {
    if (RoleCovers(role, date)) roles.push_back(&role);
  }
  return roles;
}

std::vector<const v1::AgreementDefinition*> KnowledgeBase::AgreementsNamed(
    absl::string_view words, const v1::Date& date) const {
  std::vector<const v1::AgreementDefinition*> found;
  auto it = agreement_index_.find(words);
  if (it == agreement_index_.end()) return found;
  for (size_t index : it->second) {
    const v1::AgreementDefinition& agreement = agreements_[index];
    // Talks on a text may run for years before it is signed, not more.
    if (date.year() != 0 && agreement.signed_on().year() != 0 &&
        date.year() < agreement.signed_on().year() - 3) {
      continue;
    }
    found.push_back(&agreement);
  }
  return found;
}

std::vector<const v1::Actor*> KnowledgeBase::Resolve(
    absl::string_view name, const v1::Date& date) const {
  std::string key = Lower(absl::StripAsciiWhitespace(name));
  if (absl::StartsWith(key, "the ")) key = key.substr(4);
  std::vector<const v1::Actor*> found;
  auto add = [&found](const v1::Actor* actor) {
    if (std::find(found.begin(), found.end(), actor) == found.end()) {
      found.push_back(actor);
    }
  };
  if (const v1::Actor* exact = FindActor(key)) add(exact);
  if (auto it = name_index_.find(key); it != name_index_.end()) {
    for (size_t index : it->second) add(&actors_[index]);
  }
  if (found.empty()) {
    // "<country adjective or name> <title>", e.g. "Iranian president".
    for (const v1::Actor& country : actors_) {
      if (country.kind() != v1::ACTOR_KIND_COUNTRY) continue;
      std::vector<std::string> prefixes = {Lower(country.name())};
      for (const std::string& adjective : country.adjectives()) {
        prefixes.push_back(Lower(adjective));
      }
      for (const std::string& prefix : prefixes) {
        if (!absl::StartsWith(key, prefix + " ")) continue;
        std::string title = CanonicalTitle(key.substr(prefix.size() + 1));
        if (title == "leader") title = country.leader_title();
        if (title.empty()) continue;
        for (const v1::Actor* holder :
             OfficeHolders(title, country.id(), date)) {
          add(holder);
        }
      }
    }
  }
  // Persons who held an office on the date come first.
  std::stable_sort(found.begin(), found.end(),
                   [this, &date](const v1::Actor* a, const v1::Actor* b) {
                     const bool ra = a->kind() != v1::ACTOR_KIND_PERSON ||
                                     RoleOn(*a, date) != nullptr;
                     const bool rb = b->kind() != v1::ACTOR_KIND_PERSON ||
                                     RoleOn(*b, date) != nullptr;
                     return ra > rb;
                   });
  return found;
}

}  // namespace parley
