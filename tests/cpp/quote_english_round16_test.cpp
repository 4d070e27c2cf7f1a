// English quotation phenomena of round 16: a curly opening mark closed by a straight one, the
// paragraph's last double mark ("a “good neighbour," who ..."); two people joined by "and" before
// a colon speak together ("Ruth Park and Sam Ode: “...”"); an age or family epithet names the person
// just named again ("Jane Roe, 22, ... the 22-year-old said", "the mother-of-two told"); so do
// the epithets of local and court copy ("the pensioner said"); a live blog's clock time opens an
// entry before its speaker ("14:02 Rachel Reeves: “...”"); a listener of one word comes before a
// clause without "that" ("told jurors the defendant had lied"); a relative clause set off by
// commas stands between a description and its cue ("The official, who requested anonymity, said");
// verbs of manner are cues after a quote ("“...,” beamed the forward"); a party named like a person
// ("Fine Gael") takes no later "he"; two roles joined by "and" come before a name ("said Acme
// founder and CEO Jordan Blake"); a participle after a quote's cue reports for its speaker ("“...,” he
// said, adding that ...").
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

// The one quote of `text`: reported speech with these words and speaker.
void expect_one_report(const std::string& text, const std::string& words, const std::string& speaker) {
  const auto reading = read_article_quotes(text);
  ASSERT_EQ(reading.quotes.size(), 1u) << text;
  EXPECT_EQ(reading.quotes[0].kind, "indirect") << text;
  EXPECT_EQ(reading.quotes[0].text, words) << text;
  EXPECT_EQ(reading.quotes[0].speaker, speaker) << text;
}

