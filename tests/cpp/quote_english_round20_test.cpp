// English quotation phenomena of round 20: a nation's adjective before an office picks which of two
// people who met is meant ("the British prime minister" after "Indian Prime Minister X hosted Y");
// a people's name in two words after an article stands for the person just named ("the South
// African", "the Northern Irishman"); a club's word anywhere in a run of names makes it a club, which
// no later "he" means; a player's trade rules out the manager just named; a word written before a
// name names that person again ("defendant Liam Ross ... the defendant said"); a former office means
// its former holder.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::read_article_quotes;

TEST(QuoteEnglishRound20, ANationsAdjectiveBeforeAnOfficePicksTheOneOfThatNation) {
  // The office's holder by title is of another nation: the other one met.
  auto q = direct_quotes_of(
      "Japanese Prime Minister Fumio Kishida welcomed Anthony Albanese to Tokyo on Friday. “Our trade ties have never been "
      "closer,” the Australian prime minister told reporters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Our trade ties have never been closer,");
  EXPECT_EQ(q[0].speaker, "Anthony Albanese");
  // The one the text gave that nation by its country, though the other holds the office by title.
  q = direct_quotes_of(
      "Chile's Gabriel Boric hosted Peruvian President Dina Boluarte in Santiago. “We share a border and a future,” the "
      "Chilean president said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We share a border and a future,");
  EXPECT_EQ(q[0].speaker, "Gabriel Boric");
  // The nation's people alone, after two named together.
  q = direct_quotes_of(
      "Wales captain Owen Rees and Ghana's Kofi Mensah both scored twice. “It was a great game to play in,” the Ghanaian said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kofi Mensah");
  // Named a few sentences before, with background between.
  q = direct_quotes_of(
      "Japanese Prime Minister Fumio Kishida welcomed Anthony Albanese to Tokyo on Friday. The visit followed a summit in "
      "Lima. Trade between the two countries has doubled. Talks on gas began last year. “We have made real progress,” the "
      "Australian prime minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Anthony Albanese");
  // Past a modifier, a nation written with stops.
  q = direct_quotes_of(
      "Secretary of State Mark Dunn met Russian Foreign Minister Ivan Orlov in Riyadh. “This was a useful conversation,” "
      "the top U.S. diplomat said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mark Dunn");
  // The nation written right before the other one's name rules them out.
  q = direct_quotes_of("Li Hong met his American counterpart Mark Dunn in Beijing. “We had candid talks,” the Chinese foreign minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Li Hong");
  // The one given no nation holds another office: not the one meant.
  q = direct_quotes_of(
      "Japanese Prime Minister Ken Mori hosted Foreign Minister Anthony Albanese in Tokyo. “Our ties have never been "
      "closer,” the Australian prime minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.find("Albanese"), std::string::npos);
  // Nobody given the nation and nobody given another: nothing tells which one was meant.
  q = direct_quotes_of(
      "Anthony Albanese met Fumio Kishida in Tokyo. The two men spoke for an hour. “We agreed on a great deal,” the "
      "Japanese prime minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.find("Albanese"), std::string::npos);
}

TEST(QuoteEnglishRound20, APeoplesNameInTwoWordsStandsForThePersonJustNamed) {
  auto q = direct_quotes_of("Trevor Kane birdied the last three holes. “I got a bit lucky on 16,” the South African said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "I got a bit lucky on 16,");
  EXPECT_EQ(q[0].speaker, "Trevor Kane");
  q = direct_quotes_of("Martin Doyle reached the quarter-finals at the Crucible. “The crowd carried me,” the Northern Irishman said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Martin Doyle");
  // Named in the clause a body reported, the body before him.
  const auto reading = read_article_quotes(
      "The club confirmed on Thursday that Martin Doyle had signed a new contract. The Northern Irishman said he was "
      "“honoured” to stay.");
  ASSERT_FALSE(reading.quotes.empty());
  EXPECT_EQ(reading.quotes.back().speaker, "Martin Doyle");
}

TEST(QuoteEnglishRound20, AClubsWordInARunOfNamesMakesItAClub) {
  auto q = direct_quotes_of(
      "Coach Paulo Reis spoke to reporters after the match. Clube Atletico Serrano have now lost four in a row. “We were not "
      "good enough,” he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "We were not good enough,");
  EXPECT_EQ(q[0].speaker, "Paulo Reis");
  // A club named whole is no one a pronoun means.
  q = direct_quotes_of("Harbour Sport Club said the ground would close. “We thank supporters for their patience,” he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  // A title after the club's word: the person is named.
  q = direct_quotes_of("Club Secretary Janet Bell said the accounts were in order. “We owe nobody,” she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Janet Bell");
}

TEST(QuoteEnglishRound20, APlayersTradeRulesOutTheManagerJustNamed) {
  auto q = direct_quotes_of(
      "Jack Dunmore scored twice as Harwich beat Felton. Manager Rob Ellery was delighted. “I felt sharp today,” the winger "
      "said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "I felt sharp today,");
  EXPECT_EQ(q[0].speaker, "Jack Dunmore");
}

TEST(QuoteEnglishRound20, AWordWrittenBeforeANameNamesThatPersonAgain) {
  auto q = direct_quotes_of(
      "Prosecutor Anne Hale questioned defendant Liam Ross for two hours. “I never touched the money,” the defendant said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "I never touched the money,");
  EXPECT_EQ(q[0].speaker, "Liam Ross");
}

TEST(QuoteEnglishRound20, AFeminineTradeMeansTheWomanInReachNotATitledNameOfNoKnownGender) {
  auto q = direct_quotes_of(
      "Lucy Marsh starred in the film alongside Tom Reed. Director Sam Pike cast them both. “I was terrified,” the actress "
      "said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "I was terrified,");
  EXPECT_EQ(q[0].speaker, "Lucy Marsh");
}

TEST(QuoteEnglishRound20, WhoTriesACaseIsNoWidowAndSomeoneElsesWidowIsNoOneJustNamed) {
  // The judge named last is ruled out; no other woman is named, so the widow stays unnamed.
  auto q = direct_quotes_of(
      "Dean Marsh, 31, was jailed for 12 years. Judge Helen Orr said he had shown no remorse. “My life is ruined,” the "
      "widow said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "My life is ruined,");
  EXPECT_EQ(q[0].speaker.find("Orr"), std::string::npos);
  // Someone else's widow is no woman named before.
  q = direct_quotes_of(
      "Judge Helen Orr said Marsh had shown “a total disregard for human life”. In a statement, the victim's widow said: "
      "“I will never forgive him.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "I will never forgive him.");
  EXPECT_EQ(q[1].speaker.find("Orr"), std::string::npos);
}

TEST(QuoteEnglishRound20, AnOfficerAndAScientistNameTheDetectiveAndTheProfessorAgain) {
  auto q = direct_quotes_of(
      "Detective Sergeant Ian Pryce said the family were relieved. “They can now begin to grieve,” the officer said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Ian Pryce");
  q = direct_quotes_of(
      "The study's lead author, Professor Li Wei, said more research was needed. “We are at an early stage,” the scientist "
      "added.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Li Wei");
  // A trade by its ending.
  q = direct_quotes_of(
      "Co-author Professor Tamsin Clay said the findings called for action. “We need to know much more,” the toxicologist "
      "added.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tamsin Clay");
}

TEST(QuoteEnglishRound20, AFormerOfficeMeansItsFormerHolderNotThePresentOne) {
  auto q = direct_quotes_of(
      "Prime Minister Ann Kerr and former prime minister Tom Vale both attended the service. “It was a moving occasion,” the "
      "former prime minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "It was a moving occasion,");
  EXPECT_EQ(q[0].speaker, "Tom Vale");
}

}  // namespace
}  // namespace article_lens
