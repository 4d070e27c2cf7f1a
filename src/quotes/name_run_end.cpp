#include "quotes/name_run_end.h"

namespace article_lens {

std::size_t name_run_end(const QuoteTokens& tokens, const WordSet& place_openers, std::size_t name_start, std::size_t last) {
  // A place opened after a full name is where the person was: "the Ted Cruz South Carolina victory
  // party".
  for (std::size_t k = name_start + 2; k + 1 < last; ++k)
    if (place_openers.contains_folded(tokens.folded(k))) {
      last = k;
      break;
    }
  // One word after a possessive names the person's day or place, not another person ("Ted Cruz’s
  // Super Tuesday finish", "Cruz’s Iowa team").
  for (std::size_t k = name_start; k + 1 < last; ++k) {
    if (!tokens.possessive(k)) continue;
    if (k + 2 == last) last = k + 1;
    break;
  }
  return last;
}

}  // namespace article_lens
