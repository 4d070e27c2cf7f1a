// English quotation phenomena of round 13: quotation marks that lost the space on one side in web
// copy (`said,“Look`, `about"joint plans"`, `lies,"he said`); a description that runs into an
// irregular past tense before a participle ("The pair spent four days ..., saying"); a relative
// clause set off by a comma whose closing comma is missing ("Ada Lind, who chairs the group said");
// an epithet ("said the Portuguese", "the veteran") stands for the person just named; "who" after "NAME, 24, from PLACE," stands for the name; a first line in sentence case with a capitalised "I" is no title-cased headline.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "quotes/quote_pairer.h"
#include "test_support.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::QuoteRead;
using testing::read_article_quotes;

std::vector<std::string> marked_of(const std::string& text, const std::string& language = "en") {
  std::vector<std::string> out;
  for (const MarkedSpan& marked : QuotePairer(language).pair(text))
    if (marked.depth == 0) out.push_back(testing::text_of(text, marked.content));
  return out;
}

std::vector<QuoteRead> reported_of(const std::string& text) {
  std::vector<QuoteRead> reported;
  for (QuoteRead& q : read_article_quotes(text).quotes)
    if (q.kind == "indirect") reported.push_back(std::move(q));
  return reported;
}

TEST(QuoteEnglishRound13, AMarkGluedToTheWordBeforeStillOpens) {
  EXPECT_EQ(marked_of("The mayor said,“We will rebuild the bridge by spring.”"),
            (std::vector<std::string>{"We will rebuild the bridge by spring."}));
  EXPECT_EQ(marked_of("She spoke warmly about\"a new start for the valley.\" Then she left."),
            (std::vector<std::string>{"a new start for the valley."}));
  EXPECT_EQ(marked_of("\"It was a long night,\" said the driver.\"We were all tired.\""),
            (std::vector<std::string>{"It was a long night,", "We were all tired."}));
  const auto q = direct_quotes_of("Council leader Ada Brook said,“We will rebuild the bridge by spring.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Brook");
}

TEST(QuoteEnglishRound13, AMarkGluedToTheWordAfterStillCloses) {
  EXPECT_EQ(marked_of("\"It was all lies,\"he said. \"Nobody came.\""),
            (std::vector<std::string>{"It was all lies,", "Nobody came."}));
  EXPECT_EQ(marked_of("„Das ist gut,“sagte er.", "de"), (std::vector<std::string>{"Das ist gut,"}));
}

TEST(QuoteEnglishRound13, GluedMarksKeepApostrophesAndInchMarks) {
  EXPECT_EQ(marked_of("The players' union met O'Neill's lawyers about a 6.1\" screen."), std::vector<std::string>{});
  // A straight mark between letters opens only where a closing mark waits in the paragraph.
  EXPECT_EQ(marked_of("The file was named data\"final and nothing else."), std::vector<std::string>{});
}

