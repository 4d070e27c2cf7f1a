// A group named only by its plural noun in the genitive after a phrase that governs the genitive:
// "Według okolicznych sklepikarzy remont ...", "По словам рыбаков лед ...", "За словами місцевих
// волонтерів допомогу ...", also a share of it ("Zdaniem części ekonomistów"). The group-noun list
// cannot hold every trade or crowd the press quotes, but the opener fixes the case, and the
// plural's ending tells a group of people from a thing
// (data/group_genitive_endings_<lang>.txt). The source ends at a comma, or before a lower-case word
// that cannot go on naming it (data/source_continuation_endings_<lang>.txt).
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/indirect_speech.h"

namespace article_lens {

TokenRange IndirectSpeechFinder::genitive_group_source(std::size_t k, std::size_t after_cue, std::size_t last) const {
  constexpr std::size_t kMaxAdjectives = 2;  // "wielu okolicznych", "деяких місцевих"
  constexpr std::size_t kMinStem = 3;
  if (after_cue >= last || !tokens_.joined(after_cue) || !after_genitive_opener(k, after_cue)) return {};
  // A share of the group before it: "Zdaniem części ekonomistów", "по мнению большинства
  // опрошенных" (data/group_quantifiers_<lang>.txt).
  const std::size_t group = after_cue + (WordSet::shared("group_quantifiers", words_.language).contains_folded(tokens_.folded(after_cue)) &&
                                         after_cue + 1 < last && tokens_.joined(after_cue + 1) ? 1 : 0);
  std::size_t noun = group;
  while (noun < last && noun - group < kMaxAdjectives && tokens_.joined(noun + 1) && !tokens_.capitalized(noun) &&
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

namespace article_lens {

std::size_t IndirectSpeechFinder::past_group_origin(TokenRange mention, std::size_t source_end, std::size_t last) const {
  // "Według lekarzy ze szpitala w Tychach stan pacjenta ...", "Według policjantów z drogówki
  // kierowca ...": where the group is from runs on after its link (data/origin_links_<lang>.txt),
  // a word at least, over places after a preposition, to the first lower-case word that cannot go
  // on naming it.
  constexpr std::size_t kMaxOriginWords = 5;
  if (mention.empty() || source_end + 2 >= last || !tokens_.joined(source_end) || !tokens_.joined(source_end + 1) ||
      !words_.origin_links.contains_folded(tokens_.folded(source_end)))
    return 0;
  const std::size_t head = mention.last - 1;
  if (tokens_.capitalized(head) ||
      !(tokens_.in(head, words_.group_nouns) || tokens_.in(head, words_.anonymous_sources) ||
        lang_data::ends_with_entry("group_genitive_endings", words_.language, tokens_.folded(head), 3)))
    return 0;
  std::size_t end = source_end + 2;
  while (end < last && end - source_end <= kMaxOriginWords && tokens_.joined(end) &&
         (tokens_.capitalized(end) || tokens_.in(end, words_.mention_stops) || tokens_.in(end - 1, words_.mention_stops) ||
          !opens_after_source(end)))
    ++end;
  if (end >= last || end - source_end > kMaxOriginWords || !tokens_.joined(end) || tokens_.capitalized(end) ||
      last - end < kMinClauseWords || tokens_.in(end, words_.complementizers) || tokens_.in(end, words_.cues))
    return 0;
  return end;
}

}  // namespace article_lens
