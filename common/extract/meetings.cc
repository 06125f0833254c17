// Meetings and calls: their participants and place, and the separate
// meetings a sentence tells apart.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "common/extract/event_rules.h"
#include "common/util/date.h"

namespace parley {
namespace event_rules {

namespace {

// Persons talked about are not participants: "talks on Syria with
// ... about Assad's future", "Trump's envoy Witkoff met Putin" (but
// "Putin's meeting with Xi"), "the first talks under Trump".
static const WordSet kTopic = {"about", "regarding",  "against",
                               "over",  "concerning", "under"};
// "Xi skipped the summit", "Putin did not attend": absent.
static const WordSet kStayedAway = {"skipped", "skips", "boycotted", "boycotts",
                                    "snubbed"};
// What one sends or puts forward without being there: "a letter from Z",
// "the plan Z had put forward", "a proposal by Z".
static const WordSet kSentOrProposed = {
    "letter",       "letters",    "message",    "messages", "greetings",
    "greeting",     "regards",    "invitation", "note",     "plan",
    "plans",        "proposal",   "proposals",  "format",   "idea",
    "ideas",        "initiative", "framework",  "formula",  "offer",
    "terms",        "demands",    "conditions", "vision",   "roadmap",
    "ultimatum",    "blueprint",  "scheme",     "request",  "appeal",
    "suggestion",   "approach",   "policy",     "policies", "agenda",
    "instructions", "orders",     "mandate"};
// "an envoy sent by Z", "the format championed by Z": the one behind it.
static const WordSet kActedBy = {
    "sent",     "dispatched",   "appointed", "nominated",  "proposed",
    "floated",  "drafted",      "forward",   "championed", "pushed",
    "promoted", "backed",       "endorsed",  "advocated",  "demanded",
    "imposed",  "offered",      "unveiled",  "outlined",   "authored",
    "written",  "initiated",    "ordered",   "requested",  "suggested",
    "tasked",   "commissioned", "mandated",  "authorized", "authorised"};
// "Y, a close ally of Z", "an adviser to Z": Z describes Y.
static const WordSet kRelationOf = {
    "ally",        "allies",      "adviser",      "advisers",  "advisor",
    "advisors",    "aide",        "aides",        "envoy",     "envoys",
    "emissary",    "confidant",   "friend",       "associate", "son",
    "daughter",    "wife",        "husband",      "brother",   "sister",
    "nephew",      "critic",      "opponent",     "rival",     "successor",
    "predecessor", "loyalist",    "supporter",    "protege",   "representative",
    "spokesman",   "spokeswoman", "spokesperson", "staff"};
static const WordSet kNotVerbs = {"and", "or", "of", "in", "at", "on"};
static const WordSet kNotClauseAs = {"well", "such", "same", "so"};

// "Netanyahu met Trump on Monday, a day after Trump spoke with Putin",
// "... as Xi looked on": a clause of time or comparison opened after the
// trigger, with a subject and a verb of its own, tells of another
// happening, and so do the persons in it.
bool InLaterClause(const std::vector<Token>& tokens, const Trigger& trigger,
                   const Mention& m) {
  static const WordSet kOpeners = {"before", "after",  "until",
                                   "once",   "unless", "since",
                                   "as",     "while",  "whereas"};
  static const WordSet kPronouns = {"he", "she", "they"};
  const int n = static_cast<int>(tokens.size());
  for (int k = m.first - 1; k > trigger.last; --k) {
    // "before their delegations, including A and B, joined them": the
    // persons in an aside on a subject told by a noun.
    const bool aside = Is(tokens, k, ",") && Is(tokens, k + 1, "including");
    if ((tokens[k].lower == "," && !aside) || tokens[k].lower == ";") {
      return false;
    }
    if (!InSet(tokens, k, kOpeners) ||
        (Is(tokens, k, "as") && InSet(tokens, k - 1, kNotClauseAs))) {
      continue;
    }
    // Its subject: a pronoun or names ("Xi and Modi"), or a noun after a
    // determiner with an aside ending in a comma, then a verb.
    int verb = k + 1;
    if (InSet(tokens, verb, kPronouns)) {
      ++verb;
    } else if (InSet(tokens, verb, Determiners()) && verb + 2 < n &&
               tokens[verb + 1].word && !tokens[verb + 1].capitalized &&
               Is(tokens, verb + 2, ",") && Is(tokens, verb + 3, "including")) {
      verb = m.last + 1;
      while (verb < n && verb <= m.last + 12 && tokens[verb].lower != "," &&
             tokens[verb].lower != ";") {
        ++verb;
      }
      if (!Is(tokens, verb, ",")) return false;
      ++verb;
    } else {
      while (verb < n &&
             (tokens[verb].capitalized || tokens[verb].lower == "-" ||
              (Is(tokens, verb, "and") && verb + 1 < n &&
               tokens[verb + 1].capitalized))) {
        ++verb;
      }
      if (verb == k + 1) return false;
    }
    // "..., while Wang Yi was among Xi's aides": a contrast that only
    // describes someone tells of no other happening.
    static const WordSet kCopulas = {"was", "were", "is", "are"};
    if ((Is(tokens, k, "while") || Is(tokens, k, "whereas")) &&
        m.first < verb && InSet(tokens, verb, kCopulas) &&
        !Is(tokens, verb + 1, "due") && !Is(tokens, verb + 1, "expected")) {
      return false;
    }
    return verb < n && tokens[verb].word && !tokens[verb].capitalized &&
           !InSet(tokens, verb, kNotVerbs) && tokens[verb].lower != "'s";
  }
  return false;
}

// "Starmer met Carney, who succeeded Trudeau this month, in London",
// "Erdogan met Aliyev and praised Putin for his role": a person in a
// relative clause on the trigger's object, or in a second verb's clause,
// is of that clause (not in "who was accompanied by X", "who arrived with
// X", "and held talks with X").
bool InClauseAfter(const std::vector<Token>& tokens, const Trigger& trigger,
                   const Mention& m) {
  // Also not in "who met X there": that clause's own meeting, which the
  // trigger before may stand for.
  static const WordSet kTogether = {
      "accompanied", "joined", "joining", "with",     "flanked", "along",
      "met",         "meets",  "talks",   "received", "hosted",  "spoke"};
  for (int k = m.first - 1; k > trigger.last; --k) {
    if (InSet(tokens, k, kTogether)) return false;
    if ((Is(tokens, k, "who") || Is(tokens, k, "whose")) &&
        Is(tokens, k - 1, ",")) {
      return k + 1 < m.first;
    }
    // "met X, whom Z appointed": the relative clause's own subject.
    if (Is(tokens, k, "whom")) return true;
    // "and praised", "and thanked": a verb of its own after the trigger.
    const TokenText& verb = tokens[k].lower;
    if (Is(tokens, k - 1, "and") && tokens[k].word && !tokens[k].capitalized &&
        verb.size() > 4 && verb.compare(verb.size() - 2, 2, "ed") == 0) {
      return true;
    }
    if (tokens[k].lower == ";") return false;
  }
  return false;
}

// "Erdogan welcomed the meeting between Aliyev and Pashinyan": who judges
// a meeting between others is not at it, nor who commends others on theirs.
bool Commentator(const std::vector<Token>& tokens, const Trigger& trigger,
                 const Mention& m) {
  static const WordSet kReactions = {
      "welcomed",  "welcomes", "welcoming",  "praised",
      "praises",   "hailed",   "hails",      "commended",
      "applauded", "lauded",   "criticised", "criticized",
      "condemned", "slammed",  "dismissed",  "described"};
  const int determiner = DeterminerBefore(tokens, trigger.last);
  if (Is(tokens, trigger.last + 1, "between")) {
    return determiner > m.last + 1 && InSet(tokens, determiner - 1, kReactions);
  }
  // "Guterres congratulated Aliyev and Pashinyan on their meeting", "thanked
  // X for his talks with Y": the one who commends theirs.
  static const WordSet kCommends = {
      "congratulated", "congratulates", "thanked", "thanks",
      "praised",       "commended",     "lauded",  "hailed"};
  static const WordSet kTheirs = {"their", "his", "her"};
  return determiner > m.last + 2 && InSet(tokens, determiner, kTheirs) &&
         (Is(tokens, determiner - 1, "on") ||
          Is(tokens, determiner - 1, "for")) &&
         InSet(tokens, m.last + 1, kCommends);
}

// "Xi skipped the summit", "Lavrov did not take part in the talks",
// "Ushakov, who was not present at the meeting, said ...", "Modi also
// stayed away from the summit": the person named by `m` is the subject of
// an absence. He is absent from the trigger when the absence governs it
// (its object holds the trigger), when it is told in a relative clause, or
// when the trigger comes before him; not from a meeting of his own later in
// the sentence ("Lavrov skipped the summit but met Wang Yi").
bool AbsentFrom(const std::vector<Token>& tokens, const Trigger& trigger,
                const Mention& m) {
  int k = m.last + 1;
  const bool relative = Is(tokens, k, ",") && Is(tokens, k + 1, "who");
  if (relative) k += 2;
  static const WordSet kAdverbs = {"also",    "reportedly", "notably",
                                   "however", "again",      "then"};
  while (InSet(tokens, k, kAdverbs)) ++k;
  // The last token of the absence phrase, or -1.
  int absence = -1;
  static const WordSet kAway = {"stayed", "stays", "kept", "keeps"};
  static const WordSet kAuxiliaries = {"did",  "does", "do",   "was",
                                       "were", "is",   "are",  "had",
                                       "has",  "have", "will", "would"};
  static const WordSet kTakePart = {"attend",       "attended", "participate",
                                    "participated", "join",     "joined"};
  static const WordSet kPresent = {"present", "there", "among", "at"};
  if (InSet(tokens, k, kStayedAway)) {
    absence = k;
  } else if (InSet(tokens, k, kAway) && Is(tokens, k + 1, "away")) {
    absence = k + 1;
  } else if ((Is(tokens, k, "was") || Is(tokens, k, "were")) &&
             Is(tokens, k + 1, "absent")) {
    absence = k + 1;
  } else if (InSet(tokens, k, kAuxiliaries) && Is(tokens, k + 1, "not")) {
    int verb = k + 2;
    if (Is(tokens, verb, "been") || Is(tokens, verb, "be")) ++verb;
    if (InSet(tokens, verb, kTakePart) || InSet(tokens, verb, kPresent)) {
      absence = verb;
    } else if ((Is(tokens, verb, "take") || Is(tokens, verb, "taken")) &&
               Is(tokens, verb + 1, "part")) {
      absence = verb + 1;
    }
  }
  if (absence < 0) return false;
  // The absence's object: at most six words after it, up to a clause's end.
  static const WordSet kGatherings = {
      "meeting", "meetings", "talks",    "summit", "call",    "conversation",
      "session", "signing",  "ceremony", "dinner", "banquet", "negotiations"};
  // Another verb ends it: "did not attend the summit but held talks".
  static const WordSet kJoints = {"but", "and", "then", "yet", "instead"};
  bool gathering = false;
  const int n = static_cast<int>(tokens.size());
  for (int j = absence + 1; j < n && j <= absence + 6; ++j) {
    if ((!tokens[j].word && tokens[j].lower != "-" &&
         tokens[j].lower != "'s") ||
        InSet(tokens, j, kJoints)) {
      break;
    }
    if (j == trigger.last) return true;
    gathering = gathering || InSet(tokens, j, kGatherings);
  }
  // "Ushakov, who did not take part in the meeting, said ...", "A met B;
  // C did not attend": absent from the gathering the sentence tells of.
  const bool bare = absence + 1 >= n || !tokens[absence + 1].word;
  return (relative || trigger.last < m.first) && (gathering || bare);
}

// "Talks with Tamim are set for Thursday, Kwatra told reporters", "He met
// Fidan on Monday, said Erdogan": the comma opening a reporting clause
// after the trigger that ends the sentence, whose speaker is `m`; -1 when
// there is none. Not for what a speaker tells in the first person ("'We had
// a good meeting with Xi,' Biden said"), nor after an opening phrase
// ("After talks with Putin, the Chinese president said ...").
int ReportingClauseAfter(const std::vector<Token>& tokens,
                         const Trigger& trigger, const Mention& m) {
  if (!m.speaker || m.first <= trigger.last) return -1;
  const int n = static_cast<int>(tokens.size());
  const bool verb_after =
      m.last + 1 < n && SpeechVerbs().contains(tokens[m.last + 1].lower);
  const bool verb_before =
      Is(tokens, m.first - 2, ",") && InSet(tokens, m.first - 1, SpeechVerbs());
  if (!verb_after && !verb_before) return -1;
  // The clause ends the sentence ("..., Kwatra told reporters on Monday.").
  const int rest_from = (verb_after ? m.last + 1 : m.last) + 1;
  if (n - rest_from > 6) return -1;
  for (int k = rest_from; k < n; ++k) {
    if (Is(tokens, k, "that") || Is(tokens, k, ":")) return -1;
  }
  int comma = -1;
  for (int k = m.first - 1; k > trigger.last && comma < 0; --k) {
    if (tokens[k].lower == "," && !(verb_before && k == m.first - 2)) {
      comma = k;
    }
  }
  if (verb_before) comma = m.first - 2;
  if (comma < 0) return -1;
  static const WordSet kOpenings = {"at",       "in",        "during",
                                    "after",    "following", "before",
                                    "speaking", "talking",   "ahead"};
  if (InSet(tokens, 0, kOpenings)) return -1;
  static const WordSet kFirstPerson = {"i", "we", "my", "our", "us", "me"};
  for (int k = 0; k < trigger.first; ++k) {
    if (InSet(tokens, k, kFirstPerson)) return -1;
  }
  return comma;
}

bool TalkedAbout(const std::vector<Token>& tokens, const Trigger& trigger,
                 const Mention& m) {
  // "held talks with Pashinyan under Michel's mediation": the one who
  // chairs or mediates is there.
  static const WordSet kChairing = {"mediation", "auspices", "chairmanship",
                                    "aegis"};
  if (Is(tokens, m.first - 1, "under") && Is(tokens, m.last + 1, "'s") &&
      InSet(tokens, m.last + 2, kChairing)) {
    return false;
  }
  if (InSet(tokens, m.first - 1, kTopic)) return true;
  if (AbsentFrom(tokens, trigger, m)) return true;
  // "on behalf of King Salman", "on behalf of the Custodian of the
  // Two Holy Mosques King Salman": represented, not present.
  for (int k = m.first - 1; k >= 1 && k >= m.first - 9; --k) {
    if (tokens[k].lower == "," || tokens[k].lower == ";") break;
    if (Is(tokens, k, "of") && Is(tokens, k - 1, "behalf")) return true;
  }
  // The word before the name and its title's capitalized words.
  int opening = m.first - 1;
  while (opening > 0 && opening >= m.first - 4 &&
         (tokens[opening].capitalized || tokens[opening].lower == "-" ||
          Is(tokens, opening - 1, "-"))) {
    --opening;
  }
  // "a message from the Supreme Leader, X", "an adviser to the president".
  if (opening > 0 && Is(tokens, opening, "the")) --opening;
  const int n = static_cast<int>(tokens.size());
  // The name is the subject of a verb of its own: "... had", "... came".
  const bool subject_of_verb = m.last + 1 < n && tokens[m.last + 1].word &&
                               !tokens[m.last + 1].capitalized &&
                               !InSet(tokens, m.last + 1, kNotVerbs);
  // "a letter from Z", "a message from Z to Y": the sender.
  if (Is(tokens, opening, "from") &&
      (InSet(tokens, opening - 1, kSentOrProposed) ||
       (InSet(tokens, opening - 2, kSentOrProposed) &&
        tokens[opening - 1].word))) {
    return true;
  }
  // "Witkoff, sent by Trump", "a plan put forward by Z", "a proposal by
  // Z": the one behind the envoy or the idea (not "hosted by", "joined
  // by", "led by", who are there).
  if (Is(tokens, opening, "by") &&
      (InSet(tokens, opening - 1, kActedBy) ||
       InSet(tokens, opening - 1, kSentOrProposed))) {
    return true;
  }
  // "the plan Z had put forward", "a format that Z long rejected": the
  // subject of a clause on an idea.
  const int idea = Is(tokens, opening, "that") ? opening - 1 : opening;
  if (InSet(tokens, idea, kSentOrProposed) && subject_of_verb) return true;
  // "Y, a close ally of Z", "an adviser to Z", "chief of staff to Z".
  if ((Is(tokens, opening, "of") || Is(tokens, opening, "to") ||
       Is(tokens, opening, "for")) &&
      InSet(tokens, opening - 1, kRelationOf)) {
    return true;
  }
  // "their last meeting before President-elect Trump returns", "since
  // Trump returned to office", "as Z did in 2019": the subject of a clause
  // of time or comparison is not there, unless the trigger is that
  // clause's own verb ("before Putin met Xi").
  static const WordSet kTimeClauses = {"before", "until", "once",
                                       "unless", "since", "as"};
  bool trigger_in_clause = trigger.first > m.last;
  for (int k = m.last + 1; k < trigger.first && trigger_in_clause; ++k) {
    trigger_in_clause = tokens[k].lower != "," && tokens[k].lower != ";";
  }
  if (InSet(tokens, opening, kTimeClauses) && subject_of_verb &&
      !trigger_in_clause &&
      !(Is(tokens, opening, "as") &&
        InSet(tokens, opening - 1, kNotClauseAs))) {
    return true;
  }
  // "Scholz spoke in Berlin, while Macron hosted Meloni in Paris": a
  // trigger in a clause of contrast with a named subject of its own is not
  // of the persons of the clause before it.
  for (int k = m.last + 2; k + 1 < trigger.first; ++k) {
    if ((Is(tokens, k, "while") || Is(tokens, k, "whereas")) &&
        Is(tokens, k - 1, ",") && tokens[k + 1].capitalized) {
      return true;
    }
  }
  if (m.first > trigger.last && (InLaterClause(tokens, trigger, m) ||
                                 InClauseAfter(tokens, trigger, m))) {
    return true;
  }
  // "met in Kazan without Modi", "instead of Putin", "rather than Putin",
  // "citing Wang Yi",
  // "in the absence of Modi", "drawing criticism from Zelensky".
  // "..., state media reported, citing Wang Yi": a source.
  static const WordSet kLeftOut = {"without", "excluding", "except",
                                   "than",    "citing",    "quoting"};
  static const WordSet kInsteadOf = {"instead", "absence"};
  static const WordSet kReactionFrom = {
      "criticism",  "condemnation", "praise",   "rebuke",     "backlash",
      "objections", "protest",      "protests", "complaints", "warnings"};
  if (InSet(tokens, opening, kLeftOut) ||
      (Is(tokens, opening, "of") && InSet(tokens, opening - 1, kInsteadOf)) ||
      (Is(tokens, opening, "from") &&
       InSet(tokens, opening - 1, kReactionFrom))) {
    return true;
  }
  // "Putin and Trump spoke on Tuesday, Ushakov said, adding that Zelensky
  // was not discussed": a person in what the statement says is its topic
  // (not the one told: "and Xi told Trump that ...").
  static const WordSet kAdding = {"adding", "saying", "stressing", "noting"};
  bool comma = false, statement = false;
  for (int k = trigger.last + 1; k < m.first; ++k) {
    comma = comma || tokens[k].lower == ",";
    statement =
        statement || (comma && (SpeechVerbs().contains(tokens[k].lower) ||
                                kAdding.contains(tokens[k].lower)));
    if (statement && tokens[k].lower == "that") return true;
  }
  if (m.last < trigger.first &&
      (InClosedRelativeClause(tokens, m.first, m.last, trigger.first,
                              m.first) ||
       Commentator(tokens, trigger, m))) {
    return true;
  }
  if (!Is(tokens, m.last + 1, "'s")) return false;
  return !(m.last + 2 <= trigger.last && trigger.first <= m.last + 4);
}

// "Scholz on Tuesday", "Macron in Paris on May 6": a person named from
// token `from` on (after at most a title's capitalized words), then at most
// a place, then a date, all before `end`. Returns the date's last token, or
// -1 when the words are not of that form.
int DatedPerson(const SentenceContext& ctx, int from, int end) {
  const std::vector<Token>& tokens = ctx.tokens;
  const Mention* person = nullptr;
  for (const Mention& m : ctx.mentions) {
    if (m.first >= from && m.last < end) {
      if (PersonLike(m) && !m.speaker) person = &m;
      break;
    }
  }
  if (person == nullptr || person->first > from + 4) return -1;
  for (int k = from; k < person->first; ++k) {
    if (!tokens[k].capitalized && !Is(tokens, k, "the")) return -1;
  }
  static const WordSet kBeforeDate = {"in", "at", "on", ","};
  for (int k = person->last + 1; k < end;) {
    for (const DateMention& date : ctx.dates) {
      if (date.first == k && date.last < end && !date.attributive) {
        return date.last;
      }
    }
    const Mention* place = nullptr;
    for (const Mention& m : ctx.mentions) {
      if (m.first == k && m.locative &&
          (m.kind == MentionKind::kPlace || m.kind == MentionKind::kCountry)) {
        place = &m;
      }
    }
    if (place != nullptr) {
      k = place->last + 1;
    } else if (InSet(tokens, k, kBeforeDate)) {
      ++k;
    } else {
      return -1;
    }
  }
  return -1;
}

// "hosted A on Monday and B on Thursday", "met A in Paris on May 6 and B in
// Belgrade on May 8": the starts of two or more objects of the trigger ending
// at `trigger_last`, joined by "and", each with its own date (the first
// start is `trigger_last`, the others the "and"s); sets `*groups_end` past
// the last date. Empty when the words are not of that form: "met A and B on
// Monday" is one meeting.
std::vector<int> DatedObjectStarts(const SentenceContext& ctx, int trigger_last,
                                   int end, int* groups_end) {
  const std::vector<Token>& tokens = ctx.tokens;
  const int first =
      trigger_last + (Is(ctx.tokens, trigger_last + 1, "with") ? 2 : 1);
  int date_last = DatedPerson(ctx, first, end);
  if (date_last < 0) return {};
  std::vector<int> starts = {trigger_last};
  for (;;) {
    int joint = date_last + 1;
    if (Is(tokens, joint, ",") && Is(tokens, joint + 1, "and")) ++joint;
    if (!Is(tokens, joint, "and")) break;
    const int next = DatedPerson(ctx, joint + 1, end);
    if (next < 0) break;
    starts.push_back(joint);
    date_last = next;
  }
  if (starts.size() < 2) return {};
  *groups_end = date_last + 1;
  return starts;
}

// "hosted him and von der Leyen", "met Scholz and her": an object pronoun
// for one person coordinated with the named objects (persons, joined by
// "and" or commas) of the trigger word ending at `last`.
bool PronounInObjects(const SentenceContext& ctx, int last) {
  const std::vector<Token>& tokens = ctx.tokens;
  int k = Is(tokens, last + 1, "with") ? last + 2 : last + 1;
  // "him and X": the pronoun first, a person right after the "and".
  const bool pronoun_first = Is(tokens, k, "him") || Is(tokens, k, "her");
  if (pronoun_first && !Is(tokens, k + 1, "and")) return false;
  if (pronoun_first) k += 2;
  // The objects: persons joined by "and" or commas.
  for (const Mention& m : ctx.mentions) {
    if (m.last < k) continue;
    if (m.first != k || !PersonLike(m)) break;
    k = m.last + 1;
    if (pronoun_first) return true;
    if (Is(tokens, k, ",")) ++k;
    // "X and him", not "X and her delegation".
    if (Is(tokens, k, "and") && ObjectPronounAfter(tokens, k)) return true;
    if (Is(tokens, k, "and")) ++k;
  }
  return false;
}

// "The presidents agreed that their teams would hold talks", "said their
// foreign ministers, A and B, would meet": the index of a "their" whose
// noun, a body of subordinates, is the trigger's subject (only auxiliaries
// and light verbs, or an apposition naming them, between); those the
// "their" stands for are not at the meeting. -1 when there is none; not
// for "A and their delegations held talks" nor "led their delegations into
// talks".
int SubordinatesSubject(const std::vector<Token>& tokens,
                        const Trigger& trigger, int begin) {
  static const WordSet kSubordinates = {
      "teams",   "negotiators", "delegations", "ministers",      "officials",
      "envoys",  "aides",       "advisers",    "advisors",       "deputies",
      "experts", "diplomats",   "sherpas",     "representatives"};
  static const WordSet kBetween = {
      "would",       "will", "should", "could",   "can",   "may",
      "might",       "must", "shall",  "to",      "be",    "soon",
      "also",        "then", "later",  "hold",    "start", "begin",
      "immediately", "open", "resume", "have",    "a",     "new",
      "round",       "of",   "fresh",  "further", "next"};
  int k = trigger.first - 1;
  for (int steps = 0; steps < 6 && InSet(tokens, k, kBetween); ++steps) --k;
  if (k < begin) return -1;
  // ", Mauro Vieira and Gerardo Werthein,": an apposition naming them.
  if (Is(tokens, k, ",")) {
    int open = k - 1;
    while (open > begin && open > k - 14 &&
           (tokens[open].capitalized || Is(tokens, open, "and") ||
            Is(tokens, open, "-"))) {
      --open;
    }
    if (open == k - 1 || !Is(tokens, open, ",")) return -1;
    k = open - 1;
  }
  if (!InSet(tokens, k, kSubordinates)) return -1;
  // Up to two modifiers: "their foreign ministers", "their senior trade
  // officials".
  int their = k - 1;
  while (their > k - 3 && their >= begin && tokens[their].word &&
         !tokens[their].capitalized && !Is(tokens, their, "their")) {
    --their;
  }
  if (!Is(tokens, their, "their")) return -1;
  static const WordSet kJoined = {"and",   "with", "by", "alongside",
                                  "along", "of",   "or", "plus"};
  return InSet(tokens, their - 1, kJoined) ? -1 : their;
}

}  // namespace

bool RestatesMeeting(const std::vector<Token>& tokens,
                     const std::vector<Trigger>& triggers, size_t t) {
  const Trigger& trigger = triggers[t];
  if (t == 0 || trigger.type != v1::EVENT_TYPE_MEETING || !trigger.nominal ||
      triggers[t - 1].type != v1::EVENT_TYPE_MEETING ||
      Is(tokens, trigger.last + 1, "with") ||
      Is(tokens, trigger.last + 1, "between")) {
    return false;
  }
  static const WordSet kDeterminers = {"a", "an", "the", "their"};
  int k = trigger.first - 1;
  for (int words = 0; words < 3 && k > triggers[t - 1].last && tokens[k].word &&
                      !tokens[k].capitalized &&
                      !InSet(tokens, k, kDeterminers) && !Is(tokens, k, "and");
       ++words) {
    --k;
  }
  if (!InSet(tokens, k, kDeterminers) || !Is(tokens, k - 1, ",") ||
      k - 1 <= triggers[t - 1].last) {
    return false;
  }
  // Not an item of a list: "followed by a summit and, on Friday, a meeting
  // of CIS leaders".
  for (int j = triggers[t - 1].last + 1; j < k - 1; ++j) {
    if (Is(tokens, j, "and") &&
        (Is(tokens, j - 1, ",") || Is(tokens, j + 1, ","))) {
      return false;
    }
  }
  return true;
}

void MarkAttendance(const std::vector<Token>& tokens, const Trigger& trigger,
                    EventDraft* draft) {
  // "Y and Z joined the President", "the leaders were joined by their
  // delegations"; "X and Y attended the meeting", "present at the talks
  // were ...", "took part in the talks" (not a summit, which many
  // attend without meeting anyone in particular).
  static const WordSet kJoin = {"joined", "joins", "joining"};
  static const WordSet kAttended = {
      "attended",     "attend", "attends", "attending", "present", "part",
      "participated", "joined", "sat",     "sit",       "sits",    "sitting"};
  // "Orban joined an informal summit in Shusha": a gathering of its own,
  // not one told before.
  for (int k = trigger.first; k <= trigger.last; ++k) {
    draft->attendance = draft->attendance ||
                        (InSet(tokens, k, kJoin) && !Is(tokens, k + 1, "a") &&
                         !Is(tokens, k + 1, "an"));
  }
  // "Ishiba joined Biden and Yoon for a trilateral summit", "joined X for
  // talks": a meeting of its own (not "joined X for the talks").
  static const WordSet kOwnMeeting = {
      "summit",    "talks",   "meeting",       "dinner",      "lunch",
      "breakfast", "session", "consultations", "negotiations"};
  const int n = static_cast<int>(tokens.size());
  for (int k = trigger.first + 1;
       draft->attendance && k < n && k <= trigger.first + 15; ++k) {
    if (Is(tokens, k, ";")) break;
    if (!Is(tokens, k, "for")) continue;
    int noun = k + 1;
    while (noun < n && noun <= k + 4 && tokens[noun].word &&
           !tokens[noun].capitalized && !InSet(tokens, noun, kOwnMeeting) &&
           !Is(tokens, noun, "the") && !Is(tokens, noun, "their") &&
           !Is(tokens, noun, "his") && !Is(tokens, noun, "her")) {
      ++noun;
    }
    if (InSet(tokens, noun, kOwnMeeting)) draft->attendance = false;
    break;
  }
  // "A, B and C joined the talks": the talks told before.
  if (InSet(tokens, trigger.first, kJoin) && trigger.last > trigger.first &&
      DeterminerBefore(tokens, trigger.last) == trigger.first + 1 &&
      Is(tokens, trigger.first + 1, "the")) {
    draft->anaphoric = true;
  }
  const TokenText& noun = tokens[trigger.last].lower;
  const int determiner = trigger.definite && noun != "summit"
                             ? DeterminerBefore(tokens, trigger.first)
                             : -1;
  int verb = determiner - 1;
  // "sat in on the talks".
  if (Is(tokens, verb, "on") && Is(tokens, verb - 1, "in")) --verb;
  if (Is(tokens, verb, "at") || Is(tokens, verb, "in")) --verb;
  if (determiner > 0 && InSet(tokens, verb, kAttended)) {
    draft->attendance = true;
  }
}

std::vector<std::string> NamedMeetingPersons(const SentenceContext& ctx,
                                             const Trigger& trigger, int begin,
                                             int end, EventDraft* draft) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const Discourse& discourse = ctx.discourse;
  // The speakers of a reporting clause after the trigger, when it names
  // another person ("Talks with Tamim are set for Thursday, Kwatra said";
  // not "Their call covered energy, Scholz and Macron said").
  int reporting = -1;
  for (const Mention& m : mentions) {
    const int comma = ReportingClauseAfter(tokens, trigger, m);
    if (comma >= 0 && (reporting < 0 || comma < reporting)) reporting = comma;
  }
  bool named_other = false;
  for (const Mention& m : mentions) {
    named_other =
        named_other || (reporting >= 0 && PersonLike(m) && !m.speaker &&
                        InRegion(m, begin, end) && m.last < reporting);
  }
  if (!named_other) reporting = -1;
  const auto talked_about = [&](const Mention& m) {
    return TalkedAbout(tokens, trigger, m) ||
           (reporting >= 0 && m.first > reporting);
  };
  std::vector<std::string> persons;
  for (const Mention& m : mentions) {
    if (PersonLike(m) && InRegion(m, begin, end) && !ctx.IsSpokesperson(m) &&
        !talked_about(m)) {
      AddIds(m, &persons);
    }
  }
  // Speakers are sources, not participants, when others remain; but "X
  // announced after chairing a meeting between A and B": X chaired it.
  static const WordSet kAfter = {"after", "following", "while", "before"};
  int chaired_by = -1;
  for (int k = std::max(begin, trigger.first - 4); k < trigger.first; ++k) {
    const TokenText& verb = tokens[k + 1].lower;
    if (InSet(tokens, k, kAfter) && verb.size() > 4 &&
        verb.compare(verb.size() - 3, 3, "ing") == 0) {
      chaired_by = k;
    }
  }
  const Mention* chair = nullptr;
  for (const Mention& m : mentions) {
    if (m.kind == MentionKind::kPerson && m.speaker && m.last < chaired_by &&
        !ctx.IsSpokesperson(m)) {
      chair = &m;
    }
  }
  std::vector<std::string> without_speakers;
  for (const Mention& m : mentions) {
    if (PersonLike(m) && InRegion(m, begin, end) &&
        (!m.speaker || &m == chair) && !ctx.IsSpokesperson(m) &&
        !talked_about(m)) {
      for (const std::string& id : m.ids) AddUnique(id, &without_speakers);
    }
  }
  if (without_speakers.size() >= 2) persons = without_speakers;
  // "Trump praised Lee and said he wanted to meet Kim": a "he" or "she"
  // right before the trigger is its subject, the sentence's first person;
  // others named before the pronoun are not there.
  int pronoun = -1;
  for (int k = std::max(begin, trigger.first - 5); k < trigger.first; ++k) {
    if (!tokens[k].word) pronoun = -1;
    if (Is(tokens, k, "he") || Is(tokens, k, "she")) pronoun = k;
  }
  const Mention* first_person = nullptr;
  bool named_after_pronoun = false, named_after_trigger = false;
  for (const Mention& m : mentions) {
    if (!PersonLike(m) || ctx.IsSpokesperson(m)) continue;
    // Not one talked about: "Putin's speech came after Biden visited Kyiv,
    // where he met Zelensky".
    if (first_person == nullptr && m.kind == MentionKind::kPerson &&
        m.last < pronoun && !talked_about(m)) {
      first_person = &m;
    }
    named_after_pronoun =
        named_after_pronoun || (m.first > pronoun && m.last < trigger.first);
    named_after_trigger =
        named_after_trigger ||
        (m.first > trigger.last && InRegion(m, begin, end) && !talked_about(m));
  }
  const bool pronoun_named = pronoun >= 0 && first_person != nullptr &&
                             !named_after_pronoun && named_after_trigger;
  if (pronoun_named) {
    // "He visited Washington for talks with Biden, and he will host X": a
    // pronoun before the first person named, who is an object, is the one
    // both pronouns stand for.
    static const WordSet kBeforeObject = {"with", "by", "to", "from", "for"};
    std::string subject = first_person->ids[0];
    // So is the object of a verb of meeting ("He began in Egypt, where he
    // met Sisi, and then went to Turkey, where he held talks with Fidan"),
    // unless a relative or reported clause of his own leads to the pronoun
    // ("welcomed Fidan, who said he would meet Wang").
    static const WordSet kMetObject = {"met", "meet", "meets", "meeting"};
    bool object = InSet(tokens, first_person->first - 1, kBeforeObject);
    if (!object && (InSet(tokens, first_person->first - 1, kMetObject) ||
                    ReceiveVerbs().contains(
                        tokens[std::max(0, first_person->first - 1)].lower))) {
      object = true;
      for (int k = first_person->last + 1; k < pronoun; ++k) {
        if (Is(tokens, k, "who") || Is(tokens, k, "whom") ||
            SpeechVerbs().contains(tokens[k].lower)) {
          object = false;
        }
      }
    }
    for (int k = 0; object && k < first_person->first; ++k) {
      if (Is(tokens, k, "he") || Is(tokens, k, "she")) {
        const std::string earlier =
            PronounSubject(tokens, mentions, k + 1, discourse, ctx.finder, k);
        if (!earlier.empty()) subject = earlier;
        break;
      }
    }
    // "Lee and Trump agreed ..., as Trump said he hoped to meet Kim": the
    // speaker whose verb opens the pronoun's clause.
    int verb = Is(tokens, pronoun - 1, "that") ? pronoun - 2 : pronoun - 1;
    if (verb > 0 && SpeechVerbs().contains(tokens[verb].lower)) {
      for (const Mention& m : mentions) {
        if (m.kind == MentionKind::kPerson && m.last == verb - 1 &&
            !ctx.IsSpokesperson(m)) {
          subject = m.ids[0];
        }
      }
    }
    persons = {subject};
    for (const Mention& m : mentions) {
      if (PersonLike(m) && m.first > trigger.last && InRegion(m, begin, end) &&
          !ctx.IsSpokesperson(m) && !talked_about(m)) {
        AddIds(m, &persons);
      }
    }
  }
  // "Trump said A and B would come to Washington to meet him": the object
  // pronoun is the speaker.
  if (Is(tokens, trigger.last + 1, "him") ||
      Is(tokens, trigger.last + 1, "her")) {
    for (const Mention& m : mentions) {
      if (m.kind == MentionKind::kPerson && m.speaker &&
          m.last < trigger.first && !ctx.IsSpokesperson(m)) {
        AddIds(m, &persons);
        break;
      }
    }
  }
  // "where he held talks with X and Y", "he will meet X and Y": when
  // everyone found comes after the trigger, the subject takes part too.
  if (persons.size() >= 2 && !pronoun_named) {
    bool all_objects = true;
    for (const Mention& m : mentions) {
      if (PersonLike(m) && InRegion(m, begin, end) && m.first <= trigger.last) {
        all_objects = false;
      }
    }
    if (all_objects) {
      std::string subject = PronounSubject(tokens, mentions, trigger.first,
                                           discourse, ctx.finder);
      // "Burns travelled to Doha for talks with A and B": the subject
      // of the clause before, unless a speech verb comes between.
      static const WordSet kObjectWords = {
          "on",  "with",     "to",     "by",       "from",
          "for", "of",       "about",  "and",      "invited",
          "met", "received", "hosted", "welcomed", "between"};
      // "X announced the deal at a summit alongside A and B": a trigger in
      // the speech verb's own adjunct was attended by X.
      bool adjunct = false;
      for (int k = trigger.first - 1;
           k >= 0 && k >= trigger.first - 4 && tokens[k].word; --k) {
        adjunct = adjunct || Is(tokens, k, "at") || Is(tokens, k, "during");
      }
      for (const Mention& m : mentions) {
        if (!subject.empty() || m.last >= begin) break;
        if (m.kind != MentionKind::kPerson || (m.speaker && !adjunct) ||
            ctx.IsSpokesperson(m) || talked_about(m) ||
            InSet(tokens, m.first - 1, kObjectWords)) {
          continue;
        }
        bool reported = false;
        for (int k = m.last + 1; k < trigger.first; ++k) {
          reported = reported ||
                     (SpeechVerbs().contains(tokens[k].lower) && !adjunct) ||
                     tokens[k].lower == ";";
        }
        if (!reported) subject = m.ids[0];
        break;
      }
      if (!subject.empty() && !Contains(persons, subject)) {
        persons.insert(persons.begin(), subject);
      }
    }
  }
  // "where he briefed Scholz and Duda over dinner", "she thanked A and B at
  // a lunch": the "he" or "she" whose verb's objects share an occasion
  // with him is at it too (not "he said A and B ...").
  if (trigger.occasion && persons.size() >= 2) {
    int pronoun_at = -1;
    for (int k = trigger.first - 1; k >= begin && k >= trigger.first - 12;
         --k) {
      if (Is(tokens, k, "he") || Is(tokens, k, "she")) {
        pronoun_at = k;
        break;
      }
      if (tokens[k].lower == ";" || Is(tokens, k, "who") ||
          Is(tokens, k, "which")) {
        break;
      }
    }
    const int verb = pronoun_at + 1;
    bool objects_only = pronoun_at >= 0 && tokens[verb].word &&
                        !tokens[verb].capitalized &&
                        !SpeechVerbs().contains(tokens[verb].lower);
    for (const Mention& m : mentions) {
      if (objects_only && PersonLike(m) && InRegion(m, begin, end) &&
          (m.first < pronoun_at || m.first > trigger.last)) {
        objects_only = false;
      }
    }
    if (objects_only) {
      AddUnique(PronounSubject(tokens, mentions, trigger.first, discourse,
                               ctx.finder, pronoun_at),
                &persons);
    }
  }
  // "when they held talks with X": "they" are the persons named before
  // it in the sentence.
  if (persons.size() < 3) {
    int they = -1;
    for (int k = begin; k < trigger.first; ++k) {
      if (tokens[k].lower == "they") they = k;
    }
    std::vector<std::string> before;
    for (const Mention& m : mentions) {
      if (they >= 0 && PersonLike(m) && m.last < they && !m.speaker &&
          !ctx.IsSpokesperson(m) && !talked_about(m)) {
        for (const std::string& id : m.ids) AddUnique(id, &before);
      }
    }
    if (before.size() >= 2) {
      for (const std::string& id : persons) AddUnique(id, &before);
      persons = std::move(before);
    }
  }
  // "A and B met C separately before the three held talks together":
  // "the three" right before the trigger, with no noun, are the persons
  // named before it in the sentence when they are exactly three.
  if (persons.size() < 3) {
    static const auto* kCounts = new absl::flat_hash_map<std::string, int>{
        {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}};
    for (int k = std::max(1, trigger.first - 6); k < trigger.first; ++k) {
      const auto count = kCounts->find(tokens[k].lower);
      if (count == kCounts->end() ||
          (tokens[k - 1].lower != "the" && tokens[k - 1].lower != "all") ||
          tokens[k + 1].capitalized) {
        continue;
      }
      // A verb follows, not a noun: "the three held", "all three met",
      // "the three are expected to meet".
      static const WordSet kAfterCount = {
          "held", "had",    "met",  "sat",  "will",   "then",
          "also", "later",  "are",  "were", "would",  "could",
          "have", "agreed", "plan", "hope", "should", "may"};
      const bool pronoun =
          k + 1 == trigger.first || InSet(tokens, k + 1, kAfterCount);
      if (!pronoun) continue;
      std::vector<std::string> before;
      for (const Mention& m : mentions) {
        if (PersonLike(m) && m.last < k - 1 && !m.speaker &&
            !ctx.IsSpokesperson(m) && !talked_about(m)) {
          for (const std::string& id : m.ids) AddUnique(id, &before);
        }
      }
      if (static_cast<int>(before.size()) == count->second) {
        persons = std::move(before);
        // Its "the" makes no definite "the talks" of the trigger.
        draft->anaphoric = false;
      }
      break;
    }
  }
  // "He was also received by X": the pronoun is the person the previous
  // sentences were about.
  if (persons.size() == 1) {
    std::string subject =
        PronounSubject(tokens, mentions, trigger.first, discourse, ctx.finder);
    // "Sisi received him at the palace", "Putin held talks with her": an
    // object pronoun is a person named before it in the sentence ("Raisi
    // came to China, where Xi held talks with him"), else the person the
    // previous sentences were about; a speaker's "him" was taken above.
    if (subject.empty() && ObjectPronounAfter(tokens, trigger.last)) {
      bool speaker = false;
      for (const Mention& m : mentions) {
        if (m.first >= trigger.first || !PersonLike(m)) continue;
        speaker = speaker || m.speaker;
        if (subject.empty() && m.kind == MentionKind::kPerson && !m.speaker &&
            m.ids[0] != persons[0] && !ctx.IsSpokesperson(m) &&
            !talked_about(m)) {
          subject = m.ids[0];
        }
      }
      if (speaker) {
        subject.clear();
      } else if (subject.empty()) {
        subject = PreviousPerson(discourse, ctx.finder, persons[0]);
      }
    }
    // "She was received by Putin": a host receives a guest from another
    // country, the latest person named before of another country.
    const std::string host_country =
        ctx.finder->CountryOf(persons[0], discourse.article_date, discourse);
    const bool hosting = ReceiveVerbs().contains(tokens[trigger.first].lower) &&
                         !Is(tokens, trigger.first, "joined");
    if (hosting && !subject.empty() && !host_country.empty() &&
        ctx.finder->CountryOf(subject, discourse.article_date, discourse) ==
            host_country) {
      const auto& previous = discourse.previous_persons;
      for (auto it = previous.rbegin(); it != previous.rend(); ++it) {
        const std::string country =
            ctx.finder->CountryOf(*it, discourse.article_date, discourse);
        if (!country.empty() && country != host_country &&
            ctx.finder->TitleOf(*it, discourse.article_date, discourse) !=
                "spokesperson") {
          subject = *it;
          break;
        }
      }
    }
    // "A planned meeting with Erdogan did not take place", "his talks with
    // Meloni", "..., nor did a scheduled bilateral with Duda": with nobody
    // named before the noun in its clause, the one whose meeting it is, the
    // person the article's previous sentences are about ("the meeting with
    // Xi" refers back instead). Only for a meeting told as planned or
    // called off, not for one merely talked about.
    if (subject.empty() && trigger.nominal && draft->status_explicit &&
        draft->status != v1::EVENT_STATUS_OCCURRED &&
        Is(tokens, trigger.last + 1, "with")) {
      subject =
          PossessorOf(tokens, mentions, trigger.first, discourse, ctx.finder);
      // "a planned meeting with", or a bare noun opening the sentence
      // ("Talks with Tamim are set for Thursday").
      const bool indefinite = IndefiniteBefore(tokens, trigger.first) ||
                              trigger.first == 0 ||
                              (trigger.first == 1 && !tokens[0].word);
      bool named_before = false;
      for (const Mention& m : mentions) {
        named_before = named_before || (PersonLike(m) && m.first >= begin &&
                                        m.first < trigger.first);
      }
      const std::string& about = discourse.subject;
      if (subject.empty() && indefinite && !named_before && !about.empty() &&
          ctx.finder->TitleOf(about, discourse.article_date, discourse) !=
              "spokesperson" &&
          ctx.finder->CountryOf(about, discourse.article_date, discourse) !=
              ctx.finder->CountryOf(persons[0], discourse.article_date,
                                    discourse)) {
        subject = about;
      }
    }
    if (!subject.empty() && subject != persons[0]) persons.push_back(subject);
  } else if (persons.size() >= 2 &&
             (ObjectPronounAfter(tokens, trigger.last) ||
              PronounInObjects(ctx, trigger.head_last))) {
    // "Kim and Choe welcomed him at the airport": hosts named before the
    // trigger receive the person "him" stands for, named before them in
    // the sentence ("Putin landed, and A and B met him"), else the one the
    // previous sentences were about; a speaker's "him" was taken above.
    std::string guest;
    bool speaker = false, named_after = false;
    for (const Mention& m : mentions) {
      if (!PersonLike(m)) continue;
      named_after = named_after || m.first > trigger.last;
      if (m.first >= trigger.first) continue;
      speaker = speaker || m.speaker;
      if (guest.empty() && m.kind == MentionKind::kPerson && !m.speaker &&
          !Contains(persons, m.ids[0]) && !ctx.IsSpokesperson(m) &&
          !talked_about(m)) {
        guest = m.ids[0];
      }
    }
    if (guest.empty()) guest = PreviousPerson(discourse, ctx.finder);
    // "hosted him and von der Leyen": those named after are his fellow
    // guests.
    named_after = named_after && !PronounInObjects(ctx, trigger.head_last);
    if (!speaker && !named_after && !guest.empty() &&
        !Contains(persons, guest)) {
      persons.push_back(guest);
    }
  }
  // "The meeting was their first since October, when they met in
  // Astana", "they held the summit with X": with nobody named before it
  // in the sentence, "they" as the trigger's subject are the
  // participants of the latest meeting reported, joined by those named
  // after the trigger.
  int they = -1;
  // "They last spoke by phone", "they also met again", "they had
  // previously met".
  static const WordSet kBetweenTheyAndTrigger = {
      "last",       "also",  "first",    "spoke",  "talked", "by",
      "then",       "again", "had",      "held",   "have",   "earlier",
      "previously", "most",  "recently", "already"};
  int before_trigger = trigger.first - 1;
  // "they last held a formal bilateral": a noun's article and one
  // lowercase modifier after "held" or "had".
  if (trigger.nominal) {
    int k = before_trigger;
    if (k >= 2 && tokens[k].word && !tokens[k].capitalized &&
        (Is(tokens, k - 1, "a") || Is(tokens, k - 1, "an"))) {
      --k;
    }
    if ((Is(tokens, k, "a") || Is(tokens, k, "an")) &&
        (Is(tokens, k - 1, "held") || Is(tokens, k - 1, "had"))) {
      before_trigger = k - 1;
    }
  }
  const int they_reach = std::min(before_trigger, trigger.first - 1) - 2;
  while (before_trigger > 0 && before_trigger >= they_reach &&
         InSet(tokens, before_trigger, kBetweenTheyAndTrigger)) {
    --before_trigger;
  }
  // "the pair", "the duo", "the two" (no noun after it) stand for "they".
  auto is_they = [&tokens](int k) {
    return Is(tokens, k, "they") ||
           ((Is(tokens, k, "pair") || Is(tokens, k, "duo") ||
             Is(tokens, k, "two")) &&
            Is(tokens, k - 1, "the"));
  };
  if (is_they(before_trigger)) {
    they = before_trigger;
  } else if (is_they(trigger.first - 2) &&
             (Is(tokens, trigger.first - 1, "had") ||
              Is(tokens, trigger.first - 1, "held"))) {
    they = trigger.first - 2;
  } else if (is_they(trigger.first - 3) &&
             (Is(tokens, trigger.first - 2, "had") ||
              Is(tokens, trigger.first - 2, "held")) &&
             (Is(tokens, trigger.first - 1, "the") ||
              Is(tokens, trigger.first - 1, "a"))) {
    they = trigger.first - 3;
  }
  bool named_before_they = false;
  for (const Mention& m : mentions) {
    named_before_they = named_before_they || (PersonLike(m) && m.first < they);
  }
  std::vector<std::string> they_persons = discourse.last_meeting;
  if (they >= 0 && Is(tokens, they, "two")) {
    // "The two last met in 2019": the last two persons named before the
    // sentence, of two countries.
    std::vector<std::string> two;
    std::string first_country;
    const auto& named_before = discourse.previous_persons;
    for (auto it = named_before.rbegin();
         it != named_before.rend() && two.size() < 2; ++it) {
      const std::string country =
          ctx.finder->CountryOf(*it, discourse.article_date, discourse);
      if (country.empty() || country == first_country) continue;
      if (two.empty()) first_country = country;
      two.push_back(*it);
    }
    if (two.size() == 2) they_persons = std::move(two);
  }
  if (they >= 0 && !named_before_they && they_persons.size() >= 2) {
    std::vector<std::string> joined = they_persons;
    // Those named in the trigger's own words ("They first met in 2019, two
    // months after Kim's summit with Trump": Trump is of the summit).
    for (const Mention& m : mentions) {
      if (PersonLike(m) && m.first > trigger.last && InRegion(m, begin, end) &&
          !m.speaker && !ctx.IsSpokesperson(m) && !talked_about(m)) {
        for (const std::string& id : m.ids) AddUnique(id, &joined);
      }
    }
    persons = std::move(joined);
  }
  // "Their previous meeting was in Geneva", "their last summit, in 2019":
  // with nobody named in the sentence, the participants of the latest
  // meeting reported (the same meeting or an earlier one, as its date says).
  // Persons of another trigger's words do not count ("Their only summit, in
  // Helsinki in 2018, ended with a news conference in which A sided with
  // B").
  const bool named =
      std::any_of(mentions.begin(), mentions.end(),
                  [](const Mention& m) { return PersonLike(m); });
  const bool named_in_region =
      std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
        return PersonLike(m) && InRegion(m, begin, end);
      });
  // Not when persons are named right before it ("... came a month after A
  // and B held their first meeting"): "their" stands for them.
  const std::vector<const Mention*> theirs = CoordinatedPersons(
      tokens, mentions, DeterminerBefore(tokens, trigger.first) - 1);
  const bool subject_named =
      theirs.size() >= 2 || (theirs.size() == 1 && theirs[0]->ids.size() >= 2);
  if (trigger.nominal && persons.empty() && !named_in_region &&
      Is(tokens, DeterminerBefore(tokens, trigger.first), "their")) {
    if (subject_named) {
      for (const Mention* m : theirs) AddIds(*m, &persons);
    } else if (discourse.last_meeting.size() >= 2) {
      persons = discourse.last_meeting;
      // "Their first summit" is of leaders: when the latest meeting was not
      // (ministers met since), the last two leaders named, of two countries.
      auto leads = [&](const std::string& id) {
        const v1::Actor* actor = ctx.kb->FindActor(id);
        if (actor == nullptr) return false;
        for (const v1::Role* role : ctx.kb->RolesOn(*actor, draft->date)) {
          const v1::Actor* country = ctx.kb->FindActor(role->country());
          if (country != nullptr && role->title() == country->leader_title()) {
            return true;
          }
        }
        return false;
      };
      if (Is(tokens, trigger.last, "summit") &&
          !std::all_of(persons.begin(), persons.end(), leads)) {
        std::vector<std::string> leaders;
        std::vector<std::string> countries;
        const auto& named_before = discourse.previous_persons;
        for (auto it = named_before.rbegin();
             it != named_before.rend() && leaders.size() < 2; ++it) {
          const std::string country =
              ctx.finder->CountryOf(*it, discourse.article_date, discourse);
          if (!leads(*it) || Contains(countries, country)) continue;
          leaders.push_back(*it);
          countries.push_back(country);
        }
        if (leaders.size() == 2) persons = std::move(leaders);
      }
    }
  }
  // "The first China-Central Asia summit was held in Xi'an in May 2023": an
  // earlier gathering of the series of the latest meeting of three or more,
  // told with its own date and nobody named, is one of their countries.
  static const WordSet kEarlierOfSeries = {"first", "previous", "inaugural",
                                           "last", "earlier"};
  bool earlier_of_series = false;
  for (int k = trigger.first - 1; k >= 1 && k >= trigger.first - 6; --k) {
    if (InSet(tokens, k, kEarlierOfSeries) && Is(tokens, k - 1, "the")) {
      earlier_of_series = true;
      break;
    }
    if (!tokens[k].word && tokens[k].lower != "-") break;
  }
  if (earlier_of_series && trigger.nominal && persons.empty() && !named &&
      discourse.last_meeting.size() >= 3 &&
      BackgroundDate(draft->date, discourse.article_date)) {
    for (const std::string& id : discourse.last_meeting) {
      AddUnique(ctx.finder->CountryOf(id, discourse.article_date, discourse),
                &persons);
    }
    draft->anaphoric = false;
  }
  // "The annual summit was last held in New Delhi in December 2021, when
  // Putin made a brief trip": a definite meeting noun whose own "was held"
  // or "took place" tells an earlier time is the pair of the latest
  // meeting, with nobody else named and no body's gathering told before
  // ("the first meeting took place": of a series named before).
  int held = trigger.last + 1;
  const bool passive = Is(tokens, held, "was") || Is(tokens, held, "were");
  if (passive) ++held;
  if (Is(tokens, held, "last")) ++held;
  const bool held_then =
      (passive && Is(tokens, held, "held")) ||
      (Is(tokens, held, "took") && Is(tokens, held + 1, "place"));
  if (held_then && !earlier_of_series && trigger.nominal && trigger.definite &&
      Is(tokens, DeterminerBefore(tokens, trigger.first), "the") &&
      discourse.last_meeting.size() == 2 &&
      discourse.last_gathering_body.empty() &&
      IsSubset(persons, discourse.last_meeting) &&
      std::none_of(mentions.begin(), mentions.end(),
                   [&](const Mention& m) {
                     return PersonLike(m) && m.first < trigger.first;
                   }) &&
      BackgroundDate(draft->date, discourse.article_date)) {
    persons = discourse.last_meeting;
    draft->anaphoric = false;
  }
  // "The next round will be held on Saturday": the negotiators of the
  // latest meeting, when the sentence names no one else.
  // Not when the sentence names the sides of its series itself ("India and
  // the US have held five rounds of talks, but the next round ...").
  int sides_named = 0;
  for (const Mention& m : mentions) {
    sides_named += m.kind == MentionKind::kCountry && !m.adjective &&
                   !m.locative && m.last < trigger.first;
  }
  if (trigger.round && persons.size() < 2 && sides_named < 2 &&
      discourse.last_meeting.size() >= 2 &&
      IsSubset(persons, discourse.last_meeting)) {
    persons = discourse.last_meeting;
  }
  // "The presidents agreed that their teams would hold talks": a meeting of
  // the subordinates, those named for them ("their foreign ministers, A and
  // B, would meet") or after the trigger; with fewer than two named, of the
  // countries of those "their" stands for.
  const int their = SubordinatesSubject(tokens, trigger, begin);
  if (their >= 0) {
    std::vector<std::string> own;
    for (const Mention& m : mentions) {
      if (PersonLike(m) && m.first > their && InRegion(m, begin, end) &&
          !m.speaker && !ctx.IsSpokesperson(m) && !talked_about(m)) {
        AddIds(m, &own);
      }
    }
    std::vector<std::string> owners;
    for (const std::string& id : persons) {
      if (!Contains(own, id)) owners.push_back(id);
    }
    // "They agreed that their negotiators would meet": "they" are the
    // participants of the latest meeting reported.
    for (int k = begin; owners.empty() && k < their; ++k) {
      if (Is(tokens, k, "they")) owners = discourse.last_meeting;
    }
    std::vector<std::string> sides = CountriesOf(ctx, owners);
    if (own.size() < 2 && sides.size() >= 2) {
      draft->country_level = true;
      draft->separate = true;  // Not the leaders' own meeting.
      return sides;
    }
    return own;
  }
  return persons;
}

