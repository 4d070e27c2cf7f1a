// Round 20, Russian, Ukrainian and Polish: a source after a phrase governing the genitive runs on
// over the body it speaks for and where it sits. All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::expect_first;
using testing::QuoteRead;

TEST(QuoteSlavicRound20, ATitlesBodyInTheGenitiveBelongsToTheSourceWithOrWithoutAComma) {
  QuoteRead q = expect_first("Według rzecznika prasowego szpitala wojewódzkiego trzech rannych przeszło operacje.\n", "pl", "indirect",
                             "trzech rannych przeszło operacje", "rzecznik prasowego szpitala wojewódzkiego");
  EXPECT_EQ(q.mention, "rzecznika prasowego szpitala wojewódzkiego");
  q = expect_first("Zdaniem rzecznika marszałka województwa, przetarg zostanie powtórzony.\n", "pl", "indirect",
                   "przetarg zostanie powtórzony", "rzecznik marszałka województwa");
  EXPECT_EQ(q.mention, "rzecznika marszałka województwa");
  expect_first("Według kapitana gospodarzy zespół zasłużył na remis.\n", "pl", "indirect", "zespół zasłużył na remis",
               "kapitan gospodarzy");
  expect_first("Według przewodniczącego rady dzielnicy nowy park powstanie za dwa lata.\n", "pl", "indirect",
               "nowy park powstanie za dwa lata", "przewodniczącego rady dzielnicy");
}

TEST(QuoteSlavicRound20, WhereAnUnnamedSourceSitsBelongsToItsMention) {
  QuoteRead q = expect_first("По словам источника в силовых ведомствах, обыски прошли в трех городах.\n", "ru", "indirect",
                             "обыски прошли в трех городах", "источник в силовых ведомствах");
  EXPECT_EQ(q.mention, "источника в силовых ведомствах");
  EXPECT_TRUE(q.anonymous);
  q = expect_first("Według źródła w ministerstwie projekt trafi do Sejmu jesienią.\n", "pl", "indirect",
                   "projekt trafi do Sejmu jesienią", "źródło w ministerstwie");
  EXPECT_EQ(q.mention, "źródła w ministerstwie");
  q = expect_first("За інформацією джерела в Нацбанку, облікову ставку не змінять.\n", "uk", "indirect", "облікову ставку не змінять",
                   "джерело в Нацбанку");
  EXPECT_EQ(q.mention, "джерела в Нацбанку");
}

TEST(QuoteSlavicRound20, AChannelsNameInMarksRunsOverItsComma) {
  expect_first("Как сообщает Telegram-канал «Урал, срочно», торги приостановили на час.\n", "ru", "indirect",
               "торги приостановили на час", "Telegram-канал «Урал, срочно»");
}

TEST(QuoteSlavicRound20, WhatAnOutletFoundOutUnofficially) {
  expect_first("Jak nieoficjalnie ustaliło Radio Zet, posłanka odejdzie z klubu.\n", "pl", "indirect", "posłanka odejdzie z klubu",
               "Radio Zet");
}

TEST(QuoteSlavicRound20, WhatAnOutletReportsAfterTheClause) {
  expect_first("Most na Wiśle będzie zamknięty do czwartku – podaje portal krakow.pl.\n", "pl", "indirect",
               "Most na Wiśle będzie zamknięty do czwartku", "portal krakow.pl");
  EXPECT_TRUE(testing::read_article_quotes("Kelner podaje gościom zupę i drugie danie.\n", "pl").quotes.empty());
}

TEST(QuoteSlavicRound20, AnOutletsSourcesInMarksWithWhereTheySit) {
  const QuoteRead q = expect_first("За даними джерел «Економічної правди» в Міненерго, тарифи переглянуть у січні.\n", "uk", "indirect",
                                   "тарифи переглянуть у січні", "джерел «Економічної правди» в Міненерго");
  EXPECT_TRUE(q.anonymous);
}

TEST(QuoteSlavicRound20, APlaceAfterTheBodyBelongsToTheSourceBeforeTheClause) {
  expect_first("Według rzecznika straży pożarnej w Sanoku ogień strawił dach budynku.\n", "pl", "indirect",
               "ogień strawił dach budynku", "rzecznik straży pożarnej");
}

TEST(QuoteSlavicRound20, WhereTheBodyIsFromEndsTheSourceButNotItsMention) {
  const QuoteRead q = expect_first("Według rzecznika klubu z Bułgarskiej trener zostanie do końca sezonu.\n", "pl", "indirect",
                                   "trener zostanie do końca sezonu", "rzecznik klubu");
  EXPECT_EQ(q.mention, "rzecznika klubu");
}

TEST(QuoteSlavicRound20, AClauseSubjectAfterTheSourceStaysOutOfIt) {
  // The noun after the source opens the clause, with no comma or with the verb before the comma.
  expect_first("Według policji motocyklista jechał za szybko, a droga była mokra.\n", "pl", "indirect",
               "motocyklista jechał za szybko, a droga była mokra", "policja");
  expect_first("Według rzecznika szpitala Anna Wolska opuściła już oddział.\n", "pl", "indirect", "opuściła już oddział", "Anna Wolska");
}

TEST(QuoteSlavicRound20, APlaceOrTimeOpeningTheClauseIsNoPartOfAGroupsSource) {
  // With no comma, a place right after a group or title may be the clause's; only an unnamed source
  // is said where it sits. A clause that opens with its verb after a place took that place.
  for (const char* text : {"Według strażaków w hali magazynowej przebywało wtedy pięciu pracowników.\n",
                           "Zdaniem analityków w przyszłym kwartale stopy procentowe spadną.\n"}) {
    const testing::QuoteReading reading = testing::read_article_quotes(text, "pl");
    for (const QuoteRead& q : reading.quotes) EXPECT_EQ(q.mention.find(" w "), std::string::npos) << text;
  }
  // (Nor is when the source spoke, up to the comma.)
  const QuoteRead q = expect_first("По словам мэра в четверг, движение трамваев восстановят к выходным.\n", "ru", "indirect",
                                   "движение трамваев восстановят к выходным", "мэр");
  EXPECT_EQ(q.mention, "мэра");
}

TEST(QuoteSlavicRound20, AWebAddressIsOneWordNamingTheOutlet) {
  expect_first("Jak podaje serwis wp.pl, minister złoży dymisję jeszcze w tym tygodniu.\n", "pl", "indirect",
               "minister złoży dymisję jeszcze w tym tygodniu", "serwis wp.pl");
  expect_first("Как сообщает сайт ngs.ru, движение по мосту восстановят к вечеру.\n", "ru", "indirect",
               "движение по мосту восстановят к вечеру", "сайт ngs.ru");
  expect_first("Як пише zaxid.net, ремонт дороги завершать до осені.\n", "uk", "indirect", "ремонт дороги завершать до осені", "zaxid.net");
}

}  // namespace
}  // namespace article_lens
