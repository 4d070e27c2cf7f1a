// Unnamed sources in several languages: what they are close to belongs to their mention, and the
// outlet addressed between the cue and the source ("powiedział nam") is passed over. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteUnnamedSources, WhatASourceIsCloseToBelongsToItsMention) {
  const auto es = direct_quotes_of("Fuentes cercanas a la negociación explicaron que el acuerdo \"está muy cerca\".", "es");
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].mention, "Fuentes cercanas a la negociación");
  EXPECT_TRUE(es[0].anonymous);
  const auto it = direct_quotes_of("Una fonte vicina al dossier ha detto che l'accordo è «molto vicino».", "it");
  ASSERT_EQ(it.size(), 1u);
  EXPECT_EQ(it[0].mention, "Una fonte vicina al dossier");
  EXPECT_TRUE(it[0].anonymous);
}

TEST(QuoteUnnamedSources, TheAddressedOutletIsNoPartOfTheSource) {
  const auto pl = direct_quotes_of("– Decyzja już zapadła – powiedziało nam źródło w rządzie.", "pl");
  ASSERT_EQ(pl.size(), 1u);
  EXPECT_EQ(pl[0].mention.rfind("źródło", 0), 0u);  // not "nam"
  EXPECT_TRUE(pl[0].anonymous);
  const auto named = direct_quotes_of("– Decyzja już zapadła – powiedział nam minister Jan Nowak.", "pl");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].mention, "minister Jan Nowak");
  const auto ru = direct_quotes_of("«Решение принято», — сказал нам министр Иван Петров.", "ru");
  ASSERT_EQ(ru.size(), 1u);
  EXPECT_EQ(ru[0].speaker, "Иван Петров");
  EXPECT_EQ(ru[0].mention, "министр Иван Петров");
}

TEST(QuoteUnnamedSources, TheReportedClauseFollowsTheSourcesApposition) {
  const auto ru = testing::read_article_quotes("По словам источника, близкого к Кремлю, встреча может пройти в июне.", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "indirect");
  EXPECT_EQ(ru.quotes[0].text, "встреча может пройти в июне");
  EXPECT_TRUE(ru.quotes[0].anonymous);
  const auto en = testing::read_article_quotes("According to Anna Berg, the minister, the talks will go on.", "en");
  ASSERT_EQ(en.quotes.size(), 1u);
  EXPECT_EQ(en.quotes[0].text, "the talks will go on");
}

}  // namespace
}  // namespace article_lens
