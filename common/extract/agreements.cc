// Agreements: the status cues of an agreement, its parties, and the
// agreements and signing meetings a sentence implies.
#include <algorithm>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "common/extract/event_rules.h"
#include "common/util/date.h"

namespace parley {
namespace event_rules {

namespace {

// Whether the words ending at `before` make the name after them a part of
// a place or a mediator: "the region of", "brokered by", "mediation by",
// "with the help of", "ambassador to".
bool MediatorCueAt(const std::vector<Token>& tokens, int before) {
  static const WordSet kParts = {"region",  "province", "part",
                                 "enclave", "exclave",  "territory"};
  static const WordSet kMediated = {"brokered",    "mediated",  "hosted",
                                    "facilitated", "mediation", "facilitation",
                                    "efforts"};
  static const WordSet kEnvoys = {
      "ambassador",     "ambassadors",     "envoy",   "envoys",
      "representative", "representatives", "emissary"};
  static const WordSet kHelpOf = {"help",     "mediation",  "support",
                                  "auspices", "assistance", "facilitation",
                                  "good"};
  return (Is(tokens, before, "of") && (InSet(tokens, before - 1, kParts) ||
                                       InSet(tokens, before - 1, kHelpOf) ||
                                       (Is(tokens, before - 1, "offices") &&
                                        Is(tokens, before - 2, "good")))) ||
         (Is(tokens, before, "by") && InSet(tokens, before - 1, kMediated)) ||
         (Is(tokens, before, "to") && InSet(tokens, before - 1, kEnvoys));
}

// The status words at `k` give in the fixed phrases of a text in force,
// paused or ended (see AgreementCue); UNSPECIFIED when they give none.
v1::AgreementStatus StateCue(const std::vector<Token>& tokens, int from, int k,
                             int head) {
  static const WordSet kStates = {
      "is",       "are",   "was",    "were",  "been", "remains", "remain",
      "remained", "stays", "stayed", "still", "now",  "already"};
  static const WordSet kBecome = {"became",   "become",  "becomes",
                                  "becoming", "is",      "are",
                                  "was",      "remains", "remained"};
  static const WordSet kTalks = {"talks", "negotiations", "consultations",
                                 "discussions"};
  static const WordSet kFuture = {"will", "would", "to", "could", "may"};
  const TokenText& w = tokens[k].lower;
  auto future_before = [&](int at) {
    for (int j = std::max(from, at - 3); j < at; ++j) {
      if (kFuture.contains(tokens[j].lower)) return true;
    }
    return false;
  };
  // The agreement's head a few words on, with no talks between ("ended
  // its defence pact", not "ended talks on a pact").
  auto verb_of_head = [&](int reach) {
    if (head <= k || head - k > reach) return false;
    for (int j = k + 1; j < head; ++j) {
      if (kTalks.contains(tokens[j].lower) || tokens[j].lower == "with" ||
          (!tokens[j].word && tokens[j].lower != "-")) {
        return false;
      }
    }
    return true;
  };
  if ((w == "effective" && InSet(tokens, k - 1, kBecome)) ||
      (w == "effect" && Is(tokens, k - 1, "in") &&
       InSet(tokens, k - 2, kStates))) {
    // "will become effective in May" is a signed text not yet in force.
    return future_before(k - 1) ? v1::AGREEMENT_STATUS_SIGNED
                                : v1::AGREEMENT_STATUS_IN_FORCE;
  }
  if (w == "valid") {
    if (Is(tokens, k - 1, "longer") && Is(tokens, k - 2, "no")) {
      return v1::AGREEMENT_STATUS_TERMINATED;
    }
    // "remains formally valid", "is legally valid": an adverb of standing
    // between.
    static const WordSet kStanding = {"formally", "legally", "technically",
                                      "officially", "fully"};
    const int state = InSet(tokens, k - 1, kStanding) ? k - 2 : k - 1;
    if (InSet(tokens, state, kStates) && !future_before(state)) {
      return v1::AGREEMENT_STATUS_IN_FORCE;
    }
    return v1::AGREEMENT_STATUS_UNSPECIFIED;
  }
  if (w == "applied" &&
      (Is(tokens, k - 1, "being") || Is(tokens, k - 1, "been"))) {
    return v1::AGREEMENT_STATUS_IN_FORCE;
  }
  // "the ceasefire has held", "the truce was holding", "continues to hold";
  // not "talks on a truce held in Doha".
  static const WordSet kTruces = {"ceasefire", "truce", "fire", "armistice"};
  if ((w == "held" || w == "holding" || w == "holds" || w == "hold") &&
      head >= 0 && InSet(tokens, head, kTruces) && k > head && k - head <= 8 &&
      std::all_of(tokens.begin() + head + 1, tokens.begin() + k,
                  [](const Token& token) { return token.word; })) {
    static const WordSet kBefore = {"has",     "have",     "had",   "is",
                                    "was",     "largely",  "still", "mostly",
                                    "broadly", "appeared", "seemed"};
    static const WordSet kPlaces = {"in", "at", "on", "by", "with", "between"};
    const bool verb =
        w == "hold"
            ? Is(tokens, k - 1, "to") &&
                  (Is(tokens, k - 2, "continues") ||
                   Is(tokens, k - 2, "continued") ||
                   Is(tokens, k - 2, "appears") || Is(tokens, k - 2, "seems"))
            : InSet(tokens, k - 1, kBefore) ||
                  (k == head + 1 && !InSet(tokens, k + 1, kPlaces));
    return verb ? v1::AGREEMENT_STATUS_IN_FORCE
                : v1::AGREEMENT_STATUS_UNSPECIFIED;
  }
  // "put the pact on hold"; talks on hold are still talks.
  if ((w == "hold" && Is(tokens, k - 1, "on")) ||
      (w == "limbo" && Is(tokens, k - 1, "in"))) {
    for (int j = k - 1; j >= std::max(from, k - 14) && tokens[j].word; --j) {
      if (kTalks.contains(tokens[j].lower)) {
        return v1::AGREEMENT_STATUS_NEGOTIATING;
      }
    }
    return v1::AGREEMENT_STATUS_SUSPENDED;
  }
  if ((w == "halted" || w == "halt" || w == "halts" || w == "paused" ||
       w == "pause") &&
      verb_of_head(6) && !future_before(k)) {
    return v1::AGREEMENT_STATUS_SUSPENDED;
  }
  if (((w == "ended" || w == "revoked" || w == "revoke") && verb_of_head(5) &&
       !future_before(k)) ||
      (w == "ran" && Is(tokens, k + 1, "out"))) {
    return v1::AGREEMENT_STATUS_TERMINATED;
  }
  return v1::AGREEMENT_STATUS_UNSPECIFIED;
}

// The status that the words at `k` give when they are said of the
// agreement whose head is at `head`: "kicked in", "was put into practice",
// "expanded the swap deal", "carried out the prisoner swap" (in force);
// "the deal is dead" (ended); "ready for a peace deal", "open to a deal"
// (proposed); "an agreement is possible" (under negotiation); "their
// commitment to the treaty", "invoked Article 4 of the treaty" (in force).
// UNSPECIFIED when they give none.
v1::AgreementStatus SaidOfHead(const std::vector<Token>& tokens, int from,
                               int k, int head) {
  static const WordSet kFuture = {"will", "would", "to", "could", "may", "be"};
  const TokenText& w = tokens[k].lower;
  if (head < 0) return v1::AGREEMENT_STATUS_UNSPECIFIED;
  auto future_before = [&](int at) {
    for (int j = std::max(from, at - 3); j < at; ++j) {
      if (kFuture.contains(tokens[j].lower)) return true;
    }
    return false;
  };
  // Only words, no clause break, between the head and the cue.
  auto words_between = [&](int a, int b) {
    return std::all_of(tokens.begin() + a + 1, tokens.begin() + b,
                       [](const Token& t) { return t.word; });
  };
  // The head before the cue, as its subject ("the deal is dead", "the
  // trade agreement between A and B kicked in"), at most `reach` words back.
  auto after_head = [&](int reach) {
    return k > head && k - head <= reach && words_between(head, k);
  };
  // The head after the cue, as its object ("open to a new deal").
  const bool before_head = head > k && head - k <= 5 && words_between(k, head);
  if ((w == "kicked" || w == "kicks") && Is(tokens, k + 1, "in") &&
      after_head(8)) {
    return v1::AGREEMENT_STATUS_IN_FORCE;
  }
  if (w == "practice" && Is(tokens, k - 1, "into") && after_head(9)) {
    return future_before(k - 1) ? v1::AGREEMENT_STATUS_SIGNED
                                : v1::AGREEMENT_STATUS_IN_FORCE;
  }
  if ((w == "expanded" || w == "expand" ||
       (w == "carried" && Is(tokens, k + 1, "out"))) &&
      (before_head || after_head(5))) {
    return v1::AGREEMENT_STATUS_IN_FORCE;
  }
  // "the deal is not dead" says it lives on.
  if (w == "dead" && after_head(8) && !Is(tokens, k - 1, "not") &&
      !Is(tokens, k - 1, "from")) {
    return v1::AGREEMENT_STATUS_TERMINATED;
  }
  // "ready for a peace deal"; "ready to sign" is told by "sign".
  if (((w == "ready" && Is(tokens, k + 1, "for")) ||
       (w == "open" && Is(tokens, k + 1, "to"))) &&
      before_head) {
    return v1::AGREEMENT_STATUS_PROPOSED;
  }
  // "reaffirmed their commitment to the Almaty Declaration", "invoked
  // Article 4 of the treaty": a text that binds them; not "committed to
  // reaching a deal".
  static const WordSet kOwn = {"the", "its", "their", "this", "that"};
  if ((w == "commitment" || w == "committed") && Is(tokens, k + 1, "to") &&
      InSet(tokens, k + 2, kOwn) && before_head) {
    return v1::AGREEMENT_STATUS_IN_FORCE;
  }
  if ((w == "invoked" || w == "invoking") && head > k && head - k <= 8 &&
      words_between(k, head)) {
    return v1::AGREEMENT_STATUS_IN_FORCE;
  }
  static const WordSet kIs = {"is",    "was",      "remains", "seemed", "seems",
                              "looks", "appeared", "appears", "be"};
  if (w == "possible" && after_head(8) && InSet(tokens, k - 1, kIs)) {
    return v1::AGREEMENT_STATUS_NEGOTIATING;
  }
  return v1::AGREEMENT_STATUS_UNSPECIFIED;
}

}  // namespace

bool PartOrMediatorOf(const std::vector<Token>& tokens, const Mention& m) {
  static const WordSet kHelp = {"support", "help", "backing", "mediation",
                                "assistance"};
  static const WordSet kRoles = {"mediator", "broker", "host", "guarantor",
                                 "facilitator"};
  // The word before the name, past an article.
  const int before = Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
  // "with China acting as mediator", "Qatar as a mediator".
  const int as = Is(tokens, m.last + 1, "acting") ? m.last + 2 : m.last + 1;
  const int role =
      Is(tokens, as + 1, "a") || Is(tokens, as + 1, "the") ? as + 2 : as + 1;
  return MediatorCueAt(tokens, before) ||
         (Is(tokens, as, "as") && InSet(tokens, role, kRoles)) ||
         // "mediated by Qatar and Egypt", "a former ambassador to the US
         // and the UN": the second name after "and" shares the cue.
         (Is(tokens, before, "and") &&
          [&] {
            int j = before - 1;
            while (j >= std::max(0, before - 4) && tokens[j].capitalized) --j;
            if (Is(tokens, j, "the")) --j;
            return j < before - 1 && MediatorCueAt(tokens, j);
          }()) ||
         // "reached with China's support".
         (Is(tokens, before, "with") && Is(tokens, m.last + 1, "'s") &&
          InSet(tokens, m.last + 2, kHelp));
}

bool IsAgreementPredicate(const std::vector<Token>& tokens, int subject_last,
                          int head) {
  static const WordSet kCopulas = {"is", "was", "remains", "remained"};
  static const WordSet kDeterminers = {"the", "a", "an"};
  for (int c = head - 1; c > subject_last; --c) {
    const Token& token = tokens[c];
    if (kCopulas.contains(token.lower)) {
      if (!InSet(tokens, c + 1, kDeterminers)) return false;
      const bool adjacent = c == subject_last + 1;
      const bool parenthetical = Is(tokens, subject_last + 1, ",") &&
                                 c >= subject_last + 3 &&
                                 Is(tokens, c - 1, ",");
      return adjacent || parenthetical;
    }
    if (!token.word && token.lower != "-") return false;
  }
  return false;
}

v1::AgreementStatus AgreementCue(const std::vector<Token>& tokens, int from,
                                 int to, int* cue, int head) {
  static const WordSet kFuture = {
      "will",   "to",    "be",      "not", "yet",   "would", "could",
      "should", "ready", "willing", "may", "might", "soon"};
  auto future_before = [&](int k) {
    for (int j = std::max(from, k - 3); j < k; ++j) {
      if (kFuture.contains(tokens[j].lower)) return true;
    }
    return false;
  };
  // "no text has been agreed", "have not agreed".
  auto negated_before = [&](int k) {
    for (int j = std::max(from, k - 4); j < k; ++j) {
      if (tokens[j].lower == "no" || tokens[j].lower == "not" ||
          tokens[j].lower == "yet") {
        return true;
      }
    }
    return false;
  };
  // A modal in the clause before `k` ("warned it could hold the accord in
  // abeyance").
  auto modal_before = [&](int k) {
    static const WordSet kModals = {"could", "would", "may",   "might",
                                    "will",  "'ll",   "should"};
    for (int j = k - 1; j >= std::max(from, k - 12); --j) {
      if (!tokens[j].word && tokens[j].lower != "-") return false;
      if (kModals.contains(tokens[j].lower)) return true;
    }
    return false;
  };
  int best = 0;
  bool signing_off = false;
  v1::AgreementStatus status = v1::AGREEMENT_STATUS_UNSPECIFIED;
  int position = 0;
  auto take = [&](v1::AgreementStatus s) {
    // Lifecycle order; the latest stage mentioned wins.
    static constexpr int kRank[] = {0, 1, 2, 3, 4, 5, 6, 7};
    if (kRank[s] > best) {
      best = kRank[s];
      status = s;
      *cue = position;
    }
  };
  for (int k = std::max(0, from);
       k <= to && k < static_cast<int>(tokens.size()); ++k) {
    position = k;
    const TokenText& w = tokens[k].lower;
    static const WordSet kCueWords = {
        "terminated",    "terminate",     "scrapped",     "collapsed",
        "collapse",      "expired",       "annulled",     "abandoned",
        "cancelled",     "canceled",      "ripped",       "tore",
        "suspended",     "suspend",       "suspends",     "suspension",
        "froze",         "frozen",        "freeze",       "withdrew",
        "withdrawal",    "withdrawn",     "quit",         "exited",
        "ratified",      "force",         "effect",       "implementation",
        "implementing",  "implemented",   "implement",    "signed",
        "inked",         "concluded",     "sealed",       "clinched",
        "struck",        "ratify",        "ratification", "finalized",
        "finalised",     "sign",          "signing",      "signature",
        "initialed",     "negotiating",   "negotiations", "negotiate",
        "drafting",      "draft",         "drafted",      "talks",
        "discussing",    "discussed",     "discussion",   "working",
        "work",          "finalize",      "finalise",     "finalizing",
        "finalising",    "close",         "preparing",    "underway",
        "ongoing",       "proposed",      "proposal",     "propose",
        "suggested",     "offered",       "floated",      "called",
        "calls",         "extended",      "extend",       "extension",
        "renewed",       "prolonged",     "reached",      "pulled",
        "expire",        "lapse",         "lapsed",       "accordance",
        "restore",       "negotiated",    "initialled",   "initials",
        "agreed",        "brokered",      "announced",    "secured",
        "hammered",      "violating",     "violated",     "violation",
        "violations",    "breach",        "breached",     "breaching",
        "place",         "approved",      "approval",     "revive",
        "revival",       "reviving",      "restoring",    "salvage",
        "renegotiate",   "renegotiation", "broke",        "fell",
        "unravelled",    "unraveled",     "void",         "exit",
        "walked",        "reneged",       "mooted",       "suggest",
        "suggests",      "proposes",      "proposing",    "seeking",
        "seeks",         "seek",          "sought",       "pushing",
        "push",          "urged",         "urging",       "abeyance",
        "consultations", "ceased",        "cease",        "ceases",
        "exist",         "exists",        "left",         "activate",
        "activated",     "reactivate",    "reactivated",  "effective",
        "held",          "holding",       "holds",        "hold",
        "valid",         "applied",       "discussions",  "negotiation",
        "conclude",      "reach",         "works",        "hammer",
        "halted",        "halt",          "halts",        "paused",
        "pause",         "limbo",         "ended",        "ran",
        "revoked",       "revoke",        "kicked",       "kicks",
        "practice",      "dead",          "expanded",     "expand",
        "carried",       "ready",         "open",         "possible",
        "commitment",    "committed",     "invoked",      "invoking",
        "signs",         "seal",          "seals",        "ink",
        "inks",          "clinch",        "clinches",     "expires"};
    const bool near_head = head >= 0 && std::abs(k - head) <= 4;
    // "agreed on a truce", "agreed to a ceasefire", "the deal agreed in
    // March", "the text was agreed"; not "agreed to sign".
    const bool agreed_on =
        w == "agreed" && (Is(tokens, k + 1, "on") || Is(tokens, k + 1, "to")) &&
        (Is(tokens, k + 2, "a") || Is(tokens, k + 2, "an") ||
         InSet(tokens, k + 2, Determiners()));
    // A text agreed is ready for signing.
    const bool text_agreed =
        w == "agreed" &&
        (k == head + 1 || Is(tokens, k - 1, "been") ||
         Is(tokens, k - 1, "was") || Is(tokens, k - 1, "were"));
    // "Israel and Hamas had agreed a truce", "agreed a new deal".
    const bool agreed_object =
        w == "agreed" && head > k && head - k <= 4 &&
        (Is(tokens, k + 1, "a") || Is(tokens, k + 1, "an"));
    const bool agreed = agreed_on || text_agreed || agreed_object;
    // "a planned signing of the deal was called off": the text stays under
    // negotiation; the agreement is not cancelled.
    if (w == "cancelled" || w == "canceled" || w == "postponed" ||
        w == "scrapped" || (w == "called" && Is(tokens, k + 1, "off"))) {
      bool signing = false;
      for (int j = k - 1; j >= std::max(from, k - 12); --j) {
        if (!tokens[j].word && tokens[j].lower != "-") break;
        signing = signing || tokens[j].lower == "signing" ||
                  tokens[j].lower == "ceremony";
      }
      if (signing) {
        signing_off = true;
        continue;
      }
    }
    // "witnessed the signing of", "after the signing of": a signing told
    // as done.
    static const WordSet kSigningDone = {
        "witnessed", "attended",  "oversaw",  "presided",   "congratulated",
        "after",     "following", "welcomed", "celebrated", "hailed"};
    // "witnessed the exchange of a memorandum": texts handed over signed.
    const bool exchange_of_head =
        w == "exchange" && head > k && head - k <= 6 &&
        std::all_of(tokens.begin() + k + 1, tokens.begin() + head,
                    [](const Token& token) {
                      return token.word || token.lower == "-";
                    });
    if ((w == "signing" || exchange_of_head) && Is(tokens, k - 1, "the") &&
        Is(tokens, k + 1, "of") && [&] {
          for (int j = k - 2; j >= std::max(from, k - 8); --j) {
            if (!tokens[j].word) return false;
            if (kSigningDone.contains(tokens[j].lower)) return true;
          }
          return false;
        }()) {
      take(v1::AGREEMENT_STATUS_SIGNED);
      continue;
    }
    if (!kCueWords.contains(w)) continue;
    // "Iran, IAEA sign Cairo deal": "sign" in the present right after its
    // named subject, as headlines tell a signing done. "to seal a deal",
    // "will ink a pact" is one to come, with the agreement a few words on
    // ("seal the border" is none); a headline's "A, B seal pact" is left
    // to the body's words, which name the text as the headline may not.
    static const WordSet kSealWords = {"sign", "signs", "seal",   "seals",
                                       "ink",  "inks",  "clinch", "clinches"};
    if (kSealWords.contains(w)) {
      const bool sign = w == "sign" || w == "signs";
      const bool present_after_name =
          k > 0 && k > from && tokens[k - 1].capitalized && !future_before(k);
      if (sign && present_after_name) {
        take(v1::AGREEMENT_STATUS_SIGNED);
        continue;
      }
      if (!sign && (present_after_name || head <= k || head - k > 6)) {
        continue;
      }
      if (w != "sign") {
        take(v1::AGREEMENT_STATUS_PENDING_SIGNATURE);
        continue;
      }
    }
    // Words that say the agreement is in force, paused or over only in
    // their fixed phrases ("became effective", "is now in effect", "the
    // truce has held", "remains valid", "put on hold", "in limbo", "ran
    // out") or as the verb of the agreement ("halted its participation in
    // the deal", "ended the pact"; not "halted talks on a deal").
    if (const v1::AgreementStatus state = StateCue(tokens, from, k, head)) {
      take(state);
      continue;
    }
    if (const v1::AgreementStatus said = SaidOfHead(tokens, from, k, head)) {
      take(said);
      continue;
    }
    // "concluded negotiations on", "talks were concluded", "concluded in
    // principle", "agreed on the text of": the text is final, not signed.
    static const WordSet kTalks = {"negotiations", "talks", "consultations"};
    static const WordSet kText = {"text", "wording", "draft"};
    // "concluded in principle", "agreed a deal in principle".
    auto in_principle_after = [&] {
      for (int j = k + 1; j <= k + 6 && j < static_cast<int>(tokens.size());
           ++j) {
        if (!tokens[j].word && tokens[j].lower != "-") return false;
        if (tokens[j].lower == "in" && Is(tokens, j + 1, "principle")) {
          return true;
        }
      }
      return false;
    };
    const bool in_principle =
        (w == "concluded" || w == "agreed" || w == "reached") &&
        in_principle_after();
    auto talks_subject = [&] {
      if (!Is(tokens, k - 1, "were") && !Is(tokens, k - 1, "have") &&
          !Is(tokens, k - 1, "had") && !Is(tokens, k - 1, "been")) {
        return false;
      }
      for (int j = k - 2; j >= std::max(from, k - 14); --j) {
        if (!tokens[j].word && tokens[j].lower != "-") return false;
        if (InSet(tokens, j, kTalks)) return true;
      }
      return false;
    };
    const bool text_final =
        (w == "concluded" &&
         (InSet(tokens, k + 1, kTalks) || in_principle || talks_subject())) ||
        ((w == "agreed" || w == "reached") && in_principle) ||
        (w == "agreed" &&
         ((Is(tokens, k + 1, "the") && InSet(tokens, k + 2, kText)) ||
          (Is(tokens, k + 1, "on") && Is(tokens, k + 2, "the") &&
           InSet(tokens, k + 3, kText))));
    if (text_final && !negated_before(k)) {
      take(v1::AGREEMENT_STATUS_PENDING_SIGNATURE);
      continue;
    }
    if (w == "terminated" || w == "terminate" || w == "scrapped" ||
        w == "collapsed" || w == "collapse" || w == "expired" ||
        w == "annulled" || w == "abandoned" || w == "cancelled" ||
        w == "canceled" || w == "ripped" || w == "tore" || w == "unravelled" ||
        w == "unraveled" || (w == "broke" && Is(tokens, k + 1, "down")) ||
        (w == "fell" && Is(tokens, k + 1, "apart")) ||
        (w == "void" && !future_before(k)) ||
        ((w == "ceased" || w == "cease" || w == "ceases") &&
         Is(tokens, k + 1, "to") &&
         (Is(tokens, k + 2, "be") || Is(tokens, k + 2, "exist") ||
          Is(tokens, k + 2, "apply") || Is(tokens, k + 2, "operate"))) ||
        ((w == "exist" || w == "exists") && Is(tokens, k - 1, "longer") &&
         Is(tokens, k - 2, "no"))) {
      // "the truce broke down", "the deal fell apart", "declared it void"
      // ("would be void" is a warning), "the deal ceased to be valid",
      // "the accords no longer exist".
      take(v1::AGREEMENT_STATUS_TERMINATED);
    } else if ((w == "expire" || w == "lapse") && [&] {
                 static const WordSet kLet = {"let",     "lets",     "letting",
                                              "allowed", "allowing", "allow"};
                 for (int j = std::max(0, k - 6); j < k; ++j) {
                   if (kLet.contains(tokens[j].lower)) return true;
                 }
                 return false;
               }()) {
      // "letting it expire", "allowed the treaty to lapse": it ended.
      take(v1::AGREEMENT_STATUS_TERMINATED);
    } else if (w == "lapsed" && !future_before(k)) {
      take(v1::AGREEMENT_STATUS_TERMINATED);
    } else if ((w == "expire" || w == "expires") && future_before(k)) {
      // "will expire in December", "is due to expire": in force until then.
      take(v1::AGREEMENT_STATUS_IN_FORCE);
    } else if (w == "activate" || w == "activated" || w == "reactivate" ||
               w == "reactivated") {
      // "agreed to activate the 2001 security pact": it is applied.
      take(v1::AGREEMENT_STATUS_IN_FORCE);
    } else if ((w == "accordance" && Is(tokens, k - 1, "in") &&
                Is(tokens, k + 1, "with")) ||
               (w == "restore" &&
                (Is(tokens, k - 1, "would") || Is(tokens, k - 1, "will") ||
                 Is(tokens, k - 2, "would") || Is(tokens, k - 2, "will")))) {
      // "acted in accordance with the treaty" applies a text in force; a
      // party that "would fully restore the pact" puts it back in force.
      take(v1::AGREEMENT_STATUS_IN_FORCE);
    } else if (w == "suspended" || w == "suspend" || w == "suspends" ||
               w == "suspension" || w == "froze" || w == "frozen" ||
               w == "freeze" || w == "withdrew" || w == "withdrawal" ||
               w == "withdrawn" || w == "quit" || w == "exited" ||
               w == "reneged" || (w == "exit" && Is(tokens, k + 1, "from")) ||
               // "declared the treaty in abeyance"; not "could hold it in
               // abeyance", a threat.
               (w == "abeyance" && Is(tokens, k - 1, "in") &&
                !modal_before(k)) ||
               (w == "walked" && Is(tokens, k + 1, "away"))) {
      // "the US exit from that pact", "walked away from the deal".
      take(v1::AGREEMENT_STATUS_SUSPENDED);
    } else if (w == "violating" || w == "violated" || w == "violation" ||
               w == "violations" || w == "breach" || w == "breached" ||
               w == "breaching" ||
               (w == "place" && Is(tokens, k - 1, "in") &&
                !Is(tokens, k - 2, "put") && !Is(tokens, k - 2, "putting")) ||
               (w == "approved" && !future_before(k))) {
      // Only a text in force can be violated; "remains in place"; "the
      // parliament approved the treaty" ratified it.
      take(v1::AGREEMENT_STATUS_IN_FORCE);
    } else if (w == "ratified") {
      // "has to be ratified" is a signed text awaiting ratification; so is
      // one that "has never been ratified".
      const bool never = Is(tokens, k - 1, "never") ||
                         Is(tokens, k - 2, "never") ||
                         Is(tokens, k - 3, "never");
      take(future_before(k) || negated_before(k) || never
               ? v1::AGREEMENT_STATUS_SIGNED
               : v1::AGREEMENT_STATUS_IN_FORCE);
    } else if ((w == "force" || w == "effect") &&
               (Is(tokens, k - 1, "into") || Is(tokens, k - 1, "in") ||
                Is(tokens, k - 1, "take") || Is(tokens, k - 1, "took") ||
                Is(tokens, k - 1, "takes")) &&
               (future_before(k - 1) || Is(tokens, k - 2, "enter") ||
                Is(tokens, k - 2, "enters") || Is(tokens, k - 2, "come") ||
                Is(tokens, k - 2, "comes") || Is(tokens, k - 1, "take") ||
                Is(tokens, k - 1, "takes"))) {
      take(v1::AGREEMENT_STATUS_SIGNED);  // Signed, not yet in force.
    } else if ((w == "force" &&
                (Is(tokens, k - 1, "into") || Is(tokens, k - 1, "in"))) ||
               (w == "effect" &&
                (Is(tokens, k - 1, "took") || Is(tokens, k - 1, "into"))) ||
               w == "implementation" || w == "implementing" ||
               w == "implemented" || w == "implement" ||
               // An agreement extended or renewed stays in force.
               w == "extended" || w == "extend" || w == "extension" ||
               w == "renewed" || w == "prolonged") {
      // "has not yet been implemented", "was never fully implemented": a
      // signed text not applied.
      const bool not_applied =
          w == "implemented" &&
          (negated_before(k) || Is(tokens, k - 1, "never") ||
           Is(tokens, k - 2, "never") || Is(tokens, k - 3, "never"));
      take(not_applied ? v1::AGREEMENT_STATUS_SIGNED
                       : v1::AGREEMENT_STATUS_IN_FORCE);
    } else if (w == "signed" || w == "inked" || w == "concluded" ||
               w == "sealed" || w == "clinched" || w == "struck" ||
               w == "secured" ||
               (w == "hammered" && Is(tokens, k + 1, "out")) ||
               (w == "negotiated" && !Is(tokens, k - 1, "being") &&
                !Is(tokens, k - 1, "been")) ||
               ((agreed_on || agreed_object) && !negated_before(k)) ||
               ((w == "brokered" || w == "announced") && near_head)) {
      take(future_before(k) ? v1::AGREEMENT_STATUS_PENDING_SIGNATURE
                            : v1::AGREEMENT_STATUS_SIGNED);
    } else if ((w == "pulled" &&
                (Is(tokens, k + 1, "out") || Is(tokens, k + 2, "out"))) ||
               (w == "left" && head > k && head - k <= 6 &&
                (InSet(tokens, k + 1, Determiners()) ||
                 tokens[k + 1].capitalized) &&
                std::none_of(tokens.begin() + k + 1, tokens.begin() + head,
                             [](const Token& token) {
                               static const WordSet kBetween = {
                                   "without", "with", "for", "to",
                                   "after",   "in",   "at",  "on"};
                               return kBetween.contains(token.lower) ||
                                      (!token.word && token.lower != "-");
                             }))) {
      // "Russia pulled out of the deal", "pulled Washington out of it",
      // "Washington left the 2015 deal": a party withdrew.
      take(v1::AGREEMENT_STATUS_SUSPENDED);
    } else if (w == "reached") {
      // "reached a deal" concluded it; "have not yet reached" did not.
      take(future_before(k) ? v1::AGREEMENT_STATUS_NEGOTIATING
                            : v1::AGREEMENT_STATUS_SIGNED);
    } else if (w == "ratify" || w == "ratification" || w == "approval") {
      take(v1::AGREEMENT_STATUS_SIGNED);
    } else if ((w == "finalized" || w == "finalised") && future_before(k)) {
      take(v1::AGREEMENT_STATUS_NEGOTIATING);  // "to be finalised".
    } else if (w == "sign" || w == "signing" || w == "signature" ||
               w == "finalized" || w == "finalised" || w == "initialed" ||
               w == "initialled" || (text_agreed && !negated_before(k)) ||
               (w == "initials" && Is(tokens, k - 1, "their"))) {
      take(v1::AGREEMENT_STATUS_PENDING_SIGNATURE);
    } else if (w == "negotiating" || w == "negotiations" || w == "negotiate" ||
               w == "consultations" || w == "drafting" || w == "draft" ||
               w == "drafted" || w == "talks" || w == "discussing" ||
               w == "discussed" || w == "discussion" || w == "working" ||
               w == "work" || w == "finalize" || w == "finalise" ||
               w == "finalizing" || w == "finalising" ||
               (w == "close" && Is(tokens, k + 1, "to")) || w == "preparing" ||
               w == "underway" || w == "ongoing" || w == "revive" ||
               w == "revival" || w == "reviving" || w == "restoring" ||
               w == "salvage" || w == "renegotiate" ||
               (w == "restore" && Is(tokens, k - 1, "to")) ||
               w == "renegotiation" || (agreed && negated_before(k)) ||
               w == "discussions" || w == "negotiation" ||
               // "hopes to conclude a deal", "aims to reach an accord",
               // "to hammer out a text".
               ((w == "conclude" || w == "reach") && head > k &&
                head - k <= 6) ||
               (w == "hammer" && Is(tokens, k + 1, "out")) ||
               (w == "works" && Is(tokens, k - 1, "the") &&
                Is(tokens, k - 2, "in")) ||
               (w == "negotiated" &&
                (Is(tokens, k - 1, "being") || Is(tokens, k - 1, "been")))) {
      // "efforts to revive the deal", "restoring the 2015 accord", "no
      // text has been agreed".
      take(v1::AGREEMENT_STATUS_NEGOTIATING);
    } else if (w == "proposed" || w == "proposal" || w == "propose" ||
               w == "suggested" || w == "offered" || w == "floated" ||
               (w == "called" && Is(tokens, k + 1, "for")) ||
               (w == "calls" && Is(tokens, k + 1, "for")) || w == "mooted" ||
               w == "suggest" || w == "suggests" || w == "proposes" ||
               w == "proposing" ||
               ((w == "seeking" || w == "seeks" || w == "seek" ||
                 w == "sought" || w == "urged" || w == "urging" ||
                 ((w == "pushing" || w == "push") &&
                  Is(tokens, k + 1, "for")) ||
                 (w == "pushing" && Is(tokens, k + 2, "for"))) &&
                head > k && head - k <= 5)) {
      // "Ankara is pushing hard for a deal", "seeking a ceasefire".
      take(v1::AGREEMENT_STATUS_PROPOSED);
    }
  }
  if (signing_off && status == v1::AGREEMENT_STATUS_PENDING_SIGNATURE) {
    status = v1::AGREEMENT_STATUS_NEGOTIATING;
  }
  // "concluded a deal, which still has to be signed", "reached a deal but
  // have yet to sign it": a text said to be unsigned is not signed.
  if (status == v1::AGREEMENT_STATUS_SIGNED && tokens[*cue].lower != "signed" &&
      tokens[*cue].lower != "inked") {
    static const WordSet kUnsigned = {"will", "'ll",   "would", "yet",
                                      "not",  "never", "be"};
    for (int k = std::max(0, from);
         k <= to && k < static_cast<int>(tokens.size()); ++k) {
      if (tokens[k].lower != "signed" && tokens[k].lower != "sign") continue;
      bool unsigned_text = false;
      for (int j = std::max(from, k - 3); j < k; ++j) {
        unsigned_text = unsigned_text || kUnsigned.contains(tokens[j].lower);
      }
      if (unsigned_text) {
        status = v1::AGREEMENT_STATUS_PENDING_SIGNATURE;
        break;
      }
    }
  }
  // "Under the Geneva deal, tariffs fell", "under Article 4 of the
  // treaty": a text applied, when nothing else is said of it.
  static const WordSet kParts = {"article", "articles", "clause", "provisions",
                                 "terms"};
  for (int k = head - 1; status == v1::AGREEMENT_STATUS_UNSPECIFIED &&
                         head > 0 && k >= std::max(0, head - 10);
       --k) {
    if (!tokens[k].word) break;
    if (tokens[k].lower == "under" &&
        (head - k <= 6 || InSet(tokens, k + 1, kParts) ||
         (Is(tokens, k + 1, "the") && InSet(tokens, k + 2, kParts)))) {
      status = v1::AGREEMENT_STATUS_IN_FORCE;
      *cue = k;
    }
  }
  return status;
}

namespace {

// Whether the organization `id` is a body of a state (a legislature, a
// ministry, a government) that acts for its country.
bool StateBody(const std::string& id) {
  return absl::StrContains(id, "duma") || absl::StrContains(id, "council") ||
         absl::StrContains(id, "majlis") ||
         absl::StrContains(id, "parliament") ||
         absl::StrContains(id, "assembly") || absl::StrContains(id, "senate") ||
         absl::StrContains(id, "congress") ||
         absl::StrContains(id, "ministry") ||
         absl::StrContains(id, "government") ||
         absl::StrContains(id, "commission");
}

}  // namespace

std::string PartyOf(const Mention& m, const KnowledgeBase& kb,
                    const v1::Date& date) {
  if (m.kind == MentionKind::kPerson) {
    // An international official signs for the body ("Grossi" for the
    // IAEA), not for the country of birth; a company's head for the
    // company ("Likhachev" for Rosatom); the head of a state body for its
    // state.
    const v1::Actor* actor = kb.FindActor(m.ids[0]);
    const v1::Role* role = actor ? kb.RoleOn(*actor, date) : nullptr;
    if (role != nullptr && role->country().empty() &&
        !role->organization().empty()) {
      const v1::Actor* body = kb.FindActor(role->organization());
      return body && !body->country().empty() && StateBody(body->id())
                 ? body->country()
                 : role->organization();
    }
  }
  if (m.kind == MentionKind::kPlace || PersonLike(m)) return m.country;
  if (m.kind == MentionKind::kOrganization) {
    const v1::Actor* actor = kb.FindActor(m.ids[0]);
    const std::string& id = m.ids[0];
    const bool state_body = StateBody(id);
    if (state_body && actor != nullptr && !actor->country().empty()) {
      return actor->country();
    }
    // "frozen after the European Parliament refused to consider it": a
    // legislature of no one country votes on a text; it is no side.
    if (actor != nullptr && actor->country().empty() &&
        (absl::StrContains(id, "parliament") ||
         absl::StrContains(id, "assembly"))) {
      return std::string();
    }
  }
  return m.ids[0];
}

void AddParties(const Mention& m, const KnowledgeBase& kb, const v1::Date& date,
                std::vector<std::string>* parties) {
  if (m.kind == MentionKind::kCountry && m.ids.size() > 1) {
    for (const std::string& id : m.ids) AddUnique(id, parties);
    return;
  }
  AddUnique(PartyOf(m, kb, date), parties);
}

namespace {

// What the words of an agreement's name tell: where the name starts, how
// many mentions in or right after it gave parties, and whether a party
// follows "with".
struct AgreementWords {
  int name_first = 0;
  int sides = 0;
  bool with_partner = false;
  bool denied = false;  // "no agreement", "no written deal".
  // "an intergovernmental agreement": its sides are states.
  bool intergovernmental = false;
  // Sides named after "with" ("a deal with Qatar and Turkey"): the other
  // side is the sentence's.
  bool partners_after_with = false;
};

// The tokens of the clause holding `trigger`, when the sentence joins
// clauses that each name a side: ";", ", while", ", whereas", or ", and" /
// ", but" before a name and a past verb ("..., and Ecuador signed a
// deal"). The whole sentence when there are no such clauses or the
// agreement's clause names no side.
std::pair<int, int> ClauseOf(const SentenceContext& ctx,
                             const Trigger& trigger) {
  const std::vector<Token>& tokens = ctx.tokens;
  const int n = static_cast<int>(tokens.size());
  auto mention_at = [&ctx](int k) -> const Mention* {
    for (const Mention& m : ctx.mentions) {
      if (m.first == k || (m.first == k + 1 && Is(ctx.tokens, k, "the"))) {
        return &m;
      }
    }
    return nullptr;
  };
  static const WordSet kSignVerbs = {"signed",     "inked",     "agreed",
                                     "initialled", "initialed", "concluded",
                                     "reached",    "sealed",    "struck"};
  auto boundary = [&](int k) {
    if (Is(tokens, k, ";")) return true;
    if (!Is(tokens, k, ",")) return false;
    if (Is(tokens, k + 1, "while") || Is(tokens, k + 1, "whereas")) return true;
    if (!Is(tokens, k + 1, "and") && !Is(tokens, k + 1, "but")) return false;
    // A clause of its own follows one with a verb, not a list of names
    // ("Chile, Peru, and Ecuador signed").
    if (std::none_of(tokens.begin(), tokens.begin() + k, [](const Token& t) {
          return kSignVerbs.contains(t.lower);
        })) {
      return false;
    }
    const Mention* subject = mention_at(k + 2);
    if (subject == nullptr || subject->locative) return false;
    int verb = subject->last + 1;
    while (verb < n && verb <= subject->last + 3 && tokens[verb].word &&
           !kSignVerbs.contains(tokens[verb].lower)) {
      ++verb;
    }
    return verb < n && kSignVerbs.contains(tokens[verb].lower);
  };
  int first = 0, last = n - 1;
  for (int k = trigger.first - 1; k > 0; --k) {
    if (boundary(k)) {
      first = k + 1;
      break;
    }
  }
  for (int k = trigger.last + 1; k < n; ++k) {
    if (boundary(k)) {
      last = k - 1;
      break;
    }
  }
  if (first == 0 && last == n - 1) return {0, n - 1};
  const bool side_in_clause =
      std::any_of(ctx.mentions.begin(), ctx.mentions.end(),
                  [first, last](const Mention& m) {
                    return !m.locative && m.first >= first && m.last <= last &&
                           m.kind != MentionKind::kPlace;
                  });
  return side_in_clause ? std::make_pair(first, last)
                        : std::make_pair(0, n - 1);
}

// "Saudi Defence Ministry", "Chinese side", "Iranian government": a
// country adjective before a body that acts for the state (one or two
// words on).
bool StateBodyAfter(const std::vector<Token>& tokens, const Mention& m) {
  static const WordSet kBodies = {
      "ministry",    "government", "side",        "delegation", "cabinet",
      "authorities", "parliament", "legislature", "lawmakers",  "leadership"};
  return InSet(tokens, m.last + 1, kBodies) ||
         (tokens.size() > static_cast<size_t>(m.last + 2) &&
          tokens[m.last + 1].word && InSet(tokens, m.last + 2, kBodies));
}

// A gathering known by name ("the St. Petersburg International Economic
// Forum", "the China-Central Asia Summit") or a body where a text is
// signed ("on the margins of the SCO", "at the OSCE"): where, not who.
bool VenueBody(const std::vector<Token>& tokens, const Mention& m) {
  static const WordSet kSides = {"sidelines", "margins", "sideline", "margin"};
  const int before = Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
  return absl::EndsWith(m.ids[0], "summit") ||
         absl::EndsWith(m.ids[0], "forum") ||
         absl::EndsWith(m.ids[0], "conference") ||
         (Is(tokens, before, "at") && !Is(tokens, m.last + 1, "'s")) ||
         (Is(tokens, before, "of") && InSet(tokens, before - 1, kSides));
}

// "deliver gas under it through Ukraine", "supplies via Kazakhstan": a
// country gas or goods cross is a route, not a side.
bool TransitRoute(const std::vector<Token>& tokens, const Mention& m) {
  const int before = Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
  return Is(tokens, before, "through") || Is(tokens, before, "via");
}

// The mediator or sponsor of a "Qatar-brokered" or "US-branded" text
// is no party.
bool IsSponsor(const std::vector<Token>& tokens, const Mention& m) {
  static const WordSet kCompounds = {"brokered", "mediated", "branded",
                                     "backed",   "based",    "sponsored"};
  return Is(tokens, m.last + 1, "-") && InSet(tokens, m.last + 2, kCompounds);
}

// "a deal to supply grain to Turkey", "a contract to sell jets to
// Egypt": the country a supply agreement delivers to is its other side.
bool SupplyRecipient(const std::vector<Token>& tokens, const Trigger& trigger,
                     const Mention& m) {
  static const WordSet kSupply = {
      "supply", "supplies", "sell",      "deliver", "export",
      "ship",   "provide",  "supplying", "selling", "delivering"};
  if (m.kind != MentionKind::kCountry || m.adjective ||
      m.first <= trigger.last || m.first - trigger.last > 14) {
    return false;
  }
  const int to = Is(tokens, m.first - 1, "the") ? m.first - 2 : m.first - 1;
  if (!Is(tokens, to, "to") || !Is(tokens, trigger.last + 1, "to") ||
      !InSet(tokens, trigger.last + 2, kSupply)) {
    return false;
  }
  for (int k = trigger.last + 3; k < to; ++k) {
    if (!tokens[k].word && tokens[k].lower != "-" && tokens[k].lower != ",") {
      return false;
    }
  }
  return true;
}

// "signed a deal with Poland as Moscow cut supplies": the subject of a
// clause of its own after the agreement, with its verb right after the
// name (not "when Ethiopia signed a memorandum", the agreement's clause),
// is no side.
bool SubordinateSubject(const std::vector<Token>& tokens,
                        const Trigger& trigger, const Mention& m) {
  static const WordSet kSubordinators = {"as",      "while", "when",
                                         "because", "since", "whereas"};
  const int after = m.last + 1;
  return m.first > trigger.last && InSet(tokens, m.first - 1, kSubordinators) &&
         !Is(tokens, m.first - 2, "such") && !Is(tokens, m.first - 2, "well") &&
         after < static_cast<int>(tokens.size()) && tokens[after].word &&
         !tokens[after].capitalized && tokens[after].lower != "and" &&
         tokens[after].lower != "or";
}

AgreementWords NameAgreement(const SentenceContext& ctx,
                             const std::vector<Trigger>& triggers, size_t t,
                             int begin, int end, EventDraft* draft) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const Discourse& discourse = ctx.discourse;
  const Trigger& trigger = triggers[t];
  AgreementWords words;
  // Name: the words before the head, stopping at a determiner; country
  // words in it are parties.
  static const WordSet kStop = {
      "a",        "an",       "the",       "this",     "that",     "these",
      "its",      "their",    "his",       "her",      "our",      "of",
      "on",       "to",       "with",      "between",  "for",      "by",
      "has",      "have",     "had",       "is",       "was",      "be",
      "will",     "would",    "sign",      "signed",   "signing",  "called",
      "toward",   "towards",  "regarding", "about",    "and",      "new",
      "existing", "any",      "no",        "landmark", "historic", "reached",
      "brokered", "mediated", "backed",    "signs",    "seal",     "seals",
      "sealed",   "ink",      "inks",      "inked",    "clinch",   "clinches",
      "clinched"};
  std::vector<std::string> name_words;
  int k = trigger.first - 1;
  // The name may start before the region, in lowercase words, when
  // another trigger came without a comma ("met in Doha to revive the
  // 2015 nuclear deal").
  const int name_floor = t > 0 ? triggers[t - 1].last + 1 : 0;
  for (; k >= std::min(begin, name_floor) && trigger.first - k <= 7; --k) {
    const Token& token = tokens[k];
    if (kStop.contains(token.lower) || (k < begin && token.capitalized) ||
        (!token.word && token.lower != "-") || token.lower == "'s") {
      break;
    }
  }
  words.name_first = k + 1;
  // "this agreement", "the deal": a bare name that refers back; "no
  // written agreement would be signed" tells of the deal reported, if any.
  draft->anaphoric = draft->anaphoric ||
                     (words.name_first == trigger.first && k >= 0 &&
                      (tokens[k].lower == "this" || tokens[k].lower == "the" ||
                       tokens[k].lower == "that")) ||
                     (k >= 0 && tokens[k].lower == "no");
  words.denied = k >= 0 && tokens[k].lower == "no";
  // "the previous treaty", "replaces the basic treaty of 1994", "the
  // previous basic document between them, the Treaty of Amity": an earlier
  // text (not "the Old Harbour Treaty").
  static const WordSet kEarlier = {"previous", "former", "earlier",
                                   "old",      "older",  "original"};
  static const WordSet kReplaces = {"replace",   "replaces",   "replaced",
                                    "replacing", "supersedes", "superseded",
                                    "succeeds"};
  auto earlier_word = [&tokens](int j) {
    return !tokens[j].capitalized && kEarlier.contains(tokens[j].lower);
  };
  // The article of a title with "and" in it ("replace the Partnership and
  // Cooperation Agreement").
  int title_article = k;
  if (Is(tokens, title_article, "and") && title_article > 0 &&
      tokens[title_article - 1].capitalized) {
    --title_article;
    while (title_article > 0 && tokens[title_article].capitalized &&
           trigger.first - title_article <= 8) {
      --title_article;
    }
  }
  bool earlier = title_article >= 0 &&
                 (tokens[title_article].lower == "the" ||
                  tokens[title_article].lower == "a") &&
                 InSet(tokens, title_article - 1, kReplaces);
  for (int j = words.name_first; j < trigger.first && !earlier; ++j) {
    earlier = earlier_word(j);
  }
  if (k >= 0 && tokens[k].lower == "the" && Is(tokens, k - 1, ",")) {
    for (int j = k - 2; j > 0 && j >= k - 10 && tokens[j].word && !earlier;
         --j) {
      earlier = earlier_word(j) && Is(tokens, j - 1, "the");
    }
  }
  draft->earlier = earlier;
  if (earlier) draft->anaphoric = false;
  for (int j = words.name_first; j < trigger.first; ++j) {
    const TokenText& word = tokens[j].lower;
    words.intergovernmental =
        words.intergovernmental || word == "intergovernmental" ||
        word == "interstate" ||
        (word == "governmental" && Is(tokens, j - 1, "-"));
  }
  // "a deal to supply grain", "a new deal", "another accord": a text
  // introduced as one more, not a well-known one told before.
  draft->fresh =
      k >= 0 && (tokens[k].lower == "another" ||
                 (tokens[k].lower == "new" &&
                  (Is(tokens, k - 1, "a") || Is(tokens, k - 1, "an"))));
  draft->separate =
      draft->fresh ||
      (k >= 0 && (tokens[k].lower == "a" || tokens[k].lower == "an"));
  const int article = k >= 0 && tokens[k].lower == "new" ? k - 1 : k;
  draft->coordinated = draft->separate && (Is(tokens, article - 1, "and") ||
                                           Is(tokens, article - 1, ","));
  // Names in the name are parties ("Iran-Russia treaty"), except a
  // single city, which names the venue ("the Beijing agreement").
  int places_in_name = 0, actors_in_name = 0;
  for (const Mention& m : mentions) {
    if (m.first >= words.name_first && m.last < trigger.first) {
      ++(m.kind == MentionKind::kPlace ? places_in_name : actors_in_name);
    }
  }
  for (const Mention& m : mentions) {
    if (m.first < words.name_first || m.last >= trigger.first ||
        IsSponsor(tokens, m)) {
      continue;
    }
    if (m.kind == MentionKind::kPlace && places_in_name + actors_in_name < 2) {
      continue;
    }
    AddParties(m, *ctx.kb, discourse.article_date, &draft->participants);
    ++words.sides;
  }
  for (int j = words.name_first; j <= trigger.last; ++j) {
    bool in_mention = false;
    for (const Mention& m : mentions) {
      if (j >= m.first && j <= m.last && m.kind != MentionKind::kPerson) {
        in_mention = true;
      }
    }
    if (!in_mention && tokens[j].word) name_words.push_back(tokens[j].lower);
  }
  // "a memorandum on climate and another on polar research": the second
  // is of the first one's kind.
  if (tokens[trigger.first].lower == "another" && t > 0 &&
      triggers[t - 1].type == v1::EVENT_TYPE_AGREEMENT) {
    name_words.assign(1, tokens[triggers[t - 1].last].lower);
  }
  // "a memorandum of understanding on climate": named by its subject too.
  int subject = trigger.last + 1;
  if (trigger.last == trigger.first &&
      tokens[trigger.first].lower == "memorandum") {
    name_words.push_back("of");
    name_words.push_back("understanding");
    if (Is(tokens, subject, "of") && Is(tokens, subject + 1, "understanding")) {
      subject += 2;
    }
  }
  // "the Treaty of Friendship": a title goes on after "of" too.
  const bool title_of = tokens[trigger.first].capitalized &&
                        Is(tokens, subject, "of") &&
                        subject + 1 < static_cast<int>(tokens.size()) &&
                        tokens[subject + 1].capitalized;
  if (words.name_first == trigger.first &&
      (Is(tokens, subject, "on") || Is(tokens, subject, "for") ||
       Is(tokens, subject, "covering") || title_of)) {
    // A bare head named by its subject: "an agreement on mutual visa
    // exemption" is not "an agreement on investments".
    // A capitalized head is a title whose capitalized words go on
    // ("the Treaty on Open Skies"); a country adjective may be part of
    // a subject too ("a treaty on the Kyrgyz-Tajik border").
    const bool title = tokens[trigger.first].capitalized;
    auto adjective_at = [&mentions](int k) {
      return std::any_of(mentions.begin(), mentions.end(),
                         [k](const Mention& m) {
                           return m.adjective && m.first <= k && k <= m.last;
                         });
    };
    // A place may be part of a subject too ("a memorandum on the
    // Lusaka-Harare railway line"); not a venue ("on energy in Lusaka").
    auto place_at = [&mentions](int k) {
      return std::any_of(mentions.begin(), mentions.end(),
                         [k](const Mention& m) {
                           return m.kind == MentionKind::kPlace &&
                                  !m.locative && m.first <= k && k <= m.last;
                         });
    };
    name_words.push_back(tokens[subject].lower);
    for (int k = subject + 1; k < end && k <= subject + (title ? 7 : 5); ++k) {
      const Token& token = tokens[k];
      if (token.lower == "-" &&
          (title || adjective_at(k - 1) || place_at(k - 1))) {
        continue;
      }
      // "signed the Treaty on Open Skies in Helsinki on Monday".
      static const WordSet kTitleEnds = {"in", "at",     "on",    "by",
                                         "to", "during", "after", "before"};
      if (!token.word || (title && InSet(tokens, k, kTitleEnds)) ||
          (token.capitalized && !title && !adjective_at(k) && !place_at(k)) ||
          token.lower == "and" || token.lower == "with" ||
          token.lower == "between") {
        break;
      }
      name_words.push_back(token.lower);
    }
    if (name_words.back() == "on" || name_words.back() == "for" ||
        name_words.back() == "covering" || name_words.back() == "of") {
      name_words.pop_back();
    }
  }
  for (const std::string& word : name_words) {
    if (!draft->agreement_name.empty()) draft->agreement_name.push_back(' ');
    draft->agreement_name += word;
  }
  // "between X and Y", "with X" right after the head; a list begun there
  // goes on ("the Charter on Strategic Partnership between Armenia and the
  // United States").
  int list_end = -1;  // The last token of the latest side linked.
  // A possessor on the way ("between Israel and Lebanon's Hezbollah").
  auto possessor_at = [&tokens, &mentions](int j) {
    return tokens[j].lower == "'s" ||
           std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
             return m.first <= j && j <= m.last && Is(tokens, m.last + 1, "'s");
           });
  };
  auto continues_list = [&tokens, &list_end, &possessor_at](const Mention& m) {
    if (list_end < 0) return false;
    // Not ", and China welcomed it", a clause of its own.
    for (int j = list_end + 1; j < m.first; ++j) {
      if ((tokens[j].lower != "and" && tokens[j].lower != "," &&
           tokens[j].lower != "the" && !possessor_at(j)) ||
          (tokens[j].lower == "," && Is(tokens, j + 1, "and"))) {
        return false;
      }
    }
    return true;
  };
  for (const Mention& m : mentions) {
    // Past the first side, no clause or partner of its own ("with Qatar,
    // and Turkey welcomed it", "with Uganda and framework documents with
    // Rwanda").
    const bool new_clause =
        list_end >= 0 && m.first > list_end &&
        std::any_of(tokens.begin() + list_end + 1, tokens.begin() + m.first,
                    [](const Token& token) {
                      return token.lower == "," || token.lower == ";" ||
                             token.lower == "with" || token.lower == "between";
                    }) &&
        !continues_list(m);
    if (m.first <= trigger.last || m.last >= end || new_clause ||
        (m.first > trigger.last + 7 && !continues_list(m))) {
      continue;
    }
    // Linked by "between" or "with" after the head's last clause break
    // ("the ceasefire, working with Egypt" is not with Egypt).
    // Nor past a phrase of a verb and its object ("the pact ends a price
    // war between A and B"): a determiner after a word that is no
    // preposition.
    static const WordSet kPrepositions = {"on",    "of",       "for",
                                          "in",    "over",     "about",
                                          "under", "covering", "regarding"};
    bool linked = false, with = false;
    for (int j = trigger.last + 1; j < m.first; ++j) {
      if ((!tokens[j].word && tokens[j].lower != "-" &&
           tokens[j].lower != "'s" && list_end < 0) ||
          (list_end < 0 && !linked && j > trigger.last + 1 &&
           (tokens[j].lower == "a" || tokens[j].lower == "an") &&
           tokens[j - 1].word && !InSet(tokens, j - 1, kPrepositions))) {
        linked = with = false;
        if (tokens[j].word) break;
      }
      if (tokens[j].lower == "between" || tokens[j].lower == "with")
        linked = true;
      if (tokens[j].lower == "with") with = true;
    }
    words.with_partner = words.with_partner || with;
    // "with Russia's Gazprom" is with the company, "with China's support"
    // with nobody.
    if (!linked || m.locative || Is(tokens, m.last + 1, "'s") ||
        PartOrMediatorOf(tokens, m) || TransitRoute(tokens, m) ||
        SubordinateSubject(tokens, trigger, m) ||
        (m.kind == MentionKind::kOrganization && VenueBody(tokens, m))) {
      continue;
    }
    AddParties(m, *ctx.kb, discourse.article_date, &draft->participants);
    ++words.sides;
    words.partners_after_with = words.partners_after_with || with;
    list_end = m.last;
  }
  return words;
}

