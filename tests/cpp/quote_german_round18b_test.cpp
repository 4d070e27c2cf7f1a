// German and Dutch quotes that round 18b reads right: a description with a person's name after it
// in the genitive is someone else ("Der Anwalt des Schauspielers Tom Berger … sagte der Anwalt").
// A team's name joined to a role names the person given that role ("Bondscoach Ronald Koeman …
// zei de Oranje-coach"). The Konjunktiv I after a phrase opened by a preposition, its subject
// after the verb ("Ohne die Erhöhung schreibe das Unternehmen rote Zahlen", "Im laufenden Jahr
// erwarte der Konzern …"). Dutch: a noun for a town's people after an age is no name ("de
// 29-jarige Rotterdammer").
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteGermanRound18b, ADescriptionWithANameInTheGenitiveIsSomeoneElse) {
  // Main gave the quote to the actor, whose lawyer the description is.
  const auto q = read_article_quotes(
                     "Der Anwalt des Schauspielers Tom Berger kündigte Berufung an. „Das Urteil ist falsch“, sagte der "
                     "Anwalt.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Das Urteil ist falsch");
  EXPECT_EQ(q[0].speaker, "der Anwalt");
  // Main gave the kidnappers' statement to the man they hold.
  const auto r = read_article_quotes(
                     "Die Entführer des Bauunternehmers Klaus Wendt haben sich erneut gemeldet. Die Entführer teilten der "
                     "Familie mit, sie wollten zwei Millionen Euro.",
                     "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "indirect");
  EXPECT_EQ(r[0].text, "sie wollten zwei Millionen Euro");
  EXPECT_EQ(r[0].speaker, "die Entführer");
  // A noun of the weak declension: "des Angeklagten".
  const auto t = read_article_quotes(
                     "Der Verteidiger des Angeklagten Sven Ulrich plädierte auf Freispruch. „Es gibt keinen Beweis“, "
                     "sagte der Verteidiger.",
                     "de")
                     .quotes;
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "der Verteidiger");
  // The person named is still the one a description of their own trade means.
  const auto s = read_article_quotes(
                     "Der Schauspieler Tom Berger äußerte sich am Abend. „Ich bin enttäuscht“, sagte der Schauspieler.", "de")
                     .quotes;
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Tom Berger");
}

TEST(QuoteGermanRound18b, ATeamJoinedToARoleNamesWhoHasTheRole) {
  // Main gave the quote to the player named last, or to no one.
  const auto q = read_article_quotes(
                     "Bondscoach Ronald Koeman is niet ongerust over de vorm van Memphis Depay. 'Hij is fit en scherp', "
                     "zei de Oranje-coach dinsdag in Zeist.",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Hij is fit en scherp");
  EXPECT_EQ(q[0].speaker, "Ronald Koeman");
  // The role by another word: "trainer" for "coach".
  const auto r = read_article_quotes(
                     "De trainer van het Nederlands elftal, Ronald Koeman, sprak over Frenkie de Jong. 'Frenkie is nog "
                     "niet klaar', zei de Oranje-coach.",
                     "nl")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Ronald Koeman");
}

TEST(QuoteGermanRound18b, TheKonjunktivAfterAPrepositionalPhrase) {
  // Main found no report: the verb in -e had its subject after it.
  const auto q = read_article_quotes(
                     "Geschäftsführerin Sabine Roth begründete die Preiserhöhung mit gestiegenen Kosten. Ohne den "
                     "Aufschlag schreibe die Firma Verluste.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Ohne den Aufschlag schreibe die Firma Verluste");
  EXPECT_EQ(q[0].speaker, "Sabine Roth");
  // A preposition fused with its article, and adjectives, before the noun; a speech verb with an
  // object before it ("erläuterte die Zahlen").
  const auto r = read_article_quotes(
                     "Finanzchef Jens Möller erläuterte die Zahlen am Morgen. Im laufenden Jahr erwarte der Konzern ein "
                     "leichtes Wachstum.",
                     "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "indirect");
  EXPECT_EQ(r[0].speaker, "Jens Möller");
  // The narrator's past tense is no report.
  EXPECT_TRUE(read_article_quotes("Nach dem Spiel feierte die Mannschaft mit den Fans.", "de").quotes.empty());
}

TEST(QuoteGermanRound18b, ATownsPeopleAfterAnAgeIsNoName) {
  // Main gave the prosecutor's words to "Amsterdammer".
  const auto q = read_article_quotes(
                     "De officier van justitie heeft vier jaar cel geëist tegen de 34-jarige Amsterdammer. 'Hij heeft "
                     "niets geleerd', zei ze.",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Hij heeft niets geleerd");
  EXPECT_EQ(q[0].speaker, "de officier van justitie");
  // A name after the age is still a name.
  const auto r = read_article_quotes(
                     "De 34-jarige Jan Visser werd vrijgesproken. 'Ik ben opgelucht', zei Visser na afloop.", "nl")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Jan Visser");
}

}  // namespace
}  // namespace article_lens
