// English quotation phenomena of round 18: a ground after "at" whose last word is also a surname
// names the ground, no person a description can mean ("after the defeat at Villa Park, the Spurs
// boss said"); a title before the name in apposition to a description keeps the name the speaker
// ("The chairman of the club, Sir Ian Moss, said"); a cue word inside a description is part of it
// ("the 24-time grand slam champion said"); a count in figures before "-time" describes the person
// just named; an epithet after two players names the one who opened the sentence before; a
// photographer's credit ("via") opens no clause; a trade after lower-case qualifiers names the person
// just named ("the former glamour model"), as does a company's officer ("the Tesla chief executive");
// a nationality before an office names the person the text gave that origin ("his Chinese
// counterpart Wang Yi ... the Chinese foreign minister said"); a source before its link keeps its
// article ("A source close to the couple said").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteEnglishRound18, AGroundAfterAtIsNoPersonADescriptionMeans) {
  auto q = direct_quotes_of("Gary Rowett blamed his defenders after the defeat at Hillfield Park. “We gifted them two goals,” the Millwall boss said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "We gifted them two goals,");
  EXPECT_EQ(q[0].speaker, "Gary Rowett");
  // The fronted phrase with the ground: the description after its comma speaks, no ground.
  q = direct_quotes_of("After the draw at Brookvale Park, the Rovers manager said: “We deserved more.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We deserved more.");
  EXPECT_EQ(q[0].speaker, "the Rovers manager");
  // After a title the word is a surname.
  q = direct_quotes_of("Councillors spoke to Mrs Linda Park at the meeting. “I am disappointed,” she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Linda Park");
}

