// The language knowledge the quote analysis reads, one data file per kind and language under
// src/quotes/data/ (`<kind>_<lang>.txt`). A language without a file of some kind simply has an empty
// set there; adding a language is adding files.
//
//   const QuoteLexicon& words = QuoteLexicon::shared("de");
//   words.cues.contains_folded("sagte");   // true
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "language/word_set.h"

namespace article_lens {

struct QuoteLexicon {
  static const QuoteLexicon& shared(std::string_view language);
  explicit QuoteLexicon(std::string_view language);

  std::string language;
  const WordSet& cues;               // speech_verbs: said, told, sagte, заявил, a déclaré, according to
  const WordSet& loaded_cues;        // loaded_cues: the cues that carry judgement (claimed, admitted)
  const WordSet& source_phrases;     // source_phrases: "according to", "laut", "по словам": the source follows
  const WordSet& source_postpositions;  // source_postpositions: source phrases after their source (zufolge)
  const WordSet& post_quote_cues;    // post_quote_cues: cues valid only right after a quote ("so" in German)
  const WordSet& titles;             // person_titles: president, minister, Mr, spokeswoman, глава
  const WordSet& title_modifiers;    // title_modifiers: former, acting, late (before a title or name)
  const WordSet& pronouns;           // pronouns: he, she (resolve to a person)
  const WordSet& group_pronouns;     // group_pronouns: they, we, I (speak, but name nobody)
  const WordSet& determiners;        // determiners: the, this, his (a description follows)
  const WordSet& indefinites;        // indefinites: a, an, one, some (an unnamed source follows)
  const WordSet& anonymous_sources;  // anonymous_sources: source, insider, officials (unnamed by nature)
  const WordSet& fillers;            // attribution_fillers: also, later, has (between speaker and cue)
  const WordSet& complementizers;    // complementizers: that, dass, что, que (reported speech follows)
  const WordSet& reported_speech_markers;  // reported_speech_markers: German Konjunktiv I (sei, habe), French conditional
  const WordSet& speech_nouns;       // speech_nouns: words, slogan, Parole (verbatim words follow them)
  const WordSet& mention_stops;      // mention_stops: and, who, in, on (a mention never runs over them)
  const WordSet& mention_links;      // mention_links: of, for (join "a spokesman for the company")
  const WordSet& name_stopwords;     // name_stopwords: capitalised words that are not names (The, Monday)
  const WordSet& name_particles;     // name_particles_any: von, de, bin (inside "Ursula von der Leyen")
  std::vector<std::string> name_endings;  // name_endings: case endings stripped to match names (а, ом)
  std::vector<std::string> title_suffixes;
  std::vector<std::string> patronymic_endings;  // patronymic_endings: -ович, -овна (a three-word name's middle)
  std::vector<std::vector<std::string>> role_groups;  // title_suffixes: compounds' titles (Finanzminister, Vatikansprecher)
  bool capitalised_nouns = false;    // orthography: "capitalised-nouns" (German): case says little
  bool verb_second = false;          // word_order: "verb-second" (German): the subject may follow the verb

  // A one-word title: listed, or a compound ending in a listed title suffix.
  bool is_title(std::string_view folded_word) const;
  // The roles in the same group as `folded_role` (role_groups: "head of state, president, king").
  std::vector<std::string> equivalent_roles(std::string_view folded_role) const;
};

}  // namespace article_lens
