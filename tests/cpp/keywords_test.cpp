#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "article_lens.h"
#include "test_support.h"

namespace article_lens {
namespace {

bool has_term(const Analysis& result, const std::string& term) {
  return std::any_of(result.keywords.begin(), result.keywords.end(),
                     [&](const Keyword& k) { return k.term == term; });
}

// A keyword about `word`: its term or one of its surface forms ("lukashenko" in "aleksandr lukashenko").
bool has_form(const Analysis& result, const std::string& word) {
  return std::any_of(result.keywords.begin(), result.keywords.end(), [&](const Keyword& k) {
    return std::find(k.forms.begin(), k.forms.end(), word) != k.forms.end();
  });
}

TEST(Keywords, CountsContentWordsCaseInsensitively) {
  const std::string text = "Talks began. The talks ended. Talks resumed and the TALKS failed.";
  const Analysis result = analyze(text);
  ASSERT_FALSE(result.keywords.empty());
  EXPECT_EQ(result.keywords[0].term, "talks");
  EXPECT_EQ(result.keywords[0].count, 4u);
  EXPECT_EQ(result.keywords[0].occurrences.size(), 4u);
  EXPECT_FALSE(has_term(result, "the"));
}

TEST(Keywords, RespectsTopAndUserStopwords) {
  Options options;
  options.keywords.top = 1;
  options.keywords.extra_stopwords = {"talks"};
  const Analysis result = analyze("Talks began. The talks ended over budget budget.", options);
  ASSERT_EQ(result.keywords.size(), 1u);
  EXPECT_EQ(result.keywords[0].term, "budget");
}

TEST(Keywords, SeedArticleHasNoFunctionWordsOrReportingVerbs) {
  const std::string text = testing::read_project_file("seeds/belta-lukashenko-security-council.txt");
  const Analysis result = analyze(text);
  for (const char* banned : {"said", "the", "we", "is", "share", "facebook", "vk", "twitter"}) EXPECT_FALSE(has_term(result, banned)) << banned;
  EXPECT_TRUE(has_form(result, "lukashenko"));
}

}  // namespace
}  // namespace article_lens
