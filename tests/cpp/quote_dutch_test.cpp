// Dutch, added as data only (src/quotes/data/*_nl.txt): a verb-second language with "aldus" after
// the quote, "volgens" as a source, separable cues ("voegde eraan toe"). Sentences written for these
// tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteDutch, SpeakersCuesAndSources) {
  const auto nl = read_article_quotes(
      "Het kabinet presenteerde de begroting. \"Dit is een verantwoorde begroting\", zei minister van Financiën Eelco Heinen.\n\n"
      "Volgens de oppositie is het plan \"onrealistisch\".\n\n"
      "\"Wij stemmen tegen\", aldus partijleider Geert Wilders.\n\n"
      "Premier Dick Schoof zei dat het kabinet \"niet zal wijken\". Hij voegde eraan toe: \"We hebben een meerderheid nodig.\"\n\n"
      "Na afloop beweerde Schoof: „Er is geen crisis.”", "nl");
  ASSERT_EQ(nl.quotes.size(), 7u);
  EXPECT_EQ(nl.quotes[0].speaker, "Eelco Heinen");
  EXPECT_EQ(nl.quotes[1].mention, "de oppositie");
  EXPECT_EQ(nl.quotes[2].speaker, "Geert Wilders");
  EXPECT_EQ(nl.quotes[2].cue, "aldus");
  // The reported clause around the marked words, and the marked words.
  EXPECT_EQ(nl.quotes[3].kind, "indirect");
  EXPECT_EQ(nl.quotes[3].text, "het kabinet \"niet zal wijken\"");
  EXPECT_EQ(nl.quotes[4].speaker, "Dick Schoof");
  EXPECT_EQ(nl.quotes[4].kind, "direct");
  EXPECT_EQ(nl.quotes[5].speaker, "Dick Schoof");
  EXPECT_EQ(nl.quotes[5].cue, "voegde eraan toe");
  EXPECT_EQ(nl.quotes[6].speaker, "Dick Schoof");  // verb second: the subject after "beweerde"
  EXPECT_EQ(nl.stats.loaded_cues, 1u);
}

}  // namespace
}  // namespace article_lens
