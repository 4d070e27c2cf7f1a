// Where nouns take no article, a title's body often comes as a lower-case noun and a place in the
// genitive: "капитан сборной России", "тренер команды Бразилии", "kapitan reprezentacji Polski".
// The place is capitalised and stands last, where a surname would: read as a name, the speaker
// became "России". One such word that the text gives no one as a name is the place; the mention
// stays a description for the resolver to match with the person just named. So does a club's or
// firm's name in marks right after the title.
#include "quotes/speaker_resolver.h"

#include "quotes/quote_marks.h"

namespace article_lens {

bool SpeakerResolver::place_after_title_noun(TokenRange name, std::size_t first) const {
  // (One or two nouns between: "президент федерации футбола России".)
  constexpr std::size_t kMaxNouns = 2;
  // A club or firm in marks right after a title is what the title serves, never a person's name:
  // "наставник «Чорноморця»", "аналитик «Финама»", "trener „Pogoni”".
  if (words_.names_after_nouns && name.first > first && name.size() <= kMaxNouns &&
      holds_quote_mark(tokens_.gap_before(name.first)) && mentions_.title_ending_at(name.first - 1, first) > 0)
    return true;
  // (Not a body's acronym, which the resolver reads as a body already where a title is right before
  // it, and after another noun as the body a longer office serves: "член штаба ОНФ".)
  if (!words_.names_after_nouns || name.size() != 1 || name.first < first + 2 || people_.find_token(name.first) >= 0 ||
      is_acronym(tokens_.text(name.first)))
    return false;
  for (std::size_t k = name.first, nouns = 0; k > first && tokens_.joined(k); --k) {
    if (const std::size_t title = mentions_.title_ending_at(k - 1, first); title > 0) return nouns > 0;
    if (++nouns > kMaxNouns || tokens_.capitalized(k - 1) || tokens_.in(k - 1, words_.cues) || tokens_.in(k - 1, words_.mention_stops))
      return false;
  }
  return false;
}

}  // namespace article_lens
