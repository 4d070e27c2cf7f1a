// Round 12, Russian, Ukrainian and Polish: one office under another name ("глава Минфина" ...
// "по словам министра"), an unnamed source with the place it sits in ("источник в правительстве"),
// a Polish source with no comma, women's names, outlets in marks, a body's adjectives, and a
// sentence that names who said the quote before it. All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteSlavicRound12, AnOfficeIntroducedUnderOneNameIsFoundUnderAnother) {
  // "Глава Минфина" introduced, "министр" later.
  const auto minister = read_article_quotes(
      "Глава Минфина Олег Рябов провел встречу с банкирами. По словам министра, налоги повышать не будут.\n", "ru");
  ASSERT_EQ(minister.quotes.size(), 1u);
  EXPECT_EQ(minister.quotes[0].speaker, "Олег Рябов");
  // The other way round: "министр финансов" introduced, "глава Минфина" later.
  const auto head = read_article_quotes(
      "Министр финансов Олег Рябов выступил в Думе. По словам главы Минфина, дефицит сократится.\n", "ru");
  ASSERT_EQ(head.quotes.size(), 1u);
  EXPECT_EQ(head.quotes[0].speaker, "Олег Рябов");
  // A title of several words ("председатель Банка России") and its short name ("глава ЦБ"), with
  // another official speaking in between: not the last speaker, the holder of the office.
  const auto bank = read_article_quotes(
      "Министр транспорта Игорь Лунин заявил, что тарифы не вырастут. Председатель Банка России Вера Ильина "
      "отметила, что инфляция замедлилась. «Мы видим улучшение», — сказала глава ЦБ.\n",
      "ru");
  ASSERT_EQ(bank.quotes.size(), 3u);
  EXPECT_EQ(bank.quotes[2].speaker, "Вера Ильина");
  const auto pl = read_article_quotes(
      "Minister spraw zagranicznych Tomasz Lis spotkał się z ambasadorami. „Rozmowy były trudne” – powiedział szef MSZ.\n",
      "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Tomasz Lis");
  const auto uk = read_article_quotes(
      "Очільник МЗС Андрій Гнатюк прибув до Брюсселя. За словами міністра, переговори тривають.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Андрій Гнатюк");
}

