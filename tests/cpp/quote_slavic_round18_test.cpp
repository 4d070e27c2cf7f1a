// Round 18, Russian, Ukrainian and Polish: a person joined to their body by "z" before the cue, a
// body's head with its adjectives after a title, a group with its adjectives after "według" or
// "по словам" and no comma, a name quoted after an outlet in marks. All sentences are written for
// these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::expect_first;
using testing::read_article_quotes;

TEST(QuoteSlavicRound18, APersonFromABodyBeforeTheCueSpeaksNotTheBody) {
  expect_first("Aspirant Ewa Mróz z Komendy Powiatowej Policji w Sanoku przekazała, że poszukiwania trwały całą noc.\n", "pl",
               "indirect", "poszukiwania trwały całą noc", "Ewa Mróz");
  expect_first("Prokurator Adam Lis z Prokuratury Rejonowej w Opolu poinformował, że śledztwo potrwa do jesieni.\n", "pl", "indirect",
               "śledztwo potrwa do jesieni", "Adam Lis");
}

TEST(QuoteSlavicRound18, ABodyWithItsAdjectivesAfterATitleNamesNoOne) {
  expect_first("– Kierowca był trzeźwy – przekazał rzecznik prasowy Komendy Miejskiej Policji w Radomiu.\n", "pl", "direct",
               "Kierowca był trzeźwy", "rzecznik prasowy Komendy Miejskiej Policji");
  // A full name after the body is still the person.
  expect_first("Przewodnicząca Rady Miejskiej Anna Sowa powiedziała, że sesja odbędzie się w czwartek.\n", "pl", "indirect",
               "sesja odbędzie się w czwartek", "Anna Sowa");
}

TEST(QuoteSlavicRound18, AGroupWithItsAdjectivesOpensTheSentenceWithoutAComma) {
  expect_first("Według okolicznych rolników woda podeszła pod same domy.\n", "pl", "indirect", "woda podeszła pod same domy",
               "okolicznych rolników");
  expect_first("По словам местных жителей свет отключили еще вечером.\n", "ru", "indirect", "свет отключили еще вечером",
               "местные жители");
  expect_first("За даними місцевих жителів вибух пролунав близько опівночі.\n", "uk", "indirect", "вибух пролунав близько опівночі",
               "місцевих жителів");
}

TEST(QuoteSlavicRound18, ANameQuotedAfterAnOutletInMarksIsGivenInTheNominative) {
  expect_first("«Нам не хватило свежести», — цитирует «Советский спорт» защитника «Урала» Игоря Смолина.\n", "ru", "direct",
               "Нам не хватило свежести", "Игорь Смолин");
}

TEST(QuoteSlavicRound18, AVerbOfFeelingRightAfterDashedSpeechAttributesIt) {
  expect_first("– Zagraliśmy najlepszy mecz w sezonie – cieszył się po spotkaniu trener Stali Piotr Wrona.\n", "pl", "direct",
               "Zagraliśmy najlepszy mecz w sezonie", "Piotr Wrona");
  expect_first("— Такого я не ожидал, — смеялся после финиша лыжник Артем Власов.\n", "ru", "direct", "Такого я не ожидал",
               "Артем Власов");
  expect_first("„Nie spodziewałem się takiego wyniku” – żartował po meczu bramkarz Stali Adam Kos.\n", "pl", "direct",
               "Nie spodziewałem się takiego wyniku", "Adam Kos");
  // Elsewhere the verb reports no words.
  EXPECT_TRUE(read_article_quotes("Trener Piotr Wrona cieszył się z wygranej swojej drużyny.\n", "pl").quotes.empty());
}

TEST(QuoteSlavicRound18, TheWordsOfWhoeverFollowsWithNoVerb) {
  expect_first("«Налоги повышать не будем», — слова вице-премьера Олега Фомина.\n", "ru", "direct", "Налоги повышать не будем",
               "Олег Фомин");
  expect_first("– Podatków nie podniesiemy – to słowa wicepremiera Tomasza Lisa.\n", "pl", "direct", "Podatków nie podniesiemy",
               "Tomasz Lis");
}

TEST(QuoteSlavicRound18, AnInterviewLabelledQuestionAndAnswer) {
  const std::string text =
      "Глава района Павел Зимин рассказал о ремонте дорог.\n\nВопрос: Когда закончат ремонт?\n\nОтвет: К сентябрю все работы будут "
      "завершены.\n\nВопрос: А мост?\n\nОтвет: Мост откроем в октябре.\n";
  const auto quotes = read_article_quotes(text, "ru");
  int answers = 0;
  for (const auto& quote : quotes.quotes)
    if (quote.speaker == "Павел Зимин") ++answers;
  EXPECT_EQ(answers, 2) << text;
}

