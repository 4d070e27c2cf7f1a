// Matches brackets ahead of the sentence scan, so that the scan knows whether a "(" at hand closes
// later: terminal marks inside a matched pair ("(He worked there 5 years.) at the local...") do not
// end the sentence around it, while an unmatched "(" changes nothing.
//
//   std::vector<BracketPair> pairs = match_brackets(text);   // sorted by `open`
//
// Pairs come from src/sentences/data/brackets_any.txt ("( )" per line). Matching restarts at every
// blank line, a pair spans at most kMaxBracketSpan bytes and nesting is capped, so a stray bracket can
// never swallow an article. Linear in the size of the text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace article_lens {

inline constexpr std::size_t kMaxBracketSpan = 2000;

struct BracketPair {
  uint32_t open = 0;   // byte offset of the opening bracket
  uint32_t close = 0;  // byte offset of the closing bracket
};

std::vector<BracketPair> match_brackets(std::string_view text);

// Whether `cp` opens or closes a bracket pair from the data (not quotation marks).
bool is_opening_bracket(char32_t cp);
bool is_closing_bracket(char32_t cp);

}  // namespace article_lens
