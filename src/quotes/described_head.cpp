// Where adjectives follow the noun (French, Spanish, Italian, Portuguese), a description's last word
// is often an adjective ("o treinador leonino", "la defensa visitante"): the person is named by the
// noun before them (data/word_order_<lang>.txt: adjectives-after-nouns). An adjective is a lower-case word that neither links nor names, and at most two
// follow the noun.
#include "quotes/described_head.h"

#include <algorithm>

#include "language/lang_tables.h"

namespace article_lens {

std::size_t person_head(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, TokenRange description) {
  constexpr std::size_t kMaxAdjectives = 2;
  if (description.empty()) return description.last;
  const auto order = lang_data::entries("word_order", words.language);
  const bool adjectives_after = std::find(order.begin(), order.end(), "adjectives-after-nouns") != order.end();
  for (std::size_t k = description.last, adjectives = 0; k-- > description.first && adjectives <= (adjectives_after ? kMaxAdjectives : 0); ++adjectives) {
    if (mentions.heads_person(k, k + 1)) return k;
    if (tokens.capitalized(k) || tokens.in(k, words.mention_links) || tokens.in(k, words.determiners) || tokens.in(k, words.group_nouns))
      break;
  }
  return description.last;
}

}  // namespace article_lens