bool BorrowPersons(const SentenceContext& ctx, const Trigger& trigger,
                   int begin, int end, std::vector<std::string>* named) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  std::vector<std::string>& persons = *named;
  bool borrowed = false;
  // Too few: "X met with Y" across regions, or the sentence's subject.
  if (persons.size() < 2 && !(trigger.definite && persons.empty())) {
    borrowed = persons.empty();
    // "X announced the summit after a phone call with Y": the speaker
    // of the clause the trigger is attached to by "after" made it.
    static const WordSet kAttached = {"after", "following", "during"};
    bool attached = InSet(tokens, trigger.first - 1, kAttached) ||
                    InSet(tokens, trigger.first - 2, kAttached);
    // "At a meeting with X on Tuesday, Y said ...", "Speaking to X by
    // phone, Y said ...": an opening phrase holding the trigger tells of
    // the main clause's subject.
    static const WordSet kOpenings = {
        "at", "in", "during", "after", "following", "speaking", "talking"};
    if (InSet(tokens, 0, kOpenings) && trigger.first <= 12) {
      bool comma = false;
      for (int k = 1; k < trigger.first; ++k) {
        comma = comma || tokens[k].lower == ",";
      }
      attached = attached || !comma;
    }
    std::vector<const Mention*> outside;
    for (const Mention& m : mentions) {
      // Not one talked about ("Trump's son-in-law Kushner flew to Abu
      // Dhabi for talks").
      if (PersonLike(m) && !InRegion(m, begin, end) &&
          !TalkedAbout(tokens, trigger, m) &&
          (!m.speaker || (attached && !ctx.IsSpokesperson(m)))) {
        outside.push_back(&m);
      }
    }
    // "Choe was received by Putin after talks with Lavrov": the agent of a
    // passive is not the one who held the talks the clause is attached to;
    // nearer persons first.
    auto passive_agent = [&](const Mention* m) {
      return attached && Is(tokens, m->first - 1, "by");
    };
    std::stable_sort(outside.begin(), outside.end(),
                     [&](const Mention* a, const Mention* b) {
                       if (passive_agent(a) != passive_agent(b)) {
                         return passive_agent(b);
                       }
                       return std::abs(a->first - trigger.first) <
                              std::abs(b->first - trigger.first);
                     });
    // "A and B met X in the morning, then held the summit with Y": the
    // clause after ", then" has the sentence's subject.
    bool then_clause = false;
    for (int k = begin; k < trigger.first; ++k) {
      then_clause = then_clause || Is(tokens, k, "then");
    }
    const Mention* subject = nullptr;
    for (const Mention& m : mentions) {
      if (subject == nullptr && PersonLike(m) && m.last < begin) subject = &m;
    }
    // "Lavrov, who accompanied Putin to Beijing, met Wang Yi": a relative
    // clause on the subject ends where the region starts.
    bool relative_clause = subject != nullptr &&
                           Is(tokens, subject->last + 1, ",") &&
                           Is(tokens, subject->last + 2, "who");
    for (int k = relative_clause ? subject->last + 3 : begin; k + 1 < begin;
         ++k) {
      relative_clause = relative_clause && tokens[k].lower != ",";
    }
    // "Modi met Scholz on Monday and spoke by phone with Macron": a verb
    // coordinated by "and" shares the sentence's subject, not the object
    // of the verb before.
    // Also after a comma with no subject of its own: "Putin hosted Xi, and
    // earlier received Ramaphosa", "..., and on Wednesday met Y".
    auto in_date = [&ctx](int k) {
      return std::any_of(ctx.dates.begin(), ctx.dates.end(),
                         [k](const DateMention& date) {
                           return date.first <= k && k <= date.last;
                         });
    };
    bool and_verb = false;
    for (int k = trigger.first - 1; k >= 0 && k >= trigger.first - 5; --k) {
      if (Is(tokens, k, "and")) {
        // "held talks with Doval and called on Modi": right before a verb.
        and_verb = k > 0 && (k + 1 < trigger.first || !trigger.nominal) &&
                   (tokens[k - 1].word || Is(tokens, k - 1, ",")) &&
                   !Is(tokens, k - 1, "-");
        break;
      }
      if (!tokens[k].word || (tokens[k].capitalized && !in_date(k))) break;
    }
    and_verb = and_verb && subject != nullptr && !subject->speaker;
    if (((then_clause || relative_clause) && subject != nullptr &&
         Is(tokens, begin - 1, ",")) ||
        and_verb) {
      const Mention* last = subject;
      for (const Mention& m : mentions) {
        if (PersonLike(m) && m.first > last->last &&
            m.first <= last->last + 2 &&
            (Is(tokens, m.first - 1, "and") || Is(tokens, m.first - 1, ","))) {
          last = &m;
        }
      }
      std::vector<const Mention*> coordinated =
          CoordinatedPersons(tokens, mentions, last->last + 1, true);
      std::reverse(coordinated.begin(), coordinated.end());
      outside.insert(outside.begin(), coordinated.begin(), coordinated.end());
    }
    // "Putin met Rahmon on Monday, a day before his talks with Mirziyoyev",
    // "held talks with A and, on Tuesday, a meeting with B": a meeting noun
    // with a partner of its own is the sentence subject's, not that of the
    // nearest person when that one was met before (the object of "with" or
    // of a verb of meeting), unless a clause of his own leads to the noun
    // ("met Modi, who later held talks with Xi").
    static const WordSet kMetObject = {"met", "meet", "meets", "meeting"};
    static const WordSet kNotSubject = {"with", "by", "to", "from", "for"};
    if (trigger.nominal && persons.size() == 1 && subject != nullptr &&
        !subject->speaker && !InSet(tokens, subject->first - 1, kNotSubject) &&
        Is(tokens, trigger.last + 1, "with") && !outside.empty() &&
        outside[0] != subject && outside[0]->last < trigger.first &&
        (Is(tokens, outside[0]->first - 1, "with") ||
         InSet(tokens, outside[0]->first - 1, kMetObject) ||
         ReceiveVerbs().contains(
             tokens[std::max(0, outside[0]->first - 1)].lower))) {
      bool own_clause = false;
      for (int k = outside[0]->last + 1; k < trigger.first; ++k) {
        own_clause = own_clause || Is(tokens, k, "who") ||
                     Is(tokens, k, "which") ||
                     SpeechVerbs().contains(tokens[k].lower);
      }
      if (!own_clause) outside.insert(outside.begin(), subject);
    }
    for (const Mention* m : outside) {
      if (persons.size() >= 2) break;
      AddIds(*m, &persons);
      // "Xi and the leaders of the five Central Asian states": a group
      // takes along the persons coordinated with it; so does a person
      // ("A, B and C discussed the deal by telephone").
      if (m->kind != MentionKind::kGroup && m->last >= trigger.first) {
        continue;
      }
      std::vector<const Mention*> coordinated =
          CoordinatedPersons(tokens, mentions, m->last + 1, true);
      // ", and" joins clauses ("... hosted by Scholz, and Bayramov and
      // Mirzoyan negotiated"): the coordination ends there.
      for (size_t c = coordinated.size(); c-- > 0;) {
        AddIds(*coordinated[c], &persons);
        if (c == 0) break;
        bool clause = false;
        for (int k = coordinated[c - 1]->last + 1;
             k + 1 < coordinated[c]->first; ++k) {
          clause = clause || (Is(tokens, k, ",") && Is(tokens, k + 1, "and"));
        }
        if (clause) break;
      }
    }
  }
  return borrowed;
}

