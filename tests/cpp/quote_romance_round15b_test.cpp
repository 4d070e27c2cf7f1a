// French, Spanish, Italian and Portuguese news, round 15b: an office with its body, after the last
// speaker, in a cue that says they go on ("a ajouté la ministre des Finances", "Le chef de l'État a
// également promis") is theirs; one in a reaction ("a réagi le maire de Lyon") is someone else. An
// office the text gave them by another name is theirs ("l'ancien président ... l'ex-chef de l'État").
// A body's seat inside a title is no speaker ("Le président du groupe LR au Sénat, X, a assuré").
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::QuoteRead;
using testing::read_article_quotes;

TEST(QuoteRomanceRound15b, AnOfficeInACueThatGoesOnIsTheLastSpeakers) {
  const auto fr = read_article_quotes(
      "La conseillère fédérale Anne Keller a présenté le budget. « Les comptes sont tendus », a déclaré Keller. "
      "« Il faudra économiser », a ajouté la ministre des Finances.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[1].kind, "direct");
  EXPECT_EQ(fr.quotes[1].text, "Il faudra économiser");
  EXPECT_EQ(fr.quotes[1].speaker, "Anne Keller");
  const auto es = read_article_quotes(
      "Marta Ruiz visitó ayer la fábrica. \"El empleo crece\", afirmó Ruiz. "
      "\"Habrá más inversión\", añadió la consejera de Economía.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[1].text, "Habrá más inversión");
  EXPECT_EQ(es.quotes[1].speaker, "Marta Ruiz");
}

TEST(QuoteRomanceRound15b, ABareOfficeByAnotherNameInACueThatGoesOnIsTheLastSpeakers) {
  const auto it = read_article_quotes(
      "«La riforma è pronta», ha dichiarato il ministro Paolo Ferri. "
      "«Il voto arriverà in estate», ha aggiunto il Guardasigilli.\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[1].kind, "direct");
  EXPECT_EQ(it.quotes[1].text, "Il voto arriverà in estate");
  EXPECT_EQ(it.quotes[1].speaker, "Paolo Ferri");
}

TEST(QuoteRomanceRound15b, AnOfficeInAReactionIsSomeoneElse) {
  const auto fr = read_article_quotes(
      "« Nous tiendrons bon », a dit Paul Verdier. « C'est une faute », a réagi le maire de Lyon.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[1].kind, "direct");
  EXPECT_EQ(fr.quotes[1].text, "C'est une faute");
  EXPECT_EQ(fr.quotes[1].speaker, "le maire de Lyon");
  const auto it = read_article_quotes(
      "«Andremo avanti», ha detto Luca Bini. «È un errore», ha replicato il sindaco di Torino.\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[1].speaker, "il sindaco di Torino");
}

TEST(QuoteRomanceRound15b, AnOfficeByAnotherNameIsTheirs) {
  const auto fr = read_article_quotes(
      "L'ancien président Jacques Morel a été entendu mardi par les juges. "
      "« Je n'ai rien à cacher », a déclaré l'ex-chef de l'État.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Je n'ai rien à cacher");
  EXPECT_EQ(fr.quotes[0].speaker, "Jacques Morel");
}

TEST(QuoteRomanceRound15b, TheNameAfterATitleWithItsBodysSeatSpeaks) {
  const auto fr = read_article_quotes(
      "Le président du groupe UC au Sénat, Hervé Marchal, a assuré que son groupe voterait le texte.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].text, "son groupe voterait le texte");
  EXPECT_EQ(fr.quotes[0].speaker, "Hervé Marchal");
  const auto assembly = read_article_quotes(
      "La présidente du groupe PS à l'Assemblée, Claire Roux, a assuré que son groupe voterait le texte.\n", "fr");
  ASSERT_EQ(assembly.quotes.size(), 1u);
  EXPECT_EQ(assembly.quotes[0].speaker, "Claire Roux");
}

}  // namespace
}  // namespace article_lens
