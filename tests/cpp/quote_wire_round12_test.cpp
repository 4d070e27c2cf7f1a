// English wire and British news phenomena of round 12, found by reading a sample of BBC-style copy:
// a body named in an opening phrase of place is no part of the speaker after the comma ("In a
// speech at the London School of Economics, William Donaldson said"); a source phrase after a comma
// names no source before it; a speech verb in the passive ("he was told", "she was asked") is
// speech whose subject heard it; a participle after a comma ("…, saying her death was an accident")
// takes the clause's subject, not one after it; services and the press named by what they are
// ("police", "authorities") are sources; a person's place after a comma is no apposition ("Stacy
// Baker of Columbia, South Carolina, said"); a body's name runs on over its link ("said the Bank of
// England", "the Federation of Small Businesses"); "it said" means a body named before, never a
// person who spoke last; the object of "quoted X as saying" speaks; a shadow or deputy office is
// another office; a pronoun means no one the quote names in the third person; a set phrase with a
// speech verb ("Having said that,", "Anders gesagt") reports no one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::read_article_quotes;

std::vector<testing::QuoteRead> reported_of(const std::string& text) {
  std::vector<testing::QuoteRead> reported;
  for (testing::QuoteRead& q : read_article_quotes(text).quotes)
    if (q.kind == "indirect") reported.push_back(std::move(q));
  return reported;
}

TEST(QuoteWireRound12, ABodyInAnOpeningPhraseOfPlaceIsNotTheSpeaker) {
  const auto q = direct_quotes_of("In a lecture at the Royal College of Music, Helen Marsh promised \"a new start\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Helen Marsh");
  const auto r = direct_quotes_of("Speaking at the University of Leeds, Tom Brandt said the plan was \"sound\".");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Tom Brandt");
  // A person's town after the comma still belongs to them.
  const auto s = direct_quotes_of("Harry Bond of Charlotte, North Carolina, said the fee was \"a scandal\".");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Harry Bond");
}

TEST(QuoteWireRound12, APersonsPlaceAfterACommaIsNoApposition) {
  const auto q = read_article_quotes("Stacy Baker of Columbia, South Carolina, said the fee was a scandal.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Stacy Baker");
  // A role's place is: the name after the comma is the person.
  const auto r = direct_quotes_of("The mayor of Paris, Anne Hidalgo, said the fee was \"a scandal\".");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Anne Hidalgo");
}

TEST(QuoteWireRound12, ABodysNameRunsOnOverItsLinkToAName) {
  const auto q = read_article_quotes("Interest rates will stay at 3%, said the Central Bank of Ireland.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Central Bank of Ireland");
  const auto r = direct_quotes_of("The Federation of Independent Retailers said the rise was \"a heavy blow\".");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "the Federation of Independent Retailers");
  const auto s = direct_quotes_of("The Jewish Council of Scotland said the remarks were \"deeply hurtful\".");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "the Jewish Council of Scotland");
  // A person of a place is still the person.
  const auto t = direct_quotes_of("Rep. Ann Cole of Oklahoma said the bill was \"a mistake\".");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "Ann Cole");
}

TEST(QuoteWireRound12, ASourcePhraseAfterACommaNamesNoSourceBeforeIt) {
  for (const auto& q : reported_of("Instead, the cost of the new rules has kept the firms in Singapore, according to reports in the local press."))
    EXPECT_NE(q.speaker, "Instead") << q.text;
  const auto r = reported_of("The firm will cut 300 jobs, according to a company statement.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "The firm will cut 300 jobs");
}

TEST(QuoteWireRound12, APassiveSpeechVerbIsHeardNotSaidByItsSubject) {
  EXPECT_TRUE(reported_of("He refused, and within three weeks was told he would be moved to another prison.").empty());
  EXPECT_TRUE(reported_of("The mayor was told the bridge was unsafe.").empty());
  // Still speech, by someone unnamed: a direct quote with no speaker.
  const auto q = direct_quotes_of("Ann Lee was asked, \"Would you have told her to stop?\" She did not answer.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  // Not a progressive, nor a phrase that names its speaker.
  const auto r = reported_of("Tony Marsh is saying that prosperity means public services too.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Tony Marsh");
  const auto s = direct_quotes_of("Ann Lee was quoted as saying, \"We will not stop.\"");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Ann Lee");
}

TEST(QuoteWireRound12, AParticipleWithItsAgentAfterItIsPassive) {
  const auto q = direct_quotes_of("The deal includes the \"full\" sum from the Treasury announced by Chancellor Ann Reid.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Treasury");
  // A means is no agent.
  const auto r = direct_quotes_of("\"We will appeal,\" Tom Hale said by phone.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Tom Hale");
}

TEST(QuoteWireRound12, ASubjectAfterAClosingCueSpeaksForTheMarkedWords) {
  const auto q = direct_quotes_of(
      "Councils should set their fees at \"sensible levels\" after an average increase of 6%, says the regional government.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the regional government");
}

TEST(QuoteWireRound12, ItMeansTheBodyNamedBeforeNeverAPerson) {
  const auto q = direct_quotes_of(
      "The Northern Chamber of Trade welcomed the proposal. \"This move is the best of both worlds,\" it said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Northern Chamber of Trade");
  const auto r = read_article_quotes(
      "The ministry said on Monday that growth would slow. \"It will recover next year,\" it said.").quotes;
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].speaker, "the ministry");
  // A person who spoke last is no "it".
  const auto s = direct_quotes_of("\"We will rebuild,\" said Anna Berg. \"The plan is too costly,\" it said.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].speaker, "Anna Berg");
  EXPECT_EQ(s[1].speaker, "");
}

TEST(QuoteWireRound12, TheObjectOfAQuotingVerbAsSayingSpeaks) {
  const auto q = direct_quotes_of("\"The council has concerns about the plan,\" the agency quoted a union source as saying.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a union source");
  const auto r = direct_quotes_of("State television quoted the president as saying: \"We will win.\"");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "the president");
  const auto s = read_article_quotes("The agency quoted Ivan Sorokin as saying that the talks had failed.").quotes;
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].kind, "indirect");
  EXPECT_EQ(s[0].speaker, "Ivan Sorokin");
  EXPECT_EQ(s[0].text, "the talks had failed");
  // In the passive the subject is quoted.
  const auto t = direct_quotes_of("Ann Lee was quoted as saying, \"We will not stop.\"");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "Ann Lee");
}

