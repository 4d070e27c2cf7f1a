// A sentence opening with where or when, then its subject and verb ("During the press conference,
// the minister criticised the plan", "Tras la reunión con los sindicatos, el ministro criticó el
// acuerdo", "En declaraciones a la Cadena SER, la eurodiputada criticó el pacto"): the phrase before
// the comma is the setting, not the words of a "CLAUSE, X said" report.
#include "quotes/indirect_speech.h"
#include "quotes/opening_phrase.h"

namespace article_lens {

bool IndirectSpeechFinder::is_prepositional_opener(std::size_t first, std::size_t end) const {
  // (So is a participle of asking with its object: "Interpellato su Matteo Salvini, Antonio Tajani
  // ha minimizzato"; opening_phrase.cpp.)
  if (end > first && clause_after_opening(tokens_, words_, first) == end) return true;
  // (A setting is short; a longer run is more likely a clause the lists of verbs miss.)
  constexpr std::size_t kMaxSettingWords = 8;
  if (end <= first || end - first > kMaxSettingWords) return false;
  if (!tokens_.in(first, words_.mention_stops) && !tokens_.in(first, words_.topic_prepositions)) return false;
  if (tokens_.in(first, words_.complementizers) || tokens_.in(first, words_.clause_conjunctions) ||
      tokens_.in(first, words_.coordinators))
    return false;
  for (std::size_t k = first + 1; k < end; ++k) {
    if (!tokens_.joined(k)) return false;  // a comma or mark inside: more than one phrase
    if (tokens_.in(k, words_.finite_verbs) || tokens_.in(k, words_.cues) || tokens_.in(k, words_.loaded_cues) ||
        tokens_.in(k, words_.complementizers) || tokens_.in(k, words_.pronouns) || tokens_.in(k, words_.relative_pronouns))
      return false;
  }
  return true;
}

}  // namespace article_lens
