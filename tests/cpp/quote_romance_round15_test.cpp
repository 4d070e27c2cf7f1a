// French, Spanish, Italian, Portuguese and Dutch news as agencies and papers write it, round 15:
// a body named in the phrase that opens the sentence speaks through "on" or a possessive after it
// ("Du côté de Matignon, on assure", "Desde Podemos, su portavoz"), outlets whose names are no
// people ("en declaraciones a la Cadena SER"), a title written with a capital and then in lower
// case ("le Premier ministre François Bayrou"), an article that is the link after an office ("la
// ministre des Finances"), a known name after a setting ("a réagi à la sortie de l'audience Paul
// Garnier"), verbs of announcing, rejoicing, repeating and holding an opinion, a
// dateline that names no speaker, "laat ... weten" around its subject. Sentences written for these
// tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::QuoteRead;
using testing::QuoteReading;
using testing::first_of_kind;
using testing::read_article_quotes;

TEST(QuoteRomanceRound15, ABodyInTheOpeningPhraseSpeaksThroughOn) {
  const auto fr = read_article_quotes("Du côté de Matignon, on assure que la réforme sera votée avant l'été.\n", "fr");
  const QuoteRead reported = first_of_kind(fr, "indirect");
  EXPECT_EQ(reported.text, "la réforme sera votée avant l'été");
  EXPECT_EQ(reported.speaker, "Matignon");
  // A time, no body, opens the sentence: "on" names no one.
  const auto time = read_article_quotes("Ce matin, on assure que la réforme sera votée avant l'été.\n", "fr");
  for (const QuoteRead& q : time.quotes) EXPECT_EQ(q.speaker, "") << q.text;
}

TEST(QuoteRomanceRound15, ABodyInTheOpeningPhraseOwnsThePossessiveDescription) {
  const auto es = read_article_quotes("Desde Podemos, su portavoz ha asegurado que el partido votará en contra.\n", "es");
  const QuoteRead es_reported = first_of_kind(es, "indirect");
  EXPECT_EQ(es_reported.text, "el partido votará en contra");
  EXPECT_EQ(es_reported.speaker, "portavoz de Podemos");
  const auto it = read_article_quotes("Dal Pd, il suo capogruppo ha ribadito che la legge va cambiata.\n", "it");
  const QuoteRead it_reported = first_of_kind(it, "indirect");
  EXPECT_EQ(it_reported.text, "la legge va cambiata");
  EXPECT_EQ(it_reported.speaker, "capogruppo di Pd");
  // A time before the comma: the possessive's owner is not named there.
  const auto time = read_article_quotes("Desde el primer día, su portavoz ha asegurado que el partido votará en contra.\n", "es");
  const QuoteRead time_reported = first_of_kind(time, "indirect");
  EXPECT_EQ(time_reported.speaker, "su portavoz");
}

TEST(QuoteRomanceRound15, AnOutletToldIsNoPersonADescriptionCouldMean) {
  const auto es = read_article_quotes(
      "En declaraciones a la Cadena SER, la consejera de Sanidad ha explicado que las listas de espera bajarán. "
      "\"Tenemos más médicos\", ha asegurado.\n", "es");
  const QuoteRead reported = first_of_kind(es, "indirect");
  EXPECT_EQ(reported.text, "las listas de espera bajarán");
  EXPECT_EQ(reported.speaker, "la consejera de Sanidad");
  const QuoteRead direct = first_of_kind(es, "direct");
  EXPECT_EQ(direct.text, "Tenemos más médicos");
  EXPECT_EQ(direct.speaker, "la consejera de Sanidad");
}

TEST(QuoteRomanceRound15, ATitleWithACapitalThenLowerCaseIsWholeBeforeTheName) {
  // "le Premier ministre François Bayrou": the person holds "premier ministre", which the
  // description after the quote repeats.
  const auto fr = read_article_quotes(
      "Le Premier ministre François Bayrou a reçu les syndicats. « Le dialogue continue », a assuré le Premier "
      "ministre.\n", "fr");
  const QuoteRead direct = first_of_kind(fr, "direct");
  EXPECT_EQ(direct.text, "Le dialogue continue");
  EXPECT_EQ(direct.speaker, "François Bayrou");
  const auto borne = read_article_quotes(
      "La Première ministre Claire Dumas a reçu les syndicats. « Le dialogue continue », a assuré la Première "
      "ministre.\n", "fr");
  EXPECT_EQ(first_of_kind(borne, "direct").speaker, "Claire Dumas");
}

