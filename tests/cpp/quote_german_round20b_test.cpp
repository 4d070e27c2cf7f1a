// German and Dutch quotes that round 20b reads right: an epithet after a sentence whose subject is
// described, with a person named in the genitive behind its title ("Die Schwester des
// verstorbenen Unternehmers Paul Ammann … sagte die 29-Jährige"), is not that person; "hieß es"
// closing an indicative clause reports it; "Wie es in der Mitteilung heißt, …" quotes a document;
// a body with its place before the cue speaks ("Die Feuerwehr in Essen teilte mit"). Dutch: after
// "volgens" and a description, the past tense of any verb opens the clause.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteGermanRound20b, AnEpithetIsNotThePossessorNamedInTheGenitive) {
  // Main gave the possessor: "Paul Ammann".
  const auto q = read_article_quotes(
                     "Die Schwester des verstorbenen Unternehmers Paul Ammann trat vor die Presse. „Wir geben die "
                     "Hoffnung nicht auf“, sagte die 29-Jährige.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Wir geben die Hoffnung nicht auf");
  EXPECT_NE(q[0].speaker.find("29-Jährige"), std::string::npos) << q[0].speaker;
  // A named subject is still the one the epithet means.
  const auto r = read_article_quotes(
                     "Trainerin Anna Vogt lobte nach dem Spiel ihre Abwehr. „Wir standen sehr kompakt“, sagte die "
                     "41-Jährige.",
                     "de")
                     .quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Anna Vogt");
}

TEST(QuoteGermanRound20b, HiessEsReportsAnIndicativeClause) {
  // Main found nothing: the clause is not in the Konjunktiv.
  const auto q = read_article_quotes("Die Kosten lagen deutlich über der Planung, hieß es zur Begründung.", "de").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Die Kosten lagen deutlich über der Planung");
  EXPECT_EQ(q[0].speaker, "");
  // So with a time and a source after it.
  const auto r = read_article_quotes("Die Suche nach dem Jungen ging weiter, hieß es am Abend aus dem Landratsamt.", "de").quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "Die Suche nach dem Jungen ging weiter");
  EXPECT_NE(r[0].speaker.find("Landratsamt"), std::string::npos) << r[0].speaker;
}

TEST(QuoteGermanRound20b, ImpersonalCueInADocument) {
  // Main found nothing: a document is no body.
  const auto q = read_article_quotes(
                     "Wie es in dem Bericht des Landesrechnungshofs heißt, wurden die Mittel nicht sachgerecht verwendet.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "wurden die Mittel nicht sachgerecht verwendet");
  EXPECT_EQ(q[0].speaker, "");
}

TEST(QuoteGermanRound20b, ABodyWithItsPlaceBeforeTheCue) {
  // Main found nothing: the town after "in" was taken for the subject and rejected.
  const auto q = read_article_quotes(
                     "Die Feuerwehr in Essen teilte mit, das Feuer sei gegen Mitternacht gelöscht worden.", "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "das Feuer sei gegen Mitternacht gelöscht worden");
  EXPECT_NE(q[0].speaker.find("Feuerwehr"), std::string::npos) << q[0].speaker;
}

TEST(QuoteGermanRound20b, DutchVolgensBeforeAPastTenseVerb) {
  // Main found nothing: "loog" is no verb the lists know, and the source ran on over it.
  const auto q = read_article_quotes("Volgens de officier van justitie loog de verdachte over zijn alibi.", "nl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "loog de verdachte over zijn alibi");
  EXPECT_EQ(q[0].speaker, "de officier van justitie");
  // A pronoun after the verb too.
  const auto r = read_article_quotes("Volgens de coach speelde hij zijn beste wedstrijd van het seizoen.", "nl").quotes;
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "speelde hij zijn beste wedstrijd van het seizoen");
  EXPECT_EQ(r[0].speaker, "de coach");
}

}  // namespace
}  // namespace article_lens
