// Dutch speakers that round 16 reads right: "van" after a full name links the body the person
// speaks for ("Jesse Klaver van GroenLinks"), while it stays a particle inside a name ("Ruud van
// Nistelrooy", "Jan Willem van Ede"); an adverb opening the clause before the verb is no name. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteDutchRound16, VanAfterAFullNameLinksTheBody) {
  // Main gave "Femke Bakker van de Woonbond" and "Kees de Groot van Natuurmonumenten" as speakers.
  const auto q = read_article_quotes(
                     "‘De huren stijgen te snel’, zegt Femke Bakker van de Woonbond. ‘Wij maken ons zorgen’, zegt Kees "
                     "de Groot van Natuurmonumenten. Bakker reageerde later opnieuw: ‘Het kabinet moet ingrijpen.’",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Femke Bakker");
  EXPECT_EQ(q[1].speaker, "Kees de Groot");
  EXPECT_EQ(q[2].speaker, "Femke Bakker");
}

TEST(QuoteDutchRound16, VanInsideANameStaysThere) {
  const auto q = read_article_quotes(
                     "‘We hebben goed gespeeld’, zegt Sanne van Leeuwen. ‘Dat was nodig’, zegt Jan Willem van Ede. "
                     "‘Mooi’, zegt Thijs van der Linden van Ajax.",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Sanne van Leeuwen");
  EXPECT_EQ(q[1].speaker, "Jan Willem van Ede");
  EXPECT_EQ(q[2].speaker, "Thijs van der Linden");
}

TEST(QuoteDutchRound16, AnAdverbOpeningTheClauseIsNoSpeaker) {
  // Main gave "Daarna" and "Vervolgens": the verb comes second, the speaker after it.
  const auto q = read_article_quotes(
                     "Wethouder Lotte Visser opende de nieuwe brug. Daarna zei Visser: ‘Dit is een mooie dag.’ "
                     "Vervolgens zei ze: ‘Nu de volgende.’",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "Visser");
  EXPECT_EQ(q[0].speaker, "Lotte Visser");
  EXPECT_EQ(q[1].mention, "ze");
  EXPECT_EQ(q[1].speaker, "Lotte Visser");
}

}  // namespace
}  // namespace article_lens
