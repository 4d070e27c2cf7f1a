// English quotation phenomena of round 10: places, outlets and bodies are no persons a pronoun can
// mean ("South Carolina", "Fox News", "the Tax Foundation"); a possessive place or outlet before a
// name is no part of it ("Florida’s Rick Wilson"); a body named after a person speaks as the body
// ("the Clinton Foundation"); a headline's capitalised words give way to the name the body gives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteEnglishRound10, APronounNeverMeansAPlaceNamedAfterThePerson) {
  const auto q = direct_quotes_of(
      "Mary Jones is campaigning in South Carolina today.\n\n“We will win,” she told supporters in Columbia.\n\n"
      "Tom Baker, the mayor, flew to Palo Alto on Friday. “Anyone been there?” he asked.\n\n"
      "Ann Hale toured New York City and Rhode Island. “It was a long week,” she said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Mary Jones");
  EXPECT_EQ(q[1].speaker, "Tom Baker");
  EXPECT_EQ(q[2].speaker, "Ann Hale");
}

TEST(QuoteEnglishRound10, APlaceBeforeATitleStillLetsThePersonBeNamed) {
  const auto q = direct_quotes_of(
      "New York Gov. Andrew Cuomo spoke first. “We are ready,” he said.\n\n"
      "New York City Mayor Lena Marsh disagreed. “We are not,” she said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Andrew Cuomo");
  EXPECT_EQ(q[1].speaker, "Lena Marsh");
}

TEST(QuoteEnglishRound10, OutletsAndBodiesNamedByTheirLastWordAreNoPersons) {
  const auto q = direct_quotes_of(
      "Jane Doe went on Fox News to defend him. “He is right,” she said.\n\n"
      "Paul Kerr cited a study by the Tax Foundation. “It would cost too much,” he said.\n\n"
      "Rita Moss wrote to The New York Times. “I was misquoted,” she said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Jane Doe");
  EXPECT_EQ(q[1].speaker, "Paul Kerr");
  EXPECT_EQ(q[2].speaker, "Rita Moss");
}

TEST(QuoteEnglishRound10, APossessivePlaceOrOutletBeforeANameIsNoPartOfIt) {
  const auto q = direct_quotes_of(
      "Florida’s Rick Wilson mocked the plan. “It is a joke,” he said.\n\n"
      "“The numbers do not add up,” the Post's Dana Hollis wrote.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Rick Wilson");
  EXPECT_EQ(q[1].speaker, "Dana Hollis");
}

TEST(QuoteEnglishRound10, ABodyNamedAfterAPersonSpeaksAsTheBody) {
  const auto q = direct_quotes_of(
      "Trayvon Reed died in 2012. His parents later set up a charity.\n\n"
      "“We will keep working,” the Trayvon Reed Foundation said in a statement.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Trayvon Reed Foundation");
}

TEST(QuoteEnglishRound10, AHeadlinesCapitalisedWordsGiveWayToTheNameInTheText) {
  const auto q = direct_quotes_of(
      "Generous Donor Adelman and Trump May be Aligning on Trade.\n\n"
      "Top party donor Sheldon Adelman said on Friday he met Donald Trump.\n\n"
      "He said he found Trump to be “very charming” and “all very good.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Sheldon Adelman");
  EXPECT_EQ(q[1].speaker, "Sheldon Adelman");
}

TEST(QuoteEnglishRound10, AnAdverbOrConnectiveBetweenSpeakerAndCueIsNoPartOfTheSpeaker) {
  const auto q = direct_quotes_of(
      "Rivera openly admitted that the pick was political. “With an eye to March,” he said.\n\n"
      "Ellis however said: “We would welcome a security network for the region.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Rivera");
  EXPECT_EQ(q[1].speaker, "Ellis");
  EXPECT_EQ(q[1].mention, "Ellis");
}

TEST(QuoteEnglishRound10, APersonDescribedWithTheirTownSpeaksNotTheTown) {
  const auto q = direct_quotes_of(
      "The governor held a town hall on Friday. A woman in Dayton, Ohio, told him she worries he is “too nice” "
      "to win.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "A woman in Dayton, Ohio");
  EXPECT_EQ(q[0].speaker, "a woman in Dayton, Ohio");
  EXPECT_TRUE(q[0].anonymous);
}

TEST(QuoteEnglishRound10, WithNoOneSpeakingCloseByAPronounMeansTheSubjectNotThePersonNamedAfter) {
  const auto q = direct_quotes_of(
      "Senator Ann Cole criticised Governor Bill Hart over the budget. “It is a disgrace,” she said.\n\n"
      "The vote is due in May.\n\nMark Ruiz, a farmer, met Tom Lake at the fair. “Prices are too low,” he said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ann Cole");
  EXPECT_EQ(q[1].speaker, "Mark Ruiz");
}

TEST(QuoteEnglishRound10, ABodyThePersonHeadsIsTheSubjectNotThePerson) {
  const auto q = direct_quotes_of(
      "“It is unfair,” said Jane Webb, a lawyer. The government of Paul Mora wants the case dropped. "
      "“We will win,” she said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Jane Webb");
}

TEST(QuoteEnglishRound10, ALongAppositionAfterTheNameStillLetsTheNameSpeak) {
  const auto q = direct_quotes_of(
      "Lena Hoff, a senior vice president in the Tampa office of a large real estate consulting firm based in "
      "Denver, said the “old model” of private clubs is in decline.\n\n"
      "Omar Said, a former aide to the mayor and now the chairman of the county party in the northern half of the "
      "state, said of her: “She is tough.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Lena Hoff");
  EXPECT_EQ(q[1].speaker, "Omar Said");
}

TEST(QuoteEnglishRound10, ATitleThatIsASurnameAndAPartyOfAPlaceInApposition) {
  const auto q = direct_quotes_of(
      "“It was stifling,” Representative Paul T. King, Republican of Ohio, said of life before the network.\n\n"
      "“We are ready,” Saudi King Salman said. Doug Bishop, a Democrat of Maine, agreed. “It works,” he said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Paul T. King");
  EXPECT_EQ(q[1].speaker, "Salman");
  EXPECT_EQ(q[2].speaker, "Doug Bishop");
}

TEST(QuoteEnglishRound10, AnInitialSpeltAsTheArticleIsPartOfTheName) {
  const auto q = direct_quotes_of(
      "Jill A. Marsh, a lawyer for the company, called the claims “without substance.”\n\n"
      "“We will appeal,” said Roberta A. Kaplow, who represents the plaintiffs.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Jill A. Marsh");
  EXPECT_EQ(q[1].speaker, "Roberta A. Kaplow");
}

TEST(QuoteEnglishRound10, ATitleSurnameAloneLaterIsStillTheSurname) {
  const auto q = direct_quotes_of("Rep. Steve King of Iowa said: “We are ready.” King added: “Now.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Steve King");
  const auto royal = direct_quotes_of("“We are ready,” Saudi King Salman said. The King added: “Soon.”");
  ASSERT_EQ(royal.size(), 2u);
  EXPECT_EQ(royal[1].speaker, "Salman");
}

}  // namespace
}  // namespace article_lens
