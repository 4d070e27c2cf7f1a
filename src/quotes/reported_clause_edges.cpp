// The edges of a reported clause that its cue decides: a request's clause is no report ("pediu à
// população que poupe água"), and a pronoun inside the complementizer's entry opens the clause
// ("qu'elle ne viendrait pas").
#include <string>

#include "quotes/indirect_speech.h"

namespace article_lens {

Span IndirectSpeechFinder::with_elided_subject(std::size_t complementizer, Span clause) const {
  // "qu'elle ne participerait plus": the complementizer's entry holds the pronoun after its
  // apostrophe ("qu'" + "elle"), which is the clause's subject.
  if (complementizer > 0 && tokens_.elided(complementizer - 1) &&
      (words_.pronouns.contains_folded(tokens_.folded(complementizer)) || words_.group_pronouns.contains_folded(tokens_.folded(complementizer))))
    clause.begin = tokens_.span(complementizer).begin;
  return clause;
}

bool IndirectSpeechFinder::is_request(std::size_t first, std::size_t end) const {
  if (request_cues_.empty()) return false;
  std::string cue(tokens_.folded(first));
  for (std::size_t k = first + 1; k < end; ++k) cue.append(" ").append(tokens_.folded(k));
  return request_cues_.contains_folded(cue);
}

}  // namespace article_lens
