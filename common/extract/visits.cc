// Visits: who travels, where to, and the further trips a sentence implies.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "common/extract/event_rules.h"
#include "common/util/date.h"

namespace parley {
namespace event_rules {

bool FindTravellers(const SentenceContext& ctx, const Trigger& trigger,
                    int begin, std::vector<std::string>* travellers) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const Discourse& discourse = ctx.discourse;
  const int n = static_cast<int>(tokens.size());
  std::vector<std::string>& persons = *travellers;
  // The traveller: "visit of/by X", "X's visit", else the nearest person
  // before the trigger, else the sentence's first person.
  const Mention* traveller = nullptr;
  // "'I came to Beijing to ...,' said Lula", "Putin said: 'I am glad to be
  // in Ankara again'": "I" or "we" in the trigger's clause is the speaker
  // (not in "I invited Putin to visit Tehran", "I asked him to come").
  static const WordSet kObjects = {"him", "her", "them", "you", "us", "me"};
  for (int k = trigger.first - 1;
       !trigger.invitation && k >= 0 && k >= trigger.first - 5; --k) {
    if ((!tokens[k].word && tokens[k].lower != "'m" &&
         tokens[k].lower != "'s" && tokens[k].lower != "'re") ||
        InSet(tokens, k, kObjects) ||
        std::any_of(mentions.begin(), mentions.end(),
                    [k](const Mention& m) { return m.last == k; })) {
      break;
    }
    // "It is a pleasure to be back in Tehran," said Wang.
    const bool dummy_it = tokens[k].lower == "it" &&
                          tokens[trigger.first].lower == "be" &&
                          Is(tokens, trigger.first - 1, "to");
    if (tokens[k].lower != "i" && tokens[k].lower != "we" && !dummy_it) {
      continue;
    }
    for (const Mention& m : mentions) {
      if (traveller == nullptr && PersonLike(m) && m.speaker) traveller = &m;
    }
    // No speaker named: nobody we know.
    if (traveller == nullptr) return false;
    break;
  }
  // "a visit by Russian Deputy Prime Minister X", "a trip by the German
  // foreign minister": the person may follow "the" and a country's
  // adjective.
  int by_person = trigger.last + 2;
  if (Is(tokens, by_person, "the")) ++by_person;
  for (const Mention& m : mentions) {
    if (m.first == by_person && m.kind == MentionKind::kCountry &&
        m.adjective) {
      by_person = m.last + 1;
    }
  }
  for (const Mention& m : mentions) {
    if (PersonLike(m) && m.first > trigger.last && m.first <= by_person &&
        (Is(tokens, trigger.last + 1, "of") ||
         Is(tokens, trigger.last + 1, "by"))) {
      traveller = &m;
    }
  }
  // "a visit to the Oval Office by the Israeli prime minister": "by"
  // after the destination.
  for (int k = trigger.last + 2;
       traveller == nullptr && trigger.nominal &&
       Is(tokens, trigger.last + 1, "to") && k < n && k <= trigger.last + 7;
       ++k) {
    if (!tokens[k].word) break;
    if (tokens[k].lower != "by") continue;
    int person_at = Is(tokens, k + 1, "the") ? k + 2 : k + 1;
    for (const Mention& m : mentions) {
      if (m.first == person_at && m.kind == MentionKind::kCountry &&
          m.adjective) {
        person_at = m.last + 1;
      }
    }
    for (const Mention& m : mentions) {
      if (PersonLike(m) && m.first > k && m.first <= person_at) {
        traveller = &m;
      }
    }
    break;
  }
  // "the Russian President's state visit": the possessor, even outside
  // the trigger's region ("met in Pyongyang during X's visit").
  // "Modi's Moscow visit": the noun's phrase starts at the place naming it.
  int noun_first = trigger.first;
  for (const Mention& m : mentions) {
    if (trigger.nominal && m.last == trigger.first - 1 &&
        (m.kind == MentionKind::kPlace || m.kind == MentionKind::kCountry)) {
      noun_first = m.first;
    }
  }
  // "Putin accepted Erdogan's invitation to visit Turkey", "Xi's kind
  // invitation": the possessor of an invitation is the host, not the one
  // who travels.
  auto inviter = [&tokens](const Mention& m) {
    if (!Is(tokens, m.last + 1, "'s")) return false;
    for (int k = m.last + 2; k <= m.last + 3; ++k) {
      if (Is(tokens, k, "invitation") || Is(tokens, k, "invite")) return true;
    }
    return false;
  };
  // "The visit is Modi's first trip to Russia": a trip noun merged into the
  // trigger may carry the possessor.
  for (const int noun : {noun_first, trigger.last}) {
    const int possessive = DeterminerBefore(tokens, noun);
    for (const Mention& m : mentions) {
      if (traveller == nullptr && PersonLike(m) &&
          Is(tokens, possessive, "'s") && m.last == possessive - 1 &&
          (noun == noun_first || trigger.nominal) && !inviter(m)) {
        traveller = &m;
      }
    }
  }
  // "a visit Putin is expected to make to Turkey", "the visit Xi paid to
  // Moscow": the person between the noun and its verb of making it.
  static const WordSet kMake = {"make", "makes", "made", "making",
                                "pay",  "pays",  "paid", "paying"};
  for (const Mention& m : mentions) {
    if (traveller != nullptr || !trigger.nominal || !PersonLike(m) ||
        m.first != trigger.last + 1) {
      continue;
    }
    for (int k = m.last + 1; k < n && k <= m.last + 5 && tokens[k].word; ++k) {
      if (kMake.contains(tokens[k].lower)) {
        traveller = &m;
        break;
      }
    }
  }
  // "During his visit to Tehran, Lavrov met ...", "Upon arrival in
  // Tashkent, Putin was greeted ...": the trip of a sentence's opening
  // phrase is made by the subject named right after it.
  static const WordSet kOpeners = {"during", "upon",      "on",    "after",
                                   "before", "following", "while", "at"};
  bool person_before = false;
  for (const Mention& m : mentions) {
    person_before = person_before || (PersonLike(m) && m.last < trigger.first);
  }
  // "Speaking to reporters before leaving for London, where he will attend
  // a conference, Blinken said ...": a participle opens the sentence too,
  // and a "where" clause inside the phrase does not end it.
  const bool opener =
      InSet(tokens, 0, kOpeners) ||
      (n > 0 && tokens[0].capitalized && tokens[0].lower.size() > 5 &&
       absl::EndsWith(tokens[0].lower, "ing"));
  int opening_end = -1;
  bool inner_clause = false;
  for (int k = trigger.last + 1; !person_before && opener && k < n; ++k) {
    if (tokens[k].lower == "," && Is(tokens, k + 1, "where")) {
      inner_clause = true;
      continue;
    }
    if (tokens[k].lower == ",") {
      opening_end = k;
      if (!inner_clause) break;
      inner_clause = false;
      continue;
    }
    if (!tokens[k].word && tokens[k].lower != "-" && tokens[k].lower != "'s") {
      break;
    }
  }
  for (const Mention& m : mentions) {
    if (traveller == nullptr && opening_end > 0 && PersonLike(m) &&
        m.first == opening_end + 1) {
      traveller = &m;
    }
  }
  // "invited Putin to India": the person right after the verb.
  for (const Mention& m : mentions) {
    if (trigger.invitation && traveller == nullptr && PersonLike(m) &&
        m.first > trigger.first && m.first <= trigger.first + 4) {
      traveller = &m;
    }
  }
  if (trigger.invitation && traveller == nullptr) return false;
  // "invited Kim Jong Un to visit Moscow", "urged Xi to travel to ...":
  // the one invited travels.
  // "welcomed Trump to visit China again", "an invitation to Putin to pay
  // a state visit": an invitation too.
  static const WordSet kInvite = {"invited", "invites",    "inviting",
                                  "invite",  "invitation", "urged",
                                  "asked",   "welcomed",   "welcomes"};
  for (const Mention& m : mentions) {
    if (traveller != nullptr || !PersonLike(m) || m.last >= trigger.first ||
        trigger.first - m.last > 6 || !Is(tokens, m.last + 1, "to") ||
        Is(tokens, m.first - 1, "from") || Is(tokens, m.first - 1, "by")) {
      continue;  // "an invitation from King Salman to visit": the host.
    }
    for (int k = m.first - 1; k >= std::max(0, m.first - 4); --k) {
      if (!tokens[k].word) break;
      if (kInvite.contains(tokens[k].lower)) {
        traveller = &m;
        break;
      }
    }
  }
  static const WordSet kPrepositions = {
      "on", "with", "to", "by", "from", "for", "of", "about", "invited", "met"};
  // "talks with President X, who is in Russia on a working visit": the
  // person the relative clause describes travels.
  bool described_by_clause = false;
  for (int k = trigger.first - 1;
       traveller == nullptr && k >= std::max(0, trigger.first - 6); --k) {
    if (tokens[k].lower != "who") {
      if (!tokens[k].word) break;  // Another clause.
      continue;
    }
    int before = Is(tokens, k - 1, ",") ? k - 2 : k - 1;
    // "Prime Minister X of the Republic of India, who ...".
    for (const Mention& m : mentions) {
      if (m.kind != MentionKind::kCountry || m.last != before) continue;
      const int of = Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
      if (Is(tokens, of, "of")) before = of - 1;
    }
    for (const Mention& m : mentions) {
      if (PersonLike(m) && m.last == before) traveller = &m;
    }
    described_by_clause = traveller != nullptr;
    break;
  }
  // "X, adviser to the UAE President, went to Tehran": one after a
  // preposition (and "the") is an object, not the traveller.
  auto after_preposition = [&tokens](const Mention& m) {
    return InSet(tokens, m.first - 1, kPrepositions) ||
           (Is(tokens, m.first - 1, "the") &&
            InSet(tokens, m.first - 2, kPrepositions));
  };
  // "Putin, accompanied by Lavrov and Shoigu, arrived": those named in the
  // companions' phrase are added below; the one they accompany leads.
  auto among_companions = [&tokens](const Mention& m) {
    for (int k = m.first - 1; k > 0 && tokens[k].lower != ","; --k) {
      if (tokens[k].lower == "by" && Is(tokens, k - 1, "accompanied")) {
        return true;
      }
    }
    return false;
  };
  // "Kellogg, Trump's envoy, is expected to visit Kyiv": a possessor
  // describes someone else (not in "Putin's visit", which is his).
  auto possessor_of_other = [&tokens, &trigger](const Mention& m) {
    return Is(tokens, m.last + 1, "'s") && trigger.first > m.last + 4;
  };
  if (traveller == nullptr) {
    for (const Mention& m : mentions) {
      // Objects ("call on President X and travel to ...", "X, adviser to
      // the UAE president, went to ...") do not travel.
      const int before =
          Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
      if (PersonLike(m) && m.last < trigger.first && m.first >= begin &&
          !InSet(tokens, before, kPrepositions) && !among_companions(m) &&
          !possessor_of_other(m) && !inviter(m)) {
        traveller = &m;
      }
    }
  }
  // "Putin thanked Xi for the invitation and said he would visit China":
  // the pronoun that the speech verb introduces travels, not the person
  // named last before it.
  std::string said_subject;
  for (int k = traveller != nullptr
                   ? std::max(traveller->last + 1, trigger.first - 4)
                   : trigger.first;
       k < trigger.first; ++k) {
    if ((Is(tokens, k, "he") || Is(tokens, k, "she")) &&
        (InSet(tokens, k - 1, SpeechVerbs()) || Is(tokens, k - 1, "that"))) {
      said_subject = PronounSubject(tokens, mentions, trigger.first, discourse,
                                    ctx.finder, k);
      // "After meeting Xi, Putin said he ...": the speech verb's subject.
      for (const Mention& m : mentions) {
        if (PersonLike(m) && m.last == k - 2 && !m.ids.empty() &&
            !Is(tokens, k - 1, "that")) {
          said_subject = m.ids[0];
        }
      }
    }
  }
  for (int k = traveller != nullptr ? traveller->last + 1 : trigger.first;
       !said_subject.empty() && k < trigger.first; ++k) {
    // "Lavrov met Wang, who said he would visit Moscow": Wang.
    if (tokens[k].lower == "who" || tokens[k].lower == "which") {
      said_subject.clear();
    }
  }
  if (!said_subject.empty()) traveller = nullptr;
  // "the two leaders had met in Moscow and during his own visit to
  // Tehran": the possessor travelled, not the sentence's subject.
  const std::string possessor =
      traveller == nullptr && trigger.definite
          ? PossessorOf(tokens, mentions, noun_first, discourse, ctx.finder)
          : std::string();
  if (traveller == nullptr && possessor.empty() && said_subject.empty()) {
    // The sentence's subject: its first person who is not an object.
    for (const Mention& m : mentions) {
      if (PersonLike(m) && m.last < trigger.first && !after_preposition(m) &&
          !possessor_of_other(m)) {
        traveller = &m;
        break;
      }
    }
  }
  if (traveller != nullptr) {
    // "Costa and von der Leyen travelled to Beijing": the travellers
    // coordinated with the one found.
    for (const Mention* m :
         CoordinatedPersons(tokens, mentions, traveller->last + 1)) {
      AddIds(*m, &persons);
    }
  } else if (const std::string subject =
                 !said_subject.empty() ? said_subject
                 : trigger.definite
                     ? possessor
                     : PronounSubject(tokens, mentions, trigger.first,
                                      discourse, ctx.finder);
             !subject.empty()) {
    // "He travelled to Kazan"; in "He said this visit ..." the pronoun
    // is a speaker and "this visit" refers back.
    persons.push_back(subject);
  }
  // "accompanied Putin to Beijing": the one accompanied travels too; so
  // does one named right after the destination ("travelled to Beijing
  // with Putin"; not "for talks with Xi").
  int with = -1;
  for (const Mention& m : mentions) {
    if (!trigger.nominal && !trigger.invitation && m.first > trigger.last &&
        m.first <= trigger.last + 3 &&
        (m.kind == MentionKind::kPlace || m.kind == MentionKind::kCountry) &&
        Is(tokens, m.last + 1, "with")) {
      with = m.last + 1;
    }
  }
  for (const Mention& m : mentions) {
    if (PersonLike(m) && ((trigger.companion && m.first > trigger.first &&
                           m.last <= trigger.last) ||
                          (with > 0 && m.first == with + 1))) {
      AddIds(m, &persons);
    }
  }
  // The delegation: "accompanied by X, Y and Z".
  static const WordSet kListing = {"consisting", "including", "comprising",
                                   "led",        "headed",    "of"};
  for (int j = 0; j + 1 < n; ++j) {
    const bool listing =
        (tokens[j].lower == "accompanied" && Is(tokens, j + 1, "by")) ||
        (tokens[j].lower == "delegation" && InSet(tokens, j + 1, kListing));
    if (!listing) continue;
    // "Lula was accompanied by A and B, as well as C, who had travelled to
    // Moscow": the list is of another trip than the relative clause's.
    if (described_by_clause && traveller != nullptr && j < traveller->first) {
      break;
    }
    for (const Mention& m : mentions) {
      if (m.kind != MentionKind::kPerson || m.first <= j || m.first > j + 20) {
        continue;
      }
      bool crosses_clause = false;
      for (int k = j + 1; k < m.first; ++k) {
        crosses_clause = crosses_clause ||
                         SpeechVerbs().contains(tokens[k].lower) ||
                         tokens[k].lower == "who" || tokens[k].lower == ";";
      }
      if (!crosses_clause) AddIds(m, &persons);
    }
    break;
  }
  return true;
}

namespace {

// "in the Russian city of Kazan", "at the Black Sea resort of Sochi": the
// place `m` follows "of" after a place noun in a phrase opened by "in the"
// or "at the".
bool InNamedSettlement(const std::vector<Token>& tokens, const Mention& m) {
  if (!m.locative || !Is(tokens, m.first - 1, "of")) return false;
  for (int k = m.first - 3; k >= 1 && k >= m.first - 6; --k) {
    if (Is(tokens, k, "the")) {
      return Is(tokens, k - 1, "in") || Is(tokens, k - 1, "at");
    }
  }
  return false;
}

}  // namespace

void FindDestinations(const SentenceContext& ctx, const Trigger& trigger,
                      int begin, int end, EventDraft* draft,
                      Destinations* more) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  // The destination: the first place or country after the trigger, a
  // city of that country just after it, and further destinations joined
  // by "and" ("returned from the UAE and Saudi Arabia").
  // "travel from St Petersburg to the Gulf" goes to the Gulf; one who
  // "returned from the UAE" had been there (and went home "to" Moscow).
  const bool returning =
      absl::StartsWith(tokens[trigger.first].lower, "return") ||
      tokens[trigger.first].lower == "back";
  auto after_word = [&](const Mention& m, const char* word) {
    const int k = Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
    return k >= 0 && tokens[k].lower == word;
  };
  // A trip noun's destination is not in a clause about the trip ("a state
  // visit that Brasilia hopes will ...", "a visit that ended years of
  // tension over the killing in Istanbul"), unless the clause takes it
  // there ("the trip that took him to Hanoi").
  static const WordSet kTook = {"took", "takes", "take", "brought", "brings"};
  int clause_stop = end;
  for (int k = trigger.head_last + 1; trigger.nominal && k < end; ++k) {
    if ((tokens[k].lower == "that" || tokens[k].lower == "which") &&
        !InSet(tokens, k + 1, kTook) && !InSet(tokens, k + 2, kTook)) {
      clause_stop = k;
      break;
    }
  }
  const Mention* last_destination = nullptr;
  std::vector<std::pair<std::string, std::string>> listed_destinations;
  auto place_of = [](const Mention& m) {
    return m.kind == MentionKind::kPlace ? m.ids[0] : std::string();
  };
  auto country_of = [](const Mention& m) {
    return m.kind == MentionKind::kPlace ? m.country : m.ids[0];
  };
  bool came_from = false;
  // "postponed his Beijing trip", "Modi's Moscow visit angered Kyiv": a
  // place naming the trip noun is its destination.
  for (const Mention& m : mentions) {
    if (trigger.nominal && m.last == trigger.first - 1 && !m.adjective &&
        (m.kind == MentionKind::kPlace || m.kind == MentionKind::kCountry)) {
      draft->place = place_of(m);
      draft->country = country_of(m);
      last_destination = &m;
    }
  }
  for (const Mention& m : mentions) {
    // "is in Russia on a working visit": being somewhere names the
    // place before the visit word merged into the trigger; so does
    // "arrived in Moscow for a state visit".
    const int after = trigger.presence ? trigger.first : trigger.head_last;
    if (m.first <= after || m.first >= end) continue;
    const bool where = m.kind == MentionKind::kPlace ||
                       (m.kind == MentionKind::kCountry && !m.adjective);
    if (!where) continue;
    if (last_destination == nullptr && m.first > clause_stop) continue;
    // "attended the EU-China summit in Brussels": the venue, not a
    // party named in the meeting's name.
    if ((trigger.attended || trigger.attend) && last_destination == nullptr &&
        !(Is(tokens, m.first - 1, "in") || Is(tokens, m.first - 1, "at") ||
          InNamedSettlement(tokens, m))) {
      continue;
    }
    // "arrived in Washington from Tokyo, where he held talks", "flew in
    // from Tokyo, where they held a summit": the place the traveller came
    // from was visited too.
    if (!returning && after_word(m, "from") && Is(tokens, m.last + 1, ",") &&
        Is(tokens, m.last + 2, "where")) {
      if (!came_from) more->push_back({place_of(m), country_of(m)});
      came_from = true;
      continue;
    }
    // "arrived in Washington from France", "flew home from Moscow": the
    // traveller had been there too (not at home: checked when kept); not
    // one who "will travel from Israel to Abu Dhabi".
    if (!returning && after_word(m, "from") && trigger.past &&
        !trigger.nominal && !trigger.invitation) {
      if (!came_from) more->push_back({place_of(m), country_of(m)});
      came_from = true;
      continue;
    }
    if (last_destination == nullptr &&
        (returning ? after_word(m, "to") : after_word(m, "from"))) {
      continue;
    }
    const std::string place = m.kind == MentionKind::kPlace ? m.ids[0] : "";
    const std::string country =
        m.kind == MentionKind::kPlace ? m.country : m.ids[0];
    if (last_destination == nullptr) {
      draft->place = place;
      draft->country = country;
    } else if (draft->place.empty() && !place.empty() &&
               country == draft->country &&
               m.first <= last_destination->last + 8 && more->empty()) {
      draft->place = place;  // "visited Russia, stopping in Kazan".
    } else if (Is(tokens, m.first - 1, "and") &&
               (m.first - 2 == last_destination->last ||
                (Is(tokens, m.first - 2, ",") &&
                 m.first - 3 == last_destination->last))) {
      // "visited Kenya, Nigeria and Ghana": the comma-listed ones count
      // once "and" ends the list.
      more->insert(more->end(), listed_destinations.begin(),
                   listed_destinations.end());
      listed_destinations.clear();
      more->push_back({place, country});
    } else if (Is(tokens, m.first - 1, ",") &&
               m.first - 2 == last_destination->last &&
               country != draft->country) {
      listed_destinations.push_back({place, country});
    } else {
      break;
    }
    last_destination = &m;
  }
  // "from Istanbul, where he attended a meeting": the place the
  // clause describes.
  const int where_at = Is(tokens, begin, "where") ? begin : begin - 1;
  if (draft->country.empty() && trigger.attended &&
      Is(tokens, where_at, "where") && Is(tokens, where_at - 1, ",")) {
    for (const Mention& m : mentions) {
      if (m.last == where_at - 2 &&
          (m.kind == MentionKind::kPlace ||
           (m.kind == MentionKind::kCountry && !m.adjective))) {
        draft->place = m.kind == MentionKind::kPlace ? m.ids[0] : "";
        draft->country = m.kind == MentionKind::kPlace ? m.country : m.ids[0];
      }
    }
  }
  if (draft->country.empty()) {
    // "was in Moscow on a working visit": a place just before.
    for (const Mention& m : mentions) {
      if (m.last < trigger.first && m.first >= trigger.first - 6 &&
          m.first >= begin && m.locative &&
          (m.kind == MentionKind::kPlace || m.kind == MentionKind::kCountry)) {
        draft->place = m.kind == MentionKind::kPlace ? m.ids[0] : "";
        draft->country = m.kind == MentionKind::kPlace ? m.country : m.ids[0];
      }
    }
  }
  auto set_destination = [draft](const Mention& m) {
    draft->place = m.kind == MentionKind::kPlace ? m.ids[0] : "";
    draft->country = m.kind == MentionKind::kPlace ? m.country : m.ids[0];
  };
  // "was received by Xi in Beijing on Friday, at the high point of a state
  // visit", "met Erdogan in Ankara in June 2022, on a visit that ...",
  // "talks in Moscow as part of a state visit": a trip noun in a phrase set
  // off after a clause is made to that clause's place.
  static const WordSet kSetOff = {"at", "on", "as", "during", "in", "amid"};
  int set_off = -1;
  for (int k = trigger.first - 1; draft->country.empty() && trigger.nominal &&
                                  k >= 1 && k >= trigger.first - 9;
       --k) {
    if (tokens[k].lower == ",") {
      if (InSet(tokens, k + 1, kSetOff)) set_off = k;
      break;
    }
    // "held talks in Moscow as part of a state visit".
    if (tokens[k].lower == "as" && Is(tokens, k + 1, "part") &&
        Is(tokens, k + 2, "of")) {
      set_off = k;
      break;
    }
    if ((!tokens[k].word && tokens[k].lower != "-") || tokens[k].capitalized) {
      break;
    }
  }
  for (const Mention& m : mentions) {
    if (set_off > 0 && m.last < set_off && m.last >= set_off - 8 &&
        m.locative && !m.adjective &&
        (m.kind == MentionKind::kPlace || m.kind == MentionKind::kCountry)) {
      set_destination(m);
    }
  }
  // "flew in from Bangkok this morning": to where the story is set; so is
  // the gathering one "had been expected to attend" or "will not attend"
  // (not naming what: not "will attend a dinner").
  static const WordSet kNoObject = {"but",    "and",  "either",  "because",
                                    "after",  "as",   "despite", "due",
                                    "itself", "this", "today",   "tomorrow"};
  const int after_attend = trigger.head_last + 1;
  const bool attend_alone =
      trigger.attend &&
      absl::StartsWith(tokens[trigger.first].lower, "attend") &&
      (after_attend >= static_cast<int>(tokens.size()) ||
       !tokens[after_attend].word || InSet(tokens, after_attend, kNoObject) ||
       (Is(tokens, after_attend, "in") &&
        Is(tokens, after_attend + 1, "person")));
  // "Baku called off a planned visit by X", "Beijing postponed a trip by
  // the German foreign minister": the place or country a clause opens
  // with, calling off the trip of one named after "by", was to host it
  // (not "Moscow said a visit by Xi was possible").
  static const WordSet kCallsOff = {"cancelled", "canceled", "called",
                                    "postponed", "scrapped", "shelved",
                                    "put",       "delayed",  "deferred"};
  // A place after the trip's words is its destination only after "to"
  // ("a visit by X to Moscow"), not in "after a raid in Yekaterinburg".
  bool by_after = Is(tokens, trigger.last + 1, "by");
  for (const Mention& m : mentions) {
    by_after = by_after && !(m.first > trigger.last && m.first < end &&
                             after_word(m, "to"));
  }
  for (const Mention& m : mentions) {
    const bool opens_clause = m.first == 0 || Is(tokens, m.first - 1, "and") ||
                              Is(tokens, m.first - 1, "but") ||
                              Is(tokens, m.first - 1, ";");
    if (by_after && opens_clause && m.last < trigger.first && !m.adjective &&
        InSet(tokens, m.last + 1, kCallsOff) &&
        (m.kind == MentionKind::kPlace || m.kind == MentionKind::kCountry)) {
      draft->place = m.kind == MentionKind::kPlace ? m.ids[0] : "";
      draft->country = m.kind == MentionKind::kPlace ? m.country : m.ids[0];
    }
  }
  // "did not meet them during his stay": a stay with no place named is
  // where the story is set.
  const bool stay_alone = trigger.nominal && Is(tokens, trigger.first, "stay");
  if ((trigger.here || attend_alone || stay_alone) && draft->country.empty()) {
    draft->place = ctx.discourse.setting_place;
    draft->country = ctx.discourse.setting_country;
  }
  // "arrived in the capital on Monday": the capital of the country where
  // the story is set (not one who "returned to the capital", home).
  for (int k = trigger.head_last + 1;
       draft->country.empty() && !returning && k + 1 < end &&
       k <= trigger.head_last + 4 && !Is(tokens, trigger.first + 1, "back") &&
       tokens[k].word;
       ++k) {
    if (!Is(tokens, k, "the") || !Is(tokens, k + 1, "capital") ||
        Is(tokens, k + 2, "of")) {
      continue;
    }
    const v1::Actor* country = ctx.kb->FindActor(ctx.discourse.setting_country);
    if (country != nullptr && !country->capital().empty()) {
      draft->place = country->capital();
      draft->country = ctx.discourse.setting_country;
    }
    break;
  }
  // "arrived in the Kingdom", "invited him to visit the Kingdom": the
  // kingdom the article named last ("the Kingdom of Saudi Arabia").
  for (int k = trigger.head_last + 1;
       draft->country.empty() && k + 1 < end && k <= trigger.head_last + 2;
       ++k) {
    if (!Is(tokens, k, "the") || !Is(tokens, k + 1, "kingdom") ||
        Is(tokens, k + 2, "of")) {
      continue;
    }
    const std::vector<std::string>& recent = ctx.discourse.recent_countries;
    for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
      const v1::Actor* country = ctx.kb->FindActor(*it);
      if (country == nullptr) continue;
      bool kingdom = absl::StartsWith(country->name(), "Kingdom of ");
      for (const std::string& alias : country->aliases()) {
        kingdom = kingdom || absl::StartsWith(alias, "Kingdom of ");
      }
      if (kingdom) {
        draft->country = *it;
        break;
      }
    }
  }
  // "met in Pyongyang during Putin's state visit": the place of the
  // clause the visit is the time of.
  int during = DeterminerBefore(tokens, trigger.first);
  // "during a trip by Gazprom's chief": the indefinite article too.
  for (int k = trigger.first - 1; during < 0 && k >= trigger.first - 3; --k) {
    if (Is(tokens, k, "a") || Is(tokens, k, "an")) during = k;
  }
  for (const Mention& m : mentions) {
    if (Is(tokens, during, "'s") && m.last == during - 1) during = m.first;
  }
  if (Is(tokens, during - 1, "the")) --during;
  during = Is(tokens, during - 1, "during") ? during - 1 : -1;
  for (const Mention& m : mentions) {
    if (!draft->country.empty() || during < 0 || m.last >= during ||
        m.first < during - 8 || !m.locative ||
        (m.kind != MentionKind::kPlace && m.kind != MentionKind::kCountry)) {
      continue;
    }
    // "met in Pyongyang, during ...": a comma may set the phrase off.
    bool same_clause = true;
    for (int k = m.last + 1; k < during - 1; ++k) {
      same_clause =
          same_clause && tokens[k].lower != "," && tokens[k].lower != ";";
    }
    same_clause = same_clause && !Is(tokens, during - 1, ";");
    if (!same_clause) continue;
    draft->place = m.kind == MentionKind::kPlace ? m.ids[0] : "";
    draft->country = m.kind == MentionKind::kPlace ? m.country : m.ids[0];
  }
  // "returned from Moscow on Wednesday", "left Beijing on Thursday", "flew
  // home from Moscow": the day ends the visit.
  const TokenText& verb = tokens[trigger.first].lower;
  if (returning || (came_from && draft->country.empty()) ||
      ((verb == "left" || verb == "departed") &&
       !Is(tokens, trigger.first + 1, "for"))) {
    draft->date = Truncate(draft->date, DatePrecision::kMonth);
  }
}

