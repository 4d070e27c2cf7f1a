// German speakers that round 15b reads right: the outlet told after a name set off by commas, words
// passed on "durch" a lawyer, a clause before "ließ sie erklären", a first-person writer's question,
// and a player named again by a position. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

std::vector<testing::QuoteRead> quotes_of(const std::string& text) { return read_article_quotes(text, "de").quotes; }

TEST(QuoteGermanRound15b, TheOutletToldAfterANameSetOffByCommas) {
  // The base gave "der Leiterin der Klinik, Sabine Horn, der" and a second quote "Nordsee-Zeitung".
  const auto q = quotes_of(
      "Die Wartezeiten sind gestiegen. „Wir suchen dringend Pflegekräfte“, sagte die Leiterin der Klinik, Sabine Horn, "
      "der „Nordsee-Zeitung“.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Wir suchen dringend Pflegekräfte");
  EXPECT_EQ(q[0].mention, "die Leiterin der Klinik, Sabine Horn");
  EXPECT_EQ(q[0].speaker, "Sabine Horn");
  EXPECT_EQ(q[1].kind, "scare");  // the paper's name in marks
  EXPECT_EQ(q[1].text, "Nordsee-Zeitung");
  EXPECT_EQ(q[1].speaker, "");
}

TEST(QuoteGermanRound15b, WordsPassedOnThroughALawyer) {
  // The base gave the speaker "er durch seinen Verteidiger".
  const auto q = quotes_of(
      "Der Unternehmer Jonas Weber steht seit Montag vor Gericht. „Ich habe niemanden betrogen“, ließ er durch seinen "
      "Verteidiger mitteilen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Ich habe niemanden betrogen");
  EXPECT_EQ(q[0].mention, "er");
  EXPECT_EQ(q[0].speaker, "Jonas Weber");
}

TEST(QuoteGermanRound15b, AReportedClauseBeforeLiessErErklaeren) {
  // The base found no quote: "ließ" after the comma opens the speaker's clause, the cue closes it.
  const auto q = quotes_of(
      "Die Sängerin Mia Roth hat ihre Tournee abgesagt. Sie sei erschöpft, ließ sie über ihr Management erklären.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Sie sei erschöpft");
  EXPECT_EQ(q[0].mention, "sie");
  EXPECT_EQ(q[0].speaker, "Mia Roth");
}

TEST(QuoteGermanRound15b, AWriterAskingInTheFirstPersonStaysUnnamed) {
  // The column's author asks: "ich" is the mention, and no one the text names speaks.
  const auto q = quotes_of("Bürgermeister Tim Brandt kam zu spät. „Warum erst jetzt?“, will ich wissen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Warum erst jetzt?");
  EXPECT_EQ(q[0].mention, "ich");
  EXPECT_EQ(q[0].speaker, "");
}

TEST(QuoteGermanRound15b, APlayerNamedAgainByHisPosition) {
  const auto q = quotes_of(
      "Werder-Angreifer Lukas Brandl traf zweimal. „Heute hat einfach alles gepasst“, sagte der Stürmer nach dem Spiel.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Heute hat einfach alles gepasst");
  EXPECT_EQ(q[0].mention, "der Stürmer");
  EXPECT_EQ(q[0].speaker, "Lukas Brandl");
}

}  // namespace
}  // namespace article_lens
