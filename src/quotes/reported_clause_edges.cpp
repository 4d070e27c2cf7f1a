// The edges of a reported clause that its cue decides: a request's clause is no report ("pediu à
// população que poupe água"), a pronoun inside the complementizer's entry opens the clause
// ("qu'elle ne viendrait pas"), and in verb-second languages the verb after a source opens it.
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

TokenRange IndirectSpeechFinder::source_before_verb(TokenRange mention) const {
  // Verb-second: a name or a bare source word ends the source, and the lower-case word after it is
  // the clause's verb ("Volgens het Centraal Planbureau valt", "Volgens ingewijden overweegt").
  // (Where nouns are capitalised, German keeps to its list of verbs.)
  if (!words_.verb_second || words_.capitalised_nouns || mention.size() < 2) return mention;
  if (!tokens_.capitalized(mention.first + 1) && !tokens_.in(mention.first + 1, words_.mention_links) &&
      mentions_.is_source_word(mention.first))
    return {mention.first, mention.first + 1};
  if (mention.size() > 2 && !tokens_.capitalized(mention.last - 1) && mentions_.is_name_word(mention.last - 2) &&
      !tokens_.in(mention.last - 1, words_.mention_links))
    return {mention.first, mention.last - 1};
  return mention;
}

bool IndirectSpeechFinder::is_request(std::size_t first, std::size_t end) const {
  if (request_cues_.empty()) return false;
  std::string cue(tokens_.folded(first));
  for (std::size_t k = first + 1; k < end; ++k) cue.append(" ").append(tokens_.folded(k));
  return request_cues_.contains_folded(cue);
}

}  // namespace article_lens
