// English quotation phenomena of round 15: names joined by "and" before a lower-case role name the
// show or pair the role serves, and the person after the role speaks ("Morecambe and Wise
// biographer Tom Hale"); "he" or "she" means no outlet or body when no person was named before
// ("According to Tech Pro, ... “...,” he said"); a party's members and a magazine's last word name a
// body, not a person; a description's participle keeps its day ("A statement released Friday");
// "master of ceremonies" is a role before a name; a cue whose subject names no person, inside the
// clause an earlier cue reports, is the earlier subject's ("Anna Berg says the line-up signals “...”").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::QuoteRead;
using testing::read_article_quotes;

TEST(QuoteEnglishRound15, JoinedNamesBeforeALowerCaseRoleNameWhatTheRoleServes) {
  auto q = direct_quotes_of("\"The show made careers,\" said Morecambe and Wise biographer Tom Hale.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The show made careers,");
  EXPECT_EQ(q[0].speaker, "Tom Hale");
  q = direct_quotes_of("Cagney and Lacey head writer Nina Boyd said: \"We wrote every episode twice.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We wrote every episode twice.");
  EXPECT_EQ(q[0].speaker, "Nina Boyd");
  // Two speakers, each with a title or none, stay two.
  q = direct_quotes_of("Ruth Park and pollster Sam Ode wrote: \"The polls were not wrong.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ruth Park and Sam Ode");
}

TEST(QuoteEnglishRound15, AGenderedPronounMeansNoBodyWhenNoPersonWasNamed) {
  auto q = direct_quotes_of(
      "According to Tech Pro, the phone will ship in May. \"We are confident in the screen,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We are confident in the screen,");
  EXPECT_EQ(q[0].mention, "he");
  EXPECT_EQ(q[0].speaker, "");
  q = direct_quotes_of("The BBC tested the phone. \"It is fast,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  // A person named before is still meant.
  q = direct_quotes_of(
      "Dan Oyelaran unveiled the phone in Lagos. According to Tech Pro, it will ship in May. "
      "\"We are confident in the screen,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dan Oyelaran");
}

TEST(QuoteEnglishRound15, APartysMembersNameABodyNotAPerson) {
  const auto reading = read_article_quotes(
      "Senate Democrats said the bill was dead. \"We will not support it,\" she said.");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_EQ(reading.quotes[0].kind, "indirect");
  EXPECT_EQ(reading.quotes[0].text, "the bill was dead");
  EXPECT_EQ(reading.quotes[0].speaker, "Senate Democrats");
  EXPECT_EQ(reading.quotes[1].kind, "direct");
  EXPECT_EQ(reading.quotes[1].speaker, "");
}

TEST(QuoteEnglishRound15, ADescriptionsParticipleKeepsItsDay) {
  auto q = direct_quotes_of("A report published Monday said the river was \"badly polluted\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "badly polluted");
  EXPECT_EQ(q[0].speaker, "a report published Monday");
  // A day after a name is the day of speaking.
  q = direct_quotes_of("Ms Okafor on Friday said the plan was \"unworkable\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Okafor");
}

TEST(QuoteEnglishRound15, MasterOfCeremoniesIsARoleBeforeAName) {
  auto q = direct_quotes_of("\"Welcome to the gala,\" said master of ceremonies Omar Haddad, a teacher from Leeds.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Welcome to the gala,");
  EXPECT_EQ(q[0].speaker, "Omar Haddad");
}

TEST(QuoteEnglishRound15, ACueReportedByAnEarlierCueIsItsSubjectsWhenItsOwnNamesNoPerson) {
  auto q = direct_quotes_of("Festival director Anna Berg says the strong line-up signals \"a new confidence in European film\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "a new confidence in European film");
  EXPECT_EQ(q[0].speaker, "Anna Berg");
  // A person by its noun keeps the words: "the man shouted".
  q = direct_quotes_of("Tom Reed was attacked on Friday. He said the man shouted: \"Get out of my shop!\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the man");
}

TEST(QuoteEnglishRound15, ADescriptionRunningIntoItsVerbAfterTheCueIsNoInvertedSpeaker) {
  // "..., say the drug reduced deaths": the clause follows the cue; the words before are its subject.
  const auto reading = read_article_quotes(
      "The doctors, whose trial ran in Leeds, say the drug reduced deaths by a third.");
  for (const QuoteRead& q : reading.quotes) {
    EXPECT_NE(q.text, "The doctors, whose trial ran in Leeds");
    EXPECT_NE(q.speaker, "the drug reduced deaths");
  }
  // An inverted speaker still follows a fronted clause: "..., said the chief economist".
  const auto inverted = read_article_quotes("Prices will rise again in spring, said the chief economist at the bank.");
  ASSERT_EQ(inverted.quotes.size(), 1u);
  EXPECT_EQ(inverted.quotes[0].kind, "indirect");
  EXPECT_EQ(inverted.quotes[0].text, "Prices will rise again in spring");
  EXPECT_EQ(inverted.quotes[0].speaker, "the chief economist");
}

TEST(QuoteEnglishRound15, APresentParticipleOfTheOccasionSetsOffAParenthesis) {
  auto reading = read_article_quotes("Nadia Hamid, reporting from Amman, said aid lorries had waited at the border for days.");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "indirect");
  EXPECT_EQ(reading.quotes[0].text, "aid lorries had waited at the border for days");
  EXPECT_EQ(reading.quotes[0].speaker, "Nadia Hamid");
  reading = read_article_quotes("Officials, speaking on Monday, said that the bridge would reopen in June.");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].text, "the bridge would reopen in June");
  EXPECT_EQ(reading.quotes[0].speaker, "Officials");
  // No inverted speaker where a clause opens after the cue.
  reading = read_article_quotes("The minister, writing in a Sunday paper, said the reforms were overdue.");
  for (const QuoteRead& q : reading.quotes) EXPECT_NE(q.speaker, "the reforms");
}

