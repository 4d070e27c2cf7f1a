// Reported clauses where the verb comes second: the verb right after a source phrase ("Laut Polizei
// brach das Feuer aus"), the speaker after an inverted cue ("Die Lage sei ernst, sagte der
// Niederländer") and after a causative auxiliary ("Er bereue die Tat, ließ er erklären"), or after
// "so", which names a speaker only there or after a quote ("Der Mittelstand leide, so DIHK-Chef X").
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/people.h"
#include "quotes/quote_marks.h"
#include "quotes/indirect_speech.h"

namespace article_lens {

namespace {

bool has_comma(std::string_view gap) { return gap.find(',') != std::string_view::npos; }

}  // namespace

bool IndirectSpeechFinder::verb_after_source(std::size_t k) const {
  return words_.capitalised_nouns && k > 0 && !tokens_.capitalized(k) && tokens_.capitalized(k - 1) &&
         !tokens_.in(k, words_.determiners) && !tokens_.in(k, words_.mention_stops) && !tokens_.in(k, words_.mention_links) &&
         !tokens_.in(k, words_.complementizers) && !tokens_.in(k, words_.coordinators) &&
         !WordSet::shared("source_prepositions", words_.language).contains_folded(tokens_.folded(k));
}

TokenRange IndirectSpeechFinder::speaker_after_clause(TokenRange mention, std::size_t first, std::size_t k, std::size_t after_cue,
                                                      std::size_t last) const {
  // (Not a person set off by commas before the cue: "Die Sprecherin des Konzerns, Maria Koch, bestätigte".)
  // (A pronoun opening the clause is its own subject too: "Man müsse handeln, sagte Blume".)
  const bool opening_pronoun = mention.size() == 1 && mention.first == first &&
                               (mentions_.is_pronoun(first) ||
                                WordSet::shared("impersonal_pronouns", words_.language).contains_folded(tokens_.folded(first)));
  // (Nor a subject opening the clause with its finite verb right after it: "Het kabinet zou …
  // nemen, schrijft NRC"; where nouns are lower case the mention may run over the verb to its
  // object: "Het kabinet neemt een besluit, zegt Rutte" -- an article after a word that links nothing.)
  // (Or in the mood of reported speech: "Die Spieler hätten sich ihre Chance verdient, sagte der 37-Jährige".)
  bool runs_over_verb = !mention.empty() && mention.first == first && mention.last + 1 < k && tokens_.joined(mention.last) &&
                        (tokens_.in(mention.last, words_.finite_verbs) || mood_at(mention.last, first, k));
  for (std::size_t j = mention.first + 2; !words_.capitalised_nouns && !mention.empty() && j < mention.last && !runs_over_verb; ++j)
    runs_over_verb = mention.first == first && mentions_.is_description_start(j) && tokens_.joined(j) && !tokens_.capitalized(j - 1) &&
                     !tokens_.in(j - 1, words_.mention_links) && !tokens_.in(j - 1, words_.determiners) &&
                     !tokens_.in(j - 1, words_.name_particles) && !tokens_.in(j - 1, words_.mention_stops);
  if (mention.empty() || (mentions_.is_person_like(mention) && !opening_pronoun && !runs_over_verb) || mention.last > k || k <= first ||
      !has_comma(tokens_.gap_before(k)) || has_comma(tokens_.gap_before(after_cue)))
    return mention;
  TokenRange inverted = attribution_.speaker_past_complements(after_cue, last);
  if (inverted.empty()) inverted = mentions_.after(after_cue, last);
  // (Not an object: "bestätigte den Verkauf"; data/oblique_determiners_<lang>.txt.)
  if (!inverted.empty() && inverted.first >= after_cue &&
      !WordSet::shared("oblique_determiners", words_.language).contains_folded(tokens_.folded(inverted.first)))
    return inverted;
  return mention;
}

std::size_t IndirectSpeechFinder::closing_mood_cue(std::size_t first, std::size_t k, std::size_t last) const {
  // (Only with the clause in the mood of reported speech: "Es regnete, so dass …", "…, so die
  // Hoffnung" are the narrator's; and with a speaker to follow.)
  if (!words_.verb_second || k < first + kMinClauseWords || k + 1 >= last || !has_comma(tokens_.gap_before(k)) ||
      !tokens_.joined(k + 1) || !WordSet::shared("mood_clause_cues", words_.language).contains_folded(tokens_.folded(k)))
    return 0;
  // (A clause with a quotation in it keeps the quotation as the speech "so" closes: "Die Stadt
  // müsse „mehr Wohnungen“ bauen, so Weber.")
  for (std::size_t m = first + 1; m <= k; ++m)
    if (holds_quote_mark(tokens_.gap_before(m))) return 0;
  // (A person or a body after it, not a thing: "…, so die Begründung"; a surname alone, "so Müller".)
  const TokenRange speaker = mentions_.after(k + 1, last);
  if (speaker.empty() || speaker.first != k + 1) return 0;
  bool speaks = mentions_.is_person_like(speaker);
  for (std::size_t m = speaker.first; m < speaker.last && !speaks; ++m)
    speaks = tokens_.capitalized(m) && names_a_body(words_, tokens_.folded(m), true);
  constexpr std::size_t kMinStem = 3;
  speaks = speaks || (speaker.size() == 1 && mentions_.could_be_name(speaker.first) &&
                      !lang_data::ends_with_entry("common_noun_endings", words_.language, tokens_.folded(speaker.first), kMinStem));
  return speaks && in_reported_mood(first, k) ? 1 : 0;
}

bool IndirectSpeechFinder::impersonal_close(std::size_t first, std::size_t k, std::size_t last, TokenRange& source) const {
  // (Not with a source after "es": "hieß es aus dem Ministerium", "heißt es in der Begründung" name
  // theirs, read as a cue's subject; a capitalised word other than a day is such a source.)
  if (!words_.verb_second || k < first + kMinClauseWords || k + 1 >= last || last - k > kMaxImpersonalTail ||
      !has_comma(tokens_.gap_before(k)) || !tokens_.joined(k + 1) ||
      !WordSet::shared("impersonal_cues", words_.language).contains_folded(tokens_.folded(k)) ||
      !WordSet::shared("impersonal_pronouns", words_.language).contains_folded(tokens_.folded(k + 1)))
    return false;
  // (A quotation in the clause keeps it as the speech "hieß es" closes.)
  auto quoted_between = [&](std::size_t from, std::size_t to) {
    for (std::size_t m = from + 1; m <= to; ++m)
      if (holds_quote_mark(tokens_.gap_before(m))) return true;
    return false;
  };
  // (A preposition before a time word is when: "hieß es am Abend"; one of occasion opens no
  // source, "hieß es nach der Sitzung", data/occasion_prepositions_<lang>.txt.)
  auto time_at = [&](std::size_t m) { return m < last && words_.time_words.contains_folded(tokens_.folded(m)); };
  if (k + 2 < last && WordSet::shared("occasion_prepositions", words_.language).contains_folded(tokens_.folded(k + 2)))
    return !quoted_between(first, k);
  // (A source after the time: "hieß es am Nachmittag aus dem Landratsamt".)
  std::size_t after_time = k + 2;
  if (time_at(after_time)) ++after_time;
  else if (time_at(after_time + 1) && WordSet::shared("source_prepositions", words_.language).contains_folded(tokens_.folded(after_time)))
    after_time += 2;
  if (after_time > k + 2 && after_time + 1 < last && tokens_.joined(after_time) &&
      WordSet::shared("source_prepositions", words_.language).contains_folded(tokens_.folded(after_time))) {
    source = impersonal_source(after_time, last);
    return !source.empty() && !quoted_between(first, k);
  }
  if (last - k > kMaxWordsAfterFinalCue) return false;
  for (std::size_t m = k + 2; m < last; ++m)
    if (!tokens_.joined(m) || (tokens_.capitalized(m) && !time_at(m)) ||
        ((tokens_.in(m, words_.mention_links) || WordSet::shared("source_prepositions", words_.language).contains_folded(tokens_.folded(m))) &&
         !time_at(m + 1)))
      return false;
  // (Closing the sentence, "hieß es" reports its clause in the indicative too: "Die Zahl der Anträge
  // war gestiegen, hieß es.")
  return !quoted_between(first, k);
}

std::size_t IndirectSpeechFinder::after_causative(TokenRange mention, std::size_t first, std::size_t k, std::size_t after_cue,
                                                  std::size_t last) const {
  // "CLAUSE, ließ er (über seinen Anwalt) erklären.": the auxiliary follows the clause's comma, its
  // subject right after it, and the infinitive cue closes the sentence
  // (data/causative_auxiliaries_<lang>.txt).
  // (The subject's article and modifiers may stand between: "ließ der frühere Bürgermeister Brandt",
  // where the mention found is the title and the name.)
  constexpr std::size_t kMaxLeadingWords = 3;
  if (mention.empty() || mention.first < first + 2 || mention.last > k || last - after_cue > kMaxWordsAfterFinalCue) return 0;
  const WordSet& causatives = WordSet::shared("causative_auxiliaries", words_.language);
  std::size_t auxiliary = mention.first - 1;
  for (std::size_t n = 0; n < kMaxLeadingWords && auxiliary > first + 1 && tokens_.joined(auxiliary + 1) &&
                          !causatives.contains_folded(tokens_.folded(auxiliary)) &&
                          (tokens_.in(auxiliary, words_.determiners) || tokens_.in(auxiliary, words_.title_modifiers));
       ++n)
    --auxiliary;
  return has_comma(tokens_.gap_before(auxiliary)) && !has_comma(tokens_.gap_before(auxiliary + 1)) &&
                 causatives.contains_folded(tokens_.folded(auxiliary))
             ? auxiliary
             : 0;
}

}  // namespace article_lens