bool VisitStands(const SentenceContext& ctx, const Trigger& trigger,
                 const std::vector<std::string>& persons,
                 const EventDraft& draft) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const Discourse& discourse = ctx.discourse;
  // "X will be in Baku": only with the person right before "will" (not
  // "glad to be in Moscow").
  if (tokens[trigger.first].lower == "be" &&
      !Is(tokens, trigger.first - 1, "to") &&
      !std::any_of(mentions.begin(), mentions.end(),
                   [&](const Mention& m) {
                     return PersonLike(m) && m.last == trigger.first - 2;
                   }) &&
      !Is(tokens, trigger.first - 2, "he") &&
      !Is(tokens, trigger.first - 2, "she")) {
    return false;
  }
  // Coming here: the traveller right before the verb ("Guterres arrives",
  // "Erdogan, who is flying in", "he flew in").
  static const WordSet kAuxiliaries = {"who", "is",  "was",  "will",    "'ll",
                                       "has", "had", "have", "also",    "be",
                                       ",",   "due", "to",   "expected"};
  int subject_end = trigger.first - 1;
  while (subject_end > 0 && InSet(tokens, subject_end, kAuxiliaries)) {
    --subject_end;
  }
  const bool subject_before =
      Is(tokens, subject_end, "he") || Is(tokens, subject_end, "she") ||
      std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
        return PersonLike(m) && m.last == subject_end;
      });
  if (trigger.here && !subject_before) return false;
  // Being somewhere, or attending something there, is a visit only
  // abroad, and only for a person.
  if ((trigger.presence || trigger.attended || trigger.here) &&
      (persons.empty() || draft.country.empty() ||
       ctx.finder->CountryOf(persons[0], discourse.article_date, discourse) ==
           draft.country)) {
    return false;
  }
  return true;
}

