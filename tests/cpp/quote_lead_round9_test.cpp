// News as written, mostly French, Italian, Spanish and Portuguese: elided articles ("selon l'AFP",
// "dell'Economia"), cues whose subject is left out ("«...», ha assicurato."), pronouns with no named
// person before them or with a newcomer after a paragraph break, tone verbs of features, units after
// numbers, auxiliaries that end a description. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteLeadRound9, AnElidedArticleIsAWordOfItsOwn) {
  const auto fr = read_article_quotes(
      "Selon l'AFP, le président recevra les syndicats jeudi.\n\n"
      "Le porte-parole d'Emmanuel Macron a assuré que rien ne changerait.\n\n"
      "« Nous attendons des actes », a déclaré à l’AFP Sophie Binet, secrétaire générale de la CGT.\n\n"
      "Le ministre de l'Intérieur Paul Garnier a présenté son plan. « Nous agirons vite », a-t-il dit.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 4u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].mention, "l'AFP");
  // The spokesman speaks, not the president he speaks for.
  EXPECT_EQ(fr.quotes[1].mention, "Le porte-parole d'Emmanuel Macron");
  EXPECT_NE(fr.quotes[1].speaker, "Emmanuel Macron");
  // The outlet told stands between the cue and the speaker.
  EXPECT_EQ(fr.quotes[2].speaker, "Sophie Binet");
  EXPECT_EQ(fr.quotes[3].speaker, "Paul Garnier");

  const auto it = read_article_quotes(
      "Secondo quanto riferito dall'Ansa, il governo valuta un contributo aggiuntivo.\n\n"
      "Secondo l'Istat, l'inflazione è scesa a luglio.\n\n"
      "L'ex ministro dell'Economia Giovanni Tria ha detto che la manovra è debole.\n\n"
      "L'assessore all'Istruzione ha replicato che i bandi sono pronti.\n", "it");
  ASSERT_EQ(it.quotes.size(), 4u);
  EXPECT_EQ(it.quotes[0].speaker, "Ansa");
  EXPECT_EQ(it.quotes[1].mention, "l'Istat");
  EXPECT_EQ(it.quotes[2].speaker, "Giovanni Tria");
  EXPECT_EQ(it.quotes[2].mention, "L'ex ministro dell'Economia Giovanni Tria");
  EXPECT_EQ(it.quotes[3].mention, "L'assessore all'Istruzione");
}

