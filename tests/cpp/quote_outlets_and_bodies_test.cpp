// The outlet a cue was told ("ha dichiarato all'Ansa il sindaco"), bodies after impersonal cues
// ("fanno sapere da Palazzo Chigi", "señalan desde Moncloa"), and sentences that refer back in
// Italian and Spanish ("Lo ha detto X", "Así lo ha afirmado X"). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

std::string only_speaker(const std::string& text, const std::string& language) {
  const auto reading = read_article_quotes(text, language);
  EXPECT_EQ(reading.quotes.size(), 1u) << text;
  return reading.quotes.empty() ? "<none>" : reading.quotes[0].speaker;
}

TEST(QuoteOutletsAndBodies, TheOutletToldStandsBeforeTheSpeaker) {
  EXPECT_EQ(only_speaker("«Siamo preoccupati», ha dichiarato all'Ansa il sindaco di Roma, Roberto Gualtieri.", "it"),
            "Roberto Gualtieri");
  EXPECT_EQ(only_speaker("\"Estamos preocupados\", ha declarado a Efe el alcalde Luis Ortega.", "es"), "Luis Ortega");
  EXPECT_EQ(only_speaker("« Nous sommes inquiets », a déclaré à l'AFP le ministre Jean Dupont.", "fr"), "Jean Dupont");
  EXPECT_EQ(only_speaker("\"Não vamos recuar\", disse à Lusa o ministro João Costa.", "pt"), "João Costa");
}

TEST(QuoteOutletsAndBodies, ABodyAfterAnImpersonalCueIsTheSource) {
  const auto it = read_article_quotes("«Andremo avanti», fanno sapere da Palazzo Chigi.", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].mention, "Palazzo Chigi");
  const auto es = read_article_quotes("\"Seguiremos adelante\", señalan desde Moncloa.", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].mention, "Moncloa");
}

TEST(QuoteOutletsAndBodies, ASentenceReferringBackGivesTheOneBeforeItsSpeaker) {
  const auto it = read_article_quotes("Il governo non cambierà la manovra. Lo ha detto il premier Giorgia Meloni in "
                                      "conferenza stampa.", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "indirect");
  EXPECT_EQ(it.quotes[0].text, "Il governo non cambierà la manovra");
  EXPECT_EQ(it.quotes[0].speaker, "Giorgia Meloni");
  const auto es = read_article_quotes("El Gobierno no cambiará los presupuestos. Así lo ha afirmado este lunes el "
                                      "presidente del Gobierno, Pedro Sánchez.", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Pedro Sánchez");
  EXPECT_EQ(es.quotes[0].mention, "el presidente del Gobierno, Pedro Sánchez");
}

}  // namespace
}  // namespace article_lens
