// A place named with capitals ("Main Street") is no person a pronoun can mean. Sentences written for
// this test.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

TEST(QuotePlaceNames, APronounNeverGoesToAStreet) {
  const auto en = testing::direct_quotes_of(
      "Maria Lopez has run the bakery on Main Street for 20 years. \"I never thought I would see this,\" she says.", "en");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].speaker, "Maria Lopez");
}

}  // namespace
}  // namespace article_lens
