// What every analysis reads: the text, its word tokens and its sentences, computed once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "article_lens.h"
#include "unicode/word_tokens.h"

namespace article_lens {

struct Document {
  std::string_view text;
  std::string language;
  std::vector<unicode::WordToken> tokens;  // in text order
  std::vector<Sentence> sentences;         // in text order

  std::string_view slice(Span span) const { return Analysis::slice(text, span); }
  // Index of the first token that starts at or after `pos` (tokens.size() when none).
  std::size_t first_token_at_or_after(std::size_t pos) const;
  // Index of the sentence containing `pos`, or of the last one starting before it; -1 when none.
  long sentence_at(std::size_t pos) const;
};

}  // namespace article_lens
