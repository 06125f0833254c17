// Normalization, HTML reduction, text validation, the article's own date and
// sentence segmentation (common/text). All texts are written for this test.
#include "common/text/normalize.h"

#include <random>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "common/text/sentences.h"
#include "gtest/gtest.h"

namespace parley {
namespace {

v1::Date Day(int year, int month, int day) {
  v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

std::string Str(const v1::Date& date) {
  return std::to_string(date.year()) + "-" + std::to_string(date.month()) +
         "-" + std::to_string(date.day());
}

TEST(NormalizeTextTest, ComposesToNfc) {
  // "e" followed by a combining acute accent becomes the single code point é.
  EXPECT_EQ(NormalizeText("Erdoe\xCC\x81gan"), "Erdo\xC3\xA9gan");
  // Already composed text is left alone.
  EXPECT_EQ(NormalizeText("Erdo\xC4\x9F"
                          "an"),
            "Erdo\xC4\x9F"
            "an");
}

TEST(NormalizeTextTest, ReplacesTypographicCharacters) {
  // “The talks” — said the envoy’s aide… (with a non-breaking space)
  const std::string input =
      "\xE2\x80\x9CThe talks\xE2\x80\x9D \xE2\x80\x94 said the "
      "envoy\xE2\x80\x99s aide\xE2\x80\xA6 in\xC2\xA0"
      "Baku, 2019\xE2\x80\x93"
      "2020";
  EXPECT_EQ(NormalizeText(input),
            "\"The talks\" - said the envoy's aide... in Baku, 2019-2020");
}

TEST(NormalizeTextTest, CollapsesSpacesAndLineEndings) {
  EXPECT_EQ(NormalizeText("  One  line\r\nTwo\tlines   \r\n\r\n\r\n\r\nEnd  "),
            "One line\nTwo lines\n\nEnd");
  // Zero-width characters disappear.
  EXPECT_EQ(NormalizeText("Tash\xE2\x80\x8Bkent"), "Tashkent");
}

TEST(HtmlTest, DetectsHtml) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html><body>x</body></html>"));
  EXPECT_TRUE(LooksLikeHtml("  <p>The envoys met.</p>"));
  EXPECT_FALSE(LooksLikeHtml("The envoys met; 3 < 4 and 5 > 2."));
}

TEST(HtmlTest, ReducesToVisibleText) {
  const std::string html =
      "<html><head><title>Envoys meet</title>"
      "<style>p { color: red; }</style>"
      "<script type=\"text/javascript\">var meeting = 'fake';</script>"
      "</head><body><!-- a comment about talks -->"
      "<p>The envoys met in Baku &amp; Yerevan.</p>"
      "<p>They spoke&nbsp;for &#8220;two hours&#8221; &mdash; aides "
      "said&#x2e;</p><SCRIPT>document.write('summit');</SCRIPT></body></html>";
  const std::string text = NormalizeText(HtmlToText(html));
  EXPECT_TRUE(absl::StrContains(text, "The envoys met in Baku & Yerevan."))
      << text;
  EXPECT_TRUE(
      absl::StrContains(text, "They spoke for \"two hours\" - aides said."))
      << text;
  EXPECT_FALSE(absl::StrContains(text, "color")) << text;
  EXPECT_FALSE(absl::StrContains(text, "fake")) << text;
  EXPECT_FALSE(absl::StrContains(text, "summit")) << text;
  EXPECT_FALSE(absl::StrContains(text, "comment")) << text;
  EXPECT_FALSE(absl::StrContains(text, "<")) << text;
  // Paragraphs stay apart: the two sentences are on different lines.
  EXPECT_TRUE(absl::StrContains(text, "Yerevan.\n")) << text;
}

TEST(HtmlTest, LeavesUnknownEntitiesAndStrayAmpersands) {
  EXPECT_EQ(NormalizeText(HtmlToText("<p>R&D and &bogus; stay</p>")),
            "R&D and &bogus; stay");
}

TEST(ValidateTextTest, AcceptsUtf8) {
  EXPECT_TRUE(ValidateText("").ok());
  EXPECT_TRUE(ValidateText("Plain ASCII.").ok());
  EXPECT_TRUE(ValidateText("Erdo\xC4\x9F"
                           "an \xE2\x80\x94 \xF0\x9F\x8C\x8D")
                  .ok());
}

TEST(ValidateTextTest, RejectsBadUtf8WithOffset) {
  struct Case {
    std::string text;
    std::string offset;
  };
  const std::vector<Case> cases = {
      {"ab\xC3\x28", "offset 2"},           // Bad continuation byte.
      {"abc\xC0\xAF", "offset 3"},          // Overlong encoding of '/'.
      {"\xED\xA0\x80", "offset 0"},         // UTF-16 surrogate.
      {"x\xE2\x82", "offset 1"},            // Truncated sequence.
      {"\xFF", "offset 0"},                 // Never valid in UTF-8.
      {"a\x80", "offset 1"},                // A lone continuation byte.
      {"ab\xC1\x81", "offset 2"},           // Never a lead byte.
      {"ok \xF4\x90\x80\x80", "offset 3"},  // Beyond U+10FFFF.
      // After runs of ASCII longer than eight bytes.
      {"The envoys met\xC3\x28", "offset 14"},
      {"The envoys met in Baku \xE2\x80\x94 then\xFF", "offset 31"},
  };
  for (const Case& c : cases) {
    const absl::Status status = ValidateText(c.text);
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_TRUE(absl::StrContains(status.message(), "UTF-8"))
        << status.message();
    EXPECT_TRUE(absl::StrContains(status.message(), c.offset))
        << status.message();
  }
}

TEST(ValidateTextTest, RejectsNul) {
  const std::string text("The envoys\0met", 14);
  const absl::Status status = ValidateText(text);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(status.message(), "NUL")) << status.message();
  EXPECT_TRUE(absl::StrContains(status.message(), "offset 10"))
      << status.message();
  const std::string later("The envoys met in Baku \xE2\x80\x94 then\0", 32);
  EXPECT_TRUE(absl::StrContains(ValidateText(later).message(), "offset 31"))
      << ValidateText(later).message();
}

TEST(TakeArticleDateTest, LeadingDateMarkerIsRemoved) {
  std::string text =
      NormalizeText(" date 2023-09-27 The two ministers met in Baku.");
  EXPECT_EQ(Str(TakeArticleDate(&text)), Str(Day(2023, 9, 27)));
  EXPECT_EQ(text, "The two ministers met in Baku.");
}

TEST(TakeArticleDateTest, DatelineWithTime) {
  const std::string original =
      "Ministers meet in Baku\nJanuary 19, 2022 - 22:0\nThe two ministers "
      "met on Tuesday.";
  std::string text = original;
  EXPECT_EQ(Str(TakeArticleDate(&text)), Str(Day(2022, 1, 19)));
  EXPECT_EQ(text, original);  // A dateline is part of the text.
}

TEST(TakeArticleDateTest, DayMonthYearDateline) {
  std::string text = "19 January 2022\nThe two ministers met on Tuesday.";
  EXPECT_EQ(Str(TakeArticleDate(&text)), Str(Day(2022, 1, 19)));
  std::string agency =
      "BAKU, 3 March 2021 (Trend) - The two ministers met on Tuesday.";
  EXPECT_EQ(Str(TakeArticleDate(&agency)), Str(Day(2021, 3, 3)));
}

TEST(TakeArticleDateTest, NoDateIsAllZero) {
  std::string text =
      "The two ministers met on Tuesday.\nThey will meet again next month.";
  const v1::Date date = TakeArticleDate(&text);
  EXPECT_EQ(date.year(), 0);
  EXPECT_EQ(date.month(), 0);
  EXPECT_EQ(date.day(), 0);
  // A malformed marker is not a date either.
  std::string marker = "date 2023-13-45 The ministers met.";
  EXPECT_EQ(TakeArticleDate(&marker).year(), 0);
}

TEST(TakeArticleDateTest, DatelineEndingInAColon) {
  std::string text =
      "WASHINGTON, June 23, 2023: Modi and Biden held talks on Thursday.";
  const v1::Date date = TakeArticleDate(&text);
  EXPECT_EQ(date.year(), 2023);
  EXPECT_EQ(date.month(), 6);
  EXPECT_EQ(date.day(), 23);
}

TEST(TakeArticleDateTest, EventDateInFirstSentenceIsNotADateline) {
  // A dateline's date stands early in its line; a date after a preposition
  // in the prose is an event's.
  std::string text =
      "Iran and Russia signed the treaty on January 17, 2025, and their "
      "envoys met again on Tuesday.";
  EXPECT_EQ(TakeArticleDate(&text).year(), 0);
  std::string subtitle =
      "Treaty extended\nThe treaty is extended until February 5, 2026\n\n"
      "MOSCOW, February 3. /TASS/. The agreement entered into force.";
  EXPECT_EQ(TakeArticleDate(&subtitle).year(), 0);
}

TEST(TakeArticleDateTest, LabelledPublicationDates) {
  // A label lets the date follow a preposition or stand late in its line.
  std::string published =
      "Envoys meet in Baku\n\nPublished On 4 Feb 2024\n\nThe envoys met "
      "on Friday.";
  EXPECT_EQ(Str(TakeArticleDate(&published)), Str(Day(2024, 2, 4)));
  std::string updated =
      "Envoys meet in Baku\nWorld Desk Staff | Updated: Nov 30, 2023, 08:15 "
      "IST\nThe envoys met on Thursday.";
  EXPECT_EQ(Str(TakeArticleDate(&updated)), Str(Day(2023, 11, 30)));
}

TEST(TakeArticleDateTest, AgencyDatelineStyles) {
  std::string ordinal =
      "HANOI, 7th March, 2022 (VNA) -- The two ministers met today.";
  EXPECT_EQ(Str(TakeArticleDate(&ordinal)), Str(Day(2022, 3, 7)));
  std::string two_calendars =
      "Riyadh, Rajab 3, 1445, January 15, 2024, SPA -- The envoys met today.";
  EXPECT_EQ(Str(TakeArticleDate(&two_calendars)), Str(Day(2024, 1, 15)));
  std::string byline = "Envoys meet\n\nJane Doe |11.05.2023\n\nThey met.";
  EXPECT_EQ(Str(TakeArticleDate(&byline)), Str(Day(2023, 5, 11)));
  std::string slashes = "Envoys meet\n\n2021/09/30\n\nThey met today.";
  EXPECT_EQ(Str(TakeArticleDate(&slashes)), Str(Day(2021, 9, 30)));
  // Month and day may come either way round with slashes: not a date,
  // unless both readings agree or only one is valid.
  std::string ambiguous = "Envoys meet\n\n4/5/2021\n\nThey met today.";
  EXPECT_EQ(TakeArticleDate(&ambiguous).year(), 0);
  std::string same = "Envoys meet\n\nLast updated: 10/10/2021\n\nThey met.";
  EXPECT_EQ(Str(TakeArticleDate(&same)), Str(Day(2021, 10, 10)));
  std::string day_first = "Envoys meet\n\n23/09/2021\n\nThey met today.";
  EXPECT_EQ(Str(TakeArticleDate(&day_first)), Str(Day(2021, 9, 23)));
  std::string month_first = "Envoys meet\n\n09/23/2021\n\nThey met.";
  EXPECT_EQ(Str(TakeArticleDate(&month_first)), Str(Day(2021, 9, 23)));
}

TEST(TakeArticleDateTest, BylineAndLabelledLinesFurtherDown) {
  // A byline ends with its date, after "on".
  std::string byline =
      "The Daily Wire\nEnvoys meet in Baku\nBy Jane Doe in Politics on 4 "
      "July 2024\nThe envoys met on Thursday.";
  EXPECT_EQ(Str(TakeArticleDate(&byline)), Str(Day(2024, 7, 4)));
  std::string short_byline =
      "Envoys meet\n\nBy John Roe, on March 2, 2021\n\nThey met.";
  EXPECT_EQ(Str(TakeArticleDate(&short_byline)), Str(Day(2021, 3, 2)));
  // Not a sentence opening with "By" whose date is its event's.
  std::string prose =
      "Envoys meet\n\nBy then the envoys had agreed to meet again in "
      "Geneva on 4 July 2024 for a second round.";
  EXPECT_EQ(TakeArticleDate(&prose).year(), 0);
  // A label opens a long line below a long header.
  std::string labelled =
      "THE PAPER\nEnvoys meet\nA. Writer\nBAKU\nPublished - July 10, "
      "2024 01:22 am IST\nThe envoys met on Tuesday.";
  EXPECT_EQ(Str(TakeArticleDate(&labelled)), Str(Day(2024, 7, 10)));
}

TEST(TakeArticleDateTest, SlashedDateEitherWayRoundCompletesTheDateline) {
  // "05/09/2024" is 5 September or 9 May: the dateline says which.
  std::string day_first =
      "Envoys meet\n\n05/09/2024 10:12 PM\n\nBAKU, Sept 5 (Wire) -- The "
      "envoys met.";
  EXPECT_EQ(Str(TakeArticleDate(&day_first)), Str(Day(2024, 9, 5)));
  std::string month_first =
      "Envoys meet\n\nOSLO, May 9 (Wire) -- The envoys met.\n\n"
      "05/09/2022";
  EXPECT_EQ(Str(TakeArticleDate(&month_first)), Str(Day(2022, 5, 9)));
  // A dateline of neither reading keeps its year unknown.
  std::string neither =
      "Envoys meet\n\n05/09/2024\n\nBAKU, Sept 6 (Wire) -- They met.";
  v1::Date yearless;
  EXPECT_EQ(TakeArticleDate(&neither, &yearless).year(), 0);
  EXPECT_EQ(yearless.month(), 9);
  EXPECT_EQ(yearless.day(), 6);
}

TEST(TakeArticleDateTest, DateLineAfterALongHeader) {
  std::string text =
      "THE OFFICE\nOF THE PRESIDENT\n\nPRESS RELEASE\n\nThe president "
      "welcomes the end of the regional summit\n\n12 May 2022\n\nThe "
      "president met his guests on Tuesday.";
  EXPECT_EQ(Str(TakeArticleDate(&text)), Str(Day(2022, 5, 12)));
  // Later long lines are prose, not datelines.
  std::string prose =
      "One\nTwo\nThree\nFour\nThe envoys met on 12 May 2022 in the "
      "capital for talks.";
  EXPECT_EQ(TakeArticleDate(&prose).year(), 0);
}

TEST(TakeArticleDateTest, YearInBracketsCompletesAYearlessDateline) {
  std::string text =
      "Leader returns home\n\nEra 12 (2023)\n\nHanoi, October 9 (VNA) -- "
      "The leader returned home today.";
  EXPECT_EQ(Str(TakeArticleDate(&text)), Str(Day(2023, 10, 9)));
  std::string no_year =
      "Leader returns home\n\nHanoi, October 9 (VNA) -- The leader "
      "returned home today.";
  v1::Date yearless;
  EXPECT_EQ(TakeArticleDate(&no_year, &yearless).year(), 0);
  EXPECT_EQ(yearless.month(), 10);
  EXPECT_EQ(yearless.day(), 9);
}

TEST(TakeArticleDateTest, YearlessDatelinesGiveTheirMonthAndDay) {
  struct Case {
    std::string text;
    int month, day;
  } cases[] = {
      {"Talks end\n\nOSLO, March 4. /AGENCY/. The envoys met today.", 3, 4},
      {"Talks end\n\nNEW YORK, Sept. 21 (Wire) - The envoys met.", 9, 21},
      {"Talks end\nPublished 12 Feb\nThe envoys met on Monday.", 2, 12},
      // Prose is no dateline.
      {"Talks end\n\nThe envoys said that on March 4 they met.", 0, 0},
      {"Talks end\n\nthe capital, March 4 was quiet.", 0, 0},
  };
  for (Case& c : cases) {
    v1::Date yearless;
    EXPECT_EQ(TakeArticleDate(&c.text, &yearless).year(), 0) << c.text;
    EXPECT_EQ(yearless.month(), c.month) << c.text;
    EXPECT_EQ(yearless.day(), c.day) << c.text;
  }
}

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const SentenceSpan& span : SplitSentences(text)) {
    EXPECT_LE(0, span.begin);
    EXPECT_LT(span.begin, span.end);
    EXPECT_LE(span.end, static_cast<int>(text.size()));
    out.push_back(text.substr(span.begin, span.end - span.begin));
  }
  return out;
}

