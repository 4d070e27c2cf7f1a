// German speakers: what a language that capitalises every noun and puts its verb second asks of
// the mention finder and the people index. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::read_article_quotes;

// The first quote's resolved speaker, in German.
std::string first_speaker(const std::string& text) { return testing::first_speaker(text, "de"); }

TEST(QuoteGerman, ANounAfterAnArticleIsNoPartOfAName) {
  // "die Entlassung" is a noun, not a first name; the genitive -s is no part of the name either.
  EXPECT_EQ(first_speaker("Der Vorstand beriet über die Entlassung Petra Vogts. Petra Vogt war nicht da. "
                          "Später erklärte Vogt: „Ich bleibe im Amt.“"),
            "Petra Vogt");
  // A word before a first name already given is no part of the name, article or not.
  EXPECT_EQ(first_speaker("Petra Vogt kam spät. Der Antrag auf Entlassung Petra Vogts scheiterte. "
                          "Dazu erklärte Vogt: „Ich bleibe im Amt.“"),
            "Petra Vogt");
  // Nor does such a noun with the word after it make up a person for a pronoun to find.
  EXPECT_EQ(first_speaker("Lena Kraus leitet die Firma. Zuletzt verspricht sich der Konzern Synergieeffekte. "
                          "„Wir wachsen“, sagte sie."),
            "Lena Kraus");
}

TEST(QuoteGerman, ARelativePronounIsNoArticle) {
  // "die" after a comma opens a relative clause: the name after it is whole.
  const auto direct = direct_quotes_of("Sie lobte die Arbeit, die Jonas Berg geleistet hat. „Das war gut“, sagte Berg.", "de");
  ASSERT_EQ(direct.size(), 1u);
  EXPECT_EQ(direct.front().speaker, "Jonas Berg");
}

TEST(QuoteGerman, WithNoPersonNamedTheDescriptionBeforeTheVerbSpeaks) {
  // The phrase after the verb is its object here, not an inverted subject.
  const auto reading = read_article_quotes("Die Organisation verlangte eine Untersuchung der Vorfälle: „Das muss aufgeklärt werden.“", "de");
  ASSERT_FALSE(reading.quotes.empty());
  EXPECT_EQ(reading.quotes.front().mention, "Die Organisation");
  EXPECT_EQ(first_speaker("Ein Besucher begründete seine Entscheidung so: „Hier ist es ruhiger.“"), "ein Besucher");
}

TEST(QuoteGerman, NoInvertedSubjectAcrossAComma) {
  // After "sagen," a clause of its own begins: its subject reports nothing.
  const auto reading = read_article_quotes("Die Anwohner hingegen sagen, der Fahrer trage die „volle Schuld“ am Unfall.", "de");
  ASSERT_FALSE(reading.quotes.empty());
  EXPECT_EQ(reading.quotes.front().mention, "Die Anwohner");
}

TEST(QuoteGerman, TheObjectOfAQuotingVerbSpeaks) {
  EXPECT_EQ(first_speaker("Tom Weller leitet das Werk. „Wir bauen aus“, zitiert die Lokalzeitung den Werkleiter Tom Weller."),
            "Tom Weller");
  EXPECT_EQ(first_speaker("„Wir wurden ausgewiesen“, zitierte man die Reporterin Lea Sommer."), "Lea Sommer");
}

TEST(QuoteGerman, ASourceBeforeZufolgeSpeaks) {
  // Not the words after the postposition ("soll Bauer").
  const auto reading = read_article_quotes("Anna Roth ist Fraktionschefin. Roth zufolge soll Bauer „unpassende Fragen“ gestellt haben.", "de");
  ASSERT_FALSE(reading.quotes.empty());
  EXPECT_EQ(reading.quotes.front().mention, "Roth");
  EXPECT_EQ(reading.quotes.front().speaker, "Anna Roth");
}

TEST(QuoteGerman, ACapitalisedCueWordIsANoun) {
  // "Schreiben" here is a letter, not "to write"; "zeigt sich" is a cue.
  const auto reading = read_article_quotes("In einem Schreiben an die Stadt zeigt sich der Bundestrainer zufrieden: „Wir haben gut gespielt.“", "de");
  ASSERT_FALSE(reading.quotes.empty());
  EXPECT_EQ(reading.quotes.front().cue, "zeigt sich");
  EXPECT_EQ(reading.quotes.front().mention, "der Bundestrainer");
}

