// German speakers that round 9 reads right. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::read_article_quotes;

TEST(QuoteGermanRound9, AnAdverbOpeningTheSentenceIsNoSpeaker) {
  // Capitalised at the start, an adverb before an inverted cue is no name; the subject follows the verb.
  const auto q = direct_quotes_of(
      "Unmissverständlich sagt das Gericht in seiner Begründung, es sei „nicht von der Schuld überzeugt“.\n\n"
      "Bezeichnenderweise erklärte der Verband: „Wir haben nichts gewusst.“\n\n"
      "Die Stadt gab eine Erklärung ab. Wörtlich hieß es: „Wir bedauern den Vorfall.“\n\n"
      "Weiter berichtet die Website, der Plan sei „gescheitert“.", "de");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[3].speaker, "die Website");  // a filler opening the sentence is no speaker either
  EXPECT_EQ(q[0].speaker, "das Gericht");
  EXPECT_EQ(q[1].speaker, "der Verband");
  EXPECT_EQ(q[2].speaker, "");  // the impersonal cue names no one, nor does "Wörtlich"
  EXPECT_EQ(q[2].mention, "");
  // A surname with such an ending, known as a person, still speaks.
  const auto named = direct_quotes_of(
      "Die Abgeordnete Petra Fröhlich kritisierte den Plan. Fröhlich sagte den Reportern: „Das ist unsozial.“", "de");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].speaker, "Petra Fröhlich");
}

TEST(QuoteGermanRound9, AnImpersonalCueGivesTheClauseBeforeItNoSpeaker) {
  // "hieß es": its subject is "es"; the subject of the reported clause before it did not speak.
  const auto q = direct_quotes_of(
      "Kanzlerin Vera Lind reiste nach Rom. Die Gespräche seien „sehr offen“ gewesen, hieß es danach.\n\n"
      "Im Schlussbericht der Kommission heißt es: „Die Brücke war marode.“\n\n"
      "„Wir prüfen das“, hieß es aus dem Ministerium.", "de");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].cue, "hieß es");
  EXPECT_EQ(q[1].speaker, "der Kommission");  // the source opening the sentence still speaks
  EXPECT_EQ(q[2].speaker, "dem Ministerium");
}

TEST(QuoteGermanRound9, ReportedSpeechGoesOnOverSentencesInItsMood) {
  // The quote stands two sentences after the one naming the speaker; the sentence between speaks
  // in the Konjunktiv I too, with a pronoun for its subject.
  const auto q = direct_quotes_of(
      "Innenminister Karl Berger äußerte sich am Montag zu dem Anschlag. Er sei mit den Behörden zufrieden. "
      "Die Polizei habe „hervorragende Arbeit“ geleistet.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karl Berger");
  // A sentence between in the indicative ends the reported speech: no speaker is reached for.
  const auto broken = read_article_quotes(
      "Innenminister Karl Berger äußerte sich am Montag zu dem Anschlag. Die Täter flohen nach Süden. "
      "Die Polizei habe „hervorragende Arbeit“ geleistet.", "de").quotes;
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_EQ(broken[0].speaker, "");
}