TEST(SplitSentencesTest, AbbreviationsDoNotEndSentences) {
  const std::string text =
      "Mr. Karimov met U.S. officials in Geneva on Monday. "
      "The talks with the U.S. delegation lasted three hours.";
  EXPECT_EQ(Sentences(text),
            (std::vector<std::string>{
                "Mr. Karimov met U.S. officials in Geneva on Monday.",
                "The talks with the U.S. delegation lasted three hours."}));
}

TEST(SplitSentencesTest, CountryInitialsBeforeCapitalizedWord) {
  // ICU ends a sentence after "U.S." before any capitalized word; a title or
  // name after the initials continues the sentence.
  EXPECT_EQ(Sentences("He spoke with U.S. Secretary of State Blinken. Then "
                      "he left for the U.K. Foreign Office."),
            (std::vector<std::string>{
                "He spoke with U.S. Secretary of State Blinken.",
                "Then he left for the U.K. Foreign Office."}));
}

TEST(SplitSentencesTest, PersonsInitialsBeforeTheSurname) {
  EXPECT_EQ(
      Sentences("US Vice President J.D. Vance met Modi. President "
                "Joseph R. Biden welcomed him."),
      (std::vector<std::string>{"US Vice President J.D. Vance met Modi.",
                                "President Joseph R. Biden welcomed him."}));
}