TEST(QuoteSlavicRound12, AnOfficeNameDoesNotMeanAnotherMinister) {
  // "глава Минфина" is not the transport minister who spoke last.
  const auto ru = read_article_quotes(
      "Министр транспорта Игорь Лунин заявил, что тарифы не вырастут. По словам главы Минфина, бюджет это выдержит.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].speaker, "Игорь Лунин");
  EXPECT_NE(ru.quotes[1].speaker, "Игорь Лунин");
}

TEST(QuoteSlavicRound12, AnUnnamedSourceWithItsPlaceIsTheSpeakerNotThePlace) {
  const auto ru = read_article_quotes(
      "Источник в правительстве сообщил, что решение будет принято в пятницу.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].mention, "Источник в правительстве");
  EXPECT_TRUE(ru.quotes[0].anonymous);
  const auto high = read_article_quotes(
      "Высокопоставленный источник в министерстве обороны заявил журналистам, что учения продлят.\n", "ru");
  ASSERT_EQ(high.quotes.size(), 1u);
  EXPECT_EQ(high.quotes[0].mention, "Высокопоставленный источник в министерстве обороны");
  EXPECT_TRUE(high.quotes[0].anonymous);
  // The outlet after the source word stays in the mention, not as the speaker.
  const auto uk = read_article_quotes("Джерело видання в уряді підтвердило, що проєкт уже погоджено.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_TRUE(uk.quotes[0].anonymous);
  const auto pl = read_article_quotes("Nasze źródło w ministerstwie zdrowia twierdzi, że ustawa zostanie zmieniona.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].mention, "Nasze źródło w ministerstwie zdrowia");
  EXPECT_TRUE(pl.quotes[0].anonymous);
  // A named speaker in a place is still the speaker.
  const auto named = read_article_quotes("Депутат Иван Орлов в Думе заявил, что закон примут осенью.\n", "ru");
  ASSERT_EQ(named.quotes.size(), 1u);
  EXPECT_EQ(named.quotes[0].speaker, "Иван Орлов");
}

TEST(QuoteSlavicRound12, APolishSourceWithNoCommaEndsBeforeTheWordThatOpensTheClause) {
  const auto police = read_article_quotes("Według straży pożarnej pożar ugaszono. Według policji sprawca uciekł pieszo.\n", "pl");
  ASSERT_EQ(police.quotes.size(), 1u);  // "straży pożarnej" may go on: no guess there
  EXPECT_EQ(police.quotes[0].kind, "indirect");
  EXPECT_EQ(police.quotes[0].text, "sprawca uciekł pieszo");
  EXPECT_EQ(police.quotes[0].speaker, "policja");
  // With the capitalised name of whose experts they are.
  const auto bank = read_article_quotes("Zdaniem ekonomistów PKO BP stopy spadną jesienią.\n", "pl");
  ASSERT_EQ(bank.quotes.size(), 1u);
  EXPECT_EQ(bank.quotes[0].text, "stopy spadną jesienią");
  EXPECT_EQ(bank.quotes[0].speaker, "ekonomiści PKO BP");
  // A genitive that goes on naming the source is not taken for the clause.
  const auto more = read_article_quotes("Według ekspertów urzędu ceny wzrosną.\n", "pl");
  for (const auto& quote : more.quotes) EXPECT_NE(quote.text, "urzędu ceny wzrosną");
}

TEST(QuoteSlavicRound12, ASourcePhraseOpeningTheTextIsRead) {
  // The possessive pronoun of "Jego zdaniem" is the text's first word: reading the gap before it
  // must not look before the text.
  const auto pl = read_article_quotes("Jego zdaniem ustawa wejdzie w życie w maju.", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].kind, "indirect");
  EXPECT_EQ(pl.quotes[0].text, "ustawa wejdzie w życie w maju");
}

TEST(QuoteSlavicRound12, AWomansNameIsNoMansGenitive) {
  // "Ольга Кравцова" after "Леонида Кравцова": she is no "Ольг Кравцов", and the feminine cue with
  // the bare surname means her.
  const auto ru = read_article_quotes(
      "В музее открылась выставка художника Леонида Кравцова. Ее готовила внучка художника Ольга Кравцова. "
      "«Он писал каждый день», — сказала Кравцова.\n",
      "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Ольга Кравцова");
  // A masculine cue still means him.
  const auto him = read_article_quotes(
      "На вечере выступила Ольга Кравцова, внучка Леонида Кравцова. «Пишите каждый день», — говорил Кравцов.\n", "ru");
  ASSERT_EQ(him.quotes.size(), 1u);
  EXPECT_NE(him.quotes[0].speaker, "Ольга Кравцова");
  EXPECT_NE(him.quotes[0].speaker, "Ольг Кравцов");
  const auto alone = read_article_quotes("Выступила Ирина Соколова. «Мы готовы», — сказала Соколова.\n", "ru");
  ASSERT_EQ(alone.quotes.size(), 1u);
  EXPECT_EQ(alone.quotes[0].speaker, "Ирина Соколова");
  // A man's genitive is still read as one.
  const auto man = read_article_quotes("По словам Олега Соколова, выставка откроется в мае.\n", "ru");
  ASSERT_EQ(man.quotes.size(), 1u);
  EXPECT_EQ(man.quotes[0].speaker, "Олег Соколов");
}

TEST(QuoteSlavicRound12, AParentheticalWordBetweenCommasKeepsTheSpeaker) {
  const auto ru = read_article_quotes("Депутат Вера Лосева, напротив, считает, что закон нужен.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Вера Лосева");
  const auto uk = read_article_quotes("Депутат Олег Лисний, натомість, заявив, що закон потрібен.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Олег Лисний");
}

TEST(QuoteSlavicRound12, APlaceInTheGenitiveAfterATitleIsNoPartOfTheName) {
  const auto pl = read_article_quotes("– Basen zostanie zamknięty – powiedział burmistrz Sandomierza Piotr Lasek.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Piotr Lasek");
}

TEST(QuoteSlavicRound12, AnOutletNamedInMarksBesideItsCueIsNoQuotation) {
  // The outlet told, with the clause going on after it, or before the cue with no comma or dash.
  const auto told = read_article_quotes("Директор завода Олег Ким подтвердил «Вестнику» факт продажи.\n", "ru");
  for (const auto& quote : told.quotes) EXPECT_EQ(quote.kind, "scare");
  const auto before = read_article_quotes("Про це «Вечірньому Львову» розповів депутат Іван Мельник.\n", "uk");
  for (const auto& quote : before.quotes) EXPECT_EQ(quote.kind, "scare");
  // Who said it, after a cue that refers back.
  const auto source = read_article_quotes("Суд отложил заседание. Об этом сообщает «Городской вестник».\n", "ru");
  for (const auto& quote : source.quotes) EXPECT_EQ(quote.kind, "scare");
  // A short utterance after its cue is still speech.
  const auto speech = read_article_quotes("Он сказал «Спасибо» и ушел.\n", "ru");
  ASSERT_EQ(speech.quotes.size(), 1u);
  EXPECT_EQ(speech.quotes[0].kind, "direct");
}

TEST(QuoteSlavicRound12, OneOfSeveralSourcesIsOneMention) {
  const auto ru = read_article_quotes("«Сделка почти готова», — говорит один из собеседников агентства.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].mention, "один из собеседников агентства");
  EXPECT_TRUE(ru.quotes[0].anonymous);
  // After an outlet in marks.
  const auto told = read_article_quotes(
      "Как рассказал «Вестнику» один из участников встречи, стороны договорились о цене.\n", "ru");
  ASSERT_EQ(told.quotes.size(), 2u);  // the outlet's name in marks, and the report
  EXPECT_EQ(told.quotes[0].kind, "scare");
  EXPECT_EQ(told.quotes[1].kind, "indirect");
  EXPECT_EQ(told.quotes[1].mention, "один из участников встречи");
  const auto pl = read_article_quotes("„Nikt tego nie chce” – mówi jeden z naszych rozmówców.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].mention, "jeden z naszych rozmówców");
  EXPECT_TRUE(pl.quotes[0].anonymous);
}

TEST(QuoteSlavicRound12, ABodysAdjectivesTakeTheNominativeOfItsGender) {
  const auto neuter = read_article_quotes("«Учения идут по плану», — сообщили в военном ведомстве.\n", "ru");
  ASSERT_EQ(neuter.quotes.size(), 1u);
  EXPECT_EQ(neuter.quotes[0].speaker, "военное ведомство");
  // The masculine, with the genitive of whose it is.
  const auto staff = read_article_quotes("«Ситуация под контролем», — заявили в оперативном штабе области.\n", "ru");
  ASSERT_EQ(staff.quotes.size(), 1u);
  EXPECT_EQ(staff.quotes[0].speaker, "оперативный штаб области");
  // Before the cue, and the feminine.
  const auto police = read_article_quotes("В транспортной полиции заявили, что рейды продолжатся.\n", "ru");
  ASSERT_EQ(police.quotes.size(), 1u);
  EXPECT_EQ(police.quotes[0].speaker, "транспортная полиция");
  const auto uk = read_article_quotes("У військовому відомстві заявили, що навчання тривають.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "військове відомство");
}

TEST(QuoteSlavicRound12, ASentenceOpeningWithTakNamesWhoSaidTheQuoteBefore) {
  const auto ru = read_article_quotes(
      "«Мы закончим мост к зиме». Так прокомментировал ситуацию мэр города Олег Сизов.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Сизов");
  EXPECT_EQ(ru.quotes[0].mention, "мэр города Олег Сизов");
  const auto pl = read_article_quotes("„Nie zamkniemy szkoły”. Tak skomentował sprawę burmistrz Jan Lis.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Jan Lis");
  // "Так," with a comma opens an example, not a reference back.
  const auto example = read_article_quotes("«Цены вырастут». Так, министр Иван Петров заявил, что тарифы поднимут.\n", "ru");
  ASSERT_EQ(example.quotes.size(), 2u);
  EXPECT_NE(example.quotes[0].speaker, "Иван Петров");
}

TEST(QuoteSlavicRound12, AnAdjectiveOpeningABodysNameAfterATitleIsNoPerson) {
  // "Речник Повітряних сил Юрій Ігнат": "Повітряних" is no person, so "За даними Повітряних сил"
  // names the body whole.
  const auto uk = read_article_quotes(
      "Речник Повітряних сил Юрій Ігнат зазначив, що більшість дронів збито. За даними Повітряних сил, уночі ворог запустив 40 дронів.\n",
      "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[0].speaker, "Юрій Ігнат");
  EXPECT_EQ(uk.quotes[1].text, "уночі ворог запустив 40 дронів");
  EXPECT_EQ(uk.quotes[1].speaker, "Повітряні сили");
  // A surname with such an ending before its cue is still a person.
  const auto ru = read_article_quotes("Депутат Белых заявил, что закон примут.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Белых");
}

TEST(QuoteSlavicRound12, AnObjectOpeningTheSentenceBeforeIsNoSpeaker) {
  // The cue's ending carries the subject, whom the sentence before names after its verb.
  const auto pl = read_article_quotes(
      "Informację potwierdził nam rzecznik urzędu miasta Adam Sowa. „Kontrola trwa” – przekazał.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Adam Sowa");
  const auto ru = read_article_quotes(
      "Эти данные подтвердил нам представитель мэрии Олег Рогов. «Проверка идет», — добавил.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Рогов");
}

TEST(QuoteSlavicRound12, AnyMinistryByItsShortNameMeansAMinister) {
  const auto ru = read_article_quotes(
      "Глава Минцифры Павел Сомов провел совещание. По словам министра, сервис заработает в июне.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Павел Сомов");
}

TEST(QuoteSlavicRound12, ANameInMarksAfterATitleOrSourceWordIsTheirBody) {
  const auto ru = read_article_quotes("Аналитик «Альфа-Капитала» Игорь Сомов считает, что рынок вырастет.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].kind, "scare");
  EXPECT_EQ(ru.quotes[1].kind, "indirect");
  EXPECT_EQ(ru.quotes[1].speaker, "Игорь Сомов");
  const auto uk = read_article_quotes("Джерело «Вечірнього Києва» в уряді розповіло, що відставок не буде.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[0].kind, "scare");
  EXPECT_EQ(uk.quotes[1].kind, "indirect");
  EXPECT_TRUE(uk.quotes[1].anonymous);
}

TEST(QuoteSlavicRound12, ARussianSourceOpeningTheSentenceRunsToItsComma) {
  const auto ru = read_article_quotes(
      "Как сообщили в пресс-службе Фонда социального страхования, выплаты начнутся в мае.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].text, "выплаты начнутся в мае");
  EXPECT_EQ(ru.quotes[0].speaker, "пресс-служба Фонда социального страхования");
  // A person's name ends the source where it ends.
  const auto person = read_article_quotes("Как заявил депутат Олег Лис в эфире радио, закон примут.\n", "ru");
  ASSERT_EQ(person.quotes.size(), 1u);
  EXPECT_EQ(person.quotes[0].speaker, "Олег Лис");
}

TEST(QuoteSlavicRound12, ACommitteesSubjectBetweenTitleAndNameKeepsThePerson) {
  const auto after = read_article_quotes(
      "«Проект важен», — заявил председатель комитета Госдумы по энергетике Павел Завалов.\n", "ru");
  ASSERT_EQ(after.quotes.size(), 1u);
  EXPECT_EQ(after.quotes[0].speaker, "Павел Завалов");
  const auto before = read_article_quotes(
      "Председатель комитета Госдумы по энергетике Павел Завалов заявил, что проект важен.\n", "ru");
  ASSERT_EQ(before.quotes.size(), 1u);
  EXPECT_EQ(before.quotes[0].speaker, "Павел Завалов");
  // An occasion naming someone else is still no subject.
  const auto occasion = read_article_quotes("Депутат Олег Лис в беседе с Иваном Сомовым заявил, что закон примут.\n", "ru");
  ASSERT_EQ(occasion.quotes.size(), 1u);
  EXPECT_EQ(occasion.quotes[0].speaker, "Олег Лис");
  const auto uk = read_article_quotes("«Бюджет ухвалять», – заявила голова комітету з питань бюджету Ірина Лис.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Ірина Лис");
}

TEST(QuoteSlavicRound12, AnAppositionEndingInANameInMarksKeepsTheSpeaker) {
  const auto uk = read_article_quotes(
      "Ірина Лис, голова партії «Нова сила», заявила, що депутати підтримають закон.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[0].kind, "scare");
  EXPECT_EQ(uk.quotes[1].kind, "indirect");
  EXPECT_EQ(uk.quotes[1].speaker, "Ірина Лис");
  const auto pl = read_article_quotes("Anna Wilk, szefowa fundacji „Dobre Serce”, powiedziała, że zbiórka trwa.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[1].speaker, "Anna Wilk");
}

TEST(QuoteSlavicRound12, AnAppositionOpenedByAnAdjectiveKeepsTheSpeakerBeforeIt) {
  const auto ru = read_article_quotes("Источник, близкий к руководству банка, сообщил, что сделка отложена.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].text, "сделка отложена");
  EXPECT_TRUE(ru.quotes[0].anonymous);
  const auto named = read_article_quotes("Олег Сизов, знакомый с ходом переговоров, сообщил, что сделка отложена.\n", "ru");
  ASSERT_EQ(named.quotes.size(), 1u);
  EXPECT_EQ(named.quotes[0].speaker, "Олег Сизов");
  const auto pl = read_article_quotes("Nasz rozmówca, znający kulisy rozmów, twierdzi, że umowa jest gotowa.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_TRUE(pl.quotes[0].anonymous);
}

TEST(QuoteSlavicRound12, AnOutletToldThatEndsTheClauseIsNoSpeaker) {
  // "– powiedział PAP.": the cue's subject is left out; the person the text was just about speaks.
  const auto pl = read_article_quotes(
      "Minister Jan Sroka zapowiedział nowe przepisy. – Musimy być gotowi na ataki – powiedział PAP.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].kind, "direct");
  EXPECT_EQ(pl.quotes[0].speaker, "Jan Sroka");
  const auto marked = read_article_quotes(
      "Minister Jan Sroka zapowiedział nowe przepisy. „Musimy być gotowi” – powiedział PAP.\n", "pl");
  ASSERT_EQ(marked.quotes.size(), 1u);
  EXPECT_EQ(marked.quotes[0].speaker, "Jan Sroka");
  const auto ru = read_article_quotes("Министр Олег Сизов выступил на форуме. «Мы готовы к диалогу», — сказал ТАСС.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Сизов");
  // The person named after the outlet still speaks.
  const auto named = read_article_quotes("«Мы готовы к диалогу», — сказал ТАСС министр Олег Сизов.\n", "ru");
  ASSERT_EQ(named.quotes.size(), 1u);
  EXPECT_EQ(named.quotes[0].speaker, "Олег Сизов");
}

TEST(QuoteSlavicRound12, AnOutletInMarksAfterTheCueOfTheSpeechIsTold) {
  const auto pl = read_article_quotes(
      "Burmistrz Adam Sowa przyznał, że miasto ma kłopot. – Potrzebujemy obwodnicy – mówi „Kurierowi”.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 3u);
  EXPECT_EQ(pl.quotes[1].kind, "direct");
  EXPECT_EQ(pl.quotes[1].speaker, "Adam Sowa");
  EXPECT_EQ(pl.quotes[2].kind, "scare");
  const auto ru = read_article_quotes(
      "Активист Олег Сизов вышел на свободу. «Меня держали без объяснений», — рассказал он «Вестнику».\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Сизов");
  EXPECT_EQ(ru.quotes[1].kind, "scare");
}

TEST(QuoteSlavicRound12, ABodyInMixedCapitalsOrTheGenitiveBeforeANameIsNoPartOfIt) {
  const auto acronym = read_article_quotes("Jak poinformowała rzeczniczka GDDKiA Anna Sowa, prace ruszą w maju.\n", "pl");
  ASSERT_EQ(acronym.quotes.size(), 1u);
  EXPECT_EQ(acronym.quotes[0].speaker, "Anna Sowa");
  const auto town = read_article_quotes("Burmistrz Zakopanego Adam Sowa przyznał, że korki są problemem.\n", "pl");
  ASSERT_EQ(town.quotes.size(), 1u);
  EXPECT_EQ(town.quotes[0].speaker, "Adam Sowa");
}

TEST(QuoteSlavicRound12, ATwoWordDescriptionOfAnOfficeFindsItsHolder) {
  const auto ru = read_article_quotes(
      "Губернатор Тверской области Олег Сизов провел совещание. Глава региона отметил, что дороги отремонтируют к осени.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Сизов");
}

TEST(QuoteSlavicRound12, ADialogueCueWithWhomAndWhereButNoOneNamedLeavesItsSubjectOut) {
  const auto pl = read_article_quotes(
      "Marszałek Jan Sroka zapowiedział zmiany. – Nie będziemy tego odkładać – powiedział dziennikarzom w Sejmie.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Jan Sroka");
  // An occasion with one lower-case word before the speaker's title.
  const auto uk = read_article_quotes(
      "– Ми не будемо підвищувати тарифи, – заявила в ефірі телемарафону міністерка економіки Ірина Лис.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Ірина Лис");
}

TEST(QuoteSlavicRound12, ABodyNamedInMarksSpeaksWithItsNoun) {
  const auto ru = read_article_quotes("Компания «Северный луч» заявила, что выплаты задержаны.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[1].kind, "indirect");
  EXPECT_EQ(ru.quotes[1].mention, "Компания «Северный луч");
  const auto in = read_article_quotes("В компании «Северный луч» заявили, что выплаты задержаны.\n", "ru");
  ASSERT_EQ(in.quotes.size(), 2u);
  EXPECT_EQ(in.quotes[1].kind, "indirect");
  EXPECT_EQ(in.quotes[1].text, "выплаты задержаны");
}

TEST(QuoteSlavicRound12, TheHeadOfTheMinistryJustNamedIsItsMinister) {
  const auto uk = read_article_quotes(
      "Міністр освіти Олег Лис заявив, що іспити відбудуться. Як зазначив очільник відомства, результати оголосять у липні.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[1].speaker, "Олег Лис");
  const auto ru = read_article_quotes(
      "Министр спорта Олег Сизов открыл стадион. По словам главы ведомства, арена примет чемпионат.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Сизов");
}

}  // namespace
}  // namespace article_lens
