#include "quotes/quote_marks.h"

#include <algorithm>

#include "language/lang_tables.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::decode_at;
using unicode::decode_before;

bool sorted_contains(const std::vector<char32_t>& sorted, char32_t cp) {
  return std::binary_search(sorted.begin(), sorted.end(), cp);
}

void sort_unique(std::vector<char32_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

struct Line {
  uint32_t first;       // first non-space character
  uint32_t end;         // just after the last non-space character
  char32_t first_char;
  char32_t last_char;
};

// A line break that looks like a wrap inside a sentence: the line stops at a comma or mid-word, or
// the next one carries on in lower case.
bool looks_wrapped(const Line& before, const Line& after, bool blank) {
  if (unicode::is_lower(after.first_char)) return true;
  if (blank) return false;
  return before.last_char == ',' || before.last_char == ';' || before.last_char == '-';
}

}  // namespace

const QuoteMarks& QuoteMarks::shared() {
  static const QuoteMarks marks;
  return marks;
}

QuoteMarks::QuoteMarks() {
  for (std::string_view entry : lang_data::entries("quote_pairs", "any")) {
    const std::size_t space = entry.find(' ');
    if (space == std::string_view::npos || space == 0 || space + 1 >= entry.size()) continue;
    Pair pair{std::string(entry.substr(0, space)), std::string(entry.substr(space + 1))};
    mark_characters_.push_back(decode_at(pair.open, 0).value);
    mark_characters_.push_back(decode_at(pair.close, 0).value);
    if (unicode::count_code_points(pair.open) == 1) opening_characters_.push_back(decode_at(pair.open, 0).value);
    first_of_openers_.push_back(decode_at(pair.open, 0).value);
    first_of_closers_.push_back(decode_at(pair.close, 0).value);
    pairs_.push_back(std::move(pair));
  }
  sort_unique(mark_characters_);
  sort_unique(opening_characters_);
  sort_unique(first_of_openers_);
  sort_unique(first_of_closers_);
}

bool QuoteMarks::only_opens(char32_t cp) const {
  return sorted_contains(first_of_openers_, cp) && !sorted_contains(first_of_closers_, cp);
}

bool QuoteMarks::only_closes(char32_t cp) const {
  return sorted_contains(first_of_closers_, cp) && !sorted_contains(first_of_openers_, cp);
}

bool QuoteMarks::is_mark_character(char32_t cp) const { return sorted_contains(mark_characters_, cp); }

bool QuoteMarks::opens(char32_t cp) const { return sorted_contains(opening_characters_, cp); }

bool QuoteMarks::closes(std::string_view open, std::string_view close) const {
  return std::any_of(pairs_.begin(), pairs_.end(),
                     [&](const Pair& p) { return p.open == open && p.close == close; });
}

std::vector<LineGap> find_line_gaps(std::string_view text) {
  // One pass collects the non-blank lines and whether a blank line precedes each.
  std::vector<Line> lines;
  std::vector<bool> blank_before;
  bool saw_blank = false;
  std::size_t line_start = 0;
  auto finish_line = [&](std::size_t end) {
    std::size_t first = line_start;
    while (first < end) {
      const auto cp = decode_at(text, first);
      if (!unicode::is_space(cp.value)) break;
      first += cp.length;
    }
    if (first >= end) {
      if (!lines.empty()) saw_blank = true;
      return;
    }
    std::size_t last = end;
    char32_t last_char = 0;
    while (last > first) {
      const auto cp = decode_before(text, last);
      if (!unicode::is_space(cp.value)) {
        last_char = cp.value;
        break;
      }
      last -= cp.length;
    }
    lines.push_back({static_cast<uint32_t>(first), static_cast<uint32_t>(last), decode_at(text, first).value, last_char});
    blank_before.push_back(saw_blank);
    saw_blank = false;
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = decode_at(text, i);
    i += cp.length;
    if (!unicode::is_line_break(cp.value)) continue;
    if (cp.value == '\r' && i < text.size() && text[i] == '\n') ++i;  // CR LF is one break
    finish_line(i);
    line_start = i;
  }
  finish_line(text.size());

  // A block is a run of lines without blank lines between them. It is hard-wrapped when any of its
  // line breaks looks like a wrap; then all its single line breaks are soft.
  std::vector<LineGap> gaps;
  gaps.reserve(lines.size() + 1);
  std::size_t block_begin = 0;
  while (block_begin < lines.size()) {
    std::size_t block_end = block_begin + 1;
    bool wrapped = false;
    for (; block_end < lines.size() && !blank_before[block_end]; ++block_end)
      wrapped = wrapped || looks_wrapped(lines[block_end - 1], lines[block_end], false);
    for (std::size_t k = block_begin; k < block_end; ++k) {
      LineGap gap{lines[k].end, static_cast<uint32_t>(text.size()), true, false};
      if (k + 1 < lines.size()) {
        gap.next_start = lines[k + 1].first;
        gap.blank = k + 1 == block_end;
        gap.paragraph_end = gap.blank ? !looks_wrapped(lines[k], lines[k + 1], true) : !wrapped;
      }
      gaps.push_back(gap);
    }
    block_begin = block_end;
  }
  if (gaps.empty()) gaps.push_back({0, static_cast<uint32_t>(text.size()), true, false});
  return gaps;
}

bool holds_quote_mark(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = decode_at(text, i);
    i += cp.length;
    if (QuoteMarks::shared().is_mark_character(cp.value)) return true;
  }
  return false;
}

uint32_t end_past_closing_mark(std::string_view text, Span span) {
  if (span.end >= text.size()) return span.end;
  const QuoteMarks& marks = QuoteMarks::shared();
  const auto after = unicode::decode_at(text, span.end);
  if (!marks.is_mark_character(after.value)) return span.end;
  std::string_view open;
  for (uint32_t i = span.begin; i < span.end;) {
    const auto cp = unicode::decode_at(text, i);
    if (marks.opens(cp.value)) open = text.substr(i, cp.length);
    else if (!open.empty() && marks.closes(open, text.substr(i, cp.length))) open = {};
    i += cp.length;
  }
  return !open.empty() && marks.closes(open, text.substr(span.end, after.length)) ? span.end + after.length : span.end;
}

}  // namespace article_lens
