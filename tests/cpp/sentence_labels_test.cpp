// A page's labels ("Share", "Фото: ТАСС") are boilerplate; a sentence that opens with the same
// word ("Share prices fell ...", "Источник сообщил, что ...") is the article's.
#include <gtest/gtest.h>

#include <string>

#include "article_lens.h"

namespace article_lens {
namespace {

SentenceRole last_role(const std::string& text, const std::string& language) {
  Options options;
  options.language = language;
  options.parts = kSentences;
  const Analysis result = analyze(text, options);
  EXPECT_FALSE(result.sentences.empty());
  return result.sentences.empty() ? SentenceRole::kBody : result.sentences.back().role;
}

TEST(SentenceLabels, OneWordLabelsOnlyOnShortLinesOrBeforeAColon) {
  const std::string lead = "Markets moved on Monday.\n\n";
  EXPECT_EQ(last_role(lead + "Share\n", "en"), SentenceRole::kBoilerplate);
  EXPECT_EQ(last_role(lead + "Share this article\n", "en"), SentenceRole::kBoilerplate);
  EXPECT_EQ(last_role(lead + "Print | Email\n", "en"), SentenceRole::kBoilerplate);
  EXPECT_EQ(last_role(lead + "Share prices fell 3 percent on Monday after the report.\n", "en"), SentenceRole::kBody);
  const std::string ru = "Рынки выросли.\n\n";
  EXPECT_EQ(last_role(ru + "Фото: ТАСС\n", "ru"), SentenceRole::kBoilerplate);
  EXPECT_EQ(last_role(ru + "Источник: РИА Новости\n", "ru"), SentenceRole::kBoilerplate);
  EXPECT_EQ(last_role(ru + "Источник сообщил, что решение уже принято.\n", "ru"), SentenceRole::kBody);
}

}  // namespace
}  // namespace article_lens
