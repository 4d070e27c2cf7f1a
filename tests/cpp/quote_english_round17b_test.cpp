// English quotation phenomena of round 17b: an epithet whose body comes before its noun with
// capitals ("the Spurs boss", "the Conservative leader", "the two-time World Cup winner") names the
// person just named, unless the capitalised word is a nation's ("the French president").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteEnglishRound17b, ACapitalisedBodyBeforeTheNounNamesThePersonJustNamed) {
  auto q = direct_quotes_of("Dara Fenwick insisted his side were still in the race. “We just keep going,” the Rovers boss said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We just keep going,");
  EXPECT_EQ(q[0].speaker, "Dara Fenwick");
  q = direct_quotes_of("Helen Marsh used her speech to attack the government. “They have broken every promise,” the Liberal leader said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Helen Marsh");
  q = direct_quotes_of("Tomas Ruiz said he had not decided whether to play on. “I will see how I feel,” the two-time Copa America winner said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tomas Ruiz");
}

TEST(QuoteEnglishRound17b, ANationsAdjectiveBeforeTheNounDescribesSomeoneElse) {
  auto q = direct_quotes_of("Paul Grant met the French president in Paris. “We agree on trade,” the French president said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Paul Grant");
  // Nor is a person given another club's title the one a club's boss names.
  q = direct_quotes_of("City manager Owen Hart was furious. “It was never a penalty,” the Rovers boss said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Owen Hart");
}

}  // namespace
}  // namespace article_lens
