#include "common/extract/mentions.h"

#include <algorithm>
#include <functional>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "common/extract/event_rules.h"
#include "common/util/date.h"
#include "common/util/word_set.h"

namespace parley {
namespace {

// A dictionary match before mentions are assembled.
// The ids of an atom: its own, or a dictionary entry's, referenced rather
// than copied (the lexicon outlives every sentence).
class AtomIds {
 public:
  AtomIds(std::vector<std::string> ids) : own_(std::move(ids)) {}  // NOLINT
  AtomIds(std::initializer_list<std::string> ids) : own_(ids) {}   // NOLINT
  static AtomIds Of(const Entry& entry) {
    AtomIds ids({});
    ids.entry_ = &entry.ids;
    return ids;
  }

  const std::vector<std::string>& get() const {
    return entry_ != nullptr ? *entry_ : own_;
  }
  operator const std::vector<std::string>&() const { return get(); }  // NOLINT
  const std::string& operator[](size_t i) const { return get()[i]; }
  std::vector<std::string>::const_iterator begin() const {
    return get().begin();
  }
  std::vector<std::string>::const_iterator end() const { return get().end(); }
  size_t size() const { return get().size(); }
  bool empty() const { return get().empty(); }

 private:
  std::vector<std::string> own_;
  const std::vector<std::string>* entry_ = nullptr;
};

struct Atom {
  EntryKind kind;
  int first = 0;
  int last = 0;
  AtomIds ids;
  bool plural = false;  // "presidents", "ministers".
};

bool IsLocativePreposition(const TokenText& word) {
  return word == "in" || word == "at" || word == "to" || word == "into" ||
         word == "from" || word == "near" || word == "inside" ||
         word == "outside" || word == "visited" || word == "visit" ||
         word == "visiting" || word == "visits" || word == "toured" ||
         word == "across";
}

// True when a word before the title phrase at `first` makes it a past
// office: "former president X", "ex-President X", "the late King X".
bool FormerBefore(const std::vector<Token>& tokens, int first) {
  static const auto* kPast =
      new WordSet{"former", "late", "then", "ex", "previous"};
  int k = first - 1;
  if (k >= 0 && tokens[k].lower == "-") --k;
  return k >= 0 && kPast->contains(tokens[k].lower);
}

// Words that may start a sentence capitalized but never a person's name.
bool IsCommonCapitalized(const TokenText& word) {
  static const auto* kWords = new WordSet{
      "the", "a", "an", "he", "she", "they", "it", "on", "in", "at", "his",
      "her", "their", "and", "but", "said", "also", "who", "which", "that",
      "this", "mr", "mrs", "ms", "dr", "president", "minister", "state",
      "prince", "sheikh", "king", "media", "news", "agency", "ministry",
      "government", "office",
      // Words that head a sentence or clause before a surname ("On Friday
      // Putin held ...", "Later Putin said ...").
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "today",
      "yesterday", "tomorrow", "later", "earlier", "meanwhile", "then", "when",
      "after", "before", "while", "since", "as", "if", "there", "here", "both",
      "where", "during", "until", "for", "with", "by", "from", "to", "of",
      "last", "next", "this", "week", "month", "year", "morning", "evening",
      "afternoon", "night"};
  return kWords->contains(word);
}

// Whether `held` answers a mention of the office `named`: "the premier"
// also means a prime minister.
bool SameOffice(const std::string& held, const std::string& named) {
  return held == named || (named == "premier" && held == "prime minister");
}

// Nouns that introduce a place: "the resort of Sochi".
bool IsPlaceNoun(const TokenText& word) {
  static const auto* kNouns = new WordSet{
      "capital", "city",    "resort", "town",    "port",   "province",
      "region",  "village", "island", "enclave", "emirate"};
  return kNouns->contains(word);
}

// Plural nouns that "the two ..." uses for persons.
bool IsGroupNoun(const TokenText& word) {
  static const auto* kNouns = new WordSet{
      "presidents", "leaders",  "ministers", "officials", "diplomats",
      "heads",      "premiers", "men",       "women",     "counterparts",
      "envoys",     "chiefs",   "prime",     "foreign",   "top"};
  return kNouns->contains(word);
}

// Determiners of "guest" and "host" as a person: "his guest", "their host"
// ("the host" may host a show), and of "the visiting minister".
bool IsGuestDeterminer(const TokenText& word, bool possessive_only) {
  return word == "his" || word == "her" || word == "their" ||
         (word == "the" && !possessive_only);
}

// Words after "guest" or "host" that make it part of another noun ("the host
// country", "the guest house") or not a person ("the host of the summit").
bool IsNotAGuest(const TokenText& word) {
  static const auto* kWords = new WordSet{
      "country",     "countries", "nation", "nations",    "city",   "cities",
      "government",  "house",     "houses", "list",       "room",   "rooms",
      "of",          "team",      "town",   "venue",      "family", "families",
      "state",       "speaker",   "star",   "appearance", "status", "nation's",
      "broadcaster", "city's",    "-"};
  return kWords->contains(word);
}

// Number words that count the members of a group: "the five Central Asian
// states".
bool IsCountWord(const TokenText& word) {
  static const auto* kWords = new WordSet{
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  return kWords->contains(word);
}

// Plural nouns by which a group's name stands for its member countries ("the
// Central Asian states", "the GCC countries") rather than for a body.
bool IsStatesNoun(const TokenText& word) {
  return word == "states" || word == "countries" || word == "nations" ||
         word == "republics";
}

int Priority(EntryKind kind) {
  switch (kind) {
    case EntryKind::kCountry:
      return 0;
    case EntryKind::kAdjective:
      return 1;
    case EntryKind::kInstitution:
      return 2;
    case EntryKind::kPlace:
      return 3;
    case EntryKind::kOrganization:
      return 4;
    case EntryKind::kTitle:
      return 5;
    case EntryKind::kPerson:
      return 6;
  }
  return 7;
}

// Whether capitalized words `name` can be a person's name: none of them
// names a body, a building, a place or a time ("Central Committee",
// "Foreign Ministry", "Great Hall", "Red Square", "March").
bool CanBePersonName(absl::string_view name) {
  static const auto* kWords = new WordSet{
      "islamic",     "jihad",         "brotherhood",  "movement",
      "front",       "alliance",      "coalition",    "league",
      "cross",       "crescent",      "qaeda",        "haram",
      "rebels",      "militia",       "militants",    "opposition",
      "coast",       "valley",        "bay",          "strait",
      "peninsula",   "republican",    "democratic",   "democrats",
      "republicans", "arab",          "european",     "asian",
      "african",     "american",      "pacific",      "atlantic",
      "nations",     "people",        "peoples",      "popular",
      "liberation",  "revolutionary", "federal",      "royal",
      "supreme",     "high",          "joint",        "security",
      "defense",     "defence",       "foreign",      "affairs",
      "economic",    "energy",        "oil",          "gas",
      "nuclear",     "trade",         "development",  "media",
      "network",     "channel",       "daily",        "journal",
      "herald",      "tribune",       "review",       "reuters",
      "associated",  "club",          "team",         "games",
      "cup",         "church",        "mosque",       "temple",
      "museum",      "hotel",         "stadium",      "tower",
      "bridge",      "road",          "avenue",       "park",
      "gardens",     "lawn",          "room",         "committee",
      "council",     "party",         "ministry",     "commission",
      "assembly",    "office",        "agency",       "bureau",
      "parliament",  "union",         "organization", "organisation",
      "company",     "corporation",   "bank",         "fund",
      "forum",       "group",         "republic",     "kingdom",
      "federation",  "state",         "states",       "university",
      "institute",   "army",          "forces",       "force",
      "command",     "authority",     "department",   "secretariat",
      "house",       "palace",        "centre",       "center",
      "airport",     "street",        "square",       "summit",
      "conference",  "news",          "times",        "post",
      "press",       "television",    "tv",           "radio",
      "service",     "services",      "guard",        "guards",
      "court",       "congress",      "senate",       "duma",
      "majlis",      "cabinet",       "government",   "administration",
      "embassy",     "consulate",     "mission",      "delegation",
      "talks",       "treaty",        "agreement",    "accord",
      "accords",     "declaration",   "initiative",   "strategy",
      "plan",        "program",       "programme",    "project",
      "pipeline",    "corridor",      "port",         "island",
      "islands",     "sea",           "ocean",        "gulf",
      "river",       "mountains",     "city",         "province",
      "region",      "district",      "county",       "central",
      "northern",    "southern",      "eastern",      "western",
      "middle",      "international", "national",     "world",
      "global",      "grand",         "great",        "new",
      "january",     "february",      "march",        "april",
      "june",        "july",          "august",       "september",
      "october",     "november",      "december",     "monday",
      "tuesday",     "wednesday",     "thursday",     "friday",
      "saturday",    "sunday"};
  for (absl::string_view word : absl::StrSplit(name, ' ')) {
    if (kWords->contains(absl::AsciiStrToLower(word))) return false;
  }
  return true;
}

// Records a person the knowledge base does not know, introduced by `title`
// of `qualifier` (a country or organization id); returns the new id, or ""
// when the name is a known actor's.
std::string RegisterNewPerson(const KnowledgeBase& kb, const std::string& name,
                              const std::string& title,
                              const std::string& qualifier,
                              Discourse* discourse) {
  const std::string id = IdFromName(name);
  if (kb.FindActor(id) != nullptr || !CanBePersonName(name)) return "";
  for (const v1::Actor& person : discourse->new_persons) {
    if (person.id() == id) return id;
  }
  v1::Actor person;
  person.set_id(id);
  person.set_name(name);
  person.set_kind(v1::ACTOR_KIND_PERSON);
  const v1::Actor* owner = kb.FindActor(qualifier);
  const bool organization =
      owner != nullptr && owner->kind() == v1::ACTOR_KIND_ORGANIZATION;
  person.set_country(organization ? owner->country() : qualifier);
  if (!title.empty()) {
    v1::Role* role = person.add_roles();
    role->set_title(title);
    if (organization) {
      role->set_organization(qualifier);
    } else {
      role->set_country(qualifier);
    }
  }
  // A surname alias lets later sentences say "Hemmati".
  person.add_aliases(name.substr(name.rfind(' ') + 1));
  discourse->new_persons.push_back(std::move(person));
  return id;
}

// "Prince Khalid", "Sheikh Tamim": a royal honorific before a given name
// alone stands for the person of that given name the article named fully
// before (the latest one), not for a namesake the dictionary knows by that
// word. The given name ends the name: not "Prince Khalid bin Bandar".
// Returns "" when the tokens at `i` are no such reference or nobody fits.
// The honorifics that open such a reference.
const WordSet& RoyalHonorifics() {
  static const auto* kHonorifics = new WordSet{
      "sheikh", "sheikha", "prince", "princess", "emir", "amir", "sultan"};
  return *kHonorifics;
}

std::string GivenNameReference(const KnowledgeBase& kb,
                               const std::vector<Token>& tokens, int i,
                               const Discourse& discourse) {
  const WordSet* kHonorifics = &RoyalHonorifics();
  static const auto* kNameLinks =
      new WordSet{"bin", "ibn", "bint", "al", "el", "-"};
  const int n = static_cast<int>(tokens.size());
  if (i + 1 >= n || !tokens[i].capitalized ||
      !kHonorifics->contains(tokens[i].lower) || !tokens[i + 1].word ||
      !tokens[i + 1].capitalized ||
      (i + 2 < n && ((tokens[i + 2].word && tokens[i + 2].capitalized) ||
                     kNameLinks->contains(tokens[i + 2].lower)))) {
    return "";
  }
  // The given name opening a name of the person's that is of the honorific's
  // kind: one with an honorific or a patronymic link ("Sheikh Tamim bin
  // Hamad Al Thani", "Sabah Khalid Al-Hamad Al-Sabah"), not "William Ruto".
  auto opens_royal_name = [&](absl::string_view name) {
    bool royal = false;
    absl::string_view given;
    for (absl::string_view word : absl::StrSplit(name, ' ')) {
      const std::string lower = absl::AsciiStrToLower(word);
      if (kHonorifics->contains(lower)) {
        royal = true;
      } else if (given.empty()) {
        given = word;
      } else {
        royal = royal || kNameLinks->contains(lower) ||
                absl::StartsWith(lower, "al-");
      }
    }
    return royal && absl::EqualsIgnoreCase(given, tokens[i + 1].lower);
  };
  const auto& named = discourse.named_persons;
  for (auto it = named.rbegin(); it != named.rend(); ++it) {
    const v1::Actor* actor = kb.FindActor(*it);
    for (const v1::Actor& person : discourse.new_persons) {
      if (actor == nullptr && person.id() == *it) actor = &person;
    }
    if (actor == nullptr) continue;
    if (opens_royal_name(actor->name())) return *it;
    for (const std::string& alias : actor->aliases()) {
      if (opens_royal_name(alias)) return *it;
    }
  }
  return "";
}

void Remember(const std::string& person, std::vector<std::string>* list) {
  const std::less<const std::string*> before;
  if (!before(&person, list->data()) &&
      before(&person, list->data() + list->size())) {
    // `person` is an element of `list` (add_person of a recent person): a
    // copy, since the element it refers to changes as the others move.
    Remember(std::string(person), list);
    return;
  }
  // Moves `person` to the end, dropping other copies; one already there is
  // rotated, not copied again.
  const auto it = std::find(list->begin(), list->end(), person);
  if (it == list->end()) {
    // Room for a few at once: such lists rarely stop at one.
    if (list->capacity() == 0) list->reserve(4);
    list->push_back(person);
    return;
  }
  if (it + 1 == list->end()) return;  // Already the last, and only there.
  // Rotated by moves (std::rotate swaps, out of line for strings).
  std::string moved = std::move(*it);
  std::move(it + 1, list->end(), it);
  list->back() = std::move(moved);
  list->erase(std::remove(it, list->end() - 1, person), list->end() - 1);
}
// The two countries "the two countries" or "both prime ministers" stand
// for: `pair` (the latest two named together) while both are among the
// latest three of `recent`, else the last two of `recent`; empty when fewer
// than two are known.
std::vector<std::string> TwoCountriesInFocus(
    const std::vector<std::string>& recent,
    const std::vector<std::string>& pair) {
  const bool pair_recent =
      pair.size() == 2 &&
      std::all_of(pair.begin(), pair.end(), [&recent](const auto& id) {
        return std::find(recent.end() - std::min<size_t>(recent.size(), 3),
                         recent.end(), id) != recent.end();
      });
  if (pair_recent) return pair;
  if (recent.size() < 2) return {};
  return {recent[recent.size() - 2], recent.back()};
}

// The two countries the article is about: the two named most often so far
// (of equal counts, the one named later), in the order of `recent`; empty
// unless both were named at least twice.
std::vector<std::string> MostNamedPair(
    const std::vector<std::string>& recent,
    const absl::flat_hash_map<std::string, int>& counts) {
  auto count_of = [&counts](const std::string& id) {
    auto it = counts.find(id);
    return it == counts.end() ? 0 : it->second;
  };
  int first = -1;
  int second = -1;
  for (int k = static_cast<int>(recent.size()) - 1; k >= 0; --k) {
    const int count = count_of(recent[k]);
    if (first < 0 || count > count_of(recent[first])) {
      second = first;
      first = k;
    } else if (second < 0 || count > count_of(recent[second])) {
      second = k;
    }
  }
  if (second < 0 || count_of(recent[second]) < 2) return {};
  return {recent[std::min(first, second)], recent[std::max(first, second)]};
}

// TwoCountriesInFocus, unless the latest two are not both named in
// `in_sentence` or the sentence before and one of them was named in
// passing (in one sentence alone): then the pair the article is about.
// "Armenia accused Azerbaijan ... The treaty signed by the two countries"
// in an article on Russia and Kazakhstan.
std::vector<std::string> PairInFocus(
    const std::vector<std::string>& recent,
    const std::vector<std::string>& in_sentence, const Discourse& discourse) {
  std::vector<std::string> pair =
      TwoCountriesInFocus(recent, discourse.country_pair);
  auto fresh = [&](const std::string& id) {
    return event_rules::Contains(in_sentence, id) ||
           event_rules::Contains(discourse.previous_countries, id);
  };
  auto in_passing = [&](const std::string& id) {
    auto it = discourse.country_mentions.find(id);
    return it == discourse.country_mentions.end() || it->second < 2;
  };
  if (pair != discourse.country_pair &&
      !std::all_of(pair.begin(), pair.end(), fresh) &&
      std::any_of(pair.begin(), pair.end(), in_passing)) {
    std::vector<std::string> about =
        MostNamedPair(recent, discourse.country_mentions);
    if (!about.empty()) return about;
  }
  return pair;
}

}  // namespace

const WordSet& SpeechVerbs() {
  static const auto* kVerbs = new WordSet{
      "said",      "says",       "told",       "tells",     "noted",
      "notes",     "added",      "stated",     "announced", "reported",
      "stressed",  "explained",  "quoted",     "remarked",  "wrote",
      "tweeted",   "emphasized", "emphasised", "asserted",  "underlined",
      "confirmed", "claimed",    "insisted",   "argued",    "warned"};
  return *kVerbs;
}

std::string MentionFinder::ChoosePerson(const std::vector<std::string>& ids,
                                        const Discourse& discourse,
                                        const std::string& title) const {
  if (ids.size() == 1) return ids[0];
  for (auto it = discourse.recent_persons.rbegin();
       it != discourse.recent_persons.rend(); ++it) {
    if (std::find(ids.begin(), ids.end(), *it) != ids.end()) return *it;
  }
  // Nobody mentioned yet: a person in office on the date, the one holding the
  // title named with the surname, else a head of state or government or a
  // foreign minister, before other office holders.
  std::string chosen;
  int chosen_rank = 0;
  // Every office counts: a leader may hold several at once ("general
  // secretary" and "supreme leader").
  for (const std::string& id : ids) {
    const v1::Actor* actor = kb_->FindActor(id);
    if (actor == nullptr) continue;
    for (const v1::Role* role : kb_->RolesOn(*actor, discourse.sentence_date)) {
      const int rank = !title.empty() && SameOffice(role->title(), title)
                           ? 4
                           : OfficeRank(*role);
      if (rank > chosen_rank) {
        chosen = id;
        chosen_rank = rank;
      }
    }
  }
  return chosen;  // Empty when ambiguous: better no actor than the wrong one.
}

int MentionFinder::OfficeRank(const v1::Role& role) const {
  const v1::Actor* country = kb_->FindActor(role.country());
  if (country != nullptr && !country->leader_title().empty() &&
      country->leader_title() == role.title()) {
    return 3;
  }
  static const auto* const kLeadingTitles =
      new WordSet{"president", "prime minister", "premier", "chancellor",
                  "foreign minister"};
  return kLeadingTitles->contains(role.title()) ? 2 : 1;
}

std::vector<std::string> MentionFinder::Holders(
    const std::string& title, const std::string& country,
    const Discourse& discourse) const {
  std::vector<std::string> ids;
  for (const v1::Actor* actor :
       kb_->OfficeHolders(title, country, discourse.sentence_date)) {
    ids.push_back(actor->id());
  }
  for (const v1::Actor& person : discourse.new_persons) {
    for (const v1::Role& role : person.roles()) {
      if (role.title() == title && role.country() == country) {
        ids.push_back(person.id());
      }
    }
  }
  if (ids.size() <= 1) return ids;
  // Several holders over an unknown or partial date: the one the article
  // already mentioned, if any.
  for (auto it = discourse.recent_persons.rbegin();
       it != discourse.recent_persons.rend(); ++it) {
    if (std::find(ids.begin(), ids.end(), *it) != ids.end()) return {*it};
  }
  return {};
}

bool MentionFinder::HoldsOffice(const std::string& person,
                                const std::string& title, const v1::Date& date,
                                const Discourse& discourse) const {
  if (const v1::Actor* actor = kb_->FindActor(person)) {
    for (const v1::Role* role : kb_->RolesOn(*actor, date)) {
      if (SameOffice(role->title(), title)) return true;
    }
    return false;
  }
  return SameOffice(TitleOf(person, date, discourse), title);
}

std::string MentionFinder::HolderInStoryCountry(
    const std::string& title, const Discourse& discourse) const {
  auto sole_holder = [&](const std::vector<std::string>& countries) {
    std::string found;
    for (const std::string& country : countries) {
      const std::vector<std::string> holders =
          Holders(title, country, discourse);
      if (holders.empty()) continue;
      if (holders.size() > 1 || (!found.empty() && found != holders[0])) {
        return std::string("-");
      }
      found = holders[0];
    }
    return found;
  };
  std::string holder = sole_holder(discourse.place_countries);
  if (holder.empty()) holder = sole_holder(discourse.recent_countries);
  return holder == "-" ? "" : holder;
}

std::string MentionFinder::GuestOrHost(bool host, const std::string& title,
                                       const Discourse& discourse) const {
  if (discourse.place_countries.empty()) return "";
  const std::string& story_country = discourse.place_countries.back();
  const v1::Date& date = discourse.sentence_date;
  const auto& recent = discourse.recent_persons;
  for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
    const std::string country = CountryOf(*it, date, discourse);
    if (country.empty() || (country == story_country) != host ||
        TitleOf(*it, date, discourse) == "spokesperson" ||
        (!title.empty() && !HoldsOffice(*it, title, date, discourse))) {
      continue;
    }
    return *it;
  }
  return "";
}

std::string MentionFinder::TitleOf(const std::string& person,
                                   const v1::Date& date,
                                   const Discourse& discourse) const {
  if (const v1::Actor* actor = kb_->FindActor(person)) {
    const v1::Role* role = kb_->RoleOn(*actor, date);
    return role ? role->title() : "";
  }
  for (const v1::Actor& actor : discourse.new_persons) {
    if (actor.id() == person && actor.roles_size() > 0) {
      return actor.roles(0).title();
    }
  }
  return "";
}

std::string MentionFinder::CountryOf(const std::string& person,
                                     const v1::Date& date,
                                     const Discourse& discourse) const {
  if (const v1::Actor* actor = kb_->FindActor(person)) {
    const v1::Role* role = kb_->RoleOn(*actor, date);
    if (role && !role->country().empty()) return role->country();
    if (role && !role->organization().empty()) {
      const v1::Actor* organization = kb_->FindActor(role->organization());
      if (organization && !organization->country().empty()) {
        return organization->country();
      }
    }
    return actor->country();
  }
  for (const v1::Actor& actor : discourse.new_persons) {
    if (actor.id() == person) return actor.country();
  }
  return "";
}

MentionFinder::MentionFinder(const KnowledgeBase* kb, const Lexicon* lexicon)
    : kb_(kb), lexicon_(lexicon) {
  for (const v1::Actor& actor : kb->actors()) {
    body_nouns_.insert(actor.nouns().begin(), actor.nouns().end());
  }
}

std::vector<Mention> MentionFinder::Find(absl::string_view text,
                                         const std::vector<Token>& tokens,
                                         int skip, Discourse* discourse) const {
  const int n = static_cast<int>(tokens.size());
  // Pass 1: dictionary atoms, longest match first.
  std::vector<Atom> atoms;
  // "Iran and the agency agreed", "the bloc's members": an organization the
  // article named before, referred back to by one of its nouns
  // (Actor::nouns): the latest one with that noun, named earlier in this
  // sentence or before it; "" when none was named.
  auto body_by_noun = [&](const TokenText& word) {
    if (!body_nouns_.contains(word) ||
        (discourse->recent_bodies.empty() &&
         std::none_of(atoms.begin(), atoms.end(), [](const Atom& atom) {
           return atom.kind == EntryKind::kOrganization;
         }))) {
      return std::string();
    }
    auto has_noun = [&](const std::string& id) {
      const v1::Actor* body = kb_->FindActor(id);
      return body != nullptr &&
             std::find(body->nouns().begin(), body->nouns().end(), word) !=
                 body->nouns().end();
    };
    for (auto it = atoms.rbegin(); it != atoms.rend(); ++it) {
      if (it->kind == EntryKind::kOrganization && has_noun(it->ids[0])) {
        return it->ids[0];
      }
    }
    const auto& bodies = discourse->recent_bodies;
    for (auto it = bodies.rbegin(); it != bodies.rend(); ++it) {
      if (has_noun(*it)) return *it;
    }
    return std::string();
  };
  for (int i = skip; i < n;) {
    // (A capitalized honorific opens one: most tokens need no call.)
    const std::string given =
        tokens[i].capitalized && RoyalHonorifics().contains(tokens[i].lower)
            ? GivenNameReference(*kb_, tokens, i, *discourse)
            : std::string();
    if (!given.empty()) {
      atoms.push_back({EntryKind::kPerson, i, i + 1, {given}, false});
      i += 2;
      continue;
    }
    EntryMatches entries = lexicon_->Match(tokens, i);
    const TokenText& word = tokens[i].lower;
    std::string body;
    if (entries.empty() && i > skip && tokens[i - 1].lower == "the" &&
        tokens[i].word && !tokens[i].capitalized &&
        !(i + 1 < n && tokens[i + 1].lower == "of")) {
      body = body_by_noun(word);
    }
    if (!body.empty()) {
      atoms.push_back({EntryKind::kOrganization, i, i, {body}, false});
      ++i;
      continue;
    }
    if (entries.empty()) {
      if ((word == "minister" || word == "diplomat" || word == "envoy" ||
           word == "official" || word == "premier") &&
          ((!atoms.empty() && atoms.back().last == i - 1 &&
            atoms.back().kind == EntryKind::kAdjective) ||
           (i > skip && tokens[i - 1].lower == "visiting"))) {
        // "the Iranian minister": an office named only by its country;
        // "the visiting minister": by the trip.
        atoms.push_back({EntryKind::kTitle, i, i, {word}, false});
      } else if (word == "minister" && i - 1 > skip &&
                 tokens[i - 1].capitalized && tokens[i - 1].word &&
                 (atoms.empty() || atoms.back().last != i - 1)) {
        // An office the knowledge base does not list: "Ports Minister".
        atoms.push_back({EntryKind::kTitle,
                         i - 1,
                         i,
                         {tokens[i - 1].lower + " minister"},
                         false});
      } else if (word == "leader" || word == "leaders" ||
                 word == "counterpart" || word == "counterparts") {
        const bool plural = word.back() == 's';
        atoms.push_back({EntryKind::kTitle,
                         i,
                         i,
                         {word.substr(0, word.size() - (plural ? 1 : 0))},
                         plural});
      } else if ((word == "guest" || word == "visitor" || word == "host") &&
                 i > skip && IsGuestDeterminer(tokens[i - 1].lower, true) &&
                 !(i + 1 < n && IsNotAGuest(tokens[i + 1].lower))) {
        // "his guest", "her visitor", "their host": the person visiting
        // or visited.
        atoms.push_back(
            {EntryKind::kTitle, i, i, {word == "host" ? "host" : "guest"}});
      } else if ((word == "two" || word == "both") && i + 1 < n &&
                 (tokens[i + 1].lower == "countries" ||
                  tokens[i + 1].lower == "nations" ||
                  (tokens[i + 1].lower == "sides" && !atoms.empty() &&
                   atoms.back().kind == EntryKind::kTitle &&
                   atoms.back().plural && i >= 2 &&
                   (tokens[i - 1].lower == "of" ||
                    (tokens[i - 1].lower == "the" &&
                     tokens[i - 2].lower == "of"))))) {
        // "the two countries": the last two countries the article named,
        // before this sentence or earlier in it; "the defence ministers of
        // both sides" too.
        std::vector<std::string> recent = discourse->recent_countries;
        std::vector<std::string> in_sentence;
        const Atom* joined_pair = nullptr;
        for (const Atom& earlier : atoms) {
          if (earlier.kind == EntryKind::kCountry ||
              earlier.kind == EntryKind::kAdjective) {
            Remember(earlier.ids[0], &recent);
            Remember(earlier.ids[0], &in_sentence);
            // "Russia and Kazakhstan ...", "the Iran-Iraq border": a pair
            // the sentence names itself.
            const Atom* next = &earlier + 1;
            if (next != atoms.data() + atoms.size() &&
                (next->kind == EntryKind::kCountry ||
                 next->kind == EntryKind::kAdjective) &&
                next->first == earlier.last + 2 &&
                (event_rules::Is(tokens, earlier.last + 1, "and") ||
                 event_rules::Is(tokens, earlier.last + 1, "-")) &&
                next->ids[0] != earlier.ids[0]) {
              joined_pair = &earlier;
            }
          }
        }
        // A pair the sentence joins itself comes first.
        std::vector<std::string> pair =
            joined_pair != nullptr
                ? std::vector<std::string>{joined_pair->ids[0],
                                           (joined_pair + 1)->ids[0]}
                : PairInFocus(recent, in_sentence, *discourse);
        // "A was received by B, and the two countries' ministers ...": the
        // countries of two persons of two countries named before in the
        // sentence.
        std::vector<std::string> named;
        for (const Atom& earlier : atoms) {
          const std::string id = earlier.kind == EntryKind::kPerson
                                     ? ChoosePerson(earlier.ids, *discourse)
                                     : "";
          const std::string country =
              id.empty() ? ""
                         : CountryOf(id, discourse->sentence_date, *discourse);
          if (!country.empty() &&
              std::find(named.begin(), named.end(), country) == named.end()) {
            named.push_back(country);
          }
        }
        if (named.size() == 2) pair = named;
        // "Trump spoke with the leaders of both countries": the countries
        // whose office holders a person named before deals with are not
        // his own; the article's latest pair, else the latest two others.
        const bool of_title =
            !atoms.empty() && atoms.back().kind == EntryKind::kTitle &&
            atoms.back().plural && i >= 2 &&
            (tokens[i - 1].lower == "of" ||
             (tokens[i - 1].lower == "the" && tokens[i - 2].lower == "of"));
        std::vector<std::string> own;
        for (const Atom& earlier : atoms) {
          const std::string id = of_title && earlier.kind == EntryKind::kPerson
                                     ? ChoosePerson(earlier.ids, *discourse)
                                     : "";
          if (!id.empty()) {
            own.push_back(CountryOf(id, discourse->sentence_date, *discourse));
          }
        }
        auto is_own = [&own](const std::string& country) {
          return std::find(own.begin(), own.end(), country) != own.end();
        };
        if (std::any_of(pair.begin(), pair.end(), is_own)) {
          const auto& latest = discourse->country_pair;
          std::vector<std::string> others;
          for (const std::string& country : recent) {
            if (!is_own(country)) others.push_back(country);
          }
          if (latest.size() == 2 &&
              std::none_of(latest.begin(), latest.end(), is_own)) {
            pair = latest;
          } else if (others.size() >= 2) {
            pair = {others[others.size() - 2], others.back()};
          } else {
            pair.clear();
          }
        }
        if (!pair.empty()) {
          atoms.push_back({EntryKind::kCountry, i, i + 1, pair, true});
        }
        i += 2;
        continue;
      } else if (word == "each" && i + 1 < n &&
                 (tokens[i + 1].lower == "leader" ||
                  tokens[i + 1].lower == "president")) {
        // "held separate meetings with each leader": the last two leaders
        // named before the sentence.
        atoms.push_back({EntryKind::kTitle, i, i + 1, {"each"}, true});
        i += 2;
        continue;
      } else if ((word == "two" || word == "both") && i + 1 < n &&
                 IsGroupNoun(tokens[i + 1].lower)) {
        // "the two ministers", "both leaders": the last two persons named.
        atoms.push_back({EntryKind::kTitle, i, i + 1, {"two"}, true});
        i += 2;
        continue;
      } else if (word.size() > 3 && word.back() == 's') {
        // Plural titles: "presidents", "foreign ministers".
        // (The singular token is made only to match a phrase it may start.)
        const std::string stem = word.substr(0, word.size() - 1);
        auto singular = [&tokens, &stem, i] {
          Token token = tokens[i];
          token.lower = stem;
          return token;
        };
        bool found = false;
        if (i > skip && tokens[i - 1].word &&
            (atoms.empty() || atoms.back().last < i - 1) &&
            lexicon_->StartsPhrase(tokens[i - 1].lower)) {
          const std::vector<Token> two = {tokens[i - 1], singular()};
          for (const Entry* entry : lexicon_->Match(two, 0)) {
            if (entry->kind == EntryKind::kTitle && entry->length == 2) {
              atoms.push_back(
                  {EntryKind::kTitle, i - 1, i, AtomIds::Of(*entry), true});
              found = true;
              break;
            }
          }
        }
        if (!found && lexicon_->StartsPhrase(stem)) {
          const std::vector<Token> one = {singular()};
          for (const Entry* entry : lexicon_->Match(one, 0)) {
            if (entry->kind == EntryKind::kTitle) {
              atoms.push_back(
                  {EntryKind::kTitle, i, i, AtomIds::Of(*entry), true});
              break;
            }
          }
        }
      }
      ++i;
      continue;
    }
    const Entry* best = entries[0];
    for (const Entry* entry : entries) {
      if (entry->length == best->length &&
          Priority(entry->kind) < Priority(best->kind)) {
        best = entry;
      }
    }
    // "the Chinese capital" is a place.
    const int after = i + best->length;
    if ((best->kind == EntryKind::kAdjective ||
         best->kind == EntryKind::kCountry) &&
        after < n && tokens[after].lower == "capital") {
      const v1::Actor* country = kb_->FindActor(best->ids[0]);
      if (country != nullptr && !country->capital().empty()) {
        atoms.push_back(
            {EntryKind::kPlace, i, after, {country->capital()}, false});
        i = after + 1;
        continue;
      }
    }
    int last = i + best->length - 1;
    // "Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah": a short name of a person
    // overlapping the start of a longer one of the same person is one name
    // (not "Sheikh Nawaf" and then "Al-Jaber", another person's).
    for (int k = i + 1; best->kind == EntryKind::kPerson && k <= last; ++k) {
      for (const Entry* longer : lexicon_->Match(tokens, k)) {
        if (longer->kind == EntryKind::kPerson && longer->ids == best->ids &&
            k + longer->length - 1 > last) {
          last = k + longer->length - 1;
        }
      }
    }
    atoms.push_back({best->kind, i, last, AtomIds::Of(*best), false});
    i = last + 1;
  }

  std::vector<Mention> mentions;
  mentions.reserve(atoms.size() + 4);
  std::vector<bool> used(atoms.size(), false);
  const v1::Date& date = discourse->sentence_date;
  auto locative = [&tokens](int first) {
    int k = first - 1;
    if (k >= 0 && tokens[k].lower == "the") --k;
    return k >= 0 && IsLocativePreposition(tokens[k].lower);
  };
  // Where the story is set: the dateline's place, and (after this
  // sentence: "The President will fly to Paris" is not set there) the
  // places and the countries "in", "to", ... it names.
  auto remember_place = [&](EntryKind kind, const std::string& id) {
    const v1::Place* place =
        kind == EntryKind::kPlace ? kb_->FindPlace(id) : nullptr;
    const std::string& country = place != nullptr ? place->country() : id;
    if (!country.empty()) Remember(country, &discourse->place_countries);
    if (discourse->setting_country.empty() && !country.empty()) {
      discourse->setting_place = place != nullptr ? id : "";
      discourse->setting_country = country;
    }
  };
  for (int i = 0; i < skip;) {
    const EntryMatches entries = lexicon_->Match(tokens, i);
    int length = 1;
    for (const Entry* entry : entries) {
      if (entry->kind == EntryKind::kPlace ||
          entry->kind == EntryKind::kCountry ||
          entry->kind == EntryKind::kInstitution) {
        remember_place(entry->kind, entry->ids[0]);
        length = std::max(length, entry->length);
      }
    }
    i += length;
  }
  auto add_person = [&](const std::string& id, int first, int last) {
    if (id.empty()) return;
    Mention mention;
    mention.kind = MentionKind::kPerson;
    mention.first = first;
    mention.last = last;
    mention.ids = {id};
    mention.country = CountryOf(id, date, *discourse);
    mentions.push_back(std::move(mention));
    // Later titles in the same sentence ("X met his Russian counterpart")
    // refer to the persons named before them.
    Remember(id, &discourse->recent_persons);
  };

  for (size_t a = 0; a < atoms.size(); ++a) {
    if (used[a]) continue;
    const Atom& atom = atoms[a];
    // Title phrase: [qualifier ('s)?] title+ [of qualifier (and qualifier)]
    // [,]? [name]
    size_t title_index = a;
    std::vector<std::string> qualifiers;
    int phrase_first = atom.first;
    const bool qualifier_kind = atom.kind == EntryKind::kAdjective ||
                                atom.kind == EntryKind::kCountry ||
                                atom.kind == EntryKind::kInstitution ||
                                atom.kind == EntryKind::kOrganization;
    // "the Russian and Turkish foreign ministers", "US, French and British
    // leaders": coordinated country words before a plural title qualify it
    // together.
    size_t chain_last = a;
    auto is_country_word = [&atoms](size_t k) {
      return atoms[k].kind == EntryKind::kAdjective ||
             atoms[k].kind == EntryKind::kCountry;
    };
    if (is_country_word(a)) {
      while (chain_last + 1 < atoms.size() && is_country_word(chain_last + 1) &&
             atoms[chain_last + 1].first == atoms[chain_last].last + 2 &&
             (tokens[atoms[chain_last].last + 1].lower == "," ||
              tokens[atoms[chain_last].last + 1].lower == "and")) {
        ++chain_last;
      }
    }
    // "the two countries' foreign ministers", "Egypt and Jordan's leaders":
    // a possessive between the countries and their title.
    auto possessive_at = [&tokens](int k) {
      return tokens[k].lower == "'s" ||
             (tokens[k].lower == "'" && k > 0 && tokens[k - 1].word &&
              tokens[k - 1].lower.back() == 's');
    };
    if (chain_last > a && tokens[atoms[chain_last].first - 1].lower == "and" &&
        chain_last + 1 < atoms.size() &&
        atoms[chain_last + 1].kind == EntryKind::kTitle &&
        atoms[chain_last + 1].plural &&
        (atoms[chain_last + 1].first == atoms[chain_last].last + 1 ||
         (atoms[chain_last + 1].first == atoms[chain_last].last + 2 &&
          possessive_at(atoms[chain_last].last + 1)))) {
      for (size_t k = a; k <= chain_last; ++k) {
        qualifiers.push_back(atoms[k].ids[0]);
      }
      title_index = chain_last + 1;
    } else if (qualifier_kind && a + 1 < atoms.size() &&
               atoms[a + 1].kind == EntryKind::kTitle) {
      int gap = atoms[a + 1].first - atom.last - 1;
      // "Thailand's acting prime minister", "the Iraqi caretaker premier":
      // a temporary holder is the country's still.
      static const auto* kTemporary =
          new WordSet{"acting", "interim", "caretaker"};
      if (gap > 0 &&
          kTemporary->contains(tokens[atoms[a + 1].first - 1].lower)) {
        --gap;
      }
      bool possessive = gap == 1 && possessive_at(atom.last + 1);
      // Allow one intervening word: "Russia's state gas company" is too far,
      // "Iranian Foreign Minister" and "Iran's Foreign Minister" are not.
      if (gap == 0 || possessive) {
        // "the two countries' ministers": both countries of the pair.
        if (atom.plural && atom.kind == EntryKind::kCountry) {
          qualifiers = atom.ids;
        } else {
          qualifiers.push_back(atom.ids[0]);
        }
        title_index = a + 1;
      }
    }
    if (atoms[title_index].kind == EntryKind::kTitle &&
        (title_index != a || !qualifier_kind)) {
      // Consecutive titles ("Economy and Finance Minister") keep the last.
      size_t last_title = title_index;
      while (last_title + 1 < atoms.size() &&
             atoms[last_title + 1].kind == EntryKind::kTitle &&
             atoms[last_title + 1].first <= atoms[last_title].last + 2) {
        ++last_title;
      }
      const Atom& title_atom = atoms[last_title];
      std::string title = title_atom.ids[0];
      int phrase_last = title_atom.last;
      size_t next = last_title + 1;
      // "of Russia", "of Iran and Russia"; "of the European Commission",
      // "of the (five) <group>".
      int of_gap = 2;
      if (next < atoms.size() && phrase_last + 1 < n &&
          tokens[phrase_last + 1].lower == "of") {
        const v1::Actor* group = kb_->FindActor(atoms[next].ids[0]);
        int k = phrase_last + 2;
        if (k < n && tokens[k].lower == "the") ++k;
        if (atoms[next].first == k) of_gap = k - phrase_last;
        if (k < n && IsCountWord(tokens[k].lower)) ++k;
        if (group != nullptr && group->members_size() > 0 &&
            atoms[next].first == k) {
          of_gap = k - phrase_last;
        }
      }
      if (next < atoms.size() && atoms[next].first == phrase_last + of_gap &&
          tokens[phrase_last + 1].lower == "of" &&
          (atoms[next].kind == EntryKind::kCountry ||
           atoms[next].kind == EntryKind::kOrganization)) {
        if (atoms[next].plural) {
          // "of the two countries".
          qualifiers.insert(qualifiers.end(), atoms[next].ids.begin(),
                            atoms[next].ids.end());
        } else {
          qualifiers.push_back(atoms[next].ids[0]);
        }
        phrase_last = atoms[next].last;
        ++next;
        // "of A and B", and for several office holders "of A, B and C";
        // "the presidents of the European Council and the European
        // Commission".
        auto joined_next = [&]() {
          if (next >= atoms.size()) return false;
          const bool plural_the = title_atom.plural &&
                                  atoms[next].first == phrase_last + 3 &&
                                  tokens[phrase_last + 2].lower == "the";
          return (atoms[next].first == phrase_last + 2 || plural_the) &&
                 (tokens[phrase_last + 1].lower == "and" ||
                  (tokens[phrase_last + 1].lower == "," &&
                   title_atom.plural)) &&
                 (atoms[next].kind == EntryKind::kCountry ||
                  (title_atom.plural &&
                   atoms[next].kind == EntryKind::kOrganization));
        };
        while (joined_next()) {
          const bool last = tokens[phrase_last + 1].lower == "and";
          qualifiers.push_back(atoms[next].ids[0]);
          phrase_last = atoms[next].last;
          ++next;
          if (last) break;
        }
      }
      for (size_t k = a; k < next; ++k) used[k] = true;
      // A name right after the title (possibly after a comma).
      int name_start = phrase_last + 1;
      if (name_start < n && tokens[name_start].lower == ",") ++name_start;
      // A known name inside a longer unknown one, of a person who does not
      // represent the title's country: "Somalia's President Hassan Sheikh
      // Mohamud" is not Jordan's Jafar Hassan, "Syrian Defense Minister Ali
      // Mahmoud Abbas" not the Palestinian president.
      int long_end = name_start;
      if (next < atoms.size() && atoms[next].kind == EntryKind::kPerson &&
          atoms[next].first <= name_start + 1 && qualifiers.size() == 1 &&
          title != "leader" && title != "counterpart") {
        const std::string known =
            ChoosePerson(atoms[next].ids, *discourse, title);
        const bool foreign =
            known.empty() ||
            CountryOf(known, date, *discourse) != qualifiers[0];
        auto name_word = [&](int k) {
          return k < n && tokens[k].word && tokens[k].capitalized &&
                 (!IsCommonCapitalized(tokens[k].lower) ||
                  (k > name_start && tokens[k].lower == "sheikh"));
        };
        bool whole = foreign && name_word(name_start);
        for (int k = name_start; whole && k < atoms[next].first; ++k) {
          whole = name_word(k);
        }
        int end = atoms[next].last + 1;
        while (whole && end - name_start < 4 && name_word(end) &&
               (next + 1 >= atoms.size() || atoms[next + 1].first > end)) {
          ++end;
        }
        if (whole && end - name_start <= 4 &&
            end - name_start > atoms[next].last - atoms[next].first + 1) {
          long_end = end;
        }
      }
      if (long_end > name_start) {
        const std::string name(
            text.substr(tokens[name_start].begin,
                        tokens[long_end - 1].end - tokens[name_start].begin));
        const std::string id =
            RegisterNewPerson(*kb_, name, title, qualifiers[0], discourse);
        if (!id.empty()) {
          used[next] = true;
          add_person(id, phrase_first, long_end - 1);
          Remember(id, &discourse->named_persons);
          continue;
        }
      }
      if (next < atoms.size() && atoms[next].kind == EntryKind::kPerson &&
          atoms[next].first == name_start) {
        used[next] = true;
        const std::string id = ChoosePerson(atoms[next].ids, *discourse, title);
        add_person(id, phrase_first, atoms[next].last);
        if (!id.empty() && atoms[next].last > atoms[next].first) {
          Remember(id, &discourse->named_persons);
        }
        if (!id.empty() && qualifiers.empty() && title_index == a &&
            tokens[title_atom.first].capitalized &&
            !FormerBefore(tokens, phrase_first) &&
            HoldsOffice(id, title, date, *discourse)) {
          const std::pair<std::string, std::string> titled(id, title);
          auto& plain = discourse->plain_titled;
          if (std::find(plain.begin(), plain.end(), titled) == plain.end()) {
            plain.push_back(titled);
          }
        }
        continue;
      }
      // An unknown person introduced by a title: two to four capitalized
      // words that the dictionary does not know.
      int end = name_start;
      while (end < n && end - name_start < 4 && tokens[end].word &&
             tokens[end].capitalized &&
             !IsCommonCapitalized(tokens[end].lower) &&
             (next >= atoms.size() || atoms[next].first > end)) {
        ++end;
      }
      // Initials before a known surname ("Vice President J D Vance"): the
      // known person.
      bool initials = end > name_start && next < atoms.size() &&
                      atoms[next].kind == EntryKind::kPerson &&
                      atoms[next].first == end;
      for (int k = name_start; initials && k < end; ++k) {
        initials = tokens[k].lower.size() <= 2;
      }
      if (initials) {
        used[next] = true;
        const std::string id = ChoosePerson(atoms[next].ids, *discourse, title);
        add_person(id, phrase_first, atoms[next].last);
        if (!id.empty()) Remember(id, &discourse->named_persons);
        continue;
      }
      if (end - name_start >= 2 && !qualifiers.empty() && title != "leader" &&
          title != "counterpart") {
        const std::string name(
            text.substr(tokens[name_start].begin,
                        tokens[end - 1].end - tokens[name_start].begin));
        const std::string id =
            RegisterNewPerson(*kb_, name, title, qualifiers[0], discourse);
        if (!id.empty()) {
          add_person(id, phrase_first, end - 1);
          Remember(id, &discourse->named_persons);
          continue;
        }
      }
      // A name we cannot place ("national security adviser Musaed
      // al-Aiban") is not the office holder we know.
      if (end - name_start >= 2) continue;
      // A name before the title: "Hemmati, Iran's economy minister" names
      // the person already; "Bahram Niknam, Iran's economy minister" names
      // one the knowledge base does not know.
      if (phrase_first >= 2 && tokens[phrase_first - 1].lower == "," &&
          !qualifiers.empty() && title != "leader" && title != "counterpart") {
        if (a > 0 && atoms[a - 1].last == phrase_first - 2 &&
            atoms[a - 1].kind == EntryKind::kPerson) {
          continue;
        }
        int start = phrase_first - 1;
        while (start - 1 >= skip && phrase_first - 1 - start < 4 &&
               tokens[start - 1].word && tokens[start - 1].capitalized &&
               !IsCommonCapitalized(tokens[start - 1].lower) &&
               (a == 0 || atoms[a - 1].last < start - 1)) {
          --start;
        }
        if (phrase_first - 1 - start >= 2) {
          const std::string name(
              text.substr(tokens[start].begin,
                          tokens[phrase_first - 2].end - tokens[start].begin));
          const std::string id =
              RegisterNewPerson(*kb_, name, title, qualifiers[0], discourse);
          if (!id.empty()) {
            add_person(id, start, phrase_last);
            Remember(id, &discourse->named_persons);
            continue;
          }
        }
      }
      // No name: resolve the office.
      std::vector<std::string> ids;
      std::string group_id;
      std::string other_holder;
      const bool plural = title_atom.plural;
      if (title == "counterpart" && !discourse->recent_persons.empty()) {
        title = TitleOf(discourse->recent_persons.back(), date, *discourse);
      }
      // "the visiting minister", "the visiting Iranian president": the one
      // abroad where the story is set.
      const bool visiting =
          phrase_first > 1 && tokens[phrase_first - 1].lower == "visiting" &&
          IsGuestDeterminer(tokens[phrase_first - 2].lower, false);
      const bool two_before = plural && phrase_first > 0 &&
                              (tokens[phrase_first - 1].lower == "two" ||
                               tokens[phrase_first - 1].lower == "both");
      // "the (same) five presidents": the latest group of five persons the
      // article named together ("the leaders of the five Central Asian
      // states"), when none of them is named again in this sentence.
      const bool counted_before = plural && qualifiers.empty() &&
                                  phrase_first > 0 && !two_before &&
                                  IsCountWord(tokens[phrase_first - 1].lower);
      if (counted_before) {
        static const auto* kCounts = new WordMap<int>{
            {"three", 3}, {"four", 4},  {"five", 5}, {"six", 6},
            {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}};
        const auto count = kCounts->find(tokens[phrase_first - 1].lower);
        const auto& groups = discourse->groups;
        for (auto it = groups.rbegin();
             count != kCounts->end() && it != groups.rend(); ++it) {
          if (static_cast<int>(it->size()) != count->second) continue;
          bool named_here = false;
          for (const Mention& m : mentions) {
            for (const std::string& id : m.ids) {
              named_here = named_here ||
                           std::find(it->begin(), it->end(), id) != it->end();
            }
          }
          if (!named_here) ids = *it;
          break;
        }
        phrase_first -= 1;
      } else if (title == "guest" || title == "host" ||
                 (visiting && !plural && qualifiers.empty())) {
        // "the visiting minister": any office of that word.
        static const auto* kAnyOffice =
            new WordSet{"guest",    "host",  "leader",   "minister",
                        "diplomat", "envoy", "official", "premier"};
        const bool host = title == "host";
        const std::string office = kAnyOffice->contains(title) ? "" : title;
        const std::string id = GuestOrHost(host, office, *discourse);
        if (!id.empty()) ids.push_back(id);
        if (visiting) phrase_first -= 1;
      } else if (title == "two" || title == "each" || two_before) {
        // "the two presidents": the last two persons mentioned who hold
        // that office (for "presidents", "ministers"), else who are not
        // spokespeople.
        const std::string noun =
            title == "two" || title == "each"
                ? std::string(tokens[title_atom.last].lower)
                : title + "s";
        const std::string office = noun.size() > 1 && noun.back() == 's'
                                       ? noun.substr(0, noun.size() - 1)
                                       : noun;
        // "the two leaders" are heads of state or government; the two are
        // from different countries when the article allows it.
        static const auto* kLeaders =
            new WordSet{"president", "prime minister",   "king",
                        "emir",      "chancellor",       "crown prince",
                        "sultan",    "supreme leader",   "premier",
                        "leader",    "general secretary"};
        const auto& recent = discourse->recent_persons;
        auto holds_noun = [&](const std::string& id) {
          const std::string held = TitleOf(id, date, *discourse);
          return office == "leader" ? kLeaders->contains(held)
                                    : absl::StrContains(held, office);
        };
        // "Putin hosted Modi. Xi welcomed the talks, and the two leaders
        // ...": the pair of the latest meeting or call, when both fit.
        // "Qin met A and B. Qin congratulated the two ministers", "spoke
        // with both prime ministers": the lone person named in the sentence
        // is their counterpart, not one of them, when they are the object.
        std::string counterpart;
        const int two_at = two_before ? phrase_first - 1 : title_atom.first;
        int before = two_at - 1;
        if (before >= 0 && tokens[before].lower == "the") --before;
        const bool object =
            before >= 0 &&
            (tokens[before].lower == "with" ||
             absl::EndsWith(tokens[before].lower, "ed") ||
             tokens[before].lower == "met" || tokens[before].lower == "meets");
        for (const Mention& m : mentions) {
          if (!object || m.kind != MentionKind::kPerson) continue;
          counterpart = counterpart.empty() ? m.ids[0] : "-";
        }
        // "He hosted the two leaders": the person "he" or "she" stands for
        // (the previous sentences' subject) is their counterpart.
        for (int k = 0; object && counterpart.empty() && k < before; ++k) {
          if (tokens[k].lower == "he" || tokens[k].lower == "she") {
            counterpart = discourse->subject;
          }
        }
        const auto& pair = discourse->last_meeting;
        if (title != "each" && pair.size() == 2 && holds_noun(pair[0]) &&
            holds_noun(pair[1])) {
          ids = pair;
        } else if (title != "each" && pair.size() > 2 &&
                   std::all_of(mentions.begin(), mentions.end(),
                               [&pair](const Mention& m) {
                                 return m.kind != MentionKind::kPerson ||
                                        std::find(pair.begin(), pair.end(),
                                                  m.ids[0]) != pair.end();
                               })) {
          // "The host met A and B. The two ministers then ...": the two
          // guests of a meeting of three holding the office, unless the
          // sentence names someone else.
          std::vector<std::string> guests;
          for (const std::string& id : pair) {
            if (holds_noun(id) && id != counterpart) guests.push_back(id);
          }
          if (guests.size() > 2 && !discourse->place_countries.empty()) {
            const std::string& host = discourse->place_countries.back();
            guests.erase(std::remove_if(guests.begin(), guests.end(),
                                        [&](const std::string& id) {
                                          return CountryOf(id, date,
                                                           *discourse) == host;
                                        }),
                         guests.end());
          }
          // "A, B, C and D met. C later hosted the two leaders": the two of
          // the countries in focus.
          if (guests.size() > 2) {
            const std::vector<std::string> focus =
                PairInFocus(discourse->recent_countries, {}, *discourse);
            guests.erase(
                std::remove_if(guests.begin(), guests.end(),
                               [&](const std::string& id) {
                                 return std::find(
                                            focus.begin(), focus.end(),
                                            CountryOf(id, date, *discourse)) ==
                                        focus.end();
                               }),
                guests.end());
          }
          if (guests.size() == 2) ids = guests;
        }
        for (int pass = 0; pass < 4 && ids.size() < 2; ++pass) {
          if (pass == 1 && title != "each") {
            // "Tensions between India and Pakistan rose. The two prime
            // ministers ...", nobody of that office named: its holders on
            // the date in the two countries in focus.
            const std::vector<std::string> countries =
                PairInFocus(discourse->recent_countries, {}, *discourse);
            // "the two prime ministers", "both top diplomats": the office
            // the atom's first word begins.
            std::string kb_office = office;
            const int after = title_atom.last + 1;
            if (title == "two" && after < n &&
                absl::StartsWith(tokens[after].lower, "minister")) {
              kb_office = office + " minister";
            } else if (office == "top" && after < n &&
                       absl::StartsWith(tokens[after].lower, "diplomat")) {
              kb_office = "foreign minister";
            }
            std::vector<std::string> holders;
            for (const std::string& country : countries) {
              std::string held = kb_office;
              if (office == "leader") {
                const v1::Actor* actor = kb_->FindActor(country);
                held = actor != nullptr ? actor->leader_title() : "";
              }
              const std::vector<std::string> found =
                  held.empty() ? std::vector<std::string>{}
                               : Holders(held, country, *discourse);
              if (found.size() == 1) holders.push_back(found[0]);
            }
            if (holders.size() == 2) {
              ids = holders;
              break;
            }
          }
          ids.clear();
          const bool by_office = pass % 2 == 0;
          const bool distinct_countries = pass < 2;
          for (auto it = recent.rbegin(); it != recent.rend() && ids.size() < 2;
               ++it) {
            const bool fits =
                by_office ? holds_noun(*it)
                          : TitleOf(*it, date, *discourse) != "spokesperson";
            if (!fits) continue;
            // "X met each leader": not X.
            bool in_sentence = false;
            for (const Mention& m : mentions) {
              in_sentence = in_sentence ||
                            (m.kind == MentionKind::kPerson && m.ids[0] == *it);
            }
            if ((title == "each" && in_sentence) || *it == counterpart) {
              continue;
            }
            if (distinct_countries && !ids.empty() &&
                CountryOf(ids[0], date, *discourse) ==
                    CountryOf(*it, date, *discourse)) {
              continue;
            }
            ids.push_back(*it);
          }
        }
        if (two_before) phrase_first -= 1;
      } else {
        // "the G7 leaders", "foreign ministers of the E3": a group's office
        // holders are those of its member countries.
        std::vector<std::string> countries;
        for (const std::string& qualifier : qualifiers) {
          const v1::Actor* group = kb_->FindActor(qualifier);
          if (plural && group != nullptr && group->members_size() > 0) {
            group_id = qualifier;
            countries.insert(countries.end(), group->members().begin(),
                             group->members().end());
          } else {
            countries.push_back(qualifier);
          }
        }
        for (const std::string& qualifier : countries) {
          std::string office = title;
          if (office == "leader") {
            const v1::Actor* country = kb_->FindActor(qualifier);
            office = country ? country->leader_title() : "";
            if (office.empty() && country != nullptr &&
                country->kind() == v1::ACTOR_KIND_ORGANIZATION) {
              // "EU leaders": the presidents of the union's own bodies (the
              // European Council and Commission).
              for (const v1::Actor& body : kb_->actors()) {
                if (body.kind() != v1::ACTOR_KIND_ORGANIZATION ||
                    body.country() != qualifier) {
                  continue;
                }
                for (const std::string& id :
                     Holders("president", body.id(), *discourse)) {
                  if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
                    ids.push_back(id);
                  }
                }
              }
              continue;
            }
          }
          if (office.empty()) continue;
          std::vector<std::string> holders =
              Holders(office, qualifier, *discourse);
          if (holders.empty() && office == "premier") {
            // "the Pakistani premier": the head of government where the
            // office is called prime minister.
            holders = Holders("prime minister", qualifier, *discourse);
          }
          // "the defence ministers of A, B and C" with C's unknown: the
          // countries stand for them (the next sentence may name them).
          if (holders.empty() && plural && countries.size() > 1) {
            ids.clear();
            break;
          }
          ids.insert(ids.end(), holders.begin(), holders.end());
        }
        if (qualifiers.empty() && !plural && phrase_first > 0 &&
            tokens[phrase_first - 1].lower == "the") {
          // "the president": the last person mentioned with that title;
          // but "President Lula met Chinese President Xi. ... the
          // president" is the one named without his country, when the
          // latest was not.
          const auto& recent = discourse->recent_persons;
          const auto& plain = discourse->plain_titled;
          auto plain_holder = [&](const std::string& id) {
            return std::find(plain.begin(), plain.end(),
                             std::make_pair(id, title)) != plain.end();
          };
          for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
            if (!HoldsOffice(*it, title, date, *discourse)) continue;
            const std::string home = CountryOf(*it, date, *discourse);
            std::string own;
            for (auto other = it + 1;
                 !plain_holder(*it) && own.empty() && other != recent.rend();
                 ++other) {
              if (plain_holder(*other) &&
                  HoldsOffice(*other, title, date, *discourse)) {
                own = *other;
              }
            }
            if (!own.empty()) {
              ids.push_back(own);
              other_holder = *it;
              break;
            }
            ids.push_back(*it);
            for (auto other = it + 1;
                 other_holder.empty() && other != recent.rend(); ++other) {
              if (HoldsOffice(*other, title, date, *discourse) &&
                  CountryOf(*other, date, *discourse) != home) {
                other_holder = *other;
              }
            }
            break;
          }
          if (!ids.empty() && other_holder.empty()) {
            other_holder = HolderInStoryCountry(title, *discourse);
            if (other_holder == ids[0]) other_holder.clear();
          }
          // Not "the president of the chamber", a body we do not know.
          if (ids.empty() &&
              !(phrase_last + 1 < n && tokens[phrase_last + 1].lower == "of")) {
            const std::string holder = HolderInStoryCountry(title, *discourse);
            if (!holder.empty()) ids.push_back(holder);
          }
        }
      }
      if (ids.empty() && qualifiers.size() == 1 && phrase_first > 0 &&
          (tokens[phrase_first - 1].lower == "the" || visiting) && !plural) {
        // "the Iranian minister", "the Russian diplomat": the latest person
        // of that country the article named.
        const auto& recent = discourse->recent_persons;
        for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
          if (CountryOf(*it, date, *discourse) == qualifiers[0]) {
            ids.push_back(*it);
            break;
          }
        }
      }
      // "met a Russian leader in 2011": an office holder the writer does
      // not name is not the one holding it on the article's date.
      if (!plural && phrase_first > 0 &&
          (tokens[phrase_first - 1].lower == "a" ||
           tokens[phrase_first - 1].lower == "an")) {
        ids.clear();
      }
      if (ids.size() == 1) {
        add_person(ids[0], phrase_first, phrase_last);
        if (!mentions.empty() && mentions.back().ids == ids) {
          mentions.back().other_holder = other_holder;
        }
      } else if (ids.size() > 1) {
        Mention group;
        group.kind = MentionKind::kGroup;
        group.first = phrase_first;
        group.last = phrase_last;
        group.ids = ids;
        group.group = group_id;
        // "Xi and the leaders of the G7": the article belongs to the group.
        if (!group_id.empty() && phrase_first > skip &&
            tokens[phrase_first - 1].lower == "the") {
          group.first = phrase_first - 1;
        }
        mentions.push_back(std::move(group));
      } else if (qualifiers.size() == 1 && title_index != a) {
        // "Iranian officials"-like phrases we could not resolve still name a
        // country.
        Mention country;
        country.kind = MentionKind::kCountry;
        country.first = atom.first;
        country.last = atom.last;
        country.ids = {qualifiers[0]};
        country.adjective = atom.kind == EntryKind::kAdjective;
        mentions.push_back(std::move(country));
      } else if (qualifiers.size() == 1 &&
                 kb_->FindActor(qualifiers[0]) != nullptr &&
                 kb_->FindActor(qualifiers[0])->kind() ==
                     v1::ACTOR_KIND_ORGANIZATION) {
        // "energy ministers of the G20": the body they represent.
        Mention body;
        body.kind = MentionKind::kOrganization;
        body.first = phrase_first;
        body.last = phrase_last;
        body.ids = {qualifiers[0]};
        mentions.push_back(std::move(body));
      } else if (qualifiers.size() > 1 && plural && group_id.empty()) {
        // "the defence ministers of A, B and C" we could not all name: the
        // countries.
        for (const std::string& qualifier : qualifiers) {
          Mention country;
          country.kind = MentionKind::kCountry;
          country.first = phrase_first;
          country.last = phrase_last;
          country.ids = {qualifier};
          mentions.push_back(std::move(country));
        }
      }
      continue;
    }
    used[a] = true;
    Mention mention;
    mention.first = atom.first;
    mention.last = atom.last;
    switch (atom.kind) {
      case EntryKind::kPerson: {
        const std::string id = ChoosePerson(atom.ids, *discourse);
        if (id.empty()) continue;
        if (atom.last == atom.first) {
          // A surname alone ("Khan" of "Nur Khan air base"): only part of a
          // longer unknown name, or a person neither named before nor in
          // office, is not that person.
          const int previous = atom.first - 1;
          // After "bin" or "ibn" it is a father's name inside another
          // person's ("Mohammed bin Salman bin Abdulaziz").
          const bool inside_name =
              (previous > skip && tokens[previous].capitalized &&
               !IsCommonCapitalized(tokens[previous].lower) &&
               (a == 0 || atoms[a - 1].last != previous)) ||
              (previous >= skip && (tokens[previous].lower == "bin" ||
                                    tokens[previous].lower == "ibn" ||
                                    tokens[previous].lower == "bint"));
          // Before a capitalized noun of a building, a street or a prize it
          // is part of that name ("Al-Salam Palace", "Khalifa Stadium").
          static const auto* kNamedPlaceNouns = new WordSet{
              "palace",   "hall",       "square", "street", "avenue",
              "airport",  "base",       "hotel",  "mosque", "bridge",
              "stadium",  "center",     "centre", "tower",  "gate",
              "hospital", "university", "prize",  "road",   "park"};
          const int following = atom.last + 1;
          const bool names_a_place =
              following < n && tokens[following].capitalized &&
              kNamedPlaceNouns->contains(tokens[following].lower);
          if (names_a_place) continue;
          // A period inside the sentence makes it a shortened title ("Sen.
          // Graham" is no Hun Sen).
          if (following + 1 < n && tokens[following].lower == "." &&
              tokens[following + 1].word && tokens[following + 1].capitalized) {
            continue;
          }
          const v1::Actor* actor = kb_->FindActor(id);
          // A head of state or government out of office within the last
          // five years is still named by the surname alone ("Trump" in
          // 2024, "Merkel" in 2023).
          bool recent_leader = false;
          static const auto* kNoRoles =
              new google::protobuf::RepeatedPtrField<v1::Role>();
          for (const v1::Role& role : actor ? actor->roles() : *kNoRoles) {
            const bool leader = role.title() == "president" ||
                                role.title() == "prime minister" ||
                                role.title() == "chancellor";
            recent_leader =
                recent_leader || (leader && role.end().year() != 0 &&
                                  role.end().year() >= date.year() - 5 &&
                                  role.start().year() <= date.year());
          }
          const bool known = std::find(discourse->named_persons.begin(),
                                       discourse->named_persons.end(),
                                       id) != discourse->named_persons.end() ||
                             actor == nullptr || recent_leader ||
                             kb_->RoleOn(*actor, date) != nullptr;
          if (inside_name || !known) continue;
        }
        add_person(id, atom.first, atom.last);
        if (atom.last > atom.first) Remember(id, &discourse->named_persons);
        continue;
      }
      case EntryKind::kCountry:
      case EntryKind::kAdjective:
        mention.kind = MentionKind::kCountry;
        mention.ids = atom.ids;
        mention.country = atom.ids[0];
        mention.adjective = atom.kind == EntryKind::kAdjective;
        mention.locative = locative(atom.first);
        break;
      case EntryKind::kInstitution: {
        const v1::Actor* country = kb_->FindActor(atom.ids[0]);
        mention.country = atom.ids[0];
        mention.locative = locative(atom.first);
        if (country != nullptr && country->leader_seats_size() > 0) {
          const std::string name = absl::AsciiStrToLower(
              text.substr(tokens[atom.first].begin,
                          tokens[atom.last].end - tokens[atom.first].begin));
          for (const std::string& seat : country->leader_seats()) {
            mention.seat = mention.seat || absl::AsciiStrToLower(seat) == name;
          }
        }
        if (mention.locative && country && !country->capital().empty()) {
          mention.kind = MentionKind::kPlace;
          mention.ids = {country->capital()};
        } else {
          mention.kind = MentionKind::kCountry;
          mention.ids = atom.ids;
        }
        break;
      }
      case EntryKind::kOrganization: {
        mention.kind = MentionKind::kOrganization;
        mention.ids = atom.ids;
        const v1::Actor* group = kb_->FindActor(atom.ids[0]);
        int after = atom.last + 1;
        if (group != nullptr && group->members_size() > 0 &&
            (IsStatesNoun(tokens[atom.last].lower) ||
             (after < n && IsStatesNoun(tokens[after].lower)))) {
          // "the Central Asian states", "the GCC countries": the member
          // countries, all in ids.
          mention.kind = MentionKind::kCountry;
          mention.ids.assign(group->members().begin(), group->members().end());
          mention.country = mention.ids[0];
          if (!IsStatesNoun(tokens[atom.last].lower)) mention.last = after;
          const bool counted =
              atom.first > 0 && IsCountWord(tokens[atom.first - 1].lower);
          mention.locative = locative(atom.first - (counted ? 1 : 0));
        }
        break;
      }
      case EntryKind::kPlace: {
        mention.kind = MentionKind::kPlace;
        mention.ids = {atom.ids[0]};
        const v1::Place* place = kb_->FindPlace(atom.ids[0]);
        mention.country = place ? place->country() : "";
        mention.locative =
            locative(atom.first) ||
            (atom.first >= 2 && tokens[atom.first - 1].lower == "of" &&
             IsPlaceNoun(tokens[atom.first - 2].lower));
        break;
      }
      case EntryKind::kTitle:
        continue;
    }
    mentions.push_back(std::move(mention));
  }

  // Persons the knowledge base does not know, named without a title next
  // to a meeting or call word ("talks with Zalmay Khalilzad", "Musaad
  // Al-Aiban met ..."), and the surnames of persons the article introduced
  // ("Khalilzad said").
  std::vector<bool> covered(n, false);
  for (const Atom& atom : atoms) {
    for (int k = atom.first; k <= atom.last; ++k) covered[k] = true;
  }
  for (const Mention& m : mentions) {
    for (int k = m.first; k <= m.last; ++k) covered[k] = true;
  }
  auto name_word = [&](int k) {
    if (k < skip || k >= n || covered[k] || !tokens[k].word ||
        !tokens[k].capitalized || IsCommonCapitalized(tokens[k].lower) ||
        tokens[k].lower.size() < 2) {
      return false;
    }
    // Acronyms ("NATO", "CIA") name bodies.
    const absl::string_view word =
        text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
    return !std::all_of(word.begin(), word.end(), [](char c) {
      return absl::ascii_isupper(c) || c == '.';
    });
  };
  static const auto* kBeforeName =
      new WordSet{"with",     "met",      "meet",     "meets",  "received",
                  "receive",  "receives", "hosted",   "host",   "hosts",
                  "welcomed", "welcome",  "welcomes", "phoned", "telephoned"};
  static const auto* kAfterName = new WordSet{
      "met",    "meets",    "held",   "holds",    "spoke",     "phoned",
      "talked", "received", "hosted", "welcomed", "telephoned"};
  bool found_new = false;
  for (int i = skip; i < n; ++i) {
    // (name_word is false for a lowercase token: tested first, inline.)
    if (!tokens[i].capitalized || !name_word(i) ||
        (i > skip && tokens[i - 1].capitalized && tokens[i - 1].word)) {
      continue;
    }
    int end = i;
    while (end < n && end - i < 4 && name_word(end)) ++end;
    const std::string name(
        text.substr(tokens[i].begin, tokens[end - 1].end - tokens[i].begin));
    std::string id;
    // A person introduced earlier in the article, by surname or full name
    // ("Ivan Petrovsky:" opening a transcript's line).
    for (const v1::Actor& person : discourse->new_persons) {
      if (absl::EqualsIgnoreCase(person.name(), name)) id = person.id();
      for (const std::string& alias : person.aliases()) {
        if (absl::EqualsIgnoreCase(alias, name)) id = person.id();
      }
    }
    if (id.empty() && end - i >= 2 && end - i <= 3 && CanBePersonName(name) &&
        !(end < n && tokens[end].capitalized && tokens[end].word)) {
      const bool before =
          i > skip && kBeforeName->contains(tokens[i - 1].lower);
      const bool after = end < n && kAfterName->contains(tokens[end].lower);
      if (before || after) {
        id = RegisterNewPerson(*kb_, name, "", "", discourse);
        if (!id.empty()) Remember(id, &discourse->named_persons);
      }
    }
    if (!id.empty()) {
      add_person(id, i, end - 1);
      found_new = true;
    }
    i = end - 1;
  }
  // "His Royal Highness also received ...", "His Majesty said": a royal
  // honorific with no name after it is the royal the article named latest.
  static const auto* kRoyalOffices = new WordSet{
      "king", "queen", "emir", "amir", "crown prince", "sultan", "deputy emir"};
  for (int i = skip; i + 1 < n; ++i) {
    if (tokens[i].lower != "his" && tokens[i].lower != "her") continue;
    int k = tokens[i + 1].lower == "royal" ? i + 2 : i + 1;
    if (k >= n || covered[k] ||
        (tokens[k].lower != "highness" && tokens[k].lower != "majesty") ||
        (k + 1 < n && tokens[k + 1].word && tokens[k + 1].capitalized)) {
      continue;
    }
    const auto& recent = discourse->recent_persons;
    for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
      const v1::Actor* actor = kb_->FindActor(*it);
      bool royal = false;
      for (const v1::Role* role : actor != nullptr
                                      ? kb_->RolesOn(*actor, date)
                                      : std::vector<const v1::Role*>()) {
        royal = royal || kRoyalOffices->contains(role->title());
      }
      if (royal) {
        add_person(*it, i, k);
        found_new = true;
        break;
      }
    }
  }
  // Transcripts: a line opening with a label ended by a colon within its
  // first words is a speaker line; a person's label ("Sergey Lavrov:",
  // "Foreign Minister Araghchi (via interpreter):") makes him the one
  // saying "I", "me" and "my" in what follows; any other label ("Question:",
  // "Note:", "14:05:", "Iran: talks resume") ends that; "A:" is the
  // interviewee's.
  size_t line_start = skip < n ? static_cast<size_t>(tokens[skip].begin) : 0;
  while (line_start > 0 &&
         (text[line_start - 1] == ' ' || text[line_start - 1] == '\t')) {
    --line_start;
  }
  if (skip < n && (line_start == 0 || text[line_start - 1] == '\n')) {
    int colon = -1;
    for (int k = skip + 1; k < n && k <= skip + 12; ++k) {
      if (tokens[k].lower == ":") {
        colon = k;
        break;
      }
      // A sentence's words before its colon are no label.
      if (!tokens[k].word && tokens[k].lower != "(" && tokens[k].lower != ")" &&
          tokens[k].lower != "." && tokens[k].lower != "-") {
        break;
      }
    }
    if (colon >= 0) {
      std::string speaker;
      for (const Mention& m : mentions) {
        if (m.kind != MentionKind::kPerson || m.last >= colon) continue;
        // The name ends the label, or a parenthesis after it does.
        const bool ends =
            m.last + 1 == colon ||
            (tokens[m.last + 1].lower == "(" && tokens[colon - 1].lower == ")");
        bool titled = m.first - skip <= 4;
        for (int k = skip; titled && k < m.first; ++k) {
          titled = tokens[k].word && tokens[k].capitalized;
        }
        if (ends && titled) speaker = m.ids[0];
      }
      // "Q: ... A: ...": the answers are the one the interview is with,
      // the person the article was about so far.
      if (colon == skip + 1 &&
          (tokens[skip].lower == "a" || tokens[skip].lower == "answer") &&
          tokens[skip].capitalized) {
        speaker = discourse->subject;
      }
      discourse->line_speaker = speaker;
    }
  }
  if (found_new) {
    std::stable_sort(
        mentions.begin(), mentions.end(),
        [](const Mention& a, const Mention& b) { return a.first < b.first; });
  }

  // Speakers: "X said", "X has confirmed", "X told", "said X", "according
  // to X".
  for (Mention& mention : mentions) {
    if (mention.kind != MentionKind::kPerson) continue;
    int after = mention.last + 1;
    if (after + 1 < n &&
        (tokens[after].lower == "has" || tokens[after].lower == "have" ||
         tokens[after].lower == "had") &&
        SpeechVerbs().contains(tokens[after + 1].lower)) {
      ++after;
    }
    const int before = mention.first - 1;
    // "..., said Putin." names the speaker; in "Ushakov said Putin and
    // Trump spoke" the person after the verb is what was said.
    const bool inverted = before >= 0 &&
                          SpeechVerbs().contains(tokens[before].lower) &&
                          (before == 0 || !tokens[before - 1].word ||
                           after >= n || !tokens[after].word);
    if ((after < n && SpeechVerbs().contains(tokens[after].lower)) ||
        inverted ||
        (before >= 1 && tokens[before].lower == "to" &&
         tokens[before - 1].lower == "according")) {
      mention.speaker = true;
    }
  }
  // Who says this sentence's "I": a named speaker of its own ("I met him,"
  // X said) is the one the existing rules take; in a quote, the person "he"
  // or "she" stands for when the pronoun said it ('"I met him," he said'),
  // else, for a quote opening a sentence that continues a line, the
  // previous sentence's speaker ('X said. "I met him there."'); else the
  // line's speaker.
  std::string own_speaker;
  for (const Mention& m : mentions) {
    if (own_speaker.empty() && m.kind == MentionKind::kPerson && m.speaker) {
      own_speaker = m.ids[0];
    }
  }
  bool quote = false, pronoun_said = false;
  for (int k = skip; k < n; ++k) {
    quote = quote || tokens[k].lower == "\"";
    if ((tokens[k].lower == "he" || tokens[k].lower == "she") &&
        ((k + 1 < n && SpeechVerbs().contains(tokens[k + 1].lower)) ||
         (k > skip && SpeechVerbs().contains(tokens[k - 1].lower)))) {
      pronoun_said = true;
    }
  }
  const bool line_start_sentence =
      skip >= n || line_start == 0 || text[line_start - 1] == '\n';
  std::string first_person_of;
  if (own_speaker.empty() && quote && pronoun_said) {
    first_person_of = discourse->subject;
  } else if (own_speaker.empty() && !line_start_sentence &&
             tokens[skip].lower == "\"" && !discourse->last_speaker.empty()) {
    first_person_of = discourse->last_speaker;
  } else if (own_speaker.empty()) {
    first_person_of = discourse->line_speaker;
  }
  discourse->last_speaker = !own_speaker.empty() ? own_speaker
                            : pronoun_said       ? discourse->subject
                                                 : std::string();
  if (!first_person_of.empty()) {
    for (int k = skip; k < n; ++k) {
      const bool first_person =
          (tokens[k].lower == "i" && tokens[k].capitalized) ||
          tokens[k].lower == "me" || tokens[k].lower == "my";
      if (!first_person ||
          std::any_of(mentions.begin(), mentions.end(), [k](const Mention& m) {
            return m.first <= k && k <= m.last;
          })) {
        continue;
      }
      add_person(first_person_of, k, k);
    }
    std::stable_sort(
        mentions.begin(), mentions.end(),
        [](const Mention& a, const Mention& b) { return a.first < b.first; });
  }
  // Countries named or represented, in order.
  std::vector<std::string> named_countries;
  for (const Mention& mention : mentions) {
    // "Beyond Ukraine, the two powers ...": a topic, not a side.
    static const auto* kBeforeTopicCountry =
        new WordSet{"beyond", "about", "over", "on", "against", "of"};
    const int before = mention.first - 1;
    const bool topic =
        before >= 0 && kBeforeTopicCountry->contains(tokens[before].lower);
    // "in Kazan, Russia": the country of a place, not a side.
    const bool of_place =
        before >= 1 && tokens[before].lower == "," &&
        std::any_of(mentions.begin(), mentions.end(),
                    [before](const Mention& place) {
                      return place.kind == MentionKind::kPlace &&
                             place.last == before - 1;
                    });
    if (mention.kind == MentionKind::kCountry && !mention.locative && !topic &&
        !of_place && mention.ids.size() == 1) {
      Remember(mention.ids[0], &discourse->recent_countries);
      Remember(mention.ids[0], &named_countries);
      // "Saudi Arabia and Iran", "Russia-Ukraine": the next mention, past
      // one "and" or hyphen, is the other of a pair.
      const Mention* next = &mention + 1;
      const int joint = mention.last + 1;
      const int n = static_cast<int>(tokens.size());
      auto joins = [&tokens, n](int k) {
        return k >= 0 && k < n &&
               (tokens[k].lower == "and" || tokens[k].lower == "-" ||
                tokens[k].lower == ",");
      };
      if (next != mentions.data() + mentions.size() &&
          next->kind == MentionKind::kCountry && !next->locative &&
          next->ids.size() == 1 && next->first == joint + 1 && joins(joint) &&
          tokens[joint].lower != "," && next->ids[0] != mention.ids[0] &&
          !joins(next->last + 1) && !joins(mention.first - 1)) {
        discourse->country_pair = {mention.ids[0], next->ids[0]};
      }
    } else if (mention.kind == MentionKind::kPerson &&
               !mention.country.empty()) {
      Remember(mention.country, &discourse->recent_countries);
      Remember(mention.country, &named_countries);
    }
  }
  for (const std::string& country : named_countries) {
    ++discourse->country_mentions[country];
  }
  discourse->previous_countries = std::move(named_countries);
  // International bodies named, and those named on a gathering ("the
  // three-day BRICS summit", "the China-Central Asia Summit").
  static const auto* kGatheringNouns = new WordSet{
      "summit", "summits", "meeting", "meetings", "conference", "session"};
  for (const Mention& mention : mentions) {
    if (mention.kind == MentionKind::kOrganization && !mention.locative) {
      Remember(mention.ids[0], &discourse->recent_bodies);
    }
    const v1::Actor* body = mention.kind == MentionKind::kOrganization
                                ? kb_->FindActor(mention.ids[0])
                                : nullptr;
    if (body == nullptr || !body->country().empty() || mention.locative) {
      continue;
    }
    // "talks on BRICS expansion", "an appeal to NATO": not a gathering.
    static const auto* kBeforeTopicBody =
        new WordSet{"about", "over", "on", "against", "of", "to"};
    const int before = mention.first - 1;
    if (before >= 0 && kBeforeTopicBody->contains(tokens[before].lower)) {
      continue;
    }
    discourse->last_body = mention.ids[0];
    int k = mention.last;
    if (!kGatheringNouns->contains(tokens[k].lower)) {
      for (++k; k < n && k <= mention.last + 3 && tokens[k].word &&
                !tokens[k].capitalized &&
                !kGatheringNouns->contains(tokens[k].lower);
           ++k) {
      }
    }
    if (k < n && kGatheringNouns->contains(tokens[k].lower)) {
      discourse->last_gathering_body = mention.ids[0];
    }
  }
  for (const Atom& atom : atoms) {
    if (atom.kind == EntryKind::kPlace ||
        (atom.kind == EntryKind::kCountry && locative(atom.first))) {
      remember_place(atom.kind, atom.ids[0]);
    }
  }
  // Persons were remembered as they were found; groups are remembered last.
  for (const Mention& mention : mentions) {
    if (mention.kind == MentionKind::kGroup) {
      for (const std::string& id : mention.ids) {
        Remember(id, &discourse->recent_persons);
      }
      if (mention.ids.size() >= 3) discourse->groups.push_back(mention.ids);
    }
  }
  return mentions;
}

}  // namespace parley
