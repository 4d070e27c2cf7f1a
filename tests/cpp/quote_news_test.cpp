// Small hand-written news articles, one phenomenon each, in English, German, Russian and French:
// who is quoted, how the speaker is named (person, described group, anonymous source), and what is
// reported speech and what is not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "quote_readout.h"
#include "test_support.h"

namespace article_lens {
namespace {

using Reading = testing::QuoteReading;

Reading read(const std::string& text, const std::string& language) { return testing::read_article_quotes(text, language); }

TEST(QuoteNews, RoleWordsBeforeAnInvertedNameAndARelativeClauseAfterIt) {
  const auto r = read(
      "Shop owners warned on Tuesday that the closure would cost them customers.\n\n"
      "“Nobody asked us,” insisted baker Tomas Reyes, whose family has run the bakery for forty years. "
      "“Our customers come by car.”",
      "en");
  ASSERT_EQ(r.quotes.size(), 3u);
  EXPECT_EQ(r.quotes[1].speaker, "Tomas Reyes");
  EXPECT_EQ(r.quotes[1].mention, "baker Tomas Reyes, whose family has run the bakery for forty years");
  EXPECT_EQ(r.quotes[1].cue, "insisted");
  EXPECT_EQ(r.quotes[2].speaker, "Tomas Reyes");  // the quote standing alone continues him
}

TEST(QuoteNews, GroupsAreDescribedNotNamedAndNotAnonymous) {
  const auto r = read(
      "Shop owners warned on Tuesday that the decision would cost them customers and jobs. "
      "The traders' association claimed that sales could fall by a third. "
      "“This is a disaster,” admitted one councillor, who asked not to be named. "
      "Residents said the road had been dangerous for years.",
      "en");
  ASSERT_EQ(r.quotes.size(), 4u);
  EXPECT_EQ(r.quotes[0].kind, "indirect");
  EXPECT_EQ(r.quotes[0].speaker, "Shop owners");  // not "Shop"
  EXPECT_TRUE(r.quotes[0].described);
  EXPECT_EQ(r.quotes[1].kind, "indirect");
  EXPECT_EQ(r.quotes[1].text, "sales could fall by a third");
  EXPECT_EQ(r.quotes[1].speaker, "the traders' association");
  EXPECT_EQ(r.quotes[1].cue, "claimed");
  EXPECT_TRUE(r.quotes[2].anonymous);
  EXPECT_FALSE(r.quotes[2].described);
  EXPECT_EQ(r.quotes[3].speaker, "Residents");
  EXPECT_TRUE(r.quotes[3].described);
  EXPECT_EQ(r.stats.described_sources, 3u);
  EXPECT_EQ(r.stats.anonymous_sources, 1u);
  EXPECT_EQ(r.stats.named_sources, 0u);
}

TEST(QuoteNews, AVerbWithAnObjectIsNoReportedSpeech) {
  const auto r = read(
      "Walking groups welcomed the decision. Critics praised the mayor's patience. "
      "Officials said the talks had stalled. He said he would resign.",
      "en");
  ASSERT_EQ(r.quotes.size(), 2u);
  EXPECT_EQ(r.quotes[0].text, "the talks had stalled");
  EXPECT_EQ(r.quotes[1].text, "he would resign");
}

TEST(QuoteNews, AnAppositionBelongsToTheMentionNotToTheName) {
  const auto r = read(
      "“The figures are clear,” said Kevin Brady, chairman of the Ways and Means Committee. "
      "“It is over,” Jake Sullivan, Clinton's top foreign policy aide, told reporters. "
      "Sen. Ron Johnson (R-Wis.) said: “We will see.”",
      "en");
  ASSERT_EQ(r.quotes.size(), 3u);
  EXPECT_EQ(r.quotes[0].speaker, "Kevin Brady");
  EXPECT_EQ(r.quotes[0].mention, "Kevin Brady, chairman of the Ways and Means Committee");
  EXPECT_EQ(r.quotes[1].speaker, "Jake Sullivan");  // not Clinton, named in the apposition
  EXPECT_EQ(r.quotes[1].mention, "Jake Sullivan, Clinton's top foreign policy aide");
  EXPECT_EQ(r.quotes[2].speaker, "Ron Johnson");
  EXPECT_EQ(r.quotes[2].mention, "Sen. Ron Johnson (R-Wis.)");
}

TEST(QuoteNews, SplitQuotesHeadlineColonsAndPartialQuotesInReports) {
  const auto r = read(
      "Issa: Clinton’s ‘Honesty Is In Question’\n\n"
      "“She is too far behind,” said an Iowa Democrat, “and Iowa was not a decisive win.”\n\n"
      "Cruz warned that the “Washington cartel” is growing nervous. "
      "Speaking to supporters in Columbia after the state’s primary, Cruz said it was “a great night.”",
      "en");
  ASSERT_EQ(r.quotes.size(), 7u);
  EXPECT_EQ(r.quotes[0].kind, "direct");
  EXPECT_EQ(r.quotes[0].speaker, "Issa");
  EXPECT_EQ(r.quotes[0].cue, ":");
  EXPECT_EQ(r.quotes[1].mention, "an Iowa Democrat");
  EXPECT_TRUE(r.quotes[1].anonymous);
  EXPECT_EQ(r.quotes[2].mention, "an Iowa Democrat");  // the split quote's second half
  EXPECT_EQ(r.quotes[3].kind, "indirect");             // the reported clause around the marked words
  EXPECT_EQ(r.quotes[3].text, "the “Washington cartel” is growing nervous");
  EXPECT_EQ(r.quotes[4].kind, "direct");               // words from Cruz, not a name
  EXPECT_EQ(r.quotes[4].speaker, "Cruz");
  EXPECT_EQ(r.quotes[5].kind, "indirect");             // "said it was “…”": reported with no "that"
  EXPECT_EQ(r.quotes[5].speaker, "Cruz");
  EXPECT_EQ(r.quotes[6].speaker, "Cruz");               // not "Speaking"
}

TEST(QuoteNews, AQuoteStandingAloneAfterAParaphraseIsItsSpeakers) {
  const auto r = read(
      "Attorney General Loretta Lynch announced on Monday a lawsuit against the state. "
      "“We are seeking a court order declaring the law discriminatory.”\n\n"
      "The council met on Friday.\n\n“Nobody knows,” one resident said. “Nobody cares.”",
      "en");
  ASSERT_EQ(r.quotes.size(), 3u);
  EXPECT_EQ(r.quotes[0].speaker, "Loretta Lynch");
  EXPECT_EQ(r.quotes[0].cue, "announced");
  EXPECT_EQ(r.quotes[2].speaker, "one resident");
}

TEST(QuoteNews, GermanQuotesNamesAndReportedSpeech) {
  const auto r = read(
      "Die Stadt schließt die Uferstraße. „Das gibt den Menschen die Promenade zurück“, sagte "
      "Bürgermeisterin Anna Weber am Dienstag. Die Händler sehen das anders. Dazu erklärte der "
      "Sprecher des Handelsverbands, Jens Kohl: „Niemand hat uns gefragt.“ Laut dem Bericht des "
      "Fachmagazins „Stadtverkehr“ steigen die Mieten.",
      "de");
  ASSERT_GE(r.quotes.size(), 3u);
  EXPECT_EQ(r.quotes[0].speaker, "Anna Weber");
  EXPECT_EQ(r.quotes[0].cue, "sagte");
  EXPECT_EQ(r.quotes[1].speaker, "Jens Kohl");
  EXPECT_EQ(r.quotes[1].cue, "erklärte");
  EXPECT_EQ(r.quotes[2].kind, "scare");  // the magazine's name
  EXPECT_EQ(r.quotes[2].text, "Stadtverkehr");
}

TEST(QuoteNews, RussianAndFrenchQuotesWithTheirSpeakers) {
  const auto ru = read(
      "Мэр города Иван Петров провёл встречу с жителями. «Мы откроем набережную летом», — заявил Иван "
      "Петров. По словам министра, работы начнутся в мае.",
      "ru");
  ASSERT_GE(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "direct");
  EXPECT_EQ(ru.quotes[0].speaker, "Иван Петров");
  EXPECT_EQ(ru.quotes[0].cue, "заявил");
  const auto fr = read(
      "Le maire, Jean Dupont, a présenté le projet mardi. « Nous rendons la promenade aux piétons », "
      "a déclaré Jean Dupont. « C'est une catastrophe », a-t-elle répondu.",
      "fr");
  ASSERT_GE(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].speaker, "Jean Dupont");
  EXPECT_EQ(fr.quotes[1].mention, "elle");
}

}  // namespace
}  // namespace article_lens
