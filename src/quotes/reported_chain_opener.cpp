// A sentence with a speech cue but no reported clause of its own can open reported speech that
// the sentences after it carry in the Konjunktiv I: "Die Bundesbank-Präsidentin äußerte sich am
// Rande der Tagung. Die Inflation sei noch nicht besiegt." The speaker is the cue's subject.
#include "language/word_set.h"
#include "quotes/attribution.h"

namespace article_lens {

namespace {

// Words of the opener's speaker: a short noun phrase or name ("die Bundesbank-Präsidentin", "er").
// A longer run has taken in the cue's object ("nannte der Berliner das Spiel FC Sachsen Leipzig").
constexpr std::size_t kMaxSpeakerWords = 4;

}  // namespace

Attribution AttributionFinder::chain_opener(std::size_t first, std::size_t last) const {
  if (first >= last || words_.cues.empty()) return {};
  const WordSet& opening_cues = WordSet::shared("chain_opening_cues", words_.language);
  Attribution found = person_with_cue(first, last);
  // (A verb of the list that is no cue elsewhere opens one too: "Oliver Blume verteidigte den
  // Sparkurs. Ohne Einschnitte sei …", "zeigte sich zufrieden", "reagierte gelassen".)
  constexpr std::size_t kMaxOpeningWords = 12;
  for (std::size_t k = first + 1; !found.found() && k < last && k - first <= kMaxOpeningWords; ++k) {
    if (tokens_.capitalized(k) || !opening_cues.contains_folded(tokens_.folded(k))) continue;
    const TokenRange subject = subject_of(k, 1, first, last, words_.verb_second);
    if (!subject.empty()) found = make(subject, k, 1, last);
    break;
  }
  // (A longer one ending in a person the text names is a titled name: "der frühere Staatssekretär
  // Patrick Graichen".)
  if (!found.found() || !mentions_.is_person_like(found.mention) ||
      (found.mention.size() > kMaxSpeakerWords && !mentions_.is_known_person(found.mention.last - 1)))
    return {};
  // Only a verb of speaking (data/chain_opening_cues_<lang>.txt), not in the passive: "Die Zahl
  // wurde nicht bestätigt" has no speaker; nor does "war zu fünf Jahren verurteilt worden".
  const std::size_t cue = tokens_.first_at_or_after(found.cue.begin);
  if (cue >= last || in_passive(cue, last) || !opening_cues.contains_folded(tokens_.folded(cue)))
    return {};
  // (A sentence in the reported mood itself goes on with the speaker before: "…; die Frauen
  // hätten die Vorwürfe nicht bestätigt.")
  if (in_reported_mood(first, last)) return {};
  return found;
}

}  // namespace article_lens
