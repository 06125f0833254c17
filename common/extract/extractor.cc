#include "common/extract/extractor.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "common/extract/dates.h"
#include "common/extract/event_rules.h"
#include "common/text/normalize.h"
#include "common/text/sentences.h"
#include "common/util/date.h"
#include "common/util/status.h"
#include "common/util/word_set.h"

namespace parley {
namespace {

// Updates discourse->subject after a sentence: a person named among its
// first words ("Modi reached Washington", "On Friday, Indian Prime Minister
// Modi ...") becomes the subject; otherwise it stays. A sentence whose
// first words say "he" or "she" before any person keeps it ("He later met
// X": X is an object). A speaker is the subject when "he" or "she" opens
// what he said ("Macron said he had asked A and B to ..."); else the
// person he spoke of may be ("Peskov said Putin would ...").
void UpdateSubject(const std::vector<Token>& tokens,
                   const std::vector<Mention>& mentions, int skip,
                   Discourse* discourse) {
  auto pronoun_in = [&tokens](int begin, int end) {
    for (int k = std::max(begin, 0);
         k < end && k < static_cast<int>(tokens.size()); ++k) {
      if (tokens[k].lower == "he" || tokens[k].lower == "she") return true;
    }
    return false;
  };
  // "Speaking to reporters on the plane, Erdogan said ...", "After talks
  // with Putin, Xi flew home": an opening phrase ended by a comma tells of
  // the clause's subject, who comes after it; its persons are not.
  static const auto* kOpenings =
      new WordSet{"after", "following", "before", "during", "at",
                  "in",    "on",        "upon",   "amid",   "asked"};
  int from = skip;
  const int n = static_cast<int>(tokens.size());
  if (skip < n && tokens[skip].word &&
      (kOpenings->contains(tokens[skip].lower) ||
       (tokens[skip].lower.size() > 5 &&
        absl::EndsWith(tokens[skip].lower, "ing")))) {
    for (int k = skip + 1; k < n && k < skip + 30; ++k) {
      if (tokens[k].lower == ",") {
        from = k + 1;
        break;
      }
      if (!tokens[k].word && tokens[k].lower != "-" &&
          tokens[k].lower != "'s") {
        break;
      }
    }
  }
  // "On Saturday Orban joined a summit in Shusha, hosted by Aliyev": after
  // a preposition of time or place (not a clause: "After Putin arrived,"),
  // a person followed by a verb of his own is the subject, not part of an
  // opening phrase (not in "At the summit, which Putin attended,").
  static const auto* kPhraseOpenings = new WordSet{"on", "in", "at"};
  static const auto* kRelatives =
      new WordSet{"which", "that", "who", "whom", "where", "when", "whose"};
  bool relative = false;
  for (int k = skip; from > skip && k < from && !relative; ++k) {
    relative = kRelatives->contains(tokens[k].lower);
  }
  for (const Mention& m : mentions) {
    if (from == skip || relative || m.first >= from ||
        !kPhraseOpenings->contains(tokens[skip].lower)) {
      break;
    }
    const int after = m.last + 1;
    if (m.kind == MentionKind::kPerson && m.first > skip && after < n &&
        tokens[after].word && !tokens[after].capitalized &&
        absl::EndsWith(tokens[after].lower, "ed")) {
      from = skip;
    }
  }
  // "Xi received him", "A and B welcomed him at the airport": a verb of the
  // persons from mention `i` on takes "him" or "her" as its object, who is
  // not one of them.
  auto object_pronoun_after = [&](size_t i) {
    while (i + 1 < mentions.size() &&
           mentions[i + 1].kind == MentionKind::kPerson &&
           mentions[i + 1].first == mentions[i].last + 2 &&
           (tokens[mentions[i].last + 1].lower == "and" ||
            tokens[mentions[i].last + 1].lower == ",")) {
      ++i;
    }
    const int next = i + 1 < mentions.size() ? mentions[i + 1].first : n;
    for (int k = mentions[i].last + 1; k < next && k <= mentions[i].last + 4;
         ++k) {
      if (!tokens[k].word) return false;
      if (!tokens[k].capitalized &&
          event_rules::ObjectPronounAfter(tokens, k)) {
        return true;
      }
    }
    return false;
  };
  const int window = from;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.first < window) continue;
    if (m.kind != MentionKind::kPerson && m.first > window + 8) continue;
    if (m.first > window + 8) {
      // "A day later, in a move that surprised many, Raisi arrived ...": a
      // person after a long opening ended by a comma, with a verb of his
      // own, is the subject.
      int before = m.first - 1;
      if (tokens[before].lower == "the") --before;
      const int after = m.last + 1;
      if (before > from && tokens[before].lower == "," && !m.speaker &&
          after < n && tokens[after].word && !tokens[after].capitalized &&
          tokens[after].lower != "and" && !pronoun_in(from, m.first)) {
        discourse->subject = m.ids[0];
        return;
      }
      break;
    }
    if (m.kind != MentionKind::kPerson) continue;
    if (pronoun_in(from, m.first)) return;
    if (!m.speaker) {
      // "Then came Beijing: Xi received him": the one "him" stands for,
      // the subject so far, is still the one the story follows.
      if (!discourse->subject.empty() && discourse->subject != m.ids[0] &&
          object_pronoun_after(i)) {
        return;
      }
      discourse->subject = m.ids[0];
      return;
    }
    // The speaker's own clause: up to four words after the name, before
    // the next person ("told reporters that he", "said on Friday he").
    int end = m.last + 6;
    if (i + 1 < mentions.size()) end = std::min(end, mentions[i + 1].first);
    if (pronoun_in(m.last + 1, end)) {
      discourse->subject = m.ids[0];
      return;
    }
    from = m.last + 1;
  }
  // No person opens the sentence: "Tehran was the third stop on a tour by
  // Wang", "Next comes a visit of the premier": the traveller the sentence
  // names is the one it tells of ("a tour by the Russian leader" too).
  static const auto* kTripNouns =
      new WordSet{"tour", "trip", "visit", "journey", "stay", "voyage"};
  for (const Mention& m : mentions) {
    if (m.kind != MentionKind::kPerson || m.speaker || m.first < window) {
      continue;
    }
    int link = m.first - 1;
    if (link > skip && tokens[link].lower == "the") --link;
    if (link - 1 >= skip &&
        (tokens[link].lower == "by" || tokens[link].lower == "of") &&
        kTripNouns->contains(tokens[link - 1].lower) &&
        !pronoun_in(skip, m.first)) {
      discourse->subject = m.ids[0];
      return;
    }
  }
  // "The second leg began in Hanoi, where Kishida landed on Tuesday": with
  // no person opening the sentence, the subject of a clause on its place
  // or time ("where", "when" after a comma) is the one it tells of.
  for (const Mention& m : mentions) {
    if (m.kind != MentionKind::kPerson || m.speaker || m.first < window ||
        m.first - 2 < skip || m.last + 1 >= n) {
      continue;
    }
    const TokenText& relative = tokens[m.first - 1].lower;
    if ((relative == "where" || relative == "when") &&
        tokens[m.first - 2].lower == "," && tokens[m.last + 1].word &&
        !tokens[m.last + 1].capitalized && !pronoun_in(skip, m.first)) {
      discourse->subject = m.ids[0];
      return;
    }
  }
}

