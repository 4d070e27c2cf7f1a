// Whether a person is named as the subject opening a sentence.
#pragma once

#include <cstdint>

#include "quotes/mentions.h"
#include "quotes/people.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

// Whether the name at byte `pos` opens its sentence and runs straight on into its verb: the person
// the sentence is about ("Matteo Salvini ha attaccato l'Ue.", "Pedro Sánchez compareció ayer."), not
// someone set off by an apposition ("Jean Dupont, 45 ans, a vu ...") or listed with others.
// Example: opens_sentence_as_subject(tokens, mentions, offset_of("Matteo")) -> true.
bool opens_sentence_as_subject(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, uint32_t pos);

// Whether the description `mention` (an article, then words; `epithet` when its head names a party
// or trade) of this gender may stand for `person`, named without a title, because the person's
// last mention before it opens a sentence as its subject. A bare office of one word ("l'avocat",
// "le maire") brings someone new to a story about an untitled person; an epithet or a longer
// office ("le chef de l'État", "la vicepresidenta segunda") names them. A feminine description
// needs a person known to be a woman: an untitled name whose gender is unknown is none.
bool untitled_subject_fits(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                           const PeopleIndex& people, int person, TokenRange mention, bool epithet, Gender description);

}  // namespace article_lens
