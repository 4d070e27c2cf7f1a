// A description that names no one, with the person's name in its apposition: "« ... », a prévenu le
// chef d'état-major des armées, le général Thierry Burkhard", "dijo el jefe del Estado Mayor, el
// general Julio Salom", "ha detto il portavoce, il colonnello Marco Rossi". The mention the cue finds
// stops at the comma (or before the words of its body it left off); the apposition after it holds
// the name, with its own article and title, so the name speaks, not the office.
//
// Also the owner of a noun of speech a lone article stands before ("Pronta la replica di Palazzo
// Chigi: «...»"): the mention found is the article, the owner after the noun's link speaks.
#include "quotes/speaker_book.h"

namespace article_lens {

SpeakerRef SpeakerBook::apposition_person(const Attribution& found, const SpeakerResolver& resolver,
                                          const std::vector<Span>& quotes) const {
  // (The apposition is a few words: an article, a title and the name.)
  constexpr std::size_t kMaxAppositionWords = 8;
  constexpr std::size_t kMaxLeftOffWords = 3;
  if (found.mention.empty() || found.cue.empty() || tokens_.span(found.mention.first).begin < found.cue.end) return {};
  // (The words of the description the mention left off come first: "de l'armée de terre", "alla Camera".)
  std::size_t first = found.mention.last;
  while (first < tokens_.size() && first - found.mention.last < kMaxLeftOffWords && tokens_.joined(first) &&
         !tokens_.in(first, words_.cues))
    ++first;
  // (Over a short bracket closing the body's name: "der Wirtschaftsförderung Region Stuttgart
  // (WRS), Helga Brandt".)
  constexpr std::size_t kMaxBracketWords = 3;
  if (first < tokens_.size() && tokens_.gap_before(first).find('(') != std::string_view::npos &&
      tokens_.gap_before(first).find(',') == std::string_view::npos) {
    std::size_t close = first + 1;
    while (close < tokens_.size() && close - first <= kMaxBracketWords && tokens_.gap_before(close).find(')') == std::string_view::npos)
      ++close;
    if (close < tokens_.size() && tokens_.gap_before(close).find(')') != std::string_view::npos) first = close;
  }
  if (first >= tokens_.size() || tokens_.gap_before(first).find(',') == std::string_view::npos) return {};
  std::size_t last = first + 1;
  while (last < tokens_.size() && last - first <= kMaxAppositionWords && tokens_.joined(last)) ++last;
  if (last - first < 2 || last - first > kMaxAppositionWords) return {};
  // One phrase after the comma, opened by an article or a title, closed by a name the text knows
  // as a person ("le général Thierry Burkhard"; not "un proche de Jean Martin", nor a place).
  // (Or a full name alone, after the words of the body the mention left off: "il capogruppo del Pd
  // alla Camera, Chiara Braga".)
  bool bare_name = first > found.mention.last;
  for (std::size_t k = first; k < last && bare_name; ++k) bare_name = mentions_.is_name_word(k) || tokens_.in(k, words_.name_particles);
  if (!tokens_.in(first, words_.determiners) && !tokens_.title(first) && !bare_name) return {};
  if (tokens_.in(first, words_.indefinites) || !mentions_.is_name_word(last - 1)) return {};
  if (people_.find_token(last - 1) < 0) return {};
  const SpeakerRef named = resolver.resolve({first, last}, -1, false, quotes);
  return named.person >= 0 && !named.anonymous ? named : SpeakerRef{};
}

SpeakerRef SpeakerBook::speech_noun_owner(const Attribution& found, const SpeakerResolver& resolver,
                                          const std::vector<Span>& quotes) const {
  const std::size_t noun = found.mention.last;
  if (noun + 2 >= tokens_.size() || !tokens_.joined(noun) || !tokens_.joined(noun + 1) || !tokens_.joined(noun + 2)) return {};
  if (!tokens_.in(noun, words_.speech_nouns) && !tokens_.in(noun, words_.cues)) return {};
  if (!tokens_.in(noun + 1, words_.mention_links)) return {};
  const std::size_t limit = tokens_.first_at_or_after(found.cue.end > tokens_.span(noun).end ? found.cue.end : tokens_.span(noun).end);
  std::size_t end = noun + 2;
  while (end < tokens_.size() && tokens_.joined(end) && end - noun < 8) ++end;  // up to the colon or the mark
  const TokenRange owner = mentions_.after(noun + 2, std::max(end, limit));
  return owner.empty() ? SpeakerRef{} : resolver.resolve(owner, -1, false, quotes);
}

}  // namespace article_lens
