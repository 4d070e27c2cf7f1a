// Speakers the lead read right in round 16. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteLeadRound16, AnOfficeWithoutArticleNamesThePersonJustNamedWithoutTitle) {
  // The Russian-language press names the head of state by office after an untitled name.
  auto q = read_article_quotes(
      "Александр Лукашенко провел совещание с правительством. «Цены должны быть под контролем», — подчеркнул Глава государства.",
      "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Глава государства");
  EXPECT_EQ(q[0].speaker, "Александр Лукашенко");
  q = read_article_quotes("Donald Tusk spotkał się z rolnikami. - Nie zostawimy was - podkreślił premier.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Donald Tusk");
}

TEST(QuoteLeadRound16, SentencesInsideTheQuoteAreNoStepsAwayFromTheName) {
  const auto q = read_article_quotes(
      "МИНСК, 12 марта – Александр Лукашенко обратил внимание на модернизацию предприятий. «Нельзя жить старым багажом. "
      "Промышленность должна обновляться постоянно. Это главное», – подчеркнул Глава государства.",
      "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Александр Лукашенко");
}

TEST(QuoteLeadRound16, AnOfficeAfterSomeoneWithAnotherTitleBringsInSomeoneNew) {
  const auto q = read_article_quotes(
      "Министр финансов Юрий Селиверстов выступил на сессии. «Бюджет сбалансирован», — подчеркнул глава государства.",
      "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Юрий Селиверстов");
}

TEST(QuoteLeadRound16, AnEpithetInTheGenitiveMeansThePersonJustNamed) {
  const auto q = read_article_quotes(
      "Президент Александр Лукашенко провел совещание. По словам белорусского лидера, план выполнен.", "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Александр Лукашенко");
}

TEST(QuoteLeadRound16, AnOfficeReachesTwoSentencesBackWhereNoOneElseWasNamed) {
  // The table writes "chef de l'état"; the text may elide with a curly apostrophe.
  const auto q = read_article_quotes(
      "Emmanuel Macron s'est exprimé à Lyon. Il a annoncé un plan pour l'industrie. "
      "« Nous allons investir », a déclaré le chef de l’État.", "fr").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Emmanuel Macron");
}

TEST(QuoteLeadRound16, AnAgeEpithetMeansThePersonGivenThatAge) {
  auto q = read_article_quotes(
      "Magdalena Molik, 23, beat the seed in three sets. Venus Williams, the defending champion, lost earlier. "
      "\"I played my best tennis,\" the 23-year-old said.", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Magdalena Molik");
  q = read_article_quotes("Peter Huber (35) gewann das Rennen. Auch Thomas Müller war am Start. „Es war hart“, sagte der 35-Jährige.", "de").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Peter Huber");
}

TEST(QuoteLeadRound16, APronounWithNoOneNamedMeansThePersonDescribedBefore) {
  auto q = read_article_quotes("The defendant admitted the charges on Monday. \"I am deeply sorry,\" he said.", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the defendant");
  EXPECT_TRUE(q[0].described);
  q = read_article_quotes("L'accusé a reconnu les faits. « Je regrette », a-t-il déclaré.", "fr").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "l'accusé");
  q = read_article_quotes("Der Angeklagte räumte die Tat ein. „Es tut mir leid“, sagte er.", "de").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "der Angeklagte");
}

TEST(QuoteLeadRound16, APronounMeansNoGroupOrBodyDescribedBefore) {
  const auto q = read_article_quotes("The officials met on Friday. \"No comment,\" he said.", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
}

TEST(QuoteLeadRound16, APersonsNameAfterWedlugEndsBeforeTheClauseSubject) {
  // Polish writes no comma after "Według X": the lower-case noun after the name opens the clause.
  const auto q = read_article_quotes("Według ministra finansów Adama Nowaka rząd nie podniesie podatków.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].mention, "ministra finansów Adama Nowaka");
  EXPECT_EQ(q[0].speaker, "Adam Nowak");
}

TEST(QuoteLeadRound16, APersonNounBeforeASetOffRelativeClauseSpeaks) {
  const auto q = read_article_quotes("A neighbour, who asked not to be named, said the family had moved in last year.", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].mention, "A neighbour");
}

TEST(QuoteLeadRound16, ReportedToIsACue) {
  const auto q = read_article_quotes("Министр Роман Головченко доложил, что план выполнен.", "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Роман Головченко");
}

TEST(QuoteLeadRound16, AQuestionThenAnAnswerOnOneDashedLineAreTwoTurns) {
  auto q = read_article_quotes("—¿Se arrepiente de algo? —No, de nada —respondió el exministro Pedro Gil ante el juez.", "es").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "¿Se arrepiente de algo?");
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[1].text, "No, de nada");
  EXPECT_EQ(q[1].speaker, "Pedro Gil");
  q = read_article_quotes("— Вы поедете в Женеву? — Да, конечно, — ответил Сергей Лавров.", "ru").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "Да, конечно");
  EXPECT_EQ(q[1].speaker, "Сергей Лавров");
}

