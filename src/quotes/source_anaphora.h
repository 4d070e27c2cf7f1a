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

// "Об инциденте сообщил Telegram-канал Baza. По данным канала, ...", "Об этом пишет «Коммерсантъ».
// По данным издания, ...", "Jak ustaliła gazeta": a medium's generic noun alone
// (data/medium_nouns_<lang>.txt) means the outlet named just before, after such a noun or in marks
// after a verb of saying. That outlet's name, or an empty range.
TokenRange earlier_outlet(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, TokenRange mention);

}  // namespace article_lens
