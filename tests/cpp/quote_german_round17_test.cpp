// German and Dutch quotes that round 17 reads right: the one who lets a lawyer or spokesman speak
// for them ("ließ über seinen Anwalt erklären"); reported speech going on in the Konjunktiv I with
// a noun phrase as subject ("Die Opposition betreibe Panikmache"); Dutch nationalities as epithets
// ("zei de Italiaan"); interviews labelled "Frage:" and "Antwort:"; a second verb after a comma;
// bracketed acronyms before a name in apposition. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteGermanRound17, TheOneWhoLetsALawyerSpeakSpeaks) {
  // Main gave the lawyer: the channel was read only right after the subject ("ließ er über …").
  const auto q = read_article_quotes(
                     "Der Unternehmer Jonas Brandt ließ über seinen Anwalt Felix Roth erklären, er habe von den "
                     "Zahlungen nichts gewusst.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "er habe von den Zahlungen nichts gewusst");
  EXPECT_EQ(q[0].speaker, "Jonas Brandt");
  // A body with a cue before the channel: the body speaks, not its spokeswoman.
  // (Main also missed the plural "teilten … mit" as a cue.)
  const auto r = read_article_quotes("Die Stadtwerke teilten über eine Sprecherin mit, die Leitung sei repariert.", "de").quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "indirect");
  EXPECT_EQ(r[0].text, "die Leitung sei repariert");
  EXPECT_EQ(r[0].mention, "Die Stadtwerke");
}

TEST(QuoteGermanRound17, KonjunktivAfterANounPhraseGoesOnReporting) {
  // Main ended the report at the quote: "verstärke" is no listed Konjunktiv form and its subject is
  // no pronoun.
  const auto q = read_article_quotes(
                     "„Wir weichen nicht zurück“, sagte Bürgermeisterin Lena Vogt am Freitag. Die Stadt verstärke "
                     "die Kontrollen. Die Anwohner würden informiert.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "Die Stadt verstärke die Kontrollen");
  EXPECT_EQ(q[1].speaker, "Lena Vogt");
  EXPECT_EQ(q[2].kind, "indirect");
  EXPECT_EQ(q[2].speaker, "Lena Vogt");
  // A place attached to the noun, and the narrator's past tense or a preposition after the noun: no report.
  const auto r = read_article_quotes(
                     "„Wir sind bereit“, sagte Trainer Paul Hahn. Die Klinik in Ulm übernehme die Nachsorge.", "de")
                     .quotes;
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].kind, "indirect");
  EXPECT_EQ(r[1].speaker, "Paul Hahn");
  const auto s = read_article_quotes(
                     "„Wir sind bereit“, sagte Trainer Paul Hahn. Die Fans ohne Karten sahen das Spiel im Park. "
                     "Die Mannschaft spielte danach in Wien.",
                     "de")
                     .quotes;
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].kind, "direct");
  // An adjective in -e after the article is no verb, nor one after an attribute before the noun.
  const auto t = read_article_quotes(
                     "„Wir sind bereit“, sagte Trainer Paul Hahn. Die große Zahl der Zuschauer überraschte alle. "
                     "Die in Ulm geborene Sängerin trat danach auf. Wesentlich größere Hallen gibt es nicht.",
                     "de")
                     .quotes;
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].kind, "direct");
}

TEST(QuoteGermanRound17, ADutchNationalityNamesThePersonAgain) {
  // Main kept "de Italiaan" as the speaker: Dutch epithets held parties and sport roles only.
  const auto q = read_article_quotes(
                     "Trainer Marco Bellini was na afloop kritisch. „We hebben te weinig gecreëerd”, zei de Italiaan.", "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].mention, "de Italiaan");
  EXPECT_EQ(q[0].speaker, "Marco Bellini");
}

TEST(QuoteGermanRound17, AnInterviewLabelledFrageAndAntwort) {
  // Main found nothing: labels naming no one were read as questions only.
  const auto q = read_article_quotes(
                     "Die Winzerin Clara Ott führt den Betrieb seit zehn Jahren. Ein Gespräch über Frost.\n\n"
                     "Frage: Frau Ott, wie schlimm war der April?\n\nAntwort: Wir haben die halbe Ernte verloren.\n\n"
                     "Frage: Und jetzt?\n\nAntwort: Jetzt hoffen wir auf den Herbst.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Wir haben die halbe Ernte verloren.");
  EXPECT_EQ(q[0].speaker, "Clara Ott");
  EXPECT_EQ(q[1].text, "Jetzt hoffen wir auf den Herbst.");
  EXPECT_EQ(q[1].speaker, "Clara Ott");
  // The interviewer named in the lead-in is not the one who answers.
  const auto t = read_article_quotes(
                     "Das Gespräch führte Anna Schmidt. Die Winzerin Clara Ott führt den Betrieb seit zehn Jahren.\n\n"
                     "Frage: Wie schlimm war der April?\n\nAntwort: Wir haben die halbe Ernte verloren.\n\n"
                     "Frage: Und jetzt?\n\nAntwort: Jetzt hoffen wir auf den Herbst.",
                     "de")
                     .quotes;
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].speaker, "Clara Ott");
  // One question and one answer make no interview; a Dutch one names the interviewee in its lead-in.
  EXPECT_TRUE(read_article_quotes("Frage: Wie geht es weiter?\nAntwort: Wir kämpfen.", "de").quotes.empty());
  const auto r = read_article_quotes(
                     "Wethouder Sanne de Graaf over de nieuwe brug.\nVraag: Waarom duurt het zo lang?\nAntwoord: De "
                     "grond is zacht.\nVraag: Wanneer is hij klaar?\nAntwoord: Volgend jaar.",
                     "nl")
                     .quotes;
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].text, "De grond is zacht.");
  EXPECT_EQ(r[0].speaker, "Sanne de Graaf");
  EXPECT_EQ(r[1].speaker, "Sanne de Graaf");
}

