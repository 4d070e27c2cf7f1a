// An outlet the speaker told, named where a speaker could stand: "– powiedział PAP.", "— сказал
// ТАСС." (data/told_outlets_<lang>.txt). Ending the clause, it is no speaker: the cue's subject is
// left out, as in "— добавил.".
#include "language/word_set.h"
#include "quotes/attribution.h"

namespace article_lens {

std::size_t AttributionFinder::told_outlet_end(std::size_t k, std::size_t limit) const {
  if (!words_.names_after_nouns || k >= limit) return k;
  const WordSet& outlets = WordSet::shared("told_outlets", words_.language);
  constexpr std::size_t kMaxOutletWords = 2;  // "РИА Новости", "RMF FM"
  std::string phrase;
  std::size_t end = k;
  for (std::size_t j = k; j < limit && j < k + kMaxOutletWords && (j == k || tokens_.joined(j)); ++j) {
    phrase.append(j == k ? "" : " ").append(tokens_.folded(j));
    if (outlets.contains_folded(phrase) && (j + 1 >= limit || !tokens_.joined(j + 1))) end = j + 1;
  }
  return end;
}

}  // namespace article_lens