void AddSentenceParties(const SentenceContext& ctx,
                        const std::vector<Trigger>& triggers, size_t t,
                        const AgreementWords& words, EventDraft* draft) {
  const Trigger& trigger = triggers[t];
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const Discourse& discourse = ctx.discourse;
  const int n = static_cast<int>(tokens.size());
  // How many sides the sentence counts: "the two countries", "both
  // sides" (the article's pair, see two_sides), "the three are to
  // sign" (every person named is a side).
  static const WordSet kSides = {
      "countries", "sides",   "nations",    "governments", "states",
      "leaders",   "parties", "neighbours", "neighbors",   "capitals"};
  size_t wanted = 2;
  for (int k = 0; k + 1 < n; ++k) {
    if ((tokens[k].lower == "two" || tokens[k].lower == "both") &&
        InSet(tokens, k + 1, kSides)) {
      draft->two_sides = true;
    }
    if ((Is(tokens, k - 1, "the") || Is(tokens, k - 1, "all")) &&
        (tokens[k].lower == "three" || tokens[k].lower == "four")) {
      wanted = tokens[k].lower == "three" ? 3 : 4;
      draft->three_sides =
          draft->three_sides || (wanted == 3 && InSet(tokens, k + 1, kSides));
    }
  }
  // "The deal with Washington comes after Britain concluded talks on a
  // trade agreement with India": the partner named right after another
  // agreement of the sentence is that one's.
  // So are both partners of "between India and the EAEU" after it.
  auto in_mention = [&mentions](int k) {
    return std::any_of(mentions.begin(), mentions.end(),
                       [k](const Mention& other) {
                         return other.first <= k && k <= other.last;
                       });
  };
  auto PartnerOfAnother = [&](const Mention& m) {
    for (size_t other = 0; other < triggers.size(); ++other) {
      const Trigger& head = triggers[other];
      if (other == t || head.type != v1::EVENT_TYPE_AGREEMENT ||
          m.first <= head.last || m.first > head.last + 10) {
        continue;
      }
      bool linked = false;
      for (int j = head.last + 1; j < m.first; ++j) {
        if (tokens[j].lower == "with" || tokens[j].lower == "between") {
          linked = true;
        } else if (j - head.last > 3 && !in_mention(j) &&
                   tokens[j].lower != "and" && tokens[j].lower != "the" &&
                   tokens[j].lower != ",") {
          // Past the first few words, only a list of names goes on.
          linked = false;
          break;
        }
      }
      if (linked) return true;
    }
    return false;
  };
  // "signed a trade deal with Cambodia and framework documents with
  // Thailand", "signed a treaty with India and held talks with China": a
  // partner after a later "with", past the head's own partner and "and"
  // with words of another phrase, is that phrase's.
  auto PartnerOfLaterPhrase = [&](const Mention& m) {
    int with = m.first - 1;
    while (with > trigger.last && !Is(tokens, with, "with")) {
      if (!Is(tokens, with, "the") && !Is(tokens, with, "and") &&
          !Is(tokens, with, ",") && !in_mention(with)) {
        return false;
      }
      --with;
    }
    if (with <= trigger.last + 2) return false;
    bool own_partner = false;
    for (int k = trigger.last + 1; k < with; ++k) {
      if (Is(tokens, k, "with") || Is(tokens, k, "between")) own_partner = true;
      if (own_partner && Is(tokens, k, "and") && k + 1 < with &&
          tokens[k + 1].word && !tokens[k + 1].capitalized &&
          !in_mention(k + 1)) {
        return true;
      }
    }
    return false;
  };
  // "Trump wrote that both countries had agreed", "said X, a former
  // ambassador", "X, who said": the one who tells of the agreement.
  auto Speaker = [&](const Mention& m) {
    // "Wang congratulated the two on the signing": who greets a deal.
    static const WordSet kWrites = {"wrote",         "writes",   "posted",
                                    "tweeted",       "insisted", "warned",
                                    "congratulated", "hailed",   "praised"};
    auto tells = [&](int k) {
      return InSet(tokens, k, SpeechVerbs()) || InSet(tokens, k, kWrites);
    };
    return tells(m.last + 1) || tells(m.first - 1) ||
           (Is(tokens, m.last + 1, ",") && Is(tokens, m.last + 2, "who") &&
            tells(m.last + 3));
  };
  // "Russia's Gazprom": the company named after the possessive is the
  // side.
  auto PossessorOfAnother = [&](const Mention& m) {
    return Is(tokens, m.last + 1, "'s") &&
           std::any_of(mentions.begin(), mentions.end(),
                       [&m](const Mention& owned) {
                         return owned.first == m.last + 2 &&
                                owned.kind == MentionKind::kOrganization;
                       });
  };
  // The clause of the agreement when the sentence joins clauses with
  // subjects of their own ("A signed a treaty with B, while C signed a
  // declaration"): its parties are named in it.
  const auto [clause_first, clause_last] = ClauseOf(ctx, trigger);
  // The countries named as mediators or wholes in the sentence.
  std::vector<std::string> mediators;
  for (const Mention& m : mentions) {
    if (m.kind == MentionKind::kCountry &&
        (IsSponsor(tokens, m) || PartOrMediatorOf(tokens, m))) {
      for (const std::string& id : m.ids) AddUnique(id, &mediators);
    }
  }
  // One side found, even of several countries ("a treaty with the five
  // Central Asian states"): the other is elsewhere in the sentence.
  // "Egypt signed a deal with Qatar and Turkey": partners after "with"
  // leave the other side, the subject, to the sentence.
  if (draft->participants.size() < wanted || words.sides < 2 ||
      words.partners_after_with) {
    // Fall back on the sentence: countries named (not as places, not
    // "Iranian media") and the countries of the persons in it.
    for (const Mention& m : mentions) {
      // "over fears of US sanctions": who imposes them is no party.
      // The city naming the agreement ("the Astana Declaration") is its
      // venue here too.
      const bool venue_in_name = m.kind == MentionKind::kPlace &&
                                 m.first >= words.name_first &&
                                 m.last < trigger.first;
      if ((m.locative && !SupplyRecipient(tokens, trigger, m)) ||
          venue_in_name || m.first < clause_first || m.last > clause_last ||
          Is(tokens, m.last + 1, "sanctions") || IsSponsor(tokens, m) ||
          TransitRoute(tokens, m) || PartOrMediatorOf(tokens, m) ||
          PartnerOfAnother(m) || PartnerOfLaterPhrase(m) ||
          PossessorOfAnother(m) || SubordinateSubject(tokens, trigger, m)) {
        continue;
      }
      // "the BRICS summit", "the SCO gathering" is where, not who.
      static const WordSet kVenues = {"summit",     "summits",     "meeting",
                                      "meetings",   "forum",       "session",
                                      "conference", "ministerial", "gathering",
                                      "gatherings", "congress",    "assembly"};
      // A summit known by name ("the China-Central Asia Summit") too.
      if (m.kind == MentionKind::kCountry && !m.adjective && m.ids.size() > 1) {
        // "both countries" after "talks mediated by Qatar" are not Qatar.
        for (const std::string& id : m.ids) {
          if (!Contains(mediators, id)) AddUnique(id, &draft->participants);
        }
      } else if (m.kind == MentionKind::kCountry && m.adjective &&
                 StateBodyAfter(tokens, m) &&
                 draft->participants.size() < wanted) {
        // "the Saudi Defence Ministry", "the Chinese side", "the Iranian
        // government" sign for their country (short of two sides; not
        // "talks between the rebels and the Afghan government" told after
        // the sides).
        for (const std::string& id : m.ids) {
          if (!Contains(mediators, id)) AddUnique(id, &draft->participants);
        }
      } else if ((m.kind == MentionKind::kCountry && !m.adjective) ||
                 (m.kind == MentionKind::kOrganization &&
                  !InSet(tokens, m.last + 1, kVenues) &&
                  !VenueBody(tokens, m))) {
        AddParties(m, *ctx.kb, discourse.article_date, &draft->participants);
      } else if (m.kind == MentionKind::kPlace && !m.country.empty() &&
                 !Is(tokens, m.last + 1, "-") &&
                 !Is(tokens, m.first - 1, "-")) {
        // A capital for its country, not one end of a route ("a memorandum
        // on the Budapest-Belgrade railway").
        const v1::Actor* country = ctx.kb->FindActor(m.country);
        if (country && country->capital() == m.ids[0]) {
          AddParties(m, *ctx.kb, discourse.article_date, &draft->participants);
        }
      } else if (m.kind == MentionKind::kPerson && !Speaker(m) &&
                 (words.with_partner || draft->participants.size() < wanted)) {
        AddParties(m, *ctx.kb, discourse.article_date, &draft->participants);
      } else if (m.kind == MentionKind::kGroup &&
                 (!m.group.empty() || m.ids.size() >= 3 ||
                  std::any_of(tokens.begin() + m.first + 1,
                              tokens.begin() + m.last + 1,
                              [](const Token& t) { return t.capitalized; })) &&
                 (words.with_partner || draft->participants.size() < wanted)) {
        // "Xi and the leaders of the five Central Asian states signed
        // a treaty", "the leaders of Armenia and Azerbaijan": the
        // countries of the persons.
        for (const std::string& id : m.ids) {
          const std::string country =
              ctx.finder->CountryOf(id, discourse.article_date, discourse);
          if (!Contains(mediators, country)) {
            AddUnique(country, &draft->participants);
          }
        }
      }
    }
    // "The UN welcomed the deal between A and B", "Egypt hosted talks
    // where A and B agreed a truce", "Qatar, which mediated, said": who
    // greets, hosts or announces a deal of two others is no party.
    static const WordSet kGreets = {
        "welcomed",  "welcomes",  "hailed",     "praised",    "congratulated",
        "condemned", "denounced", "criticised", "criticized", "hosted",
        "mediated",  "brokered",  "announced",  "facilitated"};
    std::vector<std::string> greeters;
    for (const Mention& m : mentions) {
      const int verb =
          Is(tokens, m.last + 1, ",") && Is(tokens, m.last + 2, "which")
              ? m.last + 3
              : m.last + 1;
      if ((m.kind == MentionKind::kCountry && !m.adjective) ||
          m.kind == MentionKind::kOrganization) {
        if (InSet(tokens, verb, kGreets)) {
          AddParties(m, *ctx.kb, discourse.article_date, &greeters);
        }
      }
    }
    const size_t others = std::count_if(
        draft->participants.begin(), draft->participants.end(),
        [&greeters](const std::string& id) { return !Contains(greeters, id); });
    if (!greeters.empty() && others >= 2) {
      draft->participants.erase(
          std::remove_if(draft->participants.begin(), draft->participants.end(),
                         [&greeters](const std::string& id) {
                           return Contains(greeters, id);
                         }),
          draft->participants.end());
    }
  }
  for (const Mention& m : mentions) {
    if (m.kind == MentionKind::kCountry && m.adjective && !m.locative) {
      for (const std::string& id : m.ids) {
        if (!Contains(mediators, id)) AddUnique(id, &draft->side_hints);
      }
    }
  }
  if (draft->participants.size() < 2) {
    // Organizations as parties: "with the Eurasian Economic Union".
    for (const Mention& m : mentions) {
      if (m.kind == MentionKind::kOrganization && !m.locative &&
          !PartOrMediatorOf(tokens, m) && !PartnerOfAnother(m)) {
        AddParties(m, *ctx.kb, discourse.article_date, &draft->participants);
      }
    }
  }
}