TEST(QuoteSlavicRound18, WhatASourceFoundWithItsOwnerAndNoComma) {
  expect_first("Według informacji Radia Zet premier odwoła wizytę w Brukseli.\n", "pl", "indirect", "premier odwoła wizytę w Brukseli",
               "Radia Zet");
  expect_first("Według wstępnych ustaleń policji motocyklista nie miał uprawnień.\n", "pl", "indirect", "motocyklista nie miał uprawnień",
               "policja");
}

TEST(QuoteSlavicRound18, APolicePressOfficerWithRankAndName) {
  expect_first("Jak poinformowała oficer prasowa KPP w Wieliczce asp. Joanna Kruk, motocyklista trafił do szpitala.\n", "pl", "indirect",
               "motocyklista trafił do szpitala", "Joanna Kruk");
}

TEST(QuoteSlavicRound18, AGroupNamedByItsGenitivePluralAfterAnOpener) {
  expect_first("Według okolicznych działkowiczów woda stała na ogródkach przez tydzień.\n", "pl", "indirect",
               "woda stała na ogródkach przez tydzień", "okolicznych działkowiczów");
  expect_first("По словам охотников медведь выходил к деревне дважды.\n", "ru", "indirect", "медведь выходил к деревне дважды",
               "охотников");
  // Things take the same ending: no group speaks.
  EXPECT_TRUE(read_article_quotes("Według przepisów kierowca musi mieć przy sobie dowód rejestracyjny.\n", "pl").quotes.empty());
}

TEST(QuoteSlavicRound18, AChannelWithItsCapitalAndItsNameInMarks) {
  expect_first("В Telegram-канале «Baza» пишут, что рейс задержали на пять часов.\n", "ru", "indirect",
               "рейс задержали на пять часов", "Baza");
}

TEST(QuoteSlavicRound18, AGroupWithWhereItIsFromAndNoComma) {
  expect_first("Według ratowników z Bieszczad grupa zeszła ze szlaku po zmroku.\n", "pl", "indirect", "grupa zeszła ze szlaku po zmroku",
               "ratownicy");
}

TEST(QuoteSlavicRound18, TheImperfectiveOfALoadedCue) {
  expect_first("«Нам не дали сыграть в свой футбол», — сетовал после матча полузащитник «Урала» Андрей Егорычев.\n", "ru", "direct",
               "Нам не дали сыграть в свой футбол", "Андрей Егорычев");
}

TEST(QuoteSlavicRound18, SeniorityBeforeAPostAfterTheAddressee) {
  expect_first("Как рассказала журналистам старший следователь СК Ольга Рябова, обвиняемый дал признательные показания.\n", "ru",
               "indirect", "обвиняемый дал признательные показания", "Ольга Рябова");
}

TEST(QuoteSlavicRound18, AMannerAdverbBeforeTheCueAfterDashedSpeech) {
  expect_first("— Мы заслужили этот кубок, — эмоционально говорил после финала вратарь «Торпедо» Илья Лантратов.\n", "ru", "direct",
               "Мы заслужили этот кубок", "Илья Лантратов");
  expect_first("– Ми готувалися до цього пів року, – відверто коментувала після забігу легкоатлетка Марина Бех.\n", "uk", "direct",
               "Ми готувалися до цього пів року", "Марина Бех");
  expect_first("– Byliśmy lepsi przez cały mecz – szczerze mówił szkoleniowiec Lecha Adam Nawałka.\n", "pl", "direct",
               "Byliśmy lepsi przez cały mecz", "Adam Nawałka");
}

TEST(QuoteSlavicRound18, ABodyServingTwoPlacesBeforeTheCue) {
  expect_first("В УМВД по Тюмени и Тобольску сообщили, что похищенный автомобиль найден.\n", "ru", "indirect",
               "похищенный автомобиль найден", "УМВД");
}

TEST(QuoteSlavicRound18, AnOutletInMarksAfterWhatItFoundIsNoOutletTold) {
  // The title after the paper is the clause's subject, not a speaker the paper was told by.
  for (const auto& quote : read_article_quotes("Według nieoficjalnych ustaleń „Dziennika Łódzkiego” prezydent miasta odwoła wiceprezydenta.\n",
                                               "pl")
                               .quotes)
    EXPECT_NE(quote.speaker, "prezydent miasta");
}

}  // namespace
}  // namespace article_lens
