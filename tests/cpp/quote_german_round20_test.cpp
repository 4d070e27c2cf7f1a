// German and Dutch quotes that round 20 reads right: a pronoun after a description whose holder
// follows it as a person with a title of their own ("Die Witwe des Bauunternehmers Gerd Lohmann
// … Sie sagte"), also where that person is of the other gender; a man's title in the genitive
// tells his gender ("des Sängers Tom Berger"). Dutch: cues of courts and sport ("overwoog de
// rechter", "foeterde X").
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteGermanRound20, APronounMeansTheDescriptionNotTheTitledPossessor) {
  // Main gave the possessor: "Gerd Lohmann".
  const auto q = read_article_quotes(
                     "Die Witwe des Bauunternehmers Gerd Lohmann hat vor dem Landgericht ausgesagt. Sie sagte, ihr "
                     "Mann habe die Schulden verheimlicht.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "ihr Mann habe die Schulden verheimlicht");
  EXPECT_EQ(q[0].speaker, "die Witwe des Bauunternehmers Gerd Lohmann");
  // With adjectives before the possessor's title, and after "von".
  const auto r = read_article_quotes(
                     "Der Berater von Oberbürgermeister Jan Brandt meldete sich am Abend. „Der Stadtrat hat das letzte "
                     "Wort“, sagte er.",
                     "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "direct");
  EXPECT_EQ(r[0].speaker, "der Berater von Oberbürgermeister Jan Brandt");
}

TEST(QuoteGermanRound20, APronounOfTheOtherGenderThanThePossessor) {
  // Main gave no one: the only person named is a woman, and "er" cannot mean her.
  const auto q = read_article_quotes(
                     "Der Anwalt der Sängerin Lena Kraus kündigte Revision an. Er sagte, das Urteil sei politisch "
                     "motiviert.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "der Anwalt der Sängerin Lena Kraus");
  // Main gave the man named in the genitive, whom "sie" cannot mean.
  const auto r = read_article_quotes(
                     "Die Managerin des Sängers Tom Brenner bestätigte die Absage. „Es geht ihm den Umständen "
                     "entsprechend gut“, sagte sie.",
                     "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "direct");
  EXPECT_EQ(r[0].speaker, "die Managerin des Sängers Tom Brenner");
}

TEST(QuoteGermanRound20, APronounOfThePossessorsGenderStillMeansThePossessor) {
  // The description is a woman, the pronoun a man's: the man named in the genitive speaks.
  const auto q = read_article_quotes(
                     "Die Anwältin des Sängers Tom Brenner äußerte sich am Montag. Er selbst sagte, er sei "
                     "unschuldig.",
                     "de")
                     .quotes;
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].speaker, "Tom Brenner");
}

TEST(QuoteGermanRound20, ATitleBeforeANameInTheGenitiveIsSomeoneElse) {
  // Main gave the person named in the genitive, whose lawyer or spokesman speaks.
  const auto q = read_article_quotes(
                     "Jörg Brenner schwieg zu den Vorwürfen. „Mein Mandant ist unschuldig“, sagte der Anwalt Brenners.", "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "der Anwalt Brenners");
  const auto r = read_article_quotes(
                     "Anna Lindner reiste am Abend ab. Ein Sprecher Lindners sagte, die Ministerin sei zufrieden.", "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "indirect");
  EXPECT_EQ(r[0].speaker, "ein Sprecher Lindners");
  // A title before the name in the nominative is the person's own.
  const auto s = read_article_quotes(
                     "Kanzler Friedrich Merz reiste ab. „Wir sind zufrieden“, sagte Kanzler Merz.", "de")
                     .quotes;
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Friedrich Merz");
}

TEST(QuoteGermanRound20, APartnerIsAPersonDescribed) {
  // Main gave the man in the genitive: "Lebensgefährtin" was no word for a person.
  const auto q = read_article_quotes(
                     "Die Lebensgefährtin des getöteten Busfahrers Emre Demir hat im Prozess ausgesagt. Sie sagte, "
                     "sie habe vergeblich auf ihn gewartet.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "die Lebensgefährtin des getöteten Busfahrers Emre Demir");
}

TEST(QuoteGermanRound20, HiessEsAloneNamesNoOne) {
  // Main found no report: "hieß es" with no source after it, and no speech before to go on with.
  const auto q = read_article_quotes(
                     "Der Stadtrat um Oberbürgermeister Frank Nopper hat dem Haushalt zugestimmt. Man wolle bei den "
                     "Kitas nicht sparen, hieß es am Abend.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Man wolle bei den Kitas nicht sparen");
  EXPECT_EQ(q[0].speaker, "");
  // After a source's report the clause goes on with that source.
  const auto r = read_article_quotes(
                     "Nach Angaben der Feuerwehr wurden zwei Menschen verletzt. Die Brandursache sei noch unklar, hieß es.", "de")
                     .quotes;
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].speaker, "der Feuerwehr");
  // Nor does a phrase of occasion after it.
  const auto o = read_article_quotes(
                     "Der Vorstand tagte bis spät. Man werde keine Stellen streichen, hieß es nach der "
                     "nichtöffentlichen Sitzung.",
                     "de")
                     .quotes;
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].speaker, "");
  // A source after the time names the speaker.
  const auto t = read_article_quotes(
                     "Landrat Stefan Lang besuchte die Unglücksstelle. Die Bergung werde noch Tage dauern, hieß es am "
                     "Nachmittag aus dem Landratsamt.",
                     "de")
                     .quotes;
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "dem Landratsamt");
  // A source after "es" is read as before.
  const auto s = read_article_quotes("Man sei zuversichtlich, hieß es aus dem Kanzleramt.", "de").quotes;
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "dem Kanzleramt");
}