TEST(QuoteGermanRound17, ASecondVerbReportsForTheSubjectOpeningTheSentence) {
  // Main took "teilte aber mit, niemand sei …" as what was confirmed, with the first verb as cue.
  const auto q = read_article_quotes("Die Feuerwehr bestätigte den Einsatz, teilte aber mit, niemand sei verletzt worden.", "de").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "niemand sei verletzt worden");
  EXPECT_EQ(q[0].mention, "Die Feuerwehr");
  EXPECT_EQ(q[0].cue, "teilte");
  // No report where the second verb has an object, no clause.
  EXPECT_TRUE(read_article_quotes("Der Trainer lobte die Abwehr, kritisierte aber die Chancenverwertung.", "de").quotes.empty());
}

TEST(QuoteGermanRound17, ASubordinateClauseBeforeTheCueIsNotWhatWasSaid) {
  // Main reported "Nachdem der Zug hielt" (and gave the train as speaker in another reading).
  const auto q = read_article_quotes("Nachdem der Bus hielt, sagte die Fahrerin, man müsse warten.", "de").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "man müsse warten");
  EXPECT_EQ(q[0].mention, "die Fahrerin");
  // A condition inside what was said stays in it.
  const auto r = read_article_quotes("Wenn nichts geschehe, werde man klagen, sagte die Anwältin.", "de").quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "Wenn nichts geschehe, werde man klagen");
}

TEST(QuoteGermanRound17, AskingForPatienceOpensReportedSpeech) {
  // Main found neither: "bat" was no cue, after a quote or before a Konjunktiv sentence.
  const auto q = read_article_quotes(
                     "Der Aufzug im Rathaus ist seit Wochen kaputt. Ein Sprecher der Stadt bat um Geduld. Man suche "
                     "noch ein Ersatzteil.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Man suche noch ein Ersatzteil");
  EXPECT_EQ(q[0].mention, "Ein Sprecher der Stadt");
  const auto r = read_article_quotes("„Bitte haben Sie Geduld“, bat die Schulleiterin.", "de").quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "direct");
  EXPECT_EQ(r[0].mention, "die Schulleiterin");
}

TEST(QuoteGermanRound17, AColonLeadInWithAVerbAndItsObject) {
  // Main took the whole clause before the colon as the speaker's mention.
  const auto q = read_article_quotes("Die Ortsvorsteherin beruhigte die Nachbarn: „Das Wasser ist sauber.“", "de").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].mention, "Die Ortsvorsteherin");
}

TEST(QuoteGermanRound17, AnAcronymInBracketsBeforeTheNameInApposition) {
  // Main gave the office: the bracket after the body's name hid the apposition's comma.
  const auto q = read_article_quotes(
                     "Der Präsident des Deutschen Bauernverbands (DBV), Otto Kern, sagte, die Ernte sei gut.", "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Otto Kern");
  const auto r = read_article_quotes(
                     "„Wir liegen im Plan“, sagte die Leiterin des Landesamts für Statistik (LfS), Vera Lind.", "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "direct");
  EXPECT_EQ(r[0].speaker, "Vera Lind");
}

TEST(QuoteGermanRound17, ACausativeCueAfterATitledSubjectWithItsArticle) {
  // Main found nothing: the mention found ("Landrat Jens Ohm") did not follow "ließ" at once.
  const auto q = read_article_quotes(
                     "Er habe von den Plänen nichts gewusst, ließ der frühere Landrat Jens Ohm über seinen Anwalt erklären.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Er habe von den Plänen nichts gewusst");
  EXPECT_EQ(q[0].speaker, "Jens Ohm");
}

TEST(QuoteGermanRound17, KonjunktivFormsTheEndingRuleLeavesToThePast) {
  // Main ended the report at the quote: "gefährde" ends as "wurde" does.
  const auto q = read_article_quotes(
                     "„Wir lehnen das ab“, sagte die Ministerin Eva Sturm. Der Entwurf gefährde Arbeitsplätze.", "de")
                     .quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "Der Entwurf gefährde Arbeitsplätze");
  EXPECT_EQ(q[1].speaker, "Eva Sturm");
}

TEST(QuoteGermanRound17, KonjunktivAfterAnIndefiniteNounPhrase) {
  // Main ended the report at the quote: the phrase opened with "Eine", no definite article.
  const auto q = read_article_quotes(
                     "„Wir prüfen das genau“, so Landesrätin Ida Moser am Dienstag. Eine Entscheidung falle noch "
                     "diese Woche.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "Eine Entscheidung falle noch diese Woche");
  EXPECT_EQ(q[1].speaker, "Ida Moser");
}

TEST(QuoteGermanRound17, ADutchUniversityIsNoPerson) {
  // Main gave the pronoun to "Erasmus Universiteit": Dutch had no words naming a body.
  const auto q = read_article_quotes(
                     "Hoogleraar Bas Visser van de Erasmus Universiteit is kritisch. „Dit plan is onbetaalbaar”, zegt hij.",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Bas Visser");
}

TEST(QuoteGermanRound17, AChainOpenedByATitledNameOfFiveWords) {
  // Main took five words before the cue's object for an object: no report followed.
  const auto q = read_article_quotes(
                     "Vor dem Ausschuss wies der frühere Bürgermeister Karl Weber die Vorwürfe zurück. Er habe sich "
                     "nichts vorzuwerfen.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Er habe sich nichts vorzuwerfen");
  EXPECT_EQ(q[0].speaker, "Karl Weber");
}

}  // namespace
}  // namespace article_lens
