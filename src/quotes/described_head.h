// The word that heads a description of one person.
#pragma once

#include <cstddef>

#include "quotes/mentions.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

// The word heading a person in `description` (a title, a trade, an epithet: mentions.heads_person):
// its last word, or, where adjectives follow the noun, the noun before only lower-case adjectives
// ("o treinador leonino", "el técnico visitante", "l'entraîneur adverse"); `description.last` where
// no word heads a person so.
std::size_t person_head(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, TokenRange description);

}  // namespace article_lens
