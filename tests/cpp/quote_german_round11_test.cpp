// German speakers that round 11 reads right. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteGermanRound11, APlaceOpeningTheClauseLeavesTheSubjectAfterTheVerb) {
  // "Im Dorf Bad Lenk sagte der Bürgermeister": the fronted phrase names a place; the subject
  // follows the verb. A place inside the subject stays part of it.
  const auto q = direct_quotes_of(
      "Im Dorf Bad Lenk sagte der Bürgermeister: „Wir sind bereit.“\n\n"
      "In der Stadt Neu Ulm erklärte die Sprecherin der Feuerwehr: „Das Wasser sinkt.“\n\n"
      "Der Leiter der Feuerwehr in Neu Ulm erklärte dazu: „Wir bleiben vor Ort.“\n\n"
      "In dem Bericht heißt es: „Die Lage ist ernst.“", "de");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "der Bürgermeister");
  EXPECT_EQ(q[1].speaker, "die Sprecherin der Feuerwehr");
  EXPECT_EQ(q[2].speaker, "der Leiter der Feuerwehr in Neu Ulm");  // not the town "Neu Ulm"
  EXPECT_EQ(q[3].mention, "dem Bericht");
}

TEST(QuoteGermanRound11, AVerbOfSpeechWithItsPrepositionQuotesACapitalisedNoun) {
  // "sprach von „Almosen“": what the union leader said, not a name; a name after a preposition
  // with no verb of speech stays a name.
  const auto reading = testing::read_article_quotes(
      "Der Gewerkschaftschef Karl Bauer sprach von „Almosen“. Er warnte vor „Panikmache“. "
      "Die Regierung setzt auf „Amflora“.", "de");
  const auto& q = reading.quotes;
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Karl Bauer");
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].speaker, "Karl Bauer");
  EXPECT_EQ(q[2].kind, "scare");
}

TEST(QuoteGermanRound11, APersonsGenitiveBeforeANounOwnsTheObject) {
  // "der Merkels Politik als „Fehler“ bezeichnete": the relative pronoun is the subject; her policy
  // is the object, no person; the antecedent speaks. A relative or a role after the genitive is
  // someone ("Bergers Sohn").
  const auto q = direct_quotes_of(
      "Kanzlerin Anna Berger regiert seit Jahren. Der Präsident, der Bergers Politik als „Fehler“ "
      "bezeichnete, ordnete eine Untersuchung an.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "der Präsident");
  const auto son = direct_quotes_of(
      "Kanzlerin Anna Berger regiert seit Jahren.\n\nAuch Bergers Sohn äußerte sich. Er sagte: „Meine Mutter bleibt.“", "de");
  ASSERT_EQ(son.size(), 1u);
  EXPECT_EQ(son[0].speaker, "Bergers Sohn");
}

TEST(QuoteGermanRound11, AnInterviewsAnswersAreTheIntervieweesSpeech) {
  // "Frage: … / Weiß: …": the answers are Karla Weiß's words; the questions are no one's quote.
  const auto reading = testing::read_article_quotes(
      "Die Ministerin Karla Weiß spricht im Interview über die Reform.\n\n"
      "Frage: Frau Weiß, warum kommt die Reform so spät?\n\n"
      "Weiß: Wir wollten alle Beteiligten hören. Das braucht Zeit.\n\n"
      "Frage: Und die Kritik der Länder?\n\n"
      "Weiß: Die nehmen wir ernst.", "de");
  const auto& q = reading.quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Wir wollten alle Beteiligten hören. Das braucht Zeit.");
  EXPECT_EQ(q[0].speaker, "Karla Weiß");
  EXPECT_EQ(q[0].mention, "Weiß");
  EXPECT_EQ(q[1].text, "Die nehmen wir ernst.");
  EXPECT_EQ(q[1].speaker, "Karla Weiß");
}

TEST(QuoteGermanRound11, ALabelledLineOutsideAnInterviewIsNoAnswer) {
  // One "Weiß:" line after a lead-in, or a tally by name, is no interview.
  EXPECT_TRUE(testing::read_article_quotes(
                  "Die Ministerin Karla Weiß stellte die Reform vor.\n\nFazit: Die Reform kommt.\n\n"
                  "Weiß: Wir haben alle gehört.", "de")
                  .quotes.empty());
  EXPECT_TRUE(testing::read_article_quotes(
                  "Karla Weiß und Otto Brandl zählen Stimmen.\n\nWeiß: 2316 Stimmen.\n\nBrandl: 1547 Stimmen.\n\n"
                  "Weiß: 12 Bezirke.\n\nBrandl: 9 Bezirke.", "de")
                  .quotes.empty());
}

TEST(QuoteGermanRound11, SwissCouncilTitlesAndTheBracketAfterTheName) {
  // "Bundesrätin", "Nationalrat" are titles before a name; the party in brackets after a name the
  // cue or "laut" precedes keeps its closing bracket in the mention.
  const auto q = direct_quotes_of(
      "«Wir nehmen die Kritik ernst», sagte Bundesrätin Elisabeth Lauber am Mittwoch. "
      "Laut Nationalrat Beat Walti (FDP) ist das Vorgehen «vertretbar». "
      "Das sei «übereilt», sagte Ständerat Urs Kälin (SVP).", "de");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Elisabeth Lauber");
  EXPECT_EQ(q[1].speaker, "Beat Walti");
  EXPECT_EQ(q[1].mention, "Nationalrat Beat Walti (FDP)");
  EXPECT_EQ(q[2].speaker, "Urs Kälin");
  EXPECT_EQ(q[2].mention, "Ständerat Urs Kälin (SVP)");
}

TEST(QuoteGermanRound11, AnArticleBetweenTheCueAndLowerCaseWordsInMarks) {
  // "forderte einen „offensiven Umgang …“": the demand is speech; a name after the article stays a
  // name ("lobte die „Berliner Zeitung“").
  const auto reading = testing::read_article_quotes(
      "Ministerpräsident Roland Kern kritisierte den Schritt. Er forderte einen „offensiven Umgang mit "
      "dem Thema“. Er lobte die „Berliner Zeitung“.", "de");
  const auto& q = reading.quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Roland Kern");
  EXPECT_EQ(q[1].kind, "scare");
}

}  // namespace
}  // namespace article_lens
