// An unnamed source with where it sits, before its cue or its apposition: "Источник в правительстве
// сообщил", "Источник в Кремле, знакомый с ситуацией, сказал", "Nasze źródło w ministerstwie twierdzi".
#include "quotes/mentions.h"

namespace article_lens {

TokenRange MentionFinder::source_with_place(std::size_t end, std::size_t floor) const {
  // (No comma or cue between the source and the end of its place; `end` may be a comma's.)
  constexpr std::size_t kMaxPlaceWords = 7;
  if (!words_.names_after_nouns) return {};
  bool preposition = false;
  for (std::size_t a = end; a-- > floor && end - a <= kMaxPlaceWords + 1 && (a + 1 == end || tokens_.joined(a + 1, true));) {
    if (tokens_.in(a, words_.cues) || tokens_.in(a, words_.clause_conjunctions) || tokens_.in(a, words_.complementizers)) break;
    if (preposition && tokens_.in(a, words_.anonymous_sources)) {
      const TokenRange head = plain_before(a + 1, floor);
      return {!head.empty() && head.last == a + 1 ? head.first : a, end};
    }
    preposition = preposition || is_preposition(a);
  }
  return {};
}

}  // namespace article_lens
