// An adjective opening a description where nouns take no article: "— заявил британский лидер",
// "— сказал российский дипломат", "– dodał polski dyplomata". The adjective is read by its ending
// (data/role_adjective_endings_<lang>.txt), never after a preposition ("В завершение прокурор"),
// and only before a title or a word that calls a
// person by a trade (data/bare_epithet_nouns_<lang>.txt), so "британский флаг" opens nothing.
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/mentions.h"

namespace article_lens {

bool MentionFinder::adjective_before_role(std::size_t k) const {
  constexpr std::size_t kMaxAdjectives = 2;  // "бывший британский лидер"
  if (role_adjective_endings_.empty() || k + 1 >= tokens_.size() || !tokens_.joined(k + 1) ||
      (k > 0 && tokens_.joined(k) && tokens_.in(k - 1, words_.mention_stops)))
    return false;
  for (std::size_t j = k; j < tokens_.size() && j - k <= kMaxAdjectives; ++j) {
    if (j > k && !tokens_.joined(j)) return false;
    if (j > k && (tokens_.title(j) || bare_epithets_->contains_folded(tokens_.folded(j)))) return true;
    if (tokens_.capitalized(j) && j > k) return false;
    const std::string_view word = tokens_.folded(j);
    bool adjective = false;
    for (const std::string_view ending : role_adjective_endings_) adjective = adjective || (word.size() > ending.size() + 2 && word.ends_with(ending));
    if (!adjective) return false;
  }
  return false;
}

}  // namespace article_lens
