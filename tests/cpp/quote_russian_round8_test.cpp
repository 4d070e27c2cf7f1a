// Round 8, Russian (and Ukrainian) press conventions: names in «» are no speech, bodies speak as
// the text describes them, bare titles and plural cues find their speaker, genitive names are
// given in the nominative. All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRussianRound8, MarksAfterANounOrAnAcronymNameAThing) {
  // The cue after the name belongs to the sentence, not to the marked words.
  const auto reading = read_article_quotes(
      "На праздник привезли передвижной планетарий «Звёздный путь», сообщает пресс-служба мэрии.\n"
      "Иск подало ООО «Северный ветер».\n"
      "Сенатор прибыл на крейсере «Адмирал Нахимов», сообщает агентство.\n",
      "ru");
  for (const auto& q : reading.quotes)
    if (q.kind != "indirect") EXPECT_EQ(q.kind, "scare") << q.text;
  // Speech after a cue verb, a colon or a dash is still speech.
  const auto speech = read_article_quotes("Он ответил «Нет» и ушёл. Позже Иван Орлов добавил: «Мы всё решим».\n", "ru");
  ASSERT_EQ(speech.quotes.size(), 2u);
  EXPECT_EQ(speech.quotes[0].kind, "direct");
  EXPECT_EQ(speech.quotes[1].kind, "direct");
  EXPECT_EQ(speech.quotes[1].speaker, "Иван Орлов");
  const auto uk = read_article_quotes("Позов подало ТОВ «Північний вітер», повідомляє агентство.\n", "uk");
  ASSERT_FALSE(uk.quotes.empty());
  for (const auto& q : uk.quotes)  // (round 9: the sentence is also the agency's report)
    if (q.kind != "indirect") EXPECT_EQ(q.kind, "scare") << q.text;
}

TEST(QuoteRussianRound8, ListedNamesAfterAColonAreNoQuoteOfTheSentencesFirstWord) {
  const auto reading = read_article_quotes("В программе участвуют клубы: «Первый шаг», «Старт» и «Финиш».\n", "ru");
  ASSERT_EQ(reading.quotes.size(), 3u);
  for (const auto& q : reading.quotes) EXPECT_EQ(q.kind, "scare") << q.text;
}