TEST(QuoteEnglishRound13, ADescriptionEndsBeforeAnIrregularPastTense) {
  const auto q = reported_of("The pair spent four days in the hills, saying they had run out of food.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "they had run out of food");
  EXPECT_EQ(q[0].mention, "The pair");
  const auto r = reported_of("The minister gave a speech in Leeds on Friday, suggesting that the cuts would continue.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "the cuts would continue");
  EXPECT_EQ(r[0].mention, "The minister");
}

TEST(QuoteEnglishRound13, ARelativeClauseWithoutItsClosingCommaLeadsBackToTheName) {
  const auto q = direct_quotes_of("\"The ad asks the right questions,\" Ada Lind, who chairs the group said in a statement.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Lind");
  // The closing comma in place: the same speaker.
  const auto r = direct_quotes_of("\"The ad asks the right questions,\" Ada Lind, who chairs the group, said.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Ada Lind");
}

TEST(QuoteEnglishRound13, WhoAfterAPlaceOfOriginStandsForThePersonBeforeIt) {
  const auto q = direct_quotes_of(
      "\"I have never voted before,\" said Nina Doyle, 24, from Leeds, who argued that the race was open. "
      "\"It is supposed to be for the people.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Nina Doyle");
  EXPECT_EQ(q[1].speaker, "Nina Doyle");
  // A source after "from" is the one: "an endorsement from Carl Mott, who declared".
  const auto r = direct_quotes_of("Cruz won his first endorsement from a colleague, from Carl Mott, who declared, \"It is time to unite.\"");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Carl Mott");
}

TEST(QuoteEnglishRound13, AnEpithetStandsForThePersonJustNamed) {
  const auto q = direct_quotes_of(
      "Leeds manager Rui Costa admitted his side were poor. \"We have to look at ourselves,\" said the Portuguese.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rui Costa");
  const auto r = direct_quotes_of("Leeds coach Tom Pryce said the team had worked hard. \"They were outstanding,\" the veteran told reporters.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Tom Pryce");
  // An office is no epithet in English: "the senator" is whoever holds the office, not the last name.
  const auto t = direct_quotes_of(
      "Senator Ada Quinn spoke first. Later the anchor Rob Dale asked her again. \"That would be me,\" the senator said.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "Ada Quinn");
}

TEST(QuoteEnglishRound13, AFirstLineInSentenceCaseWithICapitalisedNamesItsPeople) {
  const auto q = direct_quotes_of(
      "When I met Rosa Quill in Leeds, she was in a reflective mood.\n\n"
      "\"I never set out to write prophecy,\" she told me.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rosa Quill");
}

TEST(QuoteEnglishRound13, AClauseWithoutThatOpensAfterTheListener) {
  const auto q = reported_of("Rachel Ames told the BBC the budget would fix the economy.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the budget would fix the economy");
  const auto r = reported_of("Rachel Ames told Sky News the budget would fix the economy.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "the budget would fix the economy");
  // With marked words in the clause too.
  const auto t = reported_of("Rachel Ames has told the BBC the budget will \"fix the foundations\" of the economy.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "the budget will \"fix the foundations\" of the economy");
}

TEST(QuoteEnglishRound13, AnOfficeNamedWithOfStaysOutOfTheName) {
  const auto q = reported_of("Director of National Intelligence Jim Corr said the threat was real.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jim Corr");
  const auto r = direct_quotes_of("\"We are ready,\" said Secretary of Homeland Security Ada Mott.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Ada Mott");
}

TEST(QuoteEnglishRound13, ABodyReportsAClauseHoldingMarkedWords) {
  const auto q = reported_of("The company said in a statement that it \"deeply regrets\" the delay.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "it \"deeply regrets\" the delay");
  EXPECT_EQ(q[0].mention, "The company");
}

TEST(QuoteEnglishRound13, ABossIsATitleBeforeAName) {
  const auto q = direct_quotes_of(
      "Leeds boss Jan Vos was left frustrated. \"We created enough chances to win two games,\" said the Dutchman.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jan Vos");
}

TEST(QuoteEnglishRound13, AnOfficeInAHeadlineMeansThePersonTheStoryThenNames) {
  const auto q = direct_quotes_of(
      "'Nobody is above the law', says judge as former mayor jailed\n\n"
      "A former mayor has been jailed for fraud. Sentencing him, Judge Ada Whitcombe said: \"You betrayed the voters.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ada Whitcombe");
  EXPECT_EQ(q[1].speaker, "Ada Whitcombe");
  // Not in the body: a description there means only someone named before it.
  const auto r = direct_quotes_of("\"It is over,\" the judge said. Later Judge Ada Whitcombe left the court.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_NE(r[0].speaker, "Ada Whitcombe");
}

TEST(QuoteEnglishRound13, ABeatOfNarrationBeforeTheNextWordsKeepsTheSpeaker) {
  const auto q = direct_quotes_of(
      "Rosa Quill lives in Leeds.\n\n\"I never set out to write prophecy,\" she told me.\n\n"
      "She laughed. \"People forget that.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Rosa Quill");
  // Not a pronoun that does not fit her.
  const auto r = direct_quotes_of(
      "Rosa Quill lives in Leeds.\n\n\"I never set out to write prophecy,\" she told me.\n\n"
      "He laughed. \"People forget that.\"");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_NE(r[1].speaker, "Rosa Quill");
}

TEST(QuoteEnglishRound13, AClauseWithoutThatMayOpenWithANounPhraseHoldingAPreposition) {
  const auto q = reported_of("The federation said the rise in employer contributions would cost jobs.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the rise in employer contributions would cost jobs");
  const auto r = reported_of("Officials said the talks on a ceasefire had stalled.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "the talks on a ceasefire had stalled");
  // An object with a place after it is no clause: "welcomed the decision in the House".
  EXPECT_TRUE(reported_of("The group welcomed the decision in the House.").empty());
}

}  // namespace
}  // namespace article_lens
