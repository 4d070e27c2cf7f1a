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

TEST(QuoteLeadRound14, HeOrSheIsNoGroupThatSpokeLast) {
  // Officials and residents are many people: "she" is the woman named before, or no one known.
  const auto named = direct_quotes_of("Ana Lind left early. Officials said that it rained. The plan was “dead”, she insisted.", "en");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].speaker, "Ana Lind");
  const auto nobody = direct_quotes_of("Residents said the water was rising. “We are scared,” he said.", "en");
  ASSERT_EQ(nobody.size(), 1u);
  EXPECT_NE(nobody[0].speaker, "Residents");
  // One unnamed person is one: "a senior official ... he said" goes on with that source.
  const auto one = direct_quotes_of("A senior official said the talks had failed. “We tried,” he said.", "en");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].speaker, "a senior official");
}

TEST(QuoteLeadRound14, ADescriptionEndsBeforeTheVerbItsParticipleFollows) {
  // "The actor refused, ... saying": the subject is "the actor", not the words up to the comma.
  for (const char* text : {"Kay Dent was offered the role. The actor repeatedly refused, saying: \"I will not do it\".",
                           "Kay Dent was offered the role. The actor refused, throwing the book away and saying: \"I will not do it\"."}) {
    const auto q = direct_quotes_of(text, "en");
    ASSERT_EQ(q.size(), 1u) << text;
    EXPECT_EQ(q[0].mention, "The actor") << text;
  }
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
