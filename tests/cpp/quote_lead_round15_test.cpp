// Speakers the lead read right in round 15. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteLeadRound15, APlaceAfterItsOwnerIsNoPerson) {
  // "Cruz's South Carolina coalition": the place is no person a later "he" could mean.
  const auto q = direct_quotes_of(
      "Ann Bell, a leader of Cruz's South Carolina antiabortion group, said the race was open.\n\n"
      "\"We are trying to show some mercy,\" Tripp said. South Carolina, he said, was \"where we can win.\"",
      "en");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Tripp");
}

TEST(QuoteLeadRound15, AnOwnersPersonStaysAPerson) {
  // The owner cut still leaves a person where a name, not a place, follows ("Florida's Rick Wilson").
  const auto q = direct_quotes_of("Florida's Rick Wilson was blunt. \"It is over,\" he said.", "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rick Wilson");
}

TEST(QuoteLeadRound15, ADirectQuotesClauseSubjectEndsAtItsVerb) {
  // "The actor refused, saying: “...”": the subject is the description, not "The actor refused".
  const auto q = direct_quotes_of("Tom Hanks arrived late. The actor refused to comment, saying: \"I will not talk about it.\"", "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The actor");
}

}  // namespace
}  // namespace article_lens
