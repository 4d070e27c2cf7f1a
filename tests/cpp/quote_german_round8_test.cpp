// German speakers, round 8: a bare title resolves to the person given a compound of it; a club or
// company is no person a pronoun can mean; two bodies joined by "und" speak together; a name in
// apposition after a description's place speaks; "den"/"dem" open objects; "letztere" is the
// person named last; a cue closing a verb bracket has its subject by the auxiliary. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

// The first quote's resolved speaker, in German.
std::string first_speaker(const std::string& text) { return testing::first_speaker(text, "de"); }

TEST(QuoteGermanRound8, ABareTitleMeansThePersonGivenACompoundOfIt) {
  EXPECT_EQ(first_speaker("Innenministerin Petra Kolbe legte den Entwurf vor. Die Ministerin sagte: „Wir handeln jetzt.“"),
            "Petra Kolbe");
  EXPECT_EQ(first_speaker("Bundestrainer Lars Brandt war erleichtert. „Wir haben gut verteidigt“, sagte der Trainer."),
            "Lars Brandt");
  // A deputy or former holder is not the title's holder.
  EXPECT_EQ(first_speaker("Vizekanzler Tobias Rehm kam zu spät. Der Kanzler sagte: „Wir warten nicht.“"), "der Kanzler");
  EXPECT_EQ(first_speaker("Ex-Minister Jan Holt schwieg. Der Minister sagte: „Das prüfen wir.“"), "der Minister");
}

TEST(QuoteGermanRound8, AClubOrCompanyIsNoPersonForAPronoun) {
  EXPECT_EQ(first_speaker("Der Trainer Marco Vitale kehrt zurück. Er war lange beim FC Nordstadt Wiesbach tätig. "
                          "„Ich bin wieder da“, sagte er."),
            "Marco Vitale");
  EXPECT_EQ(first_speaker("Die Managerin Ina Lorenz wechselt. Sie war zuvor beim Autokonzern Velmar Motors. "
                          "„Ich freue mich“, sagte sie."),
            "Ina Lorenz");
  EXPECT_EQ(first_speaker("Die Chefin Ina Lorenz wechselt. Sie leitete die Tellheim Holding. „Ich freue mich“, sagte sie."),
            "Ina Lorenz");
}

TEST(QuoteGermanRound8, ABodyBeforeANameIsWhereThePersonSits) {
  EXPECT_EQ(first_speaker("Die Abgeordnete im Landtag Marie Haller entschuldigte sich. „Das war falsch“, sagte sie."),
            "Marie Haller");
}

TEST(QuoteGermanRound8, TwoBodiesJoinedSpeakTogether) {
  EXPECT_EQ(first_speaker("Die Polizei und die Staatsanwaltschaft erklärten: „Wir ermitteln in alle Richtungen.“"),
            "die Polizei und die Staatsanwaltschaft");
  EXPECT_EQ(first_speaker("Laut Polizei und Staatsanwaltschaft gibt es „keine Hinweise“ auf ein Verbrechen."),
            "Polizei und Staatsanwaltschaft");
  EXPECT_EQ(first_speaker("Nach Angaben von Feuerwehr und Polizei war der Brand „schnell unter Kontrolle“."),
            "Feuerwehr und Polizei");
  EXPECT_EQ(first_speaker("Die Landesregierung und der Bauernverband warnten: „Das reicht nicht.“"),
            "die Landesregierung und der Bauernverband");
  // Two things joined are no speakers ("sprechen für" is no speech here).
  const auto reading = read_article_quotes("„Ich war immer konservativ.“ Die Zahlen und der Kalender sprechen für Romney.", "de");
  ASSERT_FALSE(reading.quotes.empty());
  EXPECT_NE(reading.quotes.front().speaker, "die Zahlen und der Kalender");
}

TEST(QuoteGermanRound8, ANameInAppositionAfterADescriptionsPlaceSpeaks) {
  EXPECT_EQ(first_speaker("„Wir prüfen das“, sagte der Sprecher des Innenministeriums in Berlin, Hans Meier."), "Hans Meier");
  EXPECT_EQ(first_speaker("Den Ärger der Partei brachte die Sprecherin der Fraktion im Landtag, Anna Weiß, zum Ausdruck: „Das geht nicht.“"),
            "Anna Weiß");
  // Places listed after a description are no apposition.
  EXPECT_EQ(first_speaker("„Wir prüfen das“, sagte der Sprecher in Berlin, Hamburg und Bremen."), "der Sprecher");
}

