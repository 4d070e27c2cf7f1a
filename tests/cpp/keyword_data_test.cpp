// The keyword data files: news-tuned stopwords without content words, and the words that begin
// names ("New", "United", "World" and their equivalents) kept usable inside names in every language.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "language/lang_tables.h"
#include "language/word_set.h"

namespace article_lens {
namespace {

const Keyword* find(const Analysis& result, const std::string& term) {
  for (const Keyword& k : result.keywords)
    if (k.term == term) return &k;
  return nullptr;
}

Analysis keywords_in(const char* language, const std::string& text) {
  Options options;
  options.language = language;
  options.keywords.top = 50;
  return analyze(text, options);
}

TEST(KeywordData, StopwordListsHoldNoContentWords) {
  const std::vector<std::pair<const char*, const char*>> content = {
      {"bg", "живот"}, {"bg", "време"}, {"bg", "глас"}, {"cs", "design"}, {"cs", "strana"}, {"cs", "byt"},
      {"ro", "acord"}, {"ro", "drept"}, {"id", "kasus"}, {"el", "αριστερα"}, {"ar", "زيارة"}};
  for (const auto& [language, word] : content)
    EXPECT_FALSE(WordSet::shared("stopwords", language).contains(word)) << language << " " << word;
}

TEST(KeywordData, WordsThatBeginNamesAreNeverStopwords) {
  const std::vector<std::pair<const char*, const char*>> name_words = {
      {"en", "new"},   {"en", "united"}, {"en", "world"}, {"bg", "нова"},    {"cs", "nový"},  {"pl", "nowy"},
      {"pl", "nowe"},  {"ro", "noua"},   {"ro", "marea"}, {"hu", "új"},      {"id", "baru"},  {"es", "estados"},
      {"es", "unidos"}, {"fr", "unis"},  {"de", "neue"},  {"ru", "новая"},   {"ar", "المتحدة"}};
  for (const auto& [language, word] : name_words)
    EXPECT_FALSE(WordSet::shared("stopwords", language).contains(word)) << language << " " << word;
}

TEST(KeywordData, NameWordsStayInsideNamesButAreNotListedAlone) {
  const Analysis polish = keywords_in("pl", "Nowy Jork jest duży. Turyści kochają Nowy Jork. Nowy Jork nigdy nie śpi.");
  EXPECT_NE(find(polish, "nowy jork"), nullptr);
  EXPECT_EQ(find(polish, "nowy"), nullptr);
  const Analysis spanish = keywords_in("es", "Los Estados Unidos votan hoy. En Estados Unidos la campaña terminó. "
                                             "Estados Unidos elige presidente.");
  EXPECT_NE(find(spanish, "estados unidos"), nullptr);
  const Analysis romanian = keywords_in("ro", "Marea Britanie a votat. Guvernul din Marea Britanie a anunțat. "
                                              "Marea Britanie pleacă.");
  EXPECT_NE(find(romanian, "marea britanie"), nullptr);
  EXPECT_EQ(find(romanian, "marea"), nullptr);
}

TEST(KeywordData, GreekStopwordsMatchAccentedText) {
  const WordSet& greek = WordSet::shared("stopwords", "el");
  for (const char* word : {"είναι", "ότι", "όπως", "αυτό", "δεν", "δε", "δηλαδη"}) EXPECT_TRUE(greek.contains(word)) << word;
  const Analysis result = keywords_in("el", "Η κυβέρνηση είπε ότι η οικονομία είναι σταθερή. "
                                            "Η οικονομία όμως δεν είναι ισχυρή, όπως λένε οι οικονομολόγοι.");
  for (const char* banned : {"είναι", "ότι", "όπως", "όμως", "είπε"}) EXPECT_EQ(find(result, banned), nullptr) << banned;
}

TEST(KeywordData, EveryLanguageWithStopwordsHasAStemmerOrNeedsNone) {
  // Each stopword language reads: analysing a sentence gives keywords and never fails.
  for (const std::string& language : lang_data::languages_with("stopwords")) {
    const Analysis result = keywords_in(language.c_str(), "Alpha beta gamma. Alpha beta. Alpha.");
    EXPECT_TRUE(result.ok()) << language;
  }
}

}  // namespace
}  // namespace article_lens
