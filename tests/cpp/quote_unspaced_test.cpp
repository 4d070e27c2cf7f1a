// Chinese and Japanese quotes: no spaces, no capitals; the speaker is read off the characters next
// to the quote (src/quotes/unspaced_attribution.cpp). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteUnspaced, ChineseSpeakerBeforeTheQuoteStopsAtItsSetting) {
  const auto q = read_article_quotes("外交部发言人毛宁在例行记者会上表示：“中方愿同各方加强合作。”", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "外交部发言人毛宁");
  EXPECT_EQ(q[0].cue, "表示");
}

TEST(QuoteUnspaced, ChineseSpeakerAfterTheQuoteAndAPronounForTheSameSpeaker) {
  const auto q = read_article_quotes(
      "“我们会继续努力。”发言人李红15日说。她还说，“这是我们的共同责任。”", "zh").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "发言人李红");
  EXPECT_EQ(q[1].mention, "她");
  EXPECT_EQ(q[1].speaker, "发言人李红");
}

TEST(QuoteUnspaced, ChineseMarkedTermIsNoSpeech) {
  const auto q = read_article_quotes("所谓的“改革”不过是一场游戏。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "scare");
}

TEST(QuoteUnspaced, JapaneseSpeakerWithItsTopicParticleBeforeOrAfterTheQuote) {
  const auto q = read_article_quotes(
      "山田太郎市長は10日の会見で「市民の安全を守る」と述べた。「予算を見直す」と佐藤花子議員は語った。", "ja").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "山田太郎市長");
  EXPECT_EQ(q[0].cue, "述べた");
  EXPECT_EQ(q[1].speaker, "佐藤花子議員");
}

TEST(QuoteUnspaced, JapaneseQuoteWithoutASpeakerGoesOnWithTheLastOne) {
  const auto q = read_article_quotes("山田太郎市長は「市民の安全を守る」と述べた。また、「予算を見直す」と強調した。", "ja").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].speaker, "山田太郎市長");
}

TEST(QuoteUnspaced, JapaneseNamedTermIsNoSpeech) {
  const auto q = read_article_quotes("政府は「異次元の少子化対策」を掲げている。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "scare");
}

}  // namespace
}  // namespace article_lens
