// Round 17, Russian, Ukrainian and Polish: a place after a title and its noun ("капитан сборной
// России"), the head of a body or the one asked standing for the person just named, an office in
// the genitive after "по словам", an unnamed source of "ours" with where it sits, feminine first
// names in "-li". All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::first_of_kind;
using testing::read_article_quotes;

TEST(QuoteSlavicRound17, APlaceAfterATitleAndItsNounIsNoSpeakersName) {
  const auto ru = read_article_quotes(
      "Павел Смирнов не скрывал разочарования после матча. «Мы играли слишком медленно», — признал капитан сборной России.\n", "ru");
  const auto ru_quote = first_of_kind(ru, "direct");
  EXPECT_EQ(ru_quote.text, "Мы играли слишком медленно");
  EXPECT_EQ(ru_quote.speaker, "Павел Смирнов");
  // With no one named before, the description stays whole.
  const auto alone = read_article_quotes("«Мы играли слишком медленно», — признал тренер сборной Бразилии.\n", "ru");
  EXPECT_EQ(first_of_kind(alone, "direct").speaker, "тренер сборной Бразилии");
  const auto pl = read_article_quotes(
      "– Zagraliśmy za wolno, brakowało pomysłu – przyznał kapitan reprezentacji Polski Marek Wójtowicz.\n", "pl");
  const auto pl_quote = first_of_kind(pl, "direct");
  EXPECT_EQ(pl_quote.text, "Zagraliśmy za wolno, brakowało pomysłu");
  EXPECT_EQ(pl_quote.speaker, "Marek Wójtowicz");
}

TEST(QuoteSlavicRound17, TheHeadOfABodyStandsForThePersonJustNamedWithoutATitle) {
  const auto pl = read_article_quotes(
      "Tadeusz Wrona ostro skrytykował projekt ustawy. Jak stwierdził prezes PSL, przepisy uderzą w rolników.\n", "pl");
  const auto quote = first_of_kind(pl, "indirect");
  EXPECT_EQ(quote.text, "przepisy uderzą w rolników");
  EXPECT_EQ(quote.speaker, "Tadeusz Wrona");
  // One of many who serve a body is someone new.
  const auto ru = read_article_quotes(
      "Игорь Белов задержан в аэропорту. «Он подозревается в мошенничестве», — сказал представитель МВД.\n", "ru");
  EXPECT_EQ(first_of_kind(ru, "direct").speaker, "представитель МВД");
}

TEST(QuoteSlavicRound17, TheOneAskedAnswersUnderAnOffice) {
  const auto ru = read_article_quotes(
      "Журналисты спросили Олега Ветрова о сроках реформы. «Законопроект будет внесен осенью», — ответил пресс-секретарь правительства.\n", "ru");
  const auto ru_quote = first_of_kind(ru, "direct");
  EXPECT_EQ(ru_quote.text, "Законопроект будет внесен осенью");
  EXPECT_EQ(ru_quote.speaker, "Олег Ветров");
  const auto at = read_article_quotes(
      "Журналисты поинтересовались у Виктора Орлова, будет ли продлен контракт. «Переговоры идут», — ответил глава клуба.\n", "ru");
  EXPECT_EQ(first_of_kind(at, "direct").speaker, "Виктор Орлов");
  const auto uk = read_article_quotes(
      "Журналісти запитали Петра Гнатюка про вибори. «Рішення ухвалюватиме парламент», – відповів президент.\n", "uk");
  const auto uk_quote = first_of_kind(uk, "direct");
  EXPECT_EQ(uk_quote.text, "Рішення ухвалюватиме парламент");
  EXPECT_EQ(uk_quote.speaker, "Петро Гнатюк");
}

TEST(QuoteSlavicRound17, AUniqueOfficeInTheGenitiveAfterAnOpenerIsThePersonJustNamed) {
  const auto ru = read_article_quotes(
      "Василий Гордеев провел совещание по уборке урожая. По словам губернатора, техника готова.\n", "ru");
  const auto quote = first_of_kind(ru, "indirect");
  EXPECT_EQ(quote.text, "техника готова");
  EXPECT_EQ(quote.speaker, "Василий Гордеев");
}

