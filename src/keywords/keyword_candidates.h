// Keyword candidates and where they occur: single words grouped by stem, and phrases, which are
// runs of content words between stopwords and punctuation (up to four words; a title such as
// "President" ends a phrase before the name that follows it, and a phrase does not run from a
// common word into a name; between two name words it runs across a name link such as "of", as
// in "Bank of America", but then it is the whole name or nothing). A name of two or three words also counts the later mentions of its last
// word alone ("Aleksandr Lukashenko ... Lukashenko said"), when no other name ends in that word.
//
//   Candidates found = find_candidates(words, /*phrases=*/true);
//   for (const Candidate& c : found.items)
//     for (const Occurrence& o : found.occurrences_of(c)) ... words.tokens[o.token] ...
//
// Storage is flat (one pool of keys, one of occurrences grouped by candidate), because a long text
// has millions of phrase candidates and one allocation each was most of the extraction's time.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "keywords/keyword_tokens.h"

namespace article_lens {

struct Occurrence {
  uint32_t token = 0;   // first word, index into KeywordTokens::tokens
  uint16_t words = 1;   // how many words it spans
  bool alias = false;   // a bare last name counted for its full name
};

struct Candidate {
  uint32_t keys_begin = 0;         // its word keys: Candidates::keys[keys_begin, +words)
  uint32_t occurrences_begin = 0;  // Candidates::occurrences[occurrences_begin, +count)
  uint32_t occurrence_count = 0;
  uint32_t name_like = 0;          // occurrences written as a name or acronym
  uint32_t sentences = 0;          // distinct sentences it occurs in
  uint32_t headline = 0;           // occurrences in the headline
  uint32_t median_rank = 0;        // median sentence ordinal of its occurrences (0 = first sentence)
  uint16_t words = 1;
  uint32_t count() const { return occurrence_count; }
  bool phrase() const { return words > 1; }
};

struct Candidates {
  std::vector<Candidate> items;
  std::vector<uint32_t> keys;            // the word keys of every candidate, back to back
  std::vector<Occurrence> occurrences;   // grouped by candidate, text order within each group
  std::vector<uint8_t> name_like;  // per token: written as a name where capitals mean something
  std::vector<uint8_t> name_head;  // per token: a name word followed by more of the same name
                                   // ("Vladimir" in "Vladimir Putin"), which alone says little

  std::span<const uint32_t> keys_of(const Candidate& c) const { return {keys.data() + c.keys_begin, c.words}; }
  std::span<const Occurrence> occurrences_of(const Candidate& c) const {
    return {occurrences.data() + c.occurrences_begin, c.occurrence_count};
  }
};

inline constexpr uint32_t kMaxPhraseWords = 4;

Candidates find_candidates(const KeywordTokens& words, bool phrases);

}  // namespace article_lens
