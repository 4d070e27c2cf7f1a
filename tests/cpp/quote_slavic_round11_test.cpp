// Round 11, Russian, Ukrainian and Polish: a name given only in an oblique case and later in the
// nominative, a body or group named in an oblique case, a clause closed by a dash before its
// inverted cue, and soft-stem surnames in Ukrainian. All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"
#include "quotes/name_case.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteSlavicRound11, ANameGivenInAnObliqueCaseTakesTheNominativeTheTextShowsLater) {
  // The genitive after a title in the genitive, with no opener: the surname alone later shows the nominative.
  const auto ru = read_article_quotes(
      "Позицию заместителя министра Андрея Белкина поддержали в правительстве. «Реформа нужна сейчас», — пояснил Белкин.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Андрей Белкин");
  EXPECT_EQ(ru.quotes[0].mention, "Белкин");
  const auto her = read_article_quotes(
      "Мнение директора библиотеки Алины Сорокиной выслушали депутаты. «Фонды нужно обновить», — сказала Сорокина.\n", "ru");
  ASSERT_EQ(her.quotes.size(), 1u);
  EXPECT_EQ(her.quotes[0].speaker, "Алина Сорокина");
  // The instrumental, in Polish: "z wiceministrem Piotrem Sową", then "Sowa".
  const auto pl = read_article_quotes(
      "Rozmawialiśmy z wiceministrem Piotrem Sową o nowych przepisach. – Nie będzie opóźnień – zapewnił Sowa.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Piotr Sowa");
  // A namesake's full name is no evidence: "Сергей Тимурович Ланин" leaves "Радмила Ланина" as she is.
  const auto namesake = read_article_quotes(
      "На встречу пришли Радмила Ланина и депутат Сергей Тимурович Ланин. «Спасибо всем», — сказала Радмила Ланина.\n", "ru");
  ASSERT_EQ(namesake.quotes.size(), 1u);
  EXPECT_EQ(namesake.quotes[0].speaker, "Радмила Ланина");
}

TEST(QuoteSlavicRound11, AMansNameAfterSoSsylkoyNaIsInTheGenitive) {
  const auto ru = read_article_quotes(
      "Сроки сдвинутся на год, сообщает агентство со ссылкой на вице-премьера Игоря Сомова. По его словам, причина в нехватке подрядчиков.\n",
      "ru");
  ASSERT_FALSE(ru.quotes.empty());
  EXPECT_EQ(ru.quotes.back().speaker, "Игорь Сомов");
  const auto uk = read_article_quotes(
      "Уряд ухвалив програму, повідомляє агентство з посиланням на міністра Андрія Коваля. За його словами, виплати почнуться у квітні.\n",
      "uk");
  ASSERT_FALSE(uk.quotes.empty());
  EXPECT_EQ(uk.quotes.back().speaker, "Андрій Коваль");
}