TEST(QuoteLeadRound16, AuthorsWordsAfterADashStayNarration) {
  // Lower case after the dash: the author's words, not a new turn.
  const auto q = read_article_quotes("— Это провокация, — заявил Дмитрий Песков. — Ответ будет.", "ru").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Дмитрий Песков");
  EXPECT_EQ(q[1].speaker, "Дмитрий Песков");
}

TEST(QuoteLeadRound16, AHeadlinesRoleWithItsAdjectiveSpeaks) {
  const auto q = read_article_quotes(
      "'We will not back down,' says defiant mayor\n\nThe mayor of Springfield, Tom Reed, has vowed to fight the closure.", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "defiant mayor");
  EXPECT_EQ(q[0].speaker, "Tom Reed");
}

TEST(QuoteLeadRound16, AnOriginAdjectiveThatFitsNoOneNamesNoOneWithOtherRoles) {
  // The forward named last is no Belarusian leader; the description stays.
  const auto q = read_article_quotes(
      "Александр Лукашенко провел совещание. — Это был трудный сезон, — признался нападающий «Спартака» Иван Петров.\n\n"
      "По словам белорусского лидера, план выполнен.", "ru").quotes;
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().kind, "indirect");
  EXPECT_NE(q.back().speaker, "Иван Петров");
}

TEST(QuoteLeadRound16, ANameWithItsTitleInApposition) {
  auto q = read_article_quotes(
      "Emily Chen warned. Her colleague, Dr. Raj Patel, was more optimistic: \"The worst is behind us.\"", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Raj Patel");
  q = read_article_quotes("Tom Hill spoke first. \"It will fail,\" said its chairman, Sir Anthony Greer.", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Anthony Greer");
}

TEST(QuoteLeadRound16, AUniversityOfficeSpeaks) {
  const auto q = read_article_quotes(
      "Minister Barbara Nowacka spotkała się z rektorem Janem Kowalskim. – Zgadzam się – dodał rektor.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "rektor");
  EXPECT_EQ(q[0].speaker, "Jan Kowalski");
}

TEST(QuoteLeadRound16, AQuoteKeepsAPersonTheTablesDoNotKnowAfterItsCue) {
  auto q = read_article_quotes("Woda opadła. – Nie mamy już sił – mówi sołtys.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].mention, "sołtys");
  q = read_article_quotes("Вода ушла. — Сил больше нет, — говорит староста.", "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "староста");
  // So does a quote in marks.
  q = read_article_quotes("Woda opadła. „Nie mamy już sił” – mówi sołtys.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "sołtys");
  q = read_article_quotes("Вода ушла. «Сил больше нет», — говорит староста.", "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "староста");
  // A time word after the cue is no person.
  q = read_article_quotes("Woda opadła. – Nie mamy już sił – mówił wczoraj.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].mention, "wczoraj");
}

TEST(QuoteLeadRound16, ARegionalDemonymMeansThePlayerJustQuoted) {
  const auto q = read_article_quotes(
      "\"No me voy a rendir\", aseguró el tenista Rafael Nadal en la rueda de prensa. El balear añadió: \"Necesito tiempo\".", "es").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].mention, "El balear");
  EXPECT_EQ(q[1].speaker, "Rafael Nadal");
}

TEST(QuoteLeadRound16, ATermAfterSoCalledIsNoSpeech) {
  // "So-called" marks a term, even in a clause with a verb of speaking and an agent.
  for (const auto& [text, language] : std::vector<std::pair<std::string, std::string>>{
           {"Il cosiddetto «decreto sicurezza» è stato criticato dal ministro Carlo Nordio.", "it"},
           {"El llamado \"plan de paz\" fue criticado por el ministro José Albares.", "es"},
           {"Le prétendu « plan de paix » a été critiqué par le ministre Jean Barrot.", "fr"}}) {
    const auto q = read_article_quotes(text, language).quotes;
    ASSERT_EQ(q.size(), 1u) << text;
    EXPECT_EQ(q[0].kind, "scare") << text;
  }
}

}  // namespace
}  // namespace article_lens