TEST(QuoteEnglishRound16, AStraightMarkClosesACurlyQuoteAsTheParagraphsLastDoubleMark) {
  auto q = direct_quotes_of(
      "The mayor called the bakery a “good neighbour,\" which had fed the town for decades.\n\n"
      "“We will miss them,” said Councillor Ada Nwosu.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "good neighbour,");
  EXPECT_EQ(q[1].text, "We will miss them,");
  EXPECT_EQ(q[1].speaker, "Ada Nwosu");
  // At a paragraph's end, the mixed closing mark is not part of the words.
  q = direct_quotes_of("She added: “we cannot ignore how much the rules have changed since 2019.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "we cannot ignore how much the rules have changed since 2019.");
  // A straight pair inside a curly quote stays a nested quote.
  q = direct_quotes_of("“They called it \"a scandal\" on air,” said Ben Orr.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "They called it \"a scandal\" on air,");
  EXPECT_EQ(q[0].speaker, "Ben Orr");
}

TEST(QuoteEnglishRound16, TwoJoinedNamesBeforeAColonSpeakTogether) {
  auto q = direct_quotes_of("Ruth Park and Sam Ode: “We never expected this many people to come.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We never expected this many people to come.");
  EXPECT_EQ(q[0].speaker, "Ruth Park and Sam Ode");
  // One name alone still speaks alone.
  q = direct_quotes_of("Ruth Park: “We never expected this.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ruth Park");
}

TEST(QuoteEnglishRound16, AnAgeEpithetNamesThePersonJustNamed) {
  auto q = direct_quotes_of(
      "Jane Roe, 22, was arrested at the scene on Friday night. \"It was a mistake,\" the 22-year-old said outside court.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "It was a mistake,");
  EXPECT_EQ(q[0].mention, "the 22-year-old");
  EXPECT_EQ(q[0].speaker, "Jane Roe");
  q = direct_quotes_of(
      "Kerry Lyle lost her home in the floods. \"We have nothing left,\" the mother-of-two told the Echo.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kerry Lyle");
  // Two people named in the sentence before: the epithet could mean either.
  q = direct_quotes_of(
      "Jane Roe, 22, and Amy Cole, 24, were arrested on Friday. \"It was a mistake,\" the 22-year-old said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Amy Cole");
}

TEST(QuoteEnglishRound16, LocalCopysEpithetsNameThePersonJustNamed) {
  const auto q = direct_quotes_of(
      "Tom Vance, 67, has lived on the street for forty years. \"Nobody asked us,\" the pensioner said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Nobody asked us,");
  EXPECT_EQ(q[0].mention, "the pensioner");
  EXPECT_EQ(q[0].speaker, "Tom Vance");
  const auto shop = direct_quotes_of(
      "Gary Webb has run the corner shop for decades. \"I've never seen it this bad,\" the shopkeeper said.");
  ASSERT_EQ(shop.size(), 1u);
  EXPECT_EQ(shop[0].speaker, "Gary Webb");
}

TEST(QuoteEnglishRound16, ALiveBlogsClockTimeOpensNoSpeaker) {
  auto q = direct_quotes_of("Key events\n14:02 Rachel Reeves: \"We will not return to austerity.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We will not return to austerity.");
  EXPECT_EQ(q[0].speaker, "Rachel Reeves");
  q = direct_quotes_of("Updates\n3.15pm GMT Keir Starmer said: \"We'll see.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Keir Starmer");
  // A time inside the sentence is left alone.
  q = direct_quotes_of("At 9.30 the minister said: \"We have the votes.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the minister");
}

TEST(QuoteEnglishRound16, AVerbOfMannerAfterAQuoteIsItsCue) {
  auto q = direct_quotes_of("\"It's massive for us,\" beamed the Arsenal forward Ben Ode.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "It's massive for us,");
  EXPECT_EQ(q[0].speaker, "Ben Ode");
  q = direct_quotes_of("Anna Lee looked up. \"We did it,\" she laughed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Anna Lee");
  // Court and South Asian press English.
  q = direct_quotes_of("\"The scheme will be extended,\" Ravi Shankar averred.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ravi Shankar");
  expect_one_report("The minister disclosed that the talks had failed.", "the talks had failed", "the minister");
}

TEST(QuoteEnglishRound16, APartyNamedLikeAPersonTakesNoLaterHe) {
  for (const std::string party : {"Sinn Féin wants", "Fine Gael wants", "Plaid Cymru wants", "Just Stop Oil wants"}) {
    const auto q = direct_quotes_of("Ed Davey visited a farm. " + party + " a vote. “We will not give up,” he said.");
    ASSERT_EQ(q.size(), 1u) << party;
    EXPECT_EQ(q[0].mention, "he") << party;
    EXPECT_EQ(q[0].speaker, "Ed Davey") << party;
  }
  // The party still speaks as a body.
  const auto reading = read_article_quotes("Sinn Féin said the vote was \"a historic moment\".");
  ASSERT_FALSE(reading.quotes.empty());
  EXPECT_EQ(reading.quotes[0].speaker, "Sinn Féin");
}

TEST(QuoteEnglishRound16, TwoRolesJoinedByAndComeBeforeTheName) {
  for (const std::string cue : {"said Acme founder and CEO Jordan Blake", "said president and chief executive Jordan Blake",
                                "said Acme co-founder and chief executive Jordan Blake"}) {
    const auto q = direct_quotes_of("\"Our mission has always been simple,\" " + cue + ".");
    ASSERT_EQ(q.size(), 1u) << cue;
    EXPECT_EQ(q[0].text, "Our mission has always been simple,") << cue;
    EXPECT_EQ(q[0].speaker, "Jordan Blake") << cue;
  }
  // Two people joined by "and" stay two.
  const auto q = direct_quotes_of("\"We are ready,\" said Trump and Vice President Mike Pence.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Trump and Mike Pence");
}

TEST(QuoteEnglishRound16, AParticipleAfterAQuotesCueReportsForItsSpeaker) {
  const auto reading = read_article_quotes(
      "Ali Khan spoke in Lahore. \"We will not allow it,\" he said, adding that strict action would be taken.");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_EQ(reading.quotes[0].kind, "direct");
  EXPECT_EQ(reading.quotes[0].speaker, "Ali Khan");
  EXPECT_EQ(reading.quotes[1].kind, "indirect");
  EXPECT_EQ(reading.quotes[1].text, "strict action would be taken");
  EXPECT_EQ(reading.quotes[1].speaker, "Ali Khan");
  // A participle of no speech reports nothing.
  EXPECT_EQ(read_article_quotes("\"We will not allow it,\" Ali Khan said, pointing to the crowd.").quotes.size(), 1u);
}

TEST(QuoteEnglishRound16, AOneWordListenerComesBeforeTheReportedClause) {
  expect_one_report("Prosecutor Ian Moss told jurors the defendant had lied repeatedly.", "the defendant had lied repeatedly",
                    "Ian Moss");
  expect_one_report("Ann Lee told Reuters the deal was off.", "the deal was off", "Ann Lee");
  expect_one_report("Ann Lee told him the plan would fail.", "the plan would fail", "Ann Lee");
  // A thing told is no clause: "told him the truth".
  EXPECT_TRUE(read_article_quotes("Ann Lee told him the truth.").quotes.empty());
}

TEST(QuoteEnglishRound16, ARelativeClauseSetOffByCommasStandsBetweenSubjectAndCue) {
  expect_one_report("The official, who requested anonymity, said the summary had been sent.", "the summary had been sent",
                    "the official");
  expect_one_report("The minister, who was speaking in Lahore, told Dawn that the budget would pass.", "the budget would pass",
                    "the minister");
  // A place before its relative clause is no speaker.
  expect_one_report("In Leeds, where the plant is based, workers said they were shocked.", "they were shocked", "workers");
}

}  // namespace
}  // namespace article_lens
