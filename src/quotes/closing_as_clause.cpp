// A report closed by a subordinate clause that names its source, the verb last: "Die Ernte fällt
// geringer aus, wie der Bauernpräsident am Montag sagte." / "…, wie die Polizei mitteilte." The
// opener is data (data/source_clause_openers_<lang>.txt: "wie"); the same clause opening the
// sentence ("Wie die Polizei mitteilte, …") is read by AttributionFinder::subject_of, but for an
// impersonal one, read here ("Wie es aus Regierungskreisen hieß, …").
#include "quotes/indirect_speech.h"
#include "quotes/report_gaps.h"
#include "quotes/people.h"

namespace article_lens {

using report_gaps::ends_clause;
using report_gaps::has;

namespace {

// Words of the closing clause: the opener, the source, a time or place, the verb.
constexpr std::size_t kMaxClosingWords = 10;
// Words of the report before it.
constexpr std::size_t kMinReportWords = 3;
// Auxiliaries after the verb ("wie der Minister gesagt hatte").
constexpr std::size_t kMaxAuxiliaries = 1;

}  // namespace

bool IndirectSpeechFinder::closing_as_clause(std::size_t first, std::size_t last, ReportedSpeech& found) const {
  if (!words_.verb_second || words_.source_clause_openers.empty() || last < first + kMinReportWords + 3) return false;
  // The verb closes the sentence, perhaps with an auxiliary after it.
  for (std::size_t aux = 0; aux <= kMaxAuxiliaries && last > first + aux + 1; ++aux) {
    const std::size_t end = last - aux;  // the verb's clause ends before `end`
    if (aux > 0 && (tokens_.capitalized(end) || !words_.perfect_auxiliaries.contains_folded(tokens_.folded(end)))) return false;
    for (std::size_t k = end - 1; k > first && end - k <= 2; --k) {
      std::size_t cue = attribution_.cue_at(k, end, false);
      // ("hieß" closes "wie es aus Regierungskreisen hieß" without its "es" after it.)
      if (!cue && k + 1 == end && WordSet::shared("impersonal_cues", words_.language).contains_folded(tokens_.folded(k))) cue = 1;
      if (!cue || k + cue != end || tokens_.capitalized(k) || attribution_.is_source_phrase(k, end)) continue;
      // Back to the opener after a comma, over the source.
      for (std::size_t w = k; w-- > first + kMinReportWords && k - w <= kMaxClosingWords;) {
        if (ends_clause(tokens_.gap_before(w + 1))) return false;
        if (!words_.source_clause_openers.contains_folded(tokens_.folded(w))) continue;
        if (!has(tokens_.gap_before(w), ',') || !tokens_.joined(w + 1)) return false;
        TokenRange source = mentions_.after(w + 1, k);
        // "…, wie es aus Regierungskreisen hieß.": after an impersonal subject, the source is
        // named right before the verb.
        const bool impersonal = WordSet::shared("impersonal_pronouns", words_.language).contains_folded(tokens_.folded(w + 1));
        if (impersonal) {
          source = impersonal_source(w + 2, k);
          if (source.empty()) return false;
        } else if (source.empty() || source.first != w + 1 ||
                   !(mentions_.is_person_like(source) || mentions_.is_description_start(source.first))) {
          return false;
        }
        found.content = clause(first, w);
        if (found.content.empty()) return false;
        found.attribution.mention = source;
        found.attribution.mention_span = {tokens_.span(source.first).begin, tokens_.span(source.last - 1).end};
        found.attribution.cue = {tokens_.span(k).begin, tokens_.span(k + cue - 1).end};
        return true;
      }
      return false;
    }
  }
  return false;
}

TokenRange IndirectSpeechFinder::impersonal_source(std::size_t from, std::size_t k) const {
  // Past its preposition ("aus", "in"), up to the verb at k: a person, a source, or a body ("aus
  // dem Ministerium", "aus Regierungskreisen").
  if (from < k && WordSet::shared("source_prepositions", words_.language).contains_folded(tokens_.folded(from))) ++from;
  const TokenRange source = from < k ? mentions_.after(from, k) : TokenRange{};
  bool body = false;
  for (std::size_t m = source.first; m < source.last && !body; ++m)
    body = tokens_.capitalized(m) && names_a_body(words_, tokens_.folded(m), true);
  if (source.empty() || source.first != from || source.last != k || !(mentions_.is_person_like(source) || body)) return {};
  return source;
}

bool IndirectSpeechFinder::opening_impersonal_clause(std::size_t first, std::size_t last, ReportedSpeech& found) const {
  // "Wie es aus Regierungskreisen hieß, sei die Lage ernst.": the clause opens the sentence with an
  // impersonal subject, which AttributionFinder::subject_of reads for no source.
  if (!words_.verb_second || words_.source_clause_openers.empty() || last < first + kMinReportWords + 5 ||
      !words_.source_clause_openers.contains_folded(tokens_.folded(first)) || !tokens_.joined(first + 1) ||
      !WordSet::shared("impersonal_pronouns", words_.language).contains_folded(tokens_.folded(first + 1)))
    return false;
  const WordSet& impersonal_cues = WordSet::shared("impersonal_cues", words_.language);
  for (std::size_t k = first + 3; k + kMinReportWords < last && k - first <= kMaxClosingWords; ++k) {
    if (ends_clause(tokens_.gap_before(k))) return false;
    if (!has(tokens_.gap_before(k + 1), ',')) continue;
    if (!impersonal_cues.contains_folded(tokens_.folded(k))) return false;
    const TokenRange source = impersonal_source(first + 2, k);
    // (Or the document the words stand in, which names no one: "Wie es in der Mitteilung des
    // Ministeriums heißt, …"; data/document_prepositions_<lang>.txt.)
    bool document = source.empty() && WordSet::shared("document_prepositions", words_.language).contains_folded(tokens_.folded(first + 2));
    for (std::size_t m = first + 3; document && m < k; ++m)
      document = tokens_.joined(m) && !mentions_.is_known_person(m) && !mentions_.is_pronoun(m) && !tokens_.in(m, words_.cues);
    if (source.empty() && !document) return false;
    found.content = clause(k + 1, last);
    if (found.content.empty()) return false;
    if (!source.empty()) {
      found.attribution.mention = source;
      found.attribution.mention_span = {tokens_.span(source.first).begin, tokens_.span(source.last - 1).end};
    }
    found.attribution.cue = {tokens_.span(k).begin, tokens_.span(k).end};
    return true;
  }
  return false;
}

}  // namespace article_lens
