// A German source named with an extended attribute between its article and its noun: "sagte eine
// mit den Plänen vertraute Person", "sagten zwei mit der Sache vertraute Insider", "so ein mit den
// Gesprächen vertrauter Diplomat". The preposition that opens the attribute would otherwise
// stop the mention at its article (data/attribute_prepositions_<lang>.txt,
// attribute_participle_endings_<lang>.txt).
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/mentions.h"

namespace article_lens {

std::size_t MentionFinder::extended_attribute_end(std::size_t first, std::size_t limit) const {
  constexpr std::size_t kMaxAttributeWords = 6;  // "mit den laufenden Verhandlungen eng vertraute"
  constexpr std::size_t kMinStem = 3;
  if (!words_.capitalised_nouns || first + 3 >= limit) return 0;
  if (tokens_.capitalized(first) && !is_description_start(first)) return 0;  // (before any table lookup: this runs per mention)
  const WordSet& prepositions = *attribute_prepositions_;
  if (prepositions.empty()) return 0;
  // An article or a number word before it ("eine", "zwei"), or none ("mit der Sache vertraute Personen").
  std::size_t k = first;
  if (!prepositions.contains_folded(tokens_.folded(k))) {
    if (tokens_.capitalized(k) || tokens_.in(k, words_.mention_stops) || k + 1 >= limit || !tokens_.joined(k + 1)) return 0;
    ++k;
  }
  if (tokens_.capitalized(k) || !prepositions.contains_folded(tokens_.folded(k))) return 0;
  for (std::size_t m = k + 2; m + 1 < limit && m + 1 - k <= kMaxAttributeWords && tokens_.joined(m) && tokens_.joined(m + 1); ++m) {
    if (tokens_.in(m, words_.cues) || tokens_.in(m, words_.complementizers) || tokens_.in(m, words_.coordinators)) return 0;
    if (tokens_.capitalized(m) || !tokens_.capitalized(m + 1)) continue;
    const bool person = is_source_word(m + 1) || tokens_.title(m + 1) ||
                        attribute_nouns_->contains_folded(tokens_.folded(m + 1));
    return person && lang_data::ends_with_entry("attribute_participle_endings", words_.language, tokens_.folded(m), kMinStem) ? m + 2 : 0;
  }
  return 0;
}

}  // namespace article_lens