TEST(QuoteWireRound12, AParticipleAfterACommaTakesTheClausesSubject) {
  const auto q = reported_of("The 64-year-old has denied the charge, saying his accuser had lied.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the 64-year-old");
  EXPECT_EQ(q[0].text, "his accuser had lied");
  const auto r = reported_of("Tom Reyes rejected the offer, saying it was too low.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Tom Reyes");
}

TEST(QuoteWireRound12, AForceOrBodyNamedWholeKeepsItsName) {
  const auto q = read_article_quotes("Thames Valley Police said the man had been arrested.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Thames Valley Police");
  const auto r = read_article_quotes("The Ugandan Media Council said the play would not be staged.").quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Ugandan Media Council");
  const auto s = read_article_quotes("A spokesman for Thames Valley Police said the man had been arrested.").quotes;
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "a spokesman for Thames Valley Police");
}

TEST(QuoteWireRound12, AShadowOrDeputyOfficeIsAnotherOffice) {
  const auto q = direct_quotes_of(
      "Chancellor Gordon Brown set out his plans on Sunday. Shadow Chancellor Oliver Letwin attacked them.\n\n"
      "The chancellor insisted his spending plans were \"affordable\".\n\n"
      "Deputy Prime Minister John Prescott spoke first. Prime Minister Tony Blair spoke next. Mr Prescott left early.\n\n"
      "\"We will win,\" the prime minister said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Gordon Brown");
  EXPECT_EQ(q[1].speaker, "Tony Blair");
  // The office whole still means its holder.
  const auto r = direct_quotes_of(
      "Shadow Chancellor Oliver Letwin spoke after the Budget.\n\n\"This is a tax grab,\" the shadow chancellor said.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Oliver Letwin");
}

TEST(QuoteWireRound12, APronounMeansNoOneTheQuoteNamesInTheThirdPerson) {
  const auto q = read_article_quotes(
      "Opposition spokesman Vince Carlile warned the picture was not as rosy as Mr Brandt would like to portray it. "
      "\"For all his talk of the economy, Peter Brandt's record is very mixed,\" he said.").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].speaker, "Vince Carlile");
  // Not across genders: "she" is not the man who spoke last.
  const auto r = read_article_quotes(
      "Tom Hale said the law was clear. Anna Berg disagreed with Mr Hale. \"Tom Hale is wrong,\" she said.").quotes;
  ASSERT_FALSE(r.empty());
  EXPECT_EQ(r.back().speaker, "Anna Berg");
}

TEST(QuoteWireRound12, ASetPhraseWithASpeechVerbReportsNoOne) {
  EXPECT_TRUE(read_article_quotes("Having said that, I am always pleased when cheats are caught.").quotes.empty());
  EXPECT_TRUE(read_article_quotes("Needless to say, the talks failed.").quotes.empty());
  EXPECT_TRUE(read_article_quotes("Anders gesagt, der Plan ist solide.", "de").quotes.empty());
  // A relative clause with the same words is speech: "a message that said, “...”".
  const auto q = direct_quotes_of("The page showed a message that said, \"Sorry, the item is gone.\"");
  ASSERT_EQ(q.size(), 1u);
}

TEST(QuoteWireRound12, PoliceAndAuthoritiesAreSources) {
  const auto q = reported_of("The man was arrested on Friday, police said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The man was arrested on Friday");
  const auto r = reported_of("The road would reopen on Monday, according to authorities.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "The road would reopen on Monday");
}

}  // namespace
}  // namespace article_lens