TEST(QuoteGermanRound20, AnImpersonalSourceClauseOpeningTheSentence) {
  // Main found no report.
  const auto q = read_article_quotes(
                     "Minister Klaus Brenner kam zu spät. Wie es aus Regierungskreisen hieß, sei die Lage angespannt.", "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "sei die Lage angespannt");
  EXPECT_EQ(q[0].speaker, "Regierungskreisen");
}

TEST(QuoteDutchRound20, APronounMeansTheDescriptionNotThePossessor) {
  // Main gave the suspect whose lawyer the sentence before opens with.
  const auto q = read_article_quotes(
                     "De advocaat van verdachte Jaap Klaassen heeft vrijspraak geëist. Volgens hem is er geen enkel "
                     "bewijs.",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "de advocaat van verdachte Jaap Klaassen");
}

TEST(QuoteDutchRound20, ADocumentSpeaksNotThePersonNamedLast) {
  // Main gave the minister named in the sentence before.
  const auto q = read_article_quotes(
                     "Minister Hugo de Boer kwam te laat. „De regering heeft te laat ingegrepen”, staat in het rapport.", "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "het rapport");
}

TEST(QuoteDutchRound20, CourtAndSportCues) {
  const auto q = read_article_quotes(
                     "De rechtbank in Zwolle achtte bewezen dat de man zijn ex-vriendin heeft gestalkt. „Verdachte "
                     "heeft het slachtoffer maandenlang angst aangejaagd”, overwoog de rechter.",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].speaker, "de rechter");
  const auto r = read_article_quotes(
                     "„De minister schuift de rekening door”, foeterde Kamerlid Romke de Vries.", "nl")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Romke de Vries");
}

TEST(QuoteDutchRound20, ADescriptionBeforeAPossessorOverItsVerb) {
  // Main gave the singer: the mention ran over "trad", which no list holds.
  const auto q = read_article_quotes(
                     "De weduwe van zanger Kees Mulder trad zaterdag op in Ahoy. Ze vertelde dat ze het concert aan "
                     "haar man opdroeg.",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "de weduwe van zanger Kees Mulder");
}

TEST(QuoteDutchRound20, ATitleWordAfterAGivenNameIsTheSurname) {
  // Main gave "Anne": "Koning" (king) read as a title.
  const auto q = read_article_quotes("„Dit is een zwarte dag”, reageerde gedeputeerde Anne Koning.", "nl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Anne Koning");
}

TEST(QuoteDutchRound20, ABodyInAPlaceSpeaksNotThePlace) {
  // Main gave "Utrecht".
  const auto q = read_article_quotes("De politie in Utrecht meldde dat de man is aangehouden.", "nl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "de politie in Utrecht");
}

TEST(QuoteDutchRound20, AFormerPlayerMeansTheCoachJustNamed) {
  // Main gave "de oud-international", whom no list knew as an epithet.
  const auto q = read_article_quotes(
                     "Bondscoach Ronald Koeman hield het na de nederlaag kort. „Dit moeten we snel vergeten”, zei de "
                     "oud-international.",
                     "nl")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ronald Koeman");
}

}  // namespace
}  // namespace article_lens
