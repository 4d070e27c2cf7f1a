// The gap between a quotation and its attribution, as the attribution finder reads it
// (attribution.cpp, attribution_after.cpp, attribution_before.cpp).
#pragma once

#include <string_view>

#include "quotes/quote_marks.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens::attribution_gaps {

// Text between a quote and its attribution: spaces (line breaks only if `line_breaks`), commas,
// colons and dashes; never a sentence end.
inline bool is_attribution_gap(std::string_view gap, bool line_breaks, bool* colon = nullptr, bool marks = false) {
  for (std::size_t i = 0; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    i += cp.length;
    if (cp.value == ':') {
      if (colon) *colon = true;
      continue;
    }
    if (unicode::is_line_break(cp.value)) {
      if (!line_breaks) return false;
      continue;
    }
    if (unicode::is_space(cp.value) || cp.value == ',' || unicode::is_dash(cp.value)) continue;
    if (marks && QuoteMarks::shared().is_mark_character(cp.value)) continue;  // he 'said', “...”
    return false;
  }
  return true;
}

}  // namespace article_lens::attribution_gaps
