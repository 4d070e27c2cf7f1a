// What a reader sees for one chosen candidate: the honest count, every occurrence span, the
// normalised `term` (its most frequent case-folded form, the stable key), the `label` (its most
// frequent form as written in the text: "Security Council", "Aleksandr Lukashenko", "talks") and
// every written form.
//
// A word's capitals are kept where they mean something (inside a sentence). Where they do not (a
// sentence's first word, a headline, a shouted line) the word is shown as the text writes it
// elsewhere; a word never seen inside a sentence keeps its capital only when it reads as a name.
//
//   Keyword k = describe_keyword(words, candidates, candidates.items[c], text, score);
//   k.label;   // "Security Council"      k.term;   // "security council"
#pragma once

#include <string_view>

#include "article_lens.h"
#include "keywords/keyword_candidates.h"

namespace article_lens {

Keyword describe_keyword(const KeywordTokens& words, const Candidates& candidates, const Candidate& candidate,
                         std::string_view text, double score);

}  // namespace article_lens
