// The run of words that ends before a token, read as one mention: a name with its titles and
// the body it serves ("Belarusian President Aleksandr Lukashenko", "Jane Doe of the Heritage
// Foundation", "un porte-parole du ministère des Armées"), else a description back to its article
// ("a spokesman for the company"). mention_before.cpp decides where that end is (commas,
// appositions, fillers); this file reads the words before it.
#include <algorithm>

#include "language/word_set.h"
#include "quotes/mentions.h"
#include "quotes/people.h"

namespace article_lens {

bool MentionFinder::describes_body(std::size_t k) const {
  return !tokens_.capitalized(k) && !tokens_.title(k) && !tokens_.in(k, words_.cues) && !tokens_.in(k, words_.mention_stops) &&
         !tokens_.in(k, words_.mention_links) && !tokens_.in(k, words_.complementizers) && !tokens_.in(k, words_.coordinators) &&
         !is_pronoun(k) && !is_description_start(k);
}

bool MentionFinder::joins_body_topics(std::size_t k, std::size_t floor) const {
  // Where nouns are capitalised, "und" between two nouns after a body's link names both topics
  // of one body: "Bundesministerium für Ernährung und Landwirtschaft"; or right after the body's
  // word: "Gewerkschaft Erziehung und Wissenschaft".
  if (!words_.capitalised_nouns || k < floor + 2 || k + 1 >= tokens_.size() || !tokens_.in(k, words_.coordinators) ||
      !tokens_.joined(k) || !tokens_.joined(k + 1) || !tokens_.joined(k - 1) || !tokens_.capitalized(k + 1) ||
      !tokens_.capitalized(k - 1) || is_known_person(k - 1) || is_known_person(k + 1))
    return false;
  const bool linked = k >= floor + 3 && !tokens_.capitalized(k - 2) && tokens_.in(k - 2, words_.mention_links) &&
                      !tokens_.in(k - 2, words_.determiners) && tokens_.capitalized(k - 3);
  if (!linked && !tokens_.capitalized(k - 2)) return false;
  // (The body in the genitive too: "des Bundesministeriums", "des Bundesamtes".)
  std::string_view body = tokens_.folded(linked ? k - 3 : k - 2);
  for (const std::string_view ending : {"", "s", "es"})
    if (body.size() > ending.size() + 3 && body.ends_with(ending) &&
        names_a_body(words_, body.substr(0, body.size() - ending.size()), true))
      return true;
  return false;
}

std::size_t MentionFinder::body_name_link(std::size_t k, std::size_t floor) const {
  // "het Centraal Bureau voor de Statistiek", "de Inspectie voor de Gezondheidszorg": a link inside
  // a body's name, after its capitalised body word and before a capitalised word, over an article
  // (data/body_name_links_<lang>.txt). Its words, or 0.
  const LexiconSet& links = words_.body_name_links;
  if (links.empty() || k <= floor || k + 1 >= tokens_.size() || !links.contains_folded(tokens_.folded(k)) || !tokens_.joined(k) ||
      !tokens_.capitalized(k - 1) || !names_a_body(words_, tokens_.folded(k - 1), true))
    return 0;
  const std::size_t article = tokens_.in(k + 1, words_.determiners) && !tokens_.capitalized(k + 1) ? 1 : 0;
  const std::size_t name = k + 1 + article;
  return name < tokens_.size() && tokens_.joined(k + 1) && tokens_.joined(name) && tokens_.capitalized(name) ? 1 + article : 0;
}

TokenRange MentionFinder::plain_before(std::size_t end, std::size_t floor) const {
  if (end <= floor) return {};
  const std::size_t last = end - 1;
  if (is_pronoun(last)) return {last, end};
  if (tokens_.in(last, words_.mention_stops)) return {};
  // A link joins a role to what follows it and never ends a mention: "scolded Romney for suggesting".
  if (!tokens_.capitalized(last) && tokens_.in(last, words_.mention_links)) return {};
  std::size_t start = last;
  while (start > floor && tokens_.joined(start) && end - start < kMaxWords) {
    // A stop ends the mention unless it links (read only at a stop: the words before it are looked up).
    auto link = [&] {
      return tokens_.phrase_ending_at(words_.mention_links, start - 1, floor) > 0 || role_link(start - 1) ||  // "sources close to"
             joins_body_topics(start - 1, floor) ||  // "das Bundesamt für Migration und Flüchtlinge"
             body_name_link(start - 1, floor) > 0;   // "de Raad voor de Kinderbescherming"
    };
    // (A preposition that joins a named person to their body, where it is also a stop: "prokurator
    // Jan Nowak z Prokuratury Okręgowej"; data/origin_links_<lang>.txt.)
    auto origin = [&] {
      return start > floor + 1 && tokens_.capitalized(start) && tokens_.joined(start - 1) &&
             words_.origin_links.contains_folded(tokens_.folded(start - 1)) && is_name_word(start - 2);
    };
    // (Nor over a finite auxiliary: in "Der Arzt hat optimistisch erklärt" the subject stands before it.)
    // (A cue word modifying the head noun is part of the description: "the 24-time grand slam champion said".)
    auto compound = [&] {
      return start == last && end < tokens_.size() && !words_.is_participle(tokens_.folded(end)) && cue_in_description(start - 1);
    };
    if ((tokens_.in(start - 1, words_.mention_stops) && !link() && !origin()) || (tokens_.in(start - 1, words_.cues) && !compound()) ||
        tokens_.in(start - 1, words_.complementizers) ||
        (!tokens_.capitalized(start - 1) && words_.perfect_auxiliaries.contains_folded(tokens_.folded(start - 1))))
      break;
    --start;
  }
  if (words_.capitalised_nouns && !is_name_word(last) && could_be_name(last) && (last == floor || !tokens_.joined(last)))
    return {last, end};  // "Barth meint:", "EBay-Deutschland gab dazu bekannt:"
  // A title of several words that ends in a capital, read whole: "Le garde des Sceaux a répondu",
  // where "des Sceaux" would read as a name with its particle.
  constexpr std::size_t kMinCapitalEndedTitle = 3;
  if (const std::size_t title = is_name_word(last) ? title_ending_at(last, start) : 0;
      title >= kMinCapitalEndedTitle && !tokens_.capitalized(last + 1 - title) && last + 1 - title >= start) {
    std::size_t first = last + 1 - title;
    while (first > start && tokens_.in(first - 1, words_.title_modifiers)) --first;
    if (first > start && is_description_start(first - 1)) --first;
    return {first, end};
  }
  if (is_name_word(last)) {
    // The name, then the titles and name-like words before it ("Belarusian President Aleksandr
    // Lukashenko", "foreign minister Sergei Lavrov"), then a determiner ("the").
    std::size_t first = last;
    // A place or body after the person's name belongs to the mention ("Rep. Tom Cole of Oklahoma",
    // "Meenakshi Ganguly of Human Rights Watch"); twice at most ("of the Patriarchate of Jerusalem").
    for (int origins = 0;; ++origins) {
      for (bool grew = true; grew;) {
        grew = false;
        while (first > start && is_name_word(first - 1)) --first, grew = true;
        // One or two particles inside the name ("Luiz Inácio Lula da Silva", "Ursula von der Leyen").
        for (std::size_t particle = first; particle > start + 1 && first - particle < 2 &&
                                           tokens_.in(particle - 1, words_.name_particles) && tokens_.joined(particle);) {
          --particle;
          if (is_name_word(particle - 1) && tokens_.joined(particle)) {
            first = particle - 1, grew = true;
            break;
          }
        }
        if (first > start) {
          const std::size_t title = title_ending_at(first - 1, start);
          if (title) first -= title, grew = true;
        }
        if (const std::size_t particles = particles_before_family_name(first, start)) first -= particles, grew = true;
      }
      std::size_t link = first > start && is_description_start(first - 1) ? first - 1 : first;
      // (Over one lower-case word describing the body: "Jane Doe of the conservative Heritage
      // Foundation", "Jonah Goldberg of the anti-Trump National Review".)
      if (link == first && first > start + 1 && tokens_.joined(first) && tokens_.joined(first - 1) && describes_body(first - 1) &&
          is_description_start(first - 2))
        link = first - 2;
      // (Where nouns take no article, over the capitalised words of a body the name words stopped
      // at: "Krzysztof Kopania z Prokuratury Okręgowej", where "Prokuratury" heads a body.)
      constexpr std::size_t kMaxBodyWords = 3;
      for (std::size_t body = link; words_.names_after_nouns && body > start + 2 && link - body < kMaxBodyWords &&
                                    tokens_.joined(body) && tokens_.capitalized(body - 1);
           --body)
        if (tokens_.joined(body - 1) && words_.origin_links.contains_folded(tokens_.folded(body - 2))) {
          link = body - 1;
          break;
        }
      if (origins == 2 || link < start + 2 || !tokens_.joined(link) || !tokens_.joined(link - 1) ||
          !words_.origin_links.contains_folded(tokens_.folded(link - 1)) || !is_name_word(link - 2))
        break;
      first = link - 2;
    }
    // A body named with a link inside its name: "the Club for Growth", "Americans for Prosperity".
    while (first >= start + 2 && tokens_.joined(first) && tokens_.joined(first - 1) && !tokens_.capitalized(first - 1) &&
           tokens_.in(first - 1, words_.mention_links) && !tokens_.in(first - 1, words_.mention_stops) &&
           is_name_word(first - 2) && !tokens_.title(first - 2)) {
      first -= 2;
      while (first > start && is_name_word(first - 1)) --first;
    }
    // (Over a link inside a body's name and its article: "het Centraal Bureau voor de Statistiek".)
    for (std::size_t link = 1; link <= 2; ++link)
      if (first >= start + link + 1 && body_name_link(first - link, start) == link) {
        first -= link + 1;
        while (first > start && is_name_word(first - 1)) --first;
        break;
      }
    if (first > start && is_description_start(first - 1)) --first;
    // (An article that is the link itself, after an office: "la ministre des Finances", where "des"
    // opens the body's name; the office and its article head the mention.)
    if (first > start + 1 && first < end && tokens_.in(first, words_.mention_links) && tokens_.joined(first) &&
        is_description_start(first) && tokens_.capitalized(first + 1) && !tokens_.capitalized(first))
      if (const std::size_t title = title_ending_at(first - 1, start); title && first - title >= start) {
        first -= title;
        while (first > start && tokens_.in(first - 1, words_.title_modifiers)) --first;
        if (first > start && is_description_start(first - 1)) --first;
      }
    if (first > start + 2 && first < end && tokens_.joined(first) && could_be_name(first))
      if (const std::size_t office = office_of_body_noun(first - 1, start); office < first - 1) return {office, end};  // "Le président du groupe LR"
    // The body a source speaks for: "a spokesman for the Kremlin", "Sources close to the White
    // House", "Fuentes del Gobierno" -- the role or source word before the link heads the mention.
    // (The article may be the link itself: "du ministère des Armées".)
    const bool article_link = first > start + 1 && first < end && tokens_.in(first, words_.mention_links) && is_description_start(first) &&
                              !tokens_.capitalized(first) && tokens_.joined(first);
    if (const std::size_t link = first > start + 1 ? std::max<std::size_t>(tokens_.phrase_ending_at(words_.mention_links, first - 1, start),
                                                                          role_link(first - 1) ? 1 : 0)
                                                   : 0;
        (link && first - link > start) || article_link) {
      std::size_t head = link && first - link > start ? first - link - 1 : first - 1;
      // Over a body's name that opens with a capitalised word before its own link ("fuentes del
      // Ministerio de Sanidad", "fontes do Palácio do Planalto"), or with a lower-case noun where
      // bodies are so written ("un porte-parole du ministère de la Défense").
      for (std::size_t at = head, bodies = 0; bodies < 2 && at > start + 1 && !tokens_.title(at) &&
                                              tokens_.joined(at) && tokens_.joined(at - 1);
           ++bodies) {
        // (Over the body's article: "van het ministerie van Defensie".)
        const std::size_t article = at > start + 2 && is_description_start(at - 1) && !tokens_.in(at - 1, words_.mention_links) &&
                                    tokens_.joined(at - 1) ? 1 : 0;
        const std::size_t before = tokens_.phrase_ending_at(words_.mention_links, at - 1 - article, start);
        if (!before || at - article - before <= start || !tokens_.joined(at - article - before)) break;
        at = at - article - before - 1;
        // (A capitalised word is a body's, unless it opens the sentence: "Fuentes del Ministerio".)
        if ((!tokens_.capitalized(at) || at == start || !tokens_.joined(at)) && (tokens_.title(at) || is_source_word(at))) {
          head = at;
          break;
        }
      }
      head = over_office_adjective(head, start);  // "El técnico alemán del Barça"
      if (const std::size_t office = office_of_body_noun(head, start); office < head) return {office, end};  // "del grupo del PP"
      if (const std::size_t title_words = title_ending_at(head, start); !is_name_word(head) && (title_words || is_source_word(head))) {
        // (A title of words ending there: "le secrétaire général de la CGT".)
        first = head + 1 - std::max<std::size_t>(1, title_words);
        while (first > start && (tokens_.in(first - 1, words_.title_modifiers) || title_ending_at(first - 1, start))) --first;
        if (first > start && is_description_start(first - 1)) --first;
      }
    }
    // An office with the place where it is held heads the mention, not the place.
    if (first == start)
      if (const TokenRange office = office_with_place(first, end, floor); !office.empty()) return office;
    // "Sur Twitter Anne Hidalgo": the place or medium after its preposition is no part of the name
    // (data/medium_prepositions_<lang>.txt; people.cpp reads the name the same way).
    if (first == start && first > floor && end - first >= 3 && tokens_.joined(first) && tokens_.joined(first + 1) &&
        is_name_word(first) && is_name_word(first + 1) && !title_at(first, end) &&
        WordSet::shared("medium_prepositions", words_.language).contains_folded(tokens_.folded(first - 1)))
      ++first;
    return {first, end};
  }
  // A description: back to the nearest determiner, across links ("a spokesman for the company").
  std::size_t first = end;
  for (std::size_t k = end; k-- > start;) {
    if (is_description_start(k)) {
      first = k;
      break;
    }
  }
  if (first < end) {
    // A link before the determiner ("of the", "for the"), or the determiner itself a link (German
    // genitive: "der Sprecher der Regierung").
    while (first > start + 1 && (tokens_.phrase_ending_at(words_.mention_links, first - 1, start) ||
                                 tokens_.in(first, words_.mention_links))) {
      std::size_t earlier = end;
      for (std::size_t k = first; k-- > start;) {
        if (is_description_start(k) || is_source_word(k)) {
          earlier = k;
          break;
        }
      }
      if (earlier == end) break;
      first = earlier;
    }
    // (With the article of the source word: "A source close to the couple said", not "source ...".)
    if (first > start && is_source_word(first) && tokens_.joined(first) && is_description_start(first - 1)) --first;
    return {first, end};
  }
  // No determiner (Russian, Polish; bare plurals): the run from its first possible starter.
  first = start;
  while (first < last && !is_starter(first)) ++first;
  if (!is_starter(first)) return {};
  // A pronoun is the mention alone, the words after it qualify the verb ("he rarely asks").
  if (is_pronoun(first) && !words_.determiners.empty()) return {first, first + 1};
  return {first, end};
}

std::size_t MentionFinder::described_by_place(std::size_t first, std::size_t end, std::size_t floor) const {
  // "a teacher in Leeds said", "The unnamed woman from Georgia says": the name is where the person
  // lives or comes from, and the description before it speaks (data/place_prepositions_<lang>.txt,
  // origin_links_<lang>.txt). Not a known person's name: "a meeting with Ann Cole".
  constexpr std::size_t kMaxDescriptionWords = 4;
  if (first < floor + 2 || end - first > 3 || !tokens_.joined(first) || !tokens_.joined(first - 1) ||
      (known_person_ && known_person_(end - 1)))
    return first;
  const std::string_view link = tokens_.folded(first - 1);
  if (!WordSet::shared("place_prepositions", words_.language).contains_folded(link) && !words_.origin_links.contains_folded(link))
    return first;
  const std::size_t head = first - 2;
  if (is_pronoun(head) || tokens_.in(head, words_.cues) || tokens_.in(head, words_.mention_stops)) return first;
  if (is_source_word(head) && (head == floor || !tokens_.joined(head))) return head;  // "Officials in Kyiv said"
  if (tokens_.capitalized(head)) return first;
  for (std::size_t k = head, words = 0; k > floor && words < kMaxDescriptionWords && tokens_.joined(k); --k, ++words) {
    if (is_description_start(k - 1)) return k - 1;
    if (tokens_.capitalized(k - 1) || tokens_.in(k - 1, words_.mention_stops) || tokens_.in(k - 1, words_.cues)) break;
  }
  return first;
}

}  // namespace article_lens
