#include "sentences/text_marks.h"

#include <algorithm>
#include <vector>

#include "language/lang_tables.h"
#include "sentences/bracket_pairs.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

const std::vector<char32_t>& quote_marks() {
  static const std::vector<char32_t> marks = [] {
    std::vector<char32_t> out;
    for (std::string_view entry : lang_data::entries("quote_marks", "any"))
      if (!entry.empty()) out.push_back(unicode::decode_at(entry, 0).value);
    std::sort(out.begin(), out.end());
    return out;
  }();
  return marks;
}

}  // namespace

bool is_quote_mark(char32_t cp) {
  if (cp < 128) return cp == '"' || cp == '\'' || cp == '`';
  const auto& marks = quote_marks();
  return std::binary_search(marks.begin(), marks.end(), cp);
}

bool is_opener(char32_t cp) {
  if (cp < 128) return cp == '"' || cp == '\'' || cp == '`' || cp == '(' || cp == '[' || cp == '{';
  return cp == 0xBF || cp == 0xA1 || is_quote_mark(cp) || is_opening_bracket(cp);
}

bool is_invisible(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
         cp == 0xFEFF || cp == 0x061C || cp == 0x00AD;
}

bool closes_here(std::string_view text, std::size_t after) {
  if (after >= text.size()) return true;
  const char32_t next = unicode::decode_at(text, after).value;
  return !unicode::is_word_char(next);
}

}  // namespace article_lens
