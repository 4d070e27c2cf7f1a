#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sentences/sentence_splitter.h"
#include "test_support.h"

namespace article_lens {
namespace {

std::vector<std::string> split(const std::string& text, SentenceSplitterOptions options = {}) {
  std::vector<std::string> out;
  for (const auto& sentence : SentenceSplitter("en", options).split(text))
    out.push_back(testing::text_of(text, sentence.span));
  return out;
}

using Sentences = std::vector<std::string>;

TEST(SentenceSplitter, SplitsAtTerminalPunctuation) {
  EXPECT_EQ(split("Hello World. My name is Jonas."), (Sentences{"Hello World.", "My name is Jonas."}));
  EXPECT_EQ(split("What is your name? My name is Jonas!"), (Sentences{"What is your name?", "My name is Jonas!"}));
}

TEST(SentenceSplitter, KeepsClosingQuotesWithTheirSentence) {
  EXPECT_EQ(split("“We are done.” Then we left."),
            (Sentences{"“We are done.”", "Then we left."}));
}

TEST(SentenceSplitter, DoesNotSplitAfterAbbreviationsOrInitials) {
  EXPECT_EQ(split("Mr. Smith met Dr. Jones. They talked."), (Sentences{"Mr. Smith met Dr. Jones.", "They talked."}));
  EXPECT_EQ(split("J. R. Smith arrived."), (Sentences{"J. R. Smith arrived."}));
}

TEST(SentenceSplitter, UsersOwnAbbreviations) {
  SentenceSplitterOptions options;
  options.extra_abbreviations = {"approx"};
  EXPECT_EQ(split("It weighs approx. Ten tons.", options), (Sentences{"It weighs approx. Ten tons."}));
}

TEST(SentenceSplitter, LineWithoutTerminalPunctuationIsASentence) {
  EXPECT_EQ(split("Headline here\n15:14, 12 April\nBody text. More."),
            (Sentences{"Headline here", "15:14, 12 April", "Body text.", "More."}));
}

TEST(SentenceSplitter, HardWrappedTextJoinsSingleLineBreaks) {
  SentenceSplitterOptions options;
  options.hard_wrapped = true;
  EXPECT_EQ(split("This is a\nwrapped line. Next\n\nParagraph", options),
            (Sentences{"This is a\nwrapped line.", "Next", "Paragraph"}));
}

TEST(SentenceSplitter, LowercaseAfterQuestionMarkContinues) {
  EXPECT_EQ(split("“Who pays?” asked one resident."),
            (Sentences{"“Who pays?” asked one resident."}));
}

TEST(SentenceSplitter, EmptyAndBlankTextHaveNoSentences) {
  EXPECT_TRUE(split("").empty());
  EXPECT_TRUE(split(" \n\t \n").empty());
}

TEST(SentenceSplitter, SeedArticleHas36Sentences) {
  const std::string text = testing::read_project_file("seeds/belta-lukashenko-security-council.txt");
  const auto sentences = split(text);
  ASSERT_EQ(sentences.size(), 36u);
  EXPECT_EQ(sentences[1], "15:14, 12 April");
  EXPECT_EQ(sentences[3], "- Share on Facebook");
  EXPECT_EQ(sentences[35], "The decline is sharp,” the head of state emphasized.");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(SentenceRoles, SeedArticleStructure) {
  const std::string text = testing::read_project_file("seeds/belta-lukashenko-security-council.txt");
  const Analysis result = analyze(text);
  ASSERT_EQ(result.sentences.size(), 36u);
  EXPECT_EQ(result.sentences[0].role, SentenceRole::kHeadline);
  EXPECT_EQ(result.sentences[1].role, SentenceRole::kDateline);
  EXPECT_EQ(result.sentences[2].role, SentenceRole::kBody);
  for (int i = 3; i <= 5; ++i) EXPECT_EQ(result.sentences[i].role, SentenceRole::kBoilerplate) << i;
  for (std::size_t i = 6; i < result.sentences.size(); ++i) EXPECT_EQ(result.sentences[i].role, SentenceRole::kBody) << i;
}

TEST(SentenceRoles, ListItemsAndBylines) {
  const std::string text = "Big news today\nBy Jane Smith\n- first point made here\n2. second point\nBody text follows.";
  const Analysis result = analyze(text);
  ASSERT_EQ(result.sentences.size(), 5u);
  EXPECT_EQ(result.sentences[0].role, SentenceRole::kHeadline);
  EXPECT_EQ(result.sentences[1].role, SentenceRole::kByline);
  EXPECT_EQ(result.sentences[2].role, SentenceRole::kListItem);
  EXPECT_EQ(result.sentences[3].role, SentenceRole::kListItem);
  EXPECT_EQ(result.sentences[4].role, SentenceRole::kBody);
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(SentenceRoles, DatelineCutFromItsParagraph) {
  const std::string text = "Storm hits the coast\nWASHINGTON (AP) — The storm reached land on Monday. Thousands left.\n"
                           "• Share on Facebook";
  const Analysis result = analyze(text, [] { Options o; o.language = "en"; return o; }());
  ASSERT_EQ(result.sentences.size(), 5u);
  EXPECT_EQ(result.sentences[0].role, SentenceRole::kHeadline);
  EXPECT_EQ(testing::text_of(text, result.sentences[1].span), "WASHINGTON (AP) —");
  EXPECT_EQ(result.sentences[1].role, SentenceRole::kDateline);
  EXPECT_EQ(result.sentences[2].role, SentenceRole::kBody);
  EXPECT_EQ(result.sentences[4].role, SentenceRole::kBoilerplate);
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(SentenceRoles, OtherLanguagesPageLines) {
  const std::string text = "Por qué sube el precio del pan\n12 de abril, 15:14\nPor Ana García\nEl precio subió. Nadie lo esperaba.\n"
                           "Compartir en Facebook";
  Options options;
  options.language = "es";
  const Analysis result = analyze(text, options);
  ASSERT_EQ(result.sentences.size(), 6u);
  EXPECT_EQ(result.sentences[0].role, SentenceRole::kHeadline);
  EXPECT_EQ(result.sentences[1].role, SentenceRole::kDateline);
  EXPECT_EQ(result.sentences[2].role, SentenceRole::kByline);
  EXPECT_EQ(result.sentences[3].role, SentenceRole::kBody);
  EXPECT_EQ(result.sentences[5].role, SentenceRole::kBoilerplate);
}

}  // namespace
}  // namespace article_lens
