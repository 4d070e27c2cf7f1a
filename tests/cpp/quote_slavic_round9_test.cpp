// Round 9, Russian, Ukrainian and Polish: a role held "в <place>" before the name, bodies' short
// names, reported speech beside a name in marks, names given in the nominative (Polish "według",
// a genitive patronymic), and Ukrainian and Polish cue verbs. All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteSlavicRound9, ARoleHeldInAPlaceGoesOnToTheNameAfterIt) {
  const auto ru = read_article_quotes(
      "«Очереди в центре нужно сократить», — отметил член совета ОНФ в Томской области Павел Гуляев.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Павел Гуляев");
  EXPECT_EQ(ru.quotes[0].mention, "член совета ОНФ в Томской области Павел Гуляев");
  const auto uk = read_article_quotes(
      "«Світло повернуть до вечора», – наголосив голова ОДА у Волинській області Степан Мороз.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Степан Мороз");
  // Lower-case role words the title list does not know, then the place and the name.
  const auto lab = read_article_quotes(
      "Леса восстанавливаются «быстрее, чем ожидалось», подтвердил заведующий лабораторией в Институте леса Олег Рябов.\n", "ru");
  ASSERT_EQ(lab.quotes.size(), 1u);
  EXPECT_EQ(lab.quotes[0].speaker, "Олег Рябов");
  // No name after the place: the role stays the mention, the place is no part of it.
  const auto bare = read_article_quotes("«Работы завершены», — сказал глава управления в Москве.\n", "ru");
  ASSERT_EQ(bare.quotes.size(), 1u);
  EXPECT_EQ(bare.quotes[0].mention, "глава управления");
}

TEST(QuoteSlavicRound9, ABodysNameInMarksLeadsToThePersonAfterIt) {
  const auto reading = read_article_quotes(
      "«Мы готовы», — сказал генеральный директор АО «Северный ветер» Олег Сомов.\n"
      "«Сроки выдержим», — добавил директор «Речного порта» Иван Рыбин.\n",
      "ru");
  std::vector<std::string> direct;
  for (const auto& q : reading.quotes)
    if (q.kind == "direct") direct.push_back(q.speaker);
  EXPECT_EQ(direct, (std::vector<std::string>{"Олег Сомов", "Иван Рыбин"}));
}

TEST(QuoteSlavicRound9, ABodysFullNameAndHowOftenSomeoneSaidIt) {
  const auto reading = read_article_quotes(
      "По данным Федеральной налоговой службы (ФНС) РФ, сборы выросли на треть.\n"
      "Декан один раз сказал, что студентов за это не отчисляют.\n",
      "ru");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_EQ(reading.quotes[0].speaker, "Федеральной налоговой службы (ФНС) РФ");
  EXPECT_EQ(reading.quotes[0].text, "сборы выросли на треть");
  EXPECT_EQ(reading.quotes[1].mention, "Декан");
  EXPECT_EQ(reading.quotes[1].text, "студентов за это не отчисляют");
}

