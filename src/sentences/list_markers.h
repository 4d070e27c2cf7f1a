// Recognises the marker that opens a list item: "1.", "2)", "3.)", "a.", "b)", "(c)", "(iv)", "•", "⁃".
//
//   ListMarker m = parse_list_marker(text, pos);
//   if (m.length) ...   // text[pos, pos + m.length) is the marker, spaces after it excluded
//
// A marker is a bullet, or a short enumerator (1-3 digits, one letter, or a small lower-case Roman
// numeral) with its punctuation, followed by a space. `follows(a, b)` says whether b is the next item
// after a ("1." then "2.", "a)" then "b)"), which lets the splitter cut a run of items on one line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace article_lens {

struct ListMarker {
  enum Kind : uint8_t { kNone, kBullet, kNumber, kLetter, kRoman };
  enum Style : uint8_t { kNoStyle, kPeriod, kParen, kPeriodParen, kBothParens };
  Kind kind = kNone;
  Style style = kNoStyle;
  uint32_t value = 0;    // the number, the letter's code point, or the Roman numeral's value
  std::size_t length = 0;  // bytes of the marker itself; 0 when there is none
  bool upper = false;    // an upper-case letter ("A.", "Q.")
};

// The marker at `pos`, or one with length 0. `line_start` allows the bullets "-" and "*", which
// mid-line are dashes and asterisks, not bullets.
ListMarker parse_list_marker(std::string_view text, std::size_t pos, bool line_start);

// Whether `next` continues the list that `previous` belongs to (same kind and style, value + 1).
bool follows(const ListMarker& previous, const ListMarker& next);

// Bullet characters that open an item wherever they stand after a space ("• one • two").
bool is_bullet(char32_t cp);

}  // namespace article_lens
