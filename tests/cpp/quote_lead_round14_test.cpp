// Speakers the lead read right in round 14. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::first_speaker;

TEST(QuoteLeadRound14, ASurnameBehindALowerCasePrefixIsPartOfTheName) {
  // "al-", "el-", "ul-": the surname is a name word, so the person is found, and named again later.
  EXPECT_EQ(first_speaker("Saudi Foreign Minister Adel al-Jubeir said the talks would go on.", "en"), "Adel al-Jubeir");
  EXPECT_EQ(first_speaker("Le ministre Nasser al-Khelaïfi a affirmé que le club était prêt.", "fr"), "Nasser al-Khelaïfi");
  EXPECT_EQ(first_speaker("Der kuwaitische Ölminister Ali al-Nasser bestätigte, die Förderung sinke.", "de"),
            "Ali al-Nasser");
  const auto q = direct_quotes_of(
      "Talks with Foreign Minister Adel al-Jubeir ended late. \"We agreed on nothing,\" al-Jubeir said.", "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Adel al-Jubeir");
}

TEST(QuoteLeadRound14, OtherLowerCasePrefixesMakeNoName) {
  // "anti-", "pro-": a word, not a surname.
  const auto q = direct_quotes_of("Ana Lind spoke at the rally. \"We march on,\" said the anti-Brexit campaigner.", "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "anti-Brexit");
}

TEST(QuoteLeadRound14, TitlesOfGulfRulersAndIrishOfficesAreRoles) {
  EXPECT_EQ(first_speaker("Sheikh Tamim bin Hamad Al Thani said Qatar would mediate.", "en"), "Tamim bin Hamad Al Thani");
  const auto q = direct_quotes_of(
      "Taoiseach Micheál Martin met union leaders on Monday. \"We will find a way,\" the Taoiseach said.", "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Micheál Martin");
}

TEST(QuoteLeadRound14, AReportedClauseSubjectEndsBeforeAnAdverbOfMannerAndItsVerb) {
  // "The actor repeatedly refused, saying ...": the subject is "the actor".
  const auto reading = testing::read_article_quotes(
      "Kay Dent was offered the role. The actor repeatedly refused, saying he would not do it.", "en");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "indirect");
  EXPECT_EQ(reading.quotes[0].mention, "The actor");
}

TEST(QuoteLeadRound14, AReportWithoutThatMayOpenWithAnAcronymInItsNounPhrase) {
  const auto reading = testing::read_article_quotes("Backbencher Stephen Pound said some MPs had threatened to quit.", "en");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "indirect");
  EXPECT_EQ(reading.quotes[0].text, "some MPs had threatened to quit");
  EXPECT_EQ(reading.quotes[0].speaker, "Stephen Pound");
}

TEST(QuoteLeadRound14, AClubsNameAfterAFusedArticleIsNoPartOfThePlayersName) {
  EXPECT_EQ(first_speaker("El delantero del Real Madrid Kylian Mbappé aseguró que el equipo está listo.", "es"), "Kylian Mbappé");
  EXPECT_EQ(first_speaker("Le président du Paris Saint-Germain Nasser al-Khelaïfi a affirmé que le club était prêt.", "fr"),
            "Nasser al-Khelaïfi");
  EXPECT_EQ(first_speaker("L'allenatore del Bologna Calcio Vincenzo Italiano ha detto che la squadra è pronta.", "it"),
            "Vincenzo Italiano");
  // A name of three words after a body of two stays whole.
  EXPECT_EQ(first_speaker("El líder del Partido Popular Alberto Núñez Feijóo afirmó que el Gobierno miente.", "es"),
            "Alberto Núñez Feijóo");
}

TEST(QuoteLeadRound14, APersonNamedOnlyInsideAQuotationIsNotTheDescriptionAfterIt) {
  // "la número dos del PSOE" is not Ayuso, whom only the quotation calls "la señora Ayuso".
  const auto q = direct_quotes_of(
      "La ministra de Hacienda, Marta Quiroga, ha replicado a Ayuso que \"Madrid no es un paraíso fiscal\". "
      "\"La señora Ayuso debería pagar lo que debe\", ha añadido la número dos del PSOE.", "es");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Marta Quiroga");
  EXPECT_NE(q[1].speaker, "Ayuso");
}

}  // namespace
}  // namespace article_lens
