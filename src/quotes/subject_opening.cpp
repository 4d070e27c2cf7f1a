// A name opening its sentence as its subject: news in French, Spanish and Italian names the people
// it is about without a title ("Matteo Salvini ha attaccato ...") and then calls them by an office or
// a party ("ha detto il leader leghista"); such a subject is no passer-by.
#include "quotes/subject_opening.h"

namespace article_lens {

bool opens_sentence_as_subject(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, uint32_t pos) {
  const std::size_t first = tokens.first_at_or_after(pos);
  if (first >= tokens.size() || tokens.span(first).begin != pos || !mentions.is_name_word(first)) return false;
  const Document& document = tokens.document();
  const long sentence = document.sentence_at(pos);
  if (sentence < 0 || document.sentences[static_cast<std::size_t>(sentence)].span.begin != pos) return false;
  std::size_t k = first + 1;
  while (k < tokens.size() && tokens.joined(k) && (mentions.is_name_word(k) || tokens.in(k, words.name_particles))) ++k;
  // Straight into a lower-case word: no comma, no second name joined by "and", no link to a body.
  return k < tokens.size() && tokens.joined(k) && !tokens.capitalized(k) && !tokens.in(k, words.mention_stops) &&
         !tokens.in(k, words.coordinators) && !tokens.in(k, words.mention_links) && !tokens.in(k, words.relative_pronouns);
}

bool untitled_subject_fits(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                           const PeopleIndex& people, int person, TokenRange mention, bool epithet, Gender description) {
  if (mention.empty() || (!epithet && mention.size() <= 2)) return false;
  if (description == Gender::kFemale && people.gender(person) != Gender::kFemale) return false;
  return opens_sentence_as_subject(tokens, mentions, words, people.last_mention_of(person, tokens.span(mention.first).begin));
}

}  // namespace article_lens