TEST(SplitSentencesTest, CountryInitialsEndingASentence) {
  EXPECT_EQ(Sentences("New sanctions were imposed by the U.S. The talks "
                      "resumed in Geneva."),
            (std::vector<std::string>{"New sanctions were imposed by the U.S.",
                                      "The talks resumed in Geneva."}));
}

TEST(SplitSentencesTest, ShortenedTitlesAndPlaceWordsBeforeAName) {
  // ICU ends a sentence after "Dr.", "Gen." or "St." before a capitalized
  // word; a name after them continues it, a usual opener does not.
  EXPECT_EQ(Sentences("Araghchi met Dr. Grossi in Cairo. Lt. Gen. Smith and "
                      "Prof. Jones flew to St. Petersburg on Monday."),
            (std::vector<std::string>{
                "Araghchi met Dr. Grossi in Cairo.",
                "Lt. Gen. Smith and Prof. Jones flew to St. Petersburg on "
                "Monday."}));
  EXPECT_EQ(Sentences("The new clinic is run by a Dr. The director said "
                      "so."),
            (std::vector<std::string>{"The new clinic is run by a Dr.",
                                      "The director said so."}));
  // Only a capitalized abbreviation: a lowercase word may end a sentence.
  EXPECT_EQ(Sentences("They met at the Fort Ross st. Later they left."),
            (std::vector<std::string>{"They met at the Fort Ross st.",
                                      "Later they left."}));
}

