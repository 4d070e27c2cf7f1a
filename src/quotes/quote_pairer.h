// Finds quotation-mark pairs by type, from the table in src/quotes/data/quote_pairs_any.txt.
//
//   QuotePairer pairer("en");
//   for (const MarkedSpan& m : pairer.pair(text)) ... m.span (with marks), m.content (without)
//
// How a mark is read:
// - It opens after a space, a bracket, a dash or another mark and before text; it closes after
//   text and before a space or punctuation; a closing mark only closes a quote opened by its partner
//   (types, never sequence), so „…“ and “…” and «…» nest inside one another freely.
// - Apostrophes are not quotes: inside a word (don't, O'Neill, Clinton’s), before an elided word
//   ('tis, ’em: data/elisions_<lang>.txt) or a number (’90s). A mark after a word's last letter
//   (players' union) or after a digit (a 6.1" screen) closes a quote only when no later mark in the
//   paragraph is left waiting for that closing role.
// - Runs of typewriter marks are read against the open quotes: ``a `b' c'' closes `b' first.
// - A quote still open at its paragraph's end continues only when the next paragraph opens with
//   the same mark (the multi-paragraph convention) and no other quote is left open inside it;
//   otherwise it closes there, flagged `unclosed`, so it never swallows the rest of the text. Soft
//   line wraps do not end paragraphs.
// - Quotes nest at most kMaxDepth deep. Linear in the size of the text.
#pragma once

#include <string_view>
#include <vector>

#include "article_lens.h"
#include "quotes/quote_lexicon.h"

namespace article_lens {

struct MarkedSpan {
  Span span;                // with the marks
  Span content;             // without them
  bool unclosed = false;    // closed at its paragraph's end for want of a closing mark
  bool resumed = false;     // speech resumed inside the marks after the author's words (dialogue_speech.h)
  bool continued = false;   // runs over more than one paragraph
  uint8_t depth = 0;        // 0 for an outermost quote, 1 for a quote inside it, ...
};

class QuotePairer {
 public:
  // Real quotations nest two or three deep; deeper stacks are stray marks, and the cap keeps the
  // scan linear however many unmatched marks a text has.
  static constexpr std::size_t kMaxDepth = 4;
  // A quote open across this many soft line wraps without closing is closed as unclosed.
  static constexpr uint32_t kMaxSoftLines = 40;

  explicit QuotePairer(std::string_view language = "en");
  // Every marked span, ordered by start.
  std::vector<MarkedSpan> pair(std::string_view text) const;

 private:
  LexiconSet elisions_;
};

}  // namespace article_lens
