// French, Spanish, Italian and Portuguese news as agencies and papers write it: offices named by
// their seat or portfolio ("le locataire de Matignon", "il titolare del Viminale"), the medium
// between an inverted cue and its speaker, surnames that are title words ("Bruno Le Maire"), and a
// body's lower-case adjectives before a name in apposition. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRomanceRound11, AnOfficeNamedByItsSeatMeansThePersonGivenTheOffice) {
  // The role group's entry with an elided article ("chef de l'État") is read as the text's words are.
  const auto fr = read_article_quotes(
      "Le président de la République, Jacques Morel, a visité l'usine. "
      "« Nous tiendrons nos promesses », a assuré le chef de l'État.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Jacques Morel");
  const auto curly = read_article_quotes(
      "Le président, Jacques Morel, a visité l'usine. « Nous tiendrons », a assuré le chef de l’État.\n", "fr");
  ASSERT_EQ(curly.quotes.size(), 1u);
  EXPECT_EQ(curly.quotes[0].speaker, "Jacques Morel");
  // The seat is no place as speaker: "Matignon" said nothing.
  const auto seat = read_article_quotes(
      "La Première ministre, Claire Dubois, a reçu les syndicats. "
      "La locataire de Matignon a promis qu'un accord serait trouvé avant l'été.\n", "fr");
  ASSERT_EQ(seat.quotes.size(), 1u);
  EXPECT_EQ(seat.quotes[0].kind, "indirect");
  EXPECT_EQ(seat.quotes[0].speaker, "Claire Dubois");
  const auto it = read_article_quotes(
      "Il ministro dell'Interno, Paolo Ferri, ha incontrato i prefetti. "
      "«Non ci saranno zone franche», ha aggiunto il titolare del Viminale.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Paolo Ferri");
  const auto es = read_article_quotes(
      "La ministra de Sanidad, Lucía Campos, visitó el hospital. "
      "La titular de Sanidad aseguró que habrá más médicos en verano.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Lucía Campos");
  // "A governante": a member of the government, the minister named before.
  const auto pt = read_article_quotes(
      "A ministra da Agricultura, Helena Sousa, esteve em Beja. "
      "A governante garantiu que os apoios chegam em março.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Helena Sousa");
}

TEST(QuoteRomanceRound11, ADescriptionsWholeOfficeMayBeNamedTheOtherWay) {
  // The text gave "garde des Sceaux"; the description says "ministre de la Justice".
  const auto fr = read_article_quotes(
      "Le garde des Sceaux, Louis Perrin, a présenté son projet. "
      "Le ministre de la Justice a assuré que les tribunaux recruteraient.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Louis Perrin");
  const auto es = read_article_quotes(
      "El ministro del Interior, Rafael Soto, visitó la frontera. "
      "El titular de Interior afirmó que los controles se reforzarán.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Rafael Soto");
}

TEST(QuoteRomanceRound11, TheMediumBetweenAnInvertedCueAndItsSpeakerIsSkipped) {
  const auto fr = read_article_quotes("« Le pont restera fermé », a écrit sur X le maire de Nantes, Yves Caradec.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Yves Caradec");
  const auto es = read_article_quotes("«Seguiremos trabajando», escribió en X el alcalde de Cádiz, Andrés Mora.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Andrés Mora");
  const auto pt = read_article_quotes("\"Não vamos recuar\", escreveu no X o ministro Paulo Teixeira.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Paulo Teixeira");
  // With nobody after it the subject is left out, as after the outlet told.
  const auto none = read_article_quotes("Le maire, Yves Caradec, a visité le chantier. « Le pont restera fermé », a-t-il écrit sur X.\n", "fr");
  ASSERT_EQ(none.quotes.size(), 1u);
  EXPECT_EQ(none.quotes[0].speaker, "Yves Caradec");
}

TEST(QuoteRomanceRound11, ATitleWordAfterANameAndAParticleIsASurname) {
  const auto fr = read_article_quotes(
      "Le ministre des Armées, Paul Le Maire, a jugé que l'effort était « nécessaire ». "
      "Il a reconnu des « retards » dans les livraisons.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 3u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Le Maire");
  EXPECT_EQ(fr.quotes[2].text, "retards");
  EXPECT_EQ(fr.quotes[2].speaker, "Paul Le Maire");
  const auto inverted = read_article_quotes("« C'est un bon budget », a dit Paul Le Maire.\n", "fr");
  ASSERT_EQ(inverted.quotes.size(), 1u);
  EXPECT_EQ(inverted.quotes[0].speaker, "Paul Le Maire");
  // The title alone, after a determiner, is still the mayor.
  const auto mayor = read_article_quotes("« C'est un bon budget », a dit le maire.\n", "fr");
  ASSERT_EQ(mayor.quotes.size(), 1u);
  EXPECT_EQ(mayor.quotes[0].speaker, "le maire");
}

