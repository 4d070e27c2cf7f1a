// Finds who a quotation is attributed to in the words around it: a cue verb or phrase from the
// language's data (src/quotes/data/speech_verbs_<lang>.txt) next to a mention of the speaker.
//
//   “...,” the Belarusian leader said.      mention before the cue, after the quote
//   “...,” said Karen Olsen.                inverted order
//   Burton said, “I love cats!”             before the quote
#pragma once

#include <string_view>

#include "document.h"
#include "language/word_set.h"
#include "quotes/quote_pairer.h"

namespace article_lens {

struct Attribution {
  Span mention;  // the words naming the speaker
  Span cue;      // the verb or phrase
  bool found() const { return !cue.empty() && !mention.empty(); }
};

class AttributionFinder {
 public:
  AttributionFinder(const Document& document, const WordSet& cues);

  // `previous_end` and `next_begin` bound the search so it never reads into another quotation.
  Attribution find(const MarkedSpan& quote, std::size_t previous_end, std::size_t next_begin) const;

 private:
  Attribution after(const MarkedSpan& quote, std::size_t limit) const;
  Attribution before(const MarkedSpan& quote, std::size_t limit) const;
  // How many tokens from `index` form a cue (0 when none).
  std::size_t cue_length(std::size_t index, std::size_t end) const;
  bool joined_by_space(std::size_t left, std::size_t right) const;

  const Document& document_;
  const WordSet& cues_;
};

}  // namespace article_lens
