// The subject after an inverted cue and a short setting of where or when: "« ... », a déclaré mardi
// soir le ministre X", "\"...\", ha tuonato a fine gara il tecnico del Napoli Antonio Conte", "ha
// sostenuto in aula il pubblico ministero", "ha explicado este martes la ministra". Romance news
// puts the setting between the verb and its subject (word_order_<lang>.txt: subject-after-setting).
#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/mention_gaps.h"

namespace article_lens {

TokenRange AttributionFinder::subject_past_setting(std::size_t first, std::size_t limit) const {
  // (A setting is short; a longer run is more likely the clause's own words.)
  constexpr std::size_t kMaxSettingWords = 6;  // "à la sortie de l'audience"
  if (first + 1 >= limit || !tokens_.joined(first) || tokens_.capitalized(first)) return {};
  // It opens with a preposition or a time word, or a determiner before one ("este martes").
  const bool time_first = words_.time_words.contains_folded(tokens_.folded(first)) ||
                          (mentions_.is_description_start(first) && words_.time_words.contains_folded(tokens_.folded(first + 1)));
  // (Or with the preposition of the person told, fused with its article: "ha detto ai cronisti il
  // sindaco", where "ai" also links a role to its field, "l'assessore ai trasporti"; data/addressees_<lang>.txt.)
  const bool opens = tokens_.in(first, words_.mention_stops) || tokens_.in(first, words_.addressees);
  if (!time_first && (!opens || tokens_.in(first, words_.clause_conjunctions))) return {};
  // (A relative of place set off by commas after the place goes with it: "a affirmé à Lyon, où il
  // tenait meeting, le leader de LFI"; data/place_relatives_<lang>.txt.)
  constexpr std::size_t kMaxRelativeWords = 8;
  const WordSet& place_relatives = WordSet::shared("place_relatives", words_.language);
  std::size_t skipped = 0;  // the relative clause's words, which the setting's count leaves out
  for (std::size_t k = first + 1; k < limit && k - first - skipped <= kMaxSettingWords; ++k) {
    if (!tokens_.joined(k) && skipped == 0 && mention_gaps::is_comma_gap(tokens_.gap_before(k)) && tokens_.capitalized(k - 1) &&
        place_relatives.contains_folded(tokens_.folded(k))) {
      std::size_t close = k + 1;
      while (close < limit && close - k <= kMaxRelativeWords && tokens_.joined(close)) ++close;
      if (close >= limit || close - k > kMaxRelativeWords || !mention_gaps::is_comma_gap(tokens_.gap_before(close))) return {};
      skipped = close - k;
      k = close;
    } else if (!tokens_.joined(k)) {
      return {};
    }
    if (mentions_.is_description_start(k) || mentions_.title_at(k, limit)) {
      const TokenRange subject = mentions_.after(k, limit);
      if (subject.empty() || subject.first != k || !mentions_.is_person_like(subject)) continue;
      // (Headed by a title or a name, not a thing of the setting the search ran on from: "a déclaré
      // à la presse le ministre" is the minister's, not "la presse le ministre".)
      std::size_t head = mentions_.is_description_start(k) ? k + 1 : k;
      while (head + 1 < subject.last && tokens_.in(head, words_.title_modifiers)) ++head;  // "l'ancien Premier ministre"
      if (head >= subject.last || !(mentions_.title_at(head, subject.last) || mentions_.is_name_word(head))) continue;
      // The subject ends the clause, with its apposition: nothing of the clause follows it.
      const std::size_t end = tokens_.first_at_or_after(mentions_.span_with_apposition(subject, k, limit).end);
      if (end < limit && tokens_.joined(end)) return {};
      bool titled = false;
      for (std::size_t j = subject.first; j < subject.last && !titled; ++j) titled = mentions_.title_at(j, subject.last) > 0;
      return titled ? subject : TokenRange{};
    }
    // (A name after the setting's preposition is where or on what: "sur TF1", "su Instagram".)
    // (Also a place's name over its link: "desde Ciudad de México"; and the outlet told after its
    // noun: "disse à agência Lusa o presidente", "ha detto alla radio Rtl il ministro".)
    const bool named_place =
        tokens_.capitalized(k) &&
        (tokens_.in(k - 1, words_.mention_stops) || tokens_.in(k - 1, words_.addressees) || (k > first + 1 && tokens_.capitalized(k - 1)) ||
         (k > first + 2 && tokens_.in(k - 1, words_.mention_links) && tokens_.capitalized(k - 2)) ||
         (k == first + 2 && tokens_.in(first, words_.addressees) && !tokens_.capitalized(k - 1)));
    // A name of two words or more the text knows as a person's, ending the clause, speaks with no
    // title too: "a réagi à la sortie de l'audience Antoine Vey".
    if (tokens_.capitalized(k) && !named_place && mentions_.is_known_person(k)) {
      const TokenRange subject = mentions_.after(k, limit);
      if (subject.empty() || subject.first != k || subject.size() < 2) return {};
      const std::size_t end = tokens_.first_at_or_after(mentions_.span_with_apposition(subject, k, limit).end);
      return end < limit && tokens_.joined(end) ? TokenRange{} : subject;
    }
    if ((tokens_.capitalized(k) && !named_place) || tokens_.in(k, words_.cues) || tokens_.in(k, words_.finite_verbs) ||
        tokens_.in(k, words_.complementizers) || mentions_.is_pronoun(k))
      return {};
  }
  return {};
}

}  // namespace article_lens
