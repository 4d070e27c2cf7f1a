#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "article_lens.h"
#include "test_support.h"

namespace article_lens {
namespace {

const Keyword* find(const Analysis& result, const std::string& term) {
  for (const Keyword& k : result.keywords)
    if (k.term == term) return &k;
  return nullptr;
}

Analysis keywords_of(const std::string& text, Options options = {}) {
  options.language = options.language == "auto" ? "en" : options.language;
  options.keywords.top = 50;
  return analyze(text, options);
}

TEST(KeywordPhrases, NamesStayWholeAndTheirPartsAreNotListedTwice) {
  const std::string text =
      "The Security Council met on Monday. Members of the Security Council voted. "
      "Later the Security Council adjourned, and the council staff went home.";
  const Analysis result = keywords_of(text);
  const Keyword* council = find(result, "security council");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->count, 3u);
  EXPECT_EQ(find(result, "security"), nullptr);  // every "security" is inside the phrase
  EXPECT_EQ(find(result, "council"), nullptr);   // three of four are: the phrase explains it
}

TEST(KeywordPhrases, TitlesEndAPhraseAndBareLastNamesCountForTheFullName) {
  const std::string text =
      "Russian President Vladimir Putin met the press. Officials said Putin was calm. "
      "Later, Putin left. Vladimir Putin returned on Friday.";
  const Analysis result = keywords_of(text);
  const Keyword* putin = find(result, "vladimir putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->count, 4u);
  EXPECT_EQ(putin->forms.size(), 2u);  // "vladimir putin" and "putin"
  EXPECT_EQ(find(result, "putin"), nullptr);
  EXPECT_EQ(find(result, "russian president vladimir putin"), nullptr);
  for (const Span& span : putin->occurrences)
    EXPECT_EQ(testing::text_of(text, span).find("President"), std::string::npos);
}

TEST(KeywordPhrases, ANameOnlyEverPartOfALongerNameIsNotListedBesideIt) {
  const std::string text =
      "Hans Christian Andersen wrote fairy tales. Hans Christian Andersen was born in Odense. "
      "Andersen travelled widely. Critics loved Andersen. Hans Christian Andersen died in 1875.";
  const Analysis result = keywords_of(text);
  const Keyword* andersen = find(result, "hans christian andersen");
  ASSERT_NE(andersen, nullptr);
  EXPECT_EQ(andersen->count, 5u);  // three full names and two bare last names
  EXPECT_EQ(find(result, "christian andersen"), nullptr);
  EXPECT_EQ(find(result, "andersen"), nullptr);
}

TEST(KeywordPhrases, ALastNameSharedByTwoPeopleStaysApart) {
  const std::string text =
      "The actress Emily Deschanel is pregnant. Her sister Zooey Deschanel was thrilled. Later, Emily "
      "Deschanel smiled. Then Zooey Deschanel laughed. Both Deschanel fans cheered.";
  const Analysis result = keywords_of(text);
  const Keyword* emily = find(result, "emily deschanel");
  ASSERT_NE(emily, nullptr);
  EXPECT_EQ(emily->count, 2u);  // the bare "Deschanel" could be either sister
}

TEST(KeywordPhrases, RepeatedRunsOfCommonWordsBecomePhrases) {
  const std::string text =
      "The space program grew. A new space program began, and the space program needed money. "
      "Money was short.";
  const Analysis result = keywords_of(text);
  const Keyword* program = find(result, "space program");
  ASSERT_NE(program, nullptr);
  EXPECT_EQ(program->count, 3u);
  EXPECT_EQ(find(result, "program"), nullptr);
  EXPECT_NE(find(result, "money"), nullptr);
}

TEST(KeywordPhrases, NameWordsStayInsidePhrasesButAreNeverListedAlone) {
  const std::string text =
      "New York is busy. Visitors love New York, and a new museum opened in New York. "
      "The new museum cost 5 million dollars. The new museum is big.";
  const Analysis result = keywords_of(text);
  const Keyword* york = find(result, "new york");
  ASSERT_NE(york, nullptr);
  EXPECT_EQ(york->count, 3u);
  EXPECT_NE(find(result, "new museum"), nullptr);
  for (const char* alone : {"new", "million", "big"}) EXPECT_EQ(find(result, alone), nullptr) << alone;
}

TEST(KeywordPhrases, PhrasesOffListsSingleWordsOnly) {
  Options options;
  options.keywords.phrases = false;
  const Analysis result = keywords_of(
      "The Security Council met. The Security Council voted. The Security Council adjourned.", options);
  for (const Keyword& k : result.keywords) EXPECT_EQ(k.term.find(' '), std::string::npos) << k.term;
  ASSERT_NE(find(result, "security"), nullptr);
  EXPECT_EQ(find(result, "security")->count, 3u);
}

TEST(KeywordPhrases, PunctuationAndStopwordsEndPhrases) {
  const std::string text = "Oil prices, markets and oil prices. Oil prices fell; markets rose. Markets, oil prices.";
  const Analysis result = keywords_of(text);
  EXPECT_NE(find(result, "oil prices"), nullptr);
  EXPECT_EQ(find(result, "prices markets"), nullptr);
  EXPECT_EQ(find(result, "fell markets"), nullptr);
}

TEST(KeywordPhrases, ANameRunsAcrossOfButAPhraseOfCommonWordsDoesNot) {
  const std::string text =
      "Shares of the Bank of America rose. Analysts at the Bank of America expect more. "
      "The end of trading came late, and the end of trading was calm.";
  const Analysis result = keywords_of(text);
  const Keyword* bank = find(result, "bank of america");
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(bank->count, 2u);
  EXPECT_EQ(bank->label, "Bank of America");
  EXPECT_EQ(find(result, "bank of"), nullptr);
  EXPECT_EQ(find(result, "of america"), nullptr);
  EXPECT_EQ(find(result, "end of trading"), nullptr);  // "of" links names only
}

TEST(KeywordPhrases, AHeadlineNameIsTheNameTheBodyWrites) {
  const std::string text =
      "Penelope Cruz Gets A Star\n\nLOS ANGELES — Penelope Cruz has a star. Fans cheered Cruz on Friday.";
  const Analysis result = keywords_of(text);
  const Keyword* cruz = find(result, "penelope cruz");
  ASSERT_NE(cruz, nullptr);
  EXPECT_EQ(cruz->label, "Penelope Cruz");
  EXPECT_EQ(find(result, "penelope"), nullptr);  // the headline's "Penelope" is part of the name
}

TEST(KeywordPhrases, CompoundModifiersCountOnlyInsidePhrases) {
  const std::string text =
      "The Oscar-winning actress arrived. The Oscar-winning actress smiled. An Oscar-winning actress left. "
      "A two-year plan, a two-year plan. Fans of Blu-ray, Blu-ray and Native American-inspired art, "
      "Native American-inspired art.";
  const Analysis result = keywords_of(text);
  EXPECT_EQ(find(result, "oscar-winning"), nullptr);
  EXPECT_EQ(find(result, "two-year"), nullptr);
  EXPECT_NE(find(result, "oscar-winning actress"), nullptr);
  EXPECT_NE(find(result, "blu-ray"), nullptr);  // a noun stays a keyword
  EXPECT_EQ(find(result, "native american-inspired"), nullptr);  // a phrase does not end on one
}

}  // namespace
}  // namespace article_lens
