// Where a reported clause opens and where an attribution ends, for IndirectSpeechFinder: a
// clause with no "that" after its cue ("said the talks had stalled", "said Spain would ..."),
// after the day ("said late on Wednesday ..."), and a trailing clause after a final cue
// ("..., traders said, as investors ...").
#include "quotes/indirect_speech.h"
#include "quotes/people.h"
#include "quotes/report_gaps.h"

#include "language/lang_tables.h"
#include "language/word_set.h"

namespace article_lens {

using report_gaps::ends_clause;
using report_gaps::has;

std::size_t IndirectSpeechFinder::before_trailing_clause(std::size_t from, std::size_t last) const {
  // "..., two diplomats said on Monday, as the bloc seeks to ...": a clause a comma and a
  // subordinator or a participle cue open after the cue is no part of the attribution
  // (data/subordinators_<lang>.txt).
  for (std::size_t k = from; k < last && k <= from + kMaxWordsAfterFinalCue; ++k) {
    if (ends_clause(tokens_.gap_before(k))) return last;
    // (Or a participle cue: "..., Tom Reyes said, adding that ...".)
    if (has(tokens_.gap_before(k), ','))
      return tokens_.phrase_at(words_.subordinators, k, last) || (tokens_.in(k, words_.cues) && words_.is_participle(tokens_.folded(k))) ? k : last;
  }
  return last;
}

std::size_t IndirectSpeechFinder::past_day(std::size_t k, std::size_t last) const {
  std::size_t day = k;
  // "late on Wednesday", "early Thursday" (data/day_modifiers_<lang>.txt)
  if (day + 1 < last && WordSet::shared("day_modifiers", words_.language).contains_folded(tokens_.folded(day)) && tokens_.joined(day + 1))
    ++day;
  if (day + 1 < last && tokens_.in(day, words_.mention_stops) && tokens_.joined(day + 1)) ++day;  // "on Tuesday"
  if (day + 1 < last && words_.time_words.contains_folded(tokens_.folded(day)) && tokens_.joined(day + 1)) {
    // "Wednesday night" (data/day_parts_<lang>.txt)
    if (day + 2 < last && WordSet::shared("day_parts", words_.language).contains_folded(tokens_.folded(day + 1)) && tokens_.joined(day + 2))
      return day + 2;
    return day + 1;
  }
  return k;
}

bool IndirectSpeechFinder::past_tense_goes_on(std::size_t m, std::size_t last, bool bare_subject) const {
  const std::string_view word = tokens_.folded(m);
  if (tokens_.capitalized(m) || !(lang_data::ends_with_entry("past_tense_endings", words_.language, word, 3) ||
                                  WordSet::shared("past_tense_forms", words_.language).contains_folded(word)))
    return false;
  // (Its clause goes on: "remained high", "needed to be"; not a participle's place or agent, "the
  // man arrested on Monday", "the plan announced by", nor the sentence's end.)
  const std::size_t next = m + 1;
  // (After a noun phrase with no article, a place or measure may follow: "said 99 people drowned
  // in the sea", "said prices rose by 2%"; a participle there would close a noun phrase that an
  // article opens, "the man arrested on Monday".)
  return next < last && tokens_.joined(next, true) && !tokens_.capitalized(next) &&
         (!tokens_.in(next, words_.mention_stops) || bare_subject ||
          WordSet::shared("infinitive_markers", words_.language).contains_folded(tokens_.folded(next))) &&
         !words_.time_words.contains_folded(tokens_.folded(next)) && !tokens_.in(next, words_.cues);
}

bool IndirectSpeechFinder::starts_clause(std::size_t k, std::size_t last, bool past_tense_verbs) const {
  if (k + 1 >= last || !tokens_.joined(k + 1)) return false;
  // A subject pronoun and its verb: "he would", "they knew".
  if ((tokens_.in(k, words_.pronouns) || tokens_.in(k, words_.group_pronouns)) && !tokens_.capitalized(k + 1) &&
      !tokens_.in(k + 1, words_.mention_stops))
    return true;
  // A name, then a finite verb: "said Britain would keep its pledges", "said Mary Dunn had left"
  // (not the speaker after an inverted cue, which no finite verb follows: "said Mary Dunn, 54").
  if (mentions_.is_name_word(k)) {
    for (std::size_t m = k + 1; m < last && m <= k + kMaxSubjectWords && tokens_.joined(m); ++m) {
      if (tokens_.in(m, words_.finite_verbs)) return true;
      if (!mentions_.is_name_word(m)) return false;
    }
    return false;
  }
  // A bare noun phrase, then a finite verb: "said staff were exhausted", "said more measures were
  // being prepared" (lower-case words only, none that stops a mention or opens a clause; or an
  // acronym after the first: "said some MPs had", "said several EU states were").
  // (An article opens a noun phrase as a determiner does: "said a man in his 30s had been".)
  const bool article = tokens_.in(k, words_.determiners) || tokens_.in(k, words_.indefinites);
  if (!tokens_.capitalized(k) && !article) {
    for (std::size_t m = k; m < last && m <= k + kMaxSubjectWords && tokens_.joined(m, past_tense_verbs); ++m) {
      if (m > k && tokens_.in(m, words_.finite_verbs)) return true;
      if (m > k && past_tense_verbs && past_tense_goes_on(m, last, true)) return true;
      if ((tokens_.capitalized(m) && !(m > k && is_acronym(tokens_.text(m)))) || tokens_.in(m, words_.finite_verbs) || tokens_.in(m, words_.mention_stops) ||
          tokens_.in(m, words_.complementizers) || tokens_.in(m, words_.cues) || tokens_.in(m, words_.pronouns) ||
          tokens_.in(m, words_.group_pronouns) || tokens_.in(m, words_.relative_pronouns) ||
          words_.time_words.contains_folded(tokens_.folded(m)))
        return false;
    }
    return false;
  }
  if (!article) return false;
  // A noun phrase, then a finite verb: "the talks had stalled", not the object in "welcomed the decision".
  for (std::size_t m = k + 1; m < last && m <= k + kMaxSubjectWords && tokens_.joined(m, past_tense_verbs); ++m) {
    if (tokens_.in(m, words_.finite_verbs)) return m > k + 1;
    if (m > k + 1 && past_tense_verbs && past_tense_goes_on(m, last)) return true;
    // ("the rise in employer contributions would": a preposition inside the noun phrase, before
    // a word of it; data/noun_phrase_prepositions_<lang>.txt.)
    // (Also before a possessive: "a man in his 30s had been arrested".)
    const WordSet& inner_prepositions = WordSet::shared("noun_phrase_prepositions", words_.language);
    if (m + 1 < last && tokens_.joined(m + 1) &&
        (!tokens_.in(m + 1, words_.pronouns) || tokens_.in(m + 1, words_.possessives)) && !tokens_.in(m + 1, words_.mention_stops) &&
        inner_prepositions.contains_folded(tokens_.folded(m)))
      continue;
    if (tokens_.in(m, words_.possessives) && inner_prepositions.contains_folded(tokens_.folded(m - 1))) continue;
    // "told the BBC she had": the noun phrase ended, and the clause opens with the pronoun.
    if (tokens_.in(m, words_.mention_stops) || tokens_.in(m, words_.complementizers) || tokens_.in(m, words_.pronouns) ||
        tokens_.in(m, words_.group_pronouns))
      return false;
  }
  return false;
}

std::size_t IndirectSpeechFinder::infinitive_report_start(std::size_t k, std::size_t last) const {
  // The infinitives are few and listed (data/infinitive_report_openers_<lang>.txt: "avoir", "haber",
  // "aver"), as the endings of all infinitives would take nouns ("dijo ayer"); the link before them
  // too (data/infinitive_report_links_<lang>.txt: "di").
  const WordSet& openers = infinitive_report_openers_;
  if (openers.empty() || k >= last) return last;
  std::size_t at = k;
  if (at + 1 < last && tokens_.joined(at + 1) && WordSet::shared("infinitive_report_links", words_.language).contains_folded(tokens_.folded(at)))
    ++at;
  // (Something must follow: "ha detto di no" reports no infinitive.)
  return at + 1 < last && tokens_.joined(at + 1) && !tokens_.capitalized(at) && openers.contains_folded(tokens_.folded(at)) ? at : last;
}

}  // namespace article_lens
