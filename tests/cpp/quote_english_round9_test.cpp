// English quotation phenomena of round 9: a space set between an inner closing mark and the outer
// one ("outsiders,' " she wrote"), ...
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteEnglishRound9, ASpaceBetweenInnerAndOuterClosingMarksStillClosesTheQuote) {
  const auto q = direct_quotes_of(
      "The judge struck the rule down on Friday.\n\n\"The county cannot tell residents that 'they are guests "
      "here,' \" Judge Mara Olin wrote in her ruling. \"Nor can it charge them twice.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The county cannot tell residents that 'they are guests here,'");
  EXPECT_EQ(q[0].speaker, "Mara Olin");
  EXPECT_EQ(q[1].text, "Nor can it charge them twice.");
  EXPECT_EQ(q[1].speaker, "Mara Olin");
}

TEST(QuoteEnglishRound9, ALoneStraightMarkBetweenSpacesStillOpensNothing) {
  // A stray mark between spaces after an ordinary word is neither half of a pair.
  const auto q = direct_quotes_of("The sign read 6 \" wide at most. \"We measured it,\" Ann Cole said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We measured it,");
  EXPECT_EQ(q[0].speaker, "Ann Cole");
}

TEST(QuoteEnglishRound9, SayingMoreOrSayingItByMailIsSpeech) {
  const auto q = direct_quotes_of(
      "Pollster Ira Bloom elaborated in an essay for the Tribune that the race could still turn.\n\n"
      "“A loss in Ohio would hurt her badly.”\n\nHis rival disagreed. “Ohio is safe,” Nell Park emailed.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ira Bloom");
  EXPECT_EQ(q[1].speaker, "Nell Park");
  EXPECT_EQ(q[1].cue, "emailed");
}

}  // namespace
}  // namespace article_lens
