#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "keywords/stemmer.h"
#include "unicode/case_fold.h"

namespace article_lens {
namespace {

std::string stem(const char* language, const char* word) {
  Stemmer stemmer(language);
  return std::string(stemmer.stem(unicode::fold_case(word)));
}

TEST(KeywordStemming, GroupsInflectedFormsInTwentyLanguages) {
  EXPECT_EQ(stem("en", "talks"), stem("en", "talk"));
  EXPECT_EQ(stem("en", "issues"), stem("en", "issue"));
  EXPECT_EQ(stem("ru", "России"), stem("ru", "Россия"));
  EXPECT_EQ(stem("ru", "Россию"), stem("ru", "Россия"));
  EXPECT_EQ(stem("de", "Bundestages"), stem("de", "Bundestag"));
  EXPECT_EQ(stem("fr", "élections"), stem("fr", "élection"));
  EXPECT_EQ(stem("es", "elecciones"), stem("es", "elección"));
  const auto languages = Stemmer::languages();
  EXPECT_GE(languages.size(), 20u);
  EXPECT_TRUE(std::is_sorted(languages.begin(), languages.end()));
  for (const char* code : {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "sv", "tr", "ar", "el"})
    EXPECT_TRUE(Stemmer(code).ok()) << code;
}

TEST(KeywordStemming, UnknownLanguageAndOddInputPassThrough) {
  Stemmer none("xx");
  EXPECT_FALSE(none.ok());
  EXPECT_EQ(none.stem("words"), "words");
  Stemmer english("en");
  EXPECT_EQ(english.stem(""), "");
  const std::string long_word(500, 'a');
  EXPECT_EQ(english.stem(long_word), long_word);  // not worth stemming, and never overruns
  EXPECT_EQ(english.stem("\xFF\xFE"), "\xFF\xFE");  // bytes Snowball cannot read come back as they were
}

}  // namespace
}  // namespace article_lens
