// Chinese and Japanese quotes: no spaces, no capitals; the speaker is read off the characters next
// to the quote or the report (src/quotes/unspaced_attribution.cpp) and named without the title
// written with them (unspaced_names.cpp). Sentences written for these tests.
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
  EXPECT_EQ(q[0].mention, "外交部发言人毛宁");
  EXPECT_EQ(q[0].speaker, "毛宁");
  EXPECT_EQ(q[0].cue, "表示");
}

TEST(QuoteUnspaced, ChineseSpeakerAfterTheQuoteAndAPronounForTheSameSpeaker) {
  const auto q = read_article_quotes(
      "“我们会继续努力。”发言人李红15日说。她还说，“这是我们的共同责任。”", "zh").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "李红");
  EXPECT_EQ(q[1].mention, "她");
  EXPECT_EQ(q[1].speaker, "李红");
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
  EXPECT_EQ(q[0].mention, "山田太郎市長");
  EXPECT_EQ(q[0].speaker, "山田太郎");
  EXPECT_EQ(q[0].cue, "述べた");
  EXPECT_EQ(q[1].speaker, "佐藤花子");
}

TEST(QuoteUnspaced, JapaneseQuoteWithoutASpeakerGoesOnWithTheLastOne) {
  const auto q = read_article_quotes("山田太郎市長は「市民の安全を守る」と述べた。また、「予算を見直す」と強調した。", "ja").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].speaker, "山田太郎");
}

TEST(QuoteUnspaced, JapaneseNamedTermIsNoSpeech) {
  const auto q = read_article_quotes("政府は「異次元の少子化対策」を掲げている。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "scare");
}

TEST(QuoteUnspaced, ChineseTitleBeforeTheNameAndTheOwnerBeforeAJapaneseName) {
  auto q = read_article_quotes("国家主席王明指出：“要坚持高质量发展。”", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "王明");
  q = read_article_quotes("外務省の小林麻紀報道官は「遺憾だ」と語った。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "小林麻紀");
  // A title alone stays the speaker: there is no name to give.
  q = read_article_quotes("发言人表示：“会议将如期举行。”", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "发言人");
}

TEST(QuoteUnspaced, ChineseReportAfterSpeakerCueAndComma) {
  const std::string text = "外交部发言人毛宁在记者会上表示，中方反对任何形式的单边制裁。一位知情人士透露，谈判已接近尾声。";
  const auto q = read_article_quotes(text, "zh").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "中方反对任何形式的单边制裁");
  EXPECT_EQ(q[0].speaker, "毛宁");
  EXPECT_EQ(q[0].cue, "表示");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "谈判已接近尾声");
  EXPECT_TRUE(q[1].anonymous);
}

TEST(QuoteUnspaced, ChineseReportCreditedWithJu) {
  const auto q = read_article_quotes("据新华社报道，会议将于下月在北京举行。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "新华社");
  EXPECT_EQ(q[0].text, "会议将于下月在北京举行");
}

TEST(QuoteUnspaced, ChineseSentenceWithASpeechCharacterButNoSpeakerIsNoReport) {
  // 说 in 小说 ("novel") and 据说 ("it is said") opens no report.
  EXPECT_TRUE(read_article_quotes("小说，是一种文学体裁。据说，这座桥已有百年历史。", "zh").quotes.empty());
}

TEST(QuoteUnspaced, JapaneseReportClosedByQuoteParticleAndCue) {
  const auto q = read_article_quotes(
      "佐藤花子議員は、政府の対応は遅すぎると批判した。山田太郎市長は記者会見で、予算を増やすとの考えを示した。", "ja").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "政府の対応は遅すぎる");
  EXPECT_EQ(q[0].speaker, "佐藤花子");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "予算を増やす");
  EXPECT_EQ(q[1].speaker, "山田太郎");
  EXPECT_EQ(q[1].cue, "考えを示した");
}

TEST(QuoteUnspaced, SpeakerAfterADateline) {
  auto q = read_article_quotes("本报北京3月2日电 市政府发言人周文今天表示，地铁新线将于年底开通。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "市政府发言人周文");
  EXPECT_EQ(q[0].speaker, "周文");
  q = read_article_quotes("大阪（共同）中村一郎知事は「万博は成功だった」と述べた。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "中村一郎");
}

TEST(QuoteUnspaced, JapaneseSpeakerOpensTheSentenceBeforeASettingAndAComma) {
  const auto q = read_article_quotes("中村一郎知事は定例会見で、新しい空港について「慎重に検討する」と語った。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "中村一郎");
}

TEST(QuoteUnspaced, ChineseSourceWhoWithholdsTheNameIsAnonymous) {
  const auto q = read_article_quotes("一名不愿具名的外交官说，双方仍有分歧。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_TRUE(q[0].anonymous);
}

TEST(QuoteUnspaced, JapaneseSurnameWithTitleMeansTheFullNameWrittenBefore) {
  const auto q = read_article_quotes(
      "中村一郎知事は「万博は成功だった」と述べた。中村知事は、来年も開催したいとの考えを示した。", "ja").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].mention, "中村知事");
  EXPECT_EQ(q[1].speaker, "中村一郎");
}

TEST(QuoteUnspaced, JapaneseSentenceWithoutQuoteParticleIsNoReport) {
  EXPECT_TRUE(read_article_quotes("山田市長は、新しい計画を発表した。", "ja").quotes.empty());
}

}  // namespace
}  // namespace article_lens
