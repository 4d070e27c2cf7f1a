// French, Spanish, Italian and Portuguese news, round 20: a host and a guest named in one sentence
// ("X a reçu Y à l'Élysée"), where the bare office means the host before either spoke and the other
// of the two after one did; interviews set with "Question :" and "Réponse :" labels (also
// "Pregunta:", "Domanda:", "Pergunta:", "P." / "R.") or with each answer a paragraph in marks.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRomanceRound20, TheBareOfficeAfterAVisitIsTheHosts) {
  const auto fr = read_article_quotes(
      "Hélène Brunet a reçu Tomas Varga à la mairie lundi. « Nous allons signer un jumelage », a déclaré la maire à l'issue "
      "de l'entretien.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Nous allons signer un jumelage");
  EXPECT_EQ(fr.quotes[0].speaker, "Hélène Brunet");
  const auto es = read_article_quotes(
      "Andrés Molina recibió a Tomas Varga en el palacio presidencial. «Somos socios fiables», aseguró el jefe del Estado.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "Somos socios fiables");
  EXPECT_EQ(es.quotes[0].speaker, "Andrés Molina");
}

TEST(QuoteRomanceRound20, AfterTheHostSpokeTheOfficeWithItsNationIsTheGuests) {
  const auto es = read_article_quotes(
      "Andrés Molina recibió a Tomas Varga en el palacio presidencial. «Somos socios fiables», aseguró el jefe del Estado. "
      "«Necesitamos más apoyo», pidió el presidente eslovaco.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[1].kind, "direct");
  EXPECT_EQ(es.quotes[1].text, "Necesitamos más apoyo");
  EXPECT_EQ(es.quotes[1].speaker, "Tomas Varga");
  const auto it = read_article_quotes(
      "Paolo Ferrante ha incontrato Tomas Varga a Roma. «Il dialogo continua», ha detto il premier. «Siamo grati all'Italia», "
      "ha risposto il presidente slovacco.\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[0].speaker, "Paolo Ferrante");
  EXPECT_EQ(it.quotes[1].kind, "direct");
  EXPECT_EQ(it.quotes[1].text, "Siamo grati all'Italia");
  EXPECT_EQ(it.quotes[1].speaker, "Tomas Varga");
}

TEST(QuoteRomanceRound20, TwoWhoEachHaveAClauseAreNoHostAndGuest) {
  // "X a parlé et Y a répondu": no visit; the bare office names no one of the two.
  const auto fr = read_article_quotes(
      "Hélène Brunet a parlé la première et Tomas Varga a répondu ensuite. « Le dossier avance », a déclaré la maire.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_NE(fr.quotes[0].speaker, "Hélène Brunet");
}

TEST(QuoteRomanceRound20, LabelledAnswersAreTheInterviewees) {
  const auto fr = read_article_quotes(
      "La navigatrice Anne Kerlo a reçu notre journal à Lorient.\n"
      "Question : Comment abordez-vous la course ?\n"
      "Réponse : Avec envie, mais sans pression.\n"
      "Question : Et la météo ?\n"
      "Réponse : Elle sera difficile, on le sait.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Avec envie, mais sans pression.");
  EXPECT_EQ(fr.quotes[0].speaker, "Anne Kerlo");
  EXPECT_EQ(fr.quotes[1].text, "Elle sera difficile, on le sait.");
  const auto pt = read_article_quotes(
      "Conversámos com a atleta Rita Neves em Leiria.\n"
      "Pergunta: Como está a preparação?\n"
      "Resposta: Melhor do que esperava.\n"
      "Pergunta: E os Jogos?\n"
      "Resposta: Penso neles todos os dias.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 2u);
  EXPECT_EQ(pt.quotes[1].kind, "direct");
  EXPECT_EQ(pt.quotes[1].text, "Penso neles todos os dias.");
  EXPECT_EQ(pt.quotes[1].speaker, "Rita Neves");
}

TEST(QuoteRomanceRound20, ADocumentAfterASourcePhraseIsNoSubjectAndCue) {
  // "sentencia" is also a verb ("sentencia el juez"); after "según" and an article it is the ruling.
  const auto es = read_article_quotes(
      "Según la sentencia, el exconcejal «actuó en beneficio propio» durante años.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "actuó en beneficio propio");
  EXPECT_EQ(es.quotes[0].mention, "la sentencia");
}

TEST(QuoteRomanceRound20, APartyEndingInTheCountryIsNoPerson) {
  // "Forza Italia" is no one named since: the leader is the untitled subject before.
  const auto it = read_article_quotes(
      "Questionato dai cronisti su Marco Bellini, Luca Ferrante ha minimizzato. «Non c'è alcuna crisi», ha detto il leader "
      "di Forza Italia.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].text, "Non c'è alcuna crisi");
  EXPECT_EQ(it.quotes[0].speaker, "Luca Ferrante");
}

TEST(QuoteRomanceRound20, TheKeeperOfTheSealsIsTheUntitledMinisterJustNamed) {
  const auto it = read_article_quotes(
      "Franco Ardenti ha risposto alle critiche dei magistrati. «Nessuno vuole limitare i pm», ha ribadito il Guardasigilli.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].speaker, "Franco Ardenti");
}

TEST(QuoteRomanceRound20, LabelsEndedByAFullStopAreLabelsToo) {
  // "P." and "R." read as initials make no interviewee: "P. Cómo" is no person.
  const auto es = read_article_quotes(
      "La alcaldesa de Teruel, Marta Salvador, recibe a este diario en su despacho.\n"
      "P. ¿Llegará el tren a tiempo?\n"
      "R. Llegará, aunque tarde.\n"
      "P. Cómo ve el verano?\n"
      "R. Muy bien, con el hotel lleno.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "Llegará, aunque tarde.");
  EXPECT_EQ(es.quotes[0].speaker, "Marta Salvador");
  EXPECT_EQ(es.quotes[1].text, "Muy bien, con el hotel lleno.");
  EXPECT_EQ(es.quotes[1].speaker, "Marta Salvador");
}

TEST(QuoteRomanceRound20, TheCountrysOwnAdjectiveAddsNothingToTheOffice) {
  // "le président français" in a French paper is the bare office: the host; then the guest's.
  const auto fr = read_article_quotes(
      "Julien Marchal a accueilli Tomas Varga à Paris mardi. « L'Europe doit se défendre », a affirmé le président français. "
      "« Nous sommes d'accord », a ajouté le président slovaque.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "Julien Marchal");
  EXPECT_EQ(fr.quotes[1].text, "Nous sommes d'accord");
  EXPECT_EQ(fr.quotes[1].speaker, "Tomas Varga");
}

TEST(QuoteRomanceRound20, AnOfficeWithAnAdjectiveAfterItIsTheOtherOfTheTwo) {
  const auto es = read_article_quotes(
      "Andrés Molina recibió a Lucia Ferraro en la residencia oficial. «Somos aliados naturales», dijo el mandatario. "
      "«Compartimos valores», respondió la primera ministra italiana.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[0].speaker, "Andrés Molina");
  EXPECT_EQ(es.quotes[1].kind, "direct");
  EXPECT_EQ(es.quotes[1].text, "Compartimos valores");
  EXPECT_EQ(es.quotes[1].speaker, "Lucia Ferraro");
}

TEST(QuoteRomanceRound20, AGroundAfterAPrepositionWithItsArticleIsNoOneNamedSince) {
  const auto pt = read_article_quotes(
      "Rui Tavares criticou a arbitragem depois do empate no Estádio Municipal. \"Fomos prejudicados\", disparou o treinador "
      "do Vitória.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "Fomos prejudicados");
  EXPECT_EQ(pt.quotes[0].speaker, "Rui Tavares");
}

TEST(QuoteRomanceRound20, OfTheTwoTheOneKnownToBeOfTheOfficesGenderHoldsIt) {
  // A party office in the feminine after "X ha incontrato Y": the woman of the two, not the one named last.
  const auto it = read_article_quotes(
      "Giulia Ferretti ha incontrato Marco Bellini a Torino. «Il dialogo è aperto», ha assicurato la segretaria del Pd.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].text, "Il dialogo è aperto");
  EXPECT_EQ(it.quotes[0].speaker, "Giulia Ferretti");
}

TEST(QuoteRomanceRound20, AnItalianOfficeKeptInTheMasculineMayBeAWomans) {
  const auto it = read_article_quotes(
      "Chiara Morandi ha ricevuto a Palazzo Chigi i sindacati. «Il dialogo resta aperto», ha sottolineato il premier.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].speaker, "Chiara Morandi");
}

TEST(QuoteRomanceRound20, OfTwoTheOneLeftWhenTheOtherIsOfTheOtherGender) {
  const auto it = read_article_quotes(
      "Giulia Ferretti e Marco Bellini hanno firmato l'intesa. «È un passo avanti», ha commentato il presidente del M5S.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].speaker, "Marco Bellini");
}

TEST(QuoteRomanceRound20, APlaceBetweenHostAndGuestLeavesTheHost) {
  const auto fr = read_article_quotes(
      "Julien Marchal a reçu mardi à l'Hôtel de Ville le Premier ministre slovaque Tomas Varga. « Nos villes sont jumelles », "
      "a souligné le maire.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "Julien Marchal");
}

TEST(QuoteRomanceRound20, APassiveVisitGivesTheBareOfficeToNeither) {
  // Either may hold it: "Gabriel Attal a été reçu par Emmanuel Macron ... a assuré le Premier ministre".
  const auto fr = read_article_quotes(
      "Tomas Varga a été reçu par Julien Marchal à l'Élysée. « L'Europe doit se défendre », a déclaré le chef de l'État.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_NE(fr.quotes[0].speaker, "Tomas Varga");
}

TEST(QuoteRomanceRound20, AnswersEachInMarksAfterQuestionsAreTheIntervieweesAnswers) {
  const auto it = read_article_quotes(
      "Intervista a Marta Colombo, sindaca di Lecco.\n"
      "Sindaca, il lago è pulito?\n"
      "«Più di dieci anni fa, ma non basta».\n"
      "E il turismo?\n"
      "«Cresce ogni anno».\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].text, "Più di dieci anni fa, ma non basta");
  EXPECT_EQ(it.quotes[0].speaker, "Marta Colombo");
  EXPECT_EQ(it.quotes[1].text, "Cresce ogni anno");
  EXPECT_EQ(it.quotes[1].speaker, "Marta Colombo");
}

TEST(QuoteRomanceRound20, AQuoteWithTheAuthorsWordsInItsParagraphIsNoBareAnswer) {
  // One question and an attributed quote: no interview, the cue names the speaker.
  const auto fr = read_article_quotes(
      "Le conseil municipal s'est réuni lundi. Faut-il fermer la piscine ?\n« Non, jamais », a répondu Jean Dupont.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Jean Dupont");
}

TEST(QuoteRomanceRound20, WhereTheWordsWereSaidStandsBetweenCueAndSpeaker) {
  const auto fr = read_article_quotes("« Je regrette », a déclaré à la barre le prévenu, Paul Mercier.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Mercier");
  const auto it = read_article_quotes("«Ho sbagliato». Lo ha detto in aula il ministro Franco Ardenti.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Franco Ardenti");
}

TEST(QuoteRomanceRound20, TheSentenceAfterNamesWhoseWordsTheyWere) {
  const auto it = read_article_quotes("«Ho sbagliato e chiedo scusa». Sono le parole del ministro Franco Ardenti.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].speaker, "Franco Ardenti");
  const auto es = read_article_quotes("«Me equivoqué y pido perdón». Son palabras del ministro Andrés Molina.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Andrés Molina");
}

}  // namespace
}  // namespace article_lens
