// Round 14, Russian, Ukrainian and Polish: unnamed sources with their outlet or place before an
// apposition, the person a quoting verb names before its subject, and more. All sentences are
// written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteSlavicRound14, AnUnnamedSourceOfAnOutletInMarksBeforeItsAppositionSpeaks) {
  const auto ru = read_article_quotes(
      "Собеседник «Известий», близкий к руководству клуба, сказал, что тренера могут уволить уже в мае.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].kind, "scare");  // the outlet's name is no quote
  EXPECT_EQ(ru.quotes[1].kind, "indirect");
  EXPECT_EQ(ru.quotes[1].text, "тренера могут уволить уже в мае");
  EXPECT_TRUE(ru.quotes[1].anonymous);
  EXPECT_EQ(ru.quotes[1].speaker, "Собеседник «Известий»");
  const auto uk = read_article_quotes(
      "Джерело «Дзеркала тижня», обізнане з перебігом переговорів, стверджує, що угоду підпишуть восени.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[1].text, "угоду підпишуть восени");
  EXPECT_TRUE(uk.quotes[1].anonymous);
}

TEST(QuoteSlavicRound14, AnUnnamedSourceWithWhereItSitsBeforeItsAppositionSpeaks) {
  // Not the place ("Кремль") nor no one.
  const auto place = read_article_quotes(
      "Источник в Кремле, знакомый с подготовкой визита, сообщил, что переговоры пройдут в Минске.\n", "ru");
  ASSERT_EQ(place.quotes.size(), 1u);
  EXPECT_EQ(place.quotes[0].mention, "Источник в Кремле");
  EXPECT_TRUE(place.quotes[0].anonymous);
  const auto body = read_article_quotes(
      "Источник в министерстве финансов, пожелавший остаться неизвестным, сказал, что налоги не вырастут.\n", "ru");
  ASSERT_EQ(body.quotes.size(), 1u);
  EXPECT_EQ(body.quotes[0].text, "налоги не вырастут");
  EXPECT_TRUE(body.quotes[0].anonymous);
  const auto pl = read_article_quotes(
      "Nasze źródło w ministerstwie, znające kulisy negocjacji, twierdzi, że umowa jest gotowa.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].text, "umowa jest gotowa");
  EXPECT_TRUE(pl.quotes[0].anonymous);
}

TEST(QuoteSlavicRound14, TheSpeakerAfterAnOutletToldInMarksOfSeveralWords) {
  const auto ru = read_article_quotes(
      "Как рассказал «Российской газете» сотрудник музея, пожелавший остаться неизвестным, картину вернут в зал к осени.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[1].kind, "indirect");
  EXPECT_EQ(ru.quotes[1].mention, "сотрудник музея");
  EXPECT_TRUE(ru.quotes[1].anonymous);
  EXPECT_EQ(ru.quotes[1].text, "картину вернут в зал к осени");
  const auto pl = read_article_quotes(
      "Jak powiedział „Dziennikowi Gazecie Prawnej” rzecznik urzędu, nowe przepisy wejdą w życie w lipcu.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[1].mention, "rzecznik urzędu");
}

TEST(QuoteSlavicRound14, ADescribedPersonBeforeAParticipleOrRelativeClauseSpeaks) {
  const auto pl = read_article_quotes(
      "Pracownik kopalni, proszący o anonimowość, powiedział, że wydobycie spadło o połowę.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].mention, "Pracownik kopalni");
  EXPECT_TRUE(pl.quotes[0].anonymous);
  const auto uk = read_article_quotes(
      "Працівник заводу, який побажав залишитися неназваним, розповів, що зарплату не платять третій місяць.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].text, "зарплату не платять третій місяць");
  EXPECT_TRUE(uk.quotes[0].anonymous);
  // A named source's apposition makes no one anonymous.
  const auto named = read_article_quotes(
      "Сотрудник завода Иван Лысенко, проработавший там двадцать лет, рассказал, что цех закроют.\n", "ru");
  ASSERT_EQ(named.quotes.size(), 1u);
  EXPECT_EQ(named.quotes[0].speaker, "Иван Лысенко");
  EXPECT_FALSE(named.quotes[0].anonymous);
}

TEST(QuoteSlavicRound14, APersonAQuotingVerbNamesBeforeItsSubjectSpeaks) {
  // "цитирует Новака пресс-служба": the object, declined, stands before the subject.
  const auto ru = read_article_quotes(
      "Министр энергетики Сергей Цивилев посетил Кузбасс. «Добыча угля в регионе будет расти», — цитирует Цивилева пресс-служба "
      "министерства.\n",
      "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Сергей Цивилев");
  const auto uk = read_article_quotes(
      "Тренер «Шахтаря» Марино Пушич залишився задоволений. \"Ми заслужили цю перемогу\", - цитує Пушича пресслужба клубу.\n", "uk");
  ASSERT_FALSE(uk.quotes.empty());
  EXPECT_EQ(uk.quotes.back().speaker, "Марино Пушич");
  // The outlet that quotes, then its object, stays as it was: the object speaks.
  const auto outlet = read_article_quotes(
      "Министр энергетики Сергей Цивилев посетил Кузбасс. «Добыча угля будет расти», — цитирует ТАСС слова министра.\n", "ru");
  ASSERT_EQ(outlet.quotes.size(), 1u);
  EXPECT_EQ(outlet.quotes[0].speaker, "Сергей Цивилев");
}

TEST(QuoteSlavicRound14, ANationalityStandsForThePersonJustNamed) {
  const auto ru = read_article_quotes(
      "Главный тренер Михаил Галактионов похвалил игроков.\n\n— Мы долго шли к этой победе, — признал "
      "россиянин.\n",
      "ru");
  ASSERT_FALSE(ru.quotes.empty());
  EXPECT_EQ(ru.quotes.back().kind, "direct");
  EXPECT_EQ(ru.quotes.back().speaker, "Михаил Галактионов");
  // Polish writes it with a capital: no one called "Hiszpan".
  const auto pl = read_article_quotes(
      "Trener Legii Goncalo Feio skrytykował sędziego. – To był rzut karny – powiedział Portugalczyk.\n", "pl");
  ASSERT_FALSE(pl.quotes.empty());
  EXPECT_EQ(pl.quotes.back().speaker, "Goncalo Feio");
}

TEST(QuoteSlavicRound14, DashedSpeechAfterALeadInThatEndsInAColon) {
  // On the same line, and on the next.
  const auto pl = read_article_quotes("Minister Anna Lis odpowiedziała krótko: – Nie ma na to pieniędzy.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].kind, "direct");
  EXPECT_EQ(pl.quotes[0].text, "Nie ma na to pieniędzy.");
  EXPECT_EQ(pl.quotes[0].speaker, "Anna Lis");
  const auto ru = read_article_quotes("Губернатор Олег Ветров заявил:\n— Дорогу откроют к зиме.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].text, "Дорогу откроют к зиме.");
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Ветров");
  // The author's words after the speech still attribute it, and the speech resumes after them.
  const auto after = read_article_quotes(
      "Minister Anna Lis odpowiedziała: – Nie ma na to pieniędzy – dodała. – Budżet jest napięty.\n", "pl");
  ASSERT_EQ(after.quotes.size(), 2u);
  EXPECT_EQ(after.quotes[1].text, "Budżet jest napięty.");
  EXPECT_EQ(after.quotes[1].speaker, "Anna Lis");
  // A heading before a dashed list is no lead-in.
  EXPECT_TRUE(read_article_quotes("Сроки: — первый этап до мая; — второй этап до июля.\n", "ru").quotes.empty());
  EXPECT_TRUE(read_article_quotes("Plan prac:\n– remont dachu;\n– wymiana okien.\n", "pl").quotes.empty());
}

TEST(QuoteSlavicRound14, AGameBetweenTheCueAndThePlayer) {
  const auto pl = read_article_quotes(
      "Magda Linette awansowała do półfinału. – Grałam cierpliwie – mówiła po meczu Linette.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Magda Linette");
  const auto ru = read_article_quotes("Форвард Иван Сергеев забил дважды. «Мы заслужили победу», — сказал после матча Сергеев.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Иван Сергеев");
}

TEST(QuoteSlavicRound14, TheInvestigationAsASource) {
  const auto uk = read_article_quotes("За даними слідства, директор школи привласнив бюджетні кошти.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].text, "директор школи привласнив бюджетні кошти");
  EXPECT_EQ(uk.quotes[0].speaker, "слідство");
  // The clause after the source's comma is no apposition of it, and makes it no unnamed source.
  const auto ru = read_article_quotes("По данным следствия, чиновник получил взятку.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "следствие");
  EXPECT_FALSE(ru.quotes[0].anonymous);
}

TEST(QuoteSlavicRound14, AOneWordTitleOpeningTheSentenceBeforeTheOccasion) {
  // Not the outlet the occasion names.
  const auto pl = read_article_quotes("Rzecznik w rozmowie z Radiem ZET zapowiedział, że decyzja zapadnie w piątek.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].mention, "Rzecznik");
  const auto ru = read_article_quotes("Судья в приговоре подчеркнула, что вина подсудимого доказана.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].mention, "Судья");
  // A word that opens the sentence and is no title is no subject.
  const auto opener = read_article_quotes("Не так давно глава района предупредил: ремонт затянется.\n", "ru");
  for (const auto& quote : opener.quotes) EXPECT_NE(quote.speaker, "Не");
}

TEST(QuoteSlavicRound14, AHeadquartersSpeaksAfterItsPreposition) {
  const auto ru = read_article_quotes("В оперативном штабе края уточнили, что электричество вернут к вечеру.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "оперативный штаб края");
  const auto uk = read_article_quotes("В обласному штабі повідомили, що світло повернуть до вечора.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].text, "світло повернуть до вечора");
}

TEST(QuoteSlavicRound14, AnOutletInMarksAfterAPrepositionKeepsNoReportOut) {
  const auto pl = read_article_quotes(
      "Burmistrz Jan Lis zapowiedział w rozmowie z „Gazetą Krakowską”, że nie wystartuje w wyborach.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[0].kind, "scare");
  EXPECT_EQ(pl.quotes[1].kind, "indirect");
  EXPECT_EQ(pl.quotes[1].text, "nie wystartuje w wyborach");
  EXPECT_EQ(pl.quotes[1].speaker, "Jan Lis");
  // Speech in marks is no outlet's name.
  const auto speech = read_article_quotes("Burmistrz Jan Lis powiedział: „Nie wystartuję”.\n", "pl");
  ASSERT_EQ(speech.quotes.size(), 1u);
  EXPECT_EQ(speech.quotes[0].kind, "direct");
}

TEST(QuoteSlavicRound14, ANameInMarksInsideASentenceIsNoSpeechOfTheNameAfterIt) {
  const auto uk = read_article_quotes("Півзахисник \"Шахтаря\" Олег Мельник після гри поділився враженнями.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].kind, "scare");
  const auto ru = read_article_quotes("Защитник «Зенита» Олег Мельников после игры поделился впечатлениями.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "scare");
  // Speech closed by its comma and dash still goes to the name after it.
  const auto speech = read_article_quotes("«Мы заслужили победу», — поделился впечатлениями Олег Мельников.\n", "ru");
  ASSERT_EQ(speech.quotes.size(), 1u);
  EXPECT_EQ(speech.quotes[0].kind, "direct");
  EXPECT_EQ(speech.quotes[0].speaker, "Олег Мельников");
}

TEST(QuoteSlavicRound14, APhraseBeforeTheCueThatAsksForAnonymity) {
  const auto ru = read_article_quotes(
      "Сотрудник мэрии на условиях анонимности рассказал, что проект закроют.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_TRUE(ru.quotes[0].anonymous);
  // Another phrase there makes it no unnamed source.
  const auto talk = read_article_quotes("Сотрудник мэрии в разговоре с журналистами рассказал, что проект закроют.\n", "ru");
  ASSERT_EQ(talk.quotes.size(), 1u);
  EXPECT_FALSE(talk.quotes[0].anonymous);
}

TEST(QuoteSlavicRound14, AWebOutletToldByItsAddress) {
  const auto uk = read_article_quotes(
      "Як розповів Zaxid.net речник міської ради Андрій Лис, ремонт мосту завершать у травні.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Андрій Лис");
  EXPECT_EQ(uk.quotes[0].text, "ремонт мосту завершать у травні");
}

}  // namespace
}  // namespace article_lens
