// French, Spanish, Italian and Portuguese news, round 20b: a nation's adjective after an office or
// trade ("o presidente brasileiro", "le chancelier allemand", "el italiano") means the person the
// text gave that nation, not whoever was named last. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRomanceRound20b, TheOfficeWithANationIsThePersonGivenIt) {
  const auto pt = read_article_quotes(
      "O primeiro-ministro português, Rui Tavares Lobo, recebeu o chanceler alemão, Klaus Petermann, em Lisboa. "
      "\"Precisamos de mais investimento\", afirmou o primeiro-ministro português.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "Precisamos de mais investimento");
  EXPECT_EQ(pt.quotes[0].speaker, "Rui Tavares Lobo");
  const auto fr = read_article_quotes(
      "Le président ukrainien Oleh Marchenko a rencontré le chancelier allemand Klaus Petermann à Kiev. « Nous avons besoin "
      "de défense aérienne », a insisté le président ukrainien.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Nous avons besoin de défense aérienne");
  EXPECT_EQ(fr.quotes[0].speaker, "Oleh Marchenko");
}

TEST(QuoteRomanceRound20b, TheNationAloneIsThePlayerGivenIt) {
  const auto es = read_article_quotes(
      "El tenista español Mario Ordóñez venció al italiano Luca Bertone en cinco sets. «Ha sido una locura», admitió el "
      "italiano tras el partido.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "Ha sido una locura");
  EXPECT_EQ(es.quotes[0].speaker, "Luca Bertone");
  const auto it = read_article_quotes(
      "L'attaccante argentino Diego Ferreyra ha segnato due gol contro il portiere francese Paul Mercier. «È una notte "
      "speciale», ha commentato l'attaccante argentino.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].text, "È una notte speciale");
  EXPECT_EQ(it.quotes[0].speaker, "Diego Ferreyra");
}

TEST(QuoteRomanceRound20b, WhereTheOtherWasGivenANationTheHomeOfficeIsTheOneGivenNone) {
  const auto pt = read_article_quotes(
      "O presidente Lula recebeu o presidente argentino, Javier Ordoñez, no Palácio do Planalto. \"Temos diferenças, mas somos "
      "vizinhos\", disse o presidente brasileiro.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "Temos diferenças, mas somos vizinhos");
  EXPECT_EQ(pt.quotes[0].speaker, "Lula");
}

TEST(QuoteRomanceRound20b, APersonNounAfterAnArticleOpeningItsClauseIsNoCue) {
  const auto fr = read_article_quotes(
      "Selon l'arrêt de la cour, le prévenu « a agi en pleine connaissance de cause ».\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "a agi en pleine connaissance de cause");
  EXPECT_NE(fr.quotes[0].speaker, "le");
}

TEST(QuoteRomanceRound20b, ADescriptionWithACaseAfterAFusedPrepositionCarriesTheName) {
  const auto pt = read_article_quotes(
      "O delegado responsável pela investigação, Mauro Teixeira, disse que o suspeito já era conhecido da polícia.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "indirect");
  EXPECT_EQ(pt.quotes[0].text, "o suspeito já era conhecido da polícia");
  EXPECT_EQ(pt.quotes[0].speaker, "Mauro Teixeira");
  EXPECT_EQ(pt.quotes[0].mention, "O delegado responsável pela investigação, Mauro Teixeira");
}

TEST(QuoteRomanceRound20b, ATitleWithARelativeClauseBeforeTheNameIsTheirRole) {
  const auto es = read_article_quotes(
      "La jueza que instruye el caso del incendio, Marta Ruiz Olmedo, ha rechazado la petición de la defensa. La magistrada "
      "considera que no hay indicios suficientes.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].text, "no hay indicios suficientes");
  EXPECT_EQ(es.quotes[0].speaker, "Marta Ruiz Olmedo");
}

}  // namespace
}  // namespace article_lens
