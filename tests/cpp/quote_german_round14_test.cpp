// German speakers that round 14 reads right: family names with particles ("Ursula von der
// Leyen", "Karl-Theodor zu Guttenberg"), a title word as a surname, people named again by where
// they come from. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

std::vector<testing::QuoteRead> quotes_of(const std::string& text) { return read_article_quotes(text, "de").quotes; }

TEST(QuoteGermanRound14, AFamilyNameKeepsItsParticlesAfterATitle) {
  // Main gave "Ursula" and "Alexander Van": "der" before the family name read as its article.
  const auto q = quotes_of(
      "EU-Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew. „Wir stehen an Ihrer Seite“, sagte von der Leyen. "
      "Von der Leyen betonte, die Hilfe gehe weiter. "
      "Bundespräsident Alexander Van der Bellen empfing sie später. „Das ist ein wichtiges Zeichen“, sagte Van der Bellen.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Ursula von der Leyen");
  EXPECT_EQ(q[1].text, "die Hilfe gehe weiter");
  EXPECT_EQ(q[1].speaker, "Ursula von der Leyen");
  EXPECT_EQ(q[1].mention, "Von der Leyen");  // (main: "der Leyen")
  EXPECT_EQ(q[2].speaker, "Alexander Van der Bellen");
  // Dutch "ter" and Italian "di", after a title that is a compound ("Zeit-Chefredakteur").
  const auto r = quotes_of(
      "Torwart Marc-André ter Berg fällt aus. „Es tut mir leid“, sagte ter Berg. "
      "Zeit-Chefredakteur Giovanni di Carlo sagte: „Journalismus braucht Zeit.“ Di Carlo ergänzte, man wolle wachsen.");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].speaker, "Marc-André ter Berg");
  EXPECT_EQ(r[1].speaker, "Giovanni di Carlo");
  EXPECT_EQ(r[2].speaker, "Giovanni di Carlo");
}

