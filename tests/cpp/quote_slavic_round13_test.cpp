// Round 13, Russian, Ukrainian and Polish: dialogue set off by spaced hyphens as wire copy types
// it, the owner of a document an impersonal cue reads from ("говорится в сообщении Минобороны"),
// and more. All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteSlavicRound13, SpacedHyphensSetOffDialogueLikeDashes) {
  // Mid-paragraph, after a sentence of the author's.
  const auto pl = read_article_quotes(
      "Jak powiedział minister Adam Zięba, wojsko jest w gotowości. - Nie damy się sprowokować - dodał.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[1].kind, "direct");
  EXPECT_EQ(pl.quotes[1].text, "Nie damy się sprowokować");
  EXPECT_EQ(pl.quotes[1].speaker, "Adam Zięba");
  // At the paragraph's start, with the speaker named after the cue, and resumed after it.
  const auto ru = read_article_quotes(
      "- Мы не отступим, - сказал глава района Игорь Седов. - Работы продолжатся.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].text, "Мы не отступим");
  EXPECT_EQ(ru.quotes[0].speaker, "Игорь Седов");
  EXPECT_EQ(ru.quotes[1].text, "Работы продолжатся.");
}

TEST(QuoteSlavicRound13, HyphensInsideWordsOrWithoutSpeechAreNoDialogue) {
  // A hyphenated name and a range: no speech.
  const auto names = read_article_quotes(
      "Minister Jan Kosiniak-Kamysz odwiedził jednostkę w Orzyszu. Ćwiczenia potrwają 2-3 tygodnie.\n", "pl");
  EXPECT_TRUE(names.quotes.empty());
  // A list in hyphens names no speaker.
  const auto list = read_article_quotes("- пункт первый - проверка документов.\n- пункт второй.\n", "ru");
  EXPECT_TRUE(list.quotes.empty());
}

TEST(QuoteSlavicRound13, TheOwnerOfTheDocumentAnImpersonalCueReadsFromSpeaks) {
  const auto indirect = read_article_quotes(
      "Средства ПВО за ночь сбили 12 беспилотников над областью, говорится в сообщении Минобороны РФ.\n", "ru");
  ASSERT_EQ(indirect.quotes.size(), 1u);
  EXPECT_EQ(indirect.quotes[0].kind, "indirect");
  EXPECT_EQ(indirect.quotes[0].speaker, "Минобороны РФ");
  const auto direct = read_article_quotes(
      "«Ситуация находится под контролем», — отмечается в совместном заявлении министерства.\n", "ru");
  ASSERT_EQ(direct.quotes.size(), 1u);
  EXPECT_EQ(direct.quotes[0].speaker, "министерство");
  const auto body = read_article_quotes(
      "Дороги в области расчищены, говорится в сообщении пресс-службы губернатора.\n", "ru");
  ASSERT_EQ(body.quotes.size(), 1u);
  EXPECT_EQ(body.quotes[0].mention, "пресс-службы губернатора");
  const auto uk = read_article_quotes(
      "Сили ППО знищили 18 дронів, йдеться в повідомленні Повітряних сил.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Повітряні сили");
  // With no owner named, there is still no speaker.
  const auto bare = read_article_quotes("Средства ПВО сбили 12 беспилотников, говорится в сообщении.\n", "ru");
  for (const auto& q : bare.quotes) EXPECT_EQ(q.speaker, "");
}

TEST(QuoteSlavicRound13, ACitationGoesWithTheSourceThatPassesItOn) {
  // An outlet in marks, then the sources it cites with their apposition between commas.
  const auto ru = read_article_quotes(
      "Как сообщает «Вестник» со ссылкой на три источника, знакомых с ситуацией, выборы перенесут на осень.\n", "ru");
  ASSERT_FALSE(ru.quotes.empty());
  const auto& report = ru.quotes.back();
  EXPECT_EQ(report.kind, "indirect");
  EXPECT_EQ(report.text, "выборы перенесут на осень");
  EXPECT_EQ(report.speaker, "Вестник");
  const auto uk = read_article_quotes(
      "Як повідомляє «Вісник» з посиланням на джерела, уряд змінить податки.\n", "uk");
  ASSERT_FALSE(uk.quotes.empty());
  EXPECT_EQ(uk.quotes.back().text, "уряд змінить податки");
  const auto pl = read_article_quotes(
      "Jak podaje portal Kurier, powołując się na źródła w resorcie, podatek wzrośnie od stycznia.\n", "pl");
  ASSERT_FALSE(pl.quotes.empty());
  EXPECT_EQ(pl.quotes.back().kind, "indirect");
  EXPECT_EQ(pl.quotes.back().text, "podatek wzrośnie od stycznia");
}

TEST(QuoteSlavicRound13, DoubleAndWomensSurnamesInOtherCasesFindTheirPerson) {
  const auto man = read_article_quotes(
      "Minister Jan Kowal-Brzeski odwiedził Orzysz. Według Kowala-Brzeskiego wojsko jest gotowe.\n", "pl");
  ASSERT_EQ(man.quotes.size(), 1u);
  EXPECT_EQ(man.quotes[0].speaker, "Jan Kowal-Brzeski");
  const auto woman = read_article_quotes(
      "Radna Ewa Kowalska zabrała głos na sesji. Według Kowalskiej budżet jest nierealny.\n", "pl");
  ASSERT_EQ(woman.quotes.size(), 1u);
  EXPECT_EQ(woman.quotes[0].speaker, "Ewa Kowalska");
  const auto ru = read_article_quotes(
      "Академик Олег Римский-Корсаков выступил в Думе. По словам Римского-Корсакова, реформа провалилась.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Римский-Корсаков");
  // A woman's office opening the sentence is a title, not part of her name.
  const auto title = read_article_quotes(
      "Wiceministra Ewa Nowacka zabrała głos. Jej zdaniem zmiany są potrzebne.\n", "pl");
  ASSERT_EQ(title.quotes.size(), 1u);
  EXPECT_EQ(title.quotes[0].speaker, "Ewa Nowacka");
}

TEST(QuoteSlavicRound13, AnOutletsOwnSourceInABodyIsAnonymousNotTheBody) {
  const auto pl = read_article_quotes(
      "Nasze źródło w Ministerstwie Zdrowia twierdzi, że projekt trafi do Sejmu w maju.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_TRUE(pl.quotes[0].anonymous);
  EXPECT_NE(pl.quotes[0].speaker, "Ministerstwo Zdrowia");
  const auto ru = read_article_quotes(
      "Наш собеседник в Министерстве здравоохранения утверждает, что проект внесут в мае.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_TRUE(ru.quotes[0].anonymous);
}

TEST(QuoteSlavicRound13, ATradeWordStandsForThePersonJustNamed) {
  const auto ru = read_article_quotes(
      "Официальный представитель МИД Ирина Волкова заявила, что ответ последует. Дипломат также отметила, "
      "что уведомления не поступало.\n",
      "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[1].speaker, "Ирина Волкова");
  // With an adjective, after the cue, and someone else named between who is only some "лидер".
  const auto leader = read_article_quotes(
      "Бывший премьер-министр Великобритании Джон Марч приехал в Киев. Лидер партии «Рассвет» Олег Дымов назвал "
      "визит «цирком». Марч на критику не ответил.\n«Мы будем помогать», — заявил британский лидер журналистам.\n",
      "ru");
  ASSERT_FALSE(leader.quotes.empty());
  EXPECT_EQ(leader.quotes.back().text, "Мы будем помогать");
  EXPECT_EQ(leader.quotes.back().speaker, "Джон Марч");
  // A noun after a preposition opens no description: "В завершение прокурор".
  const auto noun = read_article_quotes(
      "Прокурор края Сергей Лаптев провел форум. В завершение прокурор отметил, что итоги будут учтены.\n", "ru");
  ASSERT_EQ(noun.quotes.size(), 1u);
  EXPECT_EQ(noun.quotes[0].mention, "прокурор");
  EXPECT_EQ(noun.quotes[0].speaker, "Сергей Лаптев");
}

TEST(QuoteSlavicRound13, AnAdjectiveOfOriginPicksThePersonItFits) {
  // The person named last is the Indian prime minister; "российский лидер" is the Russian president.
  const auto ru = read_article_quotes(
      "Президент России Олег Ветров провел разговор с премьер-министром Индии Раджем Кумаром.\n"
      "«Индия остается нашим партнером», — подчеркнул российский лидер.\n",
      "ru");
  ASSERT_FALSE(ru.quotes.empty());
  EXPECT_EQ(ru.quotes.back().speaker, "Олег Ветров");
  // An adjective before a capitalised place head is still a person described, not a body.
  const auto president = read_article_quotes(
      "Президент России Олег Ветров провел совещание.\n«Работа продолжится», — сказал российский президент.\n", "ru");
  ASSERT_FALSE(president.quotes.empty());
  EXPECT_EQ(president.quotes.back().speaker, "Олег Ветров");
}

TEST(QuoteSlavicRound13, AnOutletToldInMarksBetweenSpeakerAndCueIsNoSpeaker) {
  const auto body = read_article_quotes("В Минфине “Ъ” пояснили, что меры носят временный характер.\n", "ru");
  ASSERT_FALSE(body.quotes.empty());
  EXPECT_EQ(body.quotes.back().kind, "indirect");
  EXPECT_EQ(body.quotes.back().text, "меры носят временный характер");
  EXPECT_EQ(body.quotes.back().mention, "Минфине");
  const auto person = read_article_quotes(
      "Депутат Иван Сомов «Известиям» рассказал, что законопроект внесут осенью.\n", "ru");
  ASSERT_FALSE(person.quotes.empty());
  EXPECT_EQ(person.quotes.back().kind, "indirect");
  EXPECT_EQ(person.quotes.back().speaker, "Иван Сомов");
  // A body named in marks before the cue is still no speaker by its last word.
  const auto named = read_article_quotes(
      "Представители филиала компании «Север Газ Томск» заверили, что работы проведут.\n", "ru");
  for (const auto& q : named.quotes) EXPECT_NE(q.speaker, "Томск");
}

TEST(QuoteSlavicRound13, AnOutletToldAfterTheCueInTheDativeStandsBetween) {
  const auto ru = read_article_quotes(
      "Как рассказал изданию источник в силовых структурах, следствие располагает записями.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].text, "следствие располагает записями");
  EXPECT_TRUE(ru.quotes[0].anonymous);
}

TEST(QuoteSlavicRound13, AnOccasionBetweenCueAndSpeakerAndFeatureCues) {
  const auto pl = read_article_quotes(
      "– Rozmawialiśmy o bezpieczeństwie – przekazał po spotkaniu prezydent Jan Wolski.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Jan Wolski");
  const auto ru = read_article_quotes("«Мы договорились», — сообщил после встречи президент Олег Ветров.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Ветров");
  const auto recalls = read_article_quotes("«Мы не уйдем», — вспоминает соседка погибшего Анна Ершова.\n", "ru");
  ASSERT_EQ(recalls.quotes.size(), 1u);
  EXPECT_EQ(recalls.quotes[0].speaker, "Анна Ершова");
}

TEST(QuoteSlavicRound13, AnOutletsFindingsAndAGenitiveSourceWithoutComma) {
  const auto found = read_article_quotes("Jak ustaliło Radio Zet, prokuratura wszczęła śledztwo.\n", "pl");
  ASSERT_EQ(found.quotes.size(), 1u);
  EXPECT_EQ(found.quotes[0].text, "prokuratura wszczęła śledztwo");
  // The group noun after the outlet opens the clause; it is not the source.
  const auto source = read_article_quotes("Według Onetu prokuratura umorzyła śledztwo.\n", "pl");
  ASSERT_EQ(source.quotes.size(), 1u);
  EXPECT_EQ(source.quotes[0].text, "prokuratura umorzyła śledztwo");
  EXPECT_EQ(source.quotes[0].mention, "Onetu");
  const auto ru = read_article_quotes("Как выяснил «Вестник», правительство готовит поправки.\n", "ru");
  ASSERT_FALSE(ru.quotes.empty());
  EXPECT_EQ(ru.quotes.back().text, "правительство готовит поправки");
  // An adverb opening an impersonal "mówi się" is no speaker.
  const auto adverb = read_article_quotes("Nieoficjalnie mówi się, że minister poda się do dymisji.\n", "pl");
  for (const auto& q : adverb.quotes) EXPECT_NE(q.speaker, "Nieoficjalnie");
}

TEST(QuoteSlavicRound13, ASourceSetOffBetweenSubjectAndVerbReportsTheWholeSentence) {
  const auto ru = read_article_quotes("Решение, по словам Пескова, будет принято позже.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "indirect");
  EXPECT_EQ(ru.quotes[0].text, "Решение, по словам Пескова, будет принято позже");
  EXPECT_EQ(ru.quotes[0].speaker, "Песков");
  const auto uk = read_article_quotes("Опозиція, за словами Железняка, голосувала проти.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Железняк");
  // An adverb before the source is still an opener: the clause follows the source.
  const auto opener = read_article_quotes("Впрочем, по словам Пескова, решение будет принято позже.\n", "ru");
  ASSERT_EQ(opener.quotes.size(), 1u);
  EXPECT_EQ(opener.quotes[0].text, "решение будет принято позже");
}

TEST(QuoteSlavicRound13, PolishPresentCuesAndSourcesWithoutCommaAroundMarks) {
  // "– ... – dodaje.": a present singular cue carries its subject, the person named last.
  const auto dialogue = read_article_quotes(
      "Mieszkanka Bogatyni Marta Zając nie kryje złości. Burmistrz Jan Lis obiecuje pomoc. Zając to nie wystarcza. "
      "– Obietnice słyszymy od lat – dodaje.\n",
      "pl");
  ASSERT_FALSE(dialogue.quotes.empty());
  EXPECT_EQ(dialogue.quotes.back().text, "Obietnice słyszymy od lat");
  EXPECT_EQ(dialogue.quotes.back().speaker, "Marta Zając");
  // A source with no comma before a clause that holds marked words reports the clause too.
  const auto mixed = read_article_quotes("Zdaniem ekonomisty Jana Nowaka plan jest „bardzo ambitny”.\n", "pl");
  ASSERT_EQ(mixed.quotes.size(), 2u);
  EXPECT_EQ(mixed.quotes[0].kind, "indirect");
  EXPECT_EQ(mixed.quotes[0].speaker, "Jan Nowak");
  EXPECT_EQ(mixed.quotes[1].kind, "direct");
}

TEST(QuoteSlavicRound13, UnnamedSourcesAfterAnOpenerOrWithoutComma) {
  const auto uk = read_article_quotes(
      "Водночас, за інформацією джерел видання в Офісі президента, остаточне рішення ще не ухвалене.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].text, "остаточне рішення ще не ухвалене");
  EXPECT_TRUE(uk.quotes[0].anonymous);
  const auto pl = read_article_quotes("Według informatorów Radia Zet rząd przygotowuje nowy projekt.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].text, "rząd przygotowuje nowy projekt");
  EXPECT_TRUE(pl.quotes[0].anonymous);
}

TEST(QuoteSlavicRound13, AnOutletAfterASourceWordBelongsToTheSource) {
  const auto ru = read_article_quotes(
      "Источник Вестника, знакомый с ходом проверки, утверждает, что решение готовилось месяцами.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].mention, "Источник Вестника");
  EXPECT_TRUE(ru.quotes[0].anonymous);
}

TEST(QuoteSlavicRound13, TheKremlinsSpokesmanUnderAnotherName) {
  const auto ru = read_article_quotes(
      "Пресс-секретарь президента РФ Олег Ветров сообщил, что Кремль не комментирует доклад. "
      "«Мы следим за ситуацией», — добавил представитель Кремля.\n",
      "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[1].speaker, "Олег Ветров");
}

}  // namespace
}  // namespace article_lens
