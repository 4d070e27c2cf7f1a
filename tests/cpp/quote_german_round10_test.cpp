// German speakers that round 10 reads right. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteGermanRound10, SieWithAPluralVerbIsAGroupNotOnePerson) {
  // "Sie schrieben": they wrote; no one person named before (a woman, a village) spoke.
  const auto q = direct_quotes_of(
      "Die Ministerin Karla Weiß besuchte das Dorf Unterbach. Unbekannte drangen nachts in die Kirche ein. "
      "Sie schrieben „Ihr seid die Nächsten“ an die Wand.\n\n"
      "Die Bauern protestierten. Vor dem Rathaus erklärten sie: „Wir geben nicht auf.“\n\n"
      "Karla Weiß hörte zu. Sie sagte: „Ich verstehe den Ärger.“", "de");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[2].speaker, "Karla Weiß");  // the singular verb: she
}

TEST(QuoteGermanRound10, ANewspaperIsNoPersonAPronounCanMean) {
  // "laut Süddeutscher Zeitung", "die Tageszeitung Abendblatt Nord": bodies, not people.
  const auto q = direct_quotes_of(
      "Der frühere Minister Otto Brandl hat die Vorwürfe zurückgewiesen. Die Kommission kam laut "
      "Süddeutscher Zeitung zu einem klaren Schluss. Er hatte aber gesagt, es sei ihm „ein Anliegen, "
      "alles aufzuklären“.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Otto Brandl");
  const auto swiss = direct_quotes_of(
      "Die Gemeindepräsidentin Ruth Amstutz äusserte sich in der Neuen Zürcher Zeitung. Sie sagte: "
      "«Wir müssen handeln.»", "de");
  ASSERT_EQ(swiss.size(), 1u);
  EXPECT_EQ(swiss[0].speaker, "Ruth Amstutz");
}

TEST(QuoteGermanRound10, ACountWrittenAsANounIsNoName) {
  // "10 Millionen Jahren" inside the quotation, "seit einigen Jahren" before it: no person
  // "Millionen Jahren" for the pronoun to mean.
  const auto q = direct_quotes_of(
      "Der Unternehmer Hans Kröger war früher Minister. Seit einigen Jahren ist er in dem Ort Wendisch "
      "Rietz aktiv. 2015 erklärte er: „Was in 10 Millionen Jahren geschah, schaffen wir in Tausenden Stunden.“", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hans Kröger");
}

TEST(QuoteGermanRound10, ARunAfterAPlaceNounOrInNamesAPlace) {
  // "in Kfar Salem", "im Dorf Bad Lenk": places, not people "Sie" can mean; a title after "in" still
  // opens a person's name.
  const auto q = direct_quotes_of(
      "Der Anschlag geschah in Kfar Salem. Eine Scheune brannte im Dorf Bad Lenk. "
      "Er sagte später: „Wir haben Angst.“\n\n"
      "Das Vertrauen in Kanzlerin Vera Lind ist groß. Sie erklärte: „Ich bleibe.“", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[1].speaker, "Vera Lind");
}

TEST(QuoteGermanRound10, AGenitiveBeforeALongVerbBracketIsNoSpeaker) {
  // "hat ... während seines Besuches verkündet": the auxiliary opens a long bracket; the genitive
  // before its participle is no subject, the one after the auxiliary speaks.
  const auto q = direct_quotes_of(
      "Laut der Agentur hat der Verteidigungsminister Paul Ebner auf einer Pressekonferenz während seines "
      "Japanbesuches verkündet: „Die Truppen bleiben.“\n\n"
      "Die Ministerin Eva Roth hat nach der Sitzung des Ausschusses mit dem Vertreter ihres Landes erklärt, "
      "sie sei „zufrieden“.", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Paul Ebner");
  EXPECT_EQ(q[1].speaker, "Eva Roth");
  // A phrase naming the source before a finite cue still speaks; a speaker quoted "mit den Worten"
  // is the one quoted.
  const auto source = direct_quotes_of(
      "Die Fraktion hat einen Antrag gestellt. In dem Antrag heißt es wörtlich: „Die Steuer muss fallen.“\n\n"
      "Ein Prediger wurde zugeschaltet. Die Zeitung zitiert den Prediger mit den Worten „Wir warnen euch“.", "de");
  ASSERT_EQ(source.size(), 2u);
  EXPECT_EQ(source[0].speaker, "dem Antrag");
  EXPECT_EQ(source[1].speaker, "den Prediger");
}

TEST(QuoteGermanRound10, ANameInMarksBeforeWordsOfSpeechIsNoSpeaker) {
  // "die Fähre „Sea Star“ ... und meldete sich mit den Worten": the ship's name is no speaker; the
  // subject before it speaks.
  const auto q = direct_quotes_of(
      "Die Kapitänin Ina Voss fuhr 1999 über den Atlantik. Am 3. Mai steuerte sie die Fähre „Sea Star“ "
      "in den Hafen und meldete sich mit den Worten: „Wir sind angekommen.“", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ina Voss");
}

TEST(QuoteGermanRound10, ARoleWithoutArticleOpensAVoxPopName) {
  // Swiss spelling and marks: "sagt Mutter Anna Frei", "Rentnerin Erika Huber ergänzt".
  const auto q = direct_quotes_of(
      "Die Gemeinde will die Schule schliessen. Die Eltern sind empört. «Das ist ein Skandal», sagt Mutter "
      "Anna Frei. Rentnerin Erika Huber ergänzt: «Wir kämpfen.» Frei sagte später: «Wir geben nicht auf.»", "de");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Anna Frei");
  EXPECT_EQ(q[1].speaker, "Erika Huber");
  EXPECT_EQ(q[2].speaker, "Anna Frei");
}

TEST(QuoteGermanRound10, APlaceInTheGenitiveAfterATitleIsNoPerson) {
  // "der Präsident Frankreichs" beside "Frankreich": a description, not a person "Frankreichs"; a
  // leader described by "Führer" speaks through the relative pronoun.
  const auto q = direct_quotes_of(
      "Frankreich ist besorgt. Der Präsident Frankreichs sagte: „Das ist ein Fest.“\n\n"
      "Der Iran wählte. Der oberste Führer Irans, der den Sieg als „Fest“ bezeichnete, ordnete eine Prüfung an.\n\n"
      "Griechenland ist besorgt. Premier Alexis Tsipras sagte: „Wir feiern.“", "de");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "der Präsident Frankreichs");
  EXPECT_EQ(q[1].speaker, "der oberste Führer Irans");
  EXPECT_EQ(q[2].speaker, "Alexis Tsipras");
}

TEST(QuoteGermanRound10, AnAuxiliaryEndsTheSubjectBeforeItsParticiple) {
  // "Der Arzt hat optimistisch erklärt", "hat gestern erklärt": the subject is "der Arzt".
  const auto q = direct_quotes_of(
      "Der Spieler wurde operiert. Der Arzt hat optimistisch erklärt: „Er kann bald spielen.“\n\n"
      "Die Feuerwehr rückte aus. Die Sprecherin hat gestern erklärt: „Niemand wurde verletzt.“", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "der Arzt");
  EXPECT_EQ(q[1].speaker, "die Sprecherin");
}

}  // namespace
}  // namespace article_lens
