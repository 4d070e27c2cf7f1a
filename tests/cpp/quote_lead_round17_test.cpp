// Speakers the lead read right in round 17. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteLeadRound17, ALongRelativeClauseSetOffByCommasLeavesItsSubjectSpeaking) {
  const auto q = read_article_quotes(
      "The inspector, who had visited the site three times over the past two winters, said the walls were unsafe.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "the walls were unsafe");
  EXPECT_EQ(q[0].mention, "The inspector");
}

}  // namespace
}  // namespace article_lens
