// Round 16, Russian, Ukrainian and Polish: a role in the genitive after "по словам" / "według"
// standing for the person who holds it, passers-by quoted without a name, an interview's question
// and answer on one line, athletes named by their sport. All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::first_of_kind;
using testing::read_article_quotes;

TEST(QuoteSlavicRound16, ARoleInTheGenitiveAfterAnOpenerIsItsHolderNamedBefore) {
  const auto ru = read_article_quotes(
      "Главный тренер «Ротора» Олег Волков остался доволен игрой. По словам тренера, команда прибавила в обороне.\n", "ru");
  const auto ru_quote = first_of_kind(ru, "indirect");
  EXPECT_EQ(ru_quote.text, "команда прибавила в обороне");
  EXPECT_EQ(ru_quote.speaker, "Олег Волков");
  const auto uk = read_article_quotes(
      "Головний тренер «Карпат» Андрій Мельник оцінив гру команди. За словами тренера, гравцям забракло сил.\n", "uk");
  const auto uk_quote = first_of_kind(uk, "indirect");
  EXPECT_EQ(uk_quote.text, "гравцям забракло сил");
  EXPECT_EQ(uk_quote.speaker, "Андрій Мельник");
  const auto pl = read_article_quotes(
      "Minister infrastruktury Tomasz Lis otworzył nowy odcinek drogi. Według ministra, kolejny powstanie w ciągu roku.\n", "pl");
  const auto pl_quote = first_of_kind(pl, "indirect");
  EXPECT_EQ(pl_quote.text, "kolejny powstanie w ciągu roku");
  EXPECT_EQ(pl_quote.speaker, "Tomasz Lis");
}

TEST(QuoteSlavicRound16, ARoleInTheGenitiveThatNoOneHoldsIsShownInTheNominative) {
  const auto ru = read_article_quotes("По словам адвоката, его клиент не признает вину.\n", "ru");
  const auto quote = first_of_kind(ru, "indirect");
  EXPECT_EQ(quote.text, "его клиент не признает вину");
  EXPECT_EQ(quote.speaker, "адвокат");
}

