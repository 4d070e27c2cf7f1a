// A group named only by its plural noun in the genitive after a phrase that governs the genitive:
// "Według okolicznych sklepikarzy remont ...", "По словам рыбаков лед ...", "За словами місцевих
// волонтерів допомогу ...". The group-noun list cannot hold every trade or crowd the press quotes,
// but the opener fixes the case, and the plural's ending tells a group of people from a thing
// (data/group_genitive_endings_<lang>.txt). The source ends at a comma, or before a lower-case word
// that cannot go on naming it (data/source_continuation_endings_<lang>.txt).
#include "language/lang_tables.h"
#include "quotes/indirect_speech.h"

namespace article_lens {

TokenRange IndirectSpeechFinder::genitive_group_source(std::size_t k, std::size_t after_cue, std::size_t last) const {
  constexpr std::size_t kMaxAdjectives = 2;  // "wielu okolicznych", "деяких місцевих"
  constexpr std::size_t kMinStem = 3;
  if (after_cue >= last || !tokens_.joined(after_cue) || !after_genitive_opener(k, after_cue)) return {};
  std::size_t noun = after_cue;
  while (noun < last && noun - after_cue < kMaxAdjectives && tokens_.joined(noun + 1) && !tokens_.capitalized(noun) &&
         (tokens_.in(noun, words_.indefinites) ||
          lang_data::ends_with_entry("adjective_endings", words_.language, tokens_.folded(noun), kMinStem)))
    ++noun;
  if (noun + 1 >= last || tokens_.capitalized(noun) || tokens_.in(noun, words_.mention_stops) ||
      !lang_data::ends_with_entry("group_genitive_endings", words_.language, tokens_.folded(noun), kMinStem))
    return {};
  const std::size_t next = noun + 1;
  const bool comma = tokens_.gap_before(next).find(',') != std::string_view::npos;
  if (!comma && (!tokens_.joined(next) || tokens_.capitalized(next) || tokens_.in(next, words_.mention_stops) ||
                 tokens_.in(next, words_.mention_links) || tokens_.in(next, words_.complementizers) || !opens_after_source(next)))
    return {};
  if (last - next < kMinClauseWords) return {};
  return {after_cue, next};
}

}  // namespace article_lens
