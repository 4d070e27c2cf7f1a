// An office and the body or place it serves, read back from the end of a mention before a cue,
// where a name ends the words but does not name the speaker: "Le président du groupe LR a
// déclaré" (the name qualifies a lower-case noun), "El técnico alemán del Barça añadió" (an
// adjective after the office), "La présidente du groupe RN à l'Assemblée a annoncé" (the place
// where the office is held). The office heads the mention; the speaker resolver reads it as a
// description. Not where every noun is capitalised (German), whose bodies read otherwise.
#include "language/word_set.h"
#include "quotes/mentions.h"

namespace article_lens {

bool MentionFinder::plain_common_word(std::size_t k) const {
  return !words_.capitalised_nouns && !tokens_.capitalized(k) && tokens_.joined(k) && !tokens_.title(k) && !is_source_word(k) &&
         !is_description_start(k) && !tokens_.in(k, words_.mention_stops) && !tokens_.in(k, words_.mention_links) &&
         !tokens_.in(k, words_.cues);
}

std::size_t MentionFinder::office_of_body_noun(std::size_t noun, std::size_t start) const {
  if (noun <= start + 1 || !plain_common_word(noun) || is_pronoun(noun) || tokens_.in(noun, words_.complementizers)) return noun;
  // (The noun's article may follow the link: "de la région".)
  const std::size_t article = noun > start + 2 && is_description_start(noun - 1) && tokens_.joined(noun - 1) ? 1 : 0;
  const std::size_t link = tokens_.phrase_ending_at(words_.mention_links, noun - article - 1, start);
  if (!link || noun - article - link <= start || !tokens_.joined(noun - article - link + 1)) return noun;
  const std::size_t title = title_ending_at(noun - article - link - 1, start);
  if (!title || noun - article - link - title < start || !tokens_.joined(noun - article - link)) return noun;
  std::size_t office = noun - article - link - title;
  while (office > start && tokens_.in(office - 1, words_.title_modifiers)) --office;
  if (office > start && is_description_start(office - 1)) --office;
  return office;
}

std::size_t MentionFinder::over_office_adjective(std::size_t head, std::size_t start) const {
  // ("le ministre français de l'Intérieur", "il tecnico salentino del Napoli".)
  return head > start + 1 && plain_common_word(head) && tokens_.title(head - 1) ? head - 1 : head;
}

TokenRange MentionFinder::office_with_place(std::size_t first, std::size_t end, std::size_t floor) const {
  // ("Le président du groupe LR au Sénat a déclaré", "Il capogruppo della Lega alla Camera ha detto".)
  if (first <= floor + 2 || !tokens_.joined(first) || !tokens_.joined(first - 1) ||
      !WordSet::shared("place_links", words_.language).contains_folded(tokens_.folded(first - 1)))
    return {};
  const TokenRange office = plain_before(first - 1, floor);
  if (office.empty() || office.last != first - 1 || !is_description_start(office.first) || !title_at(office.first + 1, office.last))
    return {};
  return {office.first, end};
}

}  // namespace article_lens
