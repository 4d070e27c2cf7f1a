// Decides whether a candidate boundary is a real one, from the characters around it. The splitter
// (sentence_splitter.cpp) finds the candidates in one pass: runs of terminal marks, and line breaks.
//
//   BoundaryJudge judge(rules, user_abbreviations);
//   TerminalRun run = judge.read_terminal_run(text, pos);     // "?!", ".”", ". . . .", "。"
//   if (judge.ends_sentence(text, run, context)) ...
//
// Everything here looks at a bounded window around the candidate (a word before, a word or two
// after), so the scan stays linear in the size of the text.
#pragma once

#include <cstddef>
#include <string_view>

#include "language/word_set.h"
#include "sentences/list_markers.h"
#include "sentences/sentence_rules.h"

namespace article_lens {

// A run of terminal marks with the closing quotes, brackets and footnote marks glued to it.
struct TerminalRun {
  std::size_t begin = 0;           // the first terminal mark
  std::size_t marks_end = 0;       // after the last terminal mark
  std::size_t end = 0;             // after closers and footnotes: where the sentence would end
  unsigned periods = 0;            // '.' marks in the run (". . ." counts 3)
  bool question_or_exclamation = false;
  bool other_mark = false;         // a terminal other than . ! ? (。 ։ ؟ ; in Greek ...)
  bool tight = false;              // ends a sentence even with no space after it
  bool soft = false;               // joins clauses; a clause continuation after it goes on
  bool ellipsis = false;           // "...", "…", ". . ."
  bool detached = false;           // a space stands before the run ("is . . . I")
  bool curly_before_ideograph = false;  // closed by ” or ’ with an ideograph right after ("。”她")
};

// What the splitter knows about the sentence the candidate would end.
struct SentenceContext {
  std::size_t start = 0;           // where the current sentence starts
  ListMarker expected_marker;      // the list item this sentence opened, if any
  bool lower_case_text = false;    // the text hardly uses capitals ("i think so. then we left.")
};

class BoundaryJudge {
 public:
  BoundaryJudge(const SentenceRules& rules, const WordSet& user_abbreviations)
      : rules_(rules), user_(user_abbreviations) {}

  // The run of terminal marks starting at `pos` (which holds a terminal mark).
  TerminalRun read_terminal_run(std::string_view text, std::size_t pos) const;

  // Whether the sentence ends at `run.end`.
  bool ends_sentence(std::string_view text, const TerminalRun& run, const SentenceContext& context) const;

  // Whether the single line break at `pos` (its end at `next_line`) continues the sentence: the
  // next line goes on in lower case after a line that cannot end there, or `hard_wrapped` is set.
  bool line_continues(std::string_view text, std::size_t line_start, std::size_t pos, std::size_t next_line,
                      bool hard_wrapped) const;

  // Whether the period at `period` ends an abbreviation, an initial or an ordinal.
  bool period_after_abbreviation(std::string_view text, std::size_t period) const;

 private:
  enum class WordKind { kNone, kWord, kNumber, kOrdinal, kTitle, kFinal, kNumberAbbreviation, kGeneric, kInitial };
  WordKind classify_word_before(std::string_view text, std::size_t period, std::size_t sentence_start,
                                bool next_is_digit, bool* first_token) const;
  bool is_starter(std::string_view word) const;
  bool introductory_phrase(std::string_view text, std::size_t start, std::size_t end) const;

  const SentenceRules& rules_;
  const WordSet& user_;
};

}  // namespace article_lens