TEST(QuoteRomanceRound11, ABodysLowerCaseAdjectivesKeepTheNameInAppositionAfterThem) {
  const auto it = read_article_quotes(
      "«La situazione è sotto controllo», ha detto il capo della Protezione civile, Marco Gallo.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Marco Gallo");
  EXPECT_EQ(it.quotes[0].mention, "il capo della Protezione civile, Marco Gallo");
  const auto fr = read_article_quotes(
      "« Les secours sont sur place », a indiqué le directeur de la Sécurité civile, Alain Berthier.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Alain Berthier");
  // A time word after the place is no adjective: the name after the comma is someone else.
  const auto time = read_article_quotes(
      "« Les secours sont sur place », a indiqué le maire de Lyon mardi, Alain Berthier étant absent.\n", "fr");
  ASSERT_EQ(time.quotes.size(), 1u);
  EXPECT_EQ(time.quotes[0].speaker, "le maire de Lyon");
}

TEST(QuoteRomanceRound11, AnIberianSurnameBeforeItsParticleNamesTheSamePerson) {
  const auto pt = read_article_quotes(
      "O presidente José Carlos Brito da Costa afirmou que o país vai crescer. "
      "Segundo Brito, o acordo será assinado em dezembro.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 2u);
  EXPECT_EQ(pt.quotes[1].speaker, "José Carlos Brito da Costa");
  // A first name before the particle is no surname: "von der Leyen" stays her last name.
  const auto fr = read_article_quotes(
      "Ursula von der Leyen a reçu les ministres. « Nous avançons », a dit von der Leyen. « Oui », a dit Ursula.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].speaker, "Ursula von der Leyen");
}

TEST(QuoteRomanceRound11, ARelativeClauseAfterAQuotationReportsForItsAntecedent) {
  const auto es = read_article_quotes(
      "«Es un día histórico», dijo la ministra Carmen Ruiz, quien añadió que la ley entrará en vigor en enero.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[1].kind, "indirect");
  EXPECT_EQ(es.quotes[1].text, "la ley entrará en vigor en enero");
  EXPECT_EQ(es.quotes[1].speaker, "Carmen Ruiz");
  const auto fr = read_article_quotes(
      "« C'est une victoire », a déclaré Paul Girard, qui a ajouté que la réforme profiterait à tous.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[1].kind, "indirect");
  EXPECT_EQ(fr.quotes[1].speaker, "Paul Girard");
  const auto it = read_article_quotes(
      "«È una vittoria», ha detto Paolo Ferri, che ha aggiunto che la riforma aiuterà le famiglie.\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[1].speaker, "Paolo Ferri");
  const auto pt = read_article_quotes(
      "\"É uma vitória\", disse Paulo Ferreira, que acrescentou que a reforma vai ajudar as famílias.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 2u);
  EXPECT_EQ(pt.quotes[1].speaker, "Paulo Ferreira");
  // Without a relative pronoun the words after the cue report nothing new.
  const auto none = read_article_quotes("«Es un día histórico», dijo Carmen Ruiz a los periodistas que esperaban.\n", "es");
  ASSERT_EQ(none.quotes.size(), 1u);
}

TEST(QuoteRomanceRound11, FrenchSpeechResumesAfterACommaIncise) {
  const auto fr = read_article_quotes(
      "« Nous sommes prêts, a assuré le maire, Paul Girard. Les travaux commenceront lundi. »\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].text, "Nous sommes prêts");
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Girard");
  EXPECT_EQ(fr.quotes[1].text, "Les travaux commenceront lundi.");
  EXPECT_EQ(fr.quotes[1].speaker, "Paul Girard");
  // Within the sentence too: "« Je pense, dit-elle, que ... »".
  const auto within = read_article_quotes(
      "Claire Dubois a répondu aux élus. « Je pense, dit-elle, que nous avons gagné. »\n", "fr");
  ASSERT_EQ(within.quotes.size(), 2u);
  EXPECT_EQ(within.quotes[0].text, "Je pense");
  EXPECT_EQ(within.quotes[1].speaker, "Claire Dubois");
  // A comma with no author's words after it splits nothing.
  const auto whole = read_article_quotes("« La France, le pays des droits, doit agir », a dit Paul Girard.\n", "fr");
  ASSERT_EQ(whole.quotes.size(), 1u);
  EXPECT_EQ(whole.quotes[0].text, "La France, le pays des droits, doit agir");
}

}  // namespace
}  // namespace article_lens