void PlaceMeeting(const SentenceContext& ctx, const Trigger& trigger, int begin,
                  int end, EventDraft* draft) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  // Where a meeting is not: a place things come from ("backing from
  // Moscow", "envoys from the Kremlin") or a country's adjective ("told
  // Malaysian media").
  auto elsewhere = [&tokens](const Mention& m) {
    const int before = m.first - (Is(tokens, m.first - 1, "the") ? 2 : 1);
    return m.adjective || Is(tokens, before, "from");
  };
  // The place: a locative after the trigger, else before it.
  const Mention* where = nullptr;
  for (int pass = 0; pass < 2 && where == nullptr; ++pass) {
    for (const Mention& m : mentions) {
      if (!InRegion(m, begin, end) || !m.locative || elsewhere(m)) continue;
      // "according to the Turkish Presidency": an adjective is no place.
      if (m.kind != MentionKind::kPlace &&
          (m.kind != MentionKind::kCountry || m.adjective))
        continue;
      const bool after = m.first > trigger.last;
      if ((pass == 0) != after) continue;
      if (where == nullptr ||
          (where->kind == MentionKind::kCountry &&
           m.kind == MentionKind::kPlace && m.country == where->ids[0])) {
        where = &m;
      }
    }
  }
  if (where != nullptr) {
    if (where->kind == MentionKind::kPlace) {
      draft->place = where->ids[0];
      draft->country = where->country;
    } else {
      draft->country = where->ids[0];
    }
  }
}

