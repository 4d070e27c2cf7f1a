// English quotation phenomena of round 12: a participle after a comma reports for the subject of
// the clause before it (", saying the report was false"); a mixed quotation with no "that" is a
// reported clause too; a sentence adverb or a preposition opening a sentence is no speaker
// ("Instead,", "Across Europe,"); a description repeats a two-word title ("the health secretary")
// or names the person every word of it fits ("the Spanish minister"); a possessive owner opens a
// description before a name; a common woman's given name tells the gender of a full name.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::QuoteRead;
using testing::read_article_quotes;

std::vector<QuoteRead> reported_of(const std::string& text) {
  std::vector<QuoteRead> reported;
  for (QuoteRead& q : read_article_quotes(text).quotes)
    if (q.kind == "indirect") reported.push_back(std::move(q));
  return reported;
}

TEST(QuoteEnglishRound12, AParticipleAfterACommaReportsForTheClauseSubject) {
  const auto q = reported_of("The governor vetoed the bill on Friday, saying it would cost the state too much.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "it would cost the state too much");
  EXPECT_EQ(q[0].mention, "The governor");
  const auto r = reported_of("Nora Vale rejected the offer, adding that the union had not been consulted.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "the union had not been consulted");
  EXPECT_EQ(r[0].speaker, "Nora Vale");
  // After a cue of its own, the participle goes on with that cue's speaker.
  const auto t = reported_of("The plant will close in May, Tom Reyes said, adding that he expected more cuts.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].text, "he expected more cuts");
  EXPECT_EQ(t[1].speaker, "Tom Reyes");
  // Not the object of the verb before the comma as an inverted speaker ("CLAUSE, said X").
  for (const QuoteRead& quote : reported_of("The mayor closed the park, saying the storm had damaged the paths."))
    EXPECT_NE(quote.mention, "the storm");
}

TEST(QuoteEnglishRound12, AMixedQuotationWithoutThatIsAlsoReported) {
  const auto all = read_article_quotes("Olsen said the deal was \"a step forward\" for both countries.").quotes;
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].kind, "indirect");
  EXPECT_EQ(all[0].text, "the deal was \"a step forward\" for both countries");
  EXPECT_EQ(all[1].kind, "direct");
  EXPECT_EQ(all[1].speaker, "Olsen");
}

TEST(QuoteEnglishRound12, ASentenceAdverbOrPrepositionIsNoSpeaker) {
  const auto q = direct_quotes_of(
      "The union met on Monday.\n\n"
      "Instead, the statement asked members to \"stay calm and wait for the vote.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Instead");
  const auto r = reported_of("Instead, the regulator will review the merger again, she said.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].mention, "she");
  // A cue word used as a noun before the real cue ("member states") lets the real cue report.
  const auto s = reported_of("Later, the council will brief member states first, he said.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].mention, "he");
  for (const QuoteRead& quote : read_article_quotes("Across Europe, farmers have protested against the \"green\" rules.").quotes)
    EXPECT_NE(quote.speaker, "Across Europe");
}

TEST(QuoteEnglishRound12, ADescriptionRepeatsATwoWordTitle) {
  const auto q = direct_quotes_of(
      "Health Secretary Wes Carter and Education Secretary Bridget Lowe visited the school.\n\n"
      "\"Every child deserves a nurse,\" the health secretary said.\n\n"
      "\"And a library,\" the education secretary replied.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Wes Carter");
  EXPECT_EQ(q[1].speaker, "Bridget Lowe");
}

TEST(QuoteEnglishRound12, EveryWordOfADescriptionBeatsOneWord) {
  const auto q = direct_quotes_of(
      "Italian Minister Paolo Rossi spoke first. \"We are ready,\" Rossi said.\n\n"
      "Spanish Minister Elena Ruiz arrived an hour later.\n\n"
      "\"So are we,\" the Spanish minister said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Paolo Rossi");
  EXPECT_EQ(q[1].speaker, "Elena Ruiz");
}

TEST(QuoteEnglishRound12, APossessiveOwnerOpensADescriptionBeforeAName) {
  const auto q = direct_quotes_of(
      "OTTAWA (AP) — Canada's trade minister, Omar Haddad, met Mexican officials on Tuesday.\n"
      "\"The talks went well,\" the trade minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Omar Haddad");
}

TEST(QuoteEnglishRound12, AWomansGivenNameTellsTheGender) {
  const auto q = direct_quotes_of(
      "DENVER (AP) — Linda Crane met Victor Hale at the studio on Monday to discuss the merger.\n"
      "\"We were never close to a deal,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Linda Crane");
  // A name both genders carry tells nothing: the subject stays the first guess.
  const auto r = direct_quotes_of(
      "DENVER (AP) — Jordan Crane met Victor Hale at the studio on Monday to discuss the merger.\n"
      "\"We were never close to a deal,\" she said.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Victor Hale");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteEnglishRound12Wire, AReportedClauseOpensWithANameOrAfterADayAndItsPart) {
  // No "that", the clause opens with a name and its verb.
  const auto q = reported_of("Moreno said Spain would not veto the treaty.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Spain would not veto the treaty");
  // Not the speaker after an inverted cue.
  const auto d = direct_quotes_of("\"We won,\" said Ana Holt, who was elated.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].speaker, "Ana Holt");
  // "late on Wednesday", "early Thursday", "Wednesday night".
  for (const std::string text : {"Officials said late on Wednesday the bridge had reopened.",
                                 "Officials said early Thursday the bridge had reopened.",
                                 "Officials said Wednesday night the bridge had reopened."}) {
    const auto r = reported_of(text);
    ASSERT_EQ(r.size(), 1u) << text;
    EXPECT_EQ(r[0].text, "the bridge had reopened") << text;
  }
}

TEST(QuoteEnglishRound12Wire, AnOutletsPossessiveInSAndAHyphenatedTitleAreNoName) {
  const auto q = direct_quotes_of(
      "The club closed on Sunday.\n\n"
      "The Times' Ada Pryor wrote: \"It was the last of its kind.\"\n\n"
      "\"It's a hard market,\" said Editor-in-Chief Leo Marsh.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ada Pryor");
  EXPECT_EQ(q[1].speaker, "Leo Marsh");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteEnglishRound12Wire, AReportedClauseMayOpenWithABareNounPhrase) {
  const auto q = reported_of("The union said nurses were leaving in record numbers.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "nurses were leaving in record numbers");
  const auto r = reported_of("A spokeswoman said further talks would be held in May.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "further talks would be held in May");
  // Not a place or phrase after the cue: "said in Paris" reports nothing by itself.
  EXPECT_TRUE(reported_of("The minister spoke in Paris on Monday.").empty());
}

TEST(QuoteEnglishRound12Wire, AClauseAfterTheFinalCueIsNoPartOfTheAttribution) {
  const auto q = reported_of("Fuel prices will rise again next month, two traders said on Friday, as stocks run low.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Fuel prices will rise again next month");
  EXPECT_EQ(q[0].mention, "two traders");
  // The comma right after the cue, and lower-case role words before the name.
  const auto r = reported_of("The yen fell 1% against the dollar, traders said, as investors sold.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "The yen fell 1% against the dollar");
  const auto s = reported_of("The border will stay closed, interior ministry spokeswoman Dana Ilic said on Monday, after the talks failed.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "The border will stay closed");
  EXPECT_EQ(s[0].speaker, "Dana Ilic");
  // A speaker opening the sentence reports what follows ("House Speaker Tom Reed said Friday he is ...").
  const auto t = reported_of("House Speaker Tom Reed said Friday he is \"not ready\" to back the bill.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "Tom Reed");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteEnglishRound12, ACapitalisedModifierInADescriptionIsARole) {
  // "the French foreign minister, Claire Roy": French is hers, and "the French minister" means her.
  const auto q = direct_quotes_of(
      "LONDON (AP) — Britain's foreign minister, Alan Pryce, met the French foreign minister, Claire Roy, in Paris on Thursday.\n"
      "\"We will not walk away,\" Pryce said.\n"
      "\"We have a lot to do together,\" the French minister said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Alan Pryce");
  EXPECT_EQ(q[1].speaker, "Claire Roy");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteEnglishRound12, ATitleRepeatedMeansTheOneWithItNamedSinceTheLastSpeaker) {
  const auto q = direct_quotes_of(
      "KYIV (AP) — Foreign Minister Ivan Koval said on Monday that talks would resume. \"We are ready,\" Koval said.\n"
      "Later, Defence Minister Oleh Shevchuk arrived at the summit.\n"
      "\"We need more air defence,\" the minister said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ivan Koval");
  EXPECT_EQ(q[1].speaker, "Oleh Shevchuk");
  // With no one of that title named since, the last speaker keeps it.
  const auto r = direct_quotes_of(
      "KYIV (AP) — Foreign Minister Ivan Koval met Oleh Shevchuk on Monday. \"We are ready,\" Koval said.\n"
      "\"We need more air defence,\" the minister said.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].speaker, "Ivan Koval");
}

TEST(QuoteEnglishRound12, APassiveCuesSubjectWasSpokenTo) {
  for (const QuoteRead& quote : reported_of("The drivers were warned that the road would close at noon."))
    EXPECT_NE(quote.mention, "The drivers were");
  EXPECT_TRUE(reported_of("The drivers were warned that the road would close at noon.").empty());
  // Not the progressive, nor a cue phrase that quotes the subject.
  const auto q = reported_of("The mayor is predicting the road will reopen soon.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The mayor");
  const auto r = reported_of("The mayor was quoted as saying the road would reopen soon.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].mention, "The mayor");
}

TEST(QuoteEnglishRound12, ANounBeforeTheTitleOfADescriptionIsPartOfTheOffice) {
  const auto q = direct_quotes_of(
      "BOSTON (AP) — The city's fire commissioner, Lena Ortiz, spoke on Friday.\n"
      "\"Every station will stay open,\" the commissioner said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lena Ortiz");
}

}  // namespace
}  // namespace article_lens
