// The gaps between words that the reported-speech finder reads (indirect_speech.cpp,
// reported_clause_start.cpp, closing_as_clause.cpp): whether a gap holds a character, and whether
// it ends a clause.
#pragma once

#include <string_view>

namespace article_lens::report_gaps {

inline bool has(std::string_view gap, char c) { return gap.find(c) != std::string_view::npos; }

// A sentence's or clause's end: a full stop, semicolon, "!", "?", colon or line break.
inline bool ends_clause(std::string_view gap) {
  return has(gap, '.') || has(gap, ';') || has(gap, '!') || has(gap, '?') || has(gap, ':') || has(gap, '\n');
}

}  // namespace article_lens::report_gaps
