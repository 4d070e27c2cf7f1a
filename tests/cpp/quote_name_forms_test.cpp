// Names with particles ("Ursula von der Leyen", "Luiz Inácio Lula da Silva") and two people who
// share a last name but not a first name. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteNameForms, ParticlesInsideANameBelongToIt) {
  const auto en = direct_quotes_of("Ursula von der Leyen said the EU would \"act fast\".", "en");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].speaker, "Ursula von der Leyen");
  EXPECT_EQ(en[0].mention, "Ursula von der Leyen");
  const auto pt = direct_quotes_of("O presidente Luiz Inácio Lula da Silva afirmou que o Brasil está \"pronto para ajudar\".", "pt");
  ASSERT_EQ(pt.size(), 1u);
  EXPECT_EQ(pt[0].speaker, "Luiz Inácio Lula da Silva");
  EXPECT_EQ(pt[0].mention, "O presidente Luiz Inácio Lula da Silva");
}

TEST(QuoteNameForms, AnotherFirstNameIsAnotherPerson) {
  const auto en = direct_quotes_of("President Luiz Inácio Lula da Silva said Brazil was \"ready to help\".\n\n"
                                   "\"There is no alternative,\" said minister Marina Silva.", "en");
  ASSERT_EQ(en.size(), 2u);
  EXPECT_EQ(en[0].speaker, "Luiz Inácio Lula da Silva");
  EXPECT_EQ(en[1].speaker, "Marina Silva");
  // A spelling variant or a case form of the same first name is the same person.
  const auto variant = direct_quotes_of("Aleksandr Lukashenko met the governors. \"We will win,\" said Alexander Lukashenko.", "en");
  ASSERT_EQ(variant.size(), 1u);
  EXPECT_EQ(variant[0].speaker, "Aleksandr Lukashenko");
  const auto pl = testing::read_article_quotes("Według posła Jacka Sasina rozmowy trwają. „Nie ustąpimy” – dodał Jacek Sasin.", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[0].speaker, pl.quotes[1].speaker);
}

}  // namespace
}  // namespace article_lens
