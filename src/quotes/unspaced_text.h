// Reading Chinese and Japanese text character by character, where words have no spaces to find
// them by: where a clause breaks, and the longest table entry starting at a byte
// (unspaced_attribution.cpp, unspaced_names.cpp).
#pragma once

#include <cstddef>
#include <string_view>

#include "unicode/utf8.h"

namespace article_lens::unspaced {

// 。！？；，、：and their ASCII forms, line breaks and quotation marks end a clause.
bool clause_break(char32_t cp);
// A comma or colon, full-width or ASCII: what comes between a speaker's cue and the words.
bool comma_or_colon(char32_t cp);

// The longest entry of `set` (a WordSet or LexiconSet) that starts at byte `pos`, at most
// `max_chars` characters and within its clause, in bytes (0 if none).
template <typename Set>
std::size_t entry_at(std::string_view text, std::size_t pos, const Set& set, std::size_t max_chars) {
  std::size_t best = 0, end = pos;
  for (std::size_t n = 0; n < max_chars && end < text.size(); ++n) {
    const auto cp = unicode::decode_at(text, end);
    if (clause_break(cp.value)) break;
    end += cp.length;
    if (set.contains_folded(text.substr(pos, end - pos))) best = end - pos;
  }
  return best;
}

}  // namespace article_lens::unspaced
