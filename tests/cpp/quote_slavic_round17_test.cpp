// Round 17, Russian, Ukrainian and Polish: a place after a title and its noun ("капитан сборной
// России"), the head of a body or the one asked standing for the person just named, an office in
// the genitive after "по словам", an unnamed source of "ours" with where it sits, feminine first
// names in "-li". All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::expect_first;
using testing::first_of_kind;
using testing::read_article_quotes;

TEST(QuoteSlavicRound17, APlaceAfterATitleAndItsNounIsNoSpeakersName) {
  expect_first("Павел Смирнов не скрывал разочарования после матча. «Мы играли слишком медленно», — признал капитан сборной России.\n",
               "ru", "direct", "Мы играли слишком медленно", "Павел Смирнов");
  // With no one named before, the description stays whole.
  expect_first("«Мы играли слишком медленно», — признал тренер сборной Бразилии.\n", "ru", "direct", "", "тренер сборной Бразилии");
  expect_first("– Zagraliśmy za wolno, brakowało pomysłu – przyznał kapitan reprezentacji Polski Marek Wójtowicz.\n", "pl", "direct",
               "Zagraliśmy za wolno, brakowało pomysłu", "Marek Wójtowicz");
}

TEST(QuoteSlavicRound17, TheHeadOfABodyStandsForThePersonJustNamedWithoutATitle) {
  expect_first("Tadeusz Wrona ostro skrytykował projekt ustawy. Jak stwierdził prezes PSL, przepisy uderzą w rolników.\n", "pl", "indirect",
               "przepisy uderzą w rolników", "Tadeusz Wrona");
  // One of many who serve a body is someone new.
  expect_first("Игорь Белов задержан в аэропорту. «Он подозревается в мошенничестве», — сказал представитель МВД.\n", "ru", "direct", "",
               "представитель МВД");
}

TEST(QuoteSlavicRound17, TheOneAskedAnswersUnderAnOffice) {
  expect_first(
      "Журналисты спросили Олега Ветрова о сроках реформы. «Законопроект будет внесен осенью», — ответил пресс-секретарь правительства.\n",
      "ru", "direct", "Законопроект будет внесен осенью", "Олег Ветров");
  expect_first("Журналисты поинтересовались у Виктора Орлова, будет ли продлен контракт. «Переговоры идут», — ответил глава клуба.\n", "ru",
               "direct", "", "Виктор Орлов");
  expect_first("Журналісти запитали Петра Гнатюка про вибори. «Рішення ухвалюватиме парламент», – відповів президент.\n", "uk", "direct",
               "Рішення ухвалюватиме парламент", "Петро Гнатюк");
}

TEST(QuoteSlavicRound17, AUniqueOfficeInTheGenitiveAfterAnOpenerIsThePersonJustNamed) {
  expect_first("Василий Гордеев провел совещание по уборке урожая. По словам губернатора, техника готова.\n", "ru", "indirect",
               "техника готова", "Василий Гордеев");
}

TEST(QuoteSlavicRound17, OursSourceWithWhereItSitsAfterTheCue) {
  EXPECT_TRUE(expect_first("«Решение еще не принято», — говорит наш собеседник из Администрации президента.\n", "ru", "direct",
                           "Решение еще не принято", "наш собеседник")
                  .anonymous);
  expect_first("– Decyzja jeszcze nie zapadła – przekonuje nasz rozmówca z Kancelarii Prezydenta.\n", "pl", "direct",
               "Decyzja jeszcze nie zapadła", "nasz rozmówca");
}

TEST(QuoteSlavicRound17, AFeminineFirstNameInLiIsPutInTheNominative) {
  expect_first("Według ministry Urszuli Grabowskiej szpitale dostaną więcej pieniędzy.\n", "pl", "indirect",
               "szpitale dostaną więcej pieniędzy", "Urszula Grabowska");
}

TEST(QuoteSlavicRound17, AKazakhRegionalHeadIsAnOffice) {
  expect_first("Аким области Нурлан Сейтказин осмотрел новую школу. По словам акима, к осени откроются еще две.\n", "ru", "indirect",
               "к осени откроются еще две", "Нурлан Сейтказин");
  expect_first("По словам акима, к осени откроются еще две школы.\n", "ru", "indirect", "", "аким");
}

