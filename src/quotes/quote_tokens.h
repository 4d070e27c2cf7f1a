// The document's word tokens as the quote analysis reads them: case-folded once, with the gaps
// between them, and phrase lookups in the language's word sets. An elided article is a word of its
// own ("l'AFP" is "l'" and "AFP": data/elided_articles_<lang>.txt), as in the lexicon's entries.
//
//   QuoteTokens tokens(document);
//   tokens.folded(k);                        // "said"
//   tokens.phrase_at(words.cues, k, end);    // 2 for "according to"
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "quotes/quote_lexicon.h"
#include "unicode/word_tokens.h"

namespace article_lens {

class QuoteTokens {
 public:
  QuoteTokens(const Document& document, const QuoteLexicon& words);

  const Document& document() const { return document_; }
  std::size_t size() const { return tokens_.size(); }
  Span span(std::size_t k) const { return tokens_[k].span; }
  const unicode::WordToken& token(std::size_t k) const { return tokens_[k]; }
  // Token k is an article elided before token k+1 ("l'" of "l'AFP").
  bool elided(std::size_t k) const;
  std::string_view text(std::size_t k) const { return document_.slice(span(k)); }
  std::string_view folded(std::size_t k) const {
    return std::string_view(folded_).substr(folded_begin_[k], folded_begin_[k + 1] - folded_begin_[k]);
  }
  // The text between token k-1 and token k (k > 0).
  std::string_view gap_before(std::size_t k) const;
  bool capitalized(std::size_t k) const;
  bool number_compound(std::size_t k) const;  // "29-Jährige": capitalised after the number
  // Whether token k's sentence is written in title case or capitals (a headline: "Clinton Says
  // Russians Hacked DNC"), where capitals tell nothing about names.
  bool in_title_case(std::size_t k) const;
  // A possessive: "Clinton's", "Gowdy’s", "players'" (names modify the noun that follows them).
  bool possessive(std::size_t k) const;
  // Whether token k's word is in `set` (one of the lexicon's), and whether it is a title word.
  // (A set left out of the per-word bits is looked up by the word: a bit of another set must never
  // answer for it.)
  bool in(std::size_t k, const LexiconSet& set) const {
    return set.indexed() ? (bits_[k] >> set.id()) & 1u : set.contains_folded(folded(k));
  }
  bool title(std::size_t k) const { return (bits_[k] >> QuoteLexicon::kTitleBit) & 1u; }

  // Whether tokens k-1 and k belong to one phrase: only spaces between them (no line break), or the
  // period of an initial or title abbreviation ("J. R. Smith", "Mr. Lew"). With `allow_marks`,
  // quotation marks may stand between too (die „Computerwoche“).
  bool joined(std::size_t k, bool allow_marks = false) const;

  // How many tokens from k (not reaching `end`) form the longest phrase of `set`; 0 when none.
  std::size_t phrase_at(const LexiconSet& set, std::size_t k, std::size_t end) const;
  // How many tokens ending at k (not before `floor`) form the longest phrase of `set`; 0 when none.
  std::size_t phrase_ending_at(const LexiconSet& set, std::size_t k, std::size_t floor) const;

  // The first token starting at or after byte `pos` (size() when none).
  std::size_t first_at_or_after(std::size_t pos) const;

 private:
  const Document& document_;
  const QuoteLexicon& words_;
  std::vector<unicode::WordToken> tokens_;  // the document's, with elided articles split off
  std::vector<uint64_t> bits_;  // per token: QuoteLexicon::bits() of its folded word
  std::string folded_;
  std::vector<uint32_t> folded_begin_;  // size() + 1 offsets into folded_
  mutable std::vector<int8_t> title_case_;  // per sentence: -1 not yet known, else 0 or 1
};

}  // namespace article_lens
