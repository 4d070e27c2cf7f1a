// Outlets around a cue that are no speaker: one the speaker told, named where a speaker could stand
// ("– powiedział PAP.", "— сказал ТАСС."; data/told_outlets_<lang>.txt), which ending the clause
// leaves the cue's subject out, as in "— добавил."; and the interview an outlet held ("в интервью
// «Коммерсанту»", "w rozmowie z RMF FM"), which the speaker follows.
#include <algorithm>

#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/mentions.h"
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

bool AttributionFinder::is_domain_suffix(std::size_t j) const {
  constexpr std::size_t kMaxDomainBytes = 4;
  const std::string_view text = tokens_.text(j);
  return tokens_.gap_before(j) == "." && !text.empty() && text.size() <= kMaxDomainBytes &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::size_t AttributionFinder::past_interview(std::size_t k, std::size_t limit) const {
  // The phrase (data/interview_phrases_<lang>.txt), of up to three words.
  const WordSet& phrases = interview_phrases_;
  if (phrases.empty() || tokens_.capitalized(k)) return k;
  constexpr std::size_t kMaxPhraseWords = 3, kMaxOutletWords = 4;
  std::size_t end = k;
  std::string phrase;
  for (std::size_t n = 0; n < kMaxPhraseWords && k + n < limit && (n == 0 || tokens_.joined(k + n)); ++n) {
    if (n > 0) phrase += ' ';
    phrase += tokens_.folded(k + n);
    if (phrases.contains_folded(phrase)) end = k + n + 1;
  }
  if (end == k || end >= limit || !tokens_.joined(end, true)) return k;
  // The outlet: a name in marks, to its closing mark, or capitalised words that are no title.
  auto holds_mark = [&](std::size_t j) {
    const std::string_view gap = tokens_.gap_before(j);
    for (std::size_t i = 0; i < gap.size();) {
      const auto cp = unicode::decode_at(gap, i);
      if (QuoteMarks::shared().is_mark_character(cp.value)) return true;
      i += cp.length;
    }
    return false;
  };
  std::size_t outlet = end + 1;
  if (holds_mark(end)) {
    while (outlet < limit && outlet - end < kMaxOutletWords && tokens_.joined(outlet)) ++outlet;
    if (outlet >= limit || !holds_mark(outlet) || !tokens_.joined(outlet, true)) return k;
  } else {
    if (!tokens_.capitalized(end) || mentions_.title_at(end, limit)) {
      // "в ефірі телемарафону міністерка ...": one lower-case word, then the speaker's title.
      const bool one_word = !tokens_.capitalized(end) && !mentions_.title_at(end, limit) && end + 1 < limit && tokens_.joined(end + 1);
      return one_word && mentions_.title_at(end + 1, limit) ? end + 1 : k;
    }
    while (outlet < limit && outlet - end < kMaxOutletWords && tokens_.joined(outlet) && tokens_.capitalized(outlet) &&
           !mentions_.title_at(outlet, limit))
      ++outlet;
    if (outlet < limit && is_domain_suffix(outlet)) ++outlet;  // "у коментарі LB.ua", "в интервью Lenta.ru"
    // A name right after the outlet runs on with it to the clause's end ("w rozmowie z RMF FM Mateusz
    // Morawiecki", "в интервью РИА Новости Иван Петров"): the speaker starts at the first given name.
    if (outlet >= limit || !tokens_.joined(outlet, true))
      for (std::size_t j = end + 1; j < outlet; ++j)
        if (mentions_.is_given_name(j)) return j;
  }
  return outlet < limit && tokens_.joined(outlet, true) ? outlet : k;
}

}  // namespace article_lens
