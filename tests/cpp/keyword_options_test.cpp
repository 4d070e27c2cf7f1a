#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "article_lens.h"
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "test_support.h"

namespace article_lens {
namespace {

const Keyword* find(const Analysis& result, const std::string& term) {
  for (const Keyword& k : result.keywords)
    if (k.term == term) return &k;
  return nullptr;
}

Options with_language(const char* language) {
  Options options;
  options.language = language;
  options.keywords.top = 50;
  return options;
}

TEST(KeywordOptions, StemmingGroupsFormsAndShowsTheMostFrequent) {
  const std::string text = "Talks began. The talks stalled. They will talk again after the talks.";
  Analysis grouped = analyze(text, with_language("en"));
  const Keyword* talks = find(grouped, "talks");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->count, 4u);
  EXPECT_EQ(talks->forms, (std::vector<std::string>{"talks", "talk"}));
  Options off = with_language("en");
  off.keywords.stemming = false;
  const Analysis apart = analyze(text, off);
  ASSERT_NE(find(apart, "talks"), nullptr);
  EXPECT_EQ(find(apart, "talks")->count, 3u);
  EXPECT_EQ(find(apart, "talk")->count, 1u);
}

TEST(KeywordOptions, TopMinCountAndUserStopwords) {
  const std::string text = "Budget budget budget. Deficit deficit. Taxes. Budget talks.";
  Options options = with_language("en");
  options.keywords.min_count = 2;
  Analysis result = analyze(text, options);
  for (const Keyword& k : result.keywords) EXPECT_GE(k.count, 2u) << k.term;
  options.keywords.top = 1;
  result = analyze(text, options);
  ASSERT_EQ(result.keywords.size(), 1u);
  EXPECT_EQ(result.keywords[0].term, "budget");
  options.keywords.extra_stopwords = {"BUDGET"};  // matched case-insensitively
  result = analyze(text, options);
  ASSERT_EQ(result.keywords.size(), 1u);
  EXPECT_EQ(result.keywords[0].term, "deficit");
  options.keywords.top = 0;
  EXPECT_TRUE(analyze(text, options).keywords.empty());
}

TEST(KeywordOptions, CountsEqualOccurrencesAndSpansPointAtTheWords) {
  const std::string text = testing::read_project_file("seeds/belta-lukashenko-security-council.txt");
  const Analysis result = analyze(text);
  ASSERT_FALSE(result.keywords.empty());
  for (const Keyword& k : result.keywords) {
    EXPECT_EQ(k.count, k.occurrences.size()) << k.term;
    EXPECT_FALSE(k.forms.empty());
    EXPECT_EQ(k.label, k.forms.front());  // the label is the most frequent written form
    EXPECT_FALSE(k.term.empty());
    for (std::size_t i = 1; i < k.occurrences.size(); ++i) EXPECT_LT(k.occurrences[i - 1].begin, k.occurrences[i].begin);
    for (const Span& span : k.occurrences) EXPECT_FALSE(testing::text_of(text, span).empty());
  }
  for (std::size_t i = 1; i < result.keywords.size(); ++i) EXPECT_GE(result.keywords[i - 1].score, result.keywords[i].score);
}

TEST(KeywordOptions, BoilerplateDatelineAndReportingVerbsGiveNoKeywords) {
  const std::string text =
      "Budget row deepens\n15:14, 12 April\nThe budget row deepened, the minister said. "
      "The budget is late, he told reporters, and the budget office agreed.\n- Share on Facebook\n- Share on Twitter\n";
  const Analysis result = analyze(text, with_language("en"));
  for (const char* banned : {"share", "facebook", "twitter", "april", "said", "told"}) EXPECT_EQ(find(result, banned), nullptr) << banned;
  EXPECT_NE(find(result, "budget"), nullptr);
}

TEST(KeywordOptions, GermanNounsKeepTheirCapitalWhereverTheyStand) {
  // "Hochwasser" opens its sentences or a quotation, where English case would say nothing.
  const std::string text =
      "Hochwasser bedroht die Altstadt. Die Feuerwehr sprach von einem „Hochwasser“ wie seit Jahren nicht. "
      "Hochwasser und Sturm halten die Stadt in Atem.";
  const Analysis result = analyze(text, with_language("de"));
  const Keyword* flood = find(result, "hochwasser");
  ASSERT_NE(flood, nullptr);
  EXPECT_EQ(flood->label, "Hochwasser");
}

TEST(KeywordOptions, GermanFormsGroupAcrossCases) {
  const std::string text =
      "Der Bundestag berät über den Klimaschutz.\n\n"
      "Die Abgeordneten des Bundestages streiten seit Wochen über das Gesetz zum Klimaschutz. "
      "Im Bundestag sagte die Ministerin, das Gesetz werde den Klimaschutzes-Zielen dienen. "
      "Kritiker halten das Gesetz für zu schwach. Der Bundestag stimmt am Freitag über die Gesetze ab.";
  const Analysis result = analyze(text, with_language("de"));
  ASSERT_GE(result.keywords.size(), 3u);
  const Keyword* bundestag = find(result, "bundestag");
  ASSERT_NE(bundestag, nullptr);
  EXPECT_EQ(bundestag->count, 4u);  // Bundestag, des Bundestages, im Bundestag
  const Keyword* gesetz = find(result, "gesetz");
  ASSERT_NE(gesetz, nullptr);
  EXPECT_EQ(gesetz->count, 4u);  // Gesetz, Gesetze
  for (const Keyword& k : result.keywords)
    for (const char* banned : {"der", "die", "das", "über", "sagte", "den"}) EXPECT_NE(k.term, banned);
}

TEST(KeywordOptions, RussianFormsGroupAcrossCases) {
  const std::string text =
      "Россия и Китай подписали соглашение. Делегация России прибыла в Пекин. "
      "Китай поддержал Россию, сообщил министр. Соглашение России и Китая вступит в силу весной.";
  const Analysis result = analyze(text, with_language("ru"));
  const Keyword* russia = nullptr;
  for (const Keyword& k : result.keywords)
    if (std::find(k.forms.begin(), k.forms.end(), "России") != k.forms.end()) russia = &k;
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->count, 4u);  // Россия, России (twice), Россию
  EXPECT_EQ(russia->forms.size(), 3u);
  EXPECT_EQ(russia->term, "россии");
  EXPECT_EQ(russia->label, "России");  // as written: a name keeps its capital
  EXPECT_EQ(russia, &result.keywords[0]);
}