bool SettleFewPersons(const SentenceContext& ctx, const Trigger& trigger,
                      int begin, int end,
                      const std::vector<std::string>& persons,
                      EventDraft* draft, std::vector<EventDraft>* drafts) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  // Countries as participants: "US and Russian officials met", "talks
  // between Iran and the United States".
  static const WordSet kGroups = {"officials",   "delegations", "delegation",
                                  "negotiators", "diplomats",   "teams"};
  std::vector<std::string> countries;
  // "talks between American and Ukrainian officials": only the sides
  // named after "between".
  const bool between = Is(tokens, trigger.last + 1, "between");
  // "India and the US have held five rounds of talks, but the next round
  // ... was called off": a round is one of the series of the sides named
  // before it in the sentence.
  for (const Mention& m : mentions) {
    const bool sides_of_series = trigger.round && m.last < trigger.first;
    if (m.locative || (!InRegion(m, begin, end) && !sides_of_series)) continue;
    if (between && (m.first <= trigger.last || m.first > trigger.last + 8)) {
      continue;
    }
    std::string country;
    if (m.kind == MentionKind::kCountry) {
      // "US officials", "Turkish, US and Ukrainian officials": adjectives
      // joined by commas and "and" before a group noun.
      int after = m.last + 1;
      while (Is(tokens, after, ",") || Is(tokens, after, "and")) {
        const Mention* next = nullptr;
        for (const Mention& other : mentions) {
          if (other.first == after + 1 && other.kind == MentionKind::kCountry) {
            next = &other;
          }
        }
        if (next == nullptr) break;
        after = next->last + 1;
      }
      const bool group_adjective = m.adjective && InSet(tokens, after, kGroups);
      if (!m.adjective || group_adjective) {
        country = m.ids[0];
        // "talks between China and the Central Asian states".
        for (size_t k = 1; k < m.ids.size(); ++k) {
          AddUnique(m.ids[k], &countries);
        }
      }
    } else if (m.kind == MentionKind::kPlace && !m.country.empty()) {
      // "Washington and Tehran prepared for talks": capitals as
      // governments.
      const v1::Actor* actor = ctx.kb->FindActor(m.country);
      if (actor != nullptr && actor->capital() == m.ids[0]) country = m.country;
    }
    if (!country.empty()) AddUnique(country, &countries);
  }
  // "The third round ended in Rome": with nobody and no sides named, a
  // round of the series of the latest meeting of two or more countries.
  if (persons.empty() && countries.empty() && trigger.round &&
      ctx.discourse.last_meeting.empty() &&
      ctx.discourse.last_sides.size() >= 2) {
    countries = ctx.discourse.last_sides;
  }
  // Not "repeated his offer to host talks between A and B".
  static const WordSet kOffers = {"offer",   "offered",  "offers",  "ready",
                                  "willing", "proposed", "proposal"};
  // "Shoukry said the round of talks between Egypt and Ethiopia was called
  // off": who tells of the sides' talks is not one of them. Not when he
  // offers them ("said he had repeated his offer to host talks between").
  bool only_speakers = between && !persons.empty();
  for (int k = std::max(0, trigger.first - 4); k < trigger.first; ++k) {
    only_speakers = only_speakers && !InSet(tokens, k, kOffers);
  }
  for (const std::string& id : persons) {
    only_speakers =
        only_speakers &&
        std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
          return m.speaker && Contains(m.ids, id);
        });
  }
  if ((persons.empty() || only_speakers) && countries.size() >= 2) {
    draft->participants = std::move(countries);
    draft->country_level = true;
    drafts->push_back(std::move(*draft));
    return true;
  }
  // "Fidan hosted talks between Ethiopia and Somalia", "X mediated the
  // second round of talks between A and B": the host of the sides' talks,
  // from a third country, and the sides.
  static const WordSet kHosting = {
      "hosted",      "hosts",     "hosting",   "host",     "chaired",
      "chairs",      "mediated",  "mediates",  "brokered", "convened",
      "facilitated", "organized", "organised", "arranged", "oversaw"};
  bool hosted = false;
  for (int k = trigger.last - 1;
       between && k >= begin && k >= trigger.first - 6; --k) {
    if (!tokens[k].word) break;
    hosted =
        hosted || (InSet(tokens, k, kHosting) &&
                   !(Is(tokens, k - 1, "to") && InSet(tokens, k - 2, kOffers)));
  }
  if (hosted && persons.size() == 1 && countries.size() >= 2 &&
      !Contains(countries,
                ctx.finder->CountryOf(persons[0], ctx.discourse.article_date,
                                      ctx.discourse))) {
    draft->participants = persons;
    for (const std::string& id : countries) {
      AddUnique(id, &draft->participants);
    }
    drafts->push_back(std::move(*draft));
    return true;
  }
  // "Putin later described the meeting as warm": a mention of an
  // earlier meeting, kept as evidence of it.
  draft->tentative = !trigger.definite;
  if (draft->tentative &&
      (persons.empty() || (PrecisionOf(draft->date) == DatePrecision::kNone &&
                           draft->country.empty()))) {
    return true;  // Nothing to lend.
  }
  return false;
}

