// Mentions of actors and places in one sentence, resolved against the
// knowledge base and the article read so far.
#ifndef PARLEY_COMMON_EXTRACT_MENTIONS_H_
#define PARLEY_COMMON_EXTRACT_MENTIONS_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "common/extract/lexicon.h"
#include "common/kb/knowledge_base.h"
#include "common/util/word_set.h"
#include "parley/v1/types.pb.h"

namespace parley {

enum class MentionKind {
  kPerson,        // ids: one person.
  kGroup,         // ids: several persons ("the two presidents").
  kCountry,       // ids[0]: a country named, or stood for ("the Kremlin");
                  // ids: every member country for a group named as its
                  // countries ("the five Central Asian states").
  kOrganization,  // ids[0]: an organization.
  kPlace,         // ids[0]: a place; country: its country.
};

struct Mention {
  MentionKind kind = MentionKind::kPerson;
  int first = 0;  // First token.
  int last = 0;   // Last token.
  std::vector<std::string> ids;
  std::string country;  // Country of the person or place, when known.
  bool locative =
      false;  // Follows "in", "at", "to", ... (a place, not a government).
  bool speaker = false;    // A source of reported speech ("X told", "said X").
  bool adjective = false;  // A country adjective ("Iranian"), not a name.
  // Names the country's leader's own seat ("the White House", "the
  // Kremlin"; Actor::leader_seats).
  bool seat = false;
  // For a kGroup of office holders of a knowledge-base group's member
  // countries ("the G7 leaders"): the group's id.
  std::string group;
  // For a person named by a bare title ("the prime minister", resolved to
  // the latest holder named): another holder of it the text may mean, of
  // another country named before, else of the country the story is set in
  // (a visit's guest or host); "" when none.
  std::string other_holder;
};

// What the article has told so far; carried from sentence to sentence.
struct Discourse {
  v1::Date article_date;
  // The date titles in the current sentence are resolved on: a full date the
  // sentence names ("In January 2022, the Iranian president ..."), else the
  // article's date.
  v1::Date sentence_date;
  // Persons in order of their latest mention, most recent last.
  std::vector<std::string> recent_persons;
  // recent_persons as it was before the current sentence, for pronouns.
  std::vector<std::string> previous_persons;
  // The person the previous sentences are about: the last sentence that
  // opened with a named person (in its first words) set it; a sentence
  // opening with "he" or "she" keeps it. "" before any.
  std::string subject;
  // The person named by the latest speaker line of a transcript
  // ("Araghchi: ...", "PRESIDENT PUTIN: ..."): whom "I", "me" and "my"
  // stand for until the next line opening with a label ("Question:").
  // "" when none.
  std::string line_speaker;
  // Who spoke in the previous sentence: a person named as its speaker ("X
  // said"), or the subject when "he" or "she" said it; "" when nobody.
  // An unattributed quote right after it in the same line is his.
  std::string last_speaker;
  // Persons named fully at least once.
  std::vector<std::string> named_persons;
  // Persons named after an office with no country ("President Lula",
  // "Prime Minister Sharif"; not "Chinese President Xi" nor "former
  // president Rousseff"), as (person, office): the holders the writer
  // takes as the reader's own, whom a bare "the president" means before a
  // holder of another country named with his country.
  std::vector<std::pair<std::string, std::string>> plain_titled;
  // Groups of three or more persons named together ("the leaders of the
  // five Central Asian states"), in order of mention, most recent last.
  std::vector<std::vector<std::string>> groups;
  // Countries named (not as places) or represented by a person named, in
  // order of their latest mention, most recent last.
  std::vector<std::string> recent_countries;
  // The latest two countries named together ("Saudi Arabia and Iran",
  // "the Russia-Ukraine talks"): the article's pair, for "the two
  // countries" while both are among the latest three countries named.
  std::vector<std::string> country_pair;
  // In how many sentences each country was named or represented (as in
  // recent_countries), and the countries the previous sentence named: the
  // pair the article is about, for "the two countries" when the latest two
  // named are neither fresh nor both named more than in passing.
  absl::flat_hash_map<std::string, int> country_mentions;
  std::vector<std::string> previous_countries;
  // The participants of the latest meeting or call reported with at least
  // two persons (set by the extractor after each sentence; cleared by a
  // later meeting of countries until the next sentence names its persons).
  std::vector<std::string> last_meeting;
  // The countries of the sides of the latest meeting reported between two
  // or more countries (named as countries or by their persons): whose
  // round "the third round" is when nobody is named.
  std::vector<std::string> last_sides;
  // The international body (an organization of no one country) named
  // latest, not as a topic ("reforms of the UN Security Council"): whom
  // "the group" and "the bloc" stand for. "" before any.
  std::string last_body;
  // Organizations named (by name or by one of their nouns), in order of
  // their latest mention, most recent last: whom "the agency" refers to.
  std::vector<std::string> recent_bodies;
  // The body named latest on a gathering ("the BRICS summit", "an OPEC+
  // meeting"): whose summit "the next summit" is. "" before any.
  std::string last_gathering_body;
  // Countries the story is set in: those of the places named (the
  // dateline's too, and countries named as places: "arrived in Egypt"), in
  // order of their latest mention, most recent last.
  std::vector<std::string> place_countries;
  // The first place the story is set in (the dateline's, else the first
  // named as a place): where one "flew in" or "arrives" comes. Its id (""
  // for a country) and its country ("" before any).
  std::string setting_place;
  std::string setting_country;
  // Persons not in the knowledge base, introduced by a title.
  std::vector<v1::Actor> new_persons;
  // The last day named before the current sentence ("the same day" refers
  // to it), as read for something past and something planned; all zero
  // before any (set by the extractor after each sentence).
  v1::Date last_day_past;
  v1::Date last_day_future;
};

// "said", "told", "announced", "wrote", ...: verbs of reporting. A person
// right before or after one is a speaker; a date or a person across one
// belongs to the statement, not to the event.
const WordSet& SpeechVerbs();

// Finds and resolves mentions in a sentence's tokens.
class MentionFinder {
 public:
  MentionFinder(const KnowledgeBase* kb, const Lexicon* lexicon);