void PreferVisitingHolder(const SentenceContext& ctx, const Trigger& trigger,
                          const EventDraft& draft,
                          std::vector<std::string>* persons) {
  const std::vector<Token>& tokens = ctx.tokens;
  const v1::Date& date = ctx.discourse.article_date;
  auto home = [&ctx, &date](const std::string& id) {
    return ctx.finder->CountryOf(id, date, ctx.discourse);
  };
  // "The president flew back to Ankara", "left for New Delhi": one going
  // home more likely than one visiting.
  static const WordSet kGoingBack = {"left",     "leaves",  "leaving",
                                     "departed", "departs", "departing"};
  const TokenText& verb = tokens[trigger.first].lower;
  const bool going_back = absl::StartsWith(verb, "return") ||
                          InSet(tokens, trigger.first, kGoingBack) ||
                          Is(tokens, trigger.first + 1, "back") ||
                          Is(tokens, trigger.first + 1, "home");
  for (const Mention& m : ctx.mentions) {
    // The other holder was named in the article.
    if (m.other_holder.empty() || m.kind != MentionKind::kPerson ||
        draft.country.empty() || Contains(*persons, m.other_holder) ||
        !Contains(ctx.discourse.named_persons, m.other_holder) ||
        (home(m.other_holder) == draft.country) != going_back) {
      continue;
    }
    for (std::string& id : *persons) {
      if (id == m.ids[0] && (home(id) == draft.country) != going_back) {
        id = m.other_holder;
      }
    }
  }
}