// The number of leading tokens that form a dateline ("TEHRAN -",
// "MOSCOW, Oct 22 (Reuters) -"), or 0.
int DatelineLength(absl::string_view text, const std::vector<Token>& tokens) {
  if (tokens.empty() || !tokens[0].word) return 0;
  const absl::string_view first =
      text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin);
  if (first.size() < 3 || !std::all_of(first.begin(), first.end(), [](char c) {
        return absl::ascii_isupper(c) || c == '.';
      })) {
    return 0;
  }
  for (size_t i = 1; i < tokens.size() && i < 10; ++i) {
    // "WASHINGTON, June 23, 2023:" ends with a colon.
    if (tokens[i].lower == "-" || tokens[i].lower == ":") {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

// Dates the meetings and calls of a live blog's undated entry sentence
// `tokens` that happened ("Putin met Sharif.", "Xi has also met Erdogan.")
// on the blog's `day`; not those told as before it ("had met", "last met",
// "previously spoke"). A visit lasts days: its arrival need not be that day.
// True when `tokens` tell of another time than the day before them: "had
// met", "last met", "previously", "several times"; with `later`, also
// "later met" (in a live blog, later that day).
bool ToldAsEarlier(const std::vector<Token>& tokens, bool later) {
  static const WordSet kEarlier = {"had",  "last",  "previously",
                                   "once", "ago",   "times",
                                   "ever", "since", "former"};
  return std::any_of(tokens.begin(), tokens.end(), [later](const Token& token) {
    return kEarlier.contains(token.lower) || (later && token.lower == "later");
  });
}

bool UndatedTalk(const EventDraft& draft) {
  return (draft.type == v1::EVENT_TYPE_MEETING ||
          draft.type == v1::EVENT_TYPE_CALL) &&
         draft.status == v1::EVENT_STATUS_OCCURRED &&
         PrecisionOf(draft.date) == DatePrecision::kNone &&
         draft.yearless_month == 0 && draft.day_offset == EventDraft::kNoOffset;
}

void DateBlogEntry(const std::vector<Token>& tokens, const v1::Date& day,
                   std::vector<EventDraft>* drafts) {
  if (ToldAsEarlier(tokens, /*later=*/false)) return;
  for (EventDraft& draft : *drafts) {
    if (UndatedTalk(draft)) draft.date = day;
  }
}

// The day of the news a sentence reports: that of its first meeting, call
// or agreement that happened on a day of the week before the article's
// date (or on it); else unknown. An arrival need not be the day of the
// talks after it.
v1::Date LeadDay(const std::vector<EventDraft>& found,
                 const v1::Date& article_date) {
  for (const EventDraft& draft : found) {
    if (PrecisionOf(draft.date) != DatePrecision::kDay ||
        draft.type == v1::EVENT_TYPE_VISIT ||
        (draft.type != v1::EVENT_TYPE_AGREEMENT &&
         draft.status != v1::EVENT_STATUS_OCCURRED)) {
      continue;
    }
    const int days =
        static_cast<int>(FirstDay(article_date) - FirstDay(draft.date));
    if (days >= 0 && days <= 6) return draft.date;
  }
  return v1::Date();
}

float Confidence(const EventDraft& draft) {
  return std::min(0.95f,
                  0.55f + 0.1f * static_cast<float>(draft.sentences.size()));
}

}  // namespace

std::string ArticleId(absl::string_view text) {
  // FNV-1a with a 128-bit state.
  constexpr unsigned __int128 kPrime =
      (static_cast<unsigned __int128>(0x0000000001000000ULL) << 64) |
      0x000000000000013BULL;
  unsigned __int128 hash =
      (static_cast<unsigned __int128>(0x6C62272E07BB0142ULL) << 64) |
      0x62B821756295C58DULL;
  static_assert(kPrime == ((static_cast<unsigned __int128>(1) << 88) | 0x13B));
  // Unrolled: the loop's own instructions were a quarter of each byte's.
#pragma GCC unroll 4
  for (unsigned char c : text) {
    hash ^= c;
    // hash *= kPrime, spelled as the prime's two terms (fewer multiplies).
    hash = hash * 0x13B + (hash << 88);
  }
  return absl::StrFormat("%016x%016x", static_cast<uint64_t>(hash >> 64),
                         static_cast<uint64_t>(hash));
}

Extractor::Extractor(const KnowledgeBase* kb, ExtractorOptions options)
    : kb_(kb),
      options_(options),
      lexicon_(*kb),
      mentions_(kb, &lexicon_),
      events_(kb, &mentions_) {
  // Built with the extractor, not by the first article.
  PrepareSentenceSplitter();
}

absl::StatusOr<ExtractedArticle> Extractor::Extract(
    const ArticleInput& input) const {
  if (input.text.size() > options_.max_text_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat("text is ", input.text.size(), " bytes; the limit is ",
                     options_.max_text_bytes,
                     " bytes: split the article or raise the limit"));
  }
  if (absl::StripAsciiWhitespace(input.text).empty()) {
    return absl::InvalidArgumentError("text is empty; send the article's text");
  }
  PARLEY_RETURN_IF_ERROR(ValidateText(input.text));
  if (absl::Status status = ValidateDate(input.published); !status.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("published: ", status.message()));
  }
  const bool html = input.format == ArticleInput::Format::kHtml ||
                    (input.format == ArticleInput::Format::kDetect &&
                     LooksLikeHtml(input.text));
  std::string text = NormalizeText(html ? HtmlToText(input.text) : input.text);
  v1::Date yearless;
  const v1::Date found_date = TakeArticleDate(&text, &yearless);
  if (text.empty()) {
    return absl::InvalidArgumentError(
        "text has no readable content after removing markup; send the "
        "article's text");
  }

  ExtractedArticle result;
  v1::Article& article = result.article;
  article.set_id(ArticleId(text));
  article.set_url(input.url);
  article.set_title(input.title);
  *article.mutable_published() =
      input.published.year() != 0 ? input.published : found_date;
  const std::vector<SentenceSpan> sentences = CapSentenceLength(
      text, SplitSentences(text), options_.max_sentence_bytes);
  // The tokens of each sentence, when the dateline's year is sought in them
  // (then kept for the sentences' rules).
  std::vector<std::vector<Token>> sentence_tokens;
  if (article.published().year() == 0 && yearless.month() != 0) {
    for (const SentenceSpan& span : sentences) {
      sentence_tokens.push_back(Tokenize(text, span.begin, span.end));
    }
    std::string evidence;
    if (const int year =
            DatelineYear(yearless.month(), yearless.day(), sentence_tokens,
                         lexicon_, *kb_, &evidence)) {
      *article.mutable_published() =
          MakeDate(year, yearless.month(), yearless.day());
      // Inferred, not read: the caller may know better.
      result.warnings.push_back(absl::StrCat(
          "publication date ", FormatDate(article.published()),
          " inferred: the dateline gives no year; the year is the one that ",
          "fits ", evidence, "; set 'published' to correct it"));
    }
  }
  if (PrecisionOf(article.published()) != DatePrecision::kDay) {
    result.warnings.push_back(
        "no publication date in the request or the text: relative dates "
        "such as 'on Tuesday' are left unresolved; set 'published' to fix");
  }

  Discourse discourse;
  discourse.article_date = article.published();
  std::vector<int> sentence_begin, sentence_end;
  std::vector<EventDraft> drafts;
  drafts.reserve(sentences.size());
  // Meetings of countries found in the previous sentence (indexes).
  std::vector<size_t> country_meetings;
  // The last date of year, month or day precision named, read as past (a
  // story told on: "later that month", "June of the same year").
  v1::Date last_named;
  // A live blog's entries tell, undated, what happened on its day: the
  // article's, or that of the latest day heading.
  const bool live_blog =
      PrecisionOf(discourse.article_date) == DatePrecision::kDay &&
      LooksLikeLiveBlog(text);
  v1::Date blog_day = discourse.article_date;
  bool blog_entries = false;  // The first entry's time has been read.
  // "Erdogan met Aliyev on Monday. ... The two leaders then held talks":
  // the day of the news the lead paragraphs report dates the undated talks
  // of the next two sentences.
  // Applied to the events still undated once merged, so that it changes
  // no merge: sentence index -> that day.
  v1::Date lead_day;
  size_t lead_sentence = 0;
  absl::flat_hash_map<int, v1::Date> lead_days;
  for (size_t s = 0; s < sentences.size(); ++s) {
    sentence_begin.push_back(sentences[s].begin);
    sentence_end.push_back(sentences[s].end);
    const std::vector<Token> tokens =
        s < sentence_tokens.size()
            ? std::move(sentence_tokens[s])
            : Tokenize(text, sentences[s].begin, sentences[s].end);
    const int skip = s < 3 ? DatelineLength(text, tokens) : 0;
    discourse.previous_persons = discourse.recent_persons;
    std::vector<DateMention> dates =
        FindDates(tokens, discourse.article_date, last_named);
    // The dateline's date is the article's, not that of an event.
    dates.erase(std::remove_if(dates.begin(), dates.end(),
                               [skip](const DateMention& date) {
                                 return date.first < skip;
                               }),
                dates.end());
    // Offices are held on the date the sentence speaks of when it names a
    // date with its year; relative dates stay on the article's date.
    discourse.sentence_date = discourse.article_date;
    for (const DateMention& date : dates) {
      const bool absolute =
          PrecisionOf(date.past) >= DatePrecision::kMonth &&
          date.past.SerializeAsString() == date.future.SerializeAsString();
      if (absolute && date.past.year() != discourse.article_date.year()) {
        discourse.sentence_date = date.past;
        break;
      }
    }
    const std::vector<Mention> mentions =
        mentions_.Find(text, tokens, skip, &discourse);
    // "Iran and the United States held talks in Oman. Iranian Foreign
    // Minister Araghchi and US envoy Witkoff spent two hours ...": a meeting
    // of countries is between the persons the next sentence names for them,
    // one for each country.
    for (size_t index : country_meetings) {
      EventDraft& meeting = drafts[index];
      absl::flat_hash_map<std::string, std::vector<std::string>> by_country;
      for (const Mention& m : mentions) {
        if (m.kind != MentionKind::kPerson || m.speaker) continue;
        std::vector<std::string>& ids = by_country[mentions_.CountryOf(
            m.ids[0], discourse.article_date, discourse)];
        if (std::find(ids.begin(), ids.end(), m.ids[0]) == ids.end()) {
          ids.push_back(m.ids[0]);
        }
      }
      std::vector<std::string> persons;
      for (const std::string& country : meeting.participants) {
        auto it = by_country.find(country);
        if (it == by_country.end() || it->second.size() != 1) {
          persons.clear();
          break;
        }
        persons.push_back(it->second[0]);
      }
      if (persons.empty()) continue;
      meeting.participant_countries = meeting.participants;
      meeting.participants = std::move(persons);
      meeting.country_level = false;
      meeting.sentences.push_back(static_cast<int>(s));
      discourse.last_meeting = meeting.participants;
    }
    country_meetings.clear();
    std::vector<EventDraft> found =
        events_.Find(tokens, mentions, dates, static_cast<int>(s), discourse);
    if (live_blog) {
      if (IsDateHeading(tokens, dates)) blog_day = dates[0].past;
      blog_entries = blog_entries || IsClockTime(tokens);
      if (blog_entries && dates.empty()) {
        DateBlogEntry(tokens, blog_day, &found);
      }
    }
    if (PrecisionOf(discourse.article_date) == DatePrecision::kDay &&
        !live_blog) {
      if (!dates.empty() && s < 8) {
        // A sentence with a date of its own: the news day it reports, if
        // any, is the one told last; else what follows may be background.
        lead_day = LeadDay(found, discourse.article_date);
        lead_sentence = s;
      } else if (lead_day.year() != 0 && s <= lead_sentence + 2 &&
                 !ToldAsEarlier(tokens, /*later=*/true)) {
        lead_days[static_cast<int>(s)] = lead_day;
      }
    }
    for (EventDraft& draft : found) {
      if (draft.type == v1::EVENT_TYPE_MEETING && !draft.tentative) {
        const std::vector<std::string>& sides =
            draft.country_level ? draft.participants
                                : draft.participant_countries;
        if (sides.size() >= 2) discourse.last_sides = sides;
      }
      // (Not a meeting of the leaders' teams: the next sentence's persons
      // are more likely the leaders.)
      if (draft.country_level && draft.type == v1::EVENT_TYPE_MEETING &&
          !draft.separate) {
        country_meetings.push_back(drafts.size());
        // Its persons are not known yet; the earlier meeting's are stale.
        discourse.last_meeting.clear();
      }
      if (!draft.country_level && !draft.tentative &&
          draft.participants.size() >= 2 &&
          (draft.type == v1::EVENT_TYPE_MEETING ||
           draft.type == v1::EVENT_TYPE_CALL)) {
        discourse.last_meeting = draft.participants;
      }
      drafts.push_back(std::move(draft));
    }
    UpdateSubject(tokens, mentions, skip, &discourse);
    for (const DateMention& date : dates) {
      if (PrecisionOf(date.past) >= DatePrecision::kYear) {
        last_named = date.past;
      }
      if (PrecisionOf(date.past) == DatePrecision::kDay &&
          PrecisionOf(date.future) == DatePrecision::kDay) {
        discourse.last_day_past = date.past;
        discourse.last_day_future = date.future;
      }
    }
  }
  article.set_text(std::move(text));
  std::vector<EventDraft> merged =
      MergeDrafts(std::move(drafts), *kb_, discourse.article_date);
  for (EventDraft& draft : merged) {
    if (UndatedTalk(draft)) {
      for (int sentence : draft.sentences) {
        if (auto it = lead_days.find(sentence); it != lead_days.end()) {
          draft.date = it->second;
          break;
        }
      }
    }
  }
  if (!lead_days.empty()) PlaceMeetingsByDay(&merged);
  for (const EventDraft& draft : merged) {
    result.events.push_back(
        BuildEvent(draft, discourse, result, sentence_begin, sentence_end));
  }
  result.new_actors = discourse.new_persons;
  return result;
}

