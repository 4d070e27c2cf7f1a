// Chooses and orders the keywords among the candidates.
//
// 1. A phrase is shown when it occurs at least twice (a name's bare last-name mentions count).
// 2. A phrase and its parts are not both listed when the phrase explains the part: a shorter phrase
//    or a single word is left out when two thirds or more of its occurrences lie inside the longer
//    phrases that are listed ("council" inside "Security Council").
// 3. The score starts from the honest count and weighs it with what the YAKE paper found to mark
//    keywords (Campos et al., 2020): an early first occurrence, being written as a name, spread over
//    the text's sentences, a place in the headline; phrases get a bonus for carrying more meaning.
//
//   std::vector<Keyword> best = rank_keywords(words, candidates, options.keywords);
#pragma once

#include <vector>

#include "article_lens.h"
#include "keywords/keyword_candidates.h"

namespace article_lens {

// Measured on 500N-KPCrowd's 150 dev articles (tests/eval/keywords_kpcrowd.test.js prints it): word
// length and the headline help most; an early first occurrence and spread help a little; a capital
// letter alone does not (readers' keyphrases are mostly common nouns), so it only shapes names.
struct RankingWeights {
  double headline = 0.5;  // the headline states the topic
  double early = 0.25;    // first seen at the very start vs at the very end
  double name = 0.0;      // written as a name or acronym every time
  double spread = 0.5;    // found in every sentence vs in one
  double phrase = 1.0;    // a factor for phrases (their count is already their own)
  double length = 1.0;    // long words are specific words (stems of 8+ letters vs 3 or fewer)
  uint32_t min_phrase_count = 3;  // a phrase of common words is listed from this many occurrences
  uint32_t min_name_count = 2;    // a name from this many (its bare last names included)
};

std::vector<Keyword> rank_keywords(const KeywordTokens& words, const Candidates& candidates,
                                   const KeywordOptions& options, const RankingWeights& weights = {});

}  // namespace article_lens