void AddOtherHolder(const SentenceContext& ctx, int begin, int end,
                    std::vector<std::string>* persons) {
  if (persons->size() != 1) return;
  // The one person is named twice: by another mention or by "him"/"her".
  int named = 0;
  for (const Mention& m : ctx.mentions) {
    named += InRegion(m, begin, end) && m.ids == *persons ? 1 : 0;
  }
  for (int k = begin; k < end && named < 2; ++k) {
    named += Is(ctx.tokens, k, "him") || Is(ctx.tokens, k, "her") ? 1 : 0;
  }
  for (const Mention& m : ctx.mentions) {
    if (named >= 2 && !m.other_holder.empty() &&
        m.kind == MentionKind::kPerson && InRegion(m, begin, end) &&
        m.ids[0] == (*persons)[0]) {
      persons->push_back(m.other_holder);
      return;
    }
  }
}

bool SplitTrips(const SentenceContext& ctx,
                const std::vector<std::string>& persons,
                const EventDraft& draft, std::vector<EventDraft>* drafts) {
  if (draft.type != v1::EVENT_TYPE_VISIT || persons.size() < 2) return false;
  const Discourse& discourse = ctx.discourse;
  // Travellers from different countries make separate trips ("Aliyev
  // and Pashinyan have arrived at the White House"); a delegation of
  // one country or body makes one.
  std::vector<std::string> homes;
  for (const std::string& id : persons) {
    // The side a person travels for: the country, or for officials of
    // international bodies (the Commission and the Council travelling
    // together) those bodies as one side.
    const v1::Actor* actor = ctx.kb->FindActor(id);
    const v1::Role* role =
        actor ? ctx.kb->RoleOn(*actor, discourse.article_date) : nullptr;
    const bool international = role != nullptr && role->country().empty() &&
                               !role->organization().empty();
    AddUnique(international ? std::string("international")
                            : ctx.finder->CountryOf(id, discourse.article_date,
                                                    discourse),
              &homes);
  }
  if (homes.size() == persons.size()) {
    for (const std::string& id : persons) {
      EventDraft trip = draft;
      trip.participants = {id};
      drafts->push_back(std::move(trip));
    }
    return true;
  }
  return false;
}

