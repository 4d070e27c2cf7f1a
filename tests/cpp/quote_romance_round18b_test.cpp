// French, Spanish, Italian and Portuguese news, round 18b: a pronoun after a sentence whose opening
// phrase names someone ("Face à X, le Premier ministre a haussé le ton. « … », a-t-il lancé") means
// the subject described after the phrase; a description subject stops at a negation or a modal in
// the past ("o treinador não quis falar"); a role's portfolio after "per"/"para" belongs to the role
// ("il ministro per gli Affari regionali, X"), not a purpose ("il ministro per rassicurare").
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRomanceRound18b, APronounAfterAFacingPhraseMeansTheSubjectDescribed) {
  const auto fr = read_article_quotes(
      "Face à Julien Morvan, le ministre de l'Intérieur a haussé le ton lors du débat. « Vous n'avez aucune proposition », "
      "a-t-il lancé.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Vous n'avez aucune proposition");
  EXPECT_EQ(fr.quotes[0].speaker, "le ministre de l'Intérieur");
  const auto es = read_article_quotes(
      "Tras la reunión con Andrés Roldán, la consejera de Sanidad se mostró optimista. «Hemos dado un paso importante», "
      "aseguró.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "Hemos dado un paso importante");
  EXPECT_EQ(es.quotes[0].speaker, "la consejera de Sanidad");
}

TEST(QuoteRomanceRound18b, APronounAfterAFacingPhraseKeepsTheOneItsGenderFits) {
  // "elle" after "le ministre": not the subject described; the woman faced is named last.
  const auto fr = read_article_quotes(
      "Face à Sophie Lemarchand, le ministre a haussé le ton. « Je ne céderai pas », a-t-elle répondu.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "Sophie Lemarchand");
}

TEST(QuoteRomanceRound18b, ADescribedSubjectStopsAtANegation) {
  const auto pt = read_article_quotes(
      "O treinador leonino não quis falar sobre o mercado. «Não comento jogadores de outros clubes», garantiu.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "Não comento jogadores de outros clubes");
  EXPECT_EQ(pt.quotes[0].speaker, "o treinador leonino");
  const auto es = read_article_quotes(
      "El técnico visitante no quiso hablar del árbitro. «No voy a decir nada», zanjó.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].speaker, "el técnico visitante");
}

TEST(QuoteRomanceRound18b, ADescribedSubjectAfterAnAskingPhraseSpeaks) {
  const auto pt = read_article_quotes(
      "Questionado sobre Tiago Neves, o treinador do Braga não quis falar sobre o mercado. «Não comento jogadores de outros "
      "clubes», garantiu.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].speaker, "o treinador do Braga");
}

TEST(QuoteRomanceRound18b, APortfolioAfterPerBelongsToTheRole) {
  const auto it = read_article_quotes(
      "«Non ci saranno passi indietro», ha detto il ministro per le Politiche agricole, Marco Bellandi.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].text, "Non ci saranno passi indietro");
  EXPECT_EQ(it.quotes[0].speaker, "Marco Bellandi");
  const auto es = read_article_quotes(
      "«El plan ya está en marcha», ha dicho la ministra para la Transición Ecológica, Lucía Ferrán.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].speaker, "Lucía Ferrán");
}

TEST(QuoteRomanceRound18b, AnOutletAskingIsNeverTheSpeaker) {
  const auto fr = read_article_quotes(
      "Interrogée par Radio Classique, la ministre du Travail a reconnu des « retards » dans le versement des aides.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].text, "retards");
  EXPECT_EQ(fr.quotes[0].speaker.find("Radio"), std::string::npos);
}

TEST(QuoteRomanceRound18b, APurposeAfterPerIsNoPortfolio) {
  const auto it = read_article_quotes(
      "«Non ci saranno passi indietro», ha detto il ministro per rassicurare gli alleati.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].mention, "il ministro");
}

TEST(QuoteRomanceRound18b, ACliticOpeningTheSentenceIsNoName) {
  // "Ne ha parlato X: «…»": the clitic "Ne" is no speaker.
  const auto it = read_article_quotes("Ne ha parlato ieri la segretaria del partito: «Siamo pronti a governare».\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].text, "Siamo pronti a governare");
  EXPECT_NE(it.quotes[0].speaker, "Ne");
}

}  // namespace
}  // namespace article_lens
