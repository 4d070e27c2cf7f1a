// Keyword candidates and where they occur: single words grouped by stem, and phrases, which are
// runs of content words between stopwords and punctuation (up to four words; a title such as
// "President" ends a phrase before the name that follows it, and a phrase does not run from a
// common word into a name). A name of two or three words also counts the later mentions of its last
// word alone ("Aleksandr Lukashenko ... Lukashenko said"), when no other name ends in that word.
//
//   Candidates found = find_candidates(words, /*phrases=*/true);
//   for (const Candidate& c : found.items) ... c.count, c.occurrences ...
#pragma once

#include <cstdint>
#include <vector>

#include "keywords/keyword_tokens.h"

namespace article_lens {

struct Occurrence {
  uint32_t token = 0;   // first word, index into KeywordTokens::tokens
  uint16_t words = 1;   // how many words it spans
  bool alias = false;   // a bare last name counted for its full name
};

struct Candidate {
  std::vector<uint32_t> keys;          // one key per word
  std::vector<Occurrence> occurrences;  // text order (aliases appended, then re-sorted)
  uint32_t name_like = 0;              // occurrences written as a name or acronym
  uint32_t sentences = 0;              // distinct sentences it occurs in
  uint32_t headline = 0;               // occurrences in the headline
  uint32_t count() const { return static_cast<uint32_t>(occurrences.size()); }
  bool phrase() const { return keys.size() > 1; }
};

struct Candidates {
  std::vector<Candidate> items;
  std::vector<uint8_t> name_like;  // per token: written as a name where capitals mean something
  std::vector<uint8_t> name_head;  // per token: a name word followed by more of the same name
                                   // ("Vladimir" in "Vladimir Putin"), which alone says little
};

inline constexpr uint32_t kMaxPhraseWords = 4;

Candidates find_candidates(const KeywordTokens& words, bool phrases);

}  // namespace article_lens
