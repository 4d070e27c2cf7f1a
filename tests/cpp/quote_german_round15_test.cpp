// German speakers that round 15 reads right: the outlet told after a role in the dative, a question
// asked with "wissen wollen", a title word after a given name as the surname, and an office naming
// again the woman or man just named without a title. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

// The quotations read as speech (an outlet's name in marks is read too, as a scare quote).
std::vector<testing::QuoteRead> quotes_of(const std::string& text) {
  std::vector<testing::QuoteRead> speech;
  for (testing::QuoteRead& q : read_article_quotes(text, "de").quotes)
    if (q.kind != "scare") speech.push_back(std::move(q));
  return speech;
}

TEST(QuoteGermanRound15, ADativeArticleAfterARoleOpensTheOutletTold) {
  // Main gave "Kölner Stadt-Anzeiger" and "der SPD-Politiker den Zeitungen der Funke Mediengruppe".
  const auto q = quotes_of(
      "Lena Hartmann leitet das Jugendamt seit 2019. „Die Fallzahlen steigen jedes Jahr“, sagte die Amtsleiterin dem "
      "„Bonner Boten“. Gesundheitsminister Karl Lauterbach warnte vor einer neuen Welle. „Wir dürfen jetzt nicht "
      "leichtsinnig werden“, sagte der SPD-Politiker den Zeitungen der Funke Mediengruppe.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Die Fallzahlen steigen jedes Jahr");
  EXPECT_EQ(q[0].mention, "die Amtsleiterin");
  EXPECT_EQ(q[0].speaker, "Lena Hartmann");
  EXPECT_EQ(q[1].mention, "der SPD-Politiker");
  EXPECT_EQ(q[1].speaker, "Karl Lauterbach");
  // The genitive after a role stays: "der Chefredakteur der „Zeit“".
  const auto r = quotes_of("„Wir drucken weiter“, sagte der Chefredakteur der „Abendpost“.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "der Chefredakteur der „Abendpost“");
}

TEST(QuoteGermanRound15, AQuestionAskedWithWissenWollen) {
  const auto q = quotes_of("„Wie soll das bezahlt werden?“, wollte ein Reporter wissen. Der Minister wich aus.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Wie soll das bezahlt werden?");
  EXPECT_EQ(q[0].mention, "ein Reporter");
  EXPECT_EQ(q[0].cue, "wollte");
}

TEST(QuoteGermanRound15, ATitleWordAfterACommonGivenNameIsTheSurname) {
  // Main gave "Monika" and "Richter": "Richter" read as the judge's title.
  const auto q = quotes_of(
      "„Das ist für uns eine Frage des Überlebens“, sagte Monika Richter dem MDR. Klaus König sagte: „Wir machen weiter.“");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Das ist für uns eine Frage des Überlebens");
  EXPECT_EQ(q[0].speaker, "Monika Richter");
  EXPECT_EQ(q[1].text, "Wir machen weiter.");
  EXPECT_EQ(q[1].speaker, "Klaus König");
  // A title before a name stays a title.
  const auto r = quotes_of("„Die Beweise reichen nicht“, sagte Richter Uwe Brandt.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Uwe Brandt");
}

TEST(QuoteGermanRound15, AnOfficeNamesAgainThePersonNamedWithoutATitle) {
  const auto q = quotes_of(
      "Sabine Krüger hat am Montag ihr Konzept für die Schulreform vorgestellt. „Kein Kind darf zurückbleiben“, "
      "sagte die Ministerin in Hannover.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Kein Kind darf zurückbleiben");
  EXPECT_EQ(q[0].mention, "die Ministerin");
  EXPECT_EQ(q[0].speaker, "Sabine Krüger");
}

TEST(QuoteGermanRound15, ASportCompoundNamesThePlayerAgain) {
  const auto q = quotes_of(
      "Jonas Hofmann traf zweimal. „Ich bin einfach nur glücklich“, sagte der Leverkusen-Profi nach dem Spiel. "
      "Lisa Brandt hielt zwei Elfmeter. „Das war mein Abend“, sagte die VfL-Torhüterin.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Ich bin einfach nur glücklich");
  EXPECT_EQ(q[0].mention, "der Leverkusen-Profi");
  EXPECT_EQ(q[0].speaker, "Jonas Hofmann");
  EXPECT_EQ(q[1].text, "Das war mein Abend");
  EXPECT_EQ(q[1].speaker, "Lisa Brandt");
}

TEST(QuoteGermanRound15, APaperInMarksAfterARoleIsTheOutletTold) {
  // Main gave "der CDU-Politiker der „Rheinischen Post“" as the speaker, and no report at all for
  // the clause before "sagte die Bürgermeisterin der „Allgemeinen Zeitung“".
  const auto q = quotes_of(
      "Jens Albrecht will Landrat werden. „Wir sind bereit“, sagte der CDU-Politiker der „Rheinischen Post“. "
      "Kerstin Braun ist Bürgermeisterin von Neustadt. Die Stadt müsse sparen, sagte die Bürgermeisterin der "
      "„Allgemeinen Zeitung“.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Wir sind bereit");
  EXPECT_EQ(q[0].mention, "der CDU-Politiker");
  EXPECT_EQ(q[0].speaker, "Jens Albrecht");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "Die Stadt müsse sparen");
  EXPECT_EQ(q[1].mention, "die Bürgermeisterin");
  EXPECT_EQ(q[1].speaker, "Kerstin Braun");
  // A role at the paper keeps its genitive; so does a body in marks that is no paper.
  const auto r = quotes_of(
      "„Wir drucken weiter“, sagte der Chefredakteur der „Nordpost“. „Wir kämpfen weiter“, sagte die Sprecherin "
      "der „Letzten Generation“.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].speaker, "der Chefredakteur der „Nordpost“");
  EXPECT_EQ(r[1].speaker, "die Sprecherin der „Letzten Generation“");
}

TEST(QuoteGermanRound15, TheOneWhoPassedTheWordsOnIsNoSpeaker) {
  // Main gave "seinen Anwalt": "ließ … über seinen Anwalt erklären" has the subject speak.
  const auto q = quotes_of("„Ich bereue jeden Tag“, ließ Peter Berg über seinen Anwalt erklären.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Ich bereue jeden Tag");
  EXPECT_EQ(q[0].mention, "Peter Berg");
  EXPECT_EQ(q[0].speaker, "Peter Berg");
}

TEST(QuoteGermanRound15, ATradeNamedAloneIsThePersonJustNamed) {
  // Main gave "die Ökonomin" and "Stellen Geld": two nouns after "vielen" read as a name.
  const auto q = quotes_of(
      "Wirtschaftsweise Veronika Brand sieht das kritisch. „Die Subventionen verzerren den Wettbewerb“, sagte die "
      "Ökonomin dem „Handelsblatt“. Claudia Maier leitet die Kita. Es fehle an vielen Stellen Geld, sagte die Erzieherin.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].mention, "die Ökonomin");
  EXPECT_EQ(q[0].speaker, "Veronika Brand");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "Es fehle an vielen Stellen Geld");
  EXPECT_EQ(q[1].speaker, "Claudia Maier");
}

}  // namespace
}  // namespace article_lens
