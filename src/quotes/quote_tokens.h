// The document's word tokens as the quote analysis reads them: case-folded once, with the gaps
// between them, and phrase lookups in the language's word sets.
//
//   QuoteTokens tokens(document);
//   tokens.folded(k);                        // "said"
//   tokens.phrase_at(words.cues, k, end);    // 2 for "according to"
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "language/word_set.h"

namespace article_lens {

class QuoteTokens {
 public:
  QuoteTokens(const Document& document, const WordSet& titles);

  const Document& document() const { return document_; }
  std::size_t size() const { return document_.tokens.size(); }
  Span span(std::size_t k) const { return document_.tokens[k].span; }
  std::string_view text(std::size_t k) const { return document_.slice(span(k)); }
  std::string_view folded(std::size_t k) const {
    return std::string_view(folded_).substr(folded_begin_[k], folded_begin_[k + 1] - folded_begin_[k]);
  }
  // The text between token k-1 and token k (k > 0).
  std::string_view gap_before(std::size_t k) const;
  bool capitalized(std::size_t k) const;

  // Whether tokens k-1 and k belong to one phrase: only spaces between them (no line break), or the
  // period of an initial or title abbreviation ("J. R. Smith", "Mr. Lew"). With `allow_marks`,
  // quotation marks may stand between too (die „Computerwoche“).
  bool joined(std::size_t k, bool allow_marks = false) const;

  // How many tokens from k (not reaching `end`) form the longest phrase of `set`; 0 when none.
  std::size_t phrase_at(const WordSet& set, std::size_t k, std::size_t end) const;
  // How many tokens ending at k (not before `floor`) form the longest phrase of `set`; 0 when none.
  std::size_t phrase_ending_at(const WordSet& set, std::size_t k, std::size_t floor) const;

  // The first token starting at or after byte `pos` (size() when none).
  std::size_t first_at_or_after(std::size_t pos) const { return document_.first_token_at_or_after(pos); }

 private:
  const Document& document_;
  const WordSet& titles_;
  std::string folded_;
  std::vector<uint32_t> folded_begin_;  // size() + 1 offsets into folded_
};

}  // namespace article_lens
