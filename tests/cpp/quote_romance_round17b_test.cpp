// French, Spanish, Italian and Portuguese news, round 17b: an epithet after a sentence that opens
// with one person and names another means the subject ("X ha battuto Y. «…», ha detto
// l'altoatesino"); a club after "du"/"del" in a description is no person of its own ("l'attaquant du
// Real Madrid"); of two people named together, a gendered description means the one of its gender;
// a pronoun after a described subject that a setting opens ("Devant la cour d'assises, l'accusé
// ...") means the description, and so does a cue whose verb carries its subject ("O réu negou ...
// «…», afirmou"). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRomanceRound17b, AnEpithetAfterTwoNamesMeansTheSentencesSubject) {
  const auto it = read_article_quotes(
      "Matteo Ferretti ha battuto Paolo Gentile in tre set nella finale di Vienna. «È stata una partita durissima», "
      "ha detto l'altoatesino dopo il match.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].text, "È stata una partita durissima");
  EXPECT_EQ(it.quotes[0].speaker, "Matteo Ferretti");
  const auto es = read_article_quotes(
      "Javier Morales derrotó a Andrés Ruiz en la final de Queen's. «Es un sueño hecho realidad», declaró el murciano.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].speaker, "Javier Morales");
}

TEST(QuoteRomanceRound17b, AClubAfterAFusedArticleIsNoNameOfItsOwn) {
  const auto fr = read_article_quotes(
      "Antoine Mercier a inscrit un triplé face à Valence. « Je suis heureux pour l'équipe », a déclaré l'attaquant du "
      "Real Madrid après la rencontre.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Je suis heureux pour l'équipe");
  EXPECT_EQ(fr.quotes[0].speaker, "Antoine Mercier");
  // A person after the preposition is someone else: the lawyer is not the client.
  const auto lawyer = read_article_quotes(
      "Nicolas Garnier a été entendu par les juges. « Mon client est serein », a déclaré l'avocat de Nicolas Garnier.\n", "fr");
  ASSERT_EQ(lawyer.quotes.size(), 1u);
  EXPECT_NE(lawyer.quotes[0].speaker, "Nicolas Garnier");
}

TEST(QuoteRomanceRound17b, AGenderedDescriptionPicksOneOfAPair) {
  const auto fr = read_article_quotes(
      "Julien Moreau et Claire Dubois se sont affrontés lors du débat. « Vous mentez », a lancé la candidate du RN.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Vous mentez");
  EXPECT_EQ(fr.quotes[0].speaker, "Claire Dubois");
}

TEST(QuoteRomanceRound17b, APronounAfterASettingAndADescribedSubject) {
  const auto fr = read_article_quotes(
      "Devant la cour d'assises du Rhône, l'accusé a maintenu sa version des faits. « Je n'ai jamais voulu la tuer », "
      "a-t-il répété.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Je n'ai jamais voulu la tuer");
  EXPECT_EQ(fr.quotes[0].speaker, "l'accusé");
}

TEST(QuoteRomanceRound17b, ACueWithItsSubjectInTheVerbAfterADescribedSubject) {
  const auto pt = read_article_quotes("O réu negou todas as acusações. «Nunca toquei naquele dinheiro», afirmou.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "Nunca toquei naquele dinheiro");
  EXPECT_EQ(pt.quotes[0].speaker, "o réu");
  const auto it = read_article_quotes("L'imputato ha respinto ogni accusa. «Non ho mai visto quei soldi», ha detto.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "l'imputato");
  // A body is no one's description: the quote keeps no speaker.
  const auto es = read_article_quotes("La empresa anunció despidos. «Es inevitable», dijo.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "");
}

TEST(QuoteRomanceRound17b, ASettingBeforeTheDescribedSubjectOfASubjectInTheVerb) {
  const auto es = read_article_quotes(
      "Ante el tribunal de la Audiencia Provincial, la acusada reconoció los hechos. «Estoy profundamente arrepentida», "
      "dijo entre lágrimas.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "Estoy profundamente arrepentida");
  EXPECT_EQ(es.quotes[0].speaker, "la acusada");
  const auto it = read_article_quotes(
      "Davanti al gup di Milano, l'imputato ha respinto ogni accusa. «Non ho mai visto quei soldi», ha detto.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "l'imputato");
}

}  // namespace
}  // namespace article_lens
