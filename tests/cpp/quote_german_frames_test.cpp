// German speakers in frames the plain subject search misreads: a passive cue's agent, a quoting
// verb's object after a medium in marks, a club's name with a number in it, a relative
// clause's antecedent, an object opened by a possessive, an assessment's source,
// a colon lead-in without a cue word, a passive clause's subject,
// and a noun after a preposition fused with its article. Sentences written
// for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

// The first quote's resolved speaker, in German.
std::string first_speaker(const std::string& text) { return testing::first_speaker(text, "de"); }

TEST(QuoteGermanFrames, APassiveCuesAgentSpeaks) {
  EXPECT_EQ(first_speaker("Die Pläne wurden von der Ministerin Anna Roth als „völlig verfehlt“ kritisiert."), "Anna Roth");
  EXPECT_EQ(first_speaker("Seine Bilder werden von Sammlern als „Schätze der Moderne“ bezeichnet."), "Sammlern");
  // "von" without a passive auxiliary is no agent: the subject speaks.
  EXPECT_EQ(first_speaker("Jonas Berg sprach von Fehlern und nannte die Pläne „völlig verfehlt“."), "Jonas Berg");
}

TEST(QuoteGermanFrames, AQuotingVerbsObjectSpeaksAfterAMarkedMedium) {
  EXPECT_EQ(first_speaker("Die Entwicklerin Clara Wendt stellte das Programm vor. "
                          "„Das wird unser bestes Jahr“, zitiert die „Abendpost“ Wendt in einem Bericht."),
            "Clara Wendt");
}

TEST(QuoteGermanFrames, ANumberInsideAClubsNameStaysInTheMention) {
  const auto reading = read_article_quotes("„Wir haben verdient gewonnen“, sagte der Trainer von Eintracht 05 Nordheim nach dem Spiel.", "de");
  ASSERT_FALSE(reading.quotes.empty());
  EXPECT_EQ(reading.quotes.front().speaker, "der Trainer von Eintracht 05 Nordheim");
}

TEST(QuoteGermanFrames, ARelativeClausesAntecedentSpeaksWhenItsPronounIsTheSubject) {
  EXPECT_EQ(first_speaker("Kritik kommt von der Sprecherin Lea Falk, die die Pläne als „Kapitulation“ vor den Investoren sieht."),
            "Lea Falk");
  EXPECT_EQ(first_speaker("Widerspruch kam von Jonas Berg, der die Pläne als „völlig verfehlt“ kritisierte."), "Jonas Berg");
  // A person named after the pronoun is the clause's subject, not the antecedent.
  EXPECT_EQ(first_speaker("Es ging um die Reform, die Ministerin Anna Roth als „überfällig“ bezeichnet hatte."), "Anna Roth");
}

TEST(QuoteGermanFrames, APossessiveAfterTheVerbOpensItsObject) {
  EXPECT_EQ(first_speaker("Ein Sprecher der Nordlicht AG bezeichnet ihre Investition als „strategisch“."),
            "ein Sprecher der Nordlicht AG");
  // A pronoun after the verb is its subject all the same.
  EXPECT_EQ(first_speaker("Anna Roth kam spät. Dann lobte sie ihre Mitarbeiter als „großartig“."), "Anna Roth");
}

TEST(QuoteGermanFrames, AnAssessmentNamesItsSource) {
  // (The sentence before is a report of its own, the town's: the quotation is the commissioner's.)
  const auto q = testing::direct_quotes_of("Laut der Stadt Nordheim ist die Lage ruhig. Die Aktion ist nach Bewertung von Kommissar "
                                           "Felix Brandt „kein Anlass zur Sorge“.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Felix Brandt");
}

TEST(QuoteGermanFrames, AClauseEndingInAColonIntroducesItsSubjectsQuote) {
  // No cue word: the name right after the clause's verb (over "hatte sich") speaks.
  EXPECT_EQ(first_speaker("Bei der Debatte über die Haushaltslage der Stadt hatte sich Jonas Berg zu einem Zwischenruf "
                          "hinreißen lassen: „Das ist doch Unsinn.“"),
            "Jonas Berg");
}

TEST(QuoteGermanFrames, APassiveClausesSubjectIsSpokenOf) {
  // The company is described, not speaking: no speaker rather than the wrong one.
  EXPECT_EQ(first_speaker("Die Nordlicht GmbH wurde gestern im „Abendblatt“ als „eine Firma mit Zukunft“ bezeichnet."), "");
}

TEST(QuoteGermanFrames, ANounAfterAPrepositionWithItsArticleIsNoFirstName) {
  // "im" is "in dem": "Stadtrat" is the noun it governs, not the first name of Marta Kling.
  EXPECT_EQ(first_speaker("Die Abgeordnete im städtischen Stadtrat Marta Kling bat um Entschuldigung. "
                          "„Es tut mir leid“, sagte Kling."),
            "Marta Kling");
}

}  // namespace
}  // namespace article_lens