v1::Event Extractor::BuildEvent(const EventDraft& draft,
                                const Discourse& discourse,
                                const ExtractedArticle& article,
                                const std::vector<int>& sentence_begin,
                                const std::vector<int>& sentence_end) const {
  v1::Event event;
  event.set_type(draft.type);
  if (draft.type != v1::EVENT_TYPE_AGREEMENT) event.set_status(draft.status);
  *event.mutable_date() = draft.date;
  const v1::Date& role_date =
      draft.date.year() != 0 ? draft.date : discourse.article_date;
  for (const std::string& id : draft.participants) {
    v1::ActorRef* ref = event.add_participants();
    ref->set_id(id);
    if (const v1::Actor* actor = kb_->FindActor(id)) {
      ref->set_name(actor->name());
      if (actor->kind() == v1::ACTOR_KIND_COUNTRY) {
        ref->set_country(id);
      } else {
        ref->set_role(mentions_.TitleOf(id, role_date, discourse));
        ref->set_country(mentions_.CountryOf(id, role_date, discourse));
      }
    } else {
      for (const v1::Actor& person : discourse.new_persons) {
        if (person.id() != id) continue;
        ref->set_name(person.name());
        ref->set_country(person.country());
        if (person.roles_size() > 0) ref->set_role(person.roles(0).title());
      }
    }
  }
  if (!draft.place.empty() || !draft.country.empty()) {
    v1::Location* location = event.mutable_location();
    location->set_id(draft.place.empty() ? draft.country : draft.place);
    location->set_country(draft.country);
    if (const v1::Place* place = kb_->FindPlace(location->id())) {
      location->set_name(place->name());
      if (location->country().empty()) location->set_country(place->country());
    } else if (const v1::Actor* country = kb_->FindActor(location->id())) {
      location->set_name(country->name());
    }
  }
  if (draft.type == v1::EVENT_TYPE_AGREEMENT) {
    v1::EventAgreement* agreement = event.mutable_agreement();
    agreement->set_name(draft.agreement_name);
    agreement->set_status(draft.agreement_status);
    for (const std::string& id : draft.participants) agreement->add_parties(id);
  }
  v1::Source* source = event.add_sources();
  source->set_article_id(article.article.id());
  // (An empty string is the default, which setting would allocate.)
  if (!article.article.url().empty()) source->set_url(article.article.url());
  if (!article.article.title().empty()) {
    source->set_title(article.article.title());
  }
  *source->mutable_published() = article.article.published();
  std::vector<int> sentences = draft.sentences;
  std::sort(sentences.begin(), sentences.end());
  for (int s : sentences) {
    v1::Evidence* evidence = source->add_evidence();
    evidence->set_begin(sentence_begin[s]);
    evidence->set_end(sentence_end[s]);
    evidence->set_text(article.article.text().substr(
        sentence_begin[s], sentence_end[s] - sentence_begin[s]));
  }
  event.set_confidence(Confidence(draft));
  return event;
}

}  // namespace parley