TEST(QuoteSlavicRound17, ANationalityNamesTheCoachJustQuotedAndAClubInTheGenitiveIsNoName) {
  const auto pl = read_article_quotes(
      "– Zabrakło nam skuteczności – przyznał obrońca Widzewa Mads Nielsen. – Musimy to poprawić – dodał Duńczyk.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[0].speaker, "Mads Nielsen");
  EXPECT_EQ(pl.quotes[1].text, "Musimy to poprawić");
  EXPECT_EQ(pl.quotes[1].speaker, "Mads Nielsen");
}

TEST(QuoteSlavicRound17, AWomanAskedOrQuotedInTheAccusativeIsNamedInTheNominative) {
  expect_first("Журналисты спросили Ольгу Кравцову о сроках. «Ответ будет к пятнице», — сказала официальный представитель ведомства.\n",
               "ru", "direct", "Ответ будет к пятнице", "Ольга Кравцова");
  expect_first("«Обидно пропускать в концовке», — цитирует Игоря Лантратова сайт клуба.\n", "ru", "direct", "", "Игорь Лантратов");
}

TEST(QuoteSlavicRound17, ThePlatformXBetweenTheCueAndTheSpeakerIsNoName) {
  expect_first("– Mamy do czynienia z atakiem na sieć – napisał na platformie X Krzysztof Wrzos.\n", "pl", "direct",
               "Mamy do czynienia z atakiem na sieć", "Krzysztof Wrzos");
  expect_first("«Мы имеем дело с атакой на сеть», — написал в соцсети X вице-премьер Олег Рябов.\n", "ru", "direct", "", "Олег Рябов");
}

TEST(QuoteSlavicRound17, ATelegramChannelNamedInMarksIsTheSourceNotSpeech) {
  const auto ru = read_article_quotes("Как сообщает Telegram-канал «Сводка», задержанный ранее уже привлекался к ответственности.\n", "ru");
  ASSERT_EQ(first_of_kind(ru, "direct").text, "");
  const auto quote = first_of_kind(ru, "indirect");
  EXPECT_EQ(quote.text, "задержанный ранее уже привлекался к ответственности");
  EXPECT_FALSE(quote.speaker.empty());
}

TEST(QuoteSlavicRound17, APolishSourceWithoutACommaEndsAfterItsGenitiveWords) {
  expect_first("Według ministra zdrowia szpitale dostaną dodatkowe środki.\n", "pl", "indirect", "szpitale dostaną dodatkowe środki",
               "minister zdrowia");
  const auto town = read_article_quotes("Według prezydenta miasta prace potrwają dwa lata.\n", "pl");
  EXPECT_EQ(first_of_kind(town, "indirect").text, "prace potrwają dwa lata");
  // A title of two words, standing for the president just named.
  expect_first("Prezydent Jan Lisiecki zawetował ustawę. Według głowy państwa przepisy są niezgodne z konstytucją.\n", "pl", "indirect",
               "przepisy są niezgodne z konstytucją", "Jan Lisiecki");
}

TEST(QuoteSlavicRound17, AFirstDeputyAfterTheOutletToldIsTheSpeaker) {
  expect_first("Как рассказал ТАСС первый замглавы комитета Госдумы Олег Лисин, законопроект рассмотрят весной.\n", "ru", "indirect",
               "законопроект рассмотрят весной", "Олег Лисин");
}

TEST(QuoteSlavicRound17, ARegionalHeadAndASpeakerOfParliamentHaveTheirOtherNames) {
  expect_first(
      "Аким города Ерлан Жаксылыков поручил проверить детские площадки. «Безопасность детей важнее всего», — подчеркнул глава города.\n",
      "ru", "direct", "", "Ерлан Жаксылыков");
  expect_first("Голова Верховної Ради Остап Гнатів заявив, що закон ухвалять восени. За словами спікера, голосів достатньо.\n", "uk",
               "indirect", "", "Остап Гнатів");
}

TEST(QuoteSlavicRound17, AWomanNamedByHerNationalityInSportCopy) {
  expect_first("Iga Kornecka awansowała do półfinału. – Czułam się dziś bardzo dobrze na korcie – mówiła po meczu Polka.\n", "pl", "direct",
               "", "Iga Kornecka");
  expect_first("Арина Лыкова вышла в финал турнира. «Я чувствовала себя отлично», — сказала белоруска.\n", "ru", "direct", "",
               "Арина Лыкова");
  // A man just named is not the woman of the epithet.
  expect_first("Иван Петров вышел в финал. «Я чувствовал себя отлично», — сказала казашка.\n", "ru", "direct", "", "казашка");
}

TEST(QuoteSlavicRound17, APolishClubOrCityInOnyOrLawiaIsNoName) {
  expect_first("– To był wyjątkowy wieczór – powiedział napastnik Barcelony.\n", "pl", "direct", "", "napastnik Barcelony");
  expect_first("– To był wyjątkowy wieczór – powiedział prezydent Wrocławia Adam Sowiński.\n", "pl", "direct", "", "Adam Sowiński");
}

TEST(QuoteSlavicRound17, AQuotingVerbsDescribedObjectSpeaksNotTheSiteThatQuotes) {
  expect_first("Вратарь «Сокола» Игорь Лаптев прокомментировал поражение. «Обидно пропускать», — цитирует голкипера сайт клуба.\n", "ru",
               "direct", "Обидно пропускать", "Игорь Лаптев");
  expect_first(
      "Вратарь «Сокола» Игорь Лаптев прокомментировал поражение. «Обидно пропускать», — приводит слова голкипера официальный сайт клуба.\n",
      "ru", "direct", "Обидно пропускать", "Игорь Лаптев");
}

TEST(QuoteSlavicRound17, TheSpeakerGoesOnPastTheOutletToldAndTheCompanyBothInMarks) {
  expect_first("«Мы видим рост спроса», — сказал «Интерфаксу» президент «Северного завода» Максим Лапин.\n", "ru", "direct",
               "Мы видим рост спроса", "Максим Лапин");
}

TEST(QuoteSlavicRound17, ASanitaryInspectorateReportsLikeThePolice) {
  expect_first("Woda w kranach jest już zdatna do picia – poinformował sanepid w Nysie.\n", "pl", "indirect",
               "Woda w kranach jest już zdatna do picia", "sanepid");
}

TEST(QuoteSlavicRound17, ABodysNounHeadsItsNameNotThePlaceItServes) {
  expect_first("Министерство здравоохранения Казахстана сообщило, что вакцины поступят в мае.\n", "ru", "indirect",
               "вакцины поступят в мае", "Министерство здравоохранения Казахстана");
  expect_first("Ministerstwo Zdrowia poinformowało, że szczepionki dotrą w maju.\n", "pl", "indirect", "szczepionki dotrą w maju",
               "Ministerstwo Zdrowia");
}

TEST(QuoteSlavicRound17, ABodyInAnObliqueCaseIsNamedInTheNominative) {
  expect_first("По данным Минздрава Казахстана, вакцины поступят в мае.\n", "ru", "indirect", "вакцины поступят в мае",
               "Минздрав Казахстана");
  expect_first("Як повідомили в Одеській міськраді, у трьох районах міста відновлено водопостачання.\n", "uk", "indirect",
               "у трьох районах міста відновлено водопостачання", "Одеська міськрада");
}

TEST(QuoteSlavicRound17, APlayerNamedByOneNameAfterTitleAndClubIsAPerson) {
  expect_first("Полузащитник «Ротора» Клаудиньо поблагодарил болельщиков. «Без их поддержки мы бы не справились», — сказал бразилец.\n",
               "ru", "direct", "Без их поддержки мы бы не справились", "Клаудиньо");
}

TEST(QuoteSlavicRound17, MoreVerbsAfterJakOpenAReportAndTheHeadOfTheMinistryIsItsMinister) {
  expect_first("Minister Jerzy Sowa odwiedził sąd w Lublinie. Jak tłumaczył szef resortu sprawiedliwości, projekt wymaga konsultacji.\n",
               "pl", "indirect", "projekt wymaga konsultacji", "Jerzy Sowa");
  expect_first("Jak zauważyli eksperci, ceny rosną szybciej niż płace.\n", "pl", "indirect", "ceny rosną szybciej niż płace", "eksperci");
}

TEST(QuoteSlavicRound17, AGroupWithItsAdjectiveAfterAnOpenerIsTheSource) {
  expect_first("По словам местных жителей, свет отключили утром.\n", "ru", "indirect", "свет отключили утром", "местные жители");
}

}  // namespace
}  // namespace article_lens
