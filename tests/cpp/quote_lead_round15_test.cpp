// Speakers the lead read right in round 15. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteLeadRound15, APlaceAfterItsOwnerIsNoPerson) {
  // "Cruz's South Carolina coalition": the place is no person a later "he" could mean.
  const auto q = direct_quotes_of(
      "Ann Bell, a leader of Cruz's South Carolina antiabortion group, said the race was open.\n\n"
      "\"We are trying to show some mercy,\" Tripp said. South Carolina, he said, was \"where we can win.\"",
      "en");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Tripp");
}

TEST(QuoteLeadRound15, AnOwnersPersonStaysAPerson) {
  // The owner cut still leaves a person where a name, not a place, follows ("Florida's Rick Wilson").
  const auto q = direct_quotes_of("Florida's Rick Wilson was blunt. \"It is over,\" he said.", "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rick Wilson");
}

TEST(QuoteLeadRound15, ADirectQuotesClauseSubjectEndsAtItsVerb) {
  // "The actor refused, saying: “...”": the subject is the description, not "The actor refused".
  const auto q = direct_quotes_of("Tom Hanks arrived late. The actor refused to comment, saying: \"I will not talk about it.\"", "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The actor");
}

TEST(QuoteLeadRound15, ABareSurnameMeansTheNamesakeNamedLast) {
  // "Dr Fox" after "Liam Fox": not the studio "20th Century Fox" named first.
  const auto q = direct_quotes_of(
      "The film was made by 20th Century Fox in 2004.\n\n"
      "Tory co-chairman Liam Fox spoke on Sunday. \"We will win,\" Dr Fox said.", "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Liam Fox");
  // Where nothing tells the namesakes apart, the one named last before the surname.
  const auto r = direct_quotes_of(
      "Anna Berg met the board.\n\nLater, Peter Berg visited the plant. \"It is ready,\" Berg said.", "en");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Peter Berg");
}

TEST(QuoteLeadRound15, AnOfficeOfTheOtherGenderIsSomeoneElse) {
  // "die Ministerin" after a man named without a title is not him; after a woman, it is her.
  const auto q = direct_quotes_of("Peter Krüger eröffnete am Montag die Messe. „Wir sind zufrieden“, sagte die Ministerin.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Peter Krüger");
  const auto r = direct_quotes_of("Anna Lenz eröffnete am Montag die Messe. „Wir sind zufrieden“, sagte die Ministerin.", "de");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Anna Lenz");
}

TEST(QuoteLeadRound15, APartyInBracketsIsNoOffice) {
  // "Susanne Graf (SPD)": a party alone gives her no office, so the office named next may be hers.
  const auto q = direct_quotes_of(
      "Susanne Graf (SPD) eröffnete am Montag die Sitzung. „Wir sind zufrieden“, sagte die Stadträtin.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Susanne Graf");
}

TEST(QuoteLeadRound15, AnEpithetWithItsBodyNamesTheLastSpeaker) {
  // "la número dos del PSOE" right after Montero spoke is Montero, not someone new holding it.
  const auto q = direct_quotes_of(
      "María Jesús Montero compareció en el Congreso. «No habrá recortes», ha afirmado Montero. "
      "«La señora Ayuso debería pagar», ha añadido la número dos del PSOE.", "es");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "María Jesús Montero");
}

TEST(QuoteLeadRound15, APronounMeansTheSubjectNotThePersonTold) {
  // The name last in the dative was told something; "его" is the one who spoke.
  auto q = testing::read_article_quotes(
      "Министр Михаил Мурашко доложил Михаилу Мишустину о ходе вакцинации. По его словам, привито более 40 млн человек.", "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Михаил Мурашко");
  q = testing::read_article_quotes(
      "Міністр Віктор Ляшко доповів Денису Шмигалю про вакцинацію. За його словами, щеплено понад 10 млн людей.", "uk").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Віктор Ляшко");
}

TEST(QuoteLeadRound15, ACueWordAfterMarksBeforeAPrepositionIsANoun) {
  // 'would "not tolerate" attacks on journalists': "attacks" is no cue of the marked words; the
  // sentence is reported speech with the quote inside it.
  const auto reading = testing::read_article_quotes(
      "Mohammed Idris said the government would \"not tolerate\" attacks on journalists.", "en");
  bool reported = false;
  for (const auto& q : reading.quotes) {
    if (q.kind == "indirect") reported = q.speaker == "Mohammed Idris";
    EXPECT_NE(q.cue, "attacks");
  }
  EXPECT_TRUE(reported);
}

TEST(QuoteLeadRound15, ADescriptionBeforeAnAgeOrAnAsideSpeaks) {
  // "The minister, 54, said", "The authors, writing in the BMJ, said": reported speech whose
  // speaker is the description before the commas.
  auto q = testing::read_article_quotes("The minister, 54, said the bridge would reopen.", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].mention, "The minister");
  q = testing::read_article_quotes("The authors, writing in the BMJ, said the results were striking.", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The authors");
}

TEST(QuoteLeadRound15, AReportedClauseMayOpenWithAnIndefiniteArticle) {
  // No "that": "a man in his 30s had been arrested" opens with its subject as "the man" does.
  const auto q = testing::read_article_quotes("Police said a man in his 30s had been arrested.", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "a man in his 30s had been arrested");
  // Still no report in an object: "welcomed a decision in the case".
  EXPECT_TRUE(testing::read_article_quotes("He welcomed a decision in the case.", "en").quotes.empty());
}

TEST(QuoteLeadRound15, AnAsideOfSittingOrFlankingKeepsTheNameBeforeIt) {
  // "Ann Hale, sitting with Tom Bell, said": the aside names others; Ann Hale speaks.
  auto q = testing::read_article_quotes("Ann Hale, sitting with Tom Bell, said the plan had failed.", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Hale");
  q = testing::read_article_quotes("Lady Hale, sitting with Lords Bingham, Steyn and Hope, said the appeal had failed.", "en").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Lady Hale");
}

TEST(QuoteLeadRound15, ChineseCurlyMarksPairWithoutSpaces) {
  // No spaces in Chinese: an ideograph or full-width punctuation stands beside the marks.
  const auto reading = testing::read_article_quotes("王毅表示：“中方愿同各方加强合作。”他还说，“这是我们的共同责任。”", "zh");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_EQ(reading.quotes[0].text, "中方愿同各方加强合作。");
  EXPECT_EQ(reading.quotes[1].text, "这是我们的共同责任。");
}

TEST(QuoteLeadRound15, AFullSentenceAfterAFullWidthColonReadsAsSpeech) {
  // "表示：“…。”": a sentence introduced by a colon is speech, not a marked term, even where the
  // language has no cue words in our data yet.
  const auto reading = testing::read_article_quotes("王毅表示：“中方愿同各方加强合作。”", "zh");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].kind, "direct");
}

TEST(QuoteLeadRound15, LatinTextStillNeedsItsSpaces) {
  // The same marks inside Latin words stay no quotes: "about“joint" is glued, a letter after a
  // closing mark keeps it open.
  const auto reading = testing::read_article_quotes("He said “yes”no and left.", "en");
  for (const auto& q : reading.quotes) EXPECT_NE(q.text, "yes");
}

}  // namespace
}  // namespace article_lens