TEST(SplitSentencesTest, LineBreaksEndSentences) {
  const std::string text =
      "Envoys meet in Baku\nPhoto: the two envoys shake hands\n\n"
      "The envoys met on Monday. They will meet again.";
  EXPECT_EQ(Sentences(text),
            (std::vector<std::string>{
                "Envoys meet in Baku", "Photo: the two envoys shake hands",
                "The envoys met on Monday.", "They will meet again."}));
}

TEST(SplitSentencesTest, OffsetsAreBytesInUtf8Text) {
  // Multi-byte letters before a sentence must not shift its offsets.
  const std::string text =
      "Erdo\xC4\x9F"
      "an met \xC5\x9Eim\xC5\x9F"
      "ek. Fidan joined them.";
  const std::vector<SentenceSpan> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin),
            "Fidan joined them.");
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("   \n  ").empty());
}

TEST(SplitSentencesTest, AsciiAndOtherTextSplitAlike) {
  // ASCII text takes a shorter way to ICU than text with other characters;
  // both must find the same sentences.
  const std::string ascii =
      "Mr. Aliyev met U.S. envoys in Baku. Talks went on\nlate. Done.";
  std::string accented = ascii;
  accented.replace(accented.find("Baku"), 4, "Bak\xC3\xBC");
  EXPECT_EQ(Sentences(ascii),
            (std::vector<std::string>{"Mr. Aliyev met U.S. envoys in Baku.",
                                      "Talks went on", "late.", "Done."}));
  EXPECT_EQ(
      Sentences(accented),
      (std::vector<std::string>{"Mr. Aliyev met U.S. envoys in Bak\xC3\xBC.",
                                "Talks went on", "late.", "Done."}));
}

