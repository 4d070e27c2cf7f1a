// The person a lead-in quotes: "Ein Fernsehsender zitierte Papandreou mit den Worten: „…“", "the
// agency quoted a union source as saying". The quoting verb's subject only passes the words on;
// its object said them.
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/attribution.h"

namespace article_lens {

TokenRange AttributionFinder::quoting_verb_object(TokenRange subject, std::size_t limit) const {
  // (The verb follows its subject closely: "Die Agentur AFP zitierte am Abend …" is one word away.)
  constexpr std::size_t kMaxWordsToVerb = 3;
  if (subject.empty() || words_.quoting_verbs.empty()) return {};
  for (std::size_t v = subject.last; v < limit && v <= subject.last + kMaxWordsToVerb; ++v) {
    if (!words_.quoting_verbs.contains_folded(tokens_.folded(v))) continue;
    if (v + 1 >= limit || !tokens_.joined(v + 1)) return {};
    const TokenRange object = mentions_.after(v + 1, limit);
    // A person, or a capitalised word with no article before it, a name where nouns are capitalised
    // too ("zitierte Papandreou"; not "zitierte den Bericht").
    constexpr std::size_t kMaxNameWords = 3;
    if (object.empty() || object.first != v + 1 || object.last > limit) return {};
    if (mentions_.is_person_like(object) ||
        (tokens_.capitalized(object.first) && !tokens_.in(object.first, words_.determiners) && object.size() <= kMaxNameWords))
      return object;
    return {};
  }
  return {};
}

TokenRange AttributionFinder::words_owner_before(std::size_t cue, std::size_t floor) const {
  // "Слова Дмитрия Пескова приводит ТАСС:", "Такі слова Зеленського навела пресслужба:": where
  // the object may open the clause, the owner of the words quoted speaks (data/quoted_words_<lang>.txt;
  // one word may stand before them: "Такі", "Эти"). Not after another cue: "Слова Буданова
  // підтвердив речник" is the spokesman's.
  const WordSet& said = WordSet::shared("quoted_words", words_.language);
  if (!words_.names_after_nouns || said.empty() || cue <= floor + 1 || !words_.quoting_verbs.contains_folded(tokens_.folded(cue)))
    return {};
  for (std::size_t j = floor; j <= floor + 1 && j + 1 < cue; ++j) {
    if (!said.contains_folded(tokens_.folded(j))) continue;
    const TokenRange owner = mentions_.after(j + 1, cue);
    if (owner.empty() || owner.first != j + 1 || owner.last != cue || !tokens_.joined(j + 1) || !mentions_.is_person_like(owner)) return {};
    return owner;
  }
  return {};
}

TokenRange AttributionFinder::object_before_subject(std::size_t cue, TokenRange speaker) const {
  // (Where the subject may stand after its verb and object: the object is a known person, its name
  // declined, not the outlet that quotes: "цитирует ТАСС пресс-секретаря".)
  if (!words_.names_after_nouns || speaker.empty()) return speaker;
  // (Or the medium is a noun, right after the verb, then the person it quotes: "— цитирует издание
  // Илью Лантратова"; data/group_nouns_<lang>.txt.)
  constexpr std::size_t kMaxNameWords = 3;
  if (speaker.first == cue + 1 && speaker.size() >= 3 && speaker.size() <= kMaxNameWords + 1 && !tokens_.capitalized(speaker.first) &&
      tokens_.in(speaker.first, words_.group_nouns) && tokens_.joined(speaker.first + 1)) {
    const TokenRange named{speaker.first + 1, speaker.last};
    bool capitalised = true;
    for (std::size_t k = named.first; k < named.last; ++k) capitalised = capitalised && tokens_.capitalized(k);
    if (capitalised && mentions_.is_person_like(named)) return named;
  }
  if (speaker.first <= cue + 1) return speaker;
  const TokenRange object = mentions_.after(cue + 1, speaker.first);
  if (object.empty() || object.first != cue + 1 || object.last != speaker.first || !tokens_.joined(cue + 1)) return speaker;
  for (std::size_t k = object.first; k < object.last; ++k)
    if (tokens_.capitalized(k) && mentions_.is_known_person(k)) return object;
  return speaker;
}

TokenRange AttributionFinder::quoted_as(std::size_t cue, std::size_t cue_length, std::size_t limit) const {
  constexpr std::size_t kMaxObjectWords = 8;
  const WordSet& verbs = WordSet::shared("quoted_as_verbs", words_.language);
  if (verbs.empty() || cue_length != 1) return {};
  // The cue may be the link's verb itself ("... quoted the president as saying: “...”"): back to
  // the quoting verb.
  if (!verbs.contains_folded(tokens_.folded(cue))) {
    for (std::size_t v = cue; v-- > 0 && cue - v <= kMaxObjectWords + 2 && tokens_.joined(v + 1, true);) {
      if (!verbs.contains_folded(tokens_.folded(v))) continue;
      const TokenRange object = quoted_as(v, 1, limit);
      return !object.empty() && object.last + 2 >= cue && object.last < cue ? object : TokenRange{};
    }
    return {};
  }
  const WordSet& links = WordSet::shared("speech_as_links", words_.language);
  const std::size_t object = cue + 1;
  auto link_at = [&](std::size_t j) {
    std::string phrase(tokens_.folded(j));
    for (std::size_t n = 1; n < 3 && j + n < limit && tokens_.joined(j + n); ++n) {
      phrase.append(" ").append(tokens_.folded(j + n));
      if (links.contains_folded(phrase)) return true;
    }
    return false;
  };
  for (std::size_t j = object + 1; j < limit && j - object <= kMaxObjectWords && tokens_.joined(j, true); ++j) {
    if (!link_at(j)) continue;
    const TokenRange speaker = mentions_.after(object, j);
    return !speaker.empty() && speaker.first == object && speaker.last == j ? speaker : TokenRange{};
  }
  return {};
}

TokenRange AttributionFinder::object_before_outlet(std::size_t cue, TokenRange speaker) const {
  // "«…», — цитирует голкипера сайт клуба", "— приводит слова защитника пресс-служба": where the
  // subject follows its verb and object, a run after a quoting verb (or the words it names) that
  // opens with a title and ends with the medium (its noun, perhaps after an adjective, or an agency:
  // data/group_nouns_<lang>.txt, told_outlets_<lang>.txt) is the person quoted up to it.
  constexpr std::size_t kMaxPersonWords = 3;  // "пресс-секретаря президента России"
  if (!words_.names_after_nouns || speaker.size() < 2) return speaker;
  const WordSet& said = WordSet::shared("quoted_words", words_.language);
  const bool after_words = speaker.first == cue + 2 && said.contains_folded(tokens_.folded(cue + 1));
  if ((speaker.first != cue + 1 && !after_words) || tokens_.capitalized(speaker.first) || !mentions_.title_at(speaker.first, speaker.last))
    return speaker;
  for (std::size_t k = speaker.first + 1; k < speaker.last && k - speaker.first <= kMaxPersonWords; ++k) {
    const bool adjective = k + 1 < speaker.last && tokens_.in(k + 1, words_.group_nouns) &&
                           lang_data::ends_with_entry("apposition_adjective_endings", words_.language, tokens_.folded(k), 3);
    if (tokens_.in(k, words_.group_nouns) || adjective ||
        WordSet::shared("told_outlets", words_.language).contains_folded(tokens_.folded(k)))
      return {speaker.first, k};
  }
  return speaker;
}

}  // namespace article_lens
