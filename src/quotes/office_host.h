// A host and a guest: the subject of a sentence and the one named after its verb of receiving.
#pragma once

#include <cstdint>
#include <vector>

#include "quotes/mentions.h"
#include "quotes/people.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

// Of a host and a guest named in one sentence, the other of the two beside `named`, the person
// last mentioned before byte `at` (outside `quotes`): the subject opening that sentence, where
// `named` is the only other person named there, after a verb of receiving or meeting, and no clause
// of its own stands between them. `other_hosts` says whether that other one is the host (not in a
// passive, "Pedro Sánchez foi recebido por Luís Montenegro", where either may be the one an office
// means). `other` is -1 if none.
// Example: "Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée." -> {Macron, true}, for Zelensky.
struct ClausePair {
  int other = -1;
  bool other_hosts = true;
};
ClausePair clause_pair(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const PeopleIndex& people,
                       int named, uint32_t at, const std::vector<Span>& quotes);

}  // namespace article_lens
