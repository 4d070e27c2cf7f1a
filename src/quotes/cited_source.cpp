// A source that passes on what another told it: "Как сообщает «Медуза» со ссылкой на два
// источника, близких к администрации, CLAUSE", "Як повідомляє УП з посиланням на джерела, CLAUSE",
// "Jak podaje Onet, powołując się na źródła w rządzie, CLAUSE". The words of the citation run to
// their comma, and an apposition of the cited source set off by commas ("близких к ...") goes with
// them; the clause starts after.
#include <string>

#include "language/word_set.h"
#include "quotes/indirect_speech.h"

namespace article_lens {
namespace {

constexpr std::size_t kMaxCitationWords = 8;   // "со ссылкой на два высокопоставленных источника в правительстве"
constexpr std::size_t kMaxAppositionWords = 8; // "близких к администрации президента"
constexpr std::size_t kMaxPhraseWords = 3;

}  // namespace

std::size_t IndirectSpeechFinder::past_cited_source(std::size_t from, std::size_t to, std::size_t last, std::size_t* citation) const {
  const WordSet& phrases = WordSet::shared("citation_phrases", words_.language);
  if (phrases.empty()) return 0;
  auto comma_at = [&](std::size_t j) { return tokens_.gap_before(j).find(',') != std::string_view::npos; };
  auto clause_ends_at = [&](std::size_t j) { return tokens_.gap_before(j).find_first_of(".!?;") != std::string_view::npos; };
  for (std::size_t c = from; c <= to && c < last; ++c) {
    std::string phrase;
    std::size_t length = 0;
    for (std::size_t n = 1; n <= kMaxPhraseWords && c + n <= last && !length; ++n) {
      if (n > 1 && !tokens_.joined(c + n - 1)) break;
      if (n > 1) phrase += ' ';
      phrase += tokens_.folded(c + n - 1);
      if (phrases.contains_folded(phrase)) length = n;
    }
    if (!length) continue;
    // The cited source, to its comma.
    std::size_t start = c + length;
    while (start < last && start - c <= kMaxCitationWords && !comma_at(start) && !clause_ends_at(start)) ++start;
    if (start >= last || !comma_at(start) || clause_ends_at(start) || start == c + length) return 0;
    // Its apposition between commas, opened by an adjective or participle in lower case.
    if (!tokens_.capitalized(start) && ends_with_any(tokens_.folded(start), "cited_apposition_endings")) {
      std::size_t close = start + 1;
      while (close < last && close - start <= kMaxAppositionWords && !comma_at(close) && !clause_ends_at(close)) ++close;
      if (close < last && comma_at(close) && !clause_ends_at(close)) start = close;
    }
    if (last - start < 2) return 0;
    *citation = c;
    return start;
  }
  return 0;
}

}  // namespace article_lens
