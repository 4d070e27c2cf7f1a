// Round 17b, Russian, Ukrainian and Polish: ranks the police and fire service abbreviate before a
// name, a town or region in the genitive after a title, bodies of local government, the person a
// quoting verb's object names after the medium, the speaker of a parliament and the coach called
// "специалист". All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::expect_first;
using testing::read_article_quotes;

TEST(QuoteSlavicRound17b, AnAbbreviatedRankBeforeANameNeitherEndsTheSentenceNorSpeaks) {
  expect_first("Jak poinformował rzecznik małopolskiej policji insp. Paweł Kamiński, zatrzymany mężczyzna usłyszał już zarzuty.\n", "pl",
               "indirect", "zatrzymany mężczyzna usłyszał już zarzuty", "Paweł Kamiński");
  expect_first("Według rzecznika straży pożarnej bryg. Karola Lewandowskiego strażacy wyjeżdżali do pożarów ponad sto razy.\n", "pl",
               "indirect", "strażacy wyjeżdżali do pożarów ponad sto razy", "Karol Lewandowski");
  expect_first("– Kierowca był trzeźwy – powiedziała podinsp. Ewa Zielińska z komendy miejskiej.\n", "pl", "direct", "Kierowca był trzeźwy",
               "Ewa Zielińska");
  // With the rank's "junior" abbreviated before it.
  expect_first("Jak dodał mł. asp. Piotr Wójcik, sprawca został zatrzymany.\n", "pl", "indirect", "sprawca został zatrzymany", "Piotr Wójcik");
}

TEST(QuoteSlavicRound17b, ANameInTheGenitiveAfterALongBodyAndARankIsShownInTheNominative) {
  expect_first("Według rzecznika Komendy Wojewódzkiej Państwowej Straży bryg. Jana Malinowskiego strażacy gasili pożar przez całą noc.\n", "pl",
               "indirect", "strażacy gasili pożar przez całą noc", "Jan Malinowski");
}

TEST(QuoteSlavicRound17b, ARegionsAdjectiveBeforeItsNounEndsNoPersonsName) {
  expect_first("Как сообщили в пресс-службе Минздрава Челябинской области, пострадавший госпитализирован.\n", "ru", "indirect",
               "пострадавший госпитализирован", "пресс-служба Минздрава Челябинской области");
  expect_first("Як повідомили у Поліції Київської області, затримано двох осіб.\n", "uk", "indirect", "затримано двох осіб",
               "Поліція Київської області");
}

TEST(QuoteSlavicRound17b, ABodyOfLocalGovernmentIsNamedWhole) {
  expect_first("Urząd Gminy Kłaj poinformował, że droga będzie zamknięta do piątku.\n", "pl", "indirect", "droga będzie zamknięta do piątku",
               "Urząd Gminy Kłaj");
}

TEST(QuoteSlavicRound17b, ATownOrRegionInTheGenitiveAfterATitleIsNoSurname) {
  expect_first("«Ситуація під контролем», – написав мер Миколаєва у телеграмі.\n", "uk", "direct", "Ситуація під контролем", "мер Миколаєва");
  expect_first("Мер Житомира заявив, що місто готове до опалювального сезону.\n", "uk", "indirect", "місто готове до опалювального сезону",
               "Мер Житомира");
  expect_first("Губернатор Кубани заявил, что урожай зерна превысил прошлогодний.\n", "ru", "indirect", "урожай зерна превысил прошлогодний",
               "Губернатор Кубани");
  expect_first("Глава Чечни сообщил, что республика направит гуманитарную помощь.\n", "ru", "indirect",
               "республика направит гуманитарную помощь", "Глава Чечни");
}

TEST(QuoteSlavicRound17b, TheObjectOfAQuotingVerbAfterTheMediumIsNoOneTold) {
  expect_first("«Мы готовимся к худшему», — цитирует ТАСС Ольгу Смирнову.\n", "ru", "direct", "Мы готовимся к худшему", "Ольга Смирнова");
}

TEST(QuoteSlavicRound17b, TheMediumAsANounBeforeThePersonItQuotesIsNoPartOfTheName) {
  expect_first("«Решение принято окончательно», — цитирует агентство Ольгу Смирнову.\n", "ru", "direct", "Решение принято окончательно",
               "Ольга Смирнова");
}

TEST(QuoteSlavicRound17b, AnOutletInTheGenitiveIsShownInTheNominative) {
  expect_first("Według informacji Polsatu, rząd przyjmie projekt na wtorkowym posiedzeniu.\n", "pl", "indirect",
               "rząd przyjmie projekt na wtorkowym posiedzeniu", "Polsat");
}

TEST(QuoteSlavicRound17b, ATownInTheLocativeBeforeAFullNameIsNoPartOfIt) {
  expect_first("Jak poinformowała rzeczniczka KPP w Myślenicach Magdalena Sołtys, kierowca zjechał na przeciwległy pas.\n", "pl", "indirect",
               "kierowca zjechał na przeciwległy pas", "Magdalena Sołtys");
}

TEST(QuoteSlavicRound17b, TheSpeakerOfAParliamentAndTheCoachAsSpecialistStandForThePersonNamed) {
  const auto quotes = read_article_quotes(
      "Председатель Сената Маулен Ашимбаев заявил, что закон будет принят. Спикер также отметил, что депутаты поддержали поправки.\n", "ru");
  ASSERT_EQ(quotes.quotes.size(), 2u);
  EXPECT_EQ(quotes.quotes[1].speaker, "Маулен Ашимбаев");
  expect_first("Главный тренер «Спартака» Деян Станкович остался недоволен игрой. По мнению специалиста, команда играла слишком медленно.\n",
               "ru", "indirect", "команда играла слишком медленно", "Деян Станкович");
}

}  // namespace
}  // namespace article_lens
