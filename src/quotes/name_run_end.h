// Where a run of capitalised words stops being a person's name: the words after a full name that
// are the person's place or day, not more of the name (people.cpp).
//
//   last = name_run_end(tokens, place_openers, name_start, last);
//   // "the Ted Cruz South Carolina victory party" -> "Ted Cruz"; "Ted Cruz’s Super Tuesday" -> "Ted Cruz’s"
#pragma once

#include <cstddef>

#include "language/word_set.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

// The end of the name in tokens [name_start, last): before a place opened after two name words or
// more (data/place_openers_<lang>.txt, not as a last word: "Antonio Costa"), or after a possessive
// with one capitalised word after it (two may be a name: "the Post’s Dana Hollis").
std::size_t name_run_end(const QuoteTokens& tokens, const WordSet& place_openers, std::size_t name_start, std::size_t last);

}  // namespace article_lens