// The main predicate of an agreement head that is its clause's subject
// past a participle set off by commas: "the contract between A and B,
// signed in 2019 after talks in Vienna, expired on January 1" gives
// [first, last] of "expired on January 1"; false when the head is not
// followed, past only words ("between A and B"), by ", <participle> ...,"
// and then a lowercase word of its own clause. The commas of a date
// ("May 5, 2019") do not close the parenthetical.
bool PredicateAfterParticiple(const SentenceContext& ctx, int head_last,
                              int* first, int* last) {
  const std::vector<Token>& tokens = ctx.tokens;
  const int n = static_cast<int>(tokens.size());
  auto in_date = [&](int k) {
    for (const DateMention& date : ctx.dates) {
      if (date.first < k && k < date.last) return true;
    }
    return false;
  };
  int open = head_last + 1;
  while (open < n && open - head_last <= 10 &&
         (tokens[open].word || tokens[open].lower == "-" ||
          tokens[open].lower == "'s")) {
    ++open;
  }
  if (!Is(tokens, open, ",") || open + 1 >= n) return false;
  const TokenText& participle = tokens[open + 1].lower;
  if (tokens[open + 1].capitalized || participle.size() < 4 ||
      participle.compare(participle.size() - 2, 2, "ed") != 0) {
    return false;
  }
  int close = open + 2;
  while (close < n && close - open <= 25 &&
         (tokens[close].word || tokens[close].lower == "-" ||
          tokens[close].lower == "'s" ||
          (tokens[close].lower == "," && in_date(close)))) {
    ++close;
  }
  if (!Is(tokens, close, ",") || close + 1 >= n || !tokens[close + 1].word ||
      tokens[close + 1].capitalized || tokens[close + 1].lower == "and" ||
      tokens[close + 1].lower == "but") {
    return false;
  }
  *first = close + 1;
  *last = close + 1;
  while (*last + 1 < n && *last - close < 12 &&
         (tokens[*last + 1].word || tokens[*last + 1].lower == "-" ||
          tokens[*last + 1].lower == ":")) {
    ++*last;
  }
  return true;
}

