// Dash-set direct speech that opens after a sentence of the same paragraph, as Polish and Russian
// news write it. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteDialogueAfterSentence, TheSpeechOpensAfterTheParagraphsFirstSentence) {
  const auto pl = direct_quotes_of("Rada Ministrów przyjęła we wtorek projekt budżetu. – To budżet bezpieczeństwa "
                                   "i rozwoju – powiedział premier Donald Tusk na konferencji prasowej.", "pl");
  ASSERT_EQ(pl.size(), 1u);
  EXPECT_EQ(pl[0].text, "To budżet bezpieczeństwa i rozwoju");
  EXPECT_EQ(pl[0].speaker, "Donald Tusk");
  const auto ru = direct_quotes_of("Президент провёл совещание. — Это провокация, — заявил Песков. — Ответ будет.", "ru");
  ASSERT_EQ(ru.size(), 2u);
  EXPECT_EQ(ru[0].text, "Это провокация");
  EXPECT_EQ(ru[1].text, "Ответ будет.");
  EXPECT_EQ(ru[1].speaker, "Песков");
}

TEST(QuoteDialogueAfterSentence, AnAsideBetweenDashesIsNoSpeech) {
  // The dashes inside the first sentence set off an aside; the speech opens after the full stop.
  const auto pl = direct_quotes_of("Rząd – jak co roku – przyjął projekt. – To dobry budżet – ocenił minister "
                                   "Andrzej Domański.", "pl");
  ASSERT_EQ(pl.size(), 1u);
  EXPECT_EQ(pl[0].text, "To dobry budżet");
  // No attribution after the dashed words: nobody speaks.
  EXPECT_TRUE(direct_quotes_of("В Москве — как и в регионах — прошли акции. Это был первый раз. — Не знаю.", "ru").empty());
}

}  // namespace
}  // namespace article_lens
