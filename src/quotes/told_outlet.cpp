// An outlet the speaker told, named where a speaker could stand: "– powiedział PAP.", "— сказал
// ТАСС." (data/told_outlets_<lang>.txt). Ending the clause, it is no speaker: the cue's subject is
// left out, as in "— добавил.".
#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/quote_marks.h"
#include "unicode/utf8.h"

namespace article_lens {

std::size_t AttributionFinder::told_outlet_end(std::size_t k, std::size_t limit) const {
  if (!words_.names_after_nouns || k >= limit) return k;
  const WordSet& outlets = WordSet::shared("told_outlets", words_.language);
  constexpr std::size_t kMaxOutletWords = 2;  // "РИА Новости", "RMF FM"
  std::string phrase;
  std::size_t end = k;
  for (std::size_t j = k; j < limit && j < k + kMaxOutletWords && (j == k || tokens_.joined(j)); ++j) {
    phrase.append(j == k ? "" : " ").append(tokens_.folded(j));
    if (outlets.contains_folded(phrase) && (j + 1 >= limit || !tokens_.joined(j + 1))) end = j + 1;
  }
  if (end > k) return end;
  // Or a capitalised name in marks that closes the sentence: "– … – mówi „Wyborczej”.".
  auto has_mark = [](std::string_view gap) {
    for (std::size_t i = 0; i < gap.size();) {
      const auto cp = unicode::decode_at(gap, i);
      if (QuoteMarks::shared().is_mark_character(cp.value)) return true;
      i += cp.length;
    }
    return false;
  };
  constexpr std::size_t kMaxMarkedWords = 3;
  if (k == 0 || !tokens_.capitalized(k) || tokens_.joined(k) || !tokens_.joined(k, true) || !has_mark(tokens_.gap_before(k))) return k;
  std::size_t last = k + 1;
  while (last < limit && last - k < kMaxMarkedWords && tokens_.joined(last)) ++last;
  const std::string_view text = tokens_.document().text;
  const uint32_t after = tokens_.span(last - 1).end;
  const std::string_view rest = text.substr(after, last < tokens_.size() ? tokens_.span(last).begin - after : text.size() - after);
  if (!has_mark(rest)) return k;
  const std::size_t stop = rest.find_first_of(".!?");
  return stop != std::string_view::npos && !has_mark(rest.substr(stop)) ? last : k;
}

}  // namespace article_lens
