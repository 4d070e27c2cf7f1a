// Speakers the lead read right in round 20. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteLeadRound20, AnOfficesSubjectBetweenTheTitleAndTheNameKeepsTheName) {
  auto q = read_article_quotes("«Ми відкрили центр», — сказала під час відкриття міністерка у справах ветеранів Олена Гребенюк.", "uk").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Олена Гребенюк");
  EXPECT_EQ(q[0].mention, "міністерка у справах ветеранів Олена Гребенюк");
  q = read_article_quotes("– Nie ma na to zgody – powiedział minister do spraw europejskich Jan Wróblewski.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jan Wróblewski");
  q = read_article_quotes("Pełnomocnik rządu ds. cyberbezpieczeństwa Marek Lis powiedział, że atak odparto.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Marek Lis");
  // A place after the role is no subject: the role alone speaks, and the name is no one's here.
  q = read_article_quotes("«Ми відкрили центр», — сказав мер у Львові.", "uk").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "мер");
}

}  // namespace
}  // namespace article_lens
