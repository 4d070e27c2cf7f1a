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

// A keyword about `word`: one of its forms as written ("Lukashenko" in "Aleksandr Lukashenko").
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
  EXPECT_TRUE(has_form(result, "Lukashenko"));
}

TEST(Keywords, LabelIsTheFormAsWrittenAndASentenceStartIsNotAName) {
  const std::string text =
      "Talks began in Geneva. The talks stalled. Negotiators said the talks would resume. "
      "The Security Council met. The Security Council voted.";
  Options options;
  options.language = "en";
  options.keywords.top = 50;
  const Analysis result = analyze(text, options);
  for (const Keyword& k : result.keywords) {
    if (k.term == "talks") {
      EXPECT_EQ(k.label, "talks");  // "Talks" opens a sentence: written in lower case elsewhere
      EXPECT_EQ(k.forms, (std::vector<std::string>{"talks"}));
    }
    if (k.term == "security council") EXPECT_EQ(k.label, "Security Council");
    if (k.term == "geneva") EXPECT_EQ(k.label, "Geneva");
  }
  EXPECT_TRUE(has_term(result, "talks"));
  EXPECT_TRUE(has_term(result, "security council"));
}

TEST(Keywords, AWordSeenOnlyAtSentenceStartsIsShownInLowerCase) {
  Options options;
  options.language = "en";
  options.keywords.top = 50;
  const Analysis result = analyze("Inflation rose. Inflation worried savers. Prices climbed.", options);
  for (const Keyword& k : result.keywords)
    if (k.term == "inflation") EXPECT_EQ(k.label, "inflation");
  EXPECT_TRUE(has_term(result, "inflation"));
}

TEST(Keywords, SpeechVerbsFromTheQuotesDataAndWebAddressesGiveNoKeywords) {
  Options options;
  options.language = "en";
  options.keywords.top = 50;
  const Analysis result = analyze(
      "The mayor warned about floods. Officials warned again and insisted on dams. "
      "Details are at www.floodwatch.org and from press@floodwatch.org. Floods, floods, floods.",
      options);
  for (const char* banned : {"warned", "insisted", "www", "org", "floodwatch", "press"})
    EXPECT_FALSE(has_term(result, banned)) << banned;
  EXPECT_TRUE(has_term(result, "floods"));
}

}  // namespace
}  // namespace article_lens
