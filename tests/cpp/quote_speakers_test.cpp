// Who speaks, in English news: the mention a cue's subject is found in (descriptions with names
// in them, possessives, appositions with commas inside, predicates that are not appositions,
// opening phrases, subordinate clauses, infinitives, nouns of speech, coordinated speakers), and
// who a description or pronoun resolves to.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {

using Said = testing::QuoteRead;

std::vector<Said> quotes_of(const std::string& text, const std::string& language = "en") {
  return testing::read_article_quotes(text, language).quotes;
}

using testing::direct_quotes_of;

TEST(QuoteSpeakers, ACueOpeningTheSentenceIsNoPartOfTheNameAfterIt) {
  const auto q = direct_quotes_of(
      "The old house is a museum now. Said Martha Greene, who grew up next door, “We were all so proud.” "
      "Edward Said was a critic. “Orientalism is a style,” Said wrote.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Martha Greene");
  EXPECT_EQ(q[1].speaker, "Edward Said");
}

TEST(QuoteSpeakers, NamesInsideADescriptionDoNotNameTheSpeaker) {
  const auto q = direct_quotes_of(
      "“Obviously, we would have liked them to do it earlier,” said a Democratic strategist who asked not to be "
      "named. “It is a way to participate,” says a senior Cruz adviser.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "a Democratic strategist");
  EXPECT_TRUE(q[0].anonymous);
  EXPECT_EQ(q[1].speaker, "a senior Cruz adviser");
}

TEST(QuoteSpeakers, APossessiveQualifiesTheNounOrNameAfterIt) {
  const auto q = direct_quotes_of(
      "Hillary Clinton won the nomination. “This has gone from curiosity to concern,” said Clinton’s top foreign "
      "policy aide Jake Sullivan.\n\nPaul Ryan kept his distance. Ryan’s campaign shrugged off the comments, "
      "telling reporters, “Nobody on his team has asked for it.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Jake Sullivan");
  EXPECT_EQ(q[1].speaker, "Ryan’s campaign");
  EXPECT_TRUE(q[1].described);
}

TEST(QuoteSpeakers, TheNameBeforeAnAppositionWithCommasInside) {
  const auto q = direct_quotes_of(
      "Michael Seaman, who lives outside the state capital, Sacramento, said he still “prays that Bernie wins.”\n\n"
      "Dean Johnson, a salesman from Sumter, South Carolina, says Cruz will “leave here with momentum.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Michael Seaman");
  EXPECT_EQ(q[1].speaker, "Dean Johnson");
}

TEST(QuoteSpeakers, APredicateBetweenCommasIsNoApposition) {
  const auto q = direct_quotes_of(
      "Michael Petrilli, president of the Fordham Institute, tied the scores to the law, saying it helped "
      "“millions of kids.”\n\nRyan endorsed Trump in June, but only after deliberating over the decision, telling "
      "reporters he was “not quite there yet.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Michael Petrilli");
  EXPECT_EQ(q[1].speaker, "Ryan");
}

TEST(QuoteSpeakers, TheSubjectAfterAnOpeningPhraseOrSubordinateClause) {
  const auto q = direct_quotes_of(
      "Donald Trump met Sheldon Adelson.\n\nHours later, Trump returned the compliment, telling Reuters, “Sheldon "
      "is an amazing man.”\n\nAfter the court failed to reach a decision, Trump said the deadlock kept us safe before "
      "claiming that open borders are “tearing families apart.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Donald Trump");
  EXPECT_EQ(q[1].speaker, "Donald Trump");
}

TEST(QuoteSpeakers, TheSubjectOfTheVerbThatGovernsAnInfinitiveCue) {
  const auto q = direct_quotes_of(
      "On the same day, Senator Ann Price continued to portray the plan as a “giveaway to insurers.”");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Price");
  EXPECT_EQ(q[0].cue, "portray");
}

TEST(QuoteSpeakers, ACueWordUsedAsANounOrInsideANameHasNoSubject) {
  const auto q = direct_quotes_of(
      "House Speaker Paul Ryan told CNN that Ginsburg’s comments “show bias to me.” Donald Trump also said that "
      "the United States has become a “dumping ground.” Later he posted that his claims were “sarcasm” but "
      "nobody believed it.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Paul Ryan");
  EXPECT_EQ(q[1].speaker, "Donald Trump");
  EXPECT_EQ(q[2].kind, "direct");  // a noun of speech still makes it speech
}

TEST(QuoteSpeakers, TwoNamesJoinedSpeakTogether) {
  const auto q = direct_quotes_of(
      "Pollsters Mark Blumenthal and Jon Cohen looked at the data.\n\nBlumenthal and Cohen wrote: “The polls "
      "were too early.”\n\nPollsters agree - Carl Bialik: “Keep on contacting voters.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Mark Blumenthal and Jon Cohen");
  EXPECT_EQ(q[0].mention, "Blumenthal and Cohen");
  EXPECT_EQ(q[1].speaker, "Carl Bialik");
}

TEST(QuoteSpeakers, ADescriptionNamesOnlySomeoneIntroducedBeforeIt) {
  const auto q = direct_quotes_of(
      "“Everything you have said has overlapped,” the judge exclaimed.\n\nLater, Judge Richard Berman gave his "
      "sentence. “The court has heard enough,” the judge said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "the judge");
  EXPECT_TRUE(q[0].described);
  EXPECT_EQ(q[1].speaker, "Richard Berman");
}

TEST(QuoteSpeakers, ASentenceThatIsOnlyTheAttributionAfterAFullStop) {
  const auto q = direct_quotes_of(
      "The nominee caused outrage on Wednesday.\n\n“Russia, I hope you are able to find the emails.” Trump said.\n\n"
      "“It was sarcasm.” Rep. Glenn Thompson, R-Pa., said of the remark.\n\n“We will win.” Smith said the plan "
      "would work.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Trump");
  EXPECT_EQ(q[1].speaker, "Glenn Thompson");
  EXPECT_NE(q[2].speaker, "Smith");  // that sentence reports more than who spoke
}

TEST(QuoteSpeakers, AQuoteOnlyParagraphContinuesTheSpeakerOfTheSentenceAfterTheQuoteBefore) {
  const auto q = direct_quotes_of(
      "“Are they small hands?” Trump said.\n\n“I guarantee you, there is no problem.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Trump");
}

TEST(QuoteSpeakers, ANameWithItsVerbAfterAnOpeningPhraseIsTheSubjectNotAnApposition) {
  const auto q = direct_quotes_of(
      "Speaking at a diner in Keene, New Hampshire, Morrow went after Quill, calling him “a total fraud.”\n\n"
      "In an interview with KTVQ, Ellery kept up the attacks, saying the rival was “weak.”\n\n"
      "Paul Danner, Ellery’s campaign manager, said the result was “a triumph.”");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Morrow");
  EXPECT_EQ(q[1].speaker, "Ellery");
  EXPECT_EQ(q[2].speaker, "Paul Danner");  // "Ellery’s campaign manager" is an apposition
}

TEST(QuoteSpeakers, AParticipleAfterAnObjectThatIsNoPersonHasTheClausesSubject) {
  const auto q = direct_quotes_of(
      "Governor Tessa Marsh issued a statement saying the ruling was “a betrayal.”\n\n"
      "Vane and Orrin released a joint letter describing the talks as “a step forward.”\n\n"
      "Kloss tied her rival to the scandal, with one of her ads asking, “Can he be trusted?”");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Tessa Marsh");
  EXPECT_EQ(q[1].speaker, "Vane and Orrin");
  EXPECT_EQ(q[2].mention, "one of her ads");  // after a preposition: the ad asks
}

TEST(QuoteSpeakers, ADayOrADashedAppositionBetweenTheSpeakerAndTheCue) {
  const auto q = direct_quotes_of(
      "Senator Alva Pike on Tuesday said the deal was “a good one.”\n\n"
      "Ilse Varga, who has feuded with the board, on Friday described the plan as “a big tent.”\n\n"
      "Jon Reade — a teacher from Mount Pleasant — says the endorsement was “a big deal.”");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Alva Pike");
  EXPECT_EQ(q[1].speaker, "Ilse Varga");
  EXPECT_EQ(q[2].speaker, "Jon Reade");
}

TEST(QuoteSpeakers, APersonNamedBeforeTheirPlaceOrBodySpeaksNotThePlace) {
  const auto q = direct_quotes_of(
      "“We will fight for every acre,” Senator Dana Whitfield of Nebraska said.\n\n"
      "“The budget is a mess,” Lorna Pike of the Vermont delegation told reporters.\n\n"
      "“Detentions have doubled,” Priya Raman of Civic Rights Watch said.\n\n"
      "“The river is rising,” said Tobias Fenn from Cheyenne.\n\n"
      "“We need rain,” Gov. Ray Lund of Dakota told farmers.");
  ASSERT_EQ(q.size(), 5u);
  EXPECT_EQ(q[0].speaker, "Dana Whitfield");
  EXPECT_EQ(q[0].mention, "Senator Dana Whitfield of Nebraska");
  EXPECT_EQ(q[1].speaker, "Lorna Pike");
  EXPECT_EQ(q[1].mention, "Lorna Pike of the Vermont delegation");
  EXPECT_EQ(q[2].speaker, "Priya Raman");
  EXPECT_EQ(q[2].mention, "Priya Raman of Civic Rights Watch");
  EXPECT_EQ(q[3].speaker, "Tobias Fenn");
  EXPECT_EQ(q[4].speaker, "Ray Lund");
  EXPECT_EQ(q[4].mention, "Gov. Ray Lund of Dakota");
}

TEST(QuoteSpeakers, AnOfInsideANameOrARoleIsNoPlaceAfterAPerson) {
  const auto q = direct_quotes_of(
      "“The talks are over,” Secretary of State Hal Brenner said.\n\n"
      "“Rates will stay low,” Bank of America said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Hal Brenner");
  // A body's own name is not cut at its "of" (no first name or title before it).
  EXPECT_EQ(q[1].mention, "Bank of America");
  EXPECT_EQ(q[1].speaker, "Bank of America");  // whole: its last word names a place
}

}  // namespace
}  // namespace article_lens
