// A sentence that refers back to what the one before it said and names its speaker: "Россия готова
// к переговорам. Об этом заявил пресс-секретарь президента Дмитрий Песков." / "«...». Про це
// повідомив міністр." The openers are data (data/reference_openers_<lang>.txt).
#include "quotes/attribution.h"

namespace article_lens {
namespace {

// How far into the sentence its cue may stand ("Об этом в понедельник журналистам заявил ...").
constexpr std::size_t kMaxWordsToCue = 8;

}  // namespace

std::size_t AttributionFinder::reference_opener_at(std::size_t k, std::size_t end) const {
  // The openers are not in the per-word bits: match them word by word.
  std::string phrase;
  std::size_t best = 0;
  const std::size_t longest = std::min(words_.reference_openers.max_words_per_entry(), end - std::min(k, end));
  for (std::size_t n = 1; n <= longest; ++n) {
    if (n > 1 && !tokens_.joined(k + n - 1)) break;
    if (n > 1) phrase.push_back(' ');
    phrase.append(tokens_.folded(k + n - 1));
    if (words_.reference_openers.contains_folded(phrase)) best = n;
  }
  return best;
}

Attribution AttributionFinder::reference_back(std::size_t first, std::size_t last) const {
  if (words_.reference_openers.empty() || first >= last) return {};
  // The cue may come first, the reference right after it, then the speaker: "Poinformowała o tym
  // straż pożarna", "Повідомили про це в ДСНС" (not where the verb comes second: "Das teilte …").
  if (const std::size_t cue = words_.verb_second ? 0 : cue_at(first, last, false); cue && first + cue < last && tokens_.joined(first + cue))
    if (const std::size_t opener = reference_opener_at(first + cue, last); opener && first + cue + opener < last &&
                                                                            tokens_.joined(first + cue + opener)) {
      if (const TokenRange body = body_after_cue(first, cue, last); !body.empty()) return make(body, first, cue, last);
      const TokenRange mention = mentions_.after(first + cue + opener, last);
      if (!mention.empty() && mention.first == first + cue + opener && (mentions_.is_person_like(mention) || names_a_body_here(mention)))
        return make(mention, first, cue, last);
    }
  const std::size_t opener = reference_opener_at(first, last);
  // (With a comma after it the word opens an example, not a reference: "Так, министр заявил ...".)
  if (!opener || !tokens_.joined(first + opener)) return {};
  for (std::size_t k = first + opener; k < last && k - first <= kMaxWordsToCue; ++k) {
    const std::size_t cue = cue_at(k, last, false);
    // Verb-second: the pronoun is the object only with the verb right after it ("Das teilte die
    // Polizei mit", not "Das Ministerium teilte mit"), and only a verb that passes words on refers
    // back ("Das kritisierte die Opposition" answers them; data/reference_cues_<lang>.txt).
    if (words_.verb_second &&
        (k > first + opener || !cue || !WordSet::shared("reference_cues", words_.language).contains_folded(tokens_.folded(k))))
      return {};
    if (!cue) continue;
    TokenRange mention;
    if (is_source_phrase(k, last)) {
      mention = source_of(k, cue, last);  // Об этом говорится в сообщении Минобороны.
    } else {
      // Об этом заявил Песков. / Об этом в пятницу сообщила пресс-служба вуза / Así lo ha
      // afirmado este lunes el presidente (a time phrase or the outlet told may stand before the
      // speaker). / Об этом сообщили в Кремле. / Об этом Песков заявил журналистам.
      // (The body after a plural cue and its preposition first: "Об этом сообщили ТАСС в
      // пресс-службе ведомства", where the outlet told is no speaker.)
      mention = body_after_cue(k, cue, last);
      if (mention.empty()) mention = speaker_past_complements(k + cue, last);
      if (mention.empty() && k + cue < last && tokens_.joined(k + cue)) {
        const TokenRange after = mentions_.after(k + cue, last);
        // (Or a body, where nouns are capitalised: "Das teilte die Polizei mit".)
        if (!after.empty() && (mentions_.is_person_like(after) || names_a_body_here(after))) mention = after;
        // "Так прокомментировал ситуацию мэр города": the cue's object before the title is no part of the speaker.
        if (!mention.empty() && mention.size() > 2 && !tokens_.capitalized(mention.first) && !tokens_.title(mention.first) &&
            tokens_.title(mention.first + 1))
          ++mention.first;
      }
      // "Das verlautete am Dienstag aus Regierungskreisen.": past a time, a source after its preposition.
      if (mention.empty() && words_.verb_second) mention = source_after_preposition(k + cue, last);
      if (mention.empty()) mention = mentions_.before(k, first + opener);
    }
    if (mention.empty() || !(mentions_.is_person_like(mention) || names_a_body_here(mention))) return {};
    return make(mention, k, cue, last);
  }
  return {};
}

bool AttributionFinder::named_after(const MarkedSpan& quote, Attribution& found) const {
  // "«...», — сказал он. Об этом заявил глава МЧС Александр Куренков.": the sentence right after,
  // referring back to the quote, names the person the pronoun means.
  if (words_.reference_openers.empty()) return false;
  const Attribution named = follow_up(quote);
  bool names_person = false;
  for (std::size_t k = named.mention.first; k < named.mention.last && !names_person; ++k) names_person = mentions_.is_known_person(k);
  if (!named.found() || !names_person) return false;
  found.mention = named.mention;
  found.mention_span = named.mention_span;
  found.pronoun_in_cue = false;
  return true;
}

TokenRange AttributionFinder::source_after_preposition(std::size_t from, std::size_t last) const {
  constexpr std::size_t kMaxWordsBefore = 3;  // "am Dienstag", "am späten Abend"
  const WordSet& prepositions = WordSet::shared("source_prepositions", words_.language);
  for (std::size_t j = from; j + 1 < last && j - from <= kMaxWordsBefore; ++j) {
    if (!prepositions.contains_folded(tokens_.folded(j))) continue;
    const TokenRange source = mentions_.after(j + 1, last);
    // (Only a source, not a place or a time: "aus Regierungskreisen", "aus dem Umfeld des Kanzlers".)
    if (!source.empty() && source.first == j + 1 && mentions_.is_person_like(source) &&
        (mentions_.is_source_word(source.first) || (source.size() > 1 && mentions_.is_source_word(source.first + 1))))
      return source;
  }
  return {};
}

}  // namespace article_lens