std::vector<EventDraft> SplitWithGroups(const SentenceContext& ctx,
                                        int trigger_first, int trigger_last,
                                        int begin, int end,
                                        const EventDraft& draft) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const std::vector<DateMention>& dates = ctx.dates;
  const Discourse& discourse = ctx.discourse;
  // Calls in the plural are split per person (SplitSeparately).
  if (Is(tokens, trigger_last, "calls") ||
      Is(tokens, trigger_last, "conversations")) {
    return {};
  }
  // Group starts: a "with" just after the trigger, then each "and with".
  std::vector<int> starts;
  for (int k = trigger_last + 1; k < end; ++k) {
    if (tokens[k].lower != "with") continue;
    // "with A, as well as with B".
    const bool as_well_as = Is(tokens, k - 1, "as") &&
                            Is(tokens, k - 2, "well") &&
                            Is(tokens, k - 3, "as");
    if (starts.empty() ? k <= trigger_last + 3
                       : Is(tokens, k - 1, "and") || as_well_as) {
      starts.push_back(k);
    }
  }
  if (starts.size() < 2) {
    // "will meet leaders of other countries, including A and B": one
    // meeting with each person listed; not a list in a clause of its own
    // ("met before their delegations, including A and B, joined them").
    static const WordSet kOtherClause = {
        "before", "after", "until", "while", "when", "as", "and", "then", ";"};
    starts.clear();
    for (int k = trigger_last + 1; k < end && k <= trigger_last + 12; ++k) {
      if (InSet(tokens, k, kOtherClause)) break;
      if (tokens[k].lower != "including") continue;
      for (const Mention& m : mentions) {
        if (m.kind == MentionKind::kPerson && m.first > k && m.last < end) {
          starts.push_back(m.first - 1);
        }
      }
      break;
    }
  }
  int groups_end = end;
  if (starts.size() < 2) {
    starts = DatedObjectStarts(ctx, trigger_last, end, &groups_end);
  }
  if (starts.size() < 2) return {};
  auto takes_part = [&](const Mention& m) {
    return PersonLike(m) && !m.speaker &&
           ctx.finder->TitleOf(m.ids[0], discourse.article_date, discourse) !=
               "spokesperson";
  };
  std::vector<std::string> subject;
  for (const Mention& m : mentions) {
    if (takes_part(m) && m.first >= begin && m.last < trigger_first) {
      for (const std::string& id : m.ids) AddUnique(id, &subject);
    }
  }
  if (subject.empty()) {
    const std::string pronoun =
        PronounSubject(tokens, mentions, trigger_first, discourse, ctx.finder);
    if (pronoun.empty()) return {};
    subject.push_back(pronoun);
  }
  const bool planned = draft.status == v1::EVENT_STATUS_PLANNED ||
                       draft.status == v1::EVENT_STATUS_CANCELLED;
  bool day_phrase_in_groups = false;
  for (int k = starts[0]; k + 2 < end; ++k) {
    day_phrase_in_groups = day_phrase_in_groups ||
                           DayPhraseOffset(tokens, k) != EventDraft::kNoOffset;
  }
  std::vector<EventDraft> parts;
  for (size_t g = 0; g < starts.size(); ++g) {
    const int first = starts[g];
    const int last = g + 1 < starts.size() ? starts[g + 1] : groups_end;
    EventDraft part = draft;
    part.participants = subject;
    // "the following day" inside a group dates that group only.
    if (day_phrase_in_groups && draft.day_offset != EventDraft::kNoOffset) {
      part.day_offset = EventDraft::kNoOffset;
      part.date = v1::Date();
    }
    bool has_person = false;
    for (const Mention& m : mentions) {
      if (takes_part(m) && m.first > first && m.last < last) {
        for (const std::string& id : m.ids) AddUnique(id, &part.participants);
        has_person = true;
      }
    }
    if (!has_person) return {};
    for (const DateMention& date : dates) {
      if (date.first > first && date.last < last) {
        part.date = planned ? date.future : date.past;
      }
    }
    // "met A in Paris and B in Belgrade": a group's own place is its
    // meeting's.
    for (const Mention& m : mentions) {
      if (m.locative && m.kind == MentionKind::kPlace && m.first > first &&
          m.last < last) {
        part.place = m.ids[0];
        part.country = m.country;
        break;
      }
    }
    for (int k = first; k + 2 < last; ++k) {
      const int offset = DayPhraseOffset(tokens, k);
      if (offset != EventDraft::kNoOffset) {
        part.day_offset = offset;
        part.date = DayAfterNamed(dates, k, offset, planned, discourse);
        break;
      }
    }
    part.participant_countries = CountriesOf(ctx, part.participants);
    parts.push_back(std::move(part));
  }
  return parts;
}