int AgreementStatusAndDate(const SentenceContext& ctx,
                           const std::vector<Trigger>& triggers, size_t t,
                           int begin, int end, ListedAgreement* listed,
                           EventDraft* draft) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<DateMention>& dates = ctx.dates;
  const int n = static_cast<int>(tokens.size());
  const Trigger& trigger = triggers[t];
  for (int k = std::max(0, trigger.first - 10); k < end; ++k) {
    const TokenText& w = tokens[k].lower;
    if ((w == "finalize" || w == "finalise" || w == "finalizing" ||
         w == "finalising") ||
        ((w == "finalized" || w == "finalised") &&
         (Is(tokens, k - 1, "be") || Is(tokens, k - 1, "being")))) {
      draft->unfinished = true;
    }
  }
  int cue = -1;
  // Cues before the head count back to ten words, not across "but"
  // or ";" ("signed a deal, but a treaty is not in sight").
  int cue_from = std::min(begin, std::max(0, trigger.first - 10));
  for (int k = trigger.first - 1; k > cue_from; --k) {
    if (tokens[k].lower == "but" || tokens[k].lower == ";") {
      cue_from = k + 1;
      break;
    }
  }
  draft->agreement_status =
      AgreementCue(tokens, cue_from, end - 1, &cue, trigger.first);
  // "The Caspian Convention, signed at the summit in Aktau, ...": a
  // participle set off after the head tells of it, though the summit's
  // words begin at the comma.
  if (draft->agreement_status == v1::AGREEMENT_STATUS_UNSPECIFIED &&
      t + 1 < triggers.size() &&
      triggers[t + 1].type != v1::EVENT_TYPE_AGREEMENT &&
      triggers[t + 1].first > end &&
      (Is(tokens, end - 1, ",") || Is(tokens, end, ","))) {
    draft->agreement_status = AgreementCue(
        tokens, cue_from, triggers[t + 1].first - 1, &cue, trigger.first);
  }
  // "The contract, signed in 2019 after talks in Vienna, expired on January
  // 1": the head's own predicate past a participle set off by commas tells
  // its state now, though another trigger in the parenthetical ends the
  // region first.
  int predicate_first = -1, predicate_last = -1;
  const bool has_predicate = PredicateAfterParticiple(
      ctx, trigger.last, &predicate_first, &predicate_last);
  if (has_predicate && predicate_first >= end) {
    int predicate_cue = -1;
    const v1::AgreementStatus predicate_status = AgreementCue(
        tokens, predicate_first, predicate_last, &predicate_cue, -1);
    if (predicate_status > draft->agreement_status) {
      draft->agreement_status = predicate_status;
      cue = predicate_cue;
    }
  }
  // "More than a dozen agreements were signed. Among them were a memorandum
  // on energy and another on defence": texts picked out of the batch just
  // told of, signed with it.
  static const WordSet kBatch = {"them", "these", "those"};
  if (draft->agreement_status == v1::AGREEMENT_STATUS_UNSPECIFIED &&
      Is(tokens, 0, "among") && InSet(tokens, 1, kBatch)) {
    draft->agreement_status = v1::AGREEMENT_STATUS_SIGNED;
    draft->two_sides = true;  // The batch's sides, told before.
  }
  // The date of an agreement is that of the act reported: the date
  // expression nearest the deciding word ("ratified ... on Tuesday").
  if (cue >= 0) {
    const DateMention* nearest = nullptr;
    int nearest_rank = 0;
    // "The treaty, signed in 2010, was extended on Wednesday": the date in
    // the parenthetical is the participle's, not the predicate's.
    const bool predicate_cue = has_predicate && cue >= predicate_first;
    // "will expire in 2036" tells the state now; the expiry to come is no
    // act reported.
    const bool expiry_to_come =
        (tokens[cue].lower == "expire" || tokens[cue].lower == "expires") &&
        draft->agreement_status == v1::AGREEMENT_STATUS_IN_FORCE;
    for (const DateMention& date : dates) {
      if (expiry_to_come) break;
      // "in force since 2007", "valid until 2030": no act's date.
      if (Is(tokens, date.first - 1, "since") ||
          Is(tokens, date.first - 1, "until") ||
          Is(tokens, date.first - 1, "till")) {
        continue;
      }
      if (predicate_cue && date.first > trigger.last &&
          date.last < predicate_first) {
        continue;
      }
      // "left the 2015 deal in 2018": a year in the name dates the signing
      // only.
      const bool name_year =
          date.last < trigger.first && trigger.first - date.last <= 4 &&
          (InSet(tokens, date.first - 1, Determiners()) ||
           Is(tokens, date.first - 1, "a")) &&
          std::all_of(tokens.begin() + date.last + 1,
                      tokens.begin() + trigger.first,
                      [](const Token& token) { return token.word; });
      if (name_year && draft->agreement_status != v1::AGREEMENT_STATUS_SIGNED) {
        continue;
      }
      const int distance =
          std::min(std::abs(date.first - cue), std::abs(date.last - cue));
      // "agreed in March, while the leaders signed a declaration":
      // the date is the other clause's.
      bool crosses = false, other_clause = false, joined_before = false;
      int commas = 0;
      bool speech = false;
      for (int k = std::min(date.last, cue) + 1; k < std::max(date.first, cue);
           ++k) {
        commas += tokens[k].lower == "," ? 1 : 0;
        speech = speech || SpeechVerbs().contains(tokens[k].lower);
        crosses = crosses || tokens[k].lower == "," ||
                  SpeechVerbs().contains(tokens[k].lower);
        other_clause = other_clause || tokens[k].lower == "while" ||
                       tokens[k].lower == "whereas" || tokens[k].lower == ";";
        joined_before =
            joined_before || (date.last < cue && tokens[k].lower == "," &&
                              Is(tokens, k + 1, "and"));
      }
      // "X signed A on Monday, and Y signed B on Tuesday": a date in the
      // clause joined before the cue's is the cue's only when the cue's
      // own clause names none.
      const int rank = distance + (joined_before ? 100 : 0);
      // "signed a ten-year contract for the operation of the terminal in
      // Callao in May.": a date closing the sentence after the verb's long
      // object, with no clause between, is the verb's.
      bool closes_clause = false;
      if (!crosses && date.first > cue && distance <= 20 &&
          (date.last + 1 >= n || Is(tokens, date.last + 1, "."))) {
        static const WordSet kClauseWords = {
            "that",  "which", "who", "when",  "after", "before",
            "while", "where", "as",  "since", "and",   "but"};
        closes_clause =
            std::none_of(tokens.begin() + cue + 1, tokens.begin() + date.first,
                         [](const Token& token) {
                           return kClauseWords.contains(token.lower);
                         });
      }
      // "In Lima on Tuesday, the presidents watched as ministers signed a
      // fisheries agreement": the sentence's opening phrase dates its main
      // clause, not past a speech verb ("On Tuesday, Chile said ...").
      static const WordSet kOpeners = {"in", "on", "at"};
      const bool opener =
          date.last < cue && commas == 1 && !speech && distance <= 20 &&
          InSet(tokens, 0, kOpeners) &&
          std::none_of(tokens.begin(), tokens.begin() + date.first,
                       [](const Token& token) { return token.lower == ","; }) &&
          Is(tokens, date.last + 1, ",");
      if (!other_clause &&
          (distance <= (crosses ? 8 : 12) || closes_clause || opener) &&
          (nearest == nullptr || rank < nearest_rank)) {
        nearest = &date;
        nearest_rank = rank;
      }
    }
    // "Chile and Peru have reached a fisheries agreement, the ministry said
    // on Tuesday": an act told as just done ("have", "has") is dated by the
    // report of it that closes the sentence; not one told as earlier ("had
    // signed").
    if (nearest == nullptr &&
        (Is(tokens, cue - 1, "have") || Is(tokens, cue - 1, "has") ||
         Is(tokens, cue - 2, "have") || Is(tokens, cue - 2, "has"))) {
      for (const DateMention& date : dates) {
        if (date.first <= cue || date.first - cue > 30 ||
            (date.last + 1 < n && !Is(tokens, date.last + 1, "."))) {
          continue;
        }
        int said = date.first - 1;
        if (Is(tokens, said, "on")) --said;
        if (Is(tokens, said, "late") || Is(tokens, said, "early")) --said;
        bool comma = false;
        for (int k = cue + 1; k < said; ++k) {
          comma = comma || tokens[k].lower == ",";
        }
        if (comma && said > cue && SpeechVerbs().contains(tokens[said].lower)) {
          nearest = &date;
        }
      }
    }
    // A text ready to sign is dated by its signing to come only when the
    // words say so ("will sign it in March"); "agreed in March but not
    // yet signed" is past.
    bool future = false;
    if (nearest != nullptr &&
        (draft->agreement_status == v1::AGREEMENT_STATUS_PENDING_SIGNATURE ||
         draft->agreement_status == v1::AGREEMENT_STATUS_PROPOSED)) {
      static const WordSet kFutureCues = {
          "will", "'ll",     "to",  "expected", "scheduled",
          "set",  "planned", "due", "next",     "upcoming"};
      for (int k = std::max(0, std::min(cue, nearest->first) - 3);
           k <= std::max(cue, nearest->last) && k < n; ++k) {
        future = future || kFutureCues.contains(tokens[k].lower);
      }
    }
    draft->date = nearest == nullptr ? v1::Date()
                  : future           ? nearest->future
                                     : nearest->past;
  }
  if (draft->agreement_status == v1::AGREEMENT_STATUS_UNSPECIFIED &&
      listed->trigger >= 0) {
    bool joined = false, broken = false;
    for (int k = triggers[listed->trigger].last + 1; k < trigger.first; ++k) {
      joined = joined || tokens[k].lower == "and" || tokens[k].lower == ",";
      broken = broken || tokens[k].lower == ";" || tokens[k].lower == "but" ||
               tokens[k].lower == "while";
    }
    if (joined && !broken) {
      draft->agreement_status = listed->status;
      draft->date = listed->date;
    }
  }
  draft->also_signed =
      cue > 0 && Is(tokens, cue - 1, "also") &&
      (tokens[cue].lower == "signed" || tokens[cue].lower == "inked");
  if (draft->agreement_status != v1::AGREEMENT_STATUS_UNSPECIFIED) {
    listed->trigger = static_cast<int>(t);
    listed->status = draft->agreement_status;
    listed->date = draft->date;
  }
  return cue;
}

