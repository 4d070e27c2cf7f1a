// Where a sentence's own clause starts after the phrases it sets before its subject.
#pragma once

#include <cstddef>
#include <cstdint>

#include "quotes/mentions.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

// The token that opens the clause after the phrases set before its subject in the sentence whose
// first token is `first` ("Interrogé sur Kylian Mbappé, | le technicien a répondu", "Em declarações
// aos jornalistas, à saída do Conselho de Ministros, | Luís Montenegro afastou"), or `first` where
// the sentence sets none. A name inside such a phrase is whom the subject was asked about, met or
// spoke before, never the subject.
// Example: clause_after_opening(tokens, words, index_of("Interrogé")) -> index_of("le").
std::size_t clause_after_opening(const QuoteTokens& tokens, const QuoteLexicon& words, std::size_t first);

// The phrases set before the clause of the sentence holding byte `at`: from the sentence's first
// token to the clause's (`last`); empty where the sentence sets none.
TokenRange opening_phrases(const QuoteTokens& tokens, const QuoteLexicon& words, uint32_t at);

}  // namespace article_lens
