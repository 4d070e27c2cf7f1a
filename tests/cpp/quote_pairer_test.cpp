// Quotation-mark pairing: every style in the table, nesting, apostrophes, inch marks, paragraphs.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "quotes/quote_pairer.h"
#include "test_support.h"

namespace article_lens {
namespace {

using Strings = std::vector<std::string>;

Strings outermost(const std::string& text) {
  Strings out;
  for (const auto& marked : QuotePairer("en").pair(text))
    if (marked.depth == 0) out.push_back(testing::text_of(text, marked.content));
  return out;
}

TEST(QuotePairerStyles, EveryStyleOfTheTablePairsByType) {
  EXPECT_EQ(outermost("He said “yes”."), (Strings{"yes"}));
  EXPECT_EQ(outermost("Er sagte „ja“ und „nein”."), (Strings{"ja", "nein"}));
  EXPECT_EQ(outermost("Il a dit « oui » puis «non»."), (Strings{"oui", "non"}));
  EXPECT_EQ(outermost("Er sagte »ja« und ›nein‹."), (Strings{"ja", "nein"}));
  EXPECT_EQ(outermost("Sagte ‚ja‘ und ‹non›."), (Strings{"ja", "non"}));
  EXPECT_EQ(outermost("彼は「はい」と『いいえ』と言った。"), (Strings{"はい", "いいえ"}));
  EXPECT_EQ(outermost("Han sa ”ja” igen."), (Strings{"ja"}));
  EXPECT_EQ(outermost("She said \"no\" and 'maybe'."), (Strings{"no", "maybe"}));
  EXPECT_EQ(outermost("`Hello,' he said, ``how are you doing?''"), (Strings{"Hello,", "how are you doing?"}));
  EXPECT_EQ(outermost("''We won,'' she said."), (Strings{"We won,"}));
}

TEST(QuotePairerStyles, NestedQuotesUseTheOtherStyle) {
  const std::string text = "„Er rief ‚Halt!‘ und lief“, sagte sie. «Il a dit „non“ hier.» “He said ‘no’.”";
  std::vector<MarkedSpan> spans = QuotePairer("en").pair(text);
  Strings inner, outer;
  for (const auto& s : spans) (s.depth ? inner : outer).push_back(testing::text_of(text, s.content));
  EXPECT_EQ(outer, (Strings{"Er rief ‚Halt!‘ und lief", "Il a dit „non“ hier.", "He said ‘no’."}));
  EXPECT_EQ(inner, (Strings{"Halt!", "non", "no"}));
}

TEST(QuotePairerStyles, TypewriterRunsCloseAgainstTheOpenQuotes) {
  const std::string text = "``Hello ``how `are ``you doing?'''''''";
  const auto spans = QuotePairer("en").pair(text);
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(spans[0].span.end, text.size());
  EXPECT_EQ(testing::text_of(text, spans[3].content), "you doing?");
}

TEST(QuotePairerApostrophes, ApostrophesNeverOpenOrClose) {
  EXPECT_TRUE(outermost("Don't go to O'Neill's; Clinton’s plan of the ’90s and the players' union.").empty());
  EXPECT_EQ(outermost("‘It’s fine,’ she said."), (Strings{"It’s fine,"}));
  EXPECT_EQ(outermost("'The players' union agreed,' he said."), (Strings{"The players' union agreed,"}));
  EXPECT_EQ(outermost("‘Yes’ and ‘no’ were the answers."), (Strings{"Yes", "no"}));
  EXPECT_EQ(outermost("''Tis nobler' Words blah 'I went home,' he said"), (Strings{"'Tis nobler", "I went home,"}));
  EXPECT_EQ(outermost("“Get ’em out of rock ’n’ roll,” he said."), (Strings{"Get ’em out of rock ’n’ roll,"}));
}

TEST(QuotePairerApostrophes, InchMarksAreNotQuotes) {
  EXPECT_TRUE(outermost("It has a 6.1\" screen and weighs 5'2\".").empty());
  EXPECT_EQ(outermost("\"It has a 6.1\" screen,\" he said."), (Strings{"It has a 6.1\" screen,"}));
}

TEST(QuotePairerApostrophes, EditorialBracketsStayInside) {
  EXPECT_EQ(outermost("“Vladimir Vladimirovich [Putin] invited me,” he said."),
            (Strings{"Vladimir Vladimirovich [Putin] invited me,"}));
}

TEST(QuotePairerParagraphs, UnclosedQuoteEndsAtItsParagraphAndIsFlagged) {
  const std::string text = "“This never closes.\n\nA plain paragraph with “a real quote” in it.";
  const auto spans = QuotePairer("en").pair(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_TRUE(spans[0].unclosed);
  EXPECT_EQ(testing::text_of(text, spans[0].content), "This never closes.");
  EXPECT_FALSE(spans[1].unclosed);
  EXPECT_EQ(testing::text_of(text, spans[1].content), "a real quote");
}

TEST(QuotePairerParagraphs, OneParagraphPerLineClosesAtTheLineEnd) {
  const std::string text = "“Unclosed on this line.\nNext paragraph, with “another”.";
  const auto spans = QuotePairer("en").pair(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_TRUE(spans[0].unclosed);
  EXPECT_EQ(testing::text_of(text, spans[1].content), "another");
}

TEST(QuotePairerParagraphs, MultiParagraphQuoteRepeatsItsOpeningMark) {
  const std::string text = "He said: “First part.\n\n“Second part.\n\n“Last part.” Then he left.";
  const auto spans = QuotePairer("en").pair(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_FALSE(spans[0].unclosed);
  EXPECT_TRUE(spans[0].continued);
  EXPECT_EQ(testing::text_of(text, spans[0].content), "First part.\n\n“Second part.\n\n“Last part.");
}

TEST(QuotePairerParagraphs, HardWrappedLinesDoNotEndAQuote) {
  const std::string text = "Words \"Hello,\nI am the second line.\nI am the last.\" more words";
  EXPECT_EQ(outermost(text), (Strings{"Hello,\nI am the second line.\nI am the last."}));
}

TEST(QuotePairerRobustness, ThousandsOfStrayMarksStayLinear) {
  std::string unit;
  for (int i = 0; i < 20000; ++i) unit += "“a ‘b «c „d \"e 'f ";
  const auto start = std::chrono::steady_clock::now();
  const auto spans = QuotePairer("en").pair(unit);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LE(spans.size(), QuotePairer::kMaxDepth * 2);  // all open, capped, closed at the one paragraph's end
  EXPECT_LT(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count(), 5);
}

TEST(QuotePairerRobustness, BinaryJunkAndInvalidUtf8HaveADefinedResult) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 131) & 0xFF));
  junk += "\xE2\x80";  // a truncated “
  for (const auto& span : QuotePairer("en").pair(junk)) {
    EXPECT_LE(span.span.begin, span.span.end);
    EXPECT_LE(span.span.end, junk.size());
    EXPECT_LE(span.content.begin, span.content.end);
  }
  EXPECT_TRUE(QuotePairer("en").pair("").empty());
}

}  // namespace
}  // namespace article_lens
