#include "sentences/list_markers.h"

#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::decode_at;

bool is_space_or_end(std::string_view text, std::size_t pos) {
  return pos >= text.size() || unicode::is_space(decode_at(text, pos).value);
}

// Value of a lower-case Roman numeral of up to four letters (i..viii, ix, x, xi, ...), or 0.
uint32_t roman_value(std::string_view s) {
  if (s.empty() || s.size() > 4) return 0;
  uint32_t total = 0, previous = 0;
  for (std::size_t k = s.size(); k-- > 0;) {
    uint32_t v = 0;
    switch (s[k]) {
      case 'i': v = 1; break;
      case 'v': v = 5; break;
      case 'x': v = 10; break;
      default: return 0;
    }
    total = v < previous ? total - v : total + v;
    previous = v > previous ? v : previous;
  }
  return total;
}

}  // namespace

bool is_bullet(char32_t cp) {
  switch (cp) {
    case 0x2022: case 0x2043: case 0x25AA: case 0x25E6: case 0x25CF:  // • ⁃ ▪ ◦ ●
    case 0x2023: case 0x25B8: case 0x25BA: case 0x2219:               // ‣ ▸ ► ∙
      return true;
    default:
      return false;
  }
}

ListMarker parse_list_marker(std::string_view text, std::size_t pos, bool line_start) {
  ListMarker marker;
  if (pos >= text.size()) return marker;
  const auto first = decode_at(text, pos);
  if (is_bullet(first.value) || (line_start && (first.value == '-' || first.value == '*'))) {
    const std::size_t after = pos + first.length;
    // "•9." and "⁃10." glue the number to the bullet; otherwise a space follows.
    if (is_space_or_end(text, after) || is_bullet(first.value)) {
      marker.kind = ListMarker::kBullet;
      marker.length = first.length;
    }
    return marker;
  }
  std::size_t i = pos;
  const bool open_paren = first.value == '(';
  if (open_paren) ++i;
  // The enumerator: ASCII digits, one letter, or a short Roman numeral.
  const std::size_t body = i;
  while (i < text.size() && i - body < 4 && ((text[i] >= '0' && text[i] <= '9') || (text[i] >= 'a' && text[i] <= 'z') ||
                                             (text[i] >= 'A' && text[i] <= 'Z')))
    ++i;
  const std::string_view token = text.substr(body, i - body);
  if (token.empty()) return marker;
  bool digits = true;
  for (char c : token) digits = digits && c >= '0' && c <= '9';
  if (digits && token.size() <= 3) {
    marker.kind = ListMarker::kNumber;
    for (char c : token) marker.value = marker.value * 10 + static_cast<uint32_t>(c - '0');
  } else if (token.size() == 1) {
    marker.kind = ListMarker::kLetter;
    marker.value = static_cast<uint32_t>(token[0] | 0x20);
    marker.upper = token[0] >= 'A' && token[0] <= 'Z';
  } else if (const uint32_t roman = roman_value(token)) {
    marker.kind = ListMarker::kRoman;
    marker.value = roman;
  } else {
    return {};
  }
  // Its punctuation: "x.", "x)", "x.)", "(x)".
  if (open_paren) {
    if (i >= text.size() || text[i] != ')') return {};
    marker.style = ListMarker::kBothParens;
    ++i;
  } else if (i < text.size() && text[i] == ')') {
    marker.style = ListMarker::kParen;
    ++i;
  } else if (i + 1 < text.size() && text[i] == '.' && text[i + 1] == ')') {
    marker.style = ListMarker::kPeriodParen;
    i += 2;
  } else if (i < text.size() && text[i] == '.' && marker.kind != ListMarker::kRoman) {
    marker.style = ListMarker::kPeriod;
    ++i;
  } else {
    return {};
  }
  if (!is_space_or_end(text, i)) return {};
  marker.length = i - pos;
  return marker;
}

bool follows(const ListMarker& previous, const ListMarker& next) {
  if (previous.kind == ListMarker::kNone || next.kind != previous.kind || next.style != previous.style) return false;
  if (next.kind == ListMarker::kBullet) return true;
  return next.value == previous.value + 1 && next.upper == previous.upper;
}

}  // namespace article_lens
