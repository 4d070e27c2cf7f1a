// The host of a guest: the subject of the sentence that names the guest after its verb.
#pragma once

#include <cstdint>
#include <vector>

#include "quotes/mentions.h"
#include "quotes/people.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

// The person who opens, as its subject, the sentence of the last mention of `guest` before byte
// `at` (outside `quotes`), where the guest is the only other person named there, after a verb of
// receiving or meeting, and no clause of its own stands between them; -1 if none.
// Example: "Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée." -> Macron, for Zelensky.
int clause_host(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const PeopleIndex& people,
                int guest, uint32_t at, const std::vector<Span>& quotes);

}  // namespace article_lens