void PlaceInTripOpening(const SentenceContext& ctx,
                        const std::vector<Trigger>& triggers, size_t t,
                        EventDraft* draft) {
  const std::vector<Token>& tokens = ctx.tokens;
  if (!draft->country.empty() || t == 0 || !Is(tokens, 0, "during")) return;
  const Trigger& trip = triggers[t - 1];
  if (trip.type != v1::EVENT_TYPE_VISIT || !trip.nominal || trip.first > 4) {
    return;
  }
  // The opening phrase ends at its comma, before the meeting's words.
  int comma = -1;
  for (int k = trip.last + 1; k < triggers[t].first && comma < 0; ++k) {
    if (Is(tokens, k, ",")) comma = k;
  }
  if (comma < 0) return;
  for (const Mention& m : ctx.mentions) {
    if (m.first > trip.last && m.last < comma && !m.adjective &&
        (m.kind == MentionKind::kPlace || m.kind == MentionKind::kCountry)) {
      draft->place = m.kind == MentionKind::kPlace ? m.ids[0] : "";
      draft->country = m.kind == MentionKind::kPlace ? m.country : m.ids[0];
      return;
    }
  }
}

void AddGuestVisits(const SentenceContext& ctx, const Trigger& trigger, int end,
                    const EventDraft& draft, std::vector<EventDraft>* drafts) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const Discourse& discourse = ctx.discourse;
  // "Biden welcomed Kishida to Camp David", "the crown prince hosted
  // Raisi in Riyadh": the guest came to the meeting's place.
  // "a delegation led by X held talks in Pyongyang": the delegation's
  // head came to the meeting's place (abroad: checked when kept).
  for (int k = 0; draft.type == v1::EVENT_TYPE_MEETING &&
                  !draft.country.empty() && k + 2 < trigger.first;
       ++k) {
    if (tokens[k].lower != "delegation" ||
        !(Is(tokens, k + 1, "led") || Is(tokens, k + 1, "headed")) ||
        !Is(tokens, k + 2, "by")) {
      continue;
    }
    for (const Mention& m : mentions) {
      if (m.kind != MentionKind::kPerson || m.first != k + 3 ||
          !Contains(draft.participants, m.ids[0])) {
        continue;
      }
      EventDraft trip = draft;
      trip.type = v1::EVENT_TYPE_VISIT;
      trip.participants = {m.ids[0]};
      trip.participant_countries = {
          ctx.finder->CountryOf(m.ids[0], discourse.article_date, discourse)};
      trip.tentative = false;
      trip.date = Truncate(trip.date, DatePrecision::kMonth);
      drafts->push_back(std::move(trip));
    }
    break;
  }
  const TokenText& verb_word = tokens[trigger.first].lower;
  const bool welcome = verb_word == "welcomed" || verb_word == "welcomes";
  if (draft.type == v1::EVENT_TYPE_MEETING && !draft.country.empty() &&
      (welcome || verb_word == "hosted" || verb_word == "hosts" ||
       verb_word == "host" || verb_word == "received" ||
       verb_word == "receives" || verb_word == "receive")) {
    int guest_end = -1;  // The guest's last token, before the place.
    for (const Mention& m : mentions) {
      if (guest_end < 0 && PersonLike(m) && m.first > trigger.last &&
          m.first <= trigger.last + 3) {
        guest_end = m.last;
      }
    }
    // Further guests and their countries: "welcomed Prime Minister X of
    // Japan and President Y of Korea to Camp David".
    for (bool grew = guest_end >= 0; grew;) {
      grew = false;
      for (const Mention& m : mentions) {
        const bool of_country =
            m.kind == MentionKind::kCountry &&
            Is(tokens, guest_end + 1, "of") &&
            (m.first == guest_end + 2 ||
             (m.first == guest_end + 3 && Is(tokens, guest_end + 2, "the")));
        const bool next_guest = PersonLike(m) &&
                                (Is(tokens, guest_end + 1, "and") ||
                                 Is(tokens, guest_end + 1, ",")) &&
                                m.first > guest_end + 1 &&
                                m.first <= guest_end + 4;
        if (of_country || next_guest) {
          guest_end = m.last;
          grew = true;
          break;
        }
      }
    }
    bool to_place = false;
    for (int k = guest_end + 1; guest_end >= 0 && k < end && k <= guest_end + 3;
         ++k) {
      if (!tokens[k].word) break;
      to_place = to_place || (welcome && tokens[k].lower == "to") ||
                 tokens[k].lower == "in" || tokens[k].lower == "at";
    }
    // "Xi was received in Paris by Macron": the subject is the guest.
    int guest_first = trigger.last + 1;
    if (Is(tokens, trigger.first - 1, "was") ||
        Is(tokens, trigger.first - 1, "were")) {
      for (const Mention& m : mentions) {
        if (PersonLike(m) && m.last == trigger.first - 2) {
          guest_first = m.first;
          guest_end = m.last;
          to_place = Is(tokens, trigger.last + 1, "in") ||
                     Is(tokens, trigger.last + 1, "at") ||
                     (welcome && Is(tokens, trigger.last + 1, "to"));
        }
      }
    }
    for (const Mention& m : mentions) {
      if (!to_place || !PersonLike(m) || m.first < guest_first ||
          m.last > guest_end) {
        continue;
      }
      for (const std::string& id : m.ids) {
        EventDraft trip = draft;
        trip.type = v1::EVENT_TYPE_VISIT;
        trip.participants = {id};
        trip.participant_countries = {
            ctx.finder->CountryOf(id, discourse.article_date, discourse)};
        trip.tentative = false;
        drafts->push_back(std::move(trip));
      }
    }
  }
}

