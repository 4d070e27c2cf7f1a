// QuoteTokens::in answers for every word set of the lexicon: the sets in the per-word bits by
// their bit, the sets left out of the bits by the word itself, so that a set left out can never be
// answered by another set's bit.
#include <gtest/gtest.h>

#include <string>

#include "document.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_tokens.h"
#include "unicode/word_tokens.h"

namespace article_lens {
namespace {

Document document_of(const std::string& text, const char* language) {
  Document document;
  document.text = text;
  document.language = language;
  document.tokens = unicode::tokenize_words(text);
  return document;
}

TEST(QuoteLexiconLookup, SetsOutsideTheBitsAreAskedByTheWord) {
  const std::string text = "Der Minister hat gestern erklärt";
  const Document document = document_of(text, "de");
  const QuoteLexicon& words = QuoteLexicon::shared("de");
  const QuoteTokens tokens(document, words);
  ASSERT_FALSE(words.perfect_auxiliaries.indexed());
  ASSERT_TRUE(words.cues.indexed());
  ASSERT_EQ(tokens.size(), 5u);
  // "hat" opens a verb bracket; "erklärt" is a cue, and no perfect auxiliary.
  EXPECT_TRUE(tokens.in(2, words.perfect_auxiliaries));
  EXPECT_FALSE(tokens.in(4, words.perfect_auxiliaries));
  EXPECT_TRUE(tokens.in(4, words.cues));
  EXPECT_FALSE(tokens.in(2, words.cues));
}

TEST(QuoteLexiconLookup, PhrasesOfSetsOutsideTheBitsAreFound) {
  const std::string text = "Об этом заявил министр";
  const Document document = document_of(text, "ru");
  const QuoteLexicon& words = QuoteLexicon::shared("ru");
  const QuoteTokens tokens(document, words);
  ASSERT_FALSE(words.reference_openers.indexed());
  EXPECT_EQ(tokens.phrase_at(words.reference_openers, 0, tokens.size()), 2u);
}

}  // namespace
}  // namespace article_lens
