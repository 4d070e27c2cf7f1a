// English quotation phenomena of round 17: after a person's title a last word that also ends
// places is a surname ("Judge Peter Lane", "Mr Justice Lane"); a country's letters or name ending a
// body's name keep it from being a person a pronoun can mean ("Reform UK", "Air Canada"); a count
// of wins names the player again ("the seven-time world champion said"); a body that releases a
// statement saying speaks ("The town released a statement Wednesday saying"); a statement from a
// body credited with "according to" is that body's ("according to a statement from the club");
// marked words the writer calls "so-called" are a scare quote when no one is found to say them; a
// name after its party's possessive or a live blog's clock time opens its sentence for an office
// named next ("Labour's Wes Streeting ... the health secretary said"); a body described after a
// name's "of the" belongs to the name ("Jane Doe of the conservative Heritage Foundation said").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::read_article_quotes;

TEST(QuoteEnglishRound17, APlaceWordAfterATitleAndAFirstNameIsASurname) {
  auto q = direct_quotes_of("Judge Helen Bridge adjourned the hearing. “I will rule on Friday,” the judge said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "I will rule on Friday,");
  EXPECT_EQ(q[0].speaker, "Helen Bridge");
  q = direct_quotes_of("Mr Justice Hall refused bail. “The risk is too great,” the judge said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hall");
  // Without a title the run still names a place, which no later "he" means.
  q = direct_quotes_of("Tom Price stood outside. Crowds gathered on Abbey Road. “It is sacred,” he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Price");
}

TEST(QuoteEnglishRound17, ANameAfterItsPartysPossessiveOpensTheSentenceForAnOffice) {
  auto q = direct_quotes_of("Labour's Wes Streeting has responded to the report. “These waiting times are a scandal,” the health secretary said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Wes Streeting");
  EXPECT_EQ(q[0].mention, "the health secretary");
  // So does one after a live blog's clock time and its colon.
  q = direct_quotes_of("10.05am: Yvette Cooper has arrived in Dover. “The gangs must be stopped,” the home secretary said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Yvette Cooper");
  // Someone else named since still brings in someone new.
  q = direct_quotes_of("Labour's Wes Streeting met Ann Cole, Labour's candidate. “These waiting times are a scandal,” the health secretary said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Wes Streeting");
}

TEST(QuoteEnglishRound17, ACountryEndingABodysNameTakesNoLaterHe) {
  auto q = direct_quotes_of(
      "Colin Marsh toured the site on Friday. Reform UK has called for a public inquiry. “This should never have happened,” he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Colin Marsh");
  q = direct_quotes_of("Dev Patel waited at the gate for six hours. Air Canada cancelled 40 flights. “Nobody told us anything,” he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dev Patel");
  // Letters after a name are a body's unless they are a post-nominal or a numeral.
  q = direct_quotes_of("Doug Ferris met mayors on Thursday. The Ontario NDP called the plan a failure. “We're building homes,” he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Doug Ferris");
  q = direct_quotes_of("Doug Ferris met mayors on Thursday. Ruth Lane KC called the plan unlawful. “It will not survive a challenge,” she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ruth Lane KC");
}

TEST(QuoteEnglishRound17, ACountOfWinsNamesThePlayerAgain) {
  auto q = direct_quotes_of("Maria Lund finished third in the sprint. “My legs were gone,” the three-time world champion said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "My legs were gone,");
  EXPECT_EQ(q[0].speaker, "Maria Lund");
  EXPECT_EQ(q[0].mention, "the three-time world champion");
}

TEST(QuoteEnglishRound17, ABodyReleasingAStatementSayingSpeaks) {
  auto q = direct_quotes_of("The council released a statement on Friday saying the closure was “regrettable but necessary”.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "regrettable but necessary");
  EXPECT_EQ(q[0].mention, "The council");
  q = direct_quotes_of("The hospital trust issued a statement Tuesday saying staff had acted “in good faith”.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The hospital trust");
}

TEST(QuoteEnglishRound17, AStatementCreditedWithAccordingToIsItsIssuers) {
  auto q = direct_quotes_of("“We are heartbroken,” according to a statement released by Harbour City FC on Sunday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We are heartbroken,");
  EXPECT_EQ(q[0].speaker, "Harbour City FC");
  q = direct_quotes_of("“Talks will resume next week,” according to a joint statement from the two unions.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the two unions");
  // With no issuer named the statement stays the source.
  q = direct_quotes_of("“Inquiries are continuing,” according to a statement.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "a statement");
}

TEST(QuoteEnglishRound17, SoCalledWordsWithNoSpeakerAreAScareQuote) {
  auto reading = read_article_quotes("The so-called “fast track” has been condemned by both sides.");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "scare");
  EXPECT_EQ(reading.quotes[0].text, "fast track");
  // A speaker found keeps them speech.
  auto q = direct_quotes_of("It is the so-called “golden hour,” paramedic Ian Dunn said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ian Dunn");
}

TEST(QuoteEnglishRound17, ABodyDescribedAfterANamesOfTheStaysWithTheName) {
  auto q = direct_quotes_of("Ida Crane of the conservative Marlow Institute said the cuts were “long overdue”.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "long overdue");
  EXPECT_EQ(q[0].speaker, "Ida Crane");
  EXPECT_EQ(q[0].mention, "Ida Crane of the conservative Marlow Institute");
}

}  // namespace
}  // namespace article_lens