TEST(QuoteRussianRound8, ACapitalOpeningTheSentenceBeforeAColonIsNoSpeaker) {
  const auto reading = read_article_quotes("Порядок простой: «Сначала уроки, потом прогулка».\n", "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].speaker, "");
  // A name right before the colon still speaks.
  const auto named = read_article_quotes("Анна Белова: «Сначала уроки, потом прогулка».\n", "ru");
  ASSERT_EQ(named.quotes.size(), 1u);
  EXPECT_EQ(named.quotes[0].speaker, "Анна Белова");
}

TEST(QuoteRussianRound8, ASourceWordHeadsTheBodyItSpeaksFor) {
  const auto reading = read_article_quotes("Дело передано в суд, сообщает пресс-служба прокуратуры края.\n", "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "indirect");
  EXPECT_EQ(reading.quotes[0].speaker, "пресс-служба прокуратуры края");
  const auto acronym = read_article_quotes("Мост откроют в июне, сообщают специалисты областного Минтранса.\n", "ru");
  ASSERT_EQ(acronym.quotes.size(), 1u);
  EXPECT_EQ(acronym.quotes[0].speaker, "специалисты областного Минтранса");
  EXPECT_TRUE(acronym.quotes[0].described);
}

TEST(QuoteRussianRound8, APluralCueAndItsPrepositionNameTheBody) {
  const auto direct = read_article_quotes("«Решение окончательное», — подчеркнули в Кремле.\n", "ru");
  ASSERT_EQ(direct.quotes.size(), 1u);
  EXPECT_EQ(direct.quotes[0].mention, "Кремле");
  EXPECT_EQ(direct.quotes[0].cue, "подчеркнули");
  const auto reported = read_article_quotes("Дорогу отремонтируют к осени, рассказали в пресс-службе Автодора.\n", "ru");
  ASSERT_EQ(reported.quotes.size(), 1u);
  EXPECT_EQ(reported.quotes[0].kind, "indirect");
  EXPECT_EQ(reported.quotes[0].text, "Дорогу отремонтируют к осени");
  EXPECT_EQ(reported.quotes[0].mention, "пресс-службе Автодора");
}

TEST(QuoteRussianRound8, ASourcePhraseAfterAShortOpenerReportsTheRest) {
  const auto reading = read_article_quotes("С тех пор, по словам Ольги Петровой, в школе всё спокойно.\n", "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "indirect");
  EXPECT_EQ(reading.quotes[0].text, "в школе всё спокойно");
  // A subject before the source is no opener: the clause is not cut after it.
  const auto subject = read_article_quotes("Новая школа, по словам Ольги Петровой, откроется в срок.\n", "ru");
  for (const auto& q : subject.quotes) EXPECT_NE(q.text, "откроется в срок");
}

TEST(QuoteRussianRound8, NamesAfterAGenitivePhraseAreGivenInTheNominative) {
  const auto male = read_article_quotes("По словам Сергея Лаврова, переговоры продолжатся.\n", "ru");
  ASSERT_EQ(male.quotes.size(), 1u);
  EXPECT_EQ(male.quotes[0].mention, "Сергея Лаврова");  // the mention keeps the text
  EXPECT_EQ(male.quotes[0].speaker, "Сергей Лавров");
  const auto female = read_article_quotes("По мнению Марии Ивановой, школа откроется в срок.\n", "ru");
  ASSERT_EQ(female.quotes.size(), 1u);
  EXPECT_EQ(female.quotes[0].speaker, "Мария Иванова");
  const auto patronymic = read_article_quotes("По словам Павла Сергеевича Орлова, мост построят к осени.\n", "ru");
  ASSERT_EQ(patronymic.quotes.size(), 1u);
  EXPECT_EQ(patronymic.quotes[0].speaker, "Павел Сергеевич Орлов");
  // A surname with no known ending stays as written rather than guessed (round 10: a consonant
  // surname's -а is known, "Джона Смита" -> "Джон Смит"; an indeclinable one is not).
  const auto foreign = read_article_quotes("По мнению Джона Доу, сделка выгодна.\n", "ru");
  ASSERT_EQ(foreign.quotes.size(), 1u);
  EXPECT_EQ(foreign.quotes[0].speaker, "Джона Доу");
  // Ukrainian: "за словами"; a woman's -енко surname does not decline.
  const auto uk_male = read_article_quotes("За словами Олександра Шевченка, міст відкриють влітку.\n", "uk");
  ASSERT_EQ(uk_male.quotes.size(), 1u);
  EXPECT_EQ(uk_male.quotes[0].speaker, "Олександр Шевченко");
  const auto uk_female = read_article_quotes("За словами Олени Петренко, школу відкриють вчасно.\n", "uk");
  ASSERT_EQ(uk_female.quotes.size(), 1u);
  EXPECT_EQ(uk_female.quotes[0].speaker, "Олена Петренко");
  // A nominative name is left alone.
  const auto nominative = read_article_quotes("Мария Иванова сказала, что школа откроется.\n", "ru");
  ASSERT_EQ(nominative.quotes.size(), 1u);
  EXPECT_EQ(nominative.quotes[0].speaker, "Мария Иванова");
}

TEST(QuoteRussianRound8, ABareTitleAfterTheQuoteIsThePersonLastNamed) {
  // Not the last speaker: the person named since ("Член жюри Павел Орлов").
  const auto reading = read_article_quotes(
      "«Конкурс открыт», — сказала Анна Белова. Член жюри Павел Орлов напомнил о сроках. "
      "«Заявки принимаются до пятницы», — сказал эксперт.\n",
      "ru");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_EQ(reading.quotes[1].mention, "эксперт");
  EXPECT_EQ(reading.quotes[1].speaker, "Павел Орлов");
  const auto faction = read_article_quotes(
      "Поправки внесут в Госдуму, рассказал Андрей Климов. «Мы их поддержим», — сказал руководитель фракции.\n", "ru");
  ASSERT_EQ(faction.quotes.size(), 2u);
  EXPECT_EQ(faction.quotes[1].speaker, "Андрей Климов");
  // A longer description brings someone new.
  const auto newcomer = read_article_quotes(
      "«Работы много», — сообщил Андрей Климов. «Денег мало», — сказал сотрудник областного министерства финансов.\n", "ru");
  ASSERT_EQ(newcomer.quotes.size(), 2u);
  EXPECT_NE(newcomer.quotes[1].speaker, "Андрей Климов");
  const auto parliament = read_article_quotes(
      "«Работы много», — сообщил Андрей Климов. «Мы справимся», — сказал парламентарий.\n", "ru");
  ASSERT_EQ(parliament.quotes.size(), 2u);
  EXPECT_EQ(parliament.quotes[1].speaker, "Андрей Климов");
}

TEST(QuoteRussianRound8, BodiesAndPlacesAreNoPeople) {
  // "Республики Алтай" and "Госдумы РФ" are no persons a role could be matched to.
  const auto senator = read_article_quotes("Сенатор Республики Алтай выступил на форуме. «Всё готово», — сказал сенатор.\n", "ru");
  ASSERT_EQ(senator.quotes.size(), 1u);
  EXPECT_EQ(senator.quotes[0].speaker, "сенатор");
  const auto deputy = read_article_quotes(
      "Форум прошёл в Республике Алтай. Депутаты Госдумы РФ обсудили бюджет. «Всё готово», — сказал депутат.\n", "ru");
  ASSERT_EQ(deputy.quotes.size(), 1u);
  EXPECT_EQ(deputy.quotes[0].speaker, "депутат");
  // An acronym opening the words after a title names the body: the role speaks.
  const auto body = read_article_quotes("«Огонь потушен», — сказал представитель МЧС России.\n", "ru");
  ASSERT_EQ(body.quotes.size(), 1u);
  EXPECT_EQ(body.quotes[0].speaker, "представитель МЧС России");
  const auto person = read_article_quotes("«Огонь потушен», — сказал глава МИД России Сергей Лавров.\n", "ru");
  ASSERT_EQ(person.quotes.size(), 1u);
  EXPECT_EQ(person.quotes[0].speaker, "Сергей Лавров");
}

TEST(QuoteRussianRound8, AFullerNameWithAnotherFirstNameDoesNotRenameAPerson) {
  const auto reading = read_article_quotes(
      "Худрук театра Эмма Орлова рассказала о планах. Она вспомнила мужа Игоря Петровича Орлова. "
      "По словам Эммы Орловой, сезон будет богатым.\n",
      "ru");
  ASSERT_FALSE(reading.quotes.empty());
  EXPECT_EQ(reading.quotes.back().speaker, "Эмма Орлова");
}

TEST(QuoteRussianRound8, TheSpeakerAfterADayOrTheOutletTold) {
  const auto day = read_article_quotes("Новые данные помогут врачам, сообщила в пятницу пресс-служба университета.\n", "ru");
  ASSERT_EQ(day.quotes.size(), 1u);
  EXPECT_EQ(day.quotes[0].text, "Новые данные помогут врачам");
  EXPECT_EQ(day.quotes[0].mention, "пресс-служба университета");
  const auto outlet = read_article_quotes(
      "Цены на фрукты вряд ли вырастут, сообщил РИА Новости аналитик рынка Пётр Соколов.\n", "ru");
  ASSERT_EQ(outlet.quotes.size(), 1u);
  EXPECT_EQ(outlet.quotes[0].speaker, "Пётр Соколов");
  EXPECT_EQ(outlet.quotes[0].mention, "аналитик рынка Пётр Соколов");
  const auto direct = read_article_quotes("«Цены вырастут», — сказал ТАСС эксперт Пётр Соколов.\n", "ru");
  ASSERT_EQ(direct.quotes.size(), 1u);
  EXPECT_EQ(direct.quotes[0].speaker, "Пётр Соколов");
  const auto addressee = read_article_quotes("Работы на дамбе завершены, сообщили журналистам в военном ведомстве.\n", "ru");
  ASSERT_EQ(addressee.quotes.size(), 1u);
  EXPECT_EQ(addressee.quotes[0].mention, "военном ведомстве");
}

TEST(QuoteRussianRound8, AboutThisSaidAttributesTheSentenceBefore) {
  const auto reading = read_article_quotes(
      "Учёные научились предсказывать засухи по снимкам спутников. Об этом в четверг сообщила пресс-служба института.\n", "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "indirect");
  EXPECT_EQ(reading.quotes[0].text, "Учёные научились предсказывать засухи по снимкам спутников");
  EXPECT_EQ(reading.quotes[0].mention, "пресс-служба института");
  EXPECT_EQ(reading.quotes[0].cue, "сообщила");
  // A sentence already reported is not reported twice.
  const auto reported = read_article_quotes("Иван Орлов сказал, что мост откроют летом. Об этом сообщил ТАСС.\n", "ru");
  ASSERT_EQ(reported.quotes.size(), 1u);
  EXPECT_EQ(reported.quotes[0].speaker, "Иван Орлов");
  const auto uk = read_article_quotes("Міст через річку відкриють влітку цього року. Про це повідомила пресслужба міськради.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].text, "Міст через річку відкриють влітку цього року");
}

TEST(QuoteRussianRound8, AnImpersonalCueLeavesTheQuoteWithoutASpeaker) {
  // Not "Команда", the capital opening the sentence before.
  const auto reading = read_article_quotes(
      "Команда сыграет в финале. «Матч пройдёт в субботу в Казани», — говорится в сообщении клуба.\n", "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "direct");
  EXPECT_EQ(reading.quotes[0].speaker, "");
  EXPECT_EQ(reading.quotes[0].cue, "говорится");
}

TEST(QuoteRussianRound8, ADefinitionsSubjectAndTheOutletToldAreNames) {
  const auto defined = read_article_quotes("«Северный союз» — объединение рыболовецких артелей края.\n", "ru");
  ASSERT_EQ(defined.quotes.size(), 1u);
  EXPECT_EQ(defined.quotes[0].kind, "scare");
  // A cue after the dash makes it speech.
  const auto answered = read_article_quotes("«Нет» — ответил он.\n", "ru");
  ASSERT_EQ(answered.quotes.size(), 1u);
  EXPECT_EQ(answered.quotes[0].kind, "direct");
  const auto told = read_article_quotes("Адвокат Олег Зимин сказал «Вестям», что суд перенесут.\n", "ru");
  ASSERT_EQ(told.quotes.size(), 2u);  // the outlet, and (round 9) the reported speech beside it
  EXPECT_EQ(told.quotes[0].kind, "scare");
  EXPECT_EQ(told.quotes[1].kind, "indirect");
  const auto before_speaker = read_article_quotes("«Суд перенесут», — сказал «Вестям» сотрудник суда.\n", "ru");
  ASSERT_EQ(before_speaker.quotes.size(), 2u);
  EXPECT_EQ(before_speaker.quotes[0].mention, "сотрудник суда");
  EXPECT_EQ(before_speaker.quotes[1].kind, "scare");
}

TEST(QuoteRussianRound8, MediaThatReportAreSources) {
  const auto reading = read_article_quotes("«Переговоры отложены», — сообщает телеканал.\n", "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].mention, "телеканал");
  const auto reported = read_article_quotes("Как сообщает издание, завод закроют к весне.\n", "ru");
  ASSERT_EQ(reported.quotes.size(), 1u);
  EXPECT_EQ(reported.quotes[0].text, "завод закроют к весне");
  EXPECT_EQ(reported.quotes[0].mention, "издание");
}

}  // namespace
}  // namespace article_lens