TEST(QuoteGerman, PeopleByTheirWorkIntroduceAQuote) {
  const auto reading = read_article_quotes("Ein Hauptkommissar nach der Razzia: „Jetzt ist Ruhe.“ Ein Beamter der Grenzpolizei: „Wir bleiben wachsam.“", "de");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_EQ(reading.quotes[0].mention, "Ein Hauptkommissar");
  EXPECT_EQ(reading.quotes[1].mention, "Ein Beamter der Grenzpolizei");
}

TEST(QuoteGerman, ReportedSpeechTakesItsSpeakerFromTheSentenceBefore) {
  // Konjunktiv I with no cue: the sentence before names who speaks, with a cue or as its subject.
  EXPECT_EQ(first_speaker("Die Abgeordnete Jana Lorenz kritisierte die Pläne. Die Mittel seien „völlig unzureichend“."),
            "Jana Lorenz");
  EXPECT_EQ(first_speaker("Die Ministerin Jana Lorenz sprach sich gegen Sanktionen aus. Druck sei „kein gutes Mittel“."),
            "Jana Lorenz");
}

TEST(QuoteGerman, TheDocumentAfterHeisstEsInIsTheSource) {
  const auto reading = read_article_quotes("„Wir bitten um Geduld“, heißt es in einer Erklärung des Vereins.", "de");
  ASSERT_FALSE(reading.quotes.empty());
  EXPECT_EQ(reading.quotes.front().mention, "einer Erklärung des Vereins");
  EXPECT_EQ(reading.quotes.front().cue, "heißt es in");
}

TEST(QuoteGerman, NamesAfterANamingWordAndTheirListsAreNoQuotes) {
  // "kurz:" introduces a name, and a span listed after a name is one too; the speech stays speech.
  const auto reading = read_article_quotes(
      "Der Verein Freie Software, kurz: „FS“ oder „FSV“, feierte. Als Beispiele nennt der Verein die Programme „Kiwi“ und "
      "„Mango“. „Wir feiern“, sagte die Vorsitzende Ute Brandt.", "de");
  ASSERT_EQ(reading.quotes.size(), 5u);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(reading.quotes[i].kind, "scare") << reading.quotes[i].text;
  EXPECT_EQ(reading.quotes[4].kind, "direct");
  EXPECT_EQ(reading.quotes[4].speaker, "Ute Brandt");
}

TEST(QuoteGerman, AMarkedNameAfterAGenitiveOrAPrepositionIsNoQuote) {
  // "der Sprecher der „Stadtwerke Nord“", "von der „Initiative Grüne Stadt“", "(etwa: „...“)".
  const auto reading = read_article_quotes(
      "Ein Sprecher der „Stadtwerke Nord“, Paul Kern, sagte, der Strom fließe wieder. Lisa Ott von der „Initiative Grüne "
      "Stadt“ sagte, man sei erleichtert. Die Partei „Rak Thai“ (etwa: „Thai lieben Thai“) gewann.", "de");
  // (The sentences' own reports, "der Strom fließe wieder", stand beside the names.)
  std::size_t marked = 0;
  for (const auto& quote : reading.quotes) {
    if (quote.kind == "indirect") continue;
    EXPECT_EQ(quote.kind, "scare") << quote.text;
    ++marked;
  }
  EXPECT_EQ(marked, 4u);
}

TEST(QuoteGerman, AMarkedMediumAfterItsCueIsNoQuote) {
  // "Wie „...“ berichtet," and "„...“, schrieb „...“": the marked words name the source.
  const auto reading = read_article_quotes(
      "Wie „Netz aktuell“ berichtet, sperrten die Behörden den Zugang. „Er war ein Vorbild“, schrieb „Die Woche“ in einem Nachruf.",
      "de");
  ASSERT_EQ(reading.quotes.size(), 3u);
  EXPECT_EQ(reading.quotes[0].kind, "scare");
  EXPECT_EQ(reading.quotes[1].kind, "direct");
  EXPECT_EQ(reading.quotes[2].kind, "scare");
}

TEST(QuoteGerman, MarkedWordsAfterAlsAreWhatSomeoneCalledIt) {
  // Not the subject of the cue after them: the quote is speech.
  const auto reading = read_article_quotes(
      "Der Bürgermeister, der den Umbau als „Meilenstein“ bezeichnete, eröffnete die Halle.", "de");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "direct");
}