TEST(QuoteEnglishRound15, TheJudgeNamesAJusticeAgain) {
  const auto q = direct_quotes_of(
      "Justice Mary Wanjiru, sitting in Nairobi, ruled that the detention was unlawful. "
      "\"No citizen may be held without charge,\" the judge said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "No citizen may be held without charge,");
  EXPECT_EQ(q[0].mention, "the judge");
  EXPECT_EQ(q[0].speaker, "Mary Wanjiru");
}

TEST(QuoteEnglishRound15, GardaiSpeakAsAGroup) {
  const auto reading = read_article_quotes("Two men have been arrested in Limerick, gardaí said.");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "indirect");
  EXPECT_EQ(reading.quotes[0].text, "Two men have been arrested in Limerick");
  EXPECT_EQ(reading.quotes[0].speaker, "gardaí");
}

TEST(QuoteEnglishRound15, AnOutletOfTwoWordsInThePossessiveIsNoPartOfTheName) {
  auto q = direct_quotes_of("Sky News' Kate Lowry said the vote was \"on a knife edge\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "on a knife edge");
  EXPECT_EQ(q[0].speaker, "Kate Lowry");
  q = direct_quotes_of("\"The roads are closed,\" said Al Jazeera's Omar Nasser, reporting from Rafah.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Omar Nasser");
}

TEST(QuoteEnglishRound15, ADescriptionInAppositionBeforeTheCueIsNoSpeaker) {
  auto reading = read_article_quotes("The minister, a former teacher, said the bridge would reopen in June.");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].text, "the bridge would reopen in June");
  EXPECT_EQ(reading.quotes[0].speaker, "the minister");
  // Not a clause's opening phrase of place.
  reading = read_article_quotes("In Leeds, a spokesman said the bridge would reopen in June.");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].speaker, "a spokesman");
}

}  // namespace
}  // namespace article_lens
