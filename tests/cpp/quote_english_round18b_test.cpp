// English quotation phenomena of round 18b: a seat's letters after a party or place are a role, and
// the name in apposition speaks ("the local Conservative MP, Damian Green, said"); an owner's
// possessive before one name is no part of it ("Arsenal's Edu said"); a club's description after a
// sentence whose subject praised someone else names that subject; an age in commas keeps a name the
// subject of its sentence ("Saka, 23, said"); a former holder of an office is not who the bare
// office means now.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::first_of_kind;
using testing::read_article_quotes;

TEST(QuoteEnglishRound18b, ASeatsLettersAfterAPartyAreARoleAndTheNameSpeaks) {
  auto q = direct_quotes_of("The nearest Labour MP, Carol Denning, said: “This closure will hit the poorest families hardest.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "This closure will hit the poorest families hardest.");
  EXPECT_EQ(q[0].speaker, "Carol Denning");
  // After the town that owns the seat, in a reported clause, and the pronoun after it.
  const auto reading = read_article_quotes(
      "Hartwell's Conservative MP, Alan Pryce, said the scheme was “a waste of public money”. He added: “The town deserves a proper plan.”");
  const auto reported = first_of_kind(reading, "indirect");
  EXPECT_EQ(reported.speaker, "Alan Pryce");
  q = direct_quotes_of(
      "Hartwell's Conservative MP, Alan Pryce, said the scheme was a waste of money. He added: “The town deserves a proper plan.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The town deserves a proper plan.");
  EXPECT_EQ(q[0].speaker, "Alan Pryce");
  // After a party's word, with no article.
  q = direct_quotes_of("Wessex Party MEP, Helen Stroud, said: “Brussels has ignored the region.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Helen Stroud");
  // Two names before the letters are a name.
  q = direct_quotes_of("Alan Pryce MP said: “We will fight this.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker.find("Alan Pryce"), std::string::npos);
}

TEST(QuoteEnglishRound18b, AnOwnersPossessiveIsNoPartOfOneName) {
  const auto reading = read_article_quotes(
      "Tottenham's Richarlison said the squad had been training hard. “We believe we can finish fourth,” the Brazilian added.");
  const auto reported = first_of_kind(reading, "indirect");
  EXPECT_EQ(reported.text, "the squad had been training hard");
  EXPECT_EQ(reported.speaker, "Richarlison");
  const auto direct = first_of_kind(reading, "direct");
  EXPECT_EQ(direct.text, "We believe we can finish fourth,");
  EXPECT_EQ(direct.speaker, "Richarlison");
}

TEST(QuoteEnglishRound18b, AClubsDescriptionNamesTheSubjectWhoPraisedSomeoneElse) {
  auto q = direct_quotes_of(
      "Rob Edwards hails Jonny Rowe\n\nRob Edwards praised Jonny Rowe after the forward scored twice at Ashton Gate. “He never stops running,” the Luton manager said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "He never stops running,");
  EXPECT_EQ(q[0].speaker, "Rob Edwards");
}

TEST(QuoteEnglishRound18b, AnAgeInCommasKeepsTheNameTheSubject) {
  auto q = direct_quotes_of(
      "Kieran Tate scored the winner for Exeter in the second minute of stoppage time on Saturday. Tate, 21, said he had dreamed of the moment. “It means everything to my family,” the Wales international added.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "It means everything to my family,");
  EXPECT_EQ(q[0].speaker, "Kieran Tate");
}

TEST(QuoteEnglishRound18b, AFormerHolderIsNotWhomTheBareOfficeMeans) {
  auto q = direct_quotes_of(
      "The plan was attacked by Ruth Calder, the former Oregon governor, on Monday. Daniel Abbot defended it on Tuesday. “We will not back down,” the governor said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "We will not back down,");
  EXPECT_EQ(q[0].speaker, "Daniel Abbot");
  // The former office itself still names her.
  q = direct_quotes_of("Ruth Calder, the former Oregon governor, spoke at the rally. “This plan is reckless,” the former governor said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ruth Calder");
}

}  // namespace
}  // namespace article_lens
