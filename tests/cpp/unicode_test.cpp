#include <gtest/gtest.h>

#include <string>

#include "unicode/case_fold.h"
#include "unicode/utf16_offsets.h"
#include "unicode/utf8.h"
#include "unicode/word_tokens.h"

namespace article_lens::unicode {
namespace {

TEST(Utf8, DecodesMultiByteSequences) {
  const std::string text = "aé“😀";  // a é “ 😀
  EXPECT_EQ(decode_at(text, 0).value, U'a');
  EXPECT_EQ(decode_at(text, 1).value, U'\u00E9');
  EXPECT_EQ(decode_at(text, 1).length, 2u);
  EXPECT_EQ(decode_at(text, 3).value, U'\u201C');
  EXPECT_EQ(decode_at(text, 6).value, U'\U0001F600');
  EXPECT_EQ(decode_at(text, 6).length, 4u);
  EXPECT_EQ(decode_before(text, 10).value, U'\U0001F600');
  EXPECT_EQ(decode_before(text, 6).value, U'\u201C');
}

TEST(Utf8, InvalidBytesReadAsReplacementOneByteEach) {
  const std::string text = "a\xFF\xC3(b\xED\xA0\x80";  // stray byte, truncated sequence, surrogate
  std::size_t i = 0, count = 0, invalid = 0;
  while (i < text.size()) {
    const auto cp = decode_at(text, i);
    if (!cp.valid) {
      EXPECT_EQ(cp.value, kReplacementCharacter);
      EXPECT_EQ(cp.length, 1u);
      ++invalid;
    }
    i += cp.length;
    ++count;
  }
  EXPECT_EQ(invalid, 5u);
  EXPECT_EQ(count_invalid_bytes(text), 5u);
  EXPECT_EQ(decode_before(text, 2).valid, false);
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(count_code_points("aé“😀"), 4u);
  EXPECT_EQ(count_code_points("Ж\xFF"), 2u);  // an invalid byte counts as one
  EXPECT_EQ(count_code_points(""), 0u);
}

TEST(Utf8, ShowsWhiteSpaceAsPlainSpaces) {
  EXPECT_EQ(with_plain_spaces("Marine Le\u00A0Pen"), "Marine Le Pen");
  EXPECT_EQ(with_plain_spaces(" Boris\n  Johnson\u202F"), "Boris Johnson");
  EXPECT_EQ(with_plain_spaces("Жан-Поль"), "Жан-Поль");
}

TEST(CaseFold, FoldsFullUnicode) {
  EXPECT_EQ(fold_case("Hello"), "hello");
  EXPECT_EQ(fold_case("Россия"), "россия");  // Россия
  EXPECT_EQ(fold_case("Straße"), "strasse");
  EXPECT_EQ(fold_case("ﬁle"), "file");  // ﬁ ligature
  EXPECT_EQ(fold_case("a\xFF" "b"), "a\uFFFDb");
}

TEST(Utf16Offsets, CountsSurrogatePairsAndInvalidBytes) {
  const std::string text = "a😀" "b\xD0\x96\xFF" "c";  // a 😀 b Ж <bad> c
  Utf16Offsets map(text);
  EXPECT_EQ(map.at(0), 0u);
  EXPECT_EQ(map.at(1), 1u);
  EXPECT_EQ(map.at(5), 3u);  // after the emoji: two units
  EXPECT_EQ(map.at(6), 4u);
  EXPECT_EQ(map.at(8), 5u);
  EXPECT_EQ(map.at(9), 6u);  // the invalid byte is one unit
  EXPECT_EQ(map.at(10), 7u);
  EXPECT_EQ(map.total_units(), 7u);
  EXPECT_EQ(map.at(2), 1u);  // inside the emoji: its start
}

TEST(Utf16Offsets, MatchesANaiveCountOnLongText) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += (i % 3 == 0) ? "😀" : (i % 3 == 1 ? "Ж" : "x");
  Utf16Offsets map(text);
  uint32_t units = 0;
  for (std::size_t i = 0; i < text.size();) {
    EXPECT_EQ(map.at(static_cast<uint32_t>(i)), units);
    const auto cp = decode_at(text, i);
    units += cp.value > 0xFFFF ? 2 : 1;
    i += cp.length;
  }
  EXPECT_EQ(map.total_units(), units);
}

TEST(WordTokens, KeepsApostrophesHyphensAndNumbersInsideWords) {
  const std::string text = "Don't stop hi-tech O'Neill 3.5 1,000 today's, end.";
  std::vector<std::string> words;
  for (const auto& token : tokenize_words(text)) words.push_back(text.substr(token.span.begin, token.span.size()));
  EXPECT_EQ(words, (std::vector<std::string>{"Don't", "stop", "hi-tech", "O'Neill", "3.5", "1,000", "today's", "end"}));
}

TEST(WordTokens, CombiningMarksStayInTheirWordAndIdeographsStandAlone) {
  const std::string text = "café 中文";  // café with a combining accent, 中文
  const auto tokens = tokenize_words(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens[0].span.begin, tokens[0].span.size()), "café");
  EXPECT_TRUE(tokens[1].has(kIdeographic));
}

TEST(WordTokens, AMarkAfterAnEmojiIsNoStartOfTheNextWord) {
  // "⚡️Зеленський": the variation selector belongs to the emoji; the word keeps its capital.
  const std::string text = "\u26A1\uFE0F\u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439 \u0301x";
  const auto tokens = tokenize_words(text);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(text.substr(tokens[0].span.begin, tokens[0].span.size()), "\u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439");
  EXPECT_TRUE(tokens[0].has(kCapitalized));
  EXPECT_EQ(text.substr(tokens[1].span.begin, tokens[1].span.size()), "x");
}

TEST(WordTokens, FlagsCapitalisation) {
  const std::string text = "Putin NATO the";
  const auto tokens = tokenize_words(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_TRUE(tokens[0].has(kCapitalized));
  EXPECT_FALSE(tokens[0].has(kAllUpper));
  EXPECT_TRUE(tokens[1].has(kAllUpper));
  EXPECT_FALSE(tokens[2].has(kCapitalized));
}

}  // namespace
}  // namespace article_lens::unicode
