#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quotes/quote_pairer.h"
#include "test_support.h"

namespace article_lens {
namespace {

std::vector<std::string> contents(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& marked : QuotePairer().pair(text))
    if (marked.depth == 0) out.push_back(testing::text_of(text, marked.content));
  return out;
}

using Strings = std::vector<std::string>;

TEST(QuotePairer, PairsByMarkType) {
  EXPECT_EQ(contents("He said “yes” and «da»."), (Strings{"yes", "da"}));
  EXPECT_EQ(contents("Er sagte „ja“."), (Strings{"ja"}));
  EXPECT_EQ(contents("Burton said, \"I love cats!\""), (Strings{"I love cats!"}));
}

TEST(QuotePairer, ApostrophesAreNotQuotes) {
  EXPECT_TRUE(contents("Don't go to O'Neill's or Clinton’s place.").empty());
  EXPECT_EQ(contents("‘It’s fine,’ she said."), (Strings{"It’s fine,"}));
}

TEST(QuotePairer, NestedQuotesStayInsideTheOuterOne) {
  const std::string text = "“He told me ‘no’ twice,” she said.";
  const auto found = QuotePairer().pair(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].depth, 0);
  EXPECT_EQ(found[1].depth, 1);
  EXPECT_EQ(testing::text_of(text, found[1].content), "no");
}

TEST(QuotePairer, UnclosedQuoteClosesAtItsParagraphEnd) {
  const std::string text = "“This never closes.\nNext paragraph is plain.\n“This one does.”";
  const auto found = QuotePairer().pair(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].unclosed);
  EXPECT_EQ(testing::text_of(text, found[0].content), "This never closes.");
  EXPECT_FALSE(found[1].unclosed);
}

TEST(QuotePairer, MultiParagraphQuoteContinuesWhenTheNextParagraphReopens) {
  const std::string text = "“First part.\n“Second part.”";
  const auto found = QuotePairer().pair(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].unclosed);
  EXPECT_EQ(found[0].span.begin, 0u);
  EXPECT_EQ(found[0].span.end, text.size());
}

TEST(QuotePairer, ThousandsOfStrayMarksStayLinear) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "“a ";
  const auto found = QuotePairer().pair(text);
  EXPECT_LE(found.size(), 8u);  // all unclosed at the single paragraph's end, capped depth
}

TEST(Quotes, AttributesSpeakerAfterAndBeforeTheQuote) {
  const std::string text =
      "Karen Olsen is the mayor. “We will rebuild,” said Karen Olsen. "
      "Burton said, \"I love cats!\"";
  const Analysis result = analyze(text);
  ASSERT_EQ(result.quotes.size(), 2u);
  ASSERT_GE(result.quotes[0].speaker, 0);
  EXPECT_EQ(result.speakers[static_cast<std::size_t>(result.quotes[0].speaker)].name, "Karen Olsen");
  EXPECT_EQ(testing::text_of(text, result.quotes[0].cue), "said");
  ASSERT_GE(result.quotes[1].speaker, 0);
  EXPECT_EQ(result.speakers[static_cast<std::size_t>(result.quotes[1].speaker)].name, "Burton");
}

TEST(Quotes, SeedArticleQuotesAreAllLukashenkos) {
  const std::string text = testing::read_project_file("seeds/belta-lukashenko-security-council.txt");
  const Analysis result = analyze(text);
  std::vector<Quote> direct;
  for (const Quote& quote : result.quotes)
    if (quote.kind == QuoteKind::kDirect) direct.push_back(quote);
  ASSERT_EQ(direct.size(), 5u);
  const std::vector<std::string> mentions = {"the Belarusian leader", "the president", "", "he", "the head of state"};
  for (std::size_t i = 0; i < direct.size(); ++i) {
    const Quote& quote = direct[i];
    ASSERT_GE(quote.speaker, 0) << i;
    EXPECT_EQ(result.speakers[static_cast<std::size_t>(quote.speaker)].name, "Aleksandr Lukashenko") << i;
    EXPECT_EQ(testing::text_of(text, quote.speaker_mention), mentions[i]) << i;
  }
  ASSERT_EQ(result.speakers.size(), 1u);
  EXPECT_EQ(result.speakers[0].direct_quotes, 5u);
}

}  // namespace
}  // namespace article_lens
