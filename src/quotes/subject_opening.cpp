// A name opening its sentence as its subject: news in French, Spanish and Italian names the people
// it is about without a title ("Matteo Salvini ha attaccato ...") and then calls them by an office or
// a party ("ha detto il leader leghista"); such a subject is no passer-by.
#include "quotes/subject_opening.h"

#include "language/word_set.h"
#include "quotes/live_blog_time.h"
#include "quotes/opening_phrase.h"
#include "quotes/people.h"

namespace article_lens {

bool opens_sentence_as_subject(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, uint32_t pos) {
  const std::size_t first = tokens.first_at_or_after(pos);
  if (first >= tokens.size() || tokens.span(first).begin != pos || !mentions.is_name_word(first)) return false;
  const Document& document = tokens.document();
  const long sentence = document.sentence_at(pos);
  if (sentence < 0) return false;
  // (After the party or body that owns the name, one or two capitalised words: "Labour's Wes
  // Streeting has responded", "Sinn Féin's Mary Lou McDonald said"; and after a live blog's clock
  // time: "3.15pm: Wes Streeting has responded".)
  constexpr std::size_t kMaxOwnerWords = 2;
  const uint32_t opening = static_cast<uint32_t>(
      after_clock_time(document.text, document.sentences[static_cast<std::size_t>(sentence)].span.begin, words.language));
  // (Or after the phrases set before the subject: "Questionné sur l'avenir de Kylian Mbappé,
  // Didier Deschamps a évacué le sujet"; opening_phrase.cpp.)
  // (Or after an honorific of the name's own: "Dame Judi Dench has paid tribute"; data/first_name_honorifics_<lang>.txt.)
  const std::size_t opening_word = tokens.first_at_or_after(opening);
  const bool honorific = opening_word + 1 == first && tokens.joined(first) &&
                         WordSet::shared("first_name_honorifics", words.language).contains_folded(tokens.folded(opening_word));
  // (Or after a dateline in capitals and its colon: "NEW DELHI: Rahul Gandhi on Monday attacked".)
  constexpr std::size_t kMaxDatelineWords = 3;
  bool dateline = opening_word < first && first - opening_word <= kMaxDatelineWords &&
                  tokens.gap_before(first).find(':') != std::string_view::npos;
  for (std::size_t k = opening_word; k < first && dateline; ++k)
    dateline = is_acronym(tokens.text(k)) && (k == opening_word || tokens.joined(k));
  if (opening != pos && !honorific && !dateline && clause_after_opening(tokens, words, opening_word) != first) {
    const std::size_t owner = opening_word;
    if (owner >= first || first - owner > kMaxOwnerWords || !tokens.possessive(first - 1) || !tokens.joined(first)) return false;
    for (std::size_t k = owner; k < first; ++k)
      if (!tokens.capitalized(k) || (k > owner && !tokens.joined(k))) return false;
  }
  std::size_t k = first + 1;
  while (k < tokens.size() && tokens.joined(k) && (mentions.is_name_word(k) || tokens.in(k, words.name_particles))) ++k;
  // Straight into a lower-case word: no comma, no second name joined by "and", no link to a body.
  auto verb_like = [&](std::size_t v) {
    return !tokens.capitalized(v) && !tokens.in(v, words.mention_stops) && !tokens.in(v, words.coordinators) &&
           !tokens.in(v, words.mention_links) && !tokens.in(v, words.relative_pronouns);
  };
  // (Over the day wire copy sets between subject and verb: "Rahul Gandhi on Monday attacked".)
  if (k + 2 < tokens.size() && tokens.joined(k) && tokens.joined(k + 1) && tokens.joined(k + 2) && tokens.in(k, words.mention_stops) &&
      words.time_words.contains_folded(tokens.folded(k + 1)))
    k += 2;
  // (Over a reflexive pronoun: "Gian Piero Gasperini si è presentato"; data/reflexive_clitics_<lang>.txt.)
  if (k + 1 < tokens.size() && tokens.joined(k) && tokens.joined(k + 1) &&
      WordSet::shared("reflexive_clitics", words.language).contains_folded(tokens.folded(k)))
    return verb_like(k + 1);
  if (k < tokens.size() && tokens.joined(k)) return verb_like(k);
  // (Or over an age set off by commas: "Bukayo Saka, 23, said".)
  auto age = [&](std::size_t a) {
    const std::string_view word = tokens.folded(a);
    return !word.empty() && word.size() <= 3 && word.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (k + 1 < tokens.size() && tokens.gap_before(k) == ", " && age(k) && tokens.gap_before(k + 1) == ", ") return verb_like(k + 1);
  // (Or over a party or place in brackets: "Susanne Graf (SPD) eröffnete".)
  constexpr std::size_t kMaxBracketWords = 3;
  if (k >= tokens.size() || tokens.gap_before(k).find_first_not_of(" (") != std::string_view::npos ||
      tokens.gap_before(k).find('(') == std::string_view::npos)
    return false;
  for (std::size_t close = k + 1; close < tokens.size() && close <= k + kMaxBracketWords; ++close) {
    const std::string_view gap = tokens.gap_before(close);
    if (gap.find(')') != std::string_view::npos) return gap.find_first_not_of(") ") == std::string_view::npos && verb_like(close);
    if (!tokens.joined(close)) return false;
  }
  return false;
}

bool untitled_subject_fits(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                           const PeopleIndex& people, int person, TokenRange mention, bool epithet, Gender description) {
  if (mention.empty() || (!epithet && mention.size() <= 2)) return false;
  if (description == Gender::kFemale && people.gender(person) != Gender::kFemale) return false;
  return opens_sentence_as_subject(tokens, mentions, words, people.last_mention_of(person, tokens.span(mention.first).begin));
}

}  // namespace article_lens