// Agreement words that name no agreement: consent ("extended by mutual
// agreement of the parties") or an arrangement about a meeting ("no
// agreement has been reached on the next meeting", "an agreement on a date
// for the talks").
bool NoAgreementMeant(const std::vector<Token>& tokens,
                      const Trigger& trigger) {
  const int head = trigger.first;
  // "collapsed without any agreement", "ended without a deal", "without
  // reaching an agreement": none was made.
  static const WordSet kReaching = {
      "reaching", "striking", "signing", "securing", "any", "a", "an", "final"};
  static const WordSet kNoneHeads = {"agreement", "deal", "accord"};
  if (kNoneHeads.contains(tokens[trigger.last].lower)) {
    int k = head - 1;
    while (k >= head - 3 && InSet(tokens, k, kReaching)) --k;
    if (Is(tokens, k, "without")) return true;
  }
  // "has yet to ratify it, pending agreement on the baselines", "subject
  // to agreement by the sides": a condition, not a text.
  if (tokens[trigger.last].lower == "agreement" && trigger.last == head &&
      (Is(tokens, head - 1, "pending") ||
       (Is(tokens, head - 1, "an") && Is(tokens, head - 2, "pending")) ||
       (Is(tokens, head - 1, "to") && Is(tokens, head - 2, "subject")))) {
    return true;
  }
  if (tokens[trigger.last].lower != "agreement") return false;
  // "reached agreement on some issues", "an agreement on several
  // points": consensus on unnamed matters, no text.
  static const WordSet kSome = {"some",    "several", "many",   "various",
                                "certain", "a",       "number", "range",
                                "few",     "most",    "all",    "specific"};
  if (trigger.last == head && Is(tokens, head + 1, "on") &&
      InSet(tokens, head + 2, kSome)) {
    int k = head + 2;
    while (k <= head + 6 && (InSet(tokens, k, kSome) || Is(tokens, k, "of"))) {
      ++k;
    }
    static const WordSet kMatters = {"issues",    "points", "matters",
                                     "questions", "areas",  "topics"};
    if (InSet(tokens, k, kMatters)) return true;
  }
  if (trigger.last == head && Is(tokens, head - 1, "mutual") &&
      (Is(tokens, head - 2, "by") || Is(tokens, head - 2, "upon") ||
       Is(tokens, head - 2, "without"))) {
    return true;
  }
  // "no agreement had yet been reached on".
  static const WordSet kReached = {"has",  "have", "had",     "was",
                                   "were", "been", "yet",     "so",
                                   "far",  "not",  "reached", "made"};
  int on = head + 1;
  while (on < head + 7 && InSet(tokens, on, kReached)) ++on;
  // "reached with (the) Niger on": a partner named on the way.
  if (Is(tokens, on, "with")) {
    on += Is(tokens, on + 1, "the") ? 2 : 1;
    const int name = on;
    while (on < name + 4 && on < static_cast<int>(tokens.size()) &&
           tokens[on].capitalized) {
      ++on;
    }
  }
  if (trigger.last != head || !Is(tokens, on, "on")) return false;
  static const WordSet kMeetings = {"meeting", "meetings", "summit",  "date",
                                    "venue",   "time",     "timing",  "format",
                                    "agenda",  "schedule", "location"};
  static const WordSet kSkipped = {"the",      "a",       "an",  "next", "new",
                                   "possible", "further", "its", "their"};
  int k = on + 1;
  while (k < on + 4 && InSet(tokens, k, kSkipped)) ++k;
  return InSet(tokens, k, kMeetings);
}

