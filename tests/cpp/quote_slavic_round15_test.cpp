// Round 15, Russian, Ukrainian and Polish: a setting between an inverted cue and its titled subject,
// interviews printed as dashed questions and answers, and more. All sentences are written for
// these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteSlavicRound15, ASettingOfWhereStandsBetweenAnInvertedCueAndItsTitledSubject) {
  const auto ru = read_article_quotes(
      "— Свидетель путается в показаниях, — заявил в зале суда адвокат Павел Громов.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "direct");
  EXPECT_EQ(ru.quotes[0].text, "Свидетель путается в показаниях");
  EXPECT_EQ(ru.quotes[0].speaker, "Павел Громов");
  const auto pl = read_article_quotes(
      "– Szpital nie zostanie zamknięty – zapewniał w Radiu Zet wiceminister Jan Nowicki.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].text, "Szpital nie zostanie zamknięty");
  EXPECT_EQ(pl.quotes[0].speaker, "Jan Nowicki");
  const auto uk = read_article_quotes(
      "«Ракети летіли низько над річкою», – сказав в ефірі телемарафону речник ОВА Ігор Мельник.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Ігор Мельник");
}

TEST(QuoteSlavicRound15, AnswersAfterDashedQuestionsAreTheIntervieweesOfTheLeadIn) {
  const auto ru = read_article_quotes(
      "Директор театра Анна Беляева рассказала о новом сезоне.\n"
      "— Чем удивите зрителей?\n"
      "— Мы покажем три премьеры, одна из них детская.\n"
      "— А гастроли будут?\n"
      "— Весной поедем в Казань.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].kind, "direct");
  EXPECT_EQ(ru.quotes[0].text, "Мы покажем три премьеры, одна из них детская.");
  EXPECT_EQ(ru.quotes[0].speaker, "Анна Беляева");
  EXPECT_EQ(ru.quotes[1].text, "Весной поедем в Казань.");
  EXPECT_EQ(ru.quotes[1].speaker, "Анна Беляева");
  // The interviewer named in the lead-in asks; the other person answers.
  const auto pl = read_article_quotes(
      "Z Markiem Zielińskim, burmistrzem miasta, rozmawia Ewa Kowal.\n"
      "– Kiedy ruszy budowa obwodnicy?\n"
      "– Jeszcze w tym roku.\n"
      "– A skąd pieniądze?\n"
      "– Z funduszy unijnych i z budżetu gminy.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[0].text, "Jeszcze w tym roku.");
  EXPECT_EQ(pl.quotes[0].speaker, "Marek Zieliński");
  EXPECT_EQ(pl.quotes[1].speaker, "Marek Zieliński");
}

TEST(QuoteSlavicRound15, OneDashedQuestionAndAnswerOrAttributedDialogueIsNoInterview) {
  // A single exchange is too little to tell an interview from a scene.
  const auto one = read_article_quotes(
      "Мэр города Олег Титов вышел к жителям.\n"
      "— Когда дадут воду?\n"
      "— Завтра к обеду.\n", "ru");
  for (const auto& quote : one.quotes) EXPECT_NE(quote.speaker, "Олег Титов");
  // Dashed lines with the author's words keep their own speakers.
  const auto said = read_article_quotes(
      "Депутатка Оксана Руденко прокоментувала рішення.\n"
      "– Хто за це відповість? – запитала вона.\n"
      "– Ніхто, – відповів міністр Павло Ткач.\n"
      "– Чому? – перепитала Руденко.\n"
      "– Так вирішив суд, – сказав Ткач.\n", "uk");
  ASSERT_EQ(said.quotes.size(), 4u);
  EXPECT_EQ(said.quotes[1].speaker, "Павло Ткач");
  EXPECT_EQ(said.quotes[3].speaker, "Павло Ткач");
}

TEST(QuoteSlavicRound15, TheInterviewerOfTheLeadInTalksWithTheInterviewee) {
  const auto ru = read_article_quotes(
      "Обозреватель Ольга Миронова побеседовала с ректором университета Виктором Гаевым.\n"
      "— Сколько бюджетных мест будет в этом году?\n"
      "— Почти столько же, сколько в прошлом.\n"
      "— Общежитие достроят?\n"
      "— Да, к первому сентября.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].speaker, "Виктор Гаев");
  EXPECT_EQ(ru.quotes[1].speaker, "Виктор Гаев");
  // A double surname after "z" is put back in the nominative in both its parts.
  const auto pl = read_article_quotes(
      "Z senatorem Adamem Nowakiem-Jezierskim rozmawia Ewa Kowal.\n"
      "– Czy Senat poprze ustawę?\n"
      "– Raczej tak.\n"
      "– A poprawki?\n"
      "– Będą dwie.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[0].speaker, "Adam Nowak-Jezierski");
}

TEST(QuoteSlavicRound15, ANameInTheDativeAfterAnInvertedCueWasToldAndTheNextOneSpeaks) {
  const auto ru = read_article_quotes(
      "Как пояснил Андрею Котову его сосед, дом построили без разрешения.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "indirect");
  EXPECT_EQ(ru.quotes[0].text, "дом построили без разрешения");
  EXPECT_EQ(ru.quotes[0].mention, "его сосед");
  const auto uk = read_article_quotes(
      "Як розповіла Олені Зеленській директорка школи Марія Бойко, ремонт завершать у серпні.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].text, "ремонт завершать у серпні");
  EXPECT_EQ(uk.quotes[0].speaker, "Марія Бойко");
  const auto pl = read_article_quotes(
      "Jak przekazał Nawrockiemu szef sztabu, ćwiczenia potrwają tydzień.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].text, "ćwiczenia potrwają tydzień");
  EXPECT_EQ(pl.quotes[0].mention, "szef sztabu");
  // A name in the nominative is the speaker.
  const auto named = read_article_quotes("Как пояснил Андрей Котов, дом построили без разрешения.\n", "ru");
  ASSERT_EQ(named.quotes.size(), 1u);
  EXPECT_EQ(named.quotes[0].speaker, "Андрей Котов");
}

TEST(QuoteSlavicRound15, TheOwnerOfTheWordsAQuotingVerbQuotesSpeaksNotTheMedium) {
  const auto ru = read_article_quotes(
      "Слова Валентины Матвиенко приводит «Парламентская газета»: «Закон примут до конца сессии».\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].kind, "scare");  // the medium in marks is no speech
  EXPECT_EQ(ru.quotes[1].kind, "direct");
  EXPECT_EQ(ru.quotes[1].text, "Закон примут до конца сессии");
  EXPECT_EQ(ru.quotes[1].speaker, "Валентина Матвиенко");
  const auto uk = read_article_quotes(
      "Такі слова Кулеби навела пресслужба МЗС: «Ми чекаємо на рішення партнерів».\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Кулеба");
  const auto pl = read_article_quotes(
      "Słowa Krzysztofa Bosaka zacytował portal: „Nie poprzemy tej ustawy”.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Krzysztof Bosak");
  // Another cue's subject speaks: who confirmed the words, not whose they were.
  const auto confirmed = read_article_quotes(
      "Слова министра подтвердил заместитель Олег Рябов: «Решение уже принято».\n", "ru");
  ASSERT_EQ(confirmed.quotes.size(), 1u);
  EXPECT_EQ(confirmed.quotes[0].speaker, "Олег Рябов");
}

TEST(QuoteSlavicRound15, AWebOutletAfterAnInterviewPhraseIsPassedToTheSpeaker) {
  const auto uk = read_article_quotes(
      "Як зазначив у коментарі Censor.net військовий експерт Петро Черник, наступ очікують навесні.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].kind, "indirect");
  EXPECT_EQ(uk.quotes[0].text, "наступ очікують навесні");
  EXPECT_EQ(uk.quotes[0].speaker, "Петро Черник");
  const auto ru = read_article_quotes(
      "«Склады пусты», — сказал в интервью Lenta.ru фермер Игорь Власов.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Игорь Власов");
}

TEST(QuoteSlavicRound15, CourtRolesAreTitlesBeforeAName) {
  const auto ru = read_article_quotes(
      "— Вина доказана полностью, — сказал в прениях гособвинитель Денис Орлов.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Денис Орлов");
  const auto pl = read_article_quotes(
      "– Mój klient jest niewinny – przekonywała w sądzie obrończyni Marta Lis.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Marta Lis");
}

TEST(QuoteSlavicRound15, TheOwnerOfAStatementAndAManAskedAreNamedInTheNominative) {
  const auto ru = read_article_quotes("В заявлении Геннадия Зюганова говорится: «Партия против повышения налогов».\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Геннадий Зюганов");
  const auto asked = read_article_quotes(
      "Журналисты спросили Игоря Левитина о новых трассах.\n"
      "— Когда откроют дорогу на Казань?\n"
      "— В декабре.\n"
      "— А на Екатеринбург?\n"
      "— Через два года.\n", "ru");
  ASSERT_EQ(asked.quotes.size(), 2u);
  EXPECT_EQ(asked.quotes[0].speaker, "Игорь Левитин");
  const auto pl = read_article_quotes(
      "Dziennikarze zapytali Tomasza Siemoniaka o nowe przepisy.\n"
      "– Kiedy ustawa trafi do Sejmu?\n"
      "– Jeszcze w tym miesiącu.\n"
      "– A rozporządzenia?\n"
      "– Są gotowe.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[1].speaker, "Tomasz Siemoniak");
}

TEST(QuoteSlavicRound15, AGenitiveSourceWithNoCommaBeforeACapitalisedSubject) {
  const auto pl = read_article_quotes("Zdaniem Szymona Hołowni Sejm powinien pracować szybciej.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].kind, "indirect");
  EXPECT_EQ(pl.quotes[0].text, "Sejm powinien pracować szybciej");
  EXPECT_EQ(pl.quotes[0].speaker, "Szymon Hołownia");
  // A title's run and a comma keep their reading.
  const auto titled = read_article_quotes("Według posła Marka Sowy rozmowy trwają.\n", "pl");
  ASSERT_EQ(titled.quotes.size(), 1u);
  EXPECT_EQ(titled.quotes[0].speaker, "Marek Sowa");
  const auto comma = read_article_quotes("Zdaniem Szymona Hołowni, Sejm powinien pracować szybciej.\n", "pl");
  ASSERT_EQ(comma.quotes.size(), 1u);
  EXPECT_EQ(comma.quotes[0].text, "Sejm powinien pracować szybciej");
}

TEST(QuoteSlavicRound15, AUkrainianAdjectivalSurnameInTheGenitive) {
  const auto uk = read_article_quotes("За словами Олега Рудого, ремонт мосту триватиме рік.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Олег Рудий");
}

}  // namespace
}  // namespace article_lens
