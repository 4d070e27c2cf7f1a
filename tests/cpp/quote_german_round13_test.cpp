// German reports and speakers that round 13 reads right: wire shapes ("X zufolge", "…, wie X
// sagte.", "Das teilte X mit."), circles as sources. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::read_article_quotes;

std::vector<testing::QuoteRead> indirect_quotes_of(const std::string& text, const std::string& language = "de") {
  std::vector<testing::QuoteRead> indirect;
  for (testing::QuoteRead& q : read_article_quotes(text, language).quotes)
    if (q.kind == "indirect") indirect.push_back(std::move(q));
  return indirect;
}

TEST(QuoteGermanRound13, APostpositionOpeningTheSentenceNamesTheSourceBeforeIt) {
  // "X zufolge" opens the sentence, the finite verb right after it: X is the source, the rest the
  // report (main looked for the source after "zufolge" and found none).
  const auto q = indirect_quotes_of(
      "Die Bilanz ist gemischt. Der Feuerwehr zufolge wurden sieben Menschen leicht verletzt. "
      "Dem Landesamt für Statistik zufolge stieg die Zahl der Geburten um vier Prozent. "
      "Fachleuten zufolge dürfte sich der Trend fortsetzen.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].text, "wurden sieben Menschen leicht verletzt");
  EXPECT_EQ(q[0].mention, "Der Feuerwehr");
  EXPECT_EQ(q[1].text, "stieg die Zahl der Geburten um vier Prozent");
  EXPECT_EQ(q[1].mention, "Dem Landesamt für Statistik");
  EXPECT_EQ(q[2].text, "dürfte sich der Trend fortsetzen");
  EXPECT_EQ(q[2].mention, "Fachleuten");
}

TEST(QuoteGermanRound13, AClosingWieClauseNamesTheSourceOfTheWordsBeforeIt) {
  // "…, wie X sagte.": the verb closes the subordinate clause, its subject is the source.
  const auto q = indirect_quotes_of(
      "Die Winzerin Petra Lang ist unzufrieden. Die Lese falle in diesem Herbst deutlich kleiner aus, wie Lang am Freitag sagte. "
      "Mehrere Keller seien überflutet worden, wie der Bürgermeister der Gemeinde mitteilte. "
      "Die Straße bleibt gesperrt, wie die Polizei in Trier berichtet hat.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].text, "Die Lese falle in diesem Herbst deutlich kleiner aus");
  EXPECT_EQ(q[0].speaker, "Petra Lang");
  EXPECT_EQ(q[1].text, "Mehrere Keller seien überflutet worden");
  EXPECT_EQ(q[1].mention, "der Bürgermeister der Gemeinde");
  EXPECT_EQ(q[2].text, "Die Straße bleibt gesperrt");
  EXPECT_EQ(q[2].mention, "die Polizei");
  // A comparison is no source: "so gering wie nie", "wie es kommen musste".
  EXPECT_TRUE(indirect_quotes_of("Der Pegel ist gestiegen. Die Ernte fiel so gering aus wie nie. Es kam, wie es kommen musste.").empty());
}

TEST(QuoteGermanRound13, DasWithTheVerbRightAfterItRefersBackToTheSentenceBefore) {
  // "Das teilte die Polizei mit.": the sentence before is what the police said; a body speaks too.
  const auto q = indirect_quotes_of(
      "Der Hafen bleibt bis Freitag geschlossen. Das teilte die Hafenbehörde am Mittwoch mit. "
      "Die Löhne steigen um drei Prozent. Dies bestätigte ein Sprecher des Konzerns.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Der Hafen bleibt bis Freitag geschlossen");
  EXPECT_EQ(q[0].mention, "die Hafenbehörde");
  EXPECT_EQ(q[1].text, "Die Löhne steigen um drei Prozent");
  EXPECT_EQ(q[1].mention, "Sprecher des Konzerns");
  // Not where "Das" opens the subject ("Das Ministerium teilte mit"), nor after a loaded verb,
  // which answers what was said rather than saying it.
  EXPECT_TRUE(indirect_quotes_of("Der Plan sieht Kürzungen vor. Das kritisierte die Opposition scharf.").empty());
  EXPECT_TRUE(indirect_quotes_of("Der Plan sieht Kürzungen vor. Das Ministerium teilte mit.").empty());
}

TEST(QuoteGermanRound13, CirclesNamedByWhoseTheyAreAreAnonymousSources) {
  // "In Koalitionskreisen hieß es, …", "Aus Parteikreisen verlautete, …": circles are sources.
  const auto q = indirect_quotes_of(
      "Der Etat ist umstritten. In Koalitionskreisen hieß es, eine Einigung stehe kurz bevor. "
      "Aus Parteikreisen verlautete, der Vorsitzende wolle nicht erneut antreten.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "eine Einigung stehe kurz bevor");
  EXPECT_EQ(q[0].mention, "Koalitionskreisen");
  EXPECT_EQ(q[1].text, "der Vorsitzende wolle nicht erneut antreten");
  EXPECT_EQ(q[1].mention, "Parteikreisen");
}

TEST(QuoteGermanRound13, APostpositionInMidClauseOpensNoReport) {
  // "Angaben zufolge" inside the clause: the words before are its subject, no source; nor does a
  // source with an article after the postposition open a clause ("… Studien zufolge das Risiko").
  for (const auto& q : indirect_quotes_of("Die Lage ist unklar. Es handele sich ersten Angaben zufolge um zwei Täter."))
    EXPECT_NE(q.mention, "Es");
  for (const auto& q : indirect_quotes_of("Die Impfung senkt neuen Studien zufolge das Risiko einer Ansteckung deutlich."))
    EXPECT_NE(q.text, "das Risiko einer Ansteckung deutlich");
}

TEST(QuoteGermanRound13, ASentenceWithACueButNoClauseOpensAKonjunktivChain) {
  // "Die Präsidentin äußerte sich am Rande der Tagung." reports nothing itself; the sentences in
  // the Konjunktiv I after it are hers.
  const auto q = indirect_quotes_of(
      "Die Notenbank tagte in Frankfurt. Die Bankpräsidentin Carla Moretti äußerte sich am Rande der Tagung. "
      "Die Teuerung sei noch nicht besiegt. Weitere Zinsschritte könne man nicht ausschließen.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Die Teuerung sei noch nicht besiegt");
  EXPECT_EQ(q[0].speaker, "Carla Moretti");
  EXPECT_EQ(q[1].text, "Weitere Zinsschritte könne man nicht ausschließen");
  EXPECT_EQ(q[1].speaker, "Carla Moretti");
  // Not after a verb that is no speaking ("war verurteilt worden"), nor after a passive.
  EXPECT_TRUE(indirect_quotes_of("Der Lehrer war zu fünf Jahren Haft verurteilt worden. Die Zeugin habe gelogen.").empty());
  EXPECT_TRUE(indirect_quotes_of("Die Zahl der Opfer wurde nicht bestätigt. Es handele sich um vier Täter.").empty());
}

TEST(QuoteGermanRound13, AnOfficeOrEntourageSpeaksForItsPersonUnnamed) {
  // "Aus dem Büro von Landeshauptfrau X hieß es": the office speaks, not X; the same for "Umfeld".
  const auto q = indirect_quotes_of(
      "Der Streit um das Spital geht weiter. Aus dem Büro von Landeshauptfrau Maria Gruber hieß es, man prüfe die Pläne. "
      "Aus dem Umfeld von Bürgermeister Paul Brandl verlautete, eine Einigung sei möglich.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "dem Büro von Landeshauptfrau Maria Gruber");
  EXPECT_EQ(q[1].speaker, "dem Umfeld von Bürgermeister Paul Brandl");
}

TEST(QuoteGermanRound13, AustrianTitlesAreTitles) {
  // "Landeshauptmann", "Klubobfrau": the title before the name, not part of it.
  const auto q = indirect_quotes_of("Klubobfrau Sabine Eder sagte, das Paket sei fair. Landeshauptmann Franz Moser sagte, man brauche Zeit.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Sabine Eder");
  EXPECT_EQ(q[1].speaker, "Franz Moser");
}

TEST(QuoteGermanRound13, AQuoteListedBeforeAnAttributedOneSharesItsSpeaker) {
  // „A“ und „B“, zitiert X: the first was a scare quote with no speaker.
  const auto q = direct_quotes_of(
      "Der Brief wurde am Abend bekannt. „Ich zähle auf meine Freunde, heute und immer“ und „Die Leute sollen wissen, "
      "dass wir kämpfen“, zitiert der Sender den Verfasser Karl Brenner.", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Ich zähle auf meine Freunde, heute und immer");
  EXPECT_EQ(q[0].mention, q[1].mention);
  EXPECT_FALSE(q[0].mention.empty());
}

TEST(QuoteGermanRound13, AnOutletNamedInMarksKeepsNoReportOutOfItsSentence) {
  // "sagte … der „Rheinischen Post“, CLAUSE": the marked name is no speech; the report stands.
  const auto q = indirect_quotes_of(
      "Der Haushalt ist umstritten. Die Ministerin Eva Lorenz sagte der „Neuen Presse“, die Schuldenbremse müsse bleiben.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "die Schuldenbremse müsse bleiben");
  EXPECT_EQ(q[0].speaker, "Eva Lorenz");
  // A word given to a thing is no outlet's name: "nannten den Plan „Unsinn“".
  EXPECT_TRUE(indirect_quotes_of("Der Haushalt ist umstritten. Die Grünen nannten den Plan „Unsinn“, sagte die Sprecherin.").empty());
}

TEST(QuoteGermanRound13, AClosingWieEsHiessClauseNamesItsSourceBeforeTheVerb) {
  // "…, wie es aus Gewerkschaftskreisen hieß.": after the impersonal "es", the source.
  const auto q = indirect_quotes_of(
      "Der Streik geht weiter. Die Gespräche sind gescheitert, wie es aus Gewerkschaftskreisen hieß. "
      "Eine Schlichtung sei nicht geplant, wie es aus dem Ministerium hieß.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Die Gespräche sind gescheitert");
  EXPECT_EQ(q[0].mention, "Gewerkschaftskreisen");
  EXPECT_EQ(q[1].mention, "dem Ministerium");
}

TEST(QuoteGermanRound13, TheKonjunktivGoesOnAfterASentenceThatRefersBack) {
  // "… Das sagte ein Meteorologe. Betroffen seien …": the scholar is a person, and the reported
  // mood after the reference goes on with him.
  const auto q = indirect_quotes_of(
      "Die Lage an der Küste ist angespannt. Der Wetterdienst rechnet mit Sturm. Das sagte ein Meteorologe am Sonntag. "
      "Besonders betroffen seien die Inseln.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Der Wetterdienst rechnet mit Sturm");
  EXPECT_EQ(q[0].mention, "ein Meteorologe");
  EXPECT_EQ(q[1].text, "Besonders betroffen seien die Inseln");
  EXPECT_EQ(q[1].speaker, q[0].speaker);
}

TEST(QuoteGermanRound13, AGenitivePossessiveLinksARoleToWhoseItIs) {
  // "Ein Sprecher ihres Ministeriums sagte": the spokesman speaks, not "ihres Ministeriums".
  const auto q = indirect_quotes_of(
      "Die Ministerin schweigt. Ein Sprecher ihres Ministeriums sagte, die Prognose werde am Mittwoch vorgestellt.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Ein Sprecher ihres Ministeriums");
}

TEST(QuoteGermanRound13, AReferenceBackNamesASourceAfterItsPreposition) {
  // "Das verlautete am Dienstag aus Regierungskreisen.": the circles said the sentence before.
  const auto q = indirect_quotes_of(
      "Der Etat wächst kaum. Die Regierung rechnet mit einem Wachstum von einem Prozent. Das verlautete am Dienstag aus Regierungskreisen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Die Regierung rechnet mit einem Wachstum von einem Prozent");
  EXPECT_EQ(q[0].mention, "Regierungskreisen");
}

}  // namespace
}  // namespace article_lens
