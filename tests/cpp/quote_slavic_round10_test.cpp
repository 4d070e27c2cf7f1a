// Round 10, Russian, Ukrainian and Polish: a quotation in marks that the author's words interrupt
// between dashes, the outlet told before the body that speaks, and genitive names after "за
// словами" with a consonant surname or a role serving a body. All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteSlavicRound10, TheAuthorsWordsBetweenDashesInsideMarksSplitTheQuote) {
  const auto ru = read_article_quotes(
      "«Этот закон — ошибка, — подчеркнул мэр Олег Кротов. — Мы будем добиваться его отмены».\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[0].text, "Этот закон — ошибка");  // the dash inside the speech stays in it
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Кротов");
  EXPECT_EQ(ru.quotes[0].cue, "подчеркнул");
  EXPECT_EQ(ru.quotes[1].text, "Мы будем добиваться его отмены");
  EXPECT_EQ(ru.quotes[1].speaker, "Олег Кротов");
  const auto uk = read_article_quotes(
      "«Мости відновимо до зими, — заявила міністерка Ірина Гончар. — Гроші вже є».\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[0].speaker, "Ірина Гончар");
  EXPECT_EQ(uk.quotes[1].text, "Гроші вже є");
  EXPECT_EQ(uk.quotes[1].speaker, "Ірина Гончар");
  // Polish writes no comma before the dash.
  const auto pl = read_article_quotes("„Umowa jest prawie gotowa – mówił wicepremier Jan Lis. – Brakuje podpisów”.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[0].text, "Umowa jest prawie gotowa");
  EXPECT_EQ(pl.quotes[0].speaker, "Jan Lis");
  EXPECT_EQ(pl.quotes[1].text, "Brakuje podpisów");
  EXPECT_EQ(pl.quotes[1].speaker, "Jan Lis");
  // The author's words closed by a dash alone, mid-sentence; a question or exclamation before them.
  const auto mid = read_article_quotes("„Zdążymy – zapewnia burmistrz Adam Wrona – ale potrzebujemy pomocy”.\n", "pl");
  ASSERT_EQ(mid.quotes.size(), 2u);
  EXPECT_EQ(mid.quotes[1].text, "ale potrzebujemy pomocy");
  EXPECT_EQ(mid.quotes[1].speaker, "Adam Wrona");
  const auto asked = read_article_quotes("«Почему никто не предупредил? — возмущается жительница Анна Орлова. — Мы всё узнали из новостей».\n", "ru");
  ASSERT_EQ(asked.quotes.size(), 2u);
  EXPECT_EQ(asked.quotes[0].text, "Почему никто не предупредил?");
  EXPECT_EQ(asked.quotes[1].speaker, "Анна Орлова");
}

TEST(QuoteSlavicRound10, ADashInsideMarksWithNoAuthorsWordsAfterItStaysInTheQuote) {
  const auto ru = read_article_quotes("«Главное — не паниковать, — и это все понимают», — сказал врач Павел Орлов.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].text, "Главное — не паниковать, — и это все понимают");
  EXPECT_EQ(ru.quotes[0].speaker, "Павел Орлов");
  const auto pl = read_article_quotes("„To jest – jak to ująć – trudna chwila” – przyznał burmistrz Adam Wrona.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Adam Wrona");
}

TEST(QuoteSlavicRound10, TheOutletToldBeforeTheBodyIsNoSpeaker) {
  const auto tass = read_article_quotes("«Рейсы возобновятся в марте», — сообщили ТАСС в пресс-службе аэропорта.\n", "ru");
  ASSERT_FALSE(tass.quotes.empty());
  EXPECT_EQ(tass.quotes[0].mention, "пресс-службе аэропорта");
  const auto ria = read_article_quotes("«Проверка идет», — рассказали РИА Новости в региональном министерстве.\n", "ru");
  ASSERT_FALSE(ria.quotes.empty());
  EXPECT_EQ(ria.quotes[0].mention, "региональном министерстве");
  const auto marked = read_article_quotes("«Проверка идет», — сообщили «Интерфаксу» в пресс-службе компании.\n", "ru");
  ASSERT_FALSE(marked.quotes.empty());
  EXPECT_EQ(marked.quotes[0].mention, "пресс-службе компании");
  const auto uk = read_article_quotes("«Ремонт триває цілодобово», — повідомили Укрінформу в міській адміністрації.\n", "uk");
  ASSERT_FALSE(uk.quotes.empty());
  EXPECT_EQ(uk.quotes[0].mention, "міській адміністрації");
  // A person after the outlet still speaks.
  const auto person = read_article_quotes("«Проверка идет», — сказал ТАСС глава ведомства Игорь Белов.\n", "ru");
  ASSERT_FALSE(person.quotes.empty());
  EXPECT_EQ(person.quotes[0].speaker, "Игорь Белов");
}

TEST(QuoteSlavicRound10, AGenitiveNameWithAConsonantSurnameIsGivenInTheNominative) {
  EXPECT_EQ(read_article_quotes("За словами Тараса Мельника, ремонт завершать у травні.\n", "uk").quotes.at(0).speaker,
            "Тарас Мельник");
  EXPECT_EQ(read_article_quotes("По словам Игоря Кремля, ремонт завершат в мае.\n", "ru").quotes.at(0).speaker, "Игорь Кремль");
  EXPECT_EQ(read_article_quotes("По словам Аркадия Шмаля, ремонт завершат в мае.\n", "ru").quotes.at(0).speaker, "Аркадий Шмаль");
  // The older endings keep their place: "-ова" gives "-ов", not "-ов" cut again.
  EXPECT_EQ(read_article_quotes("По словам Антона Горбова, ремонт завершат в мае.\n", "ru").quotes.at(0).speaker, "Антон Горбов");
  EXPECT_EQ(read_article_quotes("По словам Никиты Белова, ремонт завершат в мае.\n", "ru").quotes.at(0).speaker, "Никита Белов");
  EXPECT_EQ(read_article_quotes("За словами Миколи Ткача, ремонт завершать у травні.\n", "uk").quotes.at(0).speaker,
            "Микола Ткач");
  // A woman's name is left to the women's endings.
  EXPECT_EQ(read_article_quotes("За словами Оксани Коваль, ремонт завершать у травні.\n", "uk").quotes.at(0).speaker,
            "Оксана Коваль");
  EXPECT_EQ(read_article_quotes("По словам Натальи Грачевой, ремонт завершат в мае.\n", "ru").quotes.at(0).speaker,
            "Наталья Грачева");
}

TEST(QuoteSlavicRound10, AGenitiveNameAfterARoleServingABodyIsGivenInTheNominative) {
  const auto uk = read_article_quotes("За словами речника Державної прикордонної служби Андрія Демченка, черги зменшилися.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Андрій Демченко");
  const auto ru = read_article_quotes("По словам представителя МЧС России Ильи Денисова, пожар потушен.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Илья Денисов");
}


TEST(QuoteSlavicRound10, AnOccasionBetweenTheSpeakerAndTheCueKeepsTheReport) {
  const auto ru = read_article_quotes("Депутат Олег Сомов в беседе с журналистами заявил, что закон примут весной.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "indirect");
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Сомов");
  EXPECT_EQ(ru.quotes[0].text, "закон примут весной");
  // The outlet of an interview is no speaker.
  EXPECT_EQ(read_article_quotes("Олег Сомов в интервью РБК заявил, что закон примут весной.\n", "ru").quotes.at(0).speaker,
            "Олег Сомов");
  EXPECT_EQ(read_article_quotes("Міністерка Ірина Гончар під час брифінгу заявила, що мости відновлять.\n", "uk").quotes.at(0).speaker,
            "Ірина Гончар");
  EXPECT_EQ(read_article_quotes("Minister Adam Lis podczas konferencji prasowej powiedział, że ustawa wejdzie w życie.\n", "pl")
                .quotes.at(0)
                .speaker,
            "Adam Lis");
  // Nor is a person named in the occasion.
  EXPECT_EQ(read_article_quotes("Мэр Олег Сомов на встрече с Иваном Роговым заявил, что мост построят.\n", "ru").quotes.at(0).speaker,
            "Олег Сомов");
}

TEST(QuoteSlavicRound10, AnOccasionAfterNoOneLeavesTheCueAlone) {
  // A clause joined by "и", or words naming no one before the preposition, give no speaker there.
  const auto clause = read_article_quotes("Ту же цифру он назвал на сессии и заверил депутатов, что денег хватит.\n", "ru");
  for (const auto& q : clause.quotes) EXPECT_NE(q.mention, "Ту же цифру он назвал");
  const auto things = read_article_quotes("Лекарства закупаются фондом по назначению врача согласно перечню в справке.\n", "ru");
  for (const auto& q : things.quotes) EXPECT_EQ(q.speaker, "");
}


TEST(QuoteSlavicRound10, APolishPartyOrPlaceInTheGenitiveIsNoPartOfTheName) {
  const auto party = read_article_quotes("– To nieporozumienie – powiedziała posłanka Lewicy Ewa Sowińska.\n", "pl");
  ASSERT_EQ(party.quotes.size(), 1u);
  EXPECT_EQ(party.quotes[0].speaker, "Ewa Sowińska");
  EXPECT_EQ(party.quotes[0].mention, "posłanka Lewicy Ewa Sowińska");
  EXPECT_EQ(read_article_quotes("„Nie ma zgody” – oświadczył poseł Konfederacji Adam Wilk.\n", "pl").quotes.at(0).speaker, "Adam Wilk");
  EXPECT_EQ(read_article_quotes("„Nie ma zgody” – oświadczył prezydent Warszawy Adam Wilk.\n", "pl").quotes.at(0).speaker, "Adam Wilk");
  EXPECT_EQ(read_article_quotes("„Nie ma zgody” – oświadczył wojewoda Mazowsza Adam Wilk.\n", "pl").quotes.at(0).speaker, "Adam Wilk");
  // After "według" the name is given in the nominative, without the party.
  EXPECT_EQ(read_article_quotes("Według posłanki Lewicy Ewy Sowińskiej, ustawa jest zła.\n", "pl").quotes.at(0).speaker, "Ewa Sowińska");
}

TEST(QuoteSlavicRound10, WhereTheWordsWereGivenStandsBetweenTheCueAndTheSpeaker) {
  EXPECT_EQ(read_article_quotes("„Wstrzymujemy dostawy” – przekazało w komunikacie Ministerstwo Rolnictwa.\n", "pl").quotes.at(0).speaker,
            "Ministerstwo Rolnictwa");
  EXPECT_EQ(read_article_quotes("„Wstrzymujemy dostawy” – przekazało biuro prasowe ministerstwa.\n", "pl").quotes.at(0).mention,
            "biuro prasowe ministerstwa");
  EXPECT_EQ(read_article_quotes("„Wstrzymujemy dostawy” – poinformowała w czwartek rzeczniczka resortu Anna Kos.\n", "pl").quotes.at(0).speaker,
            "Anna Kos");
  EXPECT_EQ(read_article_quotes("«Обстрел прекратился», — написал в своем телеграм-канале губернатор Игорь Белов.\n", "ru").quotes.at(0).speaker,
            "Игорь Белов");
  EXPECT_EQ(read_article_quotes("«Обстріл припинився», — зазначив у заяві міністр Тарас Лис.\n", "uk").quotes.at(0).speaker, "Тарас Лис");
}


TEST(QuoteSlavicRound10, OneWordInTheGenitiveAfterATitleIsThePlaceOrBodyItServes) {
  const auto ru = read_article_quotes("«Сигналов нет», — подчеркнул представитель Кремля.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "представитель Кремля");
  EXPECT_TRUE(ru.quotes[0].described);
  EXPECT_EQ(read_article_quotes("«Сигналов нет», — сказал мэр Москвы.\n", "ru").quotes.at(0).speaker, "мэр Москвы");
  EXPECT_EQ(read_article_quotes("«Сигналів немає», — наголосив речник Пентагону.\n", "uk").quotes.at(0).speaker, "речник Пентагону");
  EXPECT_EQ(read_article_quotes("„Nie ma sygnałów” – podkreślił prezydent Krakowa.\n", "pl").quotes.at(0).speaker, "prezydent Krakowa");
  // A surname after a title stays a person: "министр Лавров", "президент Шойгу", "minister Sikorski".
  EXPECT_EQ(read_article_quotes("«Сигналов нет», — сказал министр Лавров.\n", "ru").quotes.at(0).speaker, "Лавров");
  EXPECT_EQ(read_article_quotes("«Сигналов нет», — сказал министр Шойгу.\n", "ru").quotes.at(0).speaker, "Шойгу");
  EXPECT_EQ(read_article_quotes("„Nie ma sygnałów” – podkreślił minister Sikorski.\n", "pl").quotes.at(0).speaker, "Sikorski");
}

TEST(QuoteSlavicRound10, APolishSurnameInAkIkKeepsItsVowelInTheNominative) {
  EXPECT_EQ(read_article_quotes("Według posła Mariusza Wójcika, projekt jest spóźniony.\n", "pl").quotes.at(0).speaker, "Mariusz Wójcik");
  EXPECT_EQ(read_article_quotes("Według Jana Kowalczyka, projekt jest spóźniony.\n", "pl").quotes.at(0).speaker, "Jan Kowalczyk");
  EXPECT_EQ(read_article_quotes("Według Jana Nowaka, projekt jest spóźniony.\n", "pl").quotes.at(0).speaker, "Jan Nowak");
}


TEST(QuoteSlavicRound10, AsTheBodyToldReportsTheClauseAfterIt) {
  const auto ru = read_article_quotes("Как сообщили в пресс-службе мэрии, дорогу откроют к лету.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "indirect");
  EXPECT_EQ(ru.quotes[0].mention, "пресс-службе мэрии");
  EXPECT_EQ(ru.quotes[0].text, "дорогу откроют к лету");
  // The outlet told and a day stand before the body; neither speaks.
  EXPECT_EQ(read_article_quotes("Как сообщили ТАСС в пресс-службе мэрии, дорогу откроют к лету.\n", "ru").quotes.at(0).mention,
            "пресс-службе мэрии");
  EXPECT_EQ(read_article_quotes("Как отметили в пятницу в пресс-службе мэрии, дорогу откроют к лету.\n", "ru").quotes.at(0).mention,
            "пресс-службе мэрии");
  EXPECT_EQ(read_article_quotes("Як повідомили в Нацполіції, поліцейські затримали двох чоловіків.\n", "uk").quotes.at(0).mention,
            "Нацполіції");
  // A person after the outlet: "Как рассказал РИА Новости источник ...".
  EXPECT_EQ(read_article_quotes("Как рассказал РИА Новости источник в правительстве, решение уже принято.\n", "ru").quotes.at(0).mention,
            "источник");
}


TEST(QuoteSlavicRound10, APronounMeansThePersonTheNextSentenceNamesReferringBack) {
  const auto ru = read_article_quotes("«Пожар потушен», — сказал он. Об этом заявил ТАСС глава МЧС Олег Рогов.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Рогов");
  EXPECT_EQ(ru.quotes[0].cue, "сказал");
  const auto uk = read_article_quotes("«Пожежу ліквідовано», — зазначив він. Про це повідомив голова ДСНС Тарас Лис.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Тарас Лис");
  // A sentence after that names no one leaves the pronoun to the person before.
  const auto before = read_article_quotes(
      "Глава МЧС Олег Рогов приехал на место. «Пожар потушен», — сказал он. Об этом говорится в сообщении ведомства.\n", "ru");
  ASSERT_FALSE(before.quotes.empty());
  EXPECT_EQ(before.quotes[0].speaker, "Олег Рогов");
}


TEST(QuoteSlavicRound10, AnOutletToldBeforeTheCueIsNoPartOfTheBodyThatSpeaks) {
  const auto ru = read_article_quotes("В пресс-службе Минстроя ТАСС сообщили, что дом сдадут в мае.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].mention, "Минстроя");
  EXPECT_EQ(read_article_quotes("В Минстрое РИА Новости сообщили, что дом сдадут в мае.\n", "ru").quotes.at(0).mention, "Минстрое");
  EXPECT_EQ(read_article_quotes("У пресслужбі Мінрегіону Укрінформу повідомили, що будинок здадуть у травні.\n", "uk").quotes.at(0).mention,
            "Мінрегіону");
  // A body's name in marks before the outlet: the body speaks.
  const auto marked = read_article_quotes("В пресс-службе компании «Северный ветер» ТАСС сообщили, что линия повреждена.\n", "ru");
  ASSERT_FALSE(marked.quotes.empty());
  EXPECT_EQ(marked.quotes.back().kind, "indirect");
  EXPECT_EQ(marked.quotes.back().speaker, "пресс-служба компании «Северный ветер»");  // in the nominative (round 11)
  // The outlet alone as the subject still speaks.
  EXPECT_EQ(read_article_quotes("РИА Новости сообщает, что дом сдадут в мае.\n", "ru").quotes.at(0).mention, "РИА Новости");
}


TEST(QuoteSlavicRound10, APronounAfterANewcomerNamedAnywhereInTheSentenceBefore) {
  // The newcomer after the verb, as Russian and Ukrainian news put it.
  const auto ru = read_article_quotes(
      "«Рынок стабилен», — заявил министр Олег Рогов. Его поддержал глава банка Павел Орлов. «Рост продолжится», — сказал он.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[1].speaker, "Павел Орлов");
  const auto uk = read_article_quotes(
      "«Ринок стабільний», — заявив міністр Тарас Лис. Його підтримав голова банку Іван Ткач. «Зростання триватиме», — сказав він.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[1].speaker, "Іван Ткач");
  // In the quote's own sentence, before a colon.
  const auto colon = read_article_quotes(
      "«Рынок стабилен», — заявил министр Олег Рогов. С ним не согласен экономист Павел Орлов: «Это опасно», — сказал он.\n", "ru");
  ASSERT_EQ(colon.quotes.size(), 2u);
  EXPECT_EQ(colon.quotes[1].speaker, "Павел Орлов");
  // Two newcomers: the pronoun cannot tell, and stays with the last speaker.
  const auto two = read_article_quotes(
      "«Рынок стабилен», — заявил министр Олег Рогов. Его поддержали Павел Орлов и Иван Белов. «Рост продолжится», — сказал он.\n", "ru");
  ASSERT_EQ(two.quotes.size(), 2u);
  EXPECT_EQ(two.quotes[1].speaker, "Олег Рогов");
}

TEST(QuoteSlavicRound10, ATitledSpeakerAfterTheCueAndBeforeAColonIntroducesTheQuote) {
  const auto ru = read_article_quotes("На вопрос журналистов ответила глава банка Анна Рогова: «Ставка останется прежней».\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Анна Рогова");
  EXPECT_EQ(ru.quotes[0].cue, "ответила");
}

TEST(QuoteSlavicRound10, ASurnameEndingTellsTheGenderAPronounNeeds) {
  // "она" cannot mean Павел Орлов ("-ов" is a man's surname), so it goes to the woman named before him.
  const auto ru = read_article_quotes(
      "Глава банка Анна Рогова выступила первой. «Рынок стабилен», — заявил министр Павел Орлов.\n"
      "«Ставка останется прежней», — добавила она.\n",
      "ru");
  ASSERT_EQ(ru.quotes.size(), 2u);
  EXPECT_EQ(ru.quotes[1].speaker, "Анна Рогова");
  const auto pl = read_article_quotes(
      "Prezes banku Anna Wolska zabrała głos. „Rynek jest stabilny” – powiedział minister Jan Kowalski.\n"
      "„Stopy się nie zmienią” – dodała ona.\n",
      "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[1].speaker, "Anna Wolska");
}


TEST(QuoteSlavicRound10, TheCuesEndingTellsTheGenderOfASubjectLeftInIt) {
  const auto uk = read_article_quotes(
      "Очільниця банку Ірина Гончар виступила першою. «Ринок стабільний», — заявив міністр Тарас Лис.\n"
      "«Ставка не зміниться», — додала вона.\n",
      "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[1].speaker, "Ірина Гончар");
  const auto pl = read_article_quotes(
      "Prezes banku Anna Wolska zabrała głos. – Rynek jest stabilny – powiedział poseł Jan Lis.\n"
      "– Stopy się nie zmienią – dodała.\n",
      "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[1].speaker, "Anna Wolska");
}


TEST(QuoteSlavicRound10, TwoPeopleSharingAPatronymicStayApart) {
  const auto reading = read_article_quotes(
      "На сцене выступила Людмила Александровна Орлова. Затем слово взяла Эмма Александровна.\n"
      "«Театр — это семья», — сказала Эмма Александровна.\n",
      "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].speaker, "Эмма Александровна");
  // The same person in another case is still one person.
  const auto cases = read_article_quotes(
      "Опыт Сергея Васильевича пригодился. Сергей Васильевич воспитал сына. «Сын вернулся живым», — говорит он.\n", "ru");
  ASSERT_EQ(cases.quotes.size(), 1u);
  EXPECT_EQ(cases.quotes[0].mention, "он");
  EXPECT_NE(cases.quotes[0].speaker, "");
  // A first name and patronymic after the full name are that person.
  const auto full = read_article_quotes(
      "Иван Петрович Сидоров и Петр Петрович Иванов выступили на сессии. «Бюджет сбалансирован», — сказал Петр Петрович.\n", "ru");
  ASSERT_EQ(full.quotes.size(), 1u);
  EXPECT_EQ(full.quotes[0].speaker, "Петр Петрович Иванов");
}


TEST(QuoteSlavicRound10, WordsInMarksAfterANamingVerbAreSpeechUnlessTheyReadAsAName) {
  const auto ru = read_article_quotes("Ранее Захарова назвала заявления Лондона «очередной провокацией».\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "direct");
  EXPECT_EQ(ru.quotes[0].speaker, "Захарова");
  EXPECT_EQ(ru.quotes[0].cue, "назвала");
  EXPECT_EQ(read_article_quotes("Кулеба назвав заяву Москви «провокацією».\n", "uk").quotes.at(0).speaker, "Кулеба");
  EXPECT_EQ(read_article_quotes("Minister Jan Lis nazwał projekt „skandalem”.\n", "pl").quotes.at(0).speaker, "Jan Lis");
  // A name given: no speech.
  const auto named = read_article_quotes("Стройку, которую газеты назвали «Дворцом Короля», закрыли.\n", "ru");
  ASSERT_EQ(named.quotes.size(), 1u);
  EXPECT_EQ(named.quotes[0].kind, "scare");
  EXPECT_EQ(read_article_quotes("Режиссер назвал фильм «Брат».\n", "ru").quotes.at(0).kind, "scare");
}

TEST(QuoteSlavicRound10, AnOutletInMarksToldBeforeTheSourceIsNoPartOfIt) {
  const auto ru = read_article_quotes("Как пояснил «Известиям» источник в Минфине, решение пока не принято.\n", "ru");
  ASSERT_FALSE(ru.quotes.empty());
  EXPECT_EQ(ru.quotes.back().kind, "indirect");
  EXPECT_EQ(ru.quotes.back().mention, "источник");
}


TEST(QuoteSlavicRound10, ANameAfterAPrepositionGoverningTheInstrumentalIsGivenInTheNominative) {
  const auto ru = read_article_quotes("Интервью с министром Олегом Роговым.\n— Ситуация сложная, — ответил министр.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Рогов");
  EXPECT_EQ(read_article_quotes("Интервью с Марией Роговой.\n— Ситуация сложная, — ответила Рогова.\n", "ru").quotes.at(0).speaker,
            "Мария Рогова");
  EXPECT_EQ(read_article_quotes("Розмова з міністром Тарасом Мельником.\n— Ситуація складна, — відповів міністр.\n", "uk").quotes.at(0).speaker,
            "Тарас Мельник");
}

TEST(QuoteSlavicRound10, PressSecretariesAndQuestionsInUkrainianAndPolish) {
  EXPECT_EQ(read_article_quotes("«Ми не коментуємо чутки», — сказав прес-секретар Кремля.\n", "uk").quotes.at(0).speaker,
            "прес-секретар Кремля");
  const auto pl = read_article_quotes("– Czy rząd się wycofa? – pytał dziennikarz.\n– Nie ma takiej możliwości – odpowiedział premier.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[0].speaker, "dziennikarz");
  EXPECT_EQ(pl.quotes[1].speaker, "premier");
}


TEST(QuoteSlavicRound10, TheOutletRelayingAReferenceBackIsNotItsSpeaker) {
  const auto ru = read_article_quotes(
      "Россия ответит на размещение ракет в Европе. Об этом заявил замглавы МИД Олег Рогов, передает корреспондент ТАСС.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].text, "Россия ответит на размещение ракет в Европе");
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Рогов");
}


TEST(QuoteSlavicRound10, ANameFirstSeenInAnObliqueCaseTakesItsNominativeWhenTheTextGivesIt) {
  const auto reading = read_article_quotes(
      "Творческий вечер Эммы Александровны прошел в театре. Эмма Александровна поставила 15 спектаклей.\n"
      "«Моя профессия – закулисная», — сказала Эмма Александровна.\n",
      "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].speaker, "Эмма Александровна");
}


TEST(QuoteSlavicRound10, TheOutletOfAnInterviewBeforeTheSpeakerIsNoPartOfTheMention) {
  const auto ru = read_article_quotes("В интервью РБК министр Олег Рогов заявил, что налоги не вырастут.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].mention, "министр Олег Рогов");
  EXPECT_EQ(read_article_quotes("В інтерв’ю Укрінформу міністр Тарас Лис заявив, що податки не зростуть.\n", "uk").quotes.at(0).mention,
            "міністр Тарас Лис");
  EXPECT_EQ(read_article_quotes("W rozmowie z Gazetą Wyborczą minister Ewa Sowińska powiedziała, że reforma zostanie.\n", "pl")
                .quotes.at(0)
                .mention,
            "minister Ewa Sowińska");
  // A body's name before a title at the sentence's start stays: it is what the title serves.
  EXPECT_EQ(read_article_quotes("Минфина глава Олег Рогов заявил, что налоги не вырастут.\n", "ru").quotes.at(0).speaker, "Олег Рогов");
}


TEST(QuoteSlavicRound10, TheOwnerOfTheWordsAQuotingVerbNamesSpeaksNotTheMedium) {
  const auto ru = read_article_quotes(
      "Пресс-секретарь Олег Рогов выступил утром. «Мы готовы к диалогу», — цитирует ТАСС слова Рогова.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Олег Рогов");
  EXPECT_EQ(ru.quotes[0].cue, "цитирует");
  const auto after = read_article_quotes(
      "Пресс-секретарь Олег Рогов выступил утром. «Мы готовы к диалогу», — приводит слова Рогова РИА Новости.\n", "ru");
  ASSERT_EQ(after.quotes.size(), 1u);
  EXPECT_EQ(after.quotes[0].speaker, "Олег Рогов");
  EXPECT_EQ(after.quotes[0].mention, "Рогова");
  EXPECT_EQ(read_article_quotes("Президент Тарас Лис виступив увечері. «Ми готові», — цитує Укрінформ слова Лиса.\n", "uk").quotes.at(0).speaker,
            "Тарас Лис");
  EXPECT_EQ(read_article_quotes("„Jesteśmy gotowi” – cytuje słowa premiera PAP.\n", "pl").quotes.at(0).mention, "premiera");
}


TEST(QuoteSlavicRound10, AFirstNameAndPatronymicAfterAFullNameAreThatPerson) {
  const auto reading = read_article_quotes(
      "Глава района Олег Рогов и депутат Иван Белов обсудили бюджет. Олег Леонидович сказал, что «денег хватит».\n", "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].speaker, "Олег Рогов");
  EXPECT_EQ(reading.quotes[0].mention, "Олег Леонидович");
}


TEST(QuoteSlavicRound10, SpanishAuthorsWordsBetweenDashesInsideMarksSplitTheQuoteToo) {
  const auto es = read_article_quotes("«No vamos a ceder —dijo Pedro Soler—, porque la ley es justa».\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[0].speaker, "Pedro Soler");
  EXPECT_EQ(es.quotes[1].text, "porque la ley es justa");
  EXPECT_EQ(es.quotes[1].speaker, "Pedro Soler");
}

}  // namespace
}  // namespace article_lens
