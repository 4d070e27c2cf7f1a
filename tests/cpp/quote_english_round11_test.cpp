// English quotation phenomena of round 11: a name runs on into the words after it in a capitalised
// phrase ("the Ted Cruz South Carolina victory party", "Ted Cruz’s Super Tuesday finish"); those
// words are the person's place or day, and the person is the full name before them. A pronoun of
// the other gender than the one that gave the last speaker is someone else. A party and state
// after a name in wire style ("Sen. Ann Bell, R-S.D., said") are no name, and a reported clause
// without "that" may follow the day ("said on Tuesday the government would ...").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteEnglishRound11, APlaceAfterAFullNameIsNoPartOfIt) {
  const auto q = direct_quotes_of(
      "The results came in slowly on Saturday night.\n\n"
      "The room stayed half-full at the Ann Hale North Dakota victory party.\n\n"
      "“Let’s go win the next one,” she told the crowd.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Hale");
  const auto r = direct_quotes_of(
      "The results came in slowly on Saturday night.\n\n"
      "Reporters waited outside the Tom Reyes New Mexico headquarters. “We are proud,” he said.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Tom Reyes");
}

TEST(QuoteEnglishRound11, APlaceNamedAsALastNameStaysAName) {
  const auto q = direct_quotes_of(
      "The results came in slowly on Saturday night.\n\n"
      "Prime Minister Antonio Costa spoke in Lisbon. “We will grow,” he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Antonio Costa");
}

TEST(QuoteEnglishRound11, OneCapitalisedWordAfterAPossessiveNameIsTheirDayOrPlace) {
  const auto q = direct_quotes_of(
      "The campaign moved on to the next states on a cold morning.\n\n"
      "Rivals set high hopes for Mary Dunn’s Super Tuesday finish.\n\n"
      "“We will take our fight to every state,” she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mary Dunn");
  const auto r = direct_quotes_of(
      "The campaign moved on to the next states on a cold morning.\n\n"
      "Paul Grant arrived later. Reporters asked about Grant’s Iowa team. “They did well,” he said.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Paul Grant");
}

TEST(QuoteEnglishRound11, AnOutletOrPlaceBeforeAFullNameStillLeavesTheName) {
  const auto q = direct_quotes_of(
      "The campaign moved on to the next states on a cold morning.\n\n"
      "“The numbers do not add up,” the Post’s Dana Hollis wrote.\n\n"
      "“It will pass,” New York’s Bill de Blasio said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Dana Hollis");
  EXPECT_EQ(q[1].speaker, "Bill de Blasio");
}

TEST(QuoteEnglishRound11, APronounOfTheOtherGenderIsNotTheLastSpeaker) {
  const auto q = direct_quotes_of(
      "The campaign moved on to the next states on a cold morning.\n\n"
      "Rivals set high hopes for Mary Dunn and her team.\n\n"
      "“We will take our fight to every state,” she said.\n\n"
      "Paul Grant arrived later. Reporters asked about his team. “They did well,” he said.\n\n"
      "“We will see,” he added.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Mary Dunn");
  EXPECT_EQ(q[1].speaker, "Paul Grant");
  EXPECT_EQ(q[2].speaker, "Paul Grant");
}

TEST(QuoteEnglishRound11, APronounOfTheSameGenderStaysWithTheLastSpeaker) {
  const auto q = direct_quotes_of(
      "The campaign moved on to the next states on a cold morning.\n\n"
      "Mary Dunn spoke first in Ohio.\n\n"
      "“We will take our fight to every state,” she said. “They did well,” she added.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Mary Dunn");
  EXPECT_EQ(q[1].speaker, "Mary Dunn");
}

TEST(QuoteEnglishRound11, APartyAndStateWithDotsAfterANameAreNoName) {
  const auto q = direct_quotes_of(
      "The Senate passed the bill 52-48 late Thursday.\n\n"
      "\"It's a reckless spending spree,\" Sen. Ann Bell, R-S.D., said on the floor.\n\n"
      "\"It is a good day,\" said Rep. Tom Hale, D-N.Y. \"We did it.\"\n\n"
      "Sen. Lisa Stone, D-W.Va., said: \"We will vote no.\"\n\n"
      "\"It is fine,\" Rep. Joe Marsh, R-Pa., said.");
  ASSERT_EQ(q.size(), 5u);
  EXPECT_EQ(q[0].speaker, "Ann Bell");
  EXPECT_EQ(q[1].speaker, "Tom Hale");
  EXPECT_EQ(q[2].speaker, "Tom Hale");
  EXPECT_EQ(q[3].speaker, "Lisa Stone");
  EXPECT_EQ(q[4].speaker, "Joe Marsh");
}

TEST(QuoteEnglishRound11, APartyAndStateBeforeAReportedClauseLeaveTheNameAsSpeaker) {
  const auto r = testing::read_article_quotes(
      "The Senate passed the bill 52-48 late Thursday.\n\n"
      "Sen. Mark Cole, R-N.C., said the bill was too costly.");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].kind, "indirect");
  EXPECT_EQ(r.quotes[0].speaker, "Mark Cole");
  EXPECT_EQ(r.quotes[0].text, "the bill was too costly");
}

TEST(QuoteEnglishRound11, AReportedClauseWithoutThatMayFollowTheDay) {
  const auto r = testing::read_article_quotes(
      "LONDON (Reuters) - Britain's finance minister said on Tuesday the government would not raise taxes.\n\n"
      "Officials said Friday they had found no trace of the ship.\n\n"
      "The mayor said on Monday the bridge.");
  ASSERT_EQ(r.quotes.size(), 2u);
  EXPECT_EQ(r.quotes[0].kind, "indirect");
  EXPECT_EQ(r.quotes[0].text, "the government would not raise taxes");
  EXPECT_EQ(r.quotes[0].mention, "Britain's finance minister");
  EXPECT_EQ(r.quotes[1].text, "they had found no trace of the ship");
}

TEST(QuoteEnglishRound11, BritishStyleTheMinisterMeansTheSecretaryWithAPortfolio) {
  const auto q = direct_quotes_of(
      "Ministers promise action on flooding\n\n"
      "The environment secretary, Thérèse Coffey, visited Gloucester on Tuesday.\n\n"
      "'We will act, and we will act quickly,' the minister said. 'Nobody should have to live like this.'\n\n"
      "Local MP Richard Graham welcomed the visit. 'It's a start,' he said, 'but we need the money.'");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "Thérèse Coffey");
  EXPECT_EQ(q[1].speaker, "Thérèse Coffey");
  EXPECT_EQ(q[2].speaker, "Richard Graham");
  EXPECT_EQ(q[3].speaker, "Richard Graham");
}

}  // namespace
}  // namespace article_lens
