// English quotation phenomena of round 17c: a nation's epithet before an office, in a description
// the text used before for someone met, describes that one ("met the Indian prime minister ... the
// Indian prime minister said" is not the person just named); a body
// that "put out" a statement speaks through it (an irregular past tense ends its description).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteEnglishRound17c, AnEpithetBeforeAnOfficeDescribesItsHolder) {
  auto q = direct_quotes_of("Tom Avery met the Kenyan prime minister in Nairobi. “We agreed a new trade route,” the Kenyan prime minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We agreed a new trade route,");
  EXPECT_NE(q[0].speaker, "Tom Avery");
  // (Not the same description as before: the person just named, described by their nation.)
  q = direct_quotes_of("Tom Avery met the Ugandan president in Nairobi. “We agreed a new trade route,” the Kenyan prime minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Avery");
  // (The epithet alone still names the person just named.)
  q = direct_quotes_of("Tom Avery scored twice in the second half. “I just kept running,” the Kenyan said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "I just kept running,");
  EXPECT_EQ(q[0].speaker, "Tom Avery");
}

TEST(QuoteEnglishRound17c, AnOfficeThatPutOutAStatementSpeaks) {
  auto q = direct_quotes_of("The minister was unavailable. His office put out a statement saying: “The report is under review.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The report is under review.");
  EXPECT_EQ(q[0].speaker, "his office");
}

}  // namespace
}  // namespace article_lens
