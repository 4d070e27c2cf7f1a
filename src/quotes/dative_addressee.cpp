// The person an inverted cue's words were told, named in the dative before the speaker: "Как
// рассказал Сергею Иванову глава района", "Як пояснив Денису Шмигалю міністр", "Jak przekazał
// Tuskowi ukraiński przywódca". The press writes the addressee first and the speaker last; the
// dative name is no speaker (data/name_datives_<lang>.txt, every word fitting one gender).
#include "quotes/attribution.h"
#include "quotes/name_case.h"

namespace article_lens {

std::size_t AttributionFinder::past_dative_name(std::size_t k, std::size_t limit) const {
  if (!words_.names_after_nouns || k >= limit || !tokens_.capitalized(k) || !tokens_.joined(k)) return k;
  // (First name, patronymic and surname, or two of them; the longer reading first.)
  constexpr std::size_t kMaxNameWords = 3;
  std::size_t run = k + 1;
  while (run < limit && run - k < kMaxNameWords && tokens_.joined(run) && tokens_.capitalized(run)) ++run;
  for (std::size_t end = run; end >= k + 2; --end) {
    const Span words{tokens_.span(k).begin, tokens_.span(end - 1).end};
    if (!nominative_name(tokens_.document().slice(words), words_.language, "name_datives").empty()) return end;
  }
  // A surname alone, of a person the text names ("powiedział Tuskowi Kaczyński") or before the
  // speaker's lower-case words ("Jak przekazał Tuskowi ukraiński przywódca").
  const bool before_words = k + 1 < limit && tokens_.joined(k + 1) && !tokens_.capitalized(k + 1);
  if ((before_words || mentions_.is_known_person(k)) && !nominative_surname(tokens_.text(k), words_.language, "name_datives").empty())
    return k + 1;
  return k;
}

TokenRange AttributionFinder::without_dative_name(TokenRange speaker) const {
  // The press also names the one told after the speaker: "Как сказал Дмитрий Песков Зеленскому,
  // ...". Only after a first name and surname (not a patronymic: "Сергей Кужугетович Шойгу"), and
  // where the word fits a surname's dative (data/name_datives_<lang>.txt).
  if (!words_.names_after_nouns || speaker.size() < 3) return speaker;
  const std::size_t told = speaker.last - 1, surname = told - 1;
  if (!tokens_.capitalized(told) || !tokens_.joined(told) || !mentions_.is_name_word(surname) || !mentions_.is_name_word(surname - 1) ||
      !tokens_.joined(surname))
    return speaker;
  if (words_.is_patronymic(tokens_.folded(surname))) return speaker;
  if (nominative_surname(tokens_.text(told), words_.language, "name_datives").empty()) return speaker;
  return {speaker.first, told};
}

}  // namespace article_lens
