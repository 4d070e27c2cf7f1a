// The quotation-mark table (src/quotes/data/quote_pairs_any.txt) and the layout facts the pairer
// needs about a text: where its paragraphs end.
//
//   const QuoteMarks& marks = QuoteMarks::shared();
//   marks.closes("„", "“");                      // true: pairs are by type
//   std::vector<LineGap> gaps = find_line_gaps(text);
//
// A paragraph ends at a blank line, and at a single line break unless the block of lines it sits
// in is hard-wrapped (some line ends with a comma or continues in lower case), where single line
// breaks are soft. A blank line followed by a lower-case word is a wrap too (double-spaced text).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article_lens.h"

namespace article_lens {

class QuoteMarks {
 public:
  struct Pair {
    std::string open;   // UTF-8, one or two characters
    std::string close;
  };
  static const QuoteMarks& shared();

  const std::vector<Pair>& pairs() const { return pairs_; }
  // Whether `cp` is the first character of any mark.
  bool is_mark_character(char32_t cp) const;
  // Whether `open` and `close` form a pair of the table.
  bool closes(std::string_view open, std::string_view close) const;
  // Whether `cp` is a single character that can open some pair.
  bool opens(char32_t cp) const;
  // Marks that only open (「 „ ‚ `) or only close (」 』) in every pair: their role needs no
  // spaces around them to be known (Chinese and Japanese write none).
  bool only_opens(char32_t cp) const;
  bool only_closes(char32_t cp) const;

 private:
  QuoteMarks();
  std::vector<Pair> pairs_;
  std::vector<char32_t> mark_characters_;  // sorted
  std::vector<char32_t> opening_characters_;  // sorted: first characters of one-character openers
  std::vector<char32_t> first_of_openers_;    // sorted: first characters of all openers
  std::vector<char32_t> first_of_closers_;    // sorted: first characters of all closers
};

// Whether `text` (a gap between words) holds a quotation mark of any style ("”, ", « ...).
bool holds_quote_mark(std::string_view text);

// The end of `span` in `text`, moved past a closing mark right after it when a mark inside the
// span opens that pair ("издание «Городская газета" -> "издание «Городская газета»").
uint32_t end_past_closing_mark(std::string_view text, Span span);

// Where one non-blank line ends and the next begins.
struct LineGap {
  uint32_t content_end;  // just after the last non-space character of the earlier line
  uint32_t next_start;   // the first non-space character of the next non-blank line (text size at the end)
  bool paragraph_end;    // false for a soft wrap inside a paragraph
  bool blank;            // a blank line lies between
};

// Every gap between non-blank lines, in order, plus a final gap at the end of the text.
std::vector<LineGap> find_line_gaps(std::string_view text);

}  // namespace article_lens
