// Word tokens by Unicode character classes: runs of letters, marks and digits, joined across an
// apostrophe or hyphen between word characters (don't, O'Neill, hi-tech) and across a point or
// comma between digits (3.5, 1,000). Each ideograph or kana character is a token of its own,
// because those scripts do not separate words with spaces.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "article_lens.h"

namespace article_lens::unicode {

enum WordFlag : uint16_t {
  kHasLetter = 1u << 0,
  kCapitalized = 1u << 1,  // the first letter is upper or title case
  kAllUpper = 1u << 2,     // every letter is upper case (and there are at least two)
  kStartsWithDigit = 1u << 3,
  kIdeographic = 1u << 4,
};

struct WordToken {
  Span span;
  uint16_t flags = 0;
  bool has(WordFlag flag) const { return (flags & flag) != 0; }
};

std::vector<WordToken> tokenize_words(std::string_view text);

// Tokens of text[span] only, with offsets into the whole text; stops after `max_tokens` tokens
// (callers that only ask "is this line short?" need not read a long paragraph to the end).
std::vector<WordToken> tokenize_words(std::string_view text, Span span, std::size_t max_tokens = SIZE_MAX);

}  // namespace article_lens::unicode
