// An unnamed source that refers back to one quoted before: "Selon une source proche du dossier, ...
// « ... », a précisé cette source", "Según fuentes policiales, ... Las mismas fuentes señalaron".
// Demonstratives and "same" words are data (data/anaphoric_determiners_<lang>.txt).
//
//   if (const int32_t earlier = earlier_source(tokens, mentions, words, mention, findings); earlier >= 0) speaker = earlier;
#pragma once

#include <cstdint>

#include "quotes/mentions.h"
#include "quotes/quote_finder.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

// The speaker (an index into findings.speakers) of a recent quote whose unnamed source has the head
// word of `mention`, when `mention` points back to it with a demonstrative or "same" word; else -1.
int32_t earlier_source(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                       TokenRange mention, const QuoteFindings& findings);

}  // namespace article_lens