TEST(CapSentenceLengthTest, ShortSentencesStayWhole) {
  const std::string text = "Talks began. They ended, late, on Monday.";
  const std::vector<SentenceSpan> spans = SplitSentences(text);
  const std::vector<SentenceSpan> capped = CapSentenceLength(text, spans, 40);
  ASSERT_EQ(capped.size(), spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    EXPECT_EQ(capped[i].begin, spans[i].begin);
    EXPECT_EQ(capped[i].end, spans[i].end);
  }
}

std::vector<std::string> Pieces(const std::string& text, int max_bytes) {
  std::vector<std::string> out;
  for (const SentenceSpan& span :
       CapSentenceLength(text, SplitSentences(text), max_bytes)) {
    EXPECT_LE(span.end - span.begin, max_bytes);
    out.push_back(text.substr(span.begin, span.end - span.begin));
  }
  return out;
}

// SplitSentences hands ICU long plain stretches shortened; the sentences
// must be those of the whole text, whatever surrounds the terminators.
TEST(SplitSentencesTest, ShortenedStretchesKeepTheSentences) {
  const std::vector<std::string> pieces = {
      "the",     "negotiators", "Talks",  "in",   "Geneva",
      "resumed", "on",          "Monday", "and",  "ended",
      "x",       "met",         "Mr.",    "Dr.",  "U.S.",
      "Ph.D.",   "St.",         "Gen.",   "e.g.", "No.",
      "a.m.",    "Jan.",        ".",      "!",    "?",
      "...",     "\"",          "'",      "(",    ")",
      ",",       ";",           ":",      "-",    "2024",
      "3.5",     "\n",          "\n\n",   "\t",   "   ",
      "  ",      "#",           "[",      "]",    "extraordinarily",
      "Iran's",  "\r\n"};
  std::mt19937 random(20261207);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> words(1, 400);
  std::uniform_int_distribution<int> plain(0, 9);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int count = words(random);
    for (int k = 0; k < count; ++k) {
      // Mostly plain words, so that long stretches occur.
      const std::string& piece =
          plain(random) < 7 ? pieces[pick(random) % 12] : pieces[pick(random)];
      text += piece;
      if (plain(random) < 8) text += ' ';
    }
    const std::vector<SentenceSpan> fast = SplitSentences(text);
    const std::vector<SentenceSpan> whole = SplitSentencesUnabridged(text);
    ASSERT_EQ(fast.size(), whole.size()) << text;
    for (size_t s = 0; s < fast.size(); ++s) {
      EXPECT_EQ(fast[s].begin, whole[s].begin) << text;
      EXPECT_EQ(fast[s].end, whole[s].end) << text;
    }
  }
}

