// Speakers the lead read right in round 13: one description mechanism for every language (the
// German and Romance versions joined), occupations as roles, plain spaces in names, joint
// speakers. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteLeadRound13, ADescriptionByItsBodyNamesSomeoneElseThanThePersonBefore) {
  // Named in an earlier sentence, a nurse is no health minister, a head teacher no councillor, a
  // senator no school head: the description stays.
  const auto fr = direct_quotes_of(
      "« On nous oublie », soupire Marc Roux, infirmier à Lyon.\n\n"
      "Le ministre de la Santé a répondu dans la soirée. « Personne ne sera oublié. »", "fr");
  ASSERT_EQ(fr.size(), 2u);
  EXPECT_EQ(fr[0].speaker, "Marc Roux");
  EXPECT_EQ(fr[1].speaker, "le ministre de la Santé");
  const auto de = direct_quotes_of(
      "Senator Kurt Lenz hält das Projekt für gelungen. Der Leiter der Schule sagte: „Wir hoffen, sie zu halten.“", "de");
  ASSERT_EQ(de.size(), 1u);
  EXPECT_EQ(de[0].speaker, "der Leiter der Schule");
}

TEST(QuoteLeadRound13, ADescriptionByItsBodyInTheSameSentenceIsThePersonNamedThere) {
  const auto q = direct_quotes_of(
      "Der Minister Jan Holt besuchte am Montag die Schule und der Chef der Partei sagte dort: „Wir bleiben.“", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jan Holt");
}

TEST(QuoteLeadRound13, ArticleAndHeadWordTellTheGenderOnlyWhereTheyAgree) {
  // "der Vorsitzende" inflects like a feminine noun: where article and head disagree, neither rules
  // the person out. An office with a modifier ("la nueva presidente") may be the person just named.
  const auto de = direct_quotes_of(
      "Der SPD-Chef Lars Brandt sprach in Bonn. „Wir sind bereit“, sagte der langjährige Vorsitzende.", "de");
  ASSERT_EQ(de.size(), 1u);
  EXPECT_EQ(de[0].speaker, "Lars Brandt");
  const auto es = direct_quotes_of(
      "Marta Gil llegó a Sevilla por la mañana. \"Estamos listos\", dijo la nueva presidente.", "es");
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].speaker, "Marta Gil");
  // Both say a woman: a man named just before is not meant.
  const auto fem = direct_quotes_of(
      "Der Minister Paul Weber kam nach Bonn. „Wir sind bereit“, sagte die frühere Ministerin.", "de");
  ASSERT_EQ(fem.size(), 1u);
  EXPECT_EQ(fem[0].speaker, "die frühere Ministerin");
}

TEST(QuoteLeadRound13, TheLastOfSeveralPeopleNamedIsNotMeant) {
  const auto fr = direct_quotes_of(
      "Sophie Martin a rencontré Claire Dubois à Paris.\n\n« Rien n'est réglé », juge la syndicaliste.", "fr");
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].speaker, "la syndicaliste");
}

TEST(QuoteLeadRound13, ASpeakersNameShowsPlainSpaces) {
  // French typography puts no-break spaces inside names and marks.
  const auto q = direct_quotes_of("\u00AB\u00A0C\u2019est une honte\u00A0\u00BB, estime Marine Le\u00A0Pen.", "fr");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marine Le Pen");
}

TEST(QuoteLeadRound13, AnOccupationBeforeANameIsARole) {
  // Capitalised at the start of a sentence, an occupation is no part of the name, and the
  // description names that person again.
  const auto q = direct_quotes_of(
      "Actor Tom Reyes was honoured in Berlin. \"It is surreal,\" Reyes said.\n\n"
      "\"I did not expect it,\" the actor added.", "en");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Tom Reyes");
  EXPECT_EQ(q[1].speaker, "Tom Reyes");
}

TEST(QuoteLeadRound13, AnOccupationThatIsASurnameStaysTheSurnameAfterAnHonorific) {
  const auto q = direct_quotes_of(
      "Senator Ann Boxer spoke on Monday. \"We need unity,\" Ms. Boxer said.\n\n"
      "\"People remember the piece,\" Mr. Singer said.", "en");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ann Boxer");
  EXPECT_EQ(q[1].speaker, "Singer");  // the surname, not the occupation "singer"
}

TEST(QuoteLeadRound13, AnObjectBeforeAndIsNoJointSpeaker) {
  const auto q = direct_quotes_of(
      "Singer Ada Vale gave $1m to the Red Cross and actor Tom Reyes pledged a \"sizable\" sum.", "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Reyes");
  const auto both = direct_quotes_of("Tom Reyes and Ada Vale wrote: \"We will help.\"", "en");
  ASSERT_EQ(both.size(), 1u);
  EXPECT_EQ(both[0].speaker, "Tom Reyes and Ada Vale");
}

TEST(QuoteLeadRound13, APlaceInADescriptionIsNoSpeaker) {
  // The place names where the person lives or comes from; the description speaks.
  const auto q = direct_quotes_of(
      "A teacher in Leeds said: \"We were never told.\"\n\n"
      "Officials in Kyiv said: \"We are ready.\"\n\n"
      "\"It is a scam,\" the unnamed woman from Georgia says.", "en");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "a teacher in Leeds");
  EXPECT_EQ(q[1].speaker, "Officials in Kyiv");
  EXPECT_EQ(q[2].speaker, "the unnamed woman from Georgia");
  // A person with their place is still the person.
  const auto named = direct_quotes_of("Tom Reyes from Ohio said: \"Fine.\"", "en");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].speaker, "Tom Reyes");
}

TEST(QuoteLeadRound13, AKnightsFirstNameNamesThePersonGivenInFull) {
  const auto q = direct_quotes_of(
      "Sir Tom rocks the stadium\n\nSir Tom Reyes sang for an hour.\n\n"
      "Sir Tom said: \"There is nothing bigger.\"\n\nDame Ada Vale agreed. \"It was wonderful,\" Dame Ada said.", "en");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Tom Reyes");
  EXPECT_EQ(q[1].speaker, "Ada Vale");
}

TEST(QuoteLeadRound13, AReportWithoutThatKeepsTheRelativeThatInside) {
  const auto q = testing::read_article_quotes(
      "The firm said it would cut jobs that were not needed.\n\n"
      "Organisers have promised there will be no repeat of the incident that sparked complaints.\n\n"
      "A spokeswoman confirmed on Wednesday that Ms Lee was no longer an employee.", "en").quotes;
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].text, "it would cut jobs that were not needed");
  EXPECT_EQ(q[1].text, "there will be no repeat of the incident that sparked complaints");
  EXPECT_EQ(q[2].text, "Ms Lee was no longer an employee");
}

}  // namespace
}  // namespace article_lens
