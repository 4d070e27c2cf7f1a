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

TEST(QuoteEnglishRound9, AClosingMarkSetOffByASpaceAfterACommaOrAnInnerMarkStillCloses) {
  const auto q = direct_quotes_of(
      "The clinic opened in May.\n\n''The reason it works is that it built strong coalitions, '' said Dr. Ana Lind, "
      "who runs it. ''Nobody expected that.''\n\n''I hate the term 'charity case,'  '' she said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].text, "The reason it works is that it built strong coalitions,");
  EXPECT_EQ(q[0].speaker, "Ana Lind");
  EXPECT_EQ(q[1].text, "Nobody expected that.");
  EXPECT_EQ(q[2].text, "I hate the term 'charity case,'");
  EXPECT_EQ(q[2].speaker, "Ana Lind");
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

TEST(QuoteEnglishRound9, TheListenerOfAnEmailIsNoSpeaker) {
  const auto q = direct_quotes_of(
      "It was unclear whether she would quit. The Ohio senator emailed donors saying: “The fight goes on” and "
      "vowing to stay.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The Ohio senator");
}

TEST(QuoteEnglishRound9, TheSourceCreditedAfterTheAttributionVouchesForTheQuote) {
  const auto all = testing::read_article_quotes(
      "The mayor spoke on Monday.\n\n“We will rebuild the bridge,” Ines Varga said at a briefing, according to "
      "the Harbor Gazette. “It will take a year.”\n\n“Nobody asked us,” Tom Reed said. “We pay for it.”");
  ASSERT_EQ(all.quotes.size(), 4u);
  EXPECT_EQ(all.quotes[0].speaker, "Harbor Gazette");
  EXPECT_EQ(all.quotes[0].cue, "according to");
  EXPECT_EQ(all.quotes[1].speaker, "Harbor Gazette");
  EXPECT_EQ(all.quotes[2].speaker, "Tom Reed");
  EXPECT_EQ(all.quotes[3].speaker, "Tom Reed");
}

TEST(QuoteEnglishRound9, TheSourceCreditedAfterAQuestionsAttributionVouchesForIt) {
  const auto q = direct_quotes_of(
      "The host pressed her on costs.\n\n“Is it really that general?” Mayor Ines Varga asked, according to a "
      "transcript of the show.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a transcript of the show");
  EXPECT_EQ(q[0].cue, "according to");
}

TEST(QuoteEnglishRound9, AccordingToAPronounOrAClauseAfterTheCueKeepsTheSpeaker) {
  const auto q = direct_quotes_of(
      "“The plan is sound,” Ines Varga said, according to her. “It is cheap,” Tom Reed said that day, adding "
      "that, according to the council, costs would fall.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ines Varga");
  EXPECT_EQ(q[1].speaker, "Tom Reed");
}

TEST(QuoteEnglishRound9, APronounWithItsVerbElidedOntoItIsNoName) {
  const auto q = direct_quotes_of(
      "It’s become such a force on the trail that Lena Holt thanked its members and called the union “the "
      "backbone of my campaign.” There’s no doubt, Holt added, that “they carried Iowa.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Lena Holt");
  EXPECT_EQ(q[1].speaker, "Lena Holt");
}

TEST(QuoteEnglishRound9, ACurlyClosingMarkWithTheSpaceAfterItLostStillCloses) {
  const auto all = testing::read_article_quotes(
      "Rita Moss posted twice. “We will not move the market!”Later that day she visited the square, where "
      "traders called the plan “a joke” and left.");
  ASSERT_EQ(all.quotes.size(), 2u);
  EXPECT_EQ(all.quotes[0].text, "We will not move the market!");
  EXPECT_EQ(all.quotes[1].text, "a joke");
}

TEST(QuoteEnglishRound9, ANumberOpeningTheSentenceIsNoName) {
  const auto q = direct_quotes_of(
      "Eleven senior aides said the plan was “dead.” Dozens of lawmakers called it “a relief.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "Eleven senior aides");
  EXPECT_EQ(q[1].mention, "Dozens of lawmakers");
  EXPECT_TRUE(q[0].described || q[0].anonymous);
}

TEST(QuoteEnglishRound9, ACueWordAfterHerWithAVerbAfterItIsANoun) {
  const auto q = direct_quotes_of(
      "Ann Lee told radio host Tom Reed on Monday that her tweet was “a joke.” Later she heard him say “fine.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ann Lee");
  EXPECT_EQ(q[0].cue, "told");
}

TEST(QuoteEnglishRound9, AMentionNeverEndsWithALinkWord) {
  const auto q = direct_quotes_of(
      "At the retreat, party chair Dana Holt scolded Reed for suggesting that members should “stay home.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].mention, "Reed for");
  EXPECT_EQ(q[0].speaker, "Dana Holt");
}

TEST(QuoteEnglishRound9, APronounAfterANewcomerIntroducedAsSubjectIsTheNewcomers) {
  const auto q = direct_quotes_of(
      "The council voted to close the market on Main Street.\n\n“It is a disaster for us,” said Ana Lind, who has "
      "sold bread there for years.\n\nHer neighbour, Tom Reed, agrees. “We were never asked,” he says.\n\n"
      "Former mayor Carl Dunn, 70, started the market in 1980. “It was a parking lot,” he said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Ana Lind");
  EXPECT_EQ(q[1].speaker, "Tom Reed");
  EXPECT_EQ(q[2].speaker, "Carl Dunn");
}

TEST(QuoteEnglishRound9, APronounKeepsTheLastSpeakerWhenNoNewcomerOpensTheSentenceBefore) {
  // A sentence opened by a pronoun, or a person the text named before, brings no newcomer.
  const auto q = direct_quotes_of(
      "“It is a disaster for us,” said Ana Lind, who sells bread. Tom Reed runs the stall next door.\n\n"
      "She visited the town hall on Monday. “Nobody listened,” she said.\n\nReed stayed home. “We will "
      "fight on,” Lind said. Reed agreed later. “We will,” he said.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "Ana Lind");
  EXPECT_EQ(q[1].speaker, "Ana Lind");
  EXPECT_EQ(q[2].speaker, "Ana Lind");
}

TEST(QuoteEnglishRound9, TheAttributionSentenceAfterAQuoteIsNoReportOfItsOwn) {
  const auto all = testing::read_article_quotes(
      "The host pressed her.\n\n“Is it really that general?” Ines Varga asked, according to a transcript. "
      "“We will see.” Tom Reed said the council would vote in May.");
  std::size_t reports = 0;
  for (const auto& q : all.quotes) {
    if (q.kind != "indirect") continue;
    ++reports;
    EXPECT_EQ(q.text, "the council would vote in May");
  }
  EXPECT_EQ(reports, 1u);
}

TEST(QuoteEnglishRound9, APlaceInTheAppositionIsNoSpeaker) {
  const auto q = direct_quotes_of(
      "''It was hard,'' Mr. Tom Reed, now 81 and retired in Dover, Del., said by telephone. Ms. Ana Lind, "
      "who lives in Salem, Ore., said: ''It was worse.''");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Tom Reed");
  EXPECT_EQ(q[1].speaker, "Ana Lind");
}

TEST(QuoteEnglishRound9, AParticipleSettingOffTheCircumstanceIsNoPredicate) {
  const auto q = direct_quotes_of(
      "The row began after Mayor Ines Varga, asked about the closures, had said, “We cannot pay for every "
      "bridge.” Tom Reed, reached by phone on Monday, said the plan was “dead.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ines Varga");
  EXPECT_EQ(q[1].speaker, "Tom Reed");
}

TEST(QuoteEnglishRound9, NowBetweenTheSpeakerAndTheCueIsNoPartOfTheSpeaker) {
  const auto q = direct_quotes_of("The rebels once feared him. Villagers now say that he is “our protector.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Villagers");
}

TEST(QuoteEnglishRound9, ATitleCasedFirstLineClosedByAFullStopNamesNoOne) {
  const auto q = direct_quotes_of(
      "Billionaire Ann Lee Says Harbor Plan Will Fail.\n\nThe investor Ann Lee said on Monday that the plan was "
      "“a fantasy.” “Nobody will pay for it,” she said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ann Lee");
  EXPECT_EQ(q[1].speaker, "Ann Lee");
}

TEST(QuoteEnglishRound9, AParticipleAfterTheQuoteTakesTheClauseSubjectNotItsObject) {
  const auto q = direct_quotes_of(
      "Dana Holt said the club would go on, but said, “It is time we change how we meet,” promising the Friends "
      "of the Harbor will return to its roots.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dana Holt");
}

TEST(QuoteEnglishRound9, ADayBetweenTheObjectAndTheParticipleStillLeadsToTheSubject) {
  const auto q = direct_quotes_of(
      "Mayor Ann Lee released a statement Wednesday saying the claims “are based on opinion, not facts,” and "
      "invited the critics to visit.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Lee");
}

TEST(QuoteEnglishRound9, ADialogueGoesOnOverALineOfNarrationThatNamesNoOneElse) {
  const auto q = direct_quotes_of(
      "\"I am calling from the campaign,\" Ann Miller, a retired nurse, said into the phone. \"We are talking with "
      "supporters.\"\n\nShe pauses.\n\n\"Well, thank you so much.\"\n\nTom Reed, her neighbour, waves from the "
      "porch.\n\n\"Is that the campaign again?\"");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[1].speaker, "Ann Miller");
  EXPECT_EQ(q[2].speaker, "Ann Miller");
  EXPECT_EQ(q[3].speaker, "");  // someone else was named in between
}

TEST(QuoteEnglishRound9, ABodyWithALinkInsideItsNameStaysWhole) {
  const auto q = direct_quotes_of("An ad paid for by the Club for Harbor Growth argues that “only Lee can win.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the Club for Harbor Growth");
}

}  // namespace
}  // namespace article_lens
