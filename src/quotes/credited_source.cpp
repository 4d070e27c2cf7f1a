// The source an article credits for a quote after its attribution: "“...,” Sanders said, according
// to CNN." The article did not hear the words itself; the outlet, transcript or person after
// "according to" vouches for them and is named as the quote's source.
#include "quotes/attribution.h"

namespace article_lens {

Attribution AttributionFinder::credited_source(const Attribution& found, std::size_t limit_byte) const {
  if (!found.found() || found.cue.empty() || found.pronoun_in_cue) return found;
  const std::size_t limit = tokens_.first_at_or_after(limit_byte);
  const std::size_t from = tokens_.first_at_or_after(std::max(found.cue.end, found.mention_span.end));
  // "said at a press conference on Monday, according to the Las Vegas Sun": a few words of
  // circumstance may stand between; a clause of its own may not ("said that ...").
  for (std::size_t k = from; k < limit && k <= from + kMaxWordsAfterCue; ++k) {
    if (k > from && follows_quote(k)) return found;
    if (tokens_.in(k, words_.complementizers) || (k > from && cue_at(k, limit, false) && !is_source_phrase(k, limit)))
      return found;
    if (tokens_.gap_before(k).find(',') == std::string_view::npos || !is_source_phrase(k, limit) || is_postposition(k, limit))
      continue;
    const std::size_t length = tokens_.phrase_at(words_.source_phrases, k, limit);
    if (!length) return found;
    const TokenRange source = source_of(k, length, limit);
    // Only a source named after the phrase ("according to her" refers back to the speaker).
    if (source.empty() || source.first < k + length || mentions_.is_pronoun(source.first)) return found;
    return make(source, k, length, limit);
  }
  return found;
}

}  // namespace article_lens
