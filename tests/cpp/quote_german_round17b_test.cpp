// German quotes that round 17b reads right: a capitalised noun counted by a number or a word of
// quantity ("acht Jahre Haft", "zwei Milliarden Euro Hilfen") names no person a pronoun could
// mean; nor does a possessive opening a sentence inside a quote ("Mein Mandant hat gestanden");
// "Ihr Anwalt sagte" is a description, not the pronoun "ihr"; "ließ sie erklären" is one person;
// Dutch "zei ze" after "zei hij" means someone else.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteGermanRound17b, CountedNounsAreNoPersonForAPronoun) {
  // Main gave "Jahre Haft": two capitalised words after "sieben" read as a name.
  const auto q = read_article_quotes(
                     "Die Oberstaatsanwältin forderte sieben Jahre Haft. „Der Schaden ist enorm“, sagte sie.", "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Der Schaden ist enorm");
  EXPECT_EQ(q[0].speaker, "die Oberstaatsanwältin");
  // After digits and a number written as a noun too ("3 Milliarden Euro Zuschüsse").
  const auto r = read_article_quotes(
                     "Die Wirtschaftsministerin kündigte 3 Milliarden Euro Zuschüsse an. „Kein Betrieb wird allein "
                     "gelassen“, sagte sie.",
                     "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "direct");
  EXPECT_EQ(r[0].text, "Kein Betrieb wird allein gelassen");
  EXPECT_EQ(r[0].speaker, "die Wirtschaftsministerin");
}

TEST(QuoteGermanRound17b, APossessiveOpeningAQuoteNamesNoOne) {
  // Main gave "Mein Mandant", two capitalised words inside the quote, to "er".
  const auto q = read_article_quotes(
                     "Der Verteidiger forderte einen Freispruch. „Mein Mandant hat nichts verbrochen“, sagte er.", "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Mein Mandant hat nichts verbrochen");
  EXPECT_EQ(q[0].speaker, "der Verteidiger");
}

TEST(QuoteGermanRound17b, APossessiveBeforeItsNounIsNoPronoun) {
  // Main read "Ihr" as the pronoun "ihr" (you) and gave no speaker.
  const auto q = read_article_quotes(
                     "Die Schauspielerin Jana Keller hat alle Termine abgesagt. Ihr Manager sagte, sie brauche eine Pause.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "sie brauche eine Pause");
  EXPECT_EQ(q[0].speaker, "ihr Manager");
  const auto r = read_article_quotes(
                     "Die Läuferin Anna Berg tritt nicht an. Ihr Trainer sagte: „Die Wade macht noch Probleme.“", "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "direct");
  EXPECT_EQ(r[0].text, "Die Wade macht noch Probleme.");
  EXPECT_EQ(r[0].speaker, "ihr Trainer");
  // The pronoun "ihr" before a verb stays one: no description opens there.
  const auto p = read_article_quotes("„Ihr habt es euch verdient“, sagte der Trainer Tom Weiß.", "de").quotes;
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].speaker, "Tom Weiß");
}

TEST(QuoteGermanRound17b, APronounAfterACausativeTakesItsNumber) {
  // Main read "sie erklären" as plural (a group) and gave no speaker.
  const auto q = read_article_quotes(
                     "Die Beschuldigte schwieg vor dem Haftrichter. Über ihren Verteidiger ließ sie mitteilen, sie sei "
                     "unschuldig.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "sie sei unschuldig");
  EXPECT_EQ(q[0].speaker, "die Beschuldigte");
}

TEST(QuoteGermanRound17b, APronounOfTheOtherGenderMeansSomeoneElse) {
  // Main gave "ze" to the alderman "hij" had just meant: his gender is told by the pronoun only.
  const auto q = read_article_quotes(
                     "Wethouder Karim Bouali kwam dinsdag naar de plek. „Dit mag nooit meer gebeuren”, zei hij. Een "
                     "buurvrouw had de brand als eerste gezien. „Ik rook het meteen”, zei ze.",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Karim Bouali");
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].text, "Ik rook het meteen");
  EXPECT_NE(q[1].speaker, "Karim Bouali");
}

}  // namespace
}  // namespace article_lens