TEST(CapSentenceLengthTest, CutsAfterTheLastCommaOfTheSecondHalf) {
  EXPECT_EQ(Pieces("Envoys from Oslo, Bern, Rome and Vienna met in Baku", 30),
            (std::vector<std::string>{"Envoys from Oslo, Bern,",
                                      "Rome and Vienna met in Baku"}));
  // A comma in the first half would leave a short piece: the last space.
  EXPECT_EQ(Pieces("Yes, the envoys of both sides met again in Baku", 30),
            (std::vector<std::string>{"Yes, the envoys of both sides",
                                      "met again in Baku"}));
}

TEST(CapSentenceLengthTest, CutsWordsWithoutSpacesAtACharacterStart) {
  // "\xC3\xA9" is one character of two bytes; no piece splits it.
  std::string text;
  for (int i = 0; i < 10; ++i) text += "ab\xC3\xA9";
  const std::vector<std::string> pieces = Pieces(text, 7);
  EXPECT_EQ(absl::StrJoin(pieces, ""), text);
  for (const std::string& piece : pieces) {
    EXPECT_TRUE(ValidateText(piece).ok()) << piece;
  }
}

TEST(SplitSentencesTest, OffsetsAfterThreeAndFourByteCharacters) {
  // A character outside the BMP is two UTF-16 units but one code point.
  const std::string text =
      "The envoys smiled \xF0\x9F\x98\x80 in Doha. Talks \xE2\x80\x94 long "
      "ones \xE2\x80\x94 went on. \xF0\x9F\x98\x80\xF0\x9F\x98\x80 They "
      "ended late.";
  EXPECT_EQ(Sentences(text),
            (std::vector<std::string>{
                "The envoys smiled \xF0\x9F\x98\x80 in Doha.",
                "Talks \xE2\x80\x94 long ones \xE2\x80\x94 went on.",
                "\xF0\x9F\x98\x80\xF0\x9F\x98\x80 They ended late."}));
}

}  // namespace
}  // namespace parley
