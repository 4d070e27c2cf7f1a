// A filler set off by commas between the subject and its cue: "Le ministre, de son côté, a affirmé",
// "La defensa, en cambio, sostiene", "Il ministro, dal canto suo, ha detto". The filler
// (data/attribution_fillers_<lang>.txt) says nothing of who speaks; the subject that opens the
// clause before it does.
#include "quotes/mention_gaps.h"
#include "quotes/mentions.h"

namespace article_lens {

using mention_gaps::is_comma_gap;

TokenRange MentionFinder::subject_before_incise(std::size_t end, std::size_t floor) const {
  if (end <= floor + 2 || !is_comma_gap(tokens_.gap_before(end))) return {};
  const std::size_t filler = tokens_.phrase_ending_at(words_.fillers, end - 1, floor + 1);
  if (!filler || end - filler <= floor + 1 || !is_comma_gap(tokens_.gap_before(end - filler))) return {};
  const TokenRange subject = after(floor, end - filler);
  if (subject.empty() || subject.first != floor || subject.last != end - filler ||
      !(is_person_like(subject) || is_description_start(subject.first)))
    return {};
  return subject;
}

}  // namespace article_lens