TEST(QuoteGermanRound8, AnObjectOpeningTheClauseIsNoSpeaker) {
  // "Den …", "Dem …" never open a subject: the subject follows the verb.
  EXPECT_EQ(first_speaker("Den Ärger der Partei brachte Anna Weiß zum Ausdruck: „Das geht nicht.“"), "Anna Weiß");
  EXPECT_EQ(first_speaker("Dem Vorschlag der Kommission widersprach der Verband: „Das ist zu teuer.“"), "der Verband");
}

TEST(QuoteGermanRound8, TheLatterIsThePersonNamedLast) {
  EXPECT_EQ(first_speaker("Die Sängerin Lena Vogt saß im Käfig, während die Schauspielerin Mia Roth am Stand wartete. "
                          "„Das Leiden geht weiter“, so letztere."),
            "Mia Roth");
  // Before its noun it is no pronoun.
  EXPECT_EQ(first_speaker("Mia Roth lobte den Plan. „Letzterer Vorschlag ist gut“, sagte sie."), "Mia Roth");
}

TEST(QuoteGermanRound8, ReportedSpeechInheritsTheInvertedSubjectOfTheSentenceBefore) {
  EXPECT_EQ(first_speaker("Ministerin Clara Heim legte den Haushalt vor. An die Adresse der Prüfer in Brüssel hatte Heim "
                          "gute Nachrichten. Erstmals seit Jahren sei das Land in der Lage, die Regeln „ohne Abstriche“ einzuhalten."),
            "Clara Heim");
}

TEST(QuoteGermanRound8, ARelativePronounAfterAPrepositionStandsForItsAntecedent) {
  EXPECT_EQ(first_speaker("Am Eingang musste ein Schild hängen, auf dem geschrieben stand: „Betreten verboten.“"), "ein Schild");
  // An article alone is never the speaker's name.
  const auto reading = read_article_quotes("Er las vor, auf dem geschrieben stand: „Betreten verboten.“", "de");
  ASSERT_FALSE(reading.quotes.empty());
  EXPECT_NE(reading.quotes.front().speaker, "dem");
}

TEST(QuoteGermanRound8, TheSubjectStandsByTheAuxiliaryOfACueClosingTheVerbBracket) {
  EXPECT_EQ(first_speaker("Der Minister hatte im September kritisiert, die Lage sei „ernst“."), "der Minister");
  EXPECT_EQ(first_speaker("Anna Berg hatte im Sommer gewarnt, die Lage sei „ernst“."), "Anna Berg");
  EXPECT_EQ(first_speaker("Die Zeitung hatte letzten Monat berichtet, die Lage sei „ernst“."), "die Zeitung");
  EXPECT_EQ(first_speaker("Im September hatte der Minister kritisiert, die Lage sei „ernst“."), "der Minister");
}

TEST(QuoteGermanRound8, AVerbFinalClausesSubjectFollowsItsComplementizer) {
  EXPECT_EQ(first_speaker("Der Sender berichtet, dass Jonas Keller die Schülerin danach gefragt habe, was sie „vorhabe“."),
            "Jonas Keller");
  // A body speaks there too, not what it speaks of.
  EXPECT_EQ(first_speaker("Der Bericht ist brisant, weil die Landesregierung das Projekt als „Vorbild“ bezeichnet hat."),
            "die Landesregierung");
  // A cue at the start of a text has no clause before it.
  const auto reading = read_article_quotes("Gefragt, ob sie „bleibe“, schwieg sie.", "de");
  EXPECT_FALSE(reading.quotes.empty());
}

TEST(QuoteGermanRound8, ANounOfSpeechWithItsHolderInTheGenitive) {
  EXPECT_EQ(first_speaker("Auf den Vorwurf der Opposition, es handele sich um einen „teuren Irrweg“, den niemand wolle, "
                          "antwortete die Ministerin nicht."),
            "der Opposition");
  EXPECT_EQ(first_speaker("Die Forderung der Gewerkschaft, die Löhne „deutlich“ anzuheben, lehnte der Verband ab."),
            "der Gewerkschaft");
  // A thing in the genitive holds no words.
  EXPECT_NE(first_speaker("Die Aussage des Berichts, die Lage sei „ernst“, sagte Anna Berg, stimme."), "des Berichts");
}

