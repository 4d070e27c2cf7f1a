// A region after a person's body, right before the cue: "Інспектор Іван Бойко з Головного
// управління Нацполіції у Львівській області повідомив". Where nouns take no article, the mention
// search from the cue stops at the body in the genitive ("Нацполіції") and the person before it is
// lost; past the region (a place link, capitalised adjectives and a region noun:
// data/place_links_<lang>.txt, region_nouns_<lang>.txt) the person speaks.
#include "language/word_set.h"
#include "quotes/mentions.h"

namespace article_lens {

std::size_t MentionFinder::trailing_region(std::size_t cue, std::size_t floor) const {
  constexpr std::size_t kMaxAdjectives = 2;
  const WordSet& regions = WordSet::shared("region_nouns", words_.language);
  if (regions.empty() || cue < floor + 3 || !tokens_.joined(cue - 1) || !regions.contains_folded(tokens_.folded(cue - 1))) return cue;
  std::size_t k = cue - 1;
  for (std::size_t n = 0; n < kMaxAdjectives && k > floor + 1 && tokens_.joined(k) && tokens_.capitalized(k - 1); ++n) --k;
  if (k == cue - 1 || k <= floor + 1 || !tokens_.joined(k)) return cue;
  const WordSet& links = WordSet::shared("place_links", words_.language);
  return links.contains_folded(tokens_.folded(k - 1)) && tokens_.joined(k - 1) ? k - 1 : cue;
}

}  // namespace article_lens