std::vector<EventDraft> SplitByPlaces(const SentenceContext& ctx,
                                      const Trigger& trigger, int end,
                                      const std::vector<std::string>& persons,
                                      const EventDraft& draft) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  if (persons.size() < 2 || trigger.type != v1::EVENT_TYPE_MEETING) return {};
  // An item: a place, then its own date within a few words ("in Hanoi in
  // February 2019", "Singapore last June", "in Woodside, California, last
  // November"). The first comes soon after the trigger.
  struct Item {
    const Mention* place;
    const DateMention* date;
  };
  std::vector<Item> items;
  int from = trigger.last + 1;
  for (const Mention& m : mentions) {
    // A country as a place: "in Singapore", "after Singapore last June".
    const bool country_place =
        m.kind == MentionKind::kCountry && !m.adjective &&
        (m.locative || Is(tokens, m.first - 1, "after") ||
         (!items.empty() && Is(tokens, m.first - 1, "and")));
    if (m.last >= end) break;
    if (m.first < from || (m.kind != MentionKind::kPlace && !country_place)) {
      continue;
    }
    if (items.empty() && m.first > trigger.last + 12) break;
    const DateMention* date = nullptr;
    for (const DateMention& d : ctx.dates) {
      if (d.first > m.last && d.first <= m.last + 6 && d.last < end &&
          !d.attributive) {
        date = &d;
        break;
      }
    }
    if (date == nullptr) continue;
    // Nothing but places, commas and "in"/"at" between a place and its
    // date: "in Woodside, California, last November" (a region the
    // knowledge base lacks is a capitalized word after the comma).
    static const WordSet kBeforeItsDate = {",",    "in",   "at",    "on",
                                           "last", "late", "early", "mid"};
    bool plain = true;
    for (int k = m.last + 1; k < date->first; ++k) {
      bool in_place = false;
      for (const Mention& other : mentions) {
        in_place = in_place || (other.first <= k && k <= other.last &&
                                other.kind == MentionKind::kPlace);
      }
      const bool region = k == m.last + 2 && Is(tokens, k - 1, ",") &&
                          tokens[k].capitalized && Is(tokens, k + 1, ",");
      plain = plain && (in_place || region || InSet(tokens, k, kBeforeItsDate));
    }
    if (!plain) continue;
    // Items are joined by "and" or a comma, a few words apart ("and at
    // the truce village of Panmunjom"), or across a clause on the item
    // before (", where they were hosted by X, and in Almaty").
    if (!items.empty()) {
      const int gap_first = items.back().date->last + 1;
      static const WordSet kClauseWords = {"where", "when",  "which",
                                           "who",   "that",  "following",
                                           "after", "before"};
      bool joined = false, clause = false;
      for (int k = gap_first; k < m.first; ++k) {
        if (Is(tokens, k, ";") || SpeechVerbs().contains(tokens[k].lower)) {
          return {};
        }
        joined = joined || Is(tokens, k, "and") || Is(tokens, k, ",");
        clause = clause || InSet(tokens, k, kClauseWords);
      }
      const bool where_clause = Is(tokens, gap_first, ",") &&
                                Is(tokens, gap_first + 1, "where") &&
                                m.first - gap_first <= 20;
      const int in_at =
          Is(tokens, m.first - 1, "in") || Is(tokens, m.first - 1, "at")
              ? m.first - 1
              : m.first;
      const bool and_item = Is(tokens, in_at - 1, "and") &&
                            (Is(tokens, in_at - 2, ",") || !where_clause);
      if (!joined ||
          (where_clause ? !and_item : (clause || m.first - gap_first > 9))) {
        break;
      }
    }
    items.push_back({&m, date});
    from = date->last + 1;
  }
  if (items.size() < 2) return {};
  const bool planned = draft.status == v1::EVENT_STATUS_PLANNED ||
                       draft.status == v1::EVENT_STATUS_CANCELLED;
  auto date_of = [planned](const Item& item) {
    return planned ? item.date->future : item.date->past;
  };
  for (size_t a = 0; a < items.size(); ++a) {
    for (size_t b = a + 1; b < items.size(); ++b) {
      if (date_of(items[a]).SerializeAsString() ==
          date_of(items[b]).SerializeAsString()) {
        return {};
      }
    }
  }
  // The persons named in an item's words (up to the next item, or the
  // clause's end) are of that item only.
  std::vector<std::vector<std::string>> own(items.size());
  std::vector<std::string> in_items;
  for (size_t i = 0; i < items.size(); ++i) {
    const int last = i + 1 < items.size() ? items[i + 1].place->first : end;
    for (const Mention& m : mentions) {
      if (PersonLike(m) && !m.speaker && m.first > items[i].place->last &&
          m.last < last && !ctx.IsSpokesperson(m)) {
        for (const std::string& id : m.ids) {
          AddUnique(id, &own[i]);
          AddUnique(id, &in_items);
        }
      }
    }
  }
  std::vector<std::string> base;
  for (const std::string& id : persons) {
    if (!Contains(in_items, id)) base.push_back(id);
  }
  if (base.size() < 2) return {};
  std::vector<EventDraft> parts;
  // "the third meeting between them, after Singapore and Hanoi": the
  // meeting told is another one than those listed.
  const int before_first = items[0].place->first -
                           (Is(tokens, items[0].place->first - 1, "in") ||
                                    Is(tokens, items[0].place->first - 1, "at")
                                ? 2
                                : 1);
  const bool after_list = Is(tokens, before_first, "after") ||
                          Is(tokens, before_first, "following");
  if (after_list && tokens[trigger.last].lower != "meetings" &&
      tokens[trigger.last].lower != "summits") {
    EventDraft told = draft;
    told.participants = base;
    for (const Item& item : items) {
      if (date_of(item).SerializeAsString() == told.date.SerializeAsString()) {
        told.date = v1::Date();
      }
      if (told.place == item.place->ids[0]) {
        told.place.clear();
        told.country.clear();
      }
    }
    parts.push_back(std::move(told));
  }
  for (size_t i = 0; i < items.size(); ++i) {
    EventDraft part = draft;
    part.participants = base;
    for (const std::string& id : own[i]) AddUnique(id, &part.participants);
    part.date = date_of(items[i]);
    part.yearless_month = items[i].date->yearless_month;
    part.day_offset = EventDraft::kNoOffset;
    const Mention& place = *items[i].place;
    if (place.kind == MentionKind::kPlace) {
      part.place = place.ids[0];
      part.country = place.country;
    } else {
      part.place.clear();
      part.country = place.ids[0];
    }
    part.anaphoric = false;
    part.separate = true;
    // "after Singapore last June and Hanoi in February": held before.
    if (after_list) {
      part.status = v1::EVENT_STATUS_OCCURRED;
      part.status_explicit = true;
    }
    part.participant_countries = CountriesOf(ctx, part.participants);
    parts.push_back(std::move(part));
  }
  return parts;
}