void AddEarlierAndFurtherVisits(const SentenceContext& ctx,
                                const Trigger& trigger, int end,
                                const Destinations& more, EventDraft* draft,
                                std::vector<EventDraft>* drafts) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<DateMention>& dates = ctx.dates;
  // "his first visit to China since January 2019": he had made one then.
  // Not "the first visit by a US president since 2016", someone else's.
  // "The trip was his first visit ...": the ordinal may come before the
  // last word of a merged trigger.
  bool own_first = false;
  for (const int ordinal : {trigger.first - 1, trigger.first - 2,
                            trigger.last - 1, trigger.last - 2}) {
    own_first =
        own_first ||
        (Is(tokens, ordinal, "first") &&
         (Is(tokens, ordinal - 1, "his") || Is(tokens, ordinal - 1, "her") ||
          Is(tokens, ordinal - 1, "their") || Is(tokens, ordinal - 1, "'s")));
  }
  own_first = own_first && draft->type == v1::EVENT_TYPE_VISIT;
  // "since January 2019", and a bare year ("since 2019"), which is no date
  // mention of its own.
  // "since 2019, when he travelled to Vladivostok": the clause tells that
  // trip itself.
  // (Not "since 2015, when he addressed the UN in New York": no trip word.)
  static const WordSet kTravelled = {"travelled", "traveled", "visited",
                                     "came",      "went",     "flew",
                                     "arrived",   "toured"};
  auto told_after = [&tokens](int last) {
    if (!Is(tokens, last + 1, ",") || !Is(tokens, last + 2, "when")) {
      return false;
    }
    for (int k = last + 3; k <= last + 6; ++k) {
      if (InSet(tokens, k, kTravelled)) return true;
    }
    return false;
  };
  std::vector<v1::Date> since;
  bool told = false;
  for (const DateMention& date : dates) {
    if (own_first && date.first > trigger.last && date.first < end &&
        Is(tokens, date.first - 1, "since")) {
      since.push_back(date.past);
      told = told_after(date.last);
    }
  }
  for (int k = trigger.last + 1; own_first && since.empty() && k + 1 < end;
       ++k) {
    const TokenText& year = tokens[k + 1].lower;
    if (tokens[k].lower == "since" && year.size() == 4 &&
        std::all_of(year.begin(), year.end(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
      const int number = std::stoi(std::string(year));
      if (number >= 1900 && number <= 2100) {
        since.push_back(MakeDate(number, 0, 0));
        told = told_after(k + 1);
      }
    }
  }
  for (const v1::Date& date : since) {
    if (PrecisionOf(draft->date) != DatePrecision::kNone &&
        DatesAgree(draft->date, date)) {
      continue;
    }
    EventDraft earlier = *draft;
    earlier.status = v1::EVENT_STATUS_OCCURRED;
    earlier.status_explicit = true;
    earlier.anaphoric = false;
    earlier.separate = true;
    earlier.date = date;
    if (!told) drafts->push_back(std::move(earlier));
    // The first one since then is the trip the article reports, not that
    // one: without a date of its own, it is of the article's month.
    if (PrecisionOf(draft->date) == DatePrecision::kNone) {
      draft->date = Truncate(ctx.discourse.article_date, DatePrecision::kMonth);
    }
    break;
  }
  for (const auto& [place, country] : more) {
    EventDraft other = *draft;
    other.place = place;
    other.country = country;
    // A tour's later stops come on later days.
    other.date = Truncate(other.date, DatePrecision::kMonth);
    drafts->push_back(std::move(other));
  }
}

}  // namespace event_rules
}  // namespace parley
