// Finds quotation-mark pairs by type, from the table in src/quotes/data/quote_pairs_any.txt.
//
//   QuotePairer pairer;
//   for (const MarkedSpan& m : pairer.pair(text)) ... m.span (with marks), m.content (without)
//
// Marks open after a space, a bracket, a dash or another mark and close before one; apostrophes
// inside or after words (don't, Clinton’s) never open or close anything. A quote still open at the
// end of its paragraph continues only when the next paragraph opens with the same mark (the
// multi-paragraph convention); otherwise it closes there, flagged `unclosed`, so it can never swallow
// the rest of the text. Linear in the size of the text.
#pragma once

#include <string_view>
#include <vector>

#include "article_lens.h"

namespace article_lens {

struct MarkedSpan {
  Span span;
  Span content;
  bool unclosed = false;
  uint8_t depth = 0;  // 0 for an outermost quote, 1 for a quote inside it, ...
};

class QuotePairer {
 public:
  QuotePairer();
  // Every marked span, ordered by start.
  std::vector<MarkedSpan> pair(std::string_view text) const;

 private:
  struct MarkPair {
    char32_t open;
    char32_t close;
  };
  bool is_mark_character(char32_t cp) const;
  bool is_opener(char32_t cp) const;
  bool closes(char32_t open, char32_t cp) const;
  std::vector<MarkPair> pairs_;
  std::vector<char32_t> mark_characters_;  // sorted: every character that opens or closes a pair
};

}  // namespace article_lens
