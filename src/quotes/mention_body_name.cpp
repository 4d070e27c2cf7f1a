// Where nouns take no article, a body is named by its noun and what it serves, the place in the
// genitive capitalised last: "Министерство здравоохранения Казахстана сообщило", "Администрация
// города Алматы сообщила", "Ministerstwo Zdrowia poinformowało", "Urząd Miasta Krakowa". The search
// back from the cue stops at the last name words ("Казахстана"), which then spoke; the body's noun
// heads the mention (data/group_nouns_<lang>.txt).
#include "quotes/mentions.h"

namespace article_lens {

TokenRange MentionFinder::body_before_name(TokenRange mention, std::size_t floor) const {
  constexpr std::size_t kMaxNameWords = 2, kMaxGenitiveWords = 2;  // "Федерации лыжного спорта Республики Алтай" is longer
  if (!words_.names_after_nouns || mention.empty() || mention.size() > kMaxNameWords || mention.first <= floor) return mention;
  for (std::size_t k = mention.first; k < mention.last; ++k)
    if (!tokens_.capitalized(k) || is_known_person(k) || tokens_.in(k, words_.group_nouns)) return mention;
  for (std::size_t k = mention.first, lower = 0; k > floor && tokens_.joined(k) && lower <= kMaxGenitiveWords; --k) {
    // (Not a body after its preposition, which names where it was said: "В пресс-службе Минстроя ТАСС сообщили".)
    if (tokens_.in(k - 1, words_.group_nouns))
      return k - 1 > floor && tokens_.joined(k - 1) && is_preposition(k - 2) ? mention : TokenRange{k - 1, mention.last};
    if (tokens_.capitalized(k - 1) || tokens_.in(k - 1, words_.mention_stops) || tokens_.in(k - 1, words_.cues) || is_pronoun(k - 1))
      return mention;
    ++lower;
  }
  return mention;
}

}  // namespace article_lens
