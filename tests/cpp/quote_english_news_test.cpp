// English news phrasing that quote attribution must read right: quotes inside partly reported
// speech ("said that there is “...,” adding"), speakers with a bracket and an apposition after
// their name, and opening phrases that are no speaker ("Speaking later, ...").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"

namespace article_lens {
namespace {


using testing::direct_quotes_of;

TEST(QuoteEnglishNews, AQuoteEndingInItsOwnCommaDoesNotNameTheCueAfterIt) {
  // The comma inside the marks closes the clause: "adding" is no verb with the quote for subject.
  const auto q = direct_quotes_of(
      "Talking to farmers near Ames, Dana Holt said that there is “only one candidate who can fix the roads,” "
      "adding that she meant herself.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "only one candidate who can fix the roads,");
  EXPECT_EQ(q[0].speaker, "Dana Holt");
}

TEST(QuoteEnglishNews, ABracketAndAnAppositionAfterTheNameLeadToTheName) {
  const auto q = direct_quotes_of(
      "Speaking later on the same programme, Sen. Ann Pruitt (D-Ore.), who has backed the mayor, said the "
      "plan had become “stronger” over the summer.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Pruitt");
}

TEST(QuoteEnglishNews, ThePersonAfterTheQuoteSpeaksNotTheBodyAfterTheirLink) {
  const auto q = direct_quotes_of(
      "Engineers doubted the claim. “The pumps would barely cope,” water experts Mona Pike and Carl Dunn-Hale of "
      "Leeds’ Institute for Rivers and Coastal Safety wrote in May. “A second dam would be a stretch,” Omar Lutz of "
      "the Helen Grant Center for Flood Studies wrote in June.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Mona Pike and Carl Dunn-Hale");
  EXPECT_EQ(q[0].mention, "water experts Mona Pike and Carl Dunn-Hale of Leeds’ Institute for Rivers and Coastal Safety");
  EXPECT_EQ(q[1].speaker, "Omar Lutz");
  EXPECT_EQ(q[1].mention, "Omar Lutz of the Helen Grant Center for Flood Studies");
}

TEST(QuoteEnglishNews, ANameSomeoneGivesIsTheirWordsAShowIsNot) {
  const auto all = testing::read_article_quotes(
      "The debate turned personal. Within minutes, Holt called Pryce “Tiny Tom” twice. Pryce refers to the "
      "governor as “Dana.” Later Holt said in an interview with “Morning Talk” that she regretted it. She told "
      "WXRT’s “Open Line” the same.", "en").quotes;
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].kind, "direct");
  EXPECT_EQ(all[0].speaker, "Holt");
  EXPECT_EQ(all[0].cue, "called");
  EXPECT_EQ(all[1].kind, "direct");
  EXPECT_EQ(all[1].speaker, "Pryce");
  EXPECT_EQ(all[2].kind, "scare");
  EXPECT_EQ(all[3].kind, "scare");
}

TEST(QuoteEnglishNews, AVerbOfThinkingQuotesItsSubjectWhenNoCueOfSpeechIs) {
  const auto all = testing::read_article_quotes(
      "In the depths of the slump, Mayor Ruth Calder worried that the fund was becoming “a blanket that keeps "
      "idle hands warm.” The fund’s “rainy day” rules were older than she was.", "en").quotes;
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].kind, "direct");
  EXPECT_EQ(all[0].speaker, "Ruth Calder");
  EXPECT_EQ(all[0].cue, "worried");
  EXPECT_EQ(all[1].kind, "scare");
}

TEST(QuoteEnglishNews, APronounSpeaksAloneAndADayWithItsArticleIsNoSpeaker) {
  const auto q = direct_quotes_of(
      "Senator Rosa Vantongeren spoke last. The longtime senator said she rarely asks allies to campaign for her, "
      "“except for people I am very close to.” The union has been everywhere, and Ned Albers on a Sunday "
      "thanked its members “for their support in my campaign.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "she");
  EXPECT_EQ(q[0].speaker, "Rosa Vantongeren");
  EXPECT_EQ(q[1].speaker, "Ned Albers");
}

TEST(QuoteEnglishNews, APlaceAfterACommaGoesOnWithThePlaceTheSpeakerIsFrom) {
  const auto q = direct_quotes_of(
      "Voters were split. Harriet Moll of Dayton, Ohio, who was among those polled, said “The debate changed my "
      "mind.” Leon Brandt of Macon, Georgia says the governor should keep “doing what he is doing.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Harriet Moll");
  EXPECT_EQ(q[1].speaker, "Leon Brandt");
  EXPECT_EQ(q[1].mention, "Leon Brandt of Macon, Georgia");
}

TEST(QuoteEnglishNews, AnOpeningConjunctionAndAdverbLeadToTheSubject) {
  const auto q = direct_quotes_of(
      "Gloria Pratt answered the first question calmly. And then Pratt went fully on the attack, saying, "
      "“The council should resign!” “Who pays?” the mayor asked. “The builders!” the crowd screamed back.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Gloria Pratt");
  EXPECT_EQ(q[2].mention, "the crowd");
  EXPECT_EQ(q[2].cue, "screamed");
}

TEST(QuoteEnglishNews, AQuoteSignedOnTheLineAfterItOrAfterADashIsTheSigner) {
  const auto q = direct_quotes_of(
      "Overheard at the convention.\n\n“Great speech. She is ready.”\n\n-Governor Alma Reyes, writing after "
      "the speech.\n\n“The whole idea needs to stop.” — Michelle Marsh, Toledo.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Alma Reyes");
  EXPECT_EQ(q[0].cue, "-");
  EXPECT_EQ(q[1].speaker, "Michelle Marsh");
}

}  // namespace
}  // namespace article_lens
