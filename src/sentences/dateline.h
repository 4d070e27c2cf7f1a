// Finds a dateline that opens a news paragraph, "WASHINGTON (AP) — The president ...",
// "MINSK, 12 April (BelTA) - ...", so that the splitter can make it a sentence of its own.
//
//   std::size_t end = dateline_prefix_end(text, line_start);  // after the dash, or 0
//
// A dateline here is a place in capitals (one to four words), optionally followed by a date, an agency
// in brackets and commas, then a dash between spaces; at most kMaxDatelineBytes long.
#pragma once

#include <cstddef>
#include <string_view>

namespace article_lens {

inline constexpr std::size_t kMaxDatelineBytes = 100;

std::size_t dateline_prefix_end(std::string_view text, std::size_t pos);

}  // namespace article_lens
