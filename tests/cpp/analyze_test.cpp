#include <gtest/gtest.h>

#include <string>

#include "article_lens.h"
#include "result_json.h"
#include "test_support.h"

namespace article_lens {
namespace {

TEST(Analyze, EmptyTextIsAValidEmptyResult) {
  const Analysis result = analyze("");
  EXPECT_TRUE(result.ok());
  EXPECT_TRUE(result.sentences.empty());
  EXPECT_TRUE(result.quotes.empty());
  EXPECT_TRUE(result.keywords.empty());
  EXPECT_EQ(result.stats.words, 0u);
}

TEST(Analyze, UnknownLanguageIsAnErrorNotACrash) {
  Options options;
  options.language = "xx";
  const Analysis result = analyze("Some text.", options);
  EXPECT_FALSE(result.ok());
  EXPECT_NE(result.error.find("unsupported language 'xx'"), std::string::npos);
  EXPECT_TRUE(result.sentences.empty());
}

std::vector<std::string> sentence_texts(const std::string& text, const Options& options) {
  std::vector<std::string> out;
  for (const Sentence& sentence : analyze(text, options).sentences) out.push_back(testing::text_of(text, sentence.span));
  return out;
}

TEST(Analyze, QuotedPassagesSplitByDefaultAndStayWholeOnRequest) {
  const std::string text =
      "\"I hope they'll remember her saucer. Dinah, I wish you were here!\" she said. (Dinah was the cat.) "
      "It was late.";
  Options options;
  options.language = "en";
  options.parts = kSentences;
  EXPECT_EQ(sentence_texts(text, options),
            (std::vector<std::string>{"\"I hope they'll remember her saucer.", "Dinah, I wish you were here!\" she said.",
                                      "(Dinah was the cat.)", "It was late."}));
  options.whole_quotations = true;
  EXPECT_EQ(sentence_texts(text, options),
            (std::vector<std::string>{"\"I hope they'll remember her saucer. Dinah, I wish you were here!\" she said.",
                                      "(Dinah was the cat.)", "It was late."}));
  // An unclosed quote keeps no sentence whole: it would swallow the paragraph.
  EXPECT_EQ(sentence_texts("\"It is over. We go home. Nobody followed.", options).size(), 3u);
}

TEST(Analyze, InvalidUtf8GivesAWarningAndSpansOnTheInput) {
  const std::string text = "Bad \xFF byte here. Next sentence \xC3 too.";
  const Analysis result = analyze(text);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.warnings.size(), 1u);
  ASSERT_EQ(result.sentences.size(), 2u);
  EXPECT_EQ(testing::text_of(text, result.sentences[0].span), "Bad \xFF byte here.");
  EXPECT_EQ(result.sentences[1].span.end, text.size());
}

TEST(Analyze, BinaryGarbageNeverCrashes) {
  std::string text;
  uint32_t state = 12345;
  for (int i = 0; i < 100000; ++i) {
    state = state * 1103515245u + 12345u;
    text.push_back(static_cast<char>(state >> 24));
  }
  const Analysis result = analyze(text);
  EXPECT_TRUE(result.ok());
  for (const auto& sentence : result.sentences) EXPECT_LE(sentence.span.end, text.size());
  const std::string json = to_json(text, result);
  EXPECT_EQ(json.front(), '{');
}

TEST(Analyze, DetectsEnglishAndRussian) {
  EXPECT_EQ(analyze("The president said that the talks were over.").language, "en");
  EXPECT_EQ(analyze("Президент "
                    "сказал, что "
                    "он не знает.").language,
            "ru");
}

TEST(Analyze, JsonOffsetsAreUtf16) {
  const std::string text = "😀 Hi. Ж Yo.";  // 😀 Hi. Ж Yo.
  const std::string json = to_json(text, analyze(text));
  // "😀 Hi." is 6 UTF-16 units (the emoji is two), "Ж Yo." starts at 7.
  EXPECT_NE(json.find("{\"start\":0,\"end\":6,"), std::string::npos) << json;
  EXPECT_NE(json.find("{\"start\":7,\"end\":12,"), std::string::npos) << json;
}

}  // namespace
}  // namespace article_lens