// "agreements", "accords" in lowercase: several texts unless a known name
// goes before.
bool IsLowercasePlural(const Token& head) {
  return !head.capitalized &&
         (head.lower == "agreements" || head.lower == "accords");
}

// The agreement known by name (knowledge base) that the words around an
// agreement head name: the longest alias through the head ("the Black Sea
// grain deal", "the Treaty on Comprehensive Strategic Partnership"), not
// after an indefinite article ("a new grain deal" is another one). A
// country the name or "between ..." gives (in `draft`) must be one of its
// parties; a name two agreements share goes to the one whose parties the
// sentence, else the article, names. nullptr when none fits; else
// `*spelled` is the name as the sentence writes it.
const v1::AgreementDefinition* KnownAgreement(const SentenceContext& ctx,
                                              const Trigger& trigger,
                                              const EventDraft& draft,
                                              std::string* spelled) {
  const std::vector<Token>& tokens = ctx.tokens;
  const int n = static_cast<int>(tokens.size());
  static const WordSet kIndefinite = {"a", "an", "another", "new"};
  std::vector<const v1::AgreementDefinition*> named;
  int longest = 0;
  bool proper = false;  // A capitalized word in the name ("Abraham").
  for (int first = std::max(0, trigger.first - 8); first <= trigger.first;
       ++first) {
    if (InSet(tokens, first - 1, kIndefinite) ||
        !ctx.kb->MayStartAgreementName(tokens[first].lower)) {
      continue;  // (No name starts with that word: nothing to read.)
    }
    std::string words;
    for (int last = first; last < n && last <= trigger.last + 10; ++last) {
      if (!tokens[last].word && tokens[last].lower != "-") break;
      if (!words.empty()) words.push_back(' ');
      words += tokens[last].lower;
      // The name may run through the head or stop short of it, before
      // lowercase modifiers ("the New START extension agreement"); the
      // words between are read only when the name stops before the head's
      // first token (inside a head of several tokens the range would be
      // inverted and read past the sentence).
      const bool reaches_head =
          last >= trigger.last ||
          (last < trigger.first && trigger.first - last <= 3 &&
           std::all_of(tokens.begin() + last + 1,
                       tokens.begin() + trigger.first, [](const Token& token) {
                         return token.word && !token.capitalized;
                       }));
      if (!reaches_head || last - first + 1 <= longest ||
          !ctx.kb->MayNameAgreement(tokens[first].lower, tokens[last].lower)) {
        continue;
      }
      // "the Abraham Accord Peace Treaty": a longer title names another
      // text.
      static const WordSet kTitleHeads = {"treaty",  "agreement", "accord",
                                          "pact",    "deal",      "declaration",
                                          "protocol"};
      bool longer_title = false;
      for (int k = last + 1; k < n && k <= last + 3 && tokens[k].capitalized;
           ++k) {
        longer_title = longer_title || kTitleHeads.contains(tokens[k].lower);
      }
      if (longer_title) continue;
      std::vector<const v1::AgreementDefinition*> found =
          ctx.kb->AgreementsNamed(words, ctx.discourse.article_date);
      if (!found.empty()) {
        named = std::move(found);
        longest = last - first + 1;
        *spelled = words;
        proper = std::any_of(
            tokens.begin() + std::max(first, 1), tokens.begin() + last + 1,
            [](const Token& token) { return token.capitalized; });
      }
    }
  }
  if (named.empty()) return nullptr;
  // A country the name or "between ..." gives that is none of its parties.
  auto conflicts = [&](const v1::AgreementDefinition& agreement) {
    const auto& parties = agreement.parties();
    return std::any_of(
        draft.participants.begin(), draft.participants.end(),
        [&](const std::string& id) {
          const v1::Actor* actor = ctx.kb->FindActor(id);
          return actor != nullptr && actor->kind() == v1::ACTOR_KIND_COUNTRY &&
                 std::find(parties.begin(), parties.end(), id) == parties.end();
        });
  };
  // Parties the sentence names (weighted 2) or the article did before (1).
  std::vector<std::string> in_sentence;
  for (const Mention& m : ctx.mentions) {
    if (m.locative) continue;
    AddParties(m, *ctx.kb, ctx.discourse.article_date, &in_sentence);
  }
  const v1::AgreementDefinition* best = nullptr;
  int best_score = 0;
  bool tie = false;
  for (const v1::AgreementDefinition* agreement : named) {
    if (conflicts(*agreement)) continue;
    int score = 0;
    for (const std::string& party : agreement->parties()) {
      score += Contains(in_sentence, party)                      ? 2
               : Contains(ctx.discourse.recent_countries, party) ? 1
                                                                 : 0;
    }
    if (score > best_score) {
      best = agreement;
      best_score = score;
      tie = false;
    } else if (score == best_score && score > 0) {
      tie = true;
    }
  }
  // A proper name of one agreement needs no party named ("the Abraham
  // Accords were signed"); a common one does ("the grain deal").
  // Not one signed after the article's date: "the Declaration of
  // Principles" in 2023 is not the one of 2025.
  auto signed_later = [&ctx](const v1::AgreementDefinition& agreement) {
    const v1::Date& date = ctx.discourse.article_date;
    const v1::Date& signed_on = agreement.signed_on();
    return date.year() != 0 && signed_on.year() != 0 &&
           (date.year() != signed_on.year()
                ? date.year() < signed_on.year()
                : date.month() != 0 && signed_on.month() != 0 &&
                      date.month() < signed_on.month());
  };
  if (best == nullptr && named.size() == 1 && proper && !conflicts(*named[0]) &&
      !signed_later(*named[0])) {
    best = named[0];
  }
  return tie ? nullptr : best;
}