bool SplitSeparately(const SentenceContext& ctx, const Trigger& trigger,
                     int begin, int end, std::vector<std::string>* participants,
                     const EventDraft& draft, std::vector<EventDraft>* drafts) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const Discourse& discourse = ctx.discourse;
  std::vector<std::string>& persons = *participants;
  // "separate talks", "separate phone calls", "met separately"; not
  // "sat in separate rooms".
  static const WordSet kSeparateNouns = {
      "talks",         "meetings",    "meeting",   "calls",
      "call",          "phone",       "telephone", "conversations",
      "conversation",  "discussions", "bilateral", "sessions",
      "negotiations",  "audiences",   "video",     "one-on-one",
      "consultations", "encounters"};
  // "had been on the phone with both": one call with each of them; so
  // does "spoke to both X and Y by phone".
  bool separate = Is(tokens, trigger.last + 1, "with") &&
                  (Is(tokens, trigger.last + 2, "both") ||
                   Is(tokens, trigger.last + 2, "each"));
  // "spoke by phone with the leaders of both countries", "called the
  // foreign ministers of the two countries": a call with each of them.
  for (int k = trigger.last + 2;
       trigger.type == v1::EVENT_TYPE_CALL && k + 1 < end &&
       k <= trigger.last + 6 && tokens[k].word;
       ++k) {
    separate =
        separate || (Is(tokens, k, "of") &&
                     (Is(tokens, k + 1, "both") || Is(tokens, k + 1, "each") ||
                      (Is(tokens, k + 1, "the") && Is(tokens, k + 2, "two"))));
  }
  for (int k = begin + 1; k + 1 < end; ++k) {
    separate =
        separate || (Is(tokens, k, "both") &&
                     (Is(tokens, k - 1, "to") || Is(tokens, k - 1, "with")) &&
                     tokens[k + 1].capitalized);
  }
  // "had several telephone conversations with A, B and C": one each.
  static const WordSet kSeveral = {"separate", "several", "multiple"};
  // "held phone calls with A and B", "had several telephone conversations
  // with A, as well as with B": calls in the plural are one with each.
  separate = separate || (trigger.type == v1::EVENT_TYPE_CALL &&
                          (Is(tokens, trigger.last, "calls") ||
                           Is(tokens, trigger.last, "conversations")) &&
                          Is(tokens, trigger.last + 1, "with"));
  for (int k = begin; k < end; ++k) {
    // "met A, B and C one by one", "met them individually".
    separate =
        separate || tokens[k].lower == "separately" ||
        tokens[k].lower == "individually" ||
        (Is(tokens, k, "one") && Is(tokens, k + 1, "by") &&
         Is(tokens, k + 2, "one")) ||
        (InSet(tokens, k, kSeveral) && InSet(tokens, k + 1, kSeparateNouns));
  }
  // "returned from the UAE and Saudi Arabia, where he had held talks with
  // the UAE President and the Saudi Crown Prince": one meeting in each
  // place, with the person of that country.
  bool by_place = false;
  if (!separate && persons.size() >= 3 &&
      trigger.type == v1::EVENT_TYPE_MEETING) {
    std::vector<std::string> places;
    const Mention* last_place = nullptr;
    for (const Mention& m : mentions) {
      if (m.last >= trigger.first) break;
      const bool where =
          (m.kind == MentionKind::kCountry || m.kind == MentionKind::kPlace) &&
          !m.country.empty();
      // "from the UAE and Saudi Arabia": the second place too.
      const int before =
          Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
      const bool joined = last_place != nullptr && Is(tokens, before, "and") &&
                          last_place->last == before - 1;
      if (where && (m.locative || joined)) {
        AddUnique(m.country, &places);
        last_place = &m;
      }
    }
    std::vector<std::string> visitors, hosts;
    for (const std::string& id : persons) {
      const std::string country =
          ctx.finder->CountryOf(id, discourse.article_date, discourse);
      (Contains(places, country) ? hosts : visitors).push_back(id);
    }
    const std::vector<std::string> host_countries = CountriesOf(ctx, hosts);
    by_place = places.size() >= 2 && visitors.size() == 1 &&
               hosts.size() >= 2 && host_countries.size() == hosts.size();
    if (by_place) {
      separate = true;
      persons = visitors;  // The hub below.
      persons.insert(persons.end(), hosts.begin(), hosts.end());
    }
  }
  // "Lula also met Premier Li Qiang and the parliament's chairman Zhao
  // Leji", "will meet Chancellor A and President B": a guest meets each of
  // the host country's office holders named as the verb's objects on his
  // own; not a leader with his ministers ("met President A and Foreign
  // Minister B") nor "together", "trilateral".
  if (!separate && persons.size() >= 3 &&
      trigger.type == v1::EVENT_TYPE_MEETING) {
    const v1::Date& date = discourse.article_date;
    std::vector<std::string> objects;
    bool all_persons = true;
    int subjects = 0;
    for (const Mention& m : mentions) {
      if (!PersonLike(m) || !InRegion(m, begin, end)) continue;
      all_persons = all_persons && m.kind == MentionKind::kPerson;
      if (m.first < trigger.first) {
        ++subjects;
      } else if (m.first > trigger.last && Contains(persons, m.ids[0])) {
        AddUnique(m.ids[0], &objects);
      }
    }
    all_persons = all_persons && subjects <= 1;
    const std::string& hub = persons[0];
    std::string host;
    bool one_host = all_persons && objects.size() >= 2 &&
                    objects.size() + 1 == persons.size() &&
                    !Contains(objects, hub);
    static const WordSet kLeaders = {
        "president", "vice president", "prime minister",
        "premier",   "chancellor",     "king",
        "emir",      "sultan",         "crown prince"};
    bool leader = false, aide = false;
    for (const std::string& id : objects) {
      const std::string country = ctx.finder->CountryOf(id, date, discourse);
      one_host =
          one_host && !country.empty() && (host.empty() || country == host);
      host = country;
      const std::string title = ctx.finder->TitleOf(id, date, discourse);
      leader = leader || kLeaders.contains(title);
      aide = aide || (!kLeaders.contains(title) &&
                      (absl::StrContains(title, "minister") ||
                       absl::StrContains(title, "secretary") ||
                       absl::StrContains(title, "adviser") ||
                       absl::StrContains(title, "envoy")));
    }
    const std::string guest_country =
        ctx.finder->CountryOf(hub, date, discourse);
    // "at a lunch", "at a banquet": one occasion they shared; "Trump and
    // his envoy", "who was accompanied by": one party's entourage.
    static const WordSet kTogether = {
        "together",   "jointly",     "joint",        "trilateral",
        "delegation", "delegations", "lunch",        "luncheon",
        "dinner",     "breakfast",   "banquet",      "reception",
        "ceremony",   "accompanied", "accompanying", "flanked"};
    static const WordSet kPossessives = {"his", "her", "their"};
    bool together = false;
    for (int k = begin; k < end; ++k) {
      together = together || InSet(tokens, k, kTogether) ||
                 (k > trigger.last && Is(tokens, k, "and") &&
                  InSet(tokens, k + 1, kPossessives));
    }
    separate = one_host && !guest_country.empty() && guest_country != host &&
               !(leader && aide) && !together;
  }
  if (separate && persons.size() >= 3 && trigger.type != v1::EVENT_TYPE_VISIT) {
    // "held separate calls with X and Y": one event per partner. The
    // partner they share is the first person, or in "A and B met C
    // separately" the only person after the trigger.
    std::string hub = persons[0];
    int before = 0, after = 0;
    const Mention* object = nullptr;
    for (const Mention& m : mentions) {
      if (!PersonLike(m) || !InRegion(m, begin, end) ||
          std::find(persons.begin(), persons.end(), m.ids[0]) ==
              persons.end()) {
        continue;
      }
      if (m.last < trigger.first) {
        ++before;
      } else {
        ++after;
        object = &m;
      }
    }
    if (before >= 2 && after == 1 && object->kind == MentionKind::kPerson) {
      hub = object->ids[0];
    }
    for (const std::string& partner : persons) {
      if (partner == hub) continue;
      EventDraft pair = draft;
      pair.participants = {hub, partner};
      pair.participant_countries = {
          ctx.finder->CountryOf(hub, discourse.article_date, discourse),
          ctx.finder->CountryOf(partner, discourse.article_date, discourse)};
      pair.separate = true;
      if (by_place) {
        pair.place.clear();
        pair.country = pair.participant_countries[1];
      }
      drafts->push_back(std::move(pair));
    }
    return true;
  }
  return false;
}

namespace {

// The country or international body (an organization of no country) that
// a mention names as one actor, not as a place ("in Iran"); nullptr for
// anything else, national bodies and companies included.
const v1::Actor* SideActor(const SentenceContext& ctx, const Mention& m) {
  if (m.locative || m.ids.size() != 1 ||
      (m.kind != MentionKind::kCountry &&
       m.kind != MentionKind::kOrganization)) {
    return nullptr;
  }
  const v1::Actor* actor = ctx.kb->FindActor(m.ids[0]);
  if (actor == nullptr) return nullptr;
  const bool side = actor->kind() == v1::ACTOR_KIND_COUNTRY ||
                    (actor->kind() == v1::ACTOR_KIND_ORGANIZATION &&
                     actor->country().empty());
  return side ? actor : nullptr;
}

}  // namespace

std::vector<std::string> HyphenSides(const SentenceContext& ctx,
                                     const Trigger& trigger) {
  const std::vector<Token>& tokens = ctx.tokens;
  if (!trigger.nominal || trigger.first < 3) return {};
  // "When will the next Russian-Iranian summit take place?" asks.
  if (tokens.back().lower == "?") return {};
  auto side = [&ctx](const Mention& m) -> const std::string* {
    return SideActor(ctx, m) != nullptr ? &m.ids[0] : nullptr;
  };
  // The second side ends right before the noun, or before at most three
  // lowercase modifiers ("commander-level", "border").
  const Mention* second = nullptr;
  for (const Mention& m : ctx.mentions) {
    if (m.last >= trigger.first || m.last < trigger.first - 4) continue;
    bool modifiers = true;
    for (int k = m.last + 1; k < trigger.first; ++k) {
      modifiers = modifiers && (tokens[k].word || tokens[k].lower == "-") &&
                  !tokens[k].capitalized;
    }
    if (modifiers && (second == nullptr || m.last > second->last)) second = &m;
  }
  if (second == nullptr || second->first < 2 ||
      !Is(tokens, second->first - 1, "-")) {
    return {};
  }
  const Mention* first = nullptr;
  for (const Mention& m : ctx.mentions) {
    if (m.last == second->first - 2) first = &m;
  }
  if (first == nullptr) return {};
  const std::string* a = side(*first);
  const std::string* b = side(*second);
  if (a == nullptr || b == nullptr || *a == *b) return {};
  return {*a, *b};
}

