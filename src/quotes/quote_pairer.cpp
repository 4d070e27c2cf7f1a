#include "quotes/quote_pairer.h"

#include <algorithm>

#include "language/lang_tables.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::decode_at;
using unicode::decode_before;

constexpr char32_t kNothing = 0;
// Real quotations nest two or three deep; a deeper stack is noise (stray marks), and the cap keeps
// the scan linear however many unmatched marks a text has.
constexpr std::size_t kMaxDepth = 4;

bool is_guillemet(char32_t cp) { return cp == 0xAB || cp == 0xBB || cp == 0x2039 || cp == 0x203A; }
bool is_apostrophe_like(char32_t cp) { return cp == '\'' || cp == 0x2019; }

struct OpenMark {
  char32_t mark;
  std::size_t begin;          // where the mark starts
  std::size_t content_begin;  // just after it
};

// An opening mark stands before text: after nothing, a space, an opening bracket, a dash or another
// quotation mark; and it is not followed by a space (French guillemets excepted: « Bonjour »).
bool can_open(char32_t before, char32_t mark, char32_t after) {
  const bool before_ok = before == kNothing || unicode::is_space(before) ||
                         unicode::is_opening_punctuation(before) || unicode::is_dash(before) ||
                         before == '"' || before == '\'' || before == '/' || before == ':';
  if (!before_ok) return false;
  if (after == kNothing) return false;
  if (unicode::is_space(after)) return is_guillemet(mark);
  return true;
}

// A closing mark follows text (not a space) and is not followed by a letter or digit.
bool can_close(char32_t before, char32_t mark, char32_t after) {
  if (before == kNothing) return false;
  if (unicode::is_space(before) && !is_guillemet(mark)) return false;
  if (after != kNothing && unicode::is_word_char(after)) return false;
  return true;
}

// Spaces, then a line break: the start of the following line, or npos at the end of the text.
std::size_t skip_to_next_line_start(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const auto cp = decode_at(text, pos);
    if (!unicode::is_space(cp.value)) return pos;
    pos += cp.length;
  }
  return std::string_view::npos;
}

std::size_t trim_end(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin) {
    const auto cp = decode_before(text, end);
    if (!unicode::is_space(cp.value)) break;
    end -= cp.length;
  }
  return end;
}

}  // namespace

QuotePairer::QuotePairer() {
  for (std::string_view entry : lang_data::entries("quote_pairs", "any")) {
    const auto open = decode_at(entry, 0);
    const std::size_t space = entry.find(' ');
    if (space == std::string_view::npos || space + 1 >= entry.size()) continue;
    const auto close = decode_at(entry, space + 1);
    pairs_.push_back({open.value, close.value});
    mark_characters_.push_back(open.value);
    mark_characters_.push_back(close.value);
  }
  std::sort(mark_characters_.begin(), mark_characters_.end());
  mark_characters_.erase(std::unique(mark_characters_.begin(), mark_characters_.end()), mark_characters_.end());
}

bool QuotePairer::is_mark_character(char32_t cp) const {
  return std::binary_search(mark_characters_.begin(), mark_characters_.end(), cp);
}

bool QuotePairer::is_opener(char32_t cp) const {
  return std::any_of(pairs_.begin(), pairs_.end(), [cp](const MarkPair& p) { return p.open == cp; });
}

bool QuotePairer::closes(char32_t open, char32_t cp) const {
  return std::any_of(pairs_.begin(), pairs_.end(),
                     [open, cp](const MarkPair& p) { return p.open == open && p.close == cp; });
}

std::vector<MarkedSpan> QuotePairer::pair(std::string_view text) const {
  std::vector<MarkedSpan> found;
  std::vector<OpenMark> open;

  auto emit = [&](const OpenMark& mark, std::size_t content_end, std::size_t end, bool unclosed) {
    MarkedSpan span;
    span.span = {static_cast<uint32_t>(mark.begin), static_cast<uint32_t>(end)};
    span.content = {static_cast<uint32_t>(mark.content_begin), static_cast<uint32_t>(content_end)};
    span.unclosed = unclosed;
    span.depth = static_cast<uint8_t>(std::min<std::size_t>(open.size() - 1, 255));
    found.push_back(span);
  };
  // At a paragraph end, quotes still open either continue (the next paragraph reopens with the
  // outermost mark) or close here as unclosed.
  auto end_paragraph = [&](std::size_t paragraph_end, std::size_t next_start) {
    if (open.empty()) return next_start;
    if (next_start != std::string_view::npos) {
      const auto next = decode_at(text, next_start);
      if (next.value == open.front().mark) {
        while (open.size() > 1) {  // inner quotes do not cross paragraphs
          const std::size_t end = trim_end(text, open.back().content_begin, paragraph_end);
          emit(open.back(), end, end, true);
          open.pop_back();
        }
        return next_start + next.length;  // the repeated opening mark belongs to the quote
      }
    }
    while (!open.empty()) {
      const std::size_t end = trim_end(text, open.back().content_begin, paragraph_end);
      emit(open.back(), end, end, true);
      open.pop_back();
    }
    return next_start;
  };

  char32_t before = kNothing;
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = decode_at(text, i);
    const std::size_t next_pos = i + cp.length;
    if (unicode::is_line_break(cp.value)) {
      const std::size_t line_start = skip_to_next_line_start(text, next_pos);
      const std::size_t resume = end_paragraph(i, line_start);
      if (resume == std::string_view::npos) break;
      i = resume;
      before = resume == line_start ? ' ' : decode_before(text, resume).value;
      continue;
    }
    if (!is_mark_character(cp.value)) {  // the common case: ordinary text
      before = cp.value;
      i = next_pos;
      continue;
    }
    const char32_t after = next_pos < text.size() ? decode_at(text, next_pos).value : kNothing;
    const bool inside_word = unicode::is_letter(before) && unicode::is_letter(after);
    if (is_apostrophe_like(cp.value) && inside_word) {  // don't, O'Neill, Clinton’s
      before = cp.value;
      i = next_pos;
      continue;
    }
    if (!open.empty() && closes(open.back().mark, cp.value) && can_close(before, cp.value, after)) {
      emit(open.back(), i, next_pos, false);
      open.pop_back();
    } else if (is_opener(cp.value) && open.size() < kMaxDepth && can_open(before, cp.value, after)) {
      open.push_back({cp.value, i, next_pos});
    } else if (open.size() > 1 && can_close(before, cp.value, after)) {
      // A closing mark of an outer quote ends the inner ones that were never closed.
      for (std::size_t outer = open.size() - 1; outer-- > 0;) {
        if (!closes(open[outer].mark, cp.value)) continue;
        while (open.size() > outer + 1) {
          const std::size_t end = trim_end(text, open.back().content_begin, i);
          emit(open.back(), end, end, true);
          open.pop_back();
        }
        emit(open.back(), i, next_pos, false);
        open.pop_back();
        break;
      }
    }
    before = cp.value;
    i = next_pos;
  }
  end_paragraph(text.size(), std::string_view::npos);
  std::sort(found.begin(), found.end(),
            [](const MarkedSpan& a, const MarkedSpan& b) { return a.span.begin < b.span.begin; });
  return found;
}

}  // namespace article_lens
