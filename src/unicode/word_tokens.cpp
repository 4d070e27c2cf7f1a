#include "unicode/word_tokens.h"

#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens::unicode {
namespace {

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
bool is_hyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

// Whether the joiner at `pos` (between two word characters) keeps the word going.
bool joins(char32_t joiner, char32_t before, char32_t after) {
  if (is_apostrophe(joiner)) return is_letter(before) && is_letter(after);
  if (is_hyphen(joiner)) return is_word_char(before) && is_word_char(after);
  if (joiner == '.' || joiner == ',') return is_decimal_digit(before) && is_decimal_digit(after);
  return false;
}

}  // namespace

std::vector<WordToken> tokenize_words(std::string_view text, Span span, std::size_t max_tokens) {
  std::vector<WordToken> tokens;
  const std::size_t limit = span.end < text.size() ? span.end : text.size();
  std::size_t i = span.begin;
  while (i < limit && tokens.size() < max_tokens) {
    CodePoint cp = decode_at(text, i);
    // A word starts with a letter or digit: a mark here belongs to what stands before it, as the
    // variation selector of "⚡️Зеленський" does to its emoji, and would hide the word's capital.
    if (!is_word_char(cp.value) || is_mark(cp.value)) {
      i += cp.length;
      continue;
    }
    WordToken token;
    token.span.begin = static_cast<uint32_t>(i);
    if (is_ideograph_or_kana(cp.value)) {
      i += cp.length;
      token.span.end = static_cast<uint32_t>(i);
      token.flags = kHasLetter | kIdeographic;
      tokens.push_back(token);
      continue;
    }
    uint32_t letters = 0, upper = 0;
    bool first_letter_seen = false;
    char32_t previous = 0;
    if (is_decimal_digit(cp.value)) token.flags |= kStartsWithDigit;
    while (i < limit) {
      cp = decode_at(text, i);
      if (is_ideograph_or_kana(cp.value)) break;
      if (is_word_char(cp.value) || is_mark(cp.value)) {
        if (is_letter(cp.value)) {
          ++letters;
          const bool up = is_upper(cp.value);
          if (up) ++upper;
          if (!first_letter_seen && up && token.span.begin == i) token.flags |= kCapitalized;
          first_letter_seen = true;
        }
        previous = cp.value;
        i += cp.length;
        continue;
      }
      if (i + cp.length < limit && previous != 0) {
        const CodePoint next = decode_at(text, i + cp.length);
        if (joins(cp.value, previous, next.value)) {
          previous = cp.value;
          i += cp.length;
          continue;
        }
      }
      break;
    }
    token.span.end = static_cast<uint32_t>(i);
    if (letters > 0) token.flags |= kHasLetter;
    if (letters >= 2 && upper == letters) token.flags |= kAllUpper;
    tokens.push_back(token);
  }
  return tokens;
}

std::vector<WordToken> tokenize_words(std::string_view text) {
  return tokenize_words(text, Span{0, static_cast<uint32_t>(text.size())});
}

}  // namespace article_lens::unicode
