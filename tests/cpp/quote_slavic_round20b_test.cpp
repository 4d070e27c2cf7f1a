// Round 20b, Russian, Ukrainian and Polish: a medium's generic noun means the outlet named just
// before. All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::QuoteRead;
using testing::QuoteReading;

QuoteRead second_indirect(const std::string& text, const std::string& lang) {
  const QuoteReading reading = testing::read_article_quotes(text, lang);
  std::size_t seen = 0;
  for (const QuoteRead& quote : reading.quotes)
    if (quote.kind == "indirect" && ++seen == 2) return quote;
  ADD_FAILURE() << "no second indirect quote: " << text;
  return {};
}

TEST(QuoteSlavicRound20b, AMediumsNounMeansTheOutletNamedJustBefore) {
  QuoteRead q = second_indirect(
      "В Самаре из-за прорыва трубы без отопления остались 30 домов, сообщил Telegram-канал Shot. По данным канала, ремонт "
      "займет двое суток.\n",
      "ru");
  EXPECT_EQ(q.text, "ремонт займет двое суток");
  EXPECT_EQ(q.speaker, "Shot");
  q = testing::expect_first("Об отставке губернатора пишет «Новая газета». По информации издания, указ подписан в пятницу.\n", "ru",
                            "indirect", "указ подписан в пятницу", "Новая газета");
  q = testing::expect_first("Про це повідомило видання «Дзеркало тижня». За даними видання, рішення ухвалили в четвер.\n", "uk",
                            "indirect", "рішення ухвалили в четвер", "Дзеркало тижня");
  q = testing::expect_first("Sprawę opisał portal Money.pl. Według portalu, spółka zwolni dwustu pracowników.\n", "pl", "indirect",
                            "spółka zwolni dwustu pracowników", "Money.pl");
}

TEST(QuoteSlavicRound20b, AMediumsNounWithNoOutletBeforeStaysAsWritten) {
  testing::expect_first("По данным издания, указ подписан в пятницу.\n", "ru", "indirect", "указ подписан в пятницу", "издание");
}

TEST(QuoteSlavicRound20b, AnOutletInMarksAfterTheClauseItReportsIsNoQuote) {
  const QuoteRead q = testing::expect_first("Трамваи на Лиговском не ходят с утра, пишет «Бумага».\n", "ru", "indirect",
                                            "Трамваи на Лиговском не ходят с утра", "Бумага");
  EXPECT_TRUE(testing::first_of_kind(testing::read_article_quotes("Трамваи на Лиговском не ходят с утра, пишет «Бумага».\n", "ru"),
                                     "direct")
                  .text.empty());
  testing::expect_first("Трамваи на Лиговском не ходят с утра, пишет «Бумага» со ссылкой на источник в городском комитете.\n", "ru",
                        "indirect", "Трамваи на Лиговском не ходят с утра", "Бумага");
}

TEST(QuoteSlavicRound20b, AnOutletOfTwoWordsInMarksThatEndsTheSentenceIsNamedWhole) {
  testing::expect_first("Тарифи на воду зростуть з липня, пише «Житомирська хвиля».\n", "uk", "indirect",
                        "Тарифи на воду зростуть з липня", "Житомирська хвиля");
}

TEST(QuoteSlavicRound20b, AClubInMarksAfterATitleIsNoName) {
  const QuoteRead q = testing::expect_first("«Мы проиграли заслуженно», — признал после игры наставник «Волги».\n", "ru", "direct",
                                            "Мы проиграли заслуженно", "наставник «Волги»");
  EXPECT_TRUE(q.described);
}

TEST(QuoteSlavicRound20b, ASourceWordAfterAGenitiveOpenerIsSingular) {
  testing::expect_first("За словами джерела в Міноборони, контракт підпишуть у травні.\n", "uk", "indirect",
                        "контракт підпишуть у травні", "джерело в Міноборони");
  testing::expect_first("Як повідомили джерела в Міноборони, контракт підпишуть у травні.\n", "uk", "indirect",
                        "контракт підпишуть у травні", "джерела");
  testing::expect_first("Według źródła w resorcie zdrowia szpitale dostaną dodatkowe środki.\n", "pl", "indirect",
                        "szpitale dostaną dodatkowe środki", "źródło w resorcie zdrowia");
}

TEST(QuoteSlavicRound20b, TheSideARoleServesGoesWithTheSource) {
  const QuoteRead q = testing::expect_first("Zdaniem obrońcy oskarżonej proces powinien zostać powtórzony.\n", "pl", "indirect",
                                            "proces powinien zostać powtórzony", "obrońca oskarżonej");
  EXPECT_EQ(q.mention, "obrońcy oskarżonej");
}

}  // namespace
}  // namespace article_lens
