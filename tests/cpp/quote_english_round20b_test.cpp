// English quotation phenomena of round 20b: a club's nickname before a role names the club's man
// given a title just before ("Leeds United manager X ... the Whites boss said"); a club's name that
// links with a particle of its own language is named whole, not by the place at its end; people
// "at" a body speak, described by their place; "the former executive" is the one whose sentence
// opened with that former office.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::expect_first;

TEST(QuoteEnglishRound20b, AClubsNicknameBeforeARoleNamesTheClubsManJustTitled) {
  auto q = direct_quotes_of(
      "Sheffield Wednesday boss Karl Brandt said his side had been unlucky. “We made enough chances to win twice,” the Owls "
      "manager said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "We made enough chances to win twice,");
  EXPECT_EQ(q[0].speaker, "Karl Brandt");
  // A nickname of two words.
  q = direct_quotes_of(
      "Sunderland head coach Tom Reilly was pleased with the point. “The lads never stopped running,” the Black Cats boss "
      "told BBC Radio Newcastle.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Reilly");
  // "chief" as the head.
  q = direct_quotes_of(
      "Everton manager Ray Bell was left frustrated by another home defeat. “We have to be better than that,” the Toffees "
      "chief said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ray Bell");
  // Another club's nickname is someone else.
  q = direct_quotes_of(
      "Everton manager Sam Doyle was left frustrated by another home defeat. “We have to be better than that,” the Gunners "
      "chief said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Sam Doyle");
}

TEST(QuoteEnglishRound20b, AClubsNameLinkedByAParticleIsNamedWhole) {
  expect_first("Sporting Clube de Braga said the forward would be out for six weeks.", "en", "indirect",
               "the forward would be out for six weeks", "Sporting Clube de Braga");
  expect_first("In a statement, Real Club Deportivo de Vigo said the coach had left by mutual consent.", "en", "indirect",
               "the coach had left by mutual consent", "Real Club Deportivo de Vigo");
  // A person named with a particle keeps the name: not a club.
  expect_first("Anna de Souza said the bridge would reopen in May.", "en", "indirect", "the bridge would reopen in May",
               "Anna de Souza");
}

TEST(QuoteEnglishRound20b, PeopleAtABodySpeakDescribedByTheirPlace) {
  expect_first("Researchers at the University of Leeds said the drug halved the risk of a second stroke.", "en", "indirect",
               "the drug halved the risk of a second stroke", "Researchers at the University of Leeds");
  expect_first("Economists at Morgan Stanley said inflation would fall below 3% by the summer.", "en", "indirect",
               "inflation would fall below 3% by the summer", "Economists at Morgan Stanley");
}

TEST(QuoteEnglishRound20b, AFormerOfficeWithoutBodyNamesTheOneItOpenedTheSentenceFor) {
  auto q = direct_quotes_of(
      "Former Northwind executive Paul Carney was jailed for five years on Friday. “I let down the people who trusted me,” "
      "the former executive told the court.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "I let down the people who trusted me,");
  EXPECT_EQ(q[0].speaker, "Paul Carney");
  // Another office before the name says nothing of the former one.
  q = direct_quotes_of(
      "Northwind chairman Paul Carney was questioned by MPs on Friday. “I let down the people who trusted me,” the former "
      "executive said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Paul Carney");
}

}  // namespace
}  // namespace article_lens
