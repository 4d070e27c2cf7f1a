// Pronouns and gender: "she" never resolves to a man and "he" never to a woman where the text tells
// the person's gender (honorifics, gendered role words, a pronoun in a sentence naming only them).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {


using testing::direct_quotes_of;

TEST(QuoteGender, SheSkipsTheLastSpeakerWhenAnHonorificShowsHimAMan) {
  const auto q = direct_quotes_of(
      "Senator Maria Okafor opened the hearing on the new bridge. "
      "“The river will not wait for us,” said Mr. Tom Pellham, the engineer. "
      "“We have waited long enough,” she said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Tom Pellham");
  EXPECT_EQ(q[1].speaker, "Maria Okafor");
}

TEST(QuoteGender, HeSkipsAWomanNamedByARoleWord) {
  const auto q = direct_quotes_of(
      "Governor Alan Brecht signed the budget on Friday. "
      "Later, Jo Lindqvist, the spokeswoman for the opposition, criticised the cuts. "
      "“This budget is a promise kept,” he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Alan Brecht");
}

TEST(QuoteGender, APronounPrefersAPersonOfItsGenderNamedSinceTheLastSpeaker) {
  const auto q = direct_quotes_of(
      "“The delegates will decide,” said Troy Hamlin, a delegate from Maine. "
      "Dana Whitcombe, the chairwoman of the state party, backs the senator. "
      "“He has earned our trust,” she said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Troy Hamlin");
  EXPECT_EQ(q[1].speaker, "Dana Whitcombe");
}

TEST(QuoteGender, APronounInASentenceNamingOnePersonTellsTheirGender) {
  // "Kim Adair said she" tells that Kim Adair is a woman; "he" then skips her for the mayor.
  const auto q = direct_quotes_of(
      "Mayor Rob Tanaka announced the plan on Monday. Kim Adair said she had doubts about the cost. "
      "“We can afford it,” he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rob Tanaka");
}

TEST(QuoteGender, APossessiveOrAQuotationBeforeThePronounTellsNothing) {
  // Neither sentence tells that Lorde is a woman: "she" is someone else in both.
  const auto q = direct_quotes_of(
      "Senator Paul Lorde and Dr. Ruth Kim met voters in Ames. Lorde's bus broke down before she arrived. "
      "Lorde has “no plan at all,” she wrote later. "
      "“We won the debate,” he said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Paul Lorde");
}

TEST(QuoteGender, MrAndMrsOfOneLastNameAreTwoPeopleWhenTheTextGivesBoth) {
  const auto q = direct_quotes_of(
      "Former Governor Tom Arkwright campaigned in Toledo on Monday. Ellen Arkwright, his wife, spoke in Dayton. "
      "“Ohio deserves better,” Mrs. Arkwright said. “It was a good day,” Mr. Arkwright said. "
      "“We will be back,” she added.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Ellen Arkwright");
  EXPECT_EQ(q[1].speaker, "Tom Arkwright");
  EXPECT_EQ(q[2].speaker, "Ellen Arkwright");
}

TEST(QuoteGender, UnknownGenderResolvesAsBefore) {
  const auto q = direct_quotes_of(
      "Chris Vale chairs the committee. Sam Ortiz testified on Tuesday. “The numbers are wrong,” Ortiz said. "
      "“We will correct them,” she added.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Sam Ortiz");
  EXPECT_EQ(q[1].speaker, "Sam Ortiz");
}

}  // namespace
}  // namespace article_lens