TEST(QuoteSlavicRound9, ABodysShortNameIsNoPerson) {
  const auto reading = read_article_quotes(
      "«Налоги не вырастут», — сказал представитель Минфина России.\n"
      "«Учения прошли по плану», — заявил официальный представитель Минобороны Олег Белов.\n"
      "«Проверка продолжается», — добавил представитель Роспотребнадзора.\n"
      "«Все по графику», — сказал представитель Минобороны.\n",
      "ru");
  ASSERT_EQ(reading.quotes.size(), 4u);
  EXPECT_EQ(reading.quotes[0].speaker, "представитель Минфина России");
  EXPECT_TRUE(reading.quotes[0].described);
  EXPECT_EQ(reading.quotes[1].speaker, "Олег Белов");
  // A description of another body's spokesman is not the one named before.
  EXPECT_EQ(reading.quotes[2].speaker, "представитель Роспотребнадзора");
  // The same body's spokesman is.
  EXPECT_EQ(reading.quotes[3].speaker, "Олег Белов");
  const auto uk = read_article_quotes("«Ціни не зростуть», – зазначила представниця Мінфіну.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "представниця Мінфіну");
}

TEST(QuoteSlavicRound9, ANameInMarksLeavesReportedSpeechInItsSentence) {
  const auto reading = read_article_quotes(
      "Глава компании «Северная звезда» Игорь Лебедев заявил, что цены на билеты не изменятся.\n", "ru");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_EQ(reading.quotes[0].kind, "scare");
  EXPECT_EQ(reading.quotes[1].kind, "indirect");
  EXPECT_EQ(reading.quotes[1].speaker, "Игорь Лебедев");
  EXPECT_EQ(reading.quotes[1].text, "цены на билеты не изменятся");
  // A source named in marks runs to its closing mark.
  const auto outlet = read_article_quotes("Как сообщает издание «Городская газета», мост откроют в мае.\n", "ru");
  ASSERT_FALSE(outlet.quotes.empty());
  EXPECT_EQ(outlet.quotes.back().kind, "indirect");
  EXPECT_EQ(outlet.quotes.back().speaker, "издание «Городская газета»");
  EXPECT_EQ(outlet.quotes.back().text, "мост откроют в мае");
  // A name in marks right before the cue is what a body is called, not who speaks.
  const auto body = read_article_quotes(
      "Представители компании «Теплосеть Север» заверили, что отопление дадут вовремя.\n", "ru");
  for (const auto& q : body.quotes) EXPECT_NE(q.speaker, "Север") << q.text;
}

TEST(QuoteSlavicRound9, PolishNamesAfterSourcePhrasesAreGivenInTheNominative) {
  const auto reading = read_article_quotes(
      "Według Jacka Sasina rozmowy z Brukselą trwają.\n"
      "Zdaniem Beaty Szydło, rząd działa zgodnie z planem.\n"
      "Według posła Przemysława Czarnka reforma jest potrzebna.\n"
      "W ocenie Andrzeja Dudy ustawa wymaga poprawek.\n"
      "Według Marka Tuska szkoły są gotowe.\n",
      "pl");
  ASSERT_EQ(reading.quotes.size(), 5u);
  EXPECT_EQ(reading.quotes[0].speaker, "Jacek Sasin");
  EXPECT_EQ(reading.quotes[0].mention, "Jacka Sasina");
  EXPECT_EQ(reading.quotes[1].speaker, "Beata Szydło");
  EXPECT_EQ(reading.quotes[2].speaker, "Przemysław Czarnek");
  EXPECT_EQ(reading.quotes[3].speaker, "Andrzej Duda");
  EXPECT_EQ(reading.quotes[4].speaker, "Marek Tusk");
  for (const auto& q : reading.quotes) EXPECT_EQ(q.kind, "indirect") << q.text;
}

TEST(QuoteSlavicRound9, AGenitivePatronymicGivesTheNameInTheNominative) {
  const auto reading = read_article_quotes(
      "Совещание прошло под руководством Олега Петровича Сомова.\n"
      "Олег Сомов пояснил, что ремонт закончат осенью.\n",
      "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].speaker, "Олег Петрович Сомов");
  const auto uk = read_article_quotes(
      "Нараду провели за участю Ганни Петрівни Коваль.\nГанна Коваль зазначила, що ремонт завершать восени.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Ганна Петрівна Коваль");
}

TEST(QuoteSlavicRound9, ASentenceOpeningWithItsCueReportsTheLastPerson) {
  const auto pl = read_article_quotes(
      "„To dobry kierunek” – oceniła posłanka Maria Lisowska. Dodała, że jej klub poprze projekt.\n"
      "Minister Ewa Mróz odwiedziła szpital. Jak dodała, rząd rozmawia z Komisją Europejską.\n",
      "pl");
  ASSERT_EQ(pl.quotes.size(), 3u);
  EXPECT_EQ(pl.quotes[1].kind, "indirect");
  EXPECT_EQ(pl.quotes[1].speaker, "Maria Lisowska");
  EXPECT_EQ(pl.quotes[1].text, "jej klub poprze projekt");
  EXPECT_EQ(pl.quotes[2].speaker, "Ewa Mróz");
  EXPECT_EQ(pl.quotes[2].text, "rząd rozmawia z Komisją Europejską");
  const auto uk = read_article_quotes("Міністерка Олена Дуб провела нараду. Додала, що фракція підтримає проєкт.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Олена Дуб");
  const auto ru = read_article_quotes("«Мы готовы», — сказал Иван Грачёв. Добавил, что работы завершат к лету.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[1].kind, "indirect");
  EXPECT_EQ(ru.quotes[1].speaker, "Иван Грачёв");
  // A plural or an impersonal cue names no one.
  const auto nobody = read_article_quotes(
      "«Мы готовы», — сказал Иван Грачёв. Рассказывали, что тренер был удивлён. Отмечается, что матч покажут в эфире.\n", "ru");
  for (const auto& q : nobody.quotes)
    if (q.kind == "indirect") EXPECT_EQ(q.speaker, "") << q.text;
}

TEST(QuoteSlavicRound9, PolishMarksAfterANounNameThings) {
  const auto reading = read_article_quotes(
      "Prezes spółki „Orlen” Daniel Wrona powiedział „Gazecie Wyborczej”, że ceny paliw nie wzrosną.\n"
      "Jak poinformował dziennik „Rzeczpospolita”, program „Czyste Powietrze” zostanie rozszerzony.\n"
      "Minister Paulina Kos powiedziała: „Nie zamierzamy wycofywać się z reformy”.\n",
      "pl");
  std::vector<std::string> indirect, direct;
  for (const auto& q : reading.quotes) {
    if (q.kind == "indirect") indirect.push_back(q.speaker + ": " + q.text);
    if (q.kind == "direct") direct.push_back(q.speaker + ": " + q.text);
  }
  EXPECT_EQ(indirect, (std::vector<std::string>{"Daniel Wrona: ceny paliw nie wzrosną",
                                                "dziennik „Rzeczpospolita”: program „Czyste Powietrze” zostanie rozszerzony"}));
  EXPECT_EQ(direct, (std::vector<std::string>{"Paulina Kos: Nie zamierzamy wycofywać się z reformy"}));
}

TEST(QuoteSlavicRound9, UkrainianAndPolishCueVerbsInEveryForm) {
  const auto pl = read_article_quotes(
      "– Nie podniesiemy podatków – przekonywał minister Adam Wilk.\n"
      "– To dobry budżet – zaznaczyła posłanka Anna Zając.\n"
      "– Sytuacja jest trudna – ocenił wojewoda Jan Kruk.\n"
      "Rzeczniczka rządu Ewa Sowa poinformowała, że posiedzenie odbędzie się w piątek.\n"
      "Posłanka Ida Kur uzasadniała, że ustawa jest potrzebna.\n",
      "pl");
  ASSERT_EQ(pl.quotes.size(), 5u);
  const char* pl_speakers[] = {"Adam Wilk", "Anna Zając", "Jan Kruk", "Ewa Sowa", "Ida Kur"};
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(pl.quotes[i].speaker, pl_speakers[i]) << pl.quotes[i].text;
  const auto uk = read_article_quotes(
      "«Ціни не зростуть», – зазначила міністерка Ірина Дуб.\n"
      "«Ми готові», – наголосив мер Петро Гай.\n"
      "Речник Андрій Лис поінформував, що рейси відновлять.\n"
      "«Це важливо», – підкреслили в Мінфіні.\n",
      "uk");
  ASSERT_EQ(uk.quotes.size(), 4u);
  EXPECT_EQ(uk.quotes[0].speaker, "Ірина Дуб");
  EXPECT_EQ(uk.quotes[1].speaker, "Петро Гай");
  EXPECT_EQ(uk.quotes[2].speaker, "Андрій Лис");
  EXPECT_EQ(uk.quotes[3].cue, "підкреслили");
}

TEST(QuoteSlavicRound9, ADashedQuoteClosedByItsCueAloneKeepsItsSpeaker) {
  const auto pl = read_article_quotes(
      "– To nasz obowiązek – podkreśliła minister Barbara Sosna. – Szkoły muszą być bezpieczne – dodała.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[1].text, "Szkoły muszą być bezpieczne");
  EXPECT_EQ(pl.quotes[1].speaker, "Barbara Sosna");
  EXPECT_EQ(pl.quotes[1].cue, "dodała");
  const auto uk = read_article_quotes(
      "– Це наш обов'язок, – наголосила міністерка Оксана Лисенко. – Школи мають бути безпечними, – додала.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[1].text, "Школи мають бути безпечними");
  EXPECT_EQ(uk.quotes[1].speaker, "Оксана Лисенко");
}

TEST(QuoteSlavicRound9, APolishBodyBeforeAFullNameIsWhereThePersonSits) {
  const auto reading = read_article_quotes(
      "Marszałek Sejmu Adam Bielak zapowiedział: „Ustawa trafi pod obrady w tym miesiącu”.\n"
      "Jak poinformowało Ministerstwo Zdrowia, w szpitalach przebywa 1200 pacjentów.\n",
      "pl");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_EQ(reading.quotes[0].speaker, "Adam Bielak");
  EXPECT_EQ(reading.quotes[1].speaker, "Ministerstwo Zdrowia");
  EXPECT_TRUE(reading.quotes[1].described);
}

TEST(QuoteSlavicRound9, TheSpeakerAfterAnInterviewAndItsOutlet) {
  const auto ru = read_article_quotes(
      "«Цены вырастут», — сказал в интервью «Вечерним новостям» глава компании Игорь Лосев.\n", "ru");
  ASSERT_FALSE(ru.quotes.empty());
  EXPECT_EQ(ru.quotes[0].speaker, "Игорь Лосев");
  const auto uk = read_article_quotes(
      "«Ціни зростуть», – сказав в інтерв'ю «Ранковій газеті» голова компанії Іван Петренко.\n", "uk");
  ASSERT_FALSE(uk.quotes.empty());
  EXPECT_EQ(uk.quotes[0].speaker, "Іван Петренко");
  const auto pl = read_article_quotes(
      "„Nie ma zgody” – powiedział w rozmowie z „Gazetą Poranną” lider związkowców Piotr Kos.\n"
      "„Będziemy strajkować” – dodał w rozmowie z Radiem Północ szef związku Jan Sroka.\n",
      "pl");
  std::vector<std::string> direct;
  for (const auto& q : pl.quotes)
    if (q.kind == "direct") direct.push_back(q.speaker);
  EXPECT_EQ(direct, (std::vector<std::string>{"Piotr Kos", "Jan Sroka"}));
}

TEST(QuoteSlavicRound9, ASourcesPlaceAndFullNameEndAtItsComma) {
  const auto uk = read_article_quotes(
      "Як зазначив речник Сил оборони Олег Гай в ефірі телемарафону, ситуація залишається складною.\n"
      "На думку експертів Київської школи бізнесу, відновлення коштуватиме понад 50 млрд доларів.\n",
      "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[0].speaker, "Олег Гай");
  EXPECT_EQ(uk.quotes[0].text, "ситуація залишається складною");
  EXPECT_EQ(uk.quotes[1].speaker, "експерти Київської школи бізнесу");  // in the nominative (round 11)
  EXPECT_EQ(uk.quotes[1].text, "відновлення коштуватиме понад 50 млрд доларів");
  // A source with no comma after it still ends at the name ("Według posła Jana Kowalskiego rozmowy trwają").
  const auto pl = read_article_quotes("Według Agaty Wilk rozmowy trwają, a ceny rosną.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].text, "rozmowy trwają, a ceny rosną");
}

}  // namespace
}  // namespace article_lens
