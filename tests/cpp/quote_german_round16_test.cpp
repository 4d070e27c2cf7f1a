// German quotes that round 16 reads right: a word or two answered with an inverted cue and a
// speaker the text does not name; the reporter's own question ("frage ich"); "argumentierte" as a
// cue; a causative cue through a channel ("…, ließ sie über ihren Sprecher mitteilen"). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteGermanRound16, AShortAnswerBeforeAnInvertedCueIsSpeech) {
  // Main read both as scare quotes: a name-like word no one named is found to say.
  const auto q = read_article_quotes(
                     "Ich besuche den Imker am Waldrand. „Ordentlich“, sagt er und hebt den Deckel. Zum Abschied "
                     "bleibt ein Glas Honig. „Das hat sich gelohnt“, sage ich.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Ordentlich");
  EXPECT_EQ(q[0].cue, "sagt");
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].text, "Das hat sich gelohnt");
  EXPECT_EQ(q[1].cue, "sage");
  // A name in marks before a cue set in, the sentence running on, stays a name.
  const auto r = read_article_quotes("Sein drittes Album hieß „Fernweh“. „Fernweh“, sagt er, sei ihm das liebste.", "de").quotes;
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].kind, "scare");
}

TEST(QuoteGermanRound16, TheReporterAsksInTheFirstPerson) {
  // Main found the question but no cue: "frage" was listed only as the noun „Frage“.
  const auto q = read_article_quotes("„Wann kommt der Bus?“, frage ich die Fahrerin. „Gleich“, antwortet sie.", "de").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].cue, "frage");
  EXPECT_EQ(q[0].mention, "ich");
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].cue, "antwortet");
}

TEST(QuoteGermanRound16, ACausativeCueThroughAChannelAfterAPerfect) {
  // Main found nothing: the auxiliary of the reported clause („habe … gewusst“) made "über ihren
  // Sprecher" read as an object inside a verb bracket.
  const auto q = read_article_quotes(
                     "Die Stadträtin Mira Lenz wies die Vorwürfe zurück. Sie habe von den Zahlungen nichts gewusst, "
                     "ließ sie über ihren Sprecher mitteilen.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Sie habe von den Zahlungen nichts gewusst");
  EXPECT_EQ(q[0].mention, "sie");
  EXPECT_EQ(q[0].speaker, "Mira Lenz");
}

TEST(QuoteGermanRound16, ADatelineIsNoPartOfTheReport) {
  // Main reported "Kassel (epd) – „Wir …“" as well as the quote, and "Kassel (epd) – Die Kirche …".
  const auto q = read_article_quotes(
                     "Kassel (epd) – „Wir öffnen die Kirche für alle“, sagte Pfarrerin Jana Wolf.\n"
                     "Göttingen – Die Gemeinde sei gewachsen, sagte Bürgermeister Ole Brandt.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Wir öffnen die Kirche für alle");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "Die Gemeinde sei gewachsen");
  EXPECT_EQ(q[1].speaker, "Ole Brandt");
}

TEST(QuoteGermanRound16, ArgumentierenReportsSpeech) {
  // Main found no report: "argumentierte" was no cue.
  const auto q = read_article_quotes(
                     "Vor dem Sozialgericht klagte eine Pflegerin gegen ihre Kündigung. Ihr Anwalt Jonas Weber "
                     "argumentierte, die Frist sei nicht eingehalten worden.",
                     "de")
                     .quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "die Frist sei nicht eingehalten worden");
  EXPECT_EQ(q[0].speaker, "Jonas Weber");
}

}  // namespace
}  // namespace article_lens
