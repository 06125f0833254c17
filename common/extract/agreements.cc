// Agreements: the status cues of an agreement, its parties, and the
// agreements and signing meetings a sentence implies.
#include <algorithm>
#include <cstdlib>

#include "absl/strings/match.h"
#include "common/extract/event_rules.h"

namespace parley {
namespace event_rules {

bool PartOrMediatorOf(const std::vector<Token>& tokens, int first) {
  static const WordSet kParts = {"region",  "province", "part",
                                 "enclave", "exclave",  "territory"};
  static const WordSet kMediated = {"brokered", "mediated", "hosted",
                                    "facilitated"};
  return (Is(tokens, first - 1, "of") && InSet(tokens, first - 2, kParts)) ||
         (Is(tokens, first - 1, "by") && InSet(tokens, first - 2, kMediated));
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
  int best = 0;
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
        "terminated",   "terminate",     "scrapped",     "collapsed",
        "collapse",     "expired",       "annulled",     "abandoned",
        "cancelled",    "canceled",      "ripped",       "tore",
        "suspended",    "suspend",       "suspends",     "suspension",
        "froze",        "frozen",        "freeze",       "withdrew",
        "withdrawal",   "withdrawn",     "quit",         "exited",
        "ratified",     "force",         "effect",       "implementation",
        "implementing", "implemented",   "implement",    "signed",
        "inked",        "concluded",     "sealed",       "clinched",
        "struck",       "ratify",        "ratification", "finalized",
        "finalised",    "sign",          "signing",      "signature",
        "initialed",    "negotiating",   "negotiations", "negotiate",
        "drafting",     "draft",         "drafted",      "talks",
        "discussing",   "discussed",     "discussion",   "working",
        "work",         "finalize",      "finalise",     "finalizing",
        "finalising",   "close",         "preparing",    "underway",
        "ongoing",      "proposed",      "proposal",     "propose",
        "suggested",    "offered",       "floated",      "called",
        "calls",        "extended",      "extend",       "extension",
        "renewed",      "prolonged",     "reached",      "pulled",
        "expire",       "lapse",         "lapsed",       "accordance",
        "restore",      "negotiated",    "initialled",   "initials",
        "agreed",       "brokered",      "announced",    "secured",
        "hammered",     "violating",     "violated",     "violation",
        "violations",   "breach",        "breached",     "breaching",
        "place",        "approved",      "approval",     "revive",
        "revival",      "reviving",      "restoring",    "salvage",
        "renegotiate",  "renegotiation", "broke",        "fell",
        "unravelled",   "unraveled",     "void",         "exit",
        "walked",       "reneged",       "mooted",       "suggest",
        "suggests",     "proposes",      "proposing",    "seeking",
        "seeks",        "seek",          "sought",       "pushing",
        "push",         "urged",         "urging"};
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
    const bool agreed = agreed_on || text_agreed;
    if (!kCueWords.contains(w)) continue;
    if (w == "terminated" || w == "terminate" || w == "scrapped" ||
        w == "collapsed" || w == "collapse" || w == "expired" ||
        w == "annulled" || w == "abandoned" || w == "cancelled" ||
        w == "canceled" || w == "ripped" || w == "tore" || w == "unravelled" ||
        w == "unraveled" || (w == "broke" && Is(tokens, k + 1, "down")) ||
        (w == "fell" && Is(tokens, k + 1, "apart")) ||
        (w == "void" && !future_before(k))) {
      // "the truce broke down", "the deal fell apart", "declared it void"
      // ("would be void" is a warning).
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
      // "has to be ratified" is a signed text awaiting ratification.
      take(future_before(k) ? v1::AGREEMENT_STATUS_SIGNED
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
      take(v1::AGREEMENT_STATUS_IN_FORCE);
    } else if (w == "signed" || w == "inked" || w == "concluded" ||
               w == "sealed" || w == "clinched" || w == "struck" ||
               w == "secured" ||
               (w == "hammered" && Is(tokens, k + 1, "out")) ||
               (w == "negotiated" && !Is(tokens, k - 1, "being") &&
                !Is(tokens, k - 1, "been")) ||
               (agreed_on && !negated_before(k)) ||
               ((w == "brokered" || w == "announced") && near_head)) {
      take(future_before(k) ? v1::AGREEMENT_STATUS_PENDING_SIGNATURE
                            : v1::AGREEMENT_STATUS_SIGNED);
    } else if (w == "pulled" &&
               (Is(tokens, k + 1, "out") || Is(tokens, k + 2, "out"))) {
      // "Russia pulled out of the deal", "pulled Washington out of it": a
      // party withdrew.
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
               w == "drafting" || w == "draft" || w == "drafted" ||
               w == "talks" || w == "discussing" || w == "discussed" ||
               w == "discussion" || w == "working" || w == "work" ||
               w == "finalize" || w == "finalise" || w == "finalizing" ||
               w == "finalising" || (w == "close" && Is(tokens, k + 1, "to")) ||
               w == "preparing" || w == "underway" || w == "ongoing" ||
               w == "revive" || w == "revival" || w == "reviving" ||
               w == "restoring" || w == "salvage" || w == "renegotiate" ||
               (w == "restore" && Is(tokens, k - 1, "to")) ||
               w == "renegotiation" || (agreed && negated_before(k)) ||
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
  // "Under the Geneva deal, tariffs fell": a text applied, when nothing
  // else is said of it.
  for (int k = head - 1; status == v1::AGREEMENT_STATUS_UNSPECIFIED &&
                         head > 0 && k >= std::max(0, head - 6);
       --k) {
    if (!tokens[k].word) break;
    if (tokens[k].lower == "under") {
      status = v1::AGREEMENT_STATUS_IN_FORCE;
      *cue = k;
    }
  }
  return status;
}

std::string PartyOf(const Mention& m, const KnowledgeBase& kb,
                    const v1::Date& date) {
  if (m.kind == MentionKind::kPerson) {
    // An international official signs for the body ("Grossi" for the
    // IAEA), not for the country of birth.
    const v1::Actor* actor = kb.FindActor(m.ids[0]);
    const v1::Role* role = actor ? kb.RoleOn(*actor, date) : nullptr;
    if (role != nullptr && role->country().empty() &&
        !role->organization().empty()) {
      const v1::Actor* body = kb.FindActor(role->organization());
      return body && !body->country().empty() ? body->country()
                                              : role->organization();
    }
  }
  if (m.kind == MentionKind::kPlace || PersonLike(m)) return m.country;
  if (m.kind == MentionKind::kOrganization) {
    const v1::Actor* actor = kb.FindActor(m.ids[0]);
    const std::string& id = m.ids[0];
    const bool state_body =
        absl::StrContains(id, "duma") || absl::StrContains(id, "council") ||
        absl::StrContains(id, "majlis") ||
        absl::StrContains(id, "parliament") ||
        absl::StrContains(id, "assembly") || absl::StrContains(id, "senate") ||
        absl::StrContains(id, "congress") ||
        absl::StrContains(id, "ministry") ||
        absl::StrContains(id, "government");
    if (state_body && actor != nullptr && !actor->country().empty()) {
      return actor->country();
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

}  // namespace event_rules

using event_rules::AddParties;
using event_rules::AddUnique;
using event_rules::CoordinatedPersons;
using event_rules::Is;
using event_rules::WordSet;

EventDraft EventFinder::GroupDecision(const std::vector<Token>& tokens,
                                      const std::vector<Mention>& mentions,
                                      const std::vector<DateMention>& dates,
                                      const Discourse& discourse) const {
  EventDraft agreement;
  const int n = static_cast<int>(tokens.size());
  for (int i = 1; i + 1 < n; ++i) {
    if (tokens[i].lower != "agreed") continue;
    // "agreed on Sunday to cut output", "agreed to restore relations".
    int to = i + 1;
    while (to < n && to <= i + 5 && tokens[to].lower != "to") ++to;
    if (to >= n || to > i + 5 || to + 1 >= n || !tokens[to + 1].word) continue;
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
              ? kb_->FindActor(m.country)
              : nullptr;
      const bool capital =
          capital_of != nullptr && capital_of->capital() == m.ids[0];
      const bool side = (m.kind == MentionKind::kCountry && !m.adjective) ||
                        m.kind == MentionKind::kOrganization || capital;
      if (!joined || !side) break;
      organization = organization || m.kind == MentionKind::kOrganization;
      AddParties(m, *kb_, discourse.article_date, &parties);
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

EventDraft EventFinder::CoSigners(const std::vector<Token>& tokens,
                                  const std::vector<Mention>& mentions,
                                  int signed_at, const EventDraft& agreement,
                                  const Discourse& discourse) const {
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
      AddUnique(mentions_->CountryOf(id, discourse.article_date, discourse),
                &countries);
    }
  }
  if (signers.size() < 2 || countries.size() < 2) return meeting;
  meeting.type = v1::EVENT_TYPE_MEETING;
  meeting.status = v1::EVENT_STATUS_OCCURRED;
  meeting.status_explicit = true;
  meeting.sentences = agreement.sentences;
  meeting.date = agreement.date;
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

}  // namespace parley