std::vector<std::string> OrganizationGathering(const SentenceContext& ctx,
                                               const Trigger& trigger,
                                               int begin, int end) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  // The international body a mention names: "OPEC+", "ministers of OPEC+",
  // or "OPEC+" of "OPEC+ ministers" (a qualifier read as a country).
  // National bodies and companies meet someone; they hold no gathering of
  // their own.
  auto body_of = [&ctx](const Mention& m) -> const v1::Actor* {
    const v1::Actor* actor = SideActor(ctx, m);
    return actor != nullptr && actor->kind() == v1::ACTOR_KIND_ORGANIZATION
               ? actor
               : nullptr;
  };
  auto actor_mention = [](const Mention& m) {
    return m.kind != MentionKind::kPlace && !m.locative && !m.adjective;
  };
  // Two countries named as sides make a meeting of countries instead
  // ("Iran and Saudi Arabia met at the OIC summit").
  int countries = 0;
  for (const Mention& m : mentions) {
    const v1::Actor* actor =
        m.kind == MentionKind::kCountry ? ctx.kb->FindActor(m.ids[0]) : nullptr;
    countries += InRegion(m, begin, end) && actor_mention(m) &&
                 actor != nullptr && actor->kind() == v1::ACTOR_KIND_COUNTRY;
  }
  if (countries >= 2) return {};
  // "on the sidelines of the G20 summit in Bali and the BRICS summit":
  // where something else happened.
  for (int k = std::max(0, trigger.first - 20); k < trigger.first; ++k) {
    if (Is(tokens, k, "sidelines") || Is(tokens, k, "margins")) return {};
  }
  // The verb "met" is a gathering when no object follows: "met in Vienna",
  // "met by video link", "will meet on June 10" (not "met its targets").
  static const WordSet kAfterMet = {
      "in",     "at",        "on",      "by",        "via",       "for",
      "again",  "virtually", "online",  "remotely",  "today",     "yesterday",
      "this",   "last",      "next",    "later",     "earlier",   "to",
      "behind", "twice",     "briefly", "privately", "regularly", "every",
      "over",   "monthly",   "weekly",  "annually",  "together"};
  const TokenText& head = tokens[trigger.first].lower;
  if (trigger.first == trigger.last &&
      (head == "met" || head == "meet" || head == "meets" ||
       head == "meeting" || head == "convened" || head == "reconvened") &&
      trigger.last + 1 < static_cast<int>(tokens.size()) &&
      tokens[trigger.last + 1].word &&
      !InSet(tokens, trigger.last + 1, kAfterMet) &&
      !IsWeekdayWord(tokens[trigger.last + 1].lower)) {
    return {};
  }
  // Nouns of a body's people: "ministers of the G20", "ministers from the
  // Group of 20".
  static const WordSet kMembersOf = {
      "ministers",       "leaders",     "officials", "heads",
      "members",         "delegates",   "envoys",    "chiefs",
      "representatives", "delegations", "governors"};
  // Words after which a clause's subject starts: "when OPEC+ ministers
  // held", "The group, known as OPEC+, agreed". After other words the body
  // is an object or talked about ("discussed BRICS expansion", "a bid to
  // join the SCO").
  static const WordSet kSubjectStarts = {
      ",",   ";",     ":",    "when",  "as",   "while", "and",
      "but", "where", "that", "after", "once", "then",  "before"};
  // Modifiers between a body and its gathering: "the BRICS annual summit",
  // not "BRICS expansion at the summit".
  static const WordSet kNotModifiers = {
      "and",  "or", "at",  "in", "on", "of",  "for",   "to",   "with",
      "from", "by", "the", "a",  "an", "its", "their", "this", "that"};
  // "X agreed ... after a video conference", "at an emergency meeting": the
  // gathering is an adjunct of the clause the body is the subject of.
  bool adjunct = false;
  for (int k = trigger.first - 1; k >= 0 && k >= trigger.first - 8; --k) {
    if (!tokens[k].word) break;
    adjunct = adjunct || Is(tokens, k, "at") || Is(tokens, k, "after") ||
              Is(tokens, k, "during") || Is(tokens, k, "following");
  }
  const v1::Actor* body = nullptr;
  for (const Mention& m : mentions) {
    const v1::Actor* actor = body_of(m);
    if (actor == nullptr || m.first < begin || m.first >= end) continue;
    // "UN-brokered talks", "EU-mediated talks": a mediator.
    if (Is(tokens, m.last + 1, "-")) continue;
    // "the BRICS summit", "an OPEC+ emergency video conference", "the
    // China-Central Asia Summit", "met at the OIC summit": the body names
    // the gathering.
    bool modifier = m.first <= trigger.last && m.last >= trigger.first;
    if (m.last < trigger.first && trigger.first - m.last <= 4) {
      modifier = true;
      for (int k = m.last + 1; k < trigger.first; ++k) {
        modifier = modifier && tokens[k].word && !tokens[k].capitalized &&
                   !InSet(tokens, k, kNotModifiers) &&
                   !SpeechVerbs().contains(tokens[k].lower);
      }
    }
    // "a meeting of OPEC+ ministers", "the summit of the SCO".
    const int of = trigger.last + 1;
    const bool of_body =
        Is(tokens, of, "of") &&
        (m.first == of + 1 || (m.first == of + 2 && Is(tokens, of + 1, "the")));
    // "OPEC+ ministers held a video conference", "energy ministers of the
    // G20, also meeting by video link", "The group, known as OPEC+, agreed
    // ... after talks and a video conference": the body is the subject,
    // the first actor of its clause, with no other actor or report
    // between it and the trigger.
    bool subject = false;
    if (!modifier && !of_body && m.last < trigger.first &&
        trigger.first - m.last <= (adjunct ? 40 : 10)) {
      const int before =
          Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
      subject = before < 0 || InSet(tokens, before, kSubjectStarts) ||
                ((Is(tokens, before, "of") || Is(tokens, before, "from")) &&
                 InSet(tokens, before - 1, kMembersOf));
      int clause = m.first;
      while (clause > 0 && tokens[clause - 1].lower != "," &&
             tokens[clause - 1].lower != ";") {
        --clause;
      }
      for (const Mention& other : mentions) {
        if (&other == &m || !actor_mention(other)) continue;
        const bool earlier_in_clause =
            other.first >= clause && other.last < m.first;
        const bool between = other.first > m.last && other.last < trigger.first;
        subject = subject && !earlier_in_clause && !between;
      }
      for (int k = m.last + 1; subject && k < trigger.first; ++k) {
        subject = !SpeechVerbs().contains(tokens[k].lower) &&
                  !Is(tokens, k, "who") && !Is(tokens, k, "which");
      }
    }
    if (modifier || of_body || subject) {
      body = actor;
      break;
    }
  }
  // "the next summit", "the third summit", "next year's summit": the one
  // of the body whose gathering the article told of.
  const Discourse& discourse = ctx.discourse;
  static const WordSet kInSeries = {"next",      "second",   "third",
                                    "fourth",    "fifth",    "sixth",
                                    "following", "upcoming", "annual"};
  const TokenText& noun = tokens[trigger.last].lower;
  bool in_series = false;
  for (int k = trigger.first - 1; k >= 0 && k >= trigger.first - 3; --k) {
    in_series = in_series || InSet(tokens, k, kInSeries);
    if (!tokens[k].word && tokens[k].lower != "'s") break;
  }
  if (body == nullptr && in_series && trigger.first == trigger.last &&
      (noun == "summit" || noun == "meeting") &&
      !discourse.last_gathering_body.empty()) {
    body = ctx.kb->FindActor(discourse.last_gathering_body);
    // A summit of a fixed set of countries stands for its members, whose
    // leaders' summit the article tells of; the next one of the same
    // countries would be read as that one.
    if (body != nullptr && body->members_size() > 0) body = nullptr;
  }
  // "The group will meet again on Dec. 4", "the bloc held a video
  // conference": the body the article named last.
  static const WordSet kBodyNouns = {"group",       "bloc",     "alliance",
                                     "cartel",      "grouping", "organisation",
                                     "organization"};
  for (int k = std::max(begin, trigger.first - 6);
       body == nullptr && k + 1 < trigger.first; ++k) {
    if (Is(tokens, k, "the") && InSet(tokens, k + 1, kBodyNouns) &&
        !tokens[k + 1].capitalized && tokens[k + 2].word &&
        !Is(tokens, k + 2, "of") && !discourse.last_body.empty() &&
        (k == 0 || InSet(tokens, k - 1, kSubjectStarts))) {
      bool named_between = false;
      for (const Mention& m : mentions) {
        named_between =
            named_between || (m.first > k && m.last < trigger.first);
      }
      if (!named_between) body = ctx.kb->FindActor(discourse.last_body);
    }
  }
  if (body == nullptr) return {};
  // A summit of a fixed set of countries ("the China-Central Asia Summit")
  // is a meeting of those countries.
  if (body->members_size() > 0 && absl::EndsWith(body->name(), "Summit")) {
    return std::vector<std::string>(body->members().begin(),
                                    body->members().end());
  }
  return {body->id()};
}

bool JoinGathering(const SentenceContext& ctx, const Trigger& trigger,
                   int begin, int end, std::vector<std::string>* persons) {
  const std::vector<Token>& tokens = ctx.tokens;
  const int n = static_cast<int>(tokens.size());
  if (trigger.type != v1::EVENT_TYPE_MEETING || trigger.occasion ||
      persons->size() != 1) {
    return false;
  }
  // The gathering's noun, which may follow the verb in one trigger
  // ("hosted an informal CIS summit") or lead it ("the summit was hosted
  // by").
  static const WordSet kGatheringHeads = {"summit", "meeting", "session",
                                          "conference", "forum"};
  int head = -1;
  for (int k = trigger.first; head < 0 && k <= trigger.last; ++k) {
    if (InSet(tokens, k, kGatheringHeads)) head = k;
  }
  if (head < 0) return false;
  // "hosted an informal CIS summit", "will chair the SCO summit", "took
  // part in the BRICS summit": the verb right before the noun phrase.
  static const WordSet kJoinVerbs = {
      "hosted",   "hosts",        "host",         "hosting",     "chaired",
      "chairs",   "chair",        "chairing",     "attended",    "attends",
      "attend",   "attending",    "opened",       "opens",       "open",
      "presided", "participated", "participates", "participate", "part"};
  // "the summit, which was hosted by Putin", "the session chaired by
  // Tokayev": the person right after "by".
  static const WordSet kByVerbs = {"hosted", "chaired", "attended", "opened"};
  const std::string& person = (*persons)[0];
  bool joins = false;
  for (int k = head - 1; k >= 0 && k >= head - 7; --k) {
    if (!tokens[k].word) break;
    if (!InSet(tokens, k, kJoinVerbs)) continue;
    // "did not attend", "declined to host": no one joined.
    const int before = Is(tokens, k - 1, "to") ? k - 2 : k - 1;
    joins = !Is(tokens, before, "not") && !Is(tokens, before, "never") &&
            !InSet(tokens, before, kStayedAway);
    break;
  }
  for (int k = head + 1; !joins && k + 1 < n && k <= head + 8; ++k) {
    if (!InSet(tokens, k, kByVerbs) || !Is(tokens, k + 1, "by")) continue;
    for (const Mention& m : ctx.mentions) {
      joins = joins || (PersonLike(m) && m.first > k + 1 && m.first <= k + 5 &&
                        Contains(m.ids, person));
    }
    break;
  }
  if (!joins) return false;
  std::vector<std::string> body =
      OrganizationGathering(ctx, trigger, begin, end);
  // "The summit was hosted by X": the body whose gathering the article
  // told of.
  if (body.empty() && Is(tokens, head - 1, "the") &&
      !ctx.discourse.last_gathering_body.empty()) {
    const v1::Actor* actor =
        ctx.kb->FindActor(ctx.discourse.last_gathering_body);
    if (actor != nullptr && actor->members_size() > 0) {
      body.assign(actor->members().begin(), actor->members().end());
    } else if (actor != nullptr) {
      body.push_back(actor->id());
    }
  }
  if (body.empty()) return false;
  for (const std::string& id : body) AddUnique(id, persons);
  return true;
}

void AddSigners(const SentenceContext& ctx, const Trigger& trigger,
                std::vector<std::string>* persons) {
  const std::vector<Token>& tokens = ctx.tokens;
  // Signers alone ("in the presence of the two leaders" unresolved) made
  // no meeting the clause tells.
  if (!trigger.witnessed || persons->empty()) return;
  static const WordSet kSigned = {"signed", "sign", "signs", "inked"};
  static const WordSet kBeforeSigned = {"also",    "have", "had",
                                        "jointly", "will", "to"};
  for (int k = trigger.first - 1; k > 0 && k >= trigger.first - 20; --k) {
    if (tokens[k].lower == ";" || tokens[k].lower == ":") return;
    if (!InSet(tokens, k, kSigned)) continue;
    int verb = k;
    while (verb > 0 && InSet(tokens, verb - 1, kBeforeSigned)) --verb;
    for (const Mention* m : CoordinatedPersons(tokens, ctx.mentions, verb)) {
      AddIds(*m, persons);
    }
    return;
  }
}

bool WidenSentenceMeeting(const EventDraft& draft,
                          std::vector<EventDraft>* drafts) {
  if (draft.type != v1::EVENT_TYPE_MEETING || draft.sentences.empty()) {
    return false;
  }
  for (EventDraft& earlier : *drafts) {
    if (earlier.type == v1::EVENT_TYPE_MEETING &&
        earlier.sentences == draft.sentences &&
        earlier.participants.size() >= 2 &&
        IsSubset(earlier.participants, draft.participants)) {
      earlier.participants = draft.participants;
      for (const std::string& id : draft.participant_countries) {
        AddUnique(id, &earlier.participant_countries);
      }
      return true;
    }
  }
  return false;
}

bool RemoteParticipation(const SentenceContext& ctx, const Trigger& trigger,
                         std::vector<std::string>* persons) {
  const std::vector<Token>& tokens = ctx.tokens;
  if (trigger.type != v1::EVENT_TYPE_CALL ||
      !(Is(tokens, trigger.first - 1, "by") ||
        Is(tokens, trigger.first - 1, "via"))) {
    return false;
  }
  // "took part by video link", "participated in the summit via video
  // link", "addressed the gathering by video link".
  static const WordSet kTookPart = {"participated", "participates",
                                    "participate",  "part",
                                    "addressed",    "attended"};
  int verb = -1;
  for (int k = trigger.first - 2; k >= 0 && k >= trigger.first - 8; --k) {
    if (!tokens[k].word) break;
    if (InSet(tokens, k, kTookPart)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return false;
  const Mention* subject = nullptr;
  for (const Mention& m : ctx.mentions) {
    if (m.kind == MentionKind::kPerson && m.last < verb) subject = &m;
  }
  persons->clear();
  if (subject == nullptr) return true;
  persons->push_back(subject->ids[0]);
  const std::string& body = ctx.discourse.last_gathering_body;
  const v1::Actor* actor = body.empty() ? nullptr : ctx.kb->FindActor(body);
  if (actor != nullptr && actor->members_size() == 0) persons->push_back(body);
  return true;
}

std::string SeatHolder(const SentenceContext& ctx, int begin, int end,
                       const std::string& guest, const v1::Date& date) {
  const Discourse& discourse = ctx.discourse;
  const v1::Date& on =
      PrecisionOf(date) == DatePrecision::kNone ? discourse.article_date : date;
  for (const Mention& m : ctx.mentions) {
    if (!m.seat || !m.locative || !InRegion(m, begin, end)) continue;
    const v1::Actor* country = ctx.kb->FindActor(m.country);
    if (country == nullptr || country->leader_title().empty() ||
        ctx.finder->CountryOf(guest, on, discourse) == m.country) {
      return "";
    }
    const std::vector<const v1::Actor*> holders =
        ctx.kb->OfficeHolders(country->leader_title(), m.country, on);
    return holders.size() == 1 ? holders[0]->id() : "";
  }
  return "";
}

void AddSeatMeeting(const SentenceContext& ctx, const Trigger& trigger,
                    int begin, int end, const EventDraft& draft,
                    std::vector<EventDraft>* drafts) {
  // "since Trump returned to the White House": the verb's own subject, right
  // before it, is the one who went; of the seat's country, no guest.
  for (const Mention& m : ctx.mentions) {
    if (PersonLike(m) && m.last < trigger.first &&
        m.last >= trigger.first - 3 &&
        SeatHolder(ctx, begin, end, m.ids[0], draft.date).empty()) {
      return;
    }
  }
  // A trip planned to the White House is told as a plan to visit; the
  // meeting is read when it is told.
  if (draft.participants.size() != 1 ||
      draft.status != v1::EVENT_STATUS_OCCURRED) {
    return;
  }
  const std::string host =
      SeatHolder(ctx, begin, end, draft.participants[0], draft.date);
  if (host.empty()) return;
  EventDraft meeting = draft;
  meeting.type = v1::EVENT_TYPE_MEETING;
  meeting.anaphoric = false;
  meeting.separate = false;
  meeting.participants.push_back(host);
  meeting.participant_countries = CountriesOf(ctx, meeting.participants);
  drafts->push_back(std::move(meeting));
}

bool LendToEarlierMeeting(const EventDraft& draft,
                          std::vector<EventDraft>* drafts) {
  // "X hosted A and B at a summit in Xi'an in May": the summit is the
  // meeting of the earlier trigger, which includes everyone it
  // borrowed; it lends that meeting its date and place.
  EventDraft* host = nullptr;
  for (EventDraft& earlier : *drafts) {
    if (earlier.type == draft.type && earlier.status == draft.status &&
        earlier.participants.size() > draft.participants.size() &&
        IsSubset(draft.participants, earlier.participants)) {
      host = &earlier;
    }
  }
  if (host != nullptr) {
    if (PrecisionOf(host->date) == DatePrecision::kNone) {
      host->date = draft.date;
    }
    if (host->place.empty() && host->country.empty()) {
      host->place = draft.place;
      host->country = draft.country;
    }
    return true;
  }
  return false;
}

}  // namespace event_rules
}  // namespace parley
