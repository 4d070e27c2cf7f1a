// "According to court documents, …", "Secondo quanto riferito dalla questura, …": a source phrase
// that ends in its preposition, then a bare noun (no article, no name) up to the comma, names the
// source. The mention finder reads no such noun; without this, a sentence holding a quotation
// credited its words to no one. (Not where nouns take no article: there the words after the phrase
// run on as the source's own description, "Как сообщила кандидат наук, первый заместитель ...".)
#include "quotes/attribution.h"

namespace article_lens {
namespace {

// A bare source is a few words ("court documents", "fonti di governo").
constexpr std::size_t kMaxBareSourceWords = 6;

}  // namespace

TokenRange AttributionFinder::bare_source(std::size_t after_phrase, std::size_t limit) const {
  if (words_.names_after_nouns || after_phrase >= limit || !tokens_.joined(after_phrase) || tokens_.capitalized(after_phrase) ||
      tokens_.in(after_phrase, words_.mention_stops))
    return {};
  std::size_t end = after_phrase;
  while (end < limit && end - after_phrase < kMaxBareSourceWords && tokens_.joined(end) &&
         tokens_.gap_before(end).find(',') == std::string_view::npos && !tokens_.in(end, words_.finite_verbs) &&
         !tokens_.in(end, words_.cues) && !tokens_.in(end, words_.complementizers) && !tokens_.in(end, words_.pronouns) &&
         !tokens_.in(end, words_.group_pronouns))
    ++end;
  if (end == after_phrase || end >= limit) return {};
  const std::string_view gap = tokens_.gap_before(end);
  return gap.find(',') != std::string_view::npos && gap.find_first_of(".!?;") == std::string_view::npos ? TokenRange{after_phrase, end}
                                                                                                      : TokenRange{};
}

}  // namespace article_lens