TEST(KeywordOptions, ApostrophesFollowTheLanguage) {
  Analysis english = analyze("Putin’s plan. Putin's allies. Putin spoke about the plan.", with_language("en"));
  const Keyword* putin = find(english, "putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->count, 3u);
  Analysis french = analyze("L’Europe attend. Les pays d’Europe et l'Europe du Nord.", with_language("fr"));
  const Keyword* europe = find(french, "europe");
  ASSERT_NE(europe, nullptr);
  EXPECT_EQ(europe->count, 3u);
}

TEST(KeywordOptions, ChineseCountsCharacterBigramsBetweenParticles) {
  const std::string text = "中国经济增长。中国的经济增长很快。经济增长是好事。";
  const Analysis result = analyze(text, with_language("zh"));
  const Keyword* economy = find(result, "经济");
  ASSERT_NE(economy, nullptr);
  EXPECT_EQ(economy->count, 3u);
  EXPECT_EQ(find(result, "的经"), nullptr);  // no bigram runs across the particle 的
  EXPECT_NE(find(result, "中国"), nullptr);
}

TEST(KeywordOptions, StopwordDataCoversTwentyLanguagesAndKeepsNameWords) {
  const auto languages = lang_data::languages_with("stopwords");
  EXPECT_GE(languages.size(), 20u);
  const WordSet& english = WordSet::shared("stopwords", "en");
  for (const char* word : {"said", "says", "told", "mr", "mrs", "percent", "year", "the"}) EXPECT_TRUE(english.contains(word)) << word;
  for (const char* word : {"new", "world", "state", "united", "national", "million"}) EXPECT_FALSE(english.contains(word)) << word;
}

TEST(KeywordOptions, BadInputHasKeywordsOrNoneButNeverFails) {
  for (const std::string text : {std::string(), std::string("\xFF\xFE\x00\x01", 4), std::string(10000, '-'),
                                 std::string("a b c d e f"), std::string(3000, 'x')}) {
    const Analysis result = analyze(text, with_language("en"));
    EXPECT_TRUE(result.ok());
    for (const Keyword& k : result.keywords) EXPECT_EQ(k.count, k.occurrences.size());
  }
}

}  // namespace
}  // namespace article_lens