TEST(QuoteGermanRound8, ANounWithItsMarkedNameSpeaks) {
  const auto direct = testing::direct_quotes_of("Selbst die Wochenzeitung „Rote Feder“ hatte im Mai kritisiert, dass sie „zu unkritisch“ sei.", "de");
  ASSERT_EQ(direct.size(), 1u);
  EXPECT_EQ(direct.front().speaker, "Rote Feder");
  // A report with its marked medium in the genitive, before "zufolge".
  const auto report = testing::direct_quotes_of("Einem Bericht der „Abendpost“ zufolge ist der Plan „unausgegoren“.", "de");
  ASSERT_EQ(report.size(), 1u);
  EXPECT_EQ(report.front().speaker, "einem Bericht der „Abendpost“");
}

TEST(QuoteGermanRound8, CommonSourceFrames) {
  // A surname that is also a naming word ("kurz: „…“") is a name here.
  EXPECT_EQ(first_speaker("Das sagte Sebastian Kurz: „Wir prüfen das.“"), "Sebastian Kurz");
  EXPECT_EQ(read_article_quotes("Das Programm heißt kurz: „OOo“.", "de").quotes.front().kind, "scare");
  // A day between the cue and its inverted subject.
  EXPECT_EQ(first_speaker("„Wir prüfen das“, erklärte am Montag die Sprecherin der Stadt, Eva Lang."), "Eva Lang");
  EXPECT_EQ(first_speaker("„Wir prüfen das“, sagte gestern Eva Lang."), "Eva Lang");
  // "laut Angaben", and a "wie" clause closed by its cue.
  EXPECT_EQ(first_speaker("Laut Angaben der Feuerwehr war das Feuer „schnell gelöscht“."), "der Feuerwehr");
  EXPECT_EQ(first_speaker("Wie die Polizei mitteilte, war der Fahrer „stark alkoholisiert“."), "die Polizei");
  EXPECT_EQ(first_speaker("Als der Minister das Wort ergriff, sagte Anna Berg: „Jetzt reicht es.“"), "Anna Berg");
  // Reflexive cues of feeling, and "aus Sicht".
  EXPECT_EQ(first_speaker("„Das ist ein guter Tag“, freute sich Bürgermeisterin Eva Lang."), "Eva Lang");
  EXPECT_EQ(first_speaker("Aus Sicht der Gewerkschaft ist das Angebot „zu wenig“."), "der Gewerkschaft");
  // "hieß es aus …", and the words of speech before a quoting verb are no speaker.
  EXPECT_EQ(first_speaker("„Wir prüfen das“, hieß es aus Regierungskreisen."), "Regierungskreisen");
  EXPECT_EQ(first_speaker("Minister Hans Becker wird mit den Worten zitiert: „Wir prüfen das.“"), "Hans Becker");
}

TEST(QuoteGermanRound8, ABodyInTheSentenceBeforeSpeaksForAQuoteStandingAlone) {
  const auto direct = testing::direct_quotes_of("„Wir müssen handeln“, sagte Minister Hans Becker. "
                                                "Die Opposition sieht das anders. „Das ist Unsinn.“", "de");
  ASSERT_EQ(direct.size(), 2u);
  EXPECT_EQ(direct[0].speaker, "Hans Becker");
  EXPECT_EQ(direct[1].speaker, "die Opposition");
}

TEST(QuoteGermanRound8, PronounsRespectTheGenderRoleWordsTell) {
  EXPECT_EQ(first_speaker("Der Trainer Jonas Keller traf die Ministerin Anna Berg. „Wir sind uns einig“, sagte er."), "Jonas Keller");
  EXPECT_EQ(first_speaker("Die Ministerin Anna Berg traf den Trainer Jonas Keller. „Wir sind uns einig“, sagte sie."), "Anna Berg");
  // Compound role words tell it too, and a verb between two titled names is no role of the second.
  EXPECT_EQ(first_speaker("Bundestrainer Jonas Keller traf Innenministerin Anna Berg. „Wir sind uns einig“, sagte er."), "Jonas Keller");
  EXPECT_EQ(first_speaker("Innenministerin Anna Berg traf Bundestrainer Jonas Keller. „Wir sind uns einig“, sagte sie."), "Anna Berg");
}

TEST(QuoteGermanRound8, ColonIntroductionsWithAnOpeningWordOrAReaction) {
  EXPECT_EQ(first_speaker("Dazu Ministerin Anna Berg: „Wir prüfen das.“"), "Anna Berg");
  EXPECT_EQ(first_speaker("Kritik kam von der Opposition: „Das ist ein Skandal.“"), "der Opposition");
  EXPECT_EQ(first_speaker("Kritik kam auch von Grünen-Chefin Anna Berg: „Das ist ein Skandal.“"), "Anna Berg");
}

}  // namespace
}  // namespace article_lens