TEST(QuoteEnglishRound18, ATitledNameInAppositionToADescriptionSpeaks) {
  auto q = direct_quotes_of("The chairman of the trust, Sir Ian Moss, said: “We will appeal.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "We will appeal.");
  EXPECT_EQ(q[0].speaker, "Ian Moss");
  q = direct_quotes_of("The club denied the report. “There is no offer,” the chairman of Linfield Rovers, Dame Ruth Avery, said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ruth Avery");
}

TEST(QuoteEnglishRound18, ACueWordInsideADescriptionIsPartOfIt) {
  auto q = direct_quotes_of("Petra Lind won in three sets. “I never gave up,” the 18-time grand slam champion said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "I never gave up,");
  EXPECT_EQ(q[0].mention, "the 18-time grand slam champion");
  EXPECT_EQ(q[0].speaker, "Petra Lind");
  // After the cue too.
  q = direct_quotes_of("Petra Lind won in three sets. “I never gave up,” said the 18-time grand slam champion.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the 18-time grand slam champion");
  EXPECT_EQ(q[0].speaker, "Petra Lind");
  // A verb with its object before a participle stays a verb: no description runs over it.
  const auto all = testing::read_article_quotes("The institute says the fall partly reflects cuts announced in what it called a harsh budget.", "en");
  for (const auto& quote : all.quotes) EXPECT_NE(quote.speaker, "the fall partly reflects cuts");
}

TEST(QuoteEnglishRound18, AnEpithetAfterTwoPlayersNamesTheOneWhoOpenedTheSentence) {
  auto q = direct_quotes_of("Jonas Berg beat Marco Lenti in four sets to reach the semi-finals. “My serve carried me,” the 12-time champion said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jonas Berg");
  // After the club and title before the name too.
  q = direct_quotes_of("Harwich manager Tom Ekberg praised his players after the win over a stubborn Dale Rovers side. “It was hard work,” the Swede said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Ekberg");
  // Not a witness to a clause with a subject of its own.
  q = direct_quotes_of("Ada Finch watched from the stands as Mia Rowe beat Lily Stone. “I stayed calm,” the 19-year-old said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Ada Finch");
  // Not an epithet before an office: either leader may be meant.
  q = direct_quotes_of("Anna Holm met Pedro Salas in Madrid. “We agreed on trade,” the Spanish prime minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Spanish prime minister");
}

TEST(QuoteEnglishRound18, ATradeNamesThePersonJustNamedWithItsQualifiersBefore) {
  auto q = direct_quotes_of("Lucy Vane has spoken about the split. “I just want some peace,” the former glamour model told a magazine.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "I just want some peace,");
  EXPECT_EQ(q[0].speaker, "Lucy Vane");
  q = direct_quotes_of("Dan Hale thanked his viewers on Instagram. “You kept me going,” the presenter wrote.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dan Hale");
  // A company's officer after its two-word office and the company's name.
  q = direct_quotes_of("Maya Trent defended the layoffs on Monday. “We had no choice,” the Vantix chief executive said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Maya Trent");
}

TEST(QuoteEnglishRound18, ANationalityBeforeAnOfficeNamesThePersonOfThatOrigin) {
  auto q = direct_quotes_of(
      "Mark Dale met his Brazilian counterpart Luis Prado in Lisbon. “We made progress,” Dale said. “Much remains to be done,” the "
      "Brazilian foreign minister said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].text, "Much remains to be done,");
  EXPECT_EQ(q[1].speaker, "Luis Prado");
  // Or a role of the country: "Kenya's" is Kenyan.
  q = direct_quotes_of("Anna Stroud met Kenya's William Oduya in Nairobi. “Our ties are strong,” the Kenyan president said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "William Oduya");
}

TEST(QuoteEnglishRound18, ASourceCloseToSomeoneKeepsItsArticle) {
  const auto reading = testing::read_article_quotes("Police were called to the house. A source close to the actor said: “He is heartbroken.”", "en");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "direct");
  EXPECT_EQ(reading.quotes[0].text, "He is heartbroken.");
  EXPECT_EQ(reading.quotes[0].mention, "A source close to the actor");
  EXPECT_EQ(reading.quotes[0].speaker, "a source close to the actor");
}

TEST(QuoteEnglishRound18, ANameBeforeItsPlaceAndARelativeClauseSpeaks) {
  auto q = direct_quotes_of("Dr Ama Owusu, from the University of Leeds, who was not involved in the work, said: “The study is careful.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "The study is careful.");
  EXPECT_EQ(q[0].speaker, "Ama Owusu");
}

TEST(QuoteEnglishRound18, ASingerAfterTheirBandAndARegionsPeopleNameThePersonJustNamed) {
  auto q = direct_quotes_of("Lisa Marsh has spoken about the tour. “I was exhausted,” the former Velvet Foxes singer said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lisa Marsh");
  q = direct_quotes_of("Xavi Puig refused to blame the referee. “We were not sharp,” the Catalan said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Xavi Puig");
  // Counsel in court copy.
  q = direct_quotes_of("Mitigating, Owen Blake said his client was sorry. “He has written to the family,” the barrister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Owen Blake");
}

TEST(QuoteEnglishRound18, AgreesRightAfterAQuoteIsItsCue) {
  auto q = direct_quotes_of("Tom Reid spoke first. “Our hopes are different now,” agrees Nina Hart, 30, of Dover.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Our hopes are different now,");
  EXPECT_EQ(q[0].speaker, "Nina Hart");
  EXPECT_EQ(q[0].cue, "agrees");
}

TEST(QuoteEnglishRound18, AHonorificOrADayBetweenSubjectAndVerbStillOpensTheSentence) {
  auto q = direct_quotes_of("Dame Ruth Lowe has paid tribute to her co-star. “He was a joy,” the Bafta-winning actress said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "He was a joy,");
  EXPECT_EQ(q[0].speaker, "Ruth Lowe");
  q = direct_quotes_of("Arun Mehta on Monday attacked the budget. “The young have been betrayed,” the Congress leader said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Arun Mehta");
  // After a dateline in capitals and its colon too.
  q = direct_quotes_of("MUMBAI: Arun Mehta on Monday attacked the budget. “The young have been betrayed,” the Congress leader said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Arun Mehta");
  q = direct_quotes_of("Lena Fox took pole in Monaco. “The car felt incredible,” the Alpine driver said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lena Fox");
}

TEST(QuoteEnglishRound18, APhotoCreditOpensNoClause) {
  auto q = direct_quotes_of(
      "The comedian Ian Marsh dubbed the clip himself.\n\nLena Ford via Getty Images.\n\n“Who needs lessons?” the 43-year-old asked.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Lena Ford");
}

}  // namespace
}  // namespace article_lens