TEST(QuoteGermanRound14, ZuAndVonBetweenAGivenNameAndAFamilyNameJoinTheName) {
  // "zu" after a cue is a particle when the family name after it is someone the text names.
  const auto q = quotes_of(
      "Der frühere Minister Karl-Theodor zu Guttenberg meldet sich zurück. „Ich habe viel gelernt“, sagte zu Guttenberg "
      "der Zeitung. Die Abgeordnete Beatrix von Storch widersprach: „Das glaube ich nicht.“ Von Storch fügte hinzu, man werde sehen.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Karl-Theodor zu Guttenberg");
  EXPECT_EQ(q[0].mention, "zu Guttenberg");
  EXPECT_EQ(q[1].speaker, "Beatrix von Storch");
  EXPECT_EQ(q[2].speaker, "Beatrix von Storch");
  // Opening the sentence, one particle joins the name before its cue ("Hilfe von Freunden" stays).
  const auto r = quotes_of("Beatrix von Storch sagte am Montag: „Wir klagen.“ Hilfe von Freunden sagte sie zu.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Beatrix von Storch");
  // Before the party in brackets, an apposition with a title, or after an opening adverb.
  const auto s = quotes_of(
      "Beatrix von Sturm (AfD) sagte, das sei Zensur. Konstantin von Nott, Vizechef der Fraktion, sagte: „Das ist ein Skandal.“ "
      "Auch Karl-Heinz zu Ahlen äußerte sich: „Das geht zu weit.“ Kritik von Greenpeace (GP) kam prompt.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].speaker, "Beatrix von Sturm");
  EXPECT_EQ(s[1].speaker, "Konstantin von Nott");
  EXPECT_EQ(s[2].speaker, "Karl-Heinz zu Ahlen");
}

TEST(QuoteGermanRound14, ThePrepositionsVonAndZuStayPrepositions) {
  // A full name and where the person works; a surname already known and the listener; a noun.
  const auto q = quotes_of(
      "„Die Preise steigen weiter“, sagte Sabine Kolbe von der Verbraucherzentrale. "
      "Kanzler Olaf Brandt war in Paris. „Wir sind einig“, sagte Brandt zu Journalisten. "
      "Kritik von der Opposition kam prompt. „Das ist zu wenig“, sagte Lena Hauk. "
      "Ihr jeweiliger Abstand von der Sonne unterscheidet sich, sagte Hauk.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "Sabine Kolbe");
  EXPECT_EQ(q[1].speaker, "Olaf Brandt");
  EXPECT_EQ(q[2].speaker, "Lena Hauk");
  EXPECT_EQ(q[3].speaker, "Lena Hauk");
}

TEST(QuoteGermanRound14, ATitleWordAfterAGivenNameIsTheSurname) {
  // "König" and "Richter" are titles, but not after a title and a given name.
  const auto q = quotes_of(
      "„Der Gesetzgeber muss nachbessern“, sagte Gerichtspräsidentin Doris König. "
      "„Wir haben gekämpft“, sagte Trainer Jens Richter.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Doris König");
  EXPECT_EQ(q[1].speaker, "Jens Richter");
}

TEST(QuoteGermanRound14, APersonNamedAgainByWhereTheyComeFrom) {
  // "der Belgier", "der Kärntner": the person just named (data/epithet_nouns_de.txt).
  const auto q = quotes_of(
      "Trainer Vincent Kallas lobte seine Mannschaft. „Die Jungs waren großartig“, sagte der Belgier. "
      "Skirennläufer Marco Brandner wurde Fünfter. „Es fühlt sich an wie ein Sieg“, sagte der Kärntner. "
      "Die Schauspielerin und Moderatorin Nina Wendt stand vor dem Käfig. „Das Leid muss enden“, sagte sie.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Vincent Kallas");
  EXPECT_EQ(q[1].speaker, "Marco Brandner");
  EXPECT_EQ(q[2].speaker, "Nina Wendt");
}

TEST(QuoteGermanRound14, ASourceWithAnExtendedAttributeBetweenArticleAndNoun) {
  // Wire copy names sources so: the preposition opening the attribute stopped the mention at "eine".
  const auto q = quotes_of(
      "Die Regierung prüft neue Hilfen. Eine Entscheidung solle bald fallen, sagte eine mit den Plänen vertraute Person. "
      "Die Gespräche seien schwierig, sagten zwei mit der Sache vertraute Insider. "
      "Man sei nah an einer Einigung, sagte ein mit den Gesprächen vertrauter Diplomat.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].mention, "eine mit den Plänen vertraute Person");
  EXPECT_EQ(q[1].mention, "zwei mit der Sache vertraute Insider");
  EXPECT_EQ(q[2].mention, "ein mit den Gesprächen vertrauter Diplomat");
  // A manner after the cue is no source: "sagte er mit einem Lächeln".
  const auto r = quotes_of("„Wir warten ab“, sagte er mit einem Lächeln. Sie sagte mit ruhiger Stimme, alles sei gut.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].mention, "er");
  EXPECT_EQ(r[1].mention, "Sie");
  // "Person" alone is no source: "zu ihrer Person" is what she speaks about.
  const auto t = quotes_of(
      "Die Abgeordnete Petra Kolb trat zurück. Nun lässt sie über ihre Anwälte Folgendes zu ihrer Person erklären: "
      "„Ich habe nichts verschwiegen.“");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "Petra Kolb");
}

TEST(QuoteGermanRound14, SportAndBusinessCompoundsAreTitles) {
  // "Bayern-Boss" and "Bayern-Profi" stayed in the name; "ließ ausrichten" was no cue.
  const auto q = quotes_of(
      "„Das ist Wahnsinn“ – so kommentierte Bayern-Boss Herbert Haider die Niederlage. "
      "Bayern-Profi Leon Gerstner war enttäuscht. „Wir haben verdient verloren“, sagte der Nationalspieler. "
      "Die Ministerin ließ über ihren Sprecher ausrichten, sie sehe keinen Anlass zur Sorge.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Herbert Haider");
  EXPECT_EQ(q[1].speaker, "Leon Gerstner");
  EXPECT_EQ(q[2].text, "sie sehe keinen Anlass zur Sorge");
  // Local offices: "Landrat" stayed in the name.
  const auto r = quotes_of("„Ich trete zurück“, erklärte Landrat Peter Kamm. Stadtrat Jan Orth (FDP) sagte: „Das ist zu teuer.“");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].speaker, "Peter Kamm");
  EXPECT_EQ(r[1].speaker, "Jan Orth");
}

TEST(QuoteGermanRound14, AnOutletInMarksWithALowerCaseWordInsideIsToldNotQuoted) {
  // „Welt am Sonntag“ between the cue and the clause blocked the report: "am" is lower case.
  const auto q = quotes_of(
      "Der Vorsitzende der Jugendorganisation, Jonas Wendel, sagte der „Welt am Sonntag“, die Partei brauche einen Neuanfang.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "scare");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "die Partei brauche einen Neuanfang");
  EXPECT_EQ(q[1].speaker, "Jonas Wendel");
}

TEST(QuoteGermanRound14, ACityOrADirectorshipNamesAgainThePersonJustNamed) {
  const auto q = quotes_of(
      "Tennisprofi Alexander Zorn ist ausgeschieden. „Ich fühle mich leer“, sagte der Hamburger nach der Niederlage. "
      "Regierungsrat Mario Feld wies die Kritik zurück. „Die Beamten haben korrekt gehandelt“, sagte der Sicherheitsdirektor.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Alexander Zorn");
  EXPECT_EQ(q[1].speaker, "Mario Feld");
}

TEST(QuoteGermanRound14, ARelativePronounInEIsNoVerbInTheReportedMood) {
  // "die sie nachts erreichen" read "die" beside "sie" as a Konjunktiv verb: the narrator's
  // sentence after a quotation became a report.
  const auto q = quotes_of(
      "Die Abgeordnete Rita Lenz betritt den Saal. „Die letzten Wochen waren hart“, sagt sie. "
      "Dann erzählt sie von den Drohungen, von den Nachrichten, die sie nachts erreichen. Sie habe überlegt, aufzuhören, sagt Lenz.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[1].text, "Sie habe überlegt, aufzuhören");
}

TEST(QuoteGermanRound14, AnOutletInMarksBeforeItsCueIsTheSubjectAndItsObjectIsQuoted) {
  // "Die „Bild“ zitiert den Minister": main made „Bild“ the minister's words.
  const auto q = quotes_of(
      "Die „Post“ zitiert den Minister mit den Worten: „Ich trete nicht zurück.“ "
      "Die Agentur zitierte einen Regierungsbeamten mit den Worten, die Gespräche seien gescheitert.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].kind, "scare");
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].mention, "den Minister");
  EXPECT_EQ(q[2].text, "die Gespräche seien gescheitert");
  EXPECT_EQ(q[2].mention, "einen Regierungsbeamten");
  // Speech with a comma before its cue stays speech.
  const auto r = quotes_of("Der Minister kam spät. „Wir sind bereit“, sagte der Minister.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, "direct");
}

TEST(QuoteGermanRound14, ACommonNounAfterANameWordMakesNoPerson) {
  // "gegen Bayern Kritik" made a person "Bayern Kritik", named after the trainer: "der
  // 53-Jährige" then meant no one (data/common_noun_endings_de.txt).
  const auto q = quotes_of(
      "Trainer Steffen Bohm hat nach der 0:3-Niederlage gegen Bayern Kritik an seiner Mannschaft geübt. "
      "„Wir waren in allen Belangen unterlegen“, sagte der 53-Jährige.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Steffen Bohm");
}

}  // namespace
}  // namespace article_lens