TEST(QuoteGerman, CapitalisedMarkedWordsAfterAPrepositionAreAName) {
  const auto reading = read_article_quotes(
      "Er rief zum „Heiligen Streik“ auf, sagte der Sprecher. Sie riet zu „Geduld und etwas Ruhe“, sagte Anna Roth.", "de");
  // (The first sentence, with a name and no speech in marks, is reported: "Er rief zum … auf".)
  std::vector<std::string> kinds;
  for (const auto& quote : reading.quotes)
    if (quote.kind != "indirect") kinds.push_back(quote.kind);
  ASSERT_EQ(kinds.size(), 2u);
  EXPECT_EQ(kinds[0], "scare");
  EXPECT_EQ(kinds[1], "direct");
}

TEST(QuoteGerman, AGroupDescribedSpeaks) {
  // "Tierschützer" is a group of people, not the dative object after the verb.
  const auto reading = read_article_quotes("Tierschützer äußerten Bedenken und warfen der Stadt sogar „Wortbruch“ vor.", "de");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "direct");
  EXPECT_EQ(reading.quotes[0].mention, "Tierschützer");
  EXPECT_TRUE(reading.quotes[0].described);
}

TEST(QuoteGerman, TheSubjectAfterTheFirstVerbSpeaks) {
  // A colon introduction whose opening phrase is the object, and a second verb sharing the subject.
  const auto colon = read_article_quotes(
      "Lena Vogt kam spät. Jede Mitschuld an der Panne im Werk weist Vogt von sich: „Das war die Technik.“", "de");
  ASSERT_EQ(colon.quotes.size(), 1u);
  EXPECT_EQ(colon.quotes[0].speaker, "Lena Vogt");
  EXPECT_EQ(colon.quotes[0].cue, "weist");
  EXPECT_EQ(first_speaker("In seiner Stellungnahme befand der Minister Tim Arndt den Einsatz richtig und nannte die Helfer "
                          "„vorbildlich“."),
            "Tim Arndt");
}

TEST(QuoteGerman, AListOfNamesInBracketsIsNoQuote) {
  const auto reading = read_article_quotes("Die Partei lehnt die Reformen („Agenda 2030“, „Rente mit 70“) ab.", "de");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_EQ(reading.quotes[0].kind, "scare");
  EXPECT_EQ(reading.quotes[1].kind, "scare");
}

TEST(QuoteGerman, FuerOpeningASentenceNamesWhoseViewItIs) {
  EXPECT_EQ(first_speaker("Für den Historiker Paul Brandt sei der Rücktritt „längst überfällig“ gewesen."), "Paul Brandt");
}

TEST(QuoteGerman, AQuoteStandingAloneFollowsThePersonTheSentenceBeforeIsAbout) {
  // Not the last speaker: the person the sentence before introduces, with no cue.
  const auto reading = read_article_quotes(
      "„Ich trete zurück“, sagte Trainer Jan Weber. Sein Freund Paul Kramer war nach eigenen Worten eingeweiht. "
      "„Er wünscht sich mehr Ruhe.“", "de");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_EQ(reading.quotes[1].speaker, "Paul Kramer");
  // A relative clause's subject is not what the sentence is about.
  const auto sign = read_article_quotes(
      "Grund war ein Schild, das der Bürgermeister Tim Arndt hatte aufstellen lassen. „Hier wird gebaut.“", "de");
  ASSERT_EQ(sign.quotes.size(), 1u);
  EXPECT_EQ(sign.quotes[0].speaker, "");
}

TEST(QuoteGerman, TheSentenceAfterAQuoteMayReferBackToIt) {
  EXPECT_EQ(first_speaker("„Ja, es wird teuer.“ Das musste Finanzministerin Eva Lang am Montag einräumen."), "Eva Lang");
}

TEST(QuoteGerman, AQuoteListedAfterAnAttributedOneSharesItsSpeaker) {
  // (The cue ends a relative clause: its subject follows the relative pronoun.)
  const auto reading = read_article_quotes(
      "Die Zahl sank unter die Marke, die Jonas Berg zum Ziel erklärt hatte: „Das schaffen wir.“ und „Wir geben nicht auf.“",
      "de");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_EQ(reading.quotes[0].mention, "Jonas Berg");
  EXPECT_EQ(reading.quotes[1].speaker, "Jonas Berg");
}

TEST(QuoteGerman, DessenOpensADescription) {
  // "dessen Stellvertreter" (his deputy) is the inverted subject, not the place before the verb.
  const auto reading = read_article_quotes(
      "Oberst Tom Brink reiste ab. Nach der Landung auf der Piste teilte dessen Stellvertreter mit: „Er ruft uns an.“", "de");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].mention, "dessen Stellvertreter");
}

}  // namespace
}  // namespace article_lens
