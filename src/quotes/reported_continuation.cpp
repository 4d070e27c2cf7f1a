// Reported speech that goes on without a cue: German reports in the Konjunktiv I, and a sentence in
// that mood right after speech continues it ("„Wir brauchen Wohnungen“, sagte Scholz. Die Lage sei
// angespannt."). The narrator does not use the mood, so the sentence is the speaker's, not the
// article's; who said it is left to the speaker book (the last speaker, when close).
#include "language/lang_tables.h"
#include "quotes/indirect_speech.h"

namespace article_lens {

bool IndirectSpeechFinder::in_reported_mood(std::size_t first, std::size_t last) const {
  for (std::size_t k = first; k < last; ++k)
    if (mood_at(k, first, last)) return true;
  return false;
}

bool IndirectSpeechFinder::in_reported_mood_language() const {
  for (std::string_view trait : lang_data::entries("speech_mood", words_.language))
    if (trait == "continues-in-reported-mood") return true;
  return false;
}

bool IndirectSpeechFinder::mood_at(std::size_t k, std::size_t first, std::size_t last) const {
  bool continues = false;
  for (std::string_view trait : lang_data::entries("speech_mood", words_.language))
    continues = continues || trait == "continues-in-reported-mood";
  if (!continues) return false;
  if (tokens_.capitalized(k) && k > first) return false;  // a noun, not a verb
  if (tokens_.in(k, words_.reported_speech_markers) ||
      WordSet::shared("reported_substitutes", words_.language).contains_folded(tokens_.folded(k)))
    return true;
  // A verb in -e next to "er", "sie", "man": "Sie hoffe", "Zudem bedaure er" (not "er sagte").
  const WordSet& subjects = WordSet::shared("reported_subjects", words_.language);
  if (subjects.empty()) return false;
  const bool subject_next = (k > first && subjects.contains_folded(tokens_.folded(k - 1))) ||
                            (k + 1 < last && subjects.contains_folded(tokens_.folded(k + 1))) || after_first_noun_phrase(k, first) ||
                            before_inverted_subject(k, first, last);
  const std::string_view word = tokens_.folded(k);
  // (Not an article or relative pronoun in -e before its subject: "die Nachrichten, die sie erreichen".)
  return subject_next && !tokens_.capitalized(k) && !subjects.contains_folded(word) && !tokens_.in(k, words_.determiners) &&
         !tokens_.in(k, words_.relative_pronouns) && !tokens_.in(k, words_.pronouns) &&
         lang_data::ends_with_entry("subjunctive_endings", words_.language, word, 2) &&
         !lang_data::ends_with_entry("indicative_endings", words_.language, word, 2);
}

bool IndirectSpeechFinder::after_first_noun_phrase(std::size_t k, std::size_t first) const {
  // "Die Opposition betreibe Panikmache", "Der Verein bestreite das": a main clause puts its finite
  // verb second, so the lower-case word right after a noun phrase opening the sentence is that verb,
  // in -e its Konjunktiv I. The phrase opens with an article ("Eine Entscheidung falle") or a
  // possessive and has its noun before the verb: "Die große Anzahl", "Die in Stuttgart geborene"
  // hold adjectives, no verb.
  // (Adjectives before the noun; after it a genitive or a place: "Der Chef der Bahn", "Die Klinik in Ulm".)
  constexpr std::size_t kMaxPhraseWords = 6;
  if (k <= first + 1 || k - first > kMaxPhraseWords || !tokens_.capitalized(k - 1)) return false;
  if (!tokens_.in(first, words_.determiners) && !tokens_.in(first, words_.possessives) && !tokens_.in(first, words_.indefinites))
    return false;
  bool noun = false;
  for (std::size_t j = first + 1; j < k; ++j) {
    if (!tokens_.joined(j) && tokens_.gap_before(j).find_first_not_of(' ') != std::string_view::npos) return false;
    if (tokens_.capitalized(j)) {
      noun = true;
      continue;
    }
    const bool attached = tokens_.in(j, words_.mention_links) || tokens_.in(j, words_.determiners) ||
                          WordSet::shared("place_prepositions", words_.language).contains_folded(tokens_.folded(j));
    if (noun ? !attached : !lang_data::ends_with_entry("declined_adjective_endings", words_.language, tokens_.folded(j), 2))
      return false;
  }
  // (Not a preposition or adverb after the phrase: "Die Kinder ohne Eltern", "Die Bahn heute".)
  return !tokens_.in(k, words_.determiners) && !tokens_.in(k, words_.possessives) && !tokens_.in(k, words_.mention_stops) &&
         !tokens_.in(k, words_.name_stopwords) && !tokens_.in(k, words_.topic_prepositions) &&
         !WordSet::shared("source_prepositions", words_.language).contains_folded(tokens_.folded(k));
}

bool IndirectSpeechFinder::before_inverted_subject(std::size_t k, std::size_t first, std::size_t last) const {
  // "Ohne die Erhöhung schreibe das Unternehmen rote Zahlen", "Wegen der hohen Kosten verzichte
  // die Stadt auf das Fest": a phrase opened by a preposition fills the first place, so the verb
  // comes second and its subject, an article or possessive with its noun, after it. The phrase is
  // an article, adjectives and a noun (as the subject opening a clause is, after_first_noun_phrase),
  // or a bare noun ("Ohne Erhöhung").
  if (k < first + 2 || k + 2 >= last || !WordSet::shared("source_prepositions", words_.language).contains_folded(tokens_.folded(first)))
    return false;
  // (A preposition fused with its article opens the phrase alone: "Im laufenden Jahr erwarte der
  // Konzern"; data/article_contractions_<lang>.txt.)
  bool fused = WordSet::shared("article_contractions", words_.language).contains_folded(tokens_.folded(first)) && tokens_.capitalized(k - 1);
  for (std::size_t j = first + 1; fused && j + 1 < k; ++j)
    fused = tokens_.joined(j) && !tokens_.capitalized(j) &&
            lang_data::ends_with_entry("declined_adjective_endings", words_.language, tokens_.folded(j), 2);
  const bool phrase = fused || (k == first + 2 && tokens_.capitalized(first + 1) && tokens_.joined(k)) ||
                      after_first_noun_phrase(k, first + 1);
  return phrase && tokens_.joined(k + 1) && tokens_.joined(k + 2) &&
         (tokens_.in(k + 1, words_.determiners) || tokens_.in(k + 1, words_.possessives) || tokens_.in(k + 1, words_.indefinites)) &&
         !tokens_.in(k + 1, words_.relative_pronouns) && !tokens_.in(k, words_.mention_stops) && !tokens_.in(k, words_.name_stopwords) &&
         !WordSet::shared("source_prepositions", words_.language).contains_folded(tokens_.folded(k));
}

ReportedSpeech IndirectSpeechFinder::continued_around(std::size_t q, const std::vector<Span>& quotes, Span sentence) const {
  ReportedSpeech going_on;
  const std::size_t first = tokens_.first_at_or_after(sentence.begin);
  const std::size_t last = tokens_.first_at_or_after(sentence.end);
  // The words outside the marks: in the mood, with no cue of their own, and at least a subject and
  // a verb ("Die Grünen seien", not a quotation standing alone).
  std::size_t outside = 0;
  bool mood = false;
  for (std::size_t k = first, i = q; k < last; ++k) {
    while (i < quotes.size() && quotes[i].end <= tokens_.span(k).begin) ++i;
    if (i < quotes.size() && quotes[i].begin <= tokens_.span(k).begin) continue;
    if (attribution_.cue_at(k, last, false)) return going_on;
    ++outside;
    mood = mood || mood_at(k, first, last);
  }
  constexpr std::size_t kMinOwnWords = 2;
  if (!mood || outside < kMinOwnWords || first >= last) return going_on;
  going_on.content = {tokens_.span(first).begin, sentence.end};
  // (The clause ends where the sentence's words do, past a closing mark, before its full stop.)
  while (going_on.content.end > going_on.content.begin &&
         (tokens_.document().text[going_on.content.end - 1] == '.' || tokens_.document().text[going_on.content.end - 1] == ' '))
    --going_on.content.end;
  going_on.continues = !going_on.content.empty();
  return going_on;
}

}  // namespace article_lens