// An intergovernmental agreement is between states: a company or a body
// of one country named with it ("the plant Rosatom builds under the
// intergovernmental agreement") stands for its country. With no side
// named, it is the article's pair's, and another text's sides named later
// do not join it.
void StatesAsSides(const KnowledgeBase& kb, EventDraft* draft) {
  std::vector<std::string> states;
  for (const std::string& id : draft->participants) {
    const v1::Actor* actor = kb.FindActor(id);
    AddUnique(actor != nullptr &&
                      actor->kind() == v1::ACTOR_KIND_ORGANIZATION &&
                      !actor->country().empty()
                  ? actor->country()
                  : id,
              &states);
  }
  draft->participants = std::move(states);
  if (draft->participants.empty()) {
    draft->two_sides = true;
    draft->separate = true;
  }
}

// "agreements on a border crossing and on nuclear energy": a lowercase
// plural head whose preposition comes again for each subject names one
// text per subject; each subject, named by its first six words, ends
// within twelve at a clause break, at "and" or a comma, or before a date
// ("on Monday").
// Empty when the head names fewer than two subjects ("agreements on trade
// and energy" are generic).
std::vector<std::string> SubjectsOfPlural(const SentenceContext& ctx,
                                          const Trigger& trigger) {
  const std::vector<Token>& tokens = ctx.tokens;
  const int n = static_cast<int>(tokens.size());
  auto date_at = [&ctx](int k) {
    return std::any_of(ctx.dates.begin(), ctx.dates.end(),
                       [k](const DateMention& date) {
                         return date.first <= k && k <= date.last;
                       });
  };
  std::vector<std::string> subjects;
  int on = trigger.last + 1;
  while (Is(tokens, on, "on") && on + 1 < n && tokens[on + 1].word &&
         !date_at(on + 1)) {
    std::string subject;
    int k = on + 1;
    for (; k < n && k <= on + 12 && (tokens[k].word || tokens[k].lower == "-");
         ++k) {
      if (tokens[k].lower == "and" || date_at(k) ||
          (tokens[k].lower == "on" && date_at(k + 1))) {
        break;
      }
      if (k > on + 6) continue;
      if (!subject.empty() && tokens[k].lower != "-" && subject.back() != '-') {
        subject.push_back(' ');
      }
      subject += tokens[k].lower;
    }
    subjects.push_back(std::move(subject));
    // The next subject: ", on ...", "and on ...", ", and on ...".
    if (Is(tokens, k, ",")) ++k;
    if (Is(tokens, k, "and")) ++k;
    if (k == on + 1 || !Is(tokens, k, "on")) break;
    on = k;
  }
  if (subjects.size() < 2) subjects.clear();
  return subjects;
}

}  // namespace

