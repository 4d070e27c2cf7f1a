// Who said it, and what kind of quote it is: attribution patterns, speakers, kinds (English).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {

using Read = testing::QuoteRead;

std::vector<Read> read_quotes(const std::string& text, const std::string& language = "en") {
  return testing::read_article_quotes(text, language).quotes;
}

TEST(QuoteAttribution, SpeakerAfterBeforeAndInverted) {
  const auto q = read_quotes(
      "Mayor Karen Olsen visited. “We will rebuild,” said Karen Olsen. “It will take time,” the mayor added. "
      "Burton said, \"I love cats!\" Olsen told reporters: “We are ready.”");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "Karen Olsen");
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[1].speaker, "Karen Olsen");  // "the mayor": her role
  EXPECT_EQ(q[1].mention, "the mayor");
  EXPECT_EQ(q[2].speaker, "Burton");
  EXPECT_EQ(q[3].speaker, "Karen Olsen");
  EXPECT_EQ(q[3].cue, "told reporters");  // a listed cue phrase
}

TEST(QuoteAttribution, SplitQuotesAndQuoteOnlySentencesKeepTheSpeaker) {
  const auto q = read_quotes("“I love cats,” she said. “I always have.” Then: “Really.” “I love cats!” insists Burton. “I absolutely do.”");
  ASSERT_GE(q.size(), 5u);
  EXPECT_EQ(q[3].speaker, "Burton");
  EXPECT_EQ(q[3].cue, "insists");
  EXPECT_EQ(q[4].speaker, "Burton");
  EXPECT_EQ(q[4].mention, "");  // inherited: no mention of its own
}

TEST(QuoteAttribution, AppositionsAndTitlesNameTheSpeaker) {
  const auto q = read_quotes(
      "Sergei Lavrov, the foreign minister, said: “We are open.” "
      "“Nothing changed,” said Russian President Vladimir Putin. "
      "“It is late,” Sam Nunberg, a former Trump aide, said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Sergei Lavrov");
  EXPECT_EQ(q[1].speaker, "Vladimir Putin");
  EXPECT_EQ(q[1].mention, "Russian President Vladimir Putin");
  EXPECT_EQ(q[2].speaker, "Sam Nunberg");
}

TEST(QuoteAttribution, DescriptionsResolveByRoleOrEquivalentRole) {
  const auto q = read_quotes(
      "Belarusian President Aleksandr Lukashenko met Russian President Vladimir Putin. "
      "“The talks were good,” the head of state said. “We agreed,” the Russian leader said. "
      "“It is settled,” the ministry said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Aleksandr Lukashenko");  // the main subject, a president
  EXPECT_EQ(q[1].speaker, "Vladimir Putin");        // by nationality
  EXPECT_EQ(q[2].speaker, "the ministry");          // a description that fits no person
}

TEST(QuoteAttribution, UnnamedSourcesAreAnonymous) {
  const auto q = read_quotes("“We expect a deal,” a senior official said. “Not yet,” sources close to the talks said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_TRUE(q[0].anonymous);
  EXPECT_EQ(q[0].speaker, "a senior official");
  EXPECT_TRUE(q[1].anonymous);
}

TEST(QuoteKinds, ShortQuotesWithACueAreSpeechAndTitlesAreNot) {
  const auto q = read_quotes(
      "The minister said the talks remained “tight”. She watched “Saturday Night Live” last night. "
      "Burton claims that his favorite book is \"One Hundred Years of Solitude\". Burton thinks cats are \"cuties\".");
  ASSERT_EQ(q.size(), 6u);
  EXPECT_EQ(q[0].kind, "indirect");  // the minister's clause, "that" left out (round 14)
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].speaker, "the minister");
  EXPECT_EQ(q[2].kind, "scare");
  EXPECT_EQ(q[3].kind, "indirect");  // Burton's claim is reported; the title in it is no speech
  EXPECT_EQ(q[4].kind, "scare");
  EXPECT_EQ(q[5].kind, "scare");
}

TEST(QuoteKinds, ReportedSpeechIsIndirect) {
  const auto q = read_quotes(
      "The head of state noted that he had discussed the issues. According to the ministry, prices rose. "
      "Prices will fall, the bank said. He said he would resign.");
  ASSERT_EQ(q.size(), 4u);
  for (const auto& r : q) EXPECT_EQ(r.kind, "indirect");
  EXPECT_EQ(q[0].text, "he had discussed the issues");
  EXPECT_EQ(q[0].cue, "noted");
  EXPECT_EQ(q[1].speaker, "the ministry");
  EXPECT_EQ(q[1].text, "prices rose");
  EXPECT_EQ(q[2].text, "Prices will fall");
  EXPECT_EQ(q[3].text, "he would resign");
}

TEST(QuoteFigures, SpeakersSharesSourcesAndCueTones) {
  const std::string text =
      "Mayor Karen Olsen spoke. “We will rebuild the bridge,” Olsen said. “It was never safe,” a resident claimed. "
      "“Fine,” Olsen admitted.";
  const Analysis result = analyze(text);
  ASSERT_EQ(result.speakers.size(), 2u);
  const Speaker& olsen = result.speakers[0];
  EXPECT_EQ(olsen.name, "Karen Olsen");
  EXPECT_EQ(olsen.direct_quotes, 2u);
  EXPECT_EQ(olsen.quoted_words, 6u);
  EXPECT_EQ(olsen.loaded_cues, 1u);
  EXPECT_EQ(olsen.cues, (std::vector<std::string>{"said", "admitted"}));
  EXPECT_TRUE(result.speakers[1].anonymous);
  EXPECT_EQ(result.stats.named_sources, 1u);
  EXPECT_EQ(result.stats.anonymous_sources, 1u);
  EXPECT_EQ(result.stats.loaded_cues, 2u);
  EXPECT_EQ(result.stats.neutral_cues, 1u);
  EXPECT_EQ(result.stats.direct_quotes, 3u);
  EXPECT_EQ(result.stats.quoted_words, 10u);
}

}  // namespace
}  // namespace article_lens