TEST(QuoteSlavicRound16, APasserByQuotedWithoutANameIsAnUnnamedSource) {
  const auto ru = read_article_quotes(
      "Во дворе собрались жильцы соседних домов.\n— Воду отключили без предупреждения, — говорит мужчина.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "direct");
  EXPECT_EQ(ru.quotes[0].text, "Воду отключили без предупреждения");
  EXPECT_TRUE(ru.quotes[0].anonymous);
  const auto pensioner = read_article_quotes("Жильцы жалуются на шум стройки.\n— Спать невозможно с шести утра, — рассказывает пенсионер.\n", "ru");
  ASSERT_EQ(pensioner.quotes.size(), 1u);
  EXPECT_EQ(pensioner.quotes[0].text, "Спать невозможно с шести утра");
  EXPECT_EQ(pensioner.quotes[0].speaker, "пенсионер");
  EXPECT_TRUE(pensioner.quotes[0].anonymous);
  const auto pl = read_article_quotes("Na targu handluje starsza kobieta.\n– Klientów jest coraz mniej – mówi kobieta.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].text, "Klientów jest coraz mniej");
  EXPECT_TRUE(pl.quotes[0].anonymous);
  // The person just named, of the gender told, is still meant.
  const auto uk = read_article_quotes(
      "Мешканка Ізюма Ніна Коваль повернулася додому навесні. «Ми все відбудуємо», — каже жінка.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Ніна Коваль");
  EXPECT_FALSE(uk.quotes[0].anonymous);
}

TEST(QuoteSlavicRound16, AQuestionAndItsAnswerOnOneDashedLineAreTheIntervieweesAnswer) {
  const auto ru = read_article_quotes(
      "Мы поговорили с главврачом больницы Еленой Орловой.\n"
      "— Хватает ли врачей? — Нет, нам нужны ещё двадцать терапевтов.\n"
      "— Когда откроется новый корпус? — В декабре, если не подведут подрядчики.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].kind, "direct");
  EXPECT_EQ(ru.quotes[0].text, "Нет, нам нужны ещё двадцать терапевтов.");
  EXPECT_EQ(ru.quotes[0].speaker, "Елена Орлова");
  EXPECT_EQ(ru.quotes[1].text, "В декабре, если не подведут подрядчики.");
  EXPECT_EQ(ru.quotes[1].speaker, "Елена Орлова");
}

TEST(QuoteSlavicRound16, AnAthleteNamedByTheirSportIsThePlayerJustNamed) {
  const auto ru = read_article_quotes(
      "Защитник «Локомотива» Антон Силин забил победный гол. «Это лучший вечер в моей карьере», — сказал футболист.\n", "ru");
  const auto ru_quote = first_of_kind(ru, "direct");
  EXPECT_EQ(ru_quote.text, "Это лучший вечер в моей карьере");
  EXPECT_EQ(ru_quote.speaker, "Антон Силин");
  const auto pl = read_article_quotes(
      "Bramkarz Legii Piotr Gajos obronił dwa rzuty karne. – Czułem, że wyczytam strzelców – przyznał piłkarz.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Piotr Gajos");
}

TEST(QuoteSlavicRound16, AParliamentarianIsTheDeputyNamedBefore) {
  const auto ru = read_article_quotes(
      "Депутат Мосгордумы Ольга Шишкина выступила против поправок. «Горожан никто не спросил», — заявила парламентарий.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Ольга Шишкина");
}

TEST(QuoteSlavicRound16, ASentenceOpeningWithItsCueMayHaveAFillerBeforeItsComma) {
  const auto pl = read_article_quotes(
      "Prezes spółki Ewa Zawada zapowiedziała nowe inwestycje. Dodała również, że zatrudnienie wzrośnie.\n", "pl");
  const auto quote = first_of_kind(pl, "indirect");
  EXPECT_EQ(quote.text, "zatrudnienie wzrośnie");
  EXPECT_EQ(quote.speaker, "Ewa Zawada");
}

TEST(QuoteSlavicRound16, ATelegramChannelInLatinLettersStandsBetweenAnInvertedCueAndItsSubject) {
  const auto ru = read_article_quotes("«Движение по мосту откроют в пятницу», — написал в Telegram Игорь Лосев.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].text, "Движение по мосту откроют в пятницу");
  EXPECT_EQ(ru.quotes[0].speaker, "Игорь Лосев");
  const auto uk = read_article_quotes("«Світло повернули всім абонентам», — відреагував голова громади Петро Ткач.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Петро Ткач");
}

TEST(QuoteSlavicRound16, CourtReportsNameTheirSpeakersByTheirPartInTheTrial) {
  const auto ru = read_article_quotes(
      "Суд продлил арест бывшему директору завода. Как заявил в суде прокурор Илья Рябов, обвиняемый может давить на свидетелей.\n", "ru");
  const auto quote = first_of_kind(ru, "indirect");
  EXPECT_EQ(quote.text, "обвиняемый может давить на свидетелей");
  EXPECT_EQ(quote.speaker, "Илья Рябов");
  const auto last_word = read_article_quotes("«Я прошу суд о снисхождении», — сказал подсудимый в последнем слове.\n", "ru");
  ASSERT_EQ(last_word.quotes.size(), 1u);
  EXPECT_EQ(last_word.quotes[0].text, "Я прошу суд о снисхождении");
  EXPECT_EQ(last_word.quotes[0].speaker, "подсудимый");
}

TEST(QuoteSlavicRound16, AnAdjectiveBeforeATitleInTheGenitiveOpensTheSource) {
  const auto ru = read_article_quotes(
      "Президент Узбекистана Шавкат Мирзиёев провел совещание по экспорту. По словам узбекского лидера, объем поставок вырастет вдвое.\n", "ru");
  const auto quote = first_of_kind(ru, "indirect");
  EXPECT_EQ(quote.text, "объем поставок вырастет вдвое");
  EXPECT_EQ(quote.speaker, "Шавкат Мирзиёев");
  const auto pl = read_article_quotes("Zdaniem szkoleniowca, drużyna potrzebuje nowego napastnika.\n", "pl");
  const auto coach = first_of_kind(pl, "indirect");
  EXPECT_EQ(coach.text, "drużyna potrzebuje nowego napastnika");
  EXPECT_EQ(coach.speaker, "szkoleniowiec");
}

TEST(QuoteSlavicRound16, ReactingVerbsAttributeTheWordsTheyFollow) {
  const auto ru = read_article_quotes("«Такого я не ожидала», — удивилась Марина Зуева.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Марина Зуева");
  const auto uk = read_article_quotes("«Ми й не сперечалися», — парирував Тарас Ліщук.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Тарас Ліщук");
  const auto pl = read_article_quotes("– Pan nie zna tych liczb – ripostował Adam Pietrzak.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].text, "Pan nie zna tych liczb");
  EXPECT_EQ(pl.quotes[0].speaker, "Adam Pietrzak");
}

TEST(QuoteSlavicRound16, APolishNameInTheGenitiveAfterWedlugIsShownInTheNominative) {
  EXPECT_EQ(testing::first_speaker("Według rzecznika rządu Adama Szłapki, projekt trafi do Sejmu.\n", "pl"), "Adam Szłapka");
  EXPECT_EQ(testing::first_speaker("Zdaniem posłanki Joanny Muchy, ustawa jest zła.\n", "pl"), "Joanna Mucha");
}

}  // namespace
}  // namespace article_lens
