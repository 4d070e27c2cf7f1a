// A pronoun after a sentence whose opening phrase names someone other than its subject.
#pragma once

#include <cstdint>

#include "quotes/mentions.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

// The description that is the subject of the sentence holding byte `named_at`, when the name there
// lies inside the phrases set before that subject ("Face à Jordan Bardella, | le Premier ministre a
// haussé le ton"): the person the pronoun after it means is the subject, not the one faced, asked
// about or met. Empty when the name is no part of such a phrase or the subject is no person described.
TokenRange described_past_opening(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, uint32_t named_at);

}  // namespace article_lens
