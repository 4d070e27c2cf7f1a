// A language without quote data (Swedish here): quotation marks are paired and told apart by
// shape, but no capitalised word is guessed to be a speaker. Sentences written for this test.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

TEST(QuoteLanguageWithoutData, MarksArePairedButNoSpeakerIsGuessed) {
  const auto sv = testing::read_article_quotes(
      "Regeringen presenterade budgeten i tisdags. \"Det här är en ansvarsfull budget\", sade finansminister "
      "Elisabeth Svantesson.", "sv");
  ASSERT_EQ(sv.quotes.size(), 1u);
  EXPECT_EQ(sv.quotes[0].text, "Det här är en ansvarsfull budget");
  EXPECT_NE(sv.quotes[0].speaker, "Regeringen");
}

}  // namespace
}  // namespace article_lens