TEST(QuoteGermanRound9, AnObjectBetweenCueAndMarksMakesThemNoSource) {
  // "verkündete der „DFB“" names its subject in marks; "nannte Berg einen „…“" has an object first,
  // and the marked words are what the speaker called it.
  const auto q = direct_quotes_of(
      "Die Außenministerin Lea Brandt nannte Berg einen „wahren Patrioten“ und einen „großen Diplomaten“.", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Lea Brandt");
  EXPECT_EQ(q[1].speaker, "Lea Brandt");
}

TEST(QuoteGermanRound9, WhatASpeakerCallsSomethingAfterAnIndefiniteArticleIsSpeech) {
  // A name takes the definite article; "einen „…“" is what the speaker called it.
  const auto q = direct_quotes_of(
      "Die Abgeordnete Jana Moll nannte die Absage des Ministers einen „Vertrauensbruch“.\n\n"
      "Der Bürgermeister Uwe Kern sagte, die Stadt sei ein „Opfer der Bürokratie“ geworden.", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Jana Moll");
  EXPECT_EQ(q[1].speaker, "Uwe Kern");
  // With nobody who says it, such words are a term; and marks opening a compound are a name.
  const auto terms = read_article_quotes(
      "Die Firma verdoppelt die Zahl ihrer Aktien. Das nennt man einen „Aktiensplit“.\n\n"
      "Ein Sprecher sagte, an eine „Eins zu Eins“-Begegnung sei nicht gedacht.", "de").quotes;
  int seen = 0;
  for (const auto& quote : terms)
    if (quote.text == "Aktiensplit" || quote.text == "Eins zu Eins") {
      ++seen;
      EXPECT_EQ(quote.kind, "scare") << quote.text;
    }
  EXPECT_EQ(seen, 2);
}

TEST(QuoteGermanRound9, AQuoteAloneInTheNextParagraphGoesOnWithTheLastSpeaker) {
  const auto q = direct_quotes_of(
      "„Die Lage ist ernst“, sagte der Minister Paul Hauser. Dann verließ er den Saal.\n\n"
      "„Es gibt keine Alternative.“", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Paul Hauser");
  // Not when someone else was named in between: the quote is theirs.
  const auto other = direct_quotes_of(
      "„Die Lage ist ernst“, sagte der Minister Paul Hauser. Die Abgeordnete Jana Moll widersprach.\n\n"
      "„Es gibt keine Alternative.“", "de");
  ASSERT_EQ(other.size(), 2u);
  EXPECT_EQ(other[1].speaker, "Jana Moll");
}

TEST(QuoteGermanRound9, APossessiveThatIsAlsoAPronounOpensADescription) {
  // "ihr" before a noun is "her"/"their", not the pronoun "you": the speaker is the spokesman.
  const auto q = direct_quotes_of(
      "Die Gewerkschaft lehnte das Angebot ab. „Wir sind bereit“, sagte ihr Sprecher Ole Jansen, „aber nicht um jeden Preis.“", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ole Jansen");
  EXPECT_EQ(q[0].mention, "ihr Sprecher Ole Jansen");
  EXPECT_EQ(q[1].speaker, "Ole Jansen");
}

TEST(QuoteGermanRound9, MarkedWordsReadingAsANameThatNoOneSaysAreAName) {
  const auto q = read_article_quotes(
      "Sein erstes großes Werk entstand 1978: „Der stille Hafen“. Es wurde oft gespielt.\n\n"
      "„Onkel Fritz“, wie der Senator genannt wurde, war beliebt.\n\n"
      "„Wir erwarten euch“, stand auf den Plakaten.", "de").quotes;
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].kind, "scare");
  EXPECT_EQ(q[1].kind, "scare");
  EXPECT_EQ(q[2].kind, "direct");  // a sentence, opening with a pronoun
}

TEST(QuoteGermanRound9, AVerbFinalClauseMayRunLongBeforeItsCue) {
  // The subject follows the subordinator, more than a dozen words before the verb at the end.
  const auto q = direct_quotes_of(
      "Der Bericht ist brisant, weil der Außenminister Jan Ott das Land nach dem kurzen Krieg mit dem "
      "Nachbarland im letzten Monat als „junge couragierte Demokratie“ bezeichnet hat.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jan Ott");
  EXPECT_EQ(q[0].cue, "bezeichnet");
}

TEST(QuoteGermanRound9, AnAuxiliaryAfterTheCommaOpensTheNextClause) {
  // "Wie X mitteilte, wird die Brücke …": "wird" belongs to the main clause, whose subject did not speak.
  const auto q = direct_quotes_of(
      "Wie der Bürgermeister Karl Ott mitteilte, wird die Brücke „bis auf Weiteres“ gesperrt.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karl Ott");
}

TEST(QuoteGermanRound9, AMarkedNameAfterANounBeforeTheVerbIsNoSubject) {
  // The outlet told, named in marks after its noun, stands in the phrase before the verb.
  const auto q = direct_quotes_of("Gegenüber der Zeitung „Die Welt“ sagte Schulz: „Wir werden kämpfen.“", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Schulz");
}

TEST(QuoteGermanRound9, ATextInWhichWordsStandIsTheirSource) {
  // No cue: a phrase of place names a text, a verb says the words are found there, then a colon.
  const auto q = direct_quotes_of(
      "In dem Brief steht: „Wir fordern den Rücktritt des Ministers.“\n\n"
      "Auf der Homepage der Gruppe fand sich der Satz: „Wir sind bereit.“", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "dem Brief");
  EXPECT_EQ(q[1].speaker, "der Homepage der Gruppe");
  // A person standing somewhere is no text ("Auf dem Podium stand der Minister: …" names him).
  const auto person = direct_quotes_of("Auf dem Podium stand der Minister Karl Ott: „Ich danke Ihnen.“", "de");
  ASSERT_EQ(person.size(), 1u);
  EXPECT_EQ(person[0].speaker, "Karl Ott");
}

TEST(QuoteGermanRound9, APhraseOfConcludingIsACue) {
  const auto q = direct_quotes_of(
      "Die Forscherin Eva Lind kam zu dem Ergebnis, das Mittel sei „wirkungslos“.\n\n"
      "Der Bericht kommt zu dem Schluss, die Wahl sei „nicht frei“ gewesen.", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Eva Lind");
  EXPECT_EQ(q[0].cue, "kam zu dem Ergebnis");
  EXPECT_EQ(q[1].speaker, "der Bericht");
}

TEST(QuoteGermanRound9, SoAfterAQuoteAttributesOnlyWithItsSpeakerRightAfter) {
  // "„…“, so die Ministerin" attributes; "…, so wurde sein Werk gelobt" is a clause of its own.
  const auto q = read_article_quotes(
      "Galt er früher als „Pitbull des Vatikans“, so wurde sein Werk trotzdem gelobt.\n\n"
      "„Das ist ein Skandal“, so die Ministerin Eva Lind.", "de").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_NE(q[0].speaker, "sein Werk");
  EXPECT_NE(q[0].cue, "so");
  EXPECT_EQ(q[1].speaker, "Eva Lind");
}

TEST(QuoteGermanRound9, WordsWhoseSourceIsATitleOrMottoAreAName) {
  const auto q = read_article_quotes(
      "„Gewalt gegen Kinder“, so lautet der Titel einer Studie.\n\n"
      "Ein nicht genannter Vertreter der Firma bezeichnete die Investition als „strategisch“.", "de").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "scare");
  EXPECT_EQ(q[1].kind, "direct");  // "genannter" qualifies a person: no naming noun
  EXPECT_EQ(q[1].speaker, "ein nicht genannter Vertreter der Firma");
}

TEST(QuoteGermanRound9, VerbsOfTheMannerOfSpeakingAreCues) {
  const auto q = direct_quotes_of(
      "„Wir haben gewonnen“, jubelte Trainer Jens Vogel.\n\n"
      "„Das war Glück“, spottete der Kapitän Tim Ross.\n\n"
      "Der Sprecher Ole Jansen ließ verlauten, man sei „zuversichtlich“.\n\n"
      "„Wir prüfen das“, ließ eine Sprecherin der Stadt verlauten.", "de");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "Jens Vogel");
  EXPECT_EQ(q[1].speaker, "Tim Ross");
  EXPECT_EQ(q[2].speaker, "Ole Jansen");
  EXPECT_EQ(q[3].speaker, "eine Sprecherin der Stadt");
  // A surname after the cue is no adverb: "sagte Kurz" names him.
  const auto named = direct_quotes_of("Sebastian Kurz kam spät. „Wir prüfen das“, sagte Kurz.", "de");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].speaker, "Sebastian Kurz");
}