TEST(QuoteSlavicRound11, ASurnameAloneAfterAGenitiveOpenerIsGivenInTheNominative) {
  const auto ru = read_article_quotes(
      "По словам Гусева, переговоры продолжатся. «Мы не спешим», — заявил Гусев.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].speaker, "Гусев");
  EXPECT_EQ(ru.quotes[0].mention, "Гусева");  // the mention keeps the text
  EXPECT_EQ(ru.quotes[1].speaker, "Гусев");   // one speaker, not two
  EXPECT_EQ(read_article_quotes("По словам Журавлёвой, школа откроется в сентябре.\n", "ru").quotes.at(0).speaker, "Журавлёва");
  EXPECT_EQ(read_article_quotes("Zdaniem Nowickiego, rozmowy trwają.\n", "pl").quotes.at(0).speaker, "Nowicki");
  EXPECT_EQ(read_article_quotes("За словами Бондаренка, переговори тривають.\n", "uk").quotes.at(0).speaker, "Бондаренко");
  // A first name the table knows whole, and an indeclinable surname, stay right.
  EXPECT_EQ(read_article_quotes("По словам Павла, все в порядке.\n", "ru").quotes.at(0).speaker, "Павел");
  EXPECT_EQ(read_article_quotes("По словам Шойгу, учения завершены.\n", "ru").quotes.at(0).speaker, "Шойгу");
}

TEST(QuoteSlavicRound11, UkrainianSoftStemSurnamesMatchTheirCaseForms) {
  const auto uk = read_article_quotes(
      "За словами речника Ігоря Мигаля, рух відновлено. «Ситуація під контролем», — додав Мигаль.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[0].speaker, "Ігор Мигаль");
  EXPECT_EQ(uk.quotes[1].speaker, "Ігор Мигаль");
  // A fleeting vowel: "Кравця" is the genitive of "Кравець", who then speaks under that name.
  const auto fleeting = read_article_quotes(
      "За словами начальника обласного управління ДСНС Андрія Кравця, причиною стало замикання. «Експерти все перевірять», — сказав Кравець.\n",
      "uk");
  ASSERT_EQ(fleeting.quotes.size(), 2u);
  EXPECT_EQ(fleeting.quotes[0].speaker, "Андрій Кравець");
  EXPECT_EQ(fleeting.quotes[1].speaker, "Андрій Кравець");
}

TEST(QuoteSlavicRound11, ABodyInAnObliqueCaseIsNamedInTheNominative) {
  const auto ru = read_article_quotes(
      "Рейсы задержаны из-за снегопада, сообщили ТАСС в пресс-службе Минтранса. По данным спасателей, пострадавших нет.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].speaker, "пресс-служба Минтранса");
  EXPECT_EQ(ru.quotes[0].mention, "пресс-службе Минтранса");  // the mention keeps the text
  EXPECT_EQ(ru.quotes[1].speaker, "спасатели");
  const auto uk = read_article_quotes("Рух на трасі відновлено, повідомили в Нацполіції.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Нацполіція");
  const auto pl = read_article_quotes("Według ekspertów, ceny paliw wzrosną jesienią.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "eksperci");
}

TEST(QuoteSlavicRound11, TheOutletToldBeforeTheBodyIsNoSpeakerOfASentenceReferredBack) {
  const auto ru = read_article_quotes(
      "Министерство транспорта разработало новые требования к перевозчикам. Об этом сообщили ТАСС в пресс-службе ведомства.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "пресс-служба ведомства");
  const auto uk = read_article_quotes(
      "Рятувальники ліквідували пожежу на складі. Про це Укрінформу повідомили в пресслужбі ДСНС.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "пресслужба ДСНС");
  // A person after a singular cue and the outlet still speaks.
  const auto person = read_article_quotes(
      "Министерство разработало новые требования к перевозчикам. Об этом сообщил ТАСС глава ведомства Виталий Савельев.\n", "ru");
  ASSERT_EQ(person.quotes.size(), 1u);
  EXPECT_EQ(person.quotes[0].speaker, "Виталий Савельев");
}

TEST(QuoteSlavicRound11, OnlyTheHeadAndItsAdjectivesChangeCase) {
  // The genitive after the head stays, even a word the table knows.
  EXPECT_EQ(nominative_body("пресс-службе полиции", "ru"), "пресс-служба полиции");
  EXPECT_EQ(nominative_body("Повітряних силах", "uk"), "Повітряні сили");
  // An adjective the table does not know agrees with its head (round 12), a word with no adjective's
  // ending of the head's gender leaves the mention as written.
  EXPECT_EQ(nominative_body("военном ведомстве", "ru"), "военное ведомство");
  EXPECT_EQ(nominative_body("военной ведомстве", "ru"), "");
  EXPECT_EQ(nominative_body("пресс-служба", "ru"), "");  // already nominative
  EXPECT_EQ(nominative_body("ведомстве", "en"), "");
}

TEST(QuoteSlavicRound11, ADashClosesAClauseBeforeItsInvertedCue) {
  const auto pl = read_article_quotes(
      "Policja zatrzymała dwóch mężczyzn. Obaj usłyszeli zarzuty kradzieży – poinformował rzecznik komendy Jan Nowak.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].kind, "indirect");
  EXPECT_EQ(pl.quotes[0].text, "Obaj usłyszeli zarzuty kradzieży");
  EXPECT_EQ(pl.quotes[0].speaker, "Jan Nowak");
  const auto uk = read_article_quotes("Рух поїздів відновлено – повідомили в Укрзалізниці.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].text, "Рух поїздів відновлено");
  // A dash inside the sentence with no cue after it reports nothing.
  const auto none = read_article_quotes("Rząd – jak co roku – przyjął budżet w grudniu.\n", "pl");
  EXPECT_TRUE(none.quotes.empty());
  // The dialogue dash that opens a paragraph still gives direct speech.
  const auto direct = read_article_quotes("– Rząd nie zmieni decyzji – powiedział premier Jan Lis.\n", "pl");
  ASSERT_EQ(direct.quotes.size(), 1u);
  EXPECT_EQ(direct.quotes[0].kind, "direct");
  EXPECT_EQ(direct.quotes[0].speaker, "Jan Lis");
}

}  // namespace
}  // namespace article_lens
