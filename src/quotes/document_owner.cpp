// The body whose document an impersonal cue reads from: "..., говорится в сообщении Минобороны",
// "«...», — отмечается в заявлении МИД России", "..., йдеться в повідомленні Нацполіції". The
// text has no subject, but the document's owner in the genitive after it is who speaks.
#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/name_case.h"

namespace article_lens {

TokenRange AttributionFinder::document_owner(std::size_t k, std::size_t cue_length, std::size_t limit) const {
  if (cue_length != 1 || !WordSet::shared("impersonal_cues", words_.language).contains_folded(tokens_.folded(k))) return {};
  const WordSet& documents = WordSet::shared("speech_documents", words_.language);
  if (documents.empty()) return {};
  // "в сообщении", "в совместном заявлении": the preposition, at most one adjective, the document.
  std::size_t at = k + 1;
  if (at + 2 >= limit || !tokens_.joined(at) || !tokens_.in(at, words_.mention_stops)) return {};
  std::size_t document = at + 1;
  if (!documents.contains_folded(tokens_.folded(document))) ++document;
  if (document + 1 >= limit || !tokens_.joined(document - 1) || !tokens_.joined(document) ||
      !documents.contains_folded(tokens_.folded(document)) || tokens_.capitalized(document))
    return {};
  const std::size_t owner = document + 1;
  if (!tokens_.joined(owner)) return {};
  std::size_t end = owner + 1;
  if (tokens_.capitalized(owner)) {  // a name: "Минобороны РФ", "МИД России"
    const TokenRange named = mentions_.after(owner, limit);
    if (!named.empty() && named.first == owner) end = named.last;
  } else {
    // A body's word in the genitive, and the capitalised name of whose it is: "министерства",
    // "ведомства", "правительства Москвы".
    if (!mentions_.is_source_word(owner) && nominative_body(std::string(tokens_.folded(owner)), words_.language).empty()) return {};
    if (end < limit && tokens_.joined(end) && tokens_.capitalized(end)) {
      const TokenRange whose = mentions_.after(end, limit);
      end = !whose.empty() && whose.first == end ? whose.last : end + 1;
    }
  }
  // One lower-case word that closes the clause belongs to the name: "пресс-службы губернатора.",
  // "Повітряних сил.".
  if (end < limit && tokens_.joined(end) && !tokens_.capitalized(end) && (end + 1 >= limit || !tokens_.joined(end + 1)) &&
      !tokens_.in(end, words_.mention_stops) && !tokens_.in(end, words_.cues) && !words_.time_words.contains_folded(tokens_.folded(end)))
    ++end;
  return {owner, end};
}

}  // namespace article_lens
