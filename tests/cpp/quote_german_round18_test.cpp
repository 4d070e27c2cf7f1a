// German and Dutch quotes that round 18 reads right: a clause in the Konjunktiv I closed by "so"
// and its speaker ("Die Lage sei ernst, so der Minister"); a pronoun after a description whose
// verb no list knows, and whose object a number counts ("Die Richterin verhängte drei Jahre Haft.
// „…“, sagte sie"), or whose holder follows it in the genitive ("Der Mannschaftsarzt Kimmichs").
// A description after a setting and the verb ("Im Prozess hat der Angeklagte …"). A body named
// for two topics joined by "und" ("Bundesamt für Migration und Flüchtlinge").
// Dutch: a clause's own subject before "…, zegt X" ("Het kabinet wil …, schrijft de Volkskrant").
// Dutch bodies named with "voor" ("het Centraal Bureau voor de Statistiek"). A single exchange of
// a printed interview ("ZEIT ONLINE: Frau Esken, …? / Esken: …").
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteGermanRound18, SoClosesAClauseInTheKonjunktiv) {
  // Main read "so" as a cue only right after a quotation mark.
  const auto q = read_article_quotes(
                     "Die Kosten seien kaum noch zu stemmen, so Handwerkspräsident Jörg Dittrich. Viele Betriebe "
                     "dächten ans Aufhören.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Die Kosten seien kaum noch zu stemmen");
  EXPECT_EQ(q[0].speaker, "Jörg Dittrich");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].speaker, "Jörg Dittrich");
  // A body after it speaks too.
  const auto r = read_article_quotes("Der Fahrer sei leicht verletzt worden, so die Polizei.", "de").quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "Der Fahrer sei leicht verletzt worden");
  EXPECT_EQ(r[0].speaker, "die Polizei");
}

TEST(QuoteGermanRound18, SoAfterAnIndicativeClauseOrBeforeAThingReportsNothing) {
  // The narrator's own clause, and a thing after "so", are no report.
  EXPECT_TRUE(read_article_quotes("Es regnete den ganzen Tag, so dass das Spiel abgesagt wurde.", "de").quotes.empty());
  EXPECT_TRUE(read_article_quotes("Man habe keine Wahl gehabt, so die Begründung des Vorstands.", "de").quotes.empty());
}