TEST(QuoteLeadRound9, ACueWhoseSubjectIsLeftOutKeepsItsOwnWords) {
  const auto it = read_article_quotes(
      "Il presidente della Regione, Attilio Fontana, ha annunciato ieri un piano per le scuole. "
      "«Nessun istituto resterà al freddo», ha dichiarato durante la conferenza stampa.\n\n"
      "Il ministro ha parlato ieri. «I cantieri partiranno a settembre», ha assicurato.\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[0].speaker, "Attilio Fontana");
  EXPECT_EQ(it.quotes[0].cue, "ha dichiarato");
  // The auxiliary ends the description: "Il ministro", not "Il ministro ha parlato".
  EXPECT_EQ(it.quotes[1].mention, "Il ministro");
  EXPECT_EQ(it.quotes[1].cue, "ha assicurato");

  const auto pt = read_article_quotes(
      "O ministro das Finanças, Fernando Medina, garantiu que o défice ficará abaixo de 1%. "
      "\"Os números falam por si\", disse aos jornalistas.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 2u);
  EXPECT_EQ(pt.quotes[0].text, "o défice ficará abaixo de 1%");  // the unit stays with its number
  EXPECT_EQ(pt.quotes[1].speaker, "Fernando Medina");
  EXPECT_EQ(pt.quotes[1].cue, "disse");
}

TEST(QuoteLeadRound9, SourcesWithAPhraseAboutThemAndOutletsThatLearned) {
  const auto es = read_article_quotes("Según fuentes empresariales consultadas por este diario, la patronal estudia recurrir la norma.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].text, "la patronal estudia recurrir la norma");
  EXPECT_TRUE(es.quotes[0].anonymous);
  const auto fr = read_article_quotes(
      "Selon une source proche du dossier, le contrat sera signé.\n\n"
      "Selon ce qu'a rapporté Le Monde, le président recevra les syndicats.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].mention, "une source proche du dossier");
  EXPECT_TRUE(fr.quotes[0].anonymous);
  EXPECT_EQ(fr.quotes[1].mention, "Le Monde");
  const auto pt = read_article_quotes("Segundo apurou o jornal, o contrato será assinado na próxima semana.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].mention, "o jornal");
}

TEST(QuoteLeadRound9, ALeftOutSubjectIsSomeoneNotAnyCapitalisedWord) {
  // A capitalised word opening the sentence before is no subject to speak.
  const auto it = read_article_quotes("Periodiche alluvioni colpiscono la valle. «La situazione è grave», ha confermato.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "");
  EXPECT_EQ(it.quotes[0].cue, "ha confermato");
}

TEST(QuoteLeadRound9, APronounWithNoOneNamedMeansTheDescriptionBefore) {
  const auto fr = read_article_quotes(
      "Le Premier ministre a présenté mardi son plan. « Nous allons recruter », a-t-il promis.\n\n"
      "La présidente de la Fédération, Mathilde Rousseau, reste prudente. « C'est un premier pas », estime-t-elle.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].mention, "il");
  EXPECT_EQ(fr.quotes[0].speaker, "le Premier ministre");
  // Someone named since the description spoke is the one the next pronoun means.
  EXPECT_EQ(fr.quotes[1].speaker, "Mathilde Rousseau");
}

TEST(QuoteLeadRound9, APronounAfterAParagraphBreakMeansTheNameOpeningTheSentenceBefore) {
  const auto en = read_article_quotes(
      "'We had water up to the windows,' said Margaret Hale.\n\n"
      "Her neighbour, Tom Reed, agrees. 'It is the third time since 2014,' he says.\n", "en");
  ASSERT_EQ(en.quotes.size(), 2u);
  EXPECT_EQ(en.quotes[1].speaker, "Tom Reed");
  // Where the sentence before names no one new, the last speaker keeps the pronoun.
  const auto same = read_article_quotes(
      "'We had water up to the windows,' said Margaret Hale.\n\nThe river rose within an hour. 'It is the third time,' she said.\n", "en");
  ASSERT_EQ(same.quotes.size(), 2u);
  EXPECT_EQ(same.quotes[1].speaker, "Margaret Hale");
}

TEST(QuoteLeadRound9, NamingVerbsAndArticlesInsideNames) {
  const auto nl = read_article_quotes(
      "\"We bouwen 100.000 huizen per jaar\", zei minister Hugo de Jonge na de ministerraad.\n\n"
      "PvdA-leider Attje Kuiken noemde het plan \"een doekje voor het bloeden\".\n", "nl");
  ASSERT_EQ(nl.quotes.size(), 2u);
  EXPECT_EQ(nl.quotes[0].mention, "minister Hugo de Jonge");
  EXPECT_EQ(nl.quotes[1].kind, "direct");
  EXPECT_EQ(nl.quotes[1].speaker, "Attje Kuiken");
  const auto es = read_article_quotes("El alcalde, Luis Ortega, calificó de \"vergüenza\" la decisión del Gobierno.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Luis Ortega");
  EXPECT_EQ(es.quotes[0].cue, "calificó");
}

TEST(QuoteLeadRound9, ACompoundCueIsReadWholeAndAFillerIsNoApposition) {
  const auto es = read_article_quotes(
      "La vicepresidenta Yolanda Díaz, por su parte, ha señalado que el plan \"no es suficiente\".\n", "es");
  ASSERT_FALSE(es.quotes.empty());
  EXPECT_EQ(es.quotes.back().cue, "ha señalado");
  EXPECT_EQ(es.quotes.back().mention, "La vicepresidenta Yolanda Díaz");
}

TEST(QuoteLeadRound9, ABodyNamedByItsHeadNounIsNoPerson) {
  // "the State Department" is no one a pronoun or a description can mean.
  const auto en = read_article_quotes(
      "Hillary Clinton defended her email practices. The State Department released the messages on Friday. "
      "\"I did not send classified material,\" she said.\n", "en");
  ASSERT_EQ(en.quotes.size(), 1u);
  EXPECT_EQ(en.quotes[0].speaker, "Hillary Clinton");
}

TEST(QuoteLeadRound9, ACapitalisedModifierAfterAFirstNameIsASurname) {
  // "neuer" modifies titles ("neuer Trainer"); capitalised after a first name it is a surname.
  const auto de = read_article_quotes("„Wir waren heute nicht gut“, sagte Torwart Manuel Neuer nach dem Spiel.\n", "de");
  ASSERT_EQ(de.quotes.size(), 1u);
  EXPECT_EQ(de.quotes[0].speaker, "Manuel Neuer");
}

TEST(QuoteLeadRound9, APronominalAdverbOpeningTheSentenceIsNoSpeaker) {
  // "Darin heißt es": "darin" (in it) points back to the report; it names no one.
  const auto de = read_article_quotes(
      "Die Regierung veröffentlichte am Montag einen Bericht. Darin heißt es: „Die Lage ist ernst.“\n", "de");
  ASSERT_EQ(de.quotes.size(), 1u);
  EXPECT_NE(de.quotes[0].speaker, "Darin");
  EXPECT_NE(de.quotes[0].mention, "Darin");
}

TEST(QuoteLeadRound9, FeaturesPutToneVerbsAfterTheQuote) {
  const auto fr = read_article_quotes(
      "« On nous annonce des chiffres depuis dix ans », soupire Karim Benali, infirmier à Lyon.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Karim Benali");
  EXPECT_EQ(fr.quotes[0].cue, "soupire");
  const auto es = read_article_quotes("\"Esto no se arregla con parches\", suspira Ana Gil, enfermera.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Ana Gil");
}

TEST(QuoteLeadRound9, SpeechResumedAfterTheAuthorsWordsStartsAtItsFirstWord) {
  const auto es = read_article_quotes(
      "—No vamos a aceptar más cargas —dijo Antonio Garamendi a los periodistas—. Las empresas ya pagan demasiado.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[1].text, "Las empresas ya pagan demasiado.");
  EXPECT_EQ(es.quotes[1].speaker, "Antonio Garamendi");
}

}  // namespace
}  // namespace article_lens