TEST(QuoteGermanRound9, APhraseTakingUpTheQuoteNamesItsSpeakerAfterTheVerb) {
  const auto q = direct_quotes_of(
      "„Das ist ein Skandal!“ Mit diesen Worten reagierte der Oppositionsführer Jan Berg auf die Entscheidung.\n\n"
      "„Wir bleiben.“ Mit diesen Worten hat die Ministerin Eva Lind alle Spekulationen beendet.", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Jan Berg");
  EXPECT_EQ(q[1].speaker, "Eva Lind");
}

TEST(QuoteGermanRound9, ANounLedByANumberNamesTheSpeaker) {
  // "die 29-Jährige" is the inverted subject; the clause before the comma is what she said.
  const auto q = direct_quotes_of(
      "Die Vorsitzende Ricarda Lang kritisierte den Beschluss. Die Partei werde „alle Mittel“ prüfen, sagte die 29-Jährige.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "die 29-Jährige");
}

TEST(QuoteGermanRound9, AQuoteAfterASentenceAboutSomeoneByPronounIsTheirs) {
  const auto q = direct_quotes_of(
      "Der Minister Karl Ott besuchte am Montag die Flutopfer. Dort traf er viele Helfer. „So etwas habe ich noch nie gesehen.“", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karl Ott");
}

TEST(QuoteGermanRound9, AnImpersonalSubjectInTheSentenceBeforeIsNoSpeaker) {
  // "gab es": "es" names no one; the quote goes on with the last speaker.
  const auto q = direct_quotes_of(
      "Die Bürgermeisterin Anna Roth eröffnete das Fest. „Ich freue mich sehr“, sagte sie. Danach gab es Musik. "
      "„Es ist ein schöner Tag.“", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Anna Roth");
  EXPECT_EQ(q[1].cue, "");
}

TEST(QuoteGermanRound9, ASourcePhraseGoesOnIntoReportedSpeechAfterIt) {
  const auto q = direct_quotes_of(
      "Dem Bericht der Kommission zufolge war die Wahl nicht frei. Es habe „massive Unregelmäßigkeiten“ gegeben.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "dem Bericht der Kommission");
}

TEST(QuoteGermanRound9, AQuoteAfterAnInterjectedSoXSharesItsSpeaker) {
  // "„…“, so X, wird die Firma „…“": the second quote's cue is the "so" after the first; the
  // words after the speaker's comma are the main clause, not an apposition.
  const auto q = direct_quotes_of(
      "„In absehbarer Zeit“, so der Finanzvorstand Hans Weber, wird die Firma „auch ein neues Modell entwickeln“.", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Hans Weber");
  EXPECT_EQ(q[0].mention, "der Finanzvorstand Hans Weber");
  EXPECT_EQ(q[1].speaker, "Hans Weber");
}

TEST(QuoteGermanRound9, ARelativeClauseOfAnyLengthBetweenSpeakerAndCue) {
  const auto q = direct_quotes_of(
      "Die Ministerin Eva Lind, die am Montag nach einer langen Sitzung des Kabinetts in Berlin vor die Presse trat "
      "und dort die neuen Pläne der Regierung für das kommende Jahr vorstellte, sagte, das Gesetz sei „überfällig“.\n\n"
      "Max Muster, der seit vielen Jahren als Vorsitzender des Ausschusses für Umwelt im Bundestag tätig ist und "
      "als Experte gilt, sagte: „Das ist ein Skandal.“", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Eva Lind");
  EXPECT_EQ(q[1].speaker, "Max Muster");
}

TEST(QuoteGermanRound9, ANameClosesADescriptionWhoseListHoldsCommas) {
  const auto q = direct_quotes_of(
      "„Das ist ein Skandal“, sagte der Vorsitzende des Ausschusses für Umwelt, Naturschutz und Reaktorsicherheit "
      "im Bundestag, Max Muster.\n\n"
      "„Das reicht“, sagte die Sprecherin, als sie den Saal verließ.", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Max Muster");
  EXPECT_EQ(q[1].speaker, "die Sprecherin");  // a clause after the comma names no one
}

TEST(QuoteGermanRound9, TheSpeakersOwnDescriptionIsNoReportedClause) {
  // "A, Name, cue": A is the apposition of the name, not what was said.
  const auto q = read_article_quotes("Die Sprecherin des Konzerns, Maria Koch, bestätigte den Verkauf.", "de").quotes;
  for (const auto& quote : q) EXPECT_NE(quote.text, "Die Sprecherin des Konzerns");
  EXPECT_TRUE(q.empty());
}

TEST(QuoteGermanRound9, AClauseBeforeAnInvertedCueIsReported) {
  // Verb-second: "CLAUSE, sagte X." reports the clause, with no marks.
  const auto q = read_article_quotes("Die Firma verkauft das Werk. Der Plan sei gescheitert, sagte die Sprecherin Maria Koch.", "de").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Der Plan sei gescheitert");
  EXPECT_EQ(q[0].speaker, "Maria Koch");
}

}  // namespace
}  // namespace article_lens