TEST(QuoteSlavicRound17, OursSourceWithWhereItSitsAfterTheCue) {
  const auto ru = read_article_quotes("«Решение еще не принято», — говорит наш собеседник из Администрации президента.\n", "ru");
  const auto ru_quote = first_of_kind(ru, "direct");
  EXPECT_EQ(ru_quote.text, "Решение еще не принято");
  EXPECT_EQ(ru_quote.speaker, "наш собеседник");
  EXPECT_TRUE(ru_quote.anonymous);
  const auto pl = read_article_quotes("– Decyzja jeszcze nie zapadła – przekonuje nasz rozmówca z Kancelarii Prezydenta.\n", "pl");
  const auto pl_quote = first_of_kind(pl, "direct");
  EXPECT_EQ(pl_quote.text, "Decyzja jeszcze nie zapadła");
  EXPECT_EQ(pl_quote.speaker, "nasz rozmówca");
}

TEST(QuoteSlavicRound17, AFeminineFirstNameInLiIsPutInTheNominative) {
  const auto pl = read_article_quotes("Według ministry Urszuli Grabowskiej szpitale dostaną więcej pieniędzy.\n", "pl");
  const auto quote = first_of_kind(pl, "indirect");
  EXPECT_EQ(quote.text, "szpitale dostaną więcej pieniędzy");
  EXPECT_EQ(quote.speaker, "Urszula Grabowska");
}

TEST(QuoteSlavicRound17, AKazakhRegionalHeadIsAnOffice) {
  const auto ru = read_article_quotes(
      "Аким области Нурлан Сейтказин осмотрел новую школу. По словам акима, к осени откроются еще две.\n", "ru");
  const auto quote = first_of_kind(ru, "indirect");
  EXPECT_EQ(quote.text, "к осени откроются еще две");
  EXPECT_EQ(quote.speaker, "Нурлан Сейтказин");
  const auto alone = read_article_quotes("По словам акима, к осени откроются еще две школы.\n", "ru");
  EXPECT_EQ(first_of_kind(alone, "indirect").speaker, "аким");
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
  const auto asked = read_article_quotes(
      "Журналисты спросили Ольгу Кравцову о сроках. «Ответ будет к пятнице», — сказала официальный представитель ведомства.\n", "ru");
  const auto quote = first_of_kind(asked, "direct");
  EXPECT_EQ(quote.text, "Ответ будет к пятнице");
  EXPECT_EQ(quote.speaker, "Ольга Кравцова");
  const auto quoted = read_article_quotes("«Обидно пропускать в концовке», — цитирует Игоря Лантратова сайт клуба.\n", "ru");
  EXPECT_EQ(first_of_kind(quoted, "direct").speaker, "Игорь Лантратов");
}

TEST(QuoteSlavicRound17, ThePlatformXBetweenTheCueAndTheSpeakerIsNoName) {
  const auto pl = read_article_quotes("– Mamy do czynienia z atakiem na sieć – napisał na platformie X Krzysztof Wrzos.\n", "pl");
  const auto pl_quote = first_of_kind(pl, "direct");
  EXPECT_EQ(pl_quote.text, "Mamy do czynienia z atakiem na sieć");
  EXPECT_EQ(pl_quote.speaker, "Krzysztof Wrzos");
  const auto ru = read_article_quotes("«Мы имеем дело с атакой на сеть», — написал в соцсети X вице-премьер Олег Рябов.\n", "ru");
  EXPECT_EQ(first_of_kind(ru, "direct").speaker, "Олег Рябов");
}

TEST(QuoteSlavicRound17, ATelegramChannelNamedInMarksIsTheSourceNotSpeech) {
  const auto ru = read_article_quotes(
      "Как сообщает Telegram-канал «Сводка», задержанный ранее уже привлекался к ответственности.\n", "ru");
  ASSERT_EQ(first_of_kind(ru, "direct").text, "");
  const auto quote = first_of_kind(ru, "indirect");
  EXPECT_EQ(quote.text, "задержанный ранее уже привлекался к ответственности");
  EXPECT_FALSE(quote.speaker.empty());
}