TEST(QuoteGermanRound18, APronounMeansTheDescriptionNotTheCountedObject) {
  // Main gave "Jahre Haft": two capitalised nouns after a number read as a name.
  const auto q = read_article_quotes(
                     "Im Prozess vor dem Landgericht Bonn forderte die Oberstaatsanwältin acht Jahre Haft. „Der "
                     "Angeklagte hat aus Habgier gehandelt“, sagte sie.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "die Oberstaatsanwältin");
  // Main ran the description over its verb, which no list knows, to the object: "der Richter verhängte …".
  const auto r = read_article_quotes(
                     "Der Richter verhängte eine Bewährungsstrafe von zwei Jahren. „Sie haben Glück gehabt“, sagte er.",
                     "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "der Richter");
  // A party to a civil case, as court reports name her.
  const auto s = read_article_quotes(
                     "Die Klägerin verlangt 15.000 Euro Schadenersatz. „Ich will nur Gerechtigkeit“, sagte sie.", "de")
                     .quotes;
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "die Klägerin");
}

TEST(QuoteGermanRound18, APronounAfterATitleWithItsHolderInTheGenitiveMeansTheTitle) {
  // Main gave Leon Goretzka: he was the person named last, in the genitive after the adviser's title.
  const auto q = read_article_quotes(
                     "Leon Goretzka steht vor einem Wechsel nach England. Der Berater Goretzkas äußerte sich am Abend. "
                     "Er sagte, die Gespräche seien weit fortgeschritten.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "der Berater Goretzkas");
  // A place in the genitive is no one whose title it is: the person just named is meant.
  const auto r = read_article_quotes(
                     "Emmanuel Macron reiste nach Kiew. Der Präsident Frankreichs äußerte sich dort. „Wir bleiben an "
                     "Ihrer Seite“, sagte er.",
                     "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Emmanuel Macron");
}

TEST(QuoteGermanRound18, ABodyNamedForTwoTopicsJoinedByUndSpeaksWhole) {
  // Main stopped the body's name at "und" and found no subject before the cue.
  const auto q = read_article_quotes(
                     "Das Bundesministerium für Bildung und Forschung teilte am Freitag mit, die Mittel würden "
                     "aufgestockt.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "die Mittel würden aufgestockt");
  EXPECT_EQ(q[0].speaker, "das Bundesministerium für Bildung und Forschung");
  // After the cue, and in the genitive after a role.
  const auto r = read_article_quotes(
                     "„Wir prüfen den Antrag“, sagte eine Sprecherin des Ministeriums für Umwelt und Verbraucherschutz.", "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].mention, "eine Sprecherin des Ministeriums für Umwelt und Verbraucherschutz");
  // Right after the body's word, no link between, and the name in apposition after its short name.
  const auto t = read_article_quotes(
                     "Der Chef der Gewerkschaft Nahrung und Gaststätten (NGG), Guido Zeitler, sagte, die Löhne "
                     "müssten steigen.",
                     "de")
                     .quotes;
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "Guido Zeitler");
}

TEST(QuoteGermanRound18, APronounMeansTheDescriptionAfterASettingAndTheVerb) {
  // Main read a description only opening the sentence: here the verb comes second, after a setting.
  const auto q = read_article_quotes(
                     "Vor dem Amtsgericht Tiergarten hat der Mitangeklagte am Mittwoch ausgesagt. Er habe von dem "
                     "Plan nichts gewusst, ließ er über seine Anwältin erklären.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "der Mitangeklagte");
  // No one described there: no one meant (the object in the setting is no subject).
  const auto r = read_article_quotes(
                     "Im Streit um den Neubau hat sich nichts bewegt. „Wir warten ab“, sagte er.", "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "");
}

TEST(QuoteGermanRound18, ASingleExchangeOfAnInterviewIsAnAnswerWhenTheQuestionNamesThePerson) {
  // Main read "Name: answer" only with two answers under one label.
  const auto q = read_article_quotes(
                     "ZEIT ONLINE: Herr Klingbeil, war der Wahlkampf ein Fehler?\nKlingbeil: Nein. Wir hatten gute "
                     "Argumente, aber zu wenig Zeit.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Nein. Wir hatten gute Argumente, aber zu wenig Zeit.");
  EXPECT_EQ(q[0].speaker, "Klingbeil");
  // A label the question does not address, once, stays no answer: "Fazit: …" after a question.
  EXPECT_TRUE(read_article_quotes("Frage: Wie geht es weiter?\nFazit: Niemand weiß es.", "de").quotes.empty());
}

TEST(QuoteGermanRound18, ABracketAfterTheInvertedSpeakerIsNoWordOfTheOccasion) {
  // Main counted the party's two words with the occasion after the name and found it too long.
  const auto q = read_article_quotes(
                     "Die Mittel reichten bei Weitem nicht aus, kritisierte Hubert Aiwanger (Freie Wähler) am Rande "
                     "einer Sitzung.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Die Mittel reichten bei Weitem nicht aus");
  EXPECT_EQ(q[0].speaker, "Hubert Aiwanger");
}

TEST(QuoteGermanRound18, DutchClauseSubjectGivesWayToTheSpeakerAfterTheCue) {
  // Main took "Het kabinet …" for the speaker before the cue and reported nothing.
  const auto q = read_article_quotes("Het kabinet wil de huren volgend jaar bevriezen, schrijft de Volkskrant.", "nl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Het kabinet wil de huren volgend jaar bevriezen");
  EXPECT_EQ(q[0].speaker, "de Volkskrant");
  // The subject ran on over its verb to the object.
  const auto r = read_article_quotes("Het ministerie neemt de klachten serieus, zegt staatssecretaris Nora Achahbar.", "nl").quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Nora Achahbar");
}

TEST(QuoteGermanRound18, DutchLatenWetenSetApartReportsItsClause) {
  // Main knew "liet weten" only as two words together.
  const auto q = read_article_quotes("Minister Sophie Hermans liet woensdag weten dat de subsidie blijft.", "nl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "de subsidie blijft");
  EXPECT_EQ(q[0].speaker, "Sophie Hermans");
  // "laten … weten" with no clause after it, or "weten" of another verb, is no cue.
  EXPECT_TRUE(read_article_quotes("Zij liet de fiets staan en wilde weten wat er gebeurd was.", "nl").quotes.empty());
}

TEST(QuoteGermanRound18, DutchCaptainInTheFeminineNamesThePlayerJustNamed) {
  // Main knew only "aanvoerder": "de aanvoerster" spoke as a description of her own.
  const auto q = read_article_quotes(
                     "'Dit doet pijn', zei Sherida Spitse na afloop. De aanvoerster van Oranje baalde zichtbaar. 'We "
                     "waren gewoon niet goed genoeg.'",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Sherida Spitse");
}

TEST(QuoteGermanRound18, AKonjunktivClauseWithAPersonForSubjectStillHasItsSpeakerAfterTheCue) {
  // Main kept "Die Ärzte" before the cue as the speaker's mention and reported nothing.
  const auto q = read_article_quotes(
                     "Die Ärzte hätten alles richtig gemacht, sagte der Klinikdirektor am Freitag.", "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Die Ärzte hätten alles richtig gemacht");
  EXPECT_EQ(q[0].mention, "der Klinikdirektor");
}

TEST(QuoteGermanRound18, AKonjunktivInTeOfAStemInTGoesOnWithTheSpeech) {
  // Main read "bereite" as a past tense in -te and ended the speech at the quote.
  const auto q = read_article_quotes(
                     "„Die Auftragslage ist gut“, sagte die Dachdeckerin Petra Lang. Sorgen bereite ihr allerdings "
                     "der Mangel an Azubis.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].speaker, "Petra Lang");
}

TEST(QuoteGermanRound18, APassiveInTheKonjunktivIsNoCueOfItsOwn) {
  // Main read "Dem Apotheker werde" as the subject of "vorgeworfen" and reported the clause after it.
  const auto q = read_article_quotes(
                     "Dem Apotheker werde vorgeworfen, Medikamente gestreckt zu haben, teilte die Staatsanwaltschaft mit.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Dem Apotheker werde vorgeworfen, Medikamente gestreckt zu haben");
  EXPECT_EQ(q[0].speaker, "die Staatsanwaltschaft");
}

TEST(QuoteGermanRound18, DutchCourtFindingReportsItsClause) {
  const auto q = read_article_quotes("De rechtbank in Breda achtte bewezen dat de vrouw geld van haar werkgever verduisterde.", "nl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "de vrouw geld van haar werkgever verduisterde");
  EXPECT_EQ(q[0].cue, "achtte bewezen");
}

TEST(QuoteGermanRound18, APronounMeansTheTitleHolderBeforeVonAndAName) {
  // Main gave Robert Habeck: named last, but after the spokeswoman's title and "von".
  const auto q = read_article_quotes(
                     "Robert Habeck ist nach Kiel zurückgekehrt. Die Sprecherin von Robert Habeck bestätigte die Pläne. "
                     "„Er bleibt im Bundestag“, sagte sie.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "die Sprecherin von Robert Habeck");
  // A place after "von" that the index took for a name: the mayor, not "Bad Aibling".
  const auto r = read_article_quotes(
                     "Der Bürgermeister von Bad Aibling hat den Haushalt vorgestellt. „Wir müssen sparen“, sagte er.", "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "der Bürgermeister von Bad Aibling");
}

TEST(QuoteGermanRound18, AVerbThatOpensAKonjunktivChainNeedNotBeACueElsewhere) {
  // Main listed "verteidigte" among the openers of a chain but found it only among cues.
  const auto q = read_article_quotes(
                     "Landwirtschaftsminister Alois Rainer verteidigte die Kürzungen. Ohne sie sei der Haushalt nicht "
                     "auszugleichen.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Ohne sie sei der Haushalt nicht auszugleichen");
  EXPECT_EQ(q[0].speaker, "Alois Rainer");
}

TEST(QuoteGermanRound18, AProgrammeInMarksJoinedByAHyphenIsAName) {
  // Main took „Pressestunde“ for the speech of "sagte" and lost the report.
  const auto q = read_article_quotes(
                     "Die Teuerung sei noch nicht gebannt, sagte Finanzminister Markus Marterbauer in der "
                     "ORF-„Pressestunde“.",
                     "de")
                     .quotes;
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Die Teuerung sei noch nicht gebannt");
  EXPECT_EQ(q[0].speaker, "Markus Marterbauer");
  for (const auto& quote : q) EXPECT_NE(quote.kind, "direct");
}

TEST(QuoteGermanRound18, ConfirmingOpensAKonjunktivChain) {
  const auto q = read_article_quotes(
                     "Oberstaatsanwalt Jens Weber bestätigte die Durchsuchungen. Es bestehe der Verdacht der Untreue.", "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Es bestehe der Verdacht der Untreue");
  EXPECT_EQ(q[0].speaker, "Jens Weber");
}

TEST(QuoteGermanRound18, DutchBodyNamedWithVoorSpeaksWhole) {
  // Main stopped the body's name at "voor" and reported the rest of the name as the clause.
  const auto q = read_article_quotes(
                     "Volgens de Autoriteit voor de Financiële Markten hebben de banken te weinig gedaan.", "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "hebben de banken te weinig gedaan");
  EXPECT_EQ(q[0].mention, "de Autoriteit voor de Financiële Markten");
  const auto r = read_article_quotes("De Raad voor de Kinderbescherming laat weten dat het onderzoek loopt.", "nl").quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].mention, "De Raad voor de Kinderbescherming");
  // A person before "voor" is no body: "voor de camera" is where he spoke.
  const auto s = read_article_quotes("'We stoppen ermee', zei Mark Rutte voor de camera van de NOS.", "nl").quotes;
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Mark Rutte");
}

TEST(QuoteGermanRound18, TheNameAfterALongBodyAndItsShortNameSpeaks) {
  // Main stopped the description at "in der" (and at the bracket) and gave no name, or the whole.
  const auto q = read_article_quotes(
                     "„Die Lage ist angespannt“, sagte der Präsident des Bundesamts für Bevölkerungsschutz in der "
                     "Katastrophenhilfe (BBK), Ralph Tiesler.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ralph Tiesler");
  const auto r = read_article_quotes(
                     "„Wir sind vorbereitet“, sagte eine Sprecherin des Amts für Statistik in der Hauptstadt (AfS), "
                     "Anja Kühn, am Montag.",
                     "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Anja Kühn");
}

TEST(QuoteGermanRound18, APronounAfterAnUnnamedNewcomerMeansTheNewcomer) {
  // Main gave Olaf Scholz, the person named before the resident the text brings in unnamed.
  const auto q = read_article_quotes(
                     "Olaf Scholz besuchte das Hochwassergebiet. Eine Anwohnerin wartete am Straßenrand. „Wir haben "
                     "alles verloren“, sagte sie.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "eine Anwohnerin");
  // Dutch: not the place the index took for a name.
  const auto r = read_article_quotes(
                     "Minister Eelco Heinen was dinsdag in Den Bosch. Een demonstrante stond bij de ingang. „Wij worden "
                     "niet gehoord”, zei ze.",
                     "nl")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "een demonstrante");
}

TEST(QuoteGermanRound18, ASourceNamedInMarksBeforeTheVerbOpensTheClause) {
  // Main missed the verb after the closing mark and reported nothing.
  const auto q = read_article_quotes(
                     "Laut einem Bericht des „Handelsblatts“ prüft der Konzern den Verkauf der Sparte.", "de")
                     .quotes;
  bool found = false;
  for (const auto& quote : q)
    if (quote.kind == "indirect") {
      found = true;
      EXPECT_EQ(quote.text, "prüft der Konzern den Verkauf der Sparte");
      EXPECT_EQ(quote.speaker, "einem Bericht des „Handelsblatts“");
    }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace article_lens
