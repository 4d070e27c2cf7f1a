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

// Whether a description of this gender may stand for `person`, named without a title, because
// the person's last mention before `before` opens a sentence as its subject. A feminine
// description ("la portavoz") needs a person known to be a woman: an untitled name whose gender
// is unknown is no antecedent for it.
bool untitled_subject_fits(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                           const PeopleIndex& people, int person, uint32_t before, Gender description);

}  // namespace article_lens
