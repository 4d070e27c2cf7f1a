// Reported speech that goes on without a cue: German reports in the Konjunktiv I, and a sentence in
// that mood right after speech continues it ("„Wir brauchen Wohnungen“, sagte Scholz. Die Lage sei
// angespannt."). The narrator does not use the mood, so the sentence is the speaker's, not the
// article's; who said it is left to the speaker book (the last speaker, when close).
#include "language/lang_tables.h"
#include "quotes/indirect_speech.h"

namespace article_lens {

namespace {

bool ends_in(std::string_view kind, std::string_view language, std::string_view word) {
  for (std::string_view ending : lang_data::entries(kind, language))
    if (word.size() > ending.size() + 1 && word.ends_with(ending)) return true;
  return false;
}

}  // namespace

bool IndirectSpeechFinder::in_reported_mood(std::size_t first, std::size_t last) const {
  bool continues = false;
  for (std::string_view trait : lang_data::entries("speech_mood", words_.language))
    continues = continues || trait == "continues-in-reported-mood";
  if (!continues) return false;
  const WordSet& subjects = WordSet::shared("reported_subjects", words_.language);
  for (std::size_t k = first; k < last; ++k) {
    if (tokens_.capitalized(k) && k > first) continue;  // a noun, not a verb
    if (tokens_.in(k, words_.reported_speech_markers)) return true;
    // A verb in -e next to "er", "sie", "man": "Sie hoffe", "Zudem bedaure er" (not "er sagte").
    if (subjects.empty()) continue;
    const bool subject_next = (k > first && subjects.contains_folded(tokens_.folded(k - 1))) ||
                              (k + 1 < last && subjects.contains_folded(tokens_.folded(k + 1)));
    const std::string_view word = tokens_.folded(k);
    if (subject_next && !tokens_.capitalized(k) && !subjects.contains_folded(word) &&
        ends_in("subjunctive_endings", words_.language, word) && !ends_in("indicative_endings", words_.language, word))
      return true;
  }
  return false;
}

}  // namespace article_lens