void AddAgreement(const SentenceContext& ctx,
                  const std::vector<Trigger>& triggers, size_t t, int begin,
                  int end, ListedAgreement* listed, EventDraft draft,
                  std::vector<EventDraft>* drafts) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const Discourse& discourse = ctx.discourse;
  const Trigger& trigger = triggers[t];
  if (trigger.type == v1::EVENT_TYPE_AGREEMENT && t > 0 &&
      triggers[t - 1].type == v1::EVENT_TYPE_AGREEMENT &&
      IsAgreementPredicate(tokens, triggers[t - 1].last, trigger.first)) {
    // "New START, signed in 2010, is the last arms control treaty between
    // them": the predicate describes the subject's agreement.
    draft.anaphoric = true;
  }
  if (trigger.type == v1::EVENT_TYPE_AGREEMENT && t > 0 &&
      triggers[t - 1].type == v1::EVENT_TYPE_AGREEMENT &&
      trigger.first - triggers[t - 1].last <= 7 &&
      Is(tokens, triggers[t - 1].last + 1, ",") &&
      (Is(tokens, triggers[t - 1].last + 2, "the") ||
       Is(tokens, triggers[t - 1].last + 2, "a") ||
       Is(tokens, triggers[t - 1].last + 2, "an") ||
       Is(tokens, triggers[t - 1].last + 2, "its") ||
       Is(tokens, triggers[t - 1].last + 3, "'s")) &&
      !Is(tokens, trigger.last + 1, "and") &&
      !Is(tokens, trigger.last + 1, ",") &&
      std::none_of(tokens.begin() + triggers[t - 1].last + 2,
                   tokens.begin() + trigger.first, [](const Token& t) {
                     return !t.word && t.lower != "-" && t.lower != "'s";
                   })) {
    // "the General Security of Military Information Agreement, the
    // intelligence-sharing pact that ...", "New START, Russia's last arms
    // pact with the US": the apposition names the same agreement (a list
    // would go on with "and" or a comma).
    draft.anaphoric = true;
  }
  if (NoAgreementMeant(tokens, trigger)) return;
  const AgreementWords words =
      NameAgreement(ctx, triggers, t, begin, end, &draft);
  // "The truce between Armenia and Azerbaijan has held": a definite head
  // with both sides named is that pair's agreement, not the latest one
  // told (the same one only when its parties match).
  if (words.sides >= 2 && !words.denied) draft.anaphoric = false;
  std::string spelled;
  std::vector<std::string> subjects;
  if (const v1::AgreementDefinition* known =
          KnownAgreement(ctx, trigger, draft, &spelled)) {
    // "Russia suspended its participation in New START": an agreement
    // known by name is that one, between its own parties. It keeps the
    // words the article names it by, which its other mentions share ("the
    // 2015 nuclear deal" ... "the nuclear deal").
    draft.agreement_name = spelled;
    draft.known_agreement = known->id();
    draft.anaphoric = false;
    for (const std::string& party : known->parties()) {
      AddUnique(party, &draft.participants);
    }
  } else if (IsLowercasePlural(tokens[trigger.last])) {
    // "the Russian-Chinese agreements" are several texts, unlike the
    // known "Minsk agreements"; "agreements on A and on B" are two named
    // by their subjects, between the sentence's sides.
    subjects = SubjectsOfPlural(ctx, trigger);
    if (subjects.empty()) return;
    draft.anaphoric = false;
    AddSentenceParties(ctx, triggers, t, words, &draft);
  } else {
    AddSentenceParties(ctx, triggers, t, words, &draft);
    if (words.intergovernmental) StatesAsSides(*ctx.kb, &draft);
  }
  // "in accordance with the UN Charter", "the Charter of the United
  // Nations": an organization's founding charter is cited, not reported on.
  const int of_body =
      Is(tokens, trigger.last + 2, "the") ? trigger.last + 3 : trigger.last + 2;
  if (tokens[trigger.last].lower == "charter" &&
      std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
        return m.kind == MentionKind::kOrganization &&
               ((m.first >= words.name_first && m.last < trigger.first) ||
                (Is(tokens, trigger.last + 1, "of") &&
                 (m.first == of_body || m.first == trigger.last + 2)));
      })) {
    return;
  }
  const v1::Date sentence_date = draft.date;
  const int cue =
      AgreementStatusAndDate(ctx, triggers, t, begin, end, listed, &draft);
  // "no agreement was signed": not signed, still talked about.
  if (words.denied &&
      draft.agreement_status >= v1::AGREEMENT_STATUS_PENDING_SIGNATURE) {
    draft.agreement_status = v1::AGREEMENT_STATUS_NEGOTIATING;
  }
  // "Putin and Pezeshkian signed the treaty in the Kremlin": leaders of
  // two countries signing together met.
  if (cue >= 0 &&
      (tokens[cue].lower == "signed" || tokens[cue].lower == "inked")) {
    EventDraft meeting = CoSigners(ctx, cue, draft);
    // "X, Y and Z signed a joint declaration": without parties named
    // by the agreement's words, the signers' countries are its parties,
    // all of them.
    if (words.sides < 2 && meeting.participants.size() >= 2) {
      int verb = cue;
      while (verb > 0 &&
             (Is(tokens, verb - 1, "also") || Is(tokens, verb - 1, "have") ||
              Is(tokens, verb - 1, "had") || Is(tokens, verb - 1, "jointly"))) {
        --verb;
      }
      for (const Mention* m : CoordinatedPersons(tokens, mentions, verb)) {
        AddParties(*m, *ctx.kb, discourse.article_date, &draft.participants);
      }
    }
    if (PrecisionOf(meeting.date) == DatePrecision::kNone) {
      meeting.date = sentence_date;
    }
    if (!meeting.participants.empty()) drafts->push_back(std::move(meeting));
  }
  if (subjects.empty()) {
    drafts->push_back(std::move(draft));
    return;
  }
  // The singular of the plural head names each text.
  const TokenText& head = tokens[trigger.last].lower;
  const std::string kind(head.begin(), head.end() - 1);
  for (const std::string& subject : subjects) {
    EventDraft text = draft;
    text.agreement_name = kind + " on " + subject;
    drafts->push_back(std::move(text));
  }
}

EventDraft GroupDecision(const SentenceContext& ctx) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const std::vector<DateMention>& dates = ctx.dates;
  const Discourse& discourse = ctx.discourse;
  EventDraft agreement;
  const int n = static_cast<int>(tokens.size());
  for (int i = 1; i + 1 < n; ++i) {
    if (tokens[i].lower != "agreed") continue;
    // "agreed on Sunday to cut output", "agreed to restore relations".
    int to = i + 1;
    while (to < n && to <= i + 5 && tokens[to].lower != "to") ++to;
    if (to >= n || to > i + 5 || to + 1 >= n || !tokens[to + 1].word) continue;
    // "agreed to continue contacts", "to meet again", "to step up
    // cooperation": more talks or an intention, no text agreed.
    static const WordSet kNoText = {
        "continue", "resume",   "meet",    "hold",      "maintain",
        "keep",     "stay",     "remain",  "step",      "intensify",
        "expand",   "deepen",   "boost",   "enhance",   "explore",
        "study",    "consider", "discuss", "strengthen"};
    if (kNoText.contains(tokens[to + 1].lower)) continue;
    // The subject: countries or organizations right before the verb.
    int next = i;
    while (next > 0 && (tokens[next - 1].lower == "have" ||
                        tokens[next - 1].lower == "also" ||
                        tokens[next - 1].lower == "jointly")) {
      --next;
    }
    std::vector<std::string> parties;
    bool organization = false;
    for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
      const Mention& m = *it;
      if (m.last >= next) continue;
      bool joined = true;
      for (int k = m.last + 1; k < next; ++k) {
        joined = joined && (tokens[k].lower == "and" || tokens[k].lower == ",");
      }
      // "Washington and Baku agreed": a capital stands for its country.
      const v1::Actor* capital_of =
          m.kind == MentionKind::kPlace && !m.country.empty()
              ? ctx.kb->FindActor(m.country)
              : nullptr;
      const bool capital =
          capital_of != nullptr && capital_of->capital() == m.ids[0];
      const bool side = (m.kind == MentionKind::kCountry && !m.adjective) ||
                        m.kind == MentionKind::kOrganization || capital;
      if (!joined || !side) break;
      organization = organization || m.kind == MentionKind::kOrganization;
      AddParties(m, *ctx.kb, discourse.article_date, &parties);
      next = m.first;
    }
    if (parties.empty() || (parties.size() < 2 && !organization)) continue;
    agreement.type = v1::EVENT_TYPE_AGREEMENT;
    agreement.agreement_status = v1::AGREEMENT_STATUS_SIGNED;
    agreement.participants = std::move(parties);
    // "agreed to begin drafting a charter": work on a text starts, named by
    // its head noun.
    static const WordSet kBegin = {"begin", "start", "launch", "open"};
    static const WordSet kWork = {"drafting",  "negotiating", "negotiations",
                                  "talks",     "work",        "working",
                                  "negotiate", "draft",       "discussing"};
    static const WordSet kHeads = {
        "agreement",  "treaty",  "pact",       "deal",     "accord",
        "memorandum", "charter", "convention", "protocol", "declaration"};
    if (kBegin.contains(tokens[to + 1].lower) && to + 2 < n &&
        kWork.contains(tokens[to + 2].lower)) {
      agreement.agreement_status = v1::AGREEMENT_STATUS_NEGOTIATING;
      for (int k = to + 3; k < n && k <= to + 8 && tokens[k].word; ++k) {
        if (kHeads.contains(tokens[k].lower)) {
          // With its subject: "a charter on strategic partnership".
          agreement.agreement_name = tokens[k].lower;
          if (Is(tokens, k + 1, "on") || Is(tokens, k + 1, "for")) {
            for (int j = k + 1;
                 j < n && j <= k + 5 && tokens[j].word &&
                 !tokens[j].capitalized && tokens[j].lower != "and";
                 ++j) {
              agreement.agreement_name += " " + tokens[j].lower;
            }
          }
          break;
        }
      }
      if (!agreement.agreement_name.empty()) {
        for (const DateMention& date : dates) {
          if (date.first > i && date.first < to) agreement.date = date.past;
        }
        return agreement;
      }
    }
    // Named by what was agreed: "agreed to cut output" -> "cut output".
    for (int k = to + 1; k < n && k <= to + 3 && tokens[k].word; ++k) {
      if (!agreement.agreement_name.empty()) {
        agreement.agreement_name.push_back(' ');
      }
      agreement.agreement_name += tokens[k].lower;
    }
    for (const DateMention& date : dates) {
      if (date.first > i && date.first < to) agreement.date = date.past;
    }
    return agreement;
  }
  return agreement;
}

EventDraft CoSigners(const SentenceContext& ctx, int signed_at,
                     const EventDraft& agreement) {
  const std::vector<Token>& tokens = ctx.tokens;
  const std::vector<Mention>& mentions = ctx.mentions;
  const Discourse& discourse = ctx.discourse;
  EventDraft meeting;
  // The subject: persons right before the verb ("X and Y have jointly
  // signed").
  int verb = signed_at;
  while (verb > 0 &&
         (tokens[verb - 1].lower == "also" ||
          tokens[verb - 1].lower == "have" || tokens[verb - 1].lower == "had" ||
          tokens[verb - 1].lower == "jointly")) {
    --verb;
  }
  std::vector<std::string> signers, countries;
  for (const Mention* m : CoordinatedPersons(tokens, mentions, verb)) {
    for (const std::string& id : m->ids) {
      AddUnique(id, &signers);
      AddUnique(ctx.finder->CountryOf(id, discourse.article_date, discourse),
                &countries);
    }
  }
  if (signers.size() < 2 || countries.size() < 2) return meeting;
  meeting.type = v1::EVENT_TYPE_MEETING;
  meeting.status = v1::EVENT_STATUS_OCCURRED;
  meeting.status_explicit = true;
  meeting.sentences = agreement.sentences;
  meeting.date = agreement.date;
  meeting.yearless_month = agreement.yearless_month;
  meeting.weekday = agreement.weekday;
  meeting.participant_countries = countries;
  for (const Mention& m : mentions) {
    if (m.locative && m.first > signed_at && m.kind == MentionKind::kPlace &&
        meeting.place.empty()) {
      meeting.place = m.ids[0];
      meeting.country = m.country;
    }
  }
  meeting.participants = std::move(signers);
  return meeting;
}

}  // namespace event_rules
}  // namespace parley
