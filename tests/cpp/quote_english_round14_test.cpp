// English quotation phenomena of round 14: a body's name opened by a source word ("Police
// Scotland") or running across a link of purpose ("Transport for London", "the Institute for Fiscal
// Studies") speaks whole; "he" or "she" after a body spoke means the person named before, not the
// body; an office one person holds ("the prime minister") names the untitled person just named; a
// past tense opens a reported clause with no "that" after "said" ("said inflation remained high").
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

std::vector<QuoteRead> reported_of(const std::string& text) {
  std::vector<QuoteRead> reported;
  for (QuoteRead& q : read_article_quotes(text).quotes)
    if (q.kind == "indirect") reported.push_back(std::move(q));
  return reported;
}

TEST(QuoteEnglishRound14, ASourceWordOpeningABodysNameIsPartOfIt) {
  auto q = direct_quotes_of("Police Scotland said: \"A 52-year-old woman has been charged over the fire.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Police Scotland");
  const auto reported = reported_of("Ambulance Tasmania said three walkers were taken to hospital in Hobart.");
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_EQ(reported[0].speaker, "Ambulance Tasmania");
  // A title or a day after the source word is no body's name.
  q = direct_quotes_of("Police Commissioner Ann Roe said: \"We have made an arrest.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Roe");
  q = direct_quotes_of("Police on Friday said: \"We have made an arrest.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Police");
}

TEST(QuoteEnglishRound14, ABodysNameAcrossALinkOfPurposeSpeaksWhole) {
  auto q = direct_quotes_of("Transport for Wales said: \"Services on the line will resume on Monday.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Transport for Wales");
  q = direct_quotes_of("The Centre for Rural Studies said: \"Village shops are closing every week.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Centre for Rural Studies");
  // A title before the link keeps its person: "Minister for Health Joan Reilly".
  q = direct_quotes_of("Minister for Health Joan Reilly said: \"Waiting lists are falling.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Joan Reilly");
}

TEST(QuoteEnglishRound14, AGenderedPronounAfterABodyMeansThePersonNamedBefore) {
  auto q = direct_quotes_of(
      "Tom Baird, the club's owner, flew into Glasgow on Friday. The BBC reported that the sale had collapsed. "
      "\"It was never going to work,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Baird");
  q = direct_quotes_of(
      "Mary Kerr opened the new ward on Monday. Police Scotland said a man had been arrested nearby. "
      "\"The staff here are wonderful,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mary Kerr");
  // "it" still means the body, and a group that spoke has people in it whom "she" may be.
  q = direct_quotes_of("Mary Kerr opened the new ward on Monday. The council said the ward cost £4m. \"It is money well spent,\" it said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the council");
  q = direct_quotes_of("Mary Kerr opened the new ward on Monday. Residents said the noise had gone on for weeks. \"We cannot sleep,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Residents");
  // A person whose name ends in a place's word is no body ("Mike Lake"), and a body the index took
  // for a person is no person to go to.
  // A person of a body is no body: "he" after "the BPI spokesman" stays his.
  q = direct_quotes_of(
      "Ann Cole chairs the review. The BPI spokesman called the chart \"a great success\". \"It has driven interest in downloads,\" he said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "the BPI spokesman");
  q = direct_quotes_of("\"We will appeal,\" Jo Lake told the Courier. \"The ruling is wrong,\" she added.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Jo Lake");
}

TEST(QuoteEnglishRound14, AFirmOrOfficeNamedInCapitalsIsNoPerson) {
  const auto q = direct_quotes_of(
      "The Home Office announced the review on Friday. \"The current system is a mess,\" the home secretary said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the home secretary");
}

TEST(QuoteEnglishRound14, ATitleAfterLowerCaseRoleWordsOpensTheNameAfterACue) {
  const auto q = direct_quotes_of("\"Every step counts,\" said lead researcher Prof Ann Lowry.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Lowry");
}

TEST(QuoteEnglishRound14, AUniqueOfficeNamesThePersonJustNamedWithoutTitle) {
  auto q = direct_quotes_of("Ellen Marsh flew to Canberra on Tuesday. \"The partnership has never been stronger,\" the prime minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ellen Marsh");
  q = direct_quotes_of("Dan Okafor watched from the touchline. \"We were sloppy in the second half,\" said the manager.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dan Okafor");
  // An office many hold brings someone new; so does one after a person with another title, or a
  // passer-by who did not open the sentence.
  q = direct_quotes_of("Ellen Marsh flew to Canberra on Tuesday. \"The case is closed,\" the judge said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the judge");
  q = direct_quotes_of("Opposition Leader Ray Dunn spoke first. \"We are on track,\" the prime minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the prime minister");
  q = direct_quotes_of("A car hit a cyclist, Paul Renner, on the bridge. \"The road is a danger,\" the mayor said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the mayor");
}

TEST(QuoteEnglishRound14, APastTenseOpensAReportedClauseWithoutThat) {
  auto reported = reported_of("Governor Lena Holt said unemployment remained stubbornly high in the north.");
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_EQ(reported[0].text, "unemployment remained stubbornly high in the north");
  EXPECT_EQ(reported[0].speaker, "Lena Holt");
  reported = reported_of("Dr Ian Moss said the samples needed to be tested again.");
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_EQ(reported[0].text, "the samples needed to be tested again");
  // A participle closing the object of a verb that takes things reports nothing; nor does one before
  // its place or agent.
  EXPECT_TRUE(reported_of("The minister welcomed the plan announced on Monday.").empty());
  EXPECT_TRUE(reported_of("Police said the man arrested on Monday.").empty());
  // A noun phrase with no article, then a place or measure: "said 99 people drowned in ...".
  reported = reported_of("The agency said 40 swimmers drowned in rivers last year.");
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_EQ(reported[0].text, "40 swimmers drowned in rivers last year");
  // With the verb in marks: "said his side “deserved” the win".
  reported = reported_of("Coach Ian Platt said his team \"deserved\" the draw.");
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_EQ(reported[0].speaker, "Ian Platt");
  // After the listener too: "told the court the man attacked her".
  reported = reported_of("Ms Dale told the jury the defendant followed her home.");
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_EQ(reported[0].text, "the defendant followed her home");
}

TEST(QuoteEnglishRound14, ABodysWordInLowerCaseBeforeATitleIsNoClubsLetters) {
  // "bank" is a word, not a club's letters ("FC", "VfB"): the person after "bank governor" is
  // indexed, and "Ms Roe" later is her.
  const auto q = direct_quotes_of("He met central bank governor Ann Roe on Friday. \"Rates will stay where they are,\" Ms Roe said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Roe");
}

TEST(QuoteEnglishRound14, CommonwealthOfficesAndPoliceRanksAreTitles) {
  auto q = direct_quotes_of("Treasurer Ann Vella flew to Tokyo on Monday. \"Trade is the key to growth,\" the treasurer said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Vella");
  q = direct_quotes_of("\"We believe this was an isolated incident,\" Const. Ray Dube said in an email.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ray Dube");
  // Not "MP": "one Labour MP, who asked not to be named," is a description.
  q = direct_quotes_of("\"It is a shambles,\" one Labour MP, who asked not to be named, told the BBC.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].anonymous);
}

}  // namespace
}  // namespace article_lens
