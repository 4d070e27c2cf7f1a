// Round 15b, Russian, Ukrainian and Polish: a title alone as the source with no comma after it, the
// person told in the dative after the speaker's name, adjectival surnames in the instrumental, and
// bare descriptions of the person just named. All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteSlavicRound15b, ATitleAloneAsTheSourceClosesBeforeTheClauseWithNoComma) {
  // (The minister no one names is who the title says.)
  const auto pl = read_article_quotes("Według ministra nowe dopłaty trafią do rolników jeszcze w maju.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].kind, "indirect");
  EXPECT_EQ(pl.quotes[0].text, "nowe dopłaty trafią do rolników jeszcze w maju");
  EXPECT_EQ(pl.quotes[0].speaker, "minister");
  const auto ru = read_article_quotes(
      "Министр спорта Михаил Дегтярев приехал в Казань. По словам министра новые стадионы построят к 2028 году.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "indirect");
  EXPECT_EQ(ru.quotes[0].text, "новые стадионы построят к 2028 году");
  EXPECT_EQ(ru.quotes[0].speaker, "Михаил Дегтярев");
  // A genitive after the title goes on naming the source: no clause opens there.
  const auto office = read_article_quotes("По словам министра обороны страны, учения пройдут в сентябре.\n", "ru");
  ASSERT_EQ(office.quotes.size(), 1u);
  EXPECT_EQ(office.quotes[0].text, "учения пройдут в сентябре");
}

TEST(QuoteSlavicRound15b, ASurnameInTheDativeAfterTheSpeakersNameIsThePersonTold) {
  const auto ru = read_article_quotes("Как сказал Андрей Воробьев Собянину, дорогу достроят к зиме.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "indirect");
  EXPECT_EQ(ru.quotes[0].text, "дорогу достроят к зиме");
  EXPECT_EQ(ru.quotes[0].speaker, "Андрей Воробьев");
  // A patronymic before an uninflected surname is no speaker's name followed by the one told.
  const auto full = read_article_quotes("Как сказал Сергей Кужугетович Шойгу, учения завершены.\n", "ru");
  ASSERT_EQ(full.quotes.size(), 1u);
  EXPECT_EQ(full.quotes[0].speaker, "Сергей Кужугетович Шойгу");
}

TEST(QuoteSlavicRound15b, AnAdjectivalSurnameInTheInstrumentalTakesTheTextsNominative) {
  const auto uk = read_article_quotes(
      "Зустріч з Олексієм Гнатовим тривала дві години. «Ми домовилися про ремонт мосту», – сказав Олексій Гнатовий.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].kind, "direct");
  EXPECT_EQ(uk.quotes[0].speaker, "Олексій Гнатовий");
  // A noun's surname keeps its nominative ("з Олегом Роговим" is Олег Рогов).
  const auto noun = read_article_quotes(
      "Зустріч з Олегом Роговим тривала годину. «Ми домовилися про ремонт», – сказав Рогов.\n", "uk");
  ASSERT_EQ(noun.quotes.size(), 1u);
  EXPECT_EQ(noun.quotes[0].speaker, "Олег Рогов");
}

TEST(QuoteSlavicRound15b, ABareDescriptionAfterThePersonJustNamedIsThem) {
  const auto pl = read_article_quotes(
      "Zdaniem Tomasza Lenza reforma sądów jest konieczna.\n– Nie możemy dłużej czekać – mówił poseł KO.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[1].kind, "direct");
  EXPECT_EQ(pl.quotes[1].text, "Nie możemy dłużej czekać");
  EXPECT_EQ(pl.quotes[1].speaker, "Tomasz Lenz");
  const auto ru = read_article_quotes(
      "Ирина Волкова держит кафе на набережной. «Туристов стало вдвое меньше», — говорит женщина.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Ирина Волкова");
  // A woman is no man just named.
  const auto other = read_article_quotes(
      "Иван Волков держит кафе на набережной. «Туристов стало вдвое меньше», — говорит женщина.\n", "ru");
  ASSERT_EQ(other.quotes.size(), 1u);
  EXPECT_NE(other.quotes[0].speaker, "Иван Волков");
}

}  // namespace
}  // namespace article_lens