TEST(QuoteSlavicRound17, APolishSourceWithoutACommaEndsAfterItsGenitiveWords) {
  const auto field = read_article_quotes("Według ministra zdrowia szpitale dostaną dodatkowe środki.\n", "pl");
  const auto quote = first_of_kind(field, "indirect");
  EXPECT_EQ(quote.text, "szpitale dostaną dodatkowe środki");
  EXPECT_EQ(quote.speaker, "minister zdrowia");
  const auto town = read_article_quotes("Według prezydenta miasta prace potrwają dwa lata.\n", "pl");
  EXPECT_EQ(first_of_kind(town, "indirect").text, "prace potrwają dwa lata");
  // A title of two words, standing for the president just named.
  const auto head = read_article_quotes(
      "Prezydent Jan Lisiecki zawetował ustawę. Według głowy państwa przepisy są niezgodne z konstytucją.\n", "pl");
  const auto head_quote = first_of_kind(head, "indirect");
  EXPECT_EQ(head_quote.text, "przepisy są niezgodne z konstytucją");
  EXPECT_EQ(head_quote.speaker, "Jan Lisiecki");
}

TEST(QuoteSlavicRound17, AFirstDeputyAfterTheOutletToldIsTheSpeaker) {
  const auto ru = read_article_quotes(
      "Как рассказал ТАСС первый замглавы комитета Госдумы Олег Лисин, законопроект рассмотрят весной.\n", "ru");
  const auto quote = first_of_kind(ru, "indirect");
  EXPECT_EQ(quote.text, "законопроект рассмотрят весной");
  EXPECT_EQ(quote.speaker, "Олег Лисин");
}

TEST(QuoteSlavicRound17, ARegionalHeadAndASpeakerOfParliamentHaveTheirOtherNames) {
  const auto ru = read_article_quotes(
      "Аким города Ерлан Жаксылыков поручил проверить детские площадки. «Безопасность детей важнее всего», — подчеркнул глава города.\n", "ru");
  EXPECT_EQ(first_of_kind(ru, "direct").speaker, "Ерлан Жаксылыков");
  const auto uk = read_article_quotes(
      "Голова Верховної Ради Остап Гнатів заявив, що закон ухвалять восени. За словами спікера, голосів достатньо.\n", "uk");
  const auto quote = first_of_kind(uk, "indirect");
  EXPECT_EQ(quote.speaker, "Остап Гнатів");
}

TEST(QuoteSlavicRound17, AWomanNamedByHerNationalityInSportCopy) {
  const auto pl = read_article_quotes(
      "Iga Kornecka awansowała do półfinału. – Czułam się dziś bardzo dobrze na korcie – mówiła po meczu Polka.\n", "pl");
  EXPECT_EQ(first_of_kind(pl, "direct").speaker, "Iga Kornecka");
  const auto ru = read_article_quotes(
      "Арина Лыкова вышла в финал турнира. «Я чувствовала себя отлично», — сказала белоруска.\n", "ru");
  EXPECT_EQ(first_of_kind(ru, "direct").speaker, "Арина Лыкова");
  // A man just named is not the woman of the epithet.
  const auto other = read_article_quotes("Иван Петров вышел в финал. «Я чувствовал себя отлично», — сказала казашка.\n", "ru");
  EXPECT_EQ(first_of_kind(other, "direct").speaker, "казашка");
}

TEST(QuoteSlavicRound17, APolishClubOrCityInOnyOrLawiaIsNoName) {
  const auto alone = read_article_quotes("– To był wyjątkowy wieczór – powiedział napastnik Barcelony.\n", "pl");
  EXPECT_EQ(first_of_kind(alone, "direct").speaker, "napastnik Barcelony");
  const auto named = read_article_quotes("– To był wyjątkowy wieczór – powiedział prezydent Wrocławia Adam Sowiński.\n", "pl");
  EXPECT_EQ(first_of_kind(named, "direct").speaker, "Adam Sowiński");
}

}  // namespace
}  // namespace article_lens
