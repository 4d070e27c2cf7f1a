// Speech whose subject goes unsaid, in the languages that leave it to the verb (Spanish, Italian,
// Portuguese): "Luis Caputo habló. Luego agregó que la inflación bajará.", "Poi aggiunge che la
// Regione «farà ricorso»", "Ha spiegato che ...". The sentence opens with the cue, after adverbs only
// (data/attribution_fillers_<lang>.txt), and the cue's ending carries one person
// (data/subject_in_verb_endings_<lang>.txt) or its auxiliary does (data/singular_auxiliaries_<lang>.txt).
// Without this an adverb or auxiliary opening the sentence read as a name ("Poi", "Ha"). The same
// languages set a subject after such a cue: "Spiega il ministro che ...".
#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/indirect_speech.h"

namespace article_lens {
namespace {

// Adverbs allowed before the cue ("Luego", "Poi", "Además,").
constexpr std::size_t kMaxAdverbWords = 3;

}  // namespace

bool AttributionFinder::opens_with_cue(std::size_t first, std::size_t k) const {
  if (k < first || k - first > kMaxAdverbWords || singular_auxiliaries_.empty() || !tokens_.capitalized(first)) return false;
  for (std::size_t j = first; j < k;) {
    const std::size_t filler = tokens_.phrase_at(words_.fillers, j, k);
    if (!filler || (j > first && !tokens_.joined(j, true))) return false;
    j += filler;
  }
  return true;
}

bool AttributionFinder::unsaid_subject_at(std::size_t first, std::size_t k, std::size_t cue) const {
  if (!cue || !opens_with_cue(first, k)) return false;
  return cue == 1 ? subject_in_ending(k) : singular_auxiliaries_.contains_folded(tokens_.folded(k));
}

Attribution AttributionFinder::unsaid_subject(std::size_t k, std::size_t cue) const {
  Attribution found;
  found.mention = {k, k + cue};
  found.mention_span = found.cue = {tokens_.span(k).begin, tokens_.span(k + cue - 1).end};
  found.pronoun_in_cue = found.subject_in_verb = true;
  return found;
}

bool IndirectSpeechFinder::unsaid_subject(std::size_t first, std::size_t k, std::size_t cue, std::size_t last, ReportedSpeech& found) const {
  const std::size_t after_cue = k + cue;
  if (after_cue >= last || !attribution_.opens_with_cue(first, k)) return false;
  // The subject right after the cue, then the complementizer: "Spiega il ministro che ...", "Fa
  // sapere Palazzo Chigi che ...".
  if (const TokenRange inverted = mentions_.after(after_cue, last); !inverted.empty() && inverted.first == after_cue && inverted.last < last)
    if (const std::size_t complementizer = tokens_.phrase_at(words_.complementizers, inverted.last, last)) {
      found.content = clause(inverted.last + complementizer, last);
      if (found.content.empty()) return false;
      found.attribution.mention = inverted;
      found.attribution.mention_span = {tokens_.span(inverted.first).begin, tokens_.span(inverted.last - 1).end};
      found.attribution.cue = {tokens_.span(k).begin, tokens_.span(after_cue - 1).end};
      return true;
    }
  if (!attribution_.unsaid_subject_at(first, k, cue)) return false;
  const std::size_t complementizer = tokens_.phrase_at(words_.complementizers, after_cue, last);
  if (!complementizer) return false;
  found.content = clause(after_cue + complementizer, last);
  if (found.content.empty()) return false;
  found.attribution = attribution_.unsaid_subject(k, cue);
  return true;
}

}  // namespace article_lens
