// A relative clause between a subject and its cue: "un magistrat qui a requis l'anonymat rappelle
// que", "el juez que instruye la causa explicó que", "il sindaco che ha firmato l'ordinanza ha
// detto". The words nearest the cue end the relative clause; the subject is its antecedent.
#include "language/word_set.h"
#include "quotes/mentions.h"

namespace article_lens {
namespace {

// How far back from the mention the relative pronoun may stand (keeps the search linear).
constexpr std::size_t kMaxRelativeClauseWords = 8;
// A clause set off by commas may run longer: the commas, not the distance, bound it ("The
// governor, who spoke to reporters outside the statehouse on Tuesday, said").
constexpr std::size_t kMaxSetOffClauseWords = 16;

}  // namespace

TokenRange MentionFinder::before(std::size_t cue, std::size_t floor) const {
  const TokenRange nearest = nearest_before(cue, floor);
  // "Lo ha detto il ministro", "Lo dijo el juez": an object pronoun before the cue is no subject;
  // the speaker follows the cue (data/object_clitics_<lang>.txt).
  if (nearest.size() == 1 && words_.object_clitics.contains_folded(tokens_.folded(nearest.first)))
    return {};
  // "… з Головного управління Нацполіції у Львівській області повідомив": past a region after the
  // body, the person before it speaks (mention_region.cpp).
  // (The body in the genitive alone is what the search finds from the cue: "Нацполіції".)
  if (words_.names_after_nouns && !nearest.empty())
    if (const std::size_t region = trailing_region(cue, floor); region < cue && nearest.last <= region)
      if (const TokenRange person = nearest_before(region, floor);
          !person.empty() && person.first < nearest.first && is_person_like(person))
        return person;
  // "The minister, a former teacher, said": a description set off by commas between the clause's
  // opening mention and the cue is that mention's apposition; the mention speaks.
  // (Only the mention that opens the clause: not "In Leeds, a spokesman said"; and only a
  // description naming no one: in "Manufacturers' organisation, the EEF, said" the name speaks.)
  bool names_someone = false;
  for (std::size_t k = nearest.first + 1; k < nearest.last && !names_someone; ++k) names_someone = tokens_.capitalized(k);
  if (!words_.verb_second && !words_.names_after_nouns && nearest.size() >= 2 && nearest.first > floor + 1 &&
      nearest.last == cue && is_description_start(nearest.first) && !names_someone && tokens_.gap_before(nearest.first) == ", " &&
      tokens_.gap_before(cue) == ", ")
    if (const TokenRange head = names_before(nearest.first, floor);
        !head.empty() && head.first == floor && head.last == nearest.first && is_person_like(head))
      return head;
  if (nearest.empty() || !is_person_like(nearest))
    if (const TokenRange subject = past_set_off_relative_clause(cue, floor); !subject.empty()) return subject;
  return past_relative_clause(nearest, floor);
}

// "The official, who requested anonymity, said the talks had stalled": a relative clause set off
// by commas right before the cue; the description or name opening the clause before it speaks.
TokenRange MentionFinder::past_set_off_relative_clause(std::size_t cue, std::size_t floor) const {
  if (words_.verb_second || cue <= floor + 3 || tokens_.gap_before(cue) != ", ") return {};
  const WordSet& pronouns = WordSet::shared("subject_relative_pronouns", words_.language);
  for (std::size_t r = cue - 1; r > floor + 1 && cue - r <= kMaxSetOffClauseWords; --r) {
    if (r + 1 < cue && !tokens_.joined(r + 1)) return {};  // one clause, no comma inside
    if (!pronouns.contains_folded(tokens_.folded(r))) continue;
    if (tokens_.gap_before(r) != ", " || r + 1 >= cue) return {};
    const TokenRange antecedent = names_before(r, floor);
    // (A word for a person by their part in the story heads it too: "A neighbour, who asked not to
    // be named, said"; data/person_nouns_<lang>.txt.)
    if (antecedent.empty() || antecedent.first != floor || antecedent.last != r ||
        !(is_person_like(antecedent) || WordSet::shared("person_nouns", words_.language).contains_folded(tokens_.folded(r - 1))))
      return {};
    return antecedent;
  }
  return {};
}

TokenRange MentionFinder::past_relative_clause(TokenRange mention, std::size_t floor) const {
  if (mention.empty() || mention.first <= floor + 2 || words_.verb_second) return mention;
  const WordSet& pronouns = WordSet::shared("subject_relative_pronouns", words_.language);
  if (pronouns.empty()) return mention;
  for (std::size_t r = mention.first - 1; r > floor && mention.first - r <= kMaxRelativeClauseWords; --r) {
    // Within one clause: no comma, no cue, no other mention's words between.
    if (!tokens_.joined(r + 1) || tokens_.in(r, words_.cues) ||
        (tokens_.in(r, words_.complementizers) && !pronouns.contains_folded(tokens_.folded(r))))
      return mention;
    // (A comma may set the clause off when the one that should close it is missing: "Katie Packer,
    // who is chairman of the PAC said in a statement".)
    if (!pronouns.contains_folded(tokens_.folded(r)) || (!tokens_.joined(r) && tokens_.gap_before(r) != ", ")) continue;
    // The pronoun is the relative clause's subject: its verb follows it, before the mention ("qui
    // a requis l'anonymat"), not the mention ("che il governo ha": a complementizer).
    if (r + 1 >= mention.first || tokens_.capitalized(r + 1) || is_description_start(r + 1) ||
        tokens_.in(r + 1, words_.indefinites) || is_pronoun(r + 1))
      return mention;
    // (Not the complementizer of a cue before it: "ha detto al ministro che ...".)
    for (std::size_t k = floor; k < r; ++k)
      if (tokens_.in(k, words_.cues)) return mention;
    const TokenRange antecedent = names_before(r, floor);
    if (antecedent.empty() || antecedent.last != r || !is_person_like(antecedent)) return mention;
    return antecedent;
  }
  return mention;
}

}  // namespace article_lens
