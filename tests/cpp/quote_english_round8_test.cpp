// English speakers that round 8 reads right: a description that goes on over the link to whom a
// role serves ("a longtime adviser to the mayor") and stays that description, a description's
// relative clause without a comma, a name the word limit would cut, and an inverted cue after a
// comma whose words before name nobody ("... in the 2011 race, said professor Lena Ortiz").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteEnglishRound8, ARoleServingSomeoneIsNotThatPerson) {
  // After the cue and before it: the person served names the role, not its holder.
  const auto q = direct_quotes_of(
      "Mayor Dora Quill spoke on Monday. “The budget is a mess,” said a longtime adviser to Quill, who declined to "
      "be identified.\n\n“We will fix it,” a senior aide to Quill said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "a longtime adviser to Quill");
  EXPECT_EQ(q[0].mention, "a longtime adviser to Quill, who declined to be identified");
  EXPECT_EQ(q[1].speaker, "a senior aide to Quill");
}

TEST(QuoteEnglishRound8, ASourceGoesOnOverItsLinkPhrase) {
  const auto q = direct_quotes_of(
      "“Nobody expected the vote,” said a source familiar with the talks.\n\n"
      "“The deal is close,” said sources close to Governor Abel Strand.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "a source familiar with the talks");
  EXPECT_TRUE(q[0].anonymous);
  EXPECT_EQ(q[1].speaker, "sources close to Governor Abel Strand");
}

TEST(QuoteEnglishRound8, ADescriptionQualifiedByANameGoesOnOverItsLink) {
  const auto q = direct_quotes_of(
      "“It was not a convincing pitch,” said one Democrat familiar with the meeting, who asked not to be named.\n\n"
      "“It will cost millions,” said one Republican involved in the planning.\n\n"
      "“Sure,” said a Republican strategist.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "one Democrat familiar with the meeting");
  EXPECT_EQ(q[1].speaker, "one Republican involved in the planning");
  EXPECT_EQ(q[2].speaker, "a Republican strategist");
}

TEST(QuoteEnglishRound8, ADescriptionRunningOnIntoAVerbStopsAtItsNoun) {
  // The run does not close at the link's end: the words after it are the sentence's, not the mention's.
  const auto q = direct_quotes_of(
      "“We are all tired of it,” wrote a Danish user from Aarhus going by the handle Fjord.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a Danish user");
}

TEST(QuoteEnglishRound8, ARelativeClauseWithoutACommaBelongsToTheMention) {
  const auto q = direct_quotes_of(
      "“It was awful to watch,” said the woman who ran the shelter for a decade.\n\n"
      "“We keep going,” said Sen. Omar Veld who represents the harbour district.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "the woman who ran the shelter for a decade");
  EXPECT_EQ(q[1].speaker, "Omar Veld");
  EXPECT_EQ(q[1].mention, "Sen. Omar Veld who represents the harbour district");
}

TEST(QuoteEnglishRound8, ANameTheWordLimitReachesRunsToItsEnd) {
  const auto q = direct_quotes_of("“The plan was never ours,” said the former senior aide to President John Q. Adams.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the former senior aide to President John Q. Adams");
  EXPECT_EQ(q[0].speaker, "the former senior aide to President John Q. Adams");
}

TEST(QuoteEnglishRound8, AnInvertedCueAfterWordsThatNameNobodyGivesThePersonAfterIt) {
  const auto q = direct_quotes_of(
      "Turnout rose “among rural voters most of all” in the 2011 race, said Lakeside College professor Lena Ortiz. "
      "“That was her base.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Lena Ortiz");
  EXPECT_EQ(q[1].speaker, "Lena Ortiz");
}

TEST(QuoteEnglishRound8, AQuoteEndingInANameGivesThatNameNoRoleFromTheSourceAfterIt) {
  // "... Vera Lund,” the governor said": the governor is not Vera Lund, and a letter is no war.
  const auto q = direct_quotes_of(
      "Governor Paul Brandt spoke on Friday. “I believe he is the best man to beat Vera Lund,” the governor said.\n\n"
      "“They should have stopped the camps of the Great Northern War,” the letter says. “Anything less fails.”");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Paul Brandt");
  EXPECT_EQ(q[1].speaker, "the letter");
  EXPECT_EQ(q[2].speaker, "the letter");
}

TEST(QuoteEnglishRound8, TheListenerOfATellingVerbIsNotTheSpeaker) {
  const auto q = direct_quotes_of(
      "The Nora Bell Trust did not want to comment on “that man,” telling Channel 9 that it was busy with its work.\n\n"
      "A second police source speaking to Radio North said, “The officers are still searching the woods.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Nora Bell Trust");
  EXPECT_EQ(q[1].speaker, "a second police source");
}

TEST(QuoteEnglishRound8, NamesQualifyingAGroupNounStayWithIt) {
  const auto q = direct_quotes_of(
      "The test was small. Nuclear safety experts said it lacked the \"explosive yield\" of a real bomb.\n\n"
      "Long before City Hall officials started to describe the fire as a “kitchen accident,” residents knew.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Nuclear safety experts");
  EXPECT_EQ(q[1].speaker, "City Hall officials");
}

TEST(QuoteEnglishRound8, AParticipleOpeningASentenceIsNoName) {
  const auto q = direct_quotes_of(
      "Senator Ida Marsh spoke last. Repeating one of her favourite lines, the senator said she was “not going "
      "anywhere.”\n\nFleming said the plan was “sound.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ida Marsh");
  EXPECT_EQ(q[1].speaker, "Fleming");  // a name ending like a participle, before its cue
}

TEST(QuoteEnglishRound8, AHeadlineWithItsBylineIsNoQuote) {
  const auto all = testing::read_article_quotes(
      "CLOSING—\"The Blue Door to shut its doors in March,\" by Gazette's Ruth Ames: \"The Blue Door, a small jazz "
      "club, will close.\"\n\nThe plan was called \"strategic patience\" by Omar Field, a professor.").quotes;
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].kind, "scare");  // the headline, with its writer after "by"
  EXPECT_EQ(all[1].kind, "direct");
  EXPECT_EQ(all[1].mention.substr(all[1].mention.size() - 9), "Ruth Ames");  // the writer after "by", not the club
  EXPECT_EQ(all[2].kind, "direct");  // an agent after "by" is no byline
}

TEST(QuoteEnglishRound8, ASpeakerWithAnAppositionOpeningTheNextSentenceSpeaks) {
  const auto q = direct_quotes_of(
      "Volunteers called voters all day.\n\n\"I am calling from the campaign. How are you today?\" Reyes, a retired "
      "nurse from the valley, said cheerfully into the phone.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Reyes");
}

TEST(QuoteEnglishRound8, APersonsBodyAfterTheCueBelongsToTheMention) {
  const auto q = direct_quotes_of("“People were still talking about it,” said Drew Hale of the Teachers Union.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Drew Hale");
  EXPECT_EQ(q[0].mention, "Drew Hale of the Teachers Union");
}

TEST(QuoteEnglishRound8, ACompoundNounAfterTheNamesEndsTheDescription) {
  const auto q = direct_quotes_of("“Vote for the whole list,” said the printed Ortega slate card.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the printed Ortega slate card");
}

TEST(QuoteEnglishRound8, APlaceAfterALinkIsNoSpeakerAfterTheCue) {
  // "remarking from Vermont": the place is no unlisted role before a name; the clause's subject speaks.
  const auto q = direct_quotes_of(
      "The retired judge spoke again in another interview, remarking from Vermont that he did not feel “this is a "
      "hard case.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the retired judge");
}

}  // namespace
}  // namespace article_lens