  // Mentions in token order among `tokens` of `text`. Updates `discourse`
  // (recent persons, new persons). Tokens in [0, skip) are a dateline and
  // are ignored.
  std::vector<Mention> Find(absl::string_view text,
                            const std::vector<Token>& tokens, int skip,
                            Discourse* discourse) const;

  // The country a person represents on `date` (role country, else
  // nationality); looks at new persons too.
  std::string CountryOf(const std::string& person, const v1::Date& date,
                        const Discourse& discourse) const;

  // The role title a person held on `date`, or "".
  std::string TitleOf(const std::string& person, const v1::Date& date,
                      const Discourse& discourse) const;

 private:
  // The person a name shared by `ids` denotes; `title` is the office named
  // with it ("Defence Minister Li"), if any.
  std::string ChoosePerson(const std::vector<std::string>& ids,
                           const Discourse& discourse,
                           const std::string& title = "") const;
  // How strongly `role` claims a shared surname: 3 for the office its
  // country calls its leader ("supreme leader" of North Korea, "president"
  // of Russia), 2 for another head of state or government or a foreign
  // minister, 1 for any other office.
  int OfficeRank(const v1::Role& role) const;
  std::vector<std::string> Holders(const std::string& title,
                                   const std::string& country,
                                   const Discourse& discourse) const;
  // Whether `person` holds `title` (among all offices) on `date`.
  bool HoldsOffice(const std::string& person, const std::string& title,
                   const v1::Date& date, const Discourse& discourse) const;
  // "The Crown Prince" with no country: the holder of `title` in the only
  // country where the story is set that has one, else (none has one) in
  // the only country named or represented that has one; "" when none or
  // several fit.
  std::string HolderInStoryCountry(const std::string& title,
                                   const Discourse& discourse) const;
  // "his guest", "the visiting minister" (`host` false); "his host" (`host`
  // true): the latest person named who is abroad where the story is set, or
  // who is of that country; holding `title` unless it is "". "" when the
  // story's country is unknown or nobody fits.
  std::string GuestOrHost(bool host, const std::string& title,
                          const Discourse& discourse) const;

  const KnowledgeBase* kb_;
  const Lexicon* lexicon_;
  // Every noun an organization of the knowledge base is referred back to
  // by (Actor::nouns): a word that is none needs no search of the bodies.
  WordSet body_nouns_;
};

}  // namespace parley

#endif  // PARLEY_COMMON_EXTRACT_MENTIONS_H_