TEST(QuoteRomanceRound15, AnArticleThatIsTheLinkAfterAnOfficeStaysInTheMention) {
  // "la ministre des Finances": "des" opens the body's name, the office heads the mention.
  const auto fr = read_article_quotes(
      "La ministre des Finances a indiqué que la Suisse poursuivrait les discussions avec Washington.\n", "fr");
  const QuoteRead reported = first_of_kind(fr, "indirect");
  EXPECT_EQ(reported.text, "la Suisse poursuivrait les discussions avec Washington");
  EXPECT_EQ(reported.mention, "La ministre des Finances");
}

TEST(QuoteRomanceRound15, AnnouncingAheadAndHoldingAnOpinionAreCues) {
  const auto es = read_article_quotes(
      "La presidenta Laura Campos rechazó las acusaciones. Campos adelantó que enviará una carta al embajador.\n", "es");
  const QuoteRead es_reported = first_of_kind(es, "indirect");
  EXPECT_EQ(es_reported.text, "enviará una carta al embajador");
  EXPECT_EQ(es_reported.speaker, "Laura Campos");
  const auto nl = read_article_quotes(
      "Partijvoorzitter Sanne de Wit is kritisch. Zij vindt dat de sterkste schouders meer moeten bijdragen.\n", "nl");
  const QuoteRead nl_reported = first_of_kind(nl, "indirect");
  EXPECT_EQ(nl_reported.text, "de sterkste schouders meer moeten bijdragen");
  EXPECT_EQ(nl_reported.speaker, "Sanne de Wit");
}

TEST(QuoteRomanceRound15, AKnownFullNameAfterASettingSpeaksWithNoTitle) {
  // "a réagi à la sortie de l'audience Paul Garnier": the setting between the cue and its subject.
  const auto fr = read_article_quotes(
      "L'avocat Paul Garnier défendait la famille. « C'est une victoire », a réagi à la sortie de l'audience Paul "
      "Garnier.\n", "fr");
  const QuoteRead direct = first_of_kind(fr, "direct");
  EXPECT_EQ(direct.text, "C'est une victoire");
  EXPECT_EQ(direct.speaker, "Paul Garnier");
  // A place after the setting's preposition is no speaker.
  const auto place = read_article_quotes("« C'est une victoire », a réagi à Lyon la foule.\n", "fr");
  for (const QuoteRead& q : place.quotes) EXPECT_NE(q.speaker, "Lyon") << q.text;
}

TEST(QuoteRomanceRound15, RejoicingIsACue) {
  const auto it = read_article_quotes("\"È un risultato storico\", ha esultato Marco Ferri dopo la finale.\n", "it");
  const QuoteRead direct = first_of_kind(it, "direct");
  EXPECT_EQ(direct.text, "È un risultato storico");
  EXPECT_EQ(direct.speaker, "Marco Ferri");
}

TEST(QuoteRomanceRound15, ADatelineNamesNoSpeaker) {
  // The place and agency before the dash are no one who speaks, with or without a cue after.
  const auto fr = read_article_quotes("PARIS (AFP) - « Nous ne céderons pas ». Le ministre a quitté la salle.\n", "fr");
  const QuoteRead direct = first_of_kind(fr, "direct");
  EXPECT_EQ(direct.text, "Nous ne céderons pas");
  EXPECT_EQ(direct.speaker, "");
  const auto es = read_article_quotes(
      "BUENOS AIRES (Clarín) - \"No hay plata\", repitió ayer el presidente Tomás Ibarra en la Bolsa.\n", "es");
  const QuoteRead es_direct = first_of_kind(es, "direct");
  EXPECT_EQ(es_direct.text, "No hay plata");
  EXPECT_EQ(es_direct.speaker, "Tomás Ibarra");
}

TEST(QuoteRomanceRound15, LetKnowSplitAroundItsSubjectAfterAQuote) {
  // „...”, laat de politie weten: "laat" is the cue, "weten" no part of the subject.
  const auto nl = read_article_quotes("\"Er is geen gevaar meer\", laat de politie weten.\n", "nl");
  const QuoteRead direct = first_of_kind(nl, "direct");
  EXPECT_EQ(direct.text, "Er is geen gevaar meer");
  EXPECT_EQ(direct.mention, "de politie");
}

TEST(QuoteRomanceRound15, AnOutletReportingInThePresentIsTheSource) {
  const auto it = read_article_quotes(
      "Secondo quanto riferisce il Corriere della Sera, la trattativa sarebbe ormai chiusa.\n", "it");
  const QuoteRead reported = first_of_kind(it, "indirect");
  EXPECT_EQ(reported.text, "la trattativa sarebbe ormai chiusa");
  EXPECT_EQ(reported.speaker, "Corriere della Sera");
}

}  // namespace
}  // namespace article_lens
