// A pronoun after a sentence that names two people, its subject and someone it told something:
// "Михаил Мурашко доложил Михаилу Мишустину о вакцинации. По его словам, ..." means Мурашко, the
// one who spoke, not Мишустин, named last but in the dative (data/name_datives_<lang>.txt).
#include "quotes/name_case.h"
#include "quotes/speaker_resolver.h"

namespace article_lens {

int SpeakerResolver::past_dative(int named, uint32_t pos, const std::vector<Span>& quotes, Gender gender) const {
  if (named < 0 || words_.name_endings.empty()) return named;
  const uint32_t at = people_.last_mention_of(named, pos, &quotes);
  const std::size_t mentioned = tokens_.first_at_or_after(at);
  if (mentioned >= tokens_.size() || tokens_.span(mentioned).begin != at) return named;
  // The whole name run, after a lower-case word of its sentence (the verb), its last word in the dative.
  std::size_t first = mentioned, last = mentioned;
  while (first > 0 && tokens_.joined(first) && tokens_.capitalized(first - 1)) --first;
  while (last + 1 < tokens_.size() && tokens_.joined(last + 1) && tokens_.capitalized(last + 1)) ++last;
  if (first == 0 || !tokens_.joined(first) || tokens_.capitalized(first - 1)) return named;
  if (nominative_surname(tokens_.text(last), words_.language, "name_datives").empty()) return named;
  // The subject: someone else named before it in the same sentence.
  const Document& document = tokens_.document();
  const uint32_t run_at = tokens_.span(first).begin;
  const int subject = people_.last_mentioned_before(run_at, quotes, gender);
  if (subject < 0 || subject == named) return named;
  return document.sentence_at(people_.last_mention_of(subject, run_at, &quotes)) == document.sentence_at(run_at) ? subject : named;
}

}  // namespace article_lens
