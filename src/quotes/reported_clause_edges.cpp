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

bool IndirectSpeechFinder::occasion_after(std::size_t first, std::size_t cue, std::size_t k, std::size_t last) const {
  // A comma, then a preposition, an article or a title opens it ("au lendemain de", "an Orlando
  // Republican", "director of"); a pronoun, verb or relative pronoun goes on with the clause
  // ("В будущем, рассказала Эмма Александровна, ей ..."). The clause before is one: three words
  // or more, not a topic ("О роли алтайского языка ... говорил Путин в ходе ...").
  constexpr std::size_t kMinClauseBefore = 3;
  if (k >= last || cue < first + kMinClauseBefore || tokens_.in(first, words_.topic_prepositions) ||
      tokens_.gap_before(k).find(',') == std::string_view::npos || tokens_.in(k, words_.relative_pronouns) || mentions_.is_pronoun(k))
    return false;
  return tokens_.in(k, words_.mention_stops) || mentions_.is_description_start(k) || tokens_.in(k, words_.indefinites) || tokens_.title(k);
}

bool IndirectSpeechFinder::is_request(std::size_t first, std::size_t end) const {
  if (request_cues_.empty()) return false;
  std::string cue(tokens_.folded(first));
  for (std::size_t k = first + 1; k < end; ++k) cue.append(" ").append(tokens_.folded(k));
  return request_cues_.contains_folded(cue);
}

}  // namespace article_lens
