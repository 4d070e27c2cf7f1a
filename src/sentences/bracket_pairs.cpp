#include "sentences/bracket_pairs.h"

#include <algorithm>
#include <utility>

#include "language/lang_tables.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::decode_at;

constexpr std::size_t kMaxDepth = 16;

struct PairTable {
  std::vector<std::pair<char32_t, char32_t>> pairs;  // (open, close)
  PairTable() {
    for (std::string_view entry : lang_data::entries("brackets", "any")) {
      const std::size_t space = entry.find(' ');
      if (space == std::string_view::npos || space == 0 || space + 1 >= entry.size()) continue;
      pairs.emplace_back(decode_at(entry, 0).value, decode_at(entry, space + 1).value);
    }
  }
  char32_t closer_of(char32_t open) const {
    for (const auto& [o, c] : pairs)
      if (o == open) return c;
    return 0;
  }
  bool is_closer(char32_t close) const {
    for (const auto& [o, c] : pairs)
      if (c == close) return true;
    return false;
  }
};

const PairTable& table() {
  static const PairTable instance;
  return instance;
}

// A blank line (two line breaks with only spaces between) starts at `pos`, a line break.
bool blank_line_at(std::string_view text, std::size_t pos) {
  std::size_t i = pos + decode_at(text, pos).length;
  if (text[pos] == '\r' && i < text.size() && text[i] == '\n') ++i;
  while (i < text.size()) {
    const auto cp = decode_at(text, i);
    if (unicode::is_line_break(cp.value)) return true;
    if (!unicode::is_space(cp.value)) return false;
    i += cp.length;
  }
  return false;
}

}  // namespace

bool is_opening_bracket(char32_t cp) { return table().closer_of(cp) != 0; }
bool is_closing_bracket(char32_t cp) { return table().is_closer(cp); }

std::vector<BracketPair> match_brackets(std::string_view text) {
  std::vector<BracketPair> pairs;
  struct Open {
    uint32_t pos;
    char32_t closer;
  };
  std::vector<Open> stack;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80 && byte != '\n' && byte != '\r' && byte != '(' && byte != ')' && byte != '[' && byte != ']' &&
        byte != '{' && byte != '}' && stack.empty()) {
      ++i;  // the common case: a plain character with no bracket open
      continue;
    }
    const auto cp = decode_at(text, i);
    const char32_t c = cp.value;
    if (c == '\n' || c == '\r') {
      if (!stack.empty() && blank_line_at(text, i)) stack.clear();
    } else if (c < 128 ? (c == '(' || c == '[' || c == '{') : is_opening_bracket(c)) {
      if (stack.size() == kMaxDepth) stack.erase(stack.begin());
      stack.push_back({static_cast<uint32_t>(i), table().closer_of(c)});
    } else if (c < 128 ? (c == ')' || c == ']' || c == '}') : is_closing_bracket(c)) {
      // Close the innermost bracket of this kind; brackets opened inside it stay unmatched.
      for (std::size_t k = stack.size(); k-- > 0;) {
        if (stack[k].closer != c) continue;
        if (i - stack[k].pos <= kMaxBracketSpan) pairs.push_back({stack[k].pos, static_cast<uint32_t>(i)});
        stack.resize(k);
        break;
      }
    }
    // Openers too far behind can no longer form a pair.
    while (!stack.empty() && i - stack.front().pos > kMaxBracketSpan) stack.erase(stack.begin());
    i += cp.length;
  }
  std::sort(pairs.begin(), pairs.end(), [](const BracketPair& a, const BracketPair& b) { return a.open < b.open; });
  return pairs;
}

}  // namespace article_lens
