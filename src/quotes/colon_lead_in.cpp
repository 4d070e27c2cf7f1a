// A clause that ends in a colon right before a quote introduces it even with no cue word: "Dann
// hatte sich Jonas Berg zu einem Zwischenruf hinreißen lassen: „...“". Verb-second: the person
// named right after the clause's first verb speaks, else a person opening the clause.
#include "quotes/attribution.h"

#include <string>

#include "language/word_set.h"

namespace article_lens {

Attribution AttributionFinder::colon_lead_in(const MarkedSpan& quote) const {
  if (!words_.verb_second) return {};
  const Document& document = tokens_.document();
  const long sentence = document.sentence_at(quote.span.begin);
  if (sentence < 0) return {};
  const std::size_t floor = tokens_.first_at_or_after(document.sentences[static_cast<std::size_t>(sentence)].span.begin);
  const std::size_t quote_first = tokens_.first_at_or_after(quote.span.begin);
  if (quote_first <= floor + 1 || quote_first >= tokens_.size()) return {};
  // The colon stands right before the opening mark, and the clause holds no comma (one clause).
  const std::string_view gap = tokens_.gap_before(quote_first);
  const std::size_t colon = gap.find(':');
  if (colon == std::string_view::npos) return {};
  for (std::size_t k = floor + 1; k < quote_first; ++k)
    if (tokens_.gap_before(k).find(',') != std::string_view::npos) return {};
  TokenRange speaker = subject_after_verb(floor, quote_first);
  // ("Wörtlich hieß es:": "es" is no one.)
  if (speaker.size() == 1 && WordSet::shared("impersonal_pronouns", words_.language).contains_folded(tokens_.folded(speaker.first)))
    speaker = {};
  if (speaker.empty()) speaker = name_after_verb(floor, quote_first);
  if (speaker.empty()) {
    const TokenRange opener = mentions_.after(floor, quote_first);
    if (!opener.empty() && opener.first == floor && mentions_.is_person_like(opener)) speaker = opener;
  }
  if (speaker.empty()) speaker = document_before_verb(floor, quote_first);
  if (speaker.empty()) return {};
  Attribution found = make(speaker, speaker.last, 1, quote_first);
  const uint32_t colon_at = static_cast<uint32_t>(tokens_.span(quote_first - 1).end + colon);
  found.cue = {colon_at, colon_at + 1};
  return found;
}

TokenRange AttributionFinder::document_before_verb(std::size_t floor, std::size_t limit) const {
  // "In dem Brief steht: „…“", "Auf ihrer Homepage fand sich der Satz: „…“": a text the clause
  // opens with, in a phrase of place, then a verb saying the words are found there
  // (data/document_verbs_<lang>.txt): the text is the source.
  const WordSet& verbs = WordSet::shared("document_verbs", words_.language);
  if (verbs.empty() || !tokens_.in(floor, words_.mention_stops) || floor + 2 >= limit) return {};
  const TokenRange text = mentions_.after(floor + 1, limit);
  if (text.empty() || text.first != floor + 1 || text.last >= limit || !tokens_.joined(text.last)) return {};
  return phrase_in(verbs, text.last, limit) ? text : TokenRange{};
}

std::size_t AttributionFinder::phrase_in(const WordSet& set, std::size_t k, std::size_t limit) const {
  std::string phrase;
  std::size_t longest = 0;
  for (std::size_t m = k; m < limit && m < k + set.max_words_per_entry(); ++m) {
    if (m > k) phrase += ' ';
    phrase += tokens_.folded(m);
    if (set.contains_folded(phrase)) longest = m + 1 - k;
  }
  return longest;
}

TokenRange AttributionFinder::name_after_verb(std::size_t floor, std::size_t limit) const {
  // A long phrase before the verb ("Bei einer Debatte um die Praxis ... hatte sich Pieper"): the
  // first name right after a verb (over a reflexive or other filler) is its inverted subject.
  for (std::size_t k = floor + 1; k < limit; ++k) {
    if (!mentions_.is_name_word(k) || !tokens_.joined(k) || mentions_.counted_noun(k)) continue;
    const std::size_t verb = k - 1;  // an auxiliary or reflexive filler ("hatte sich Pieper") will do
    if (!tokens_.in(verb, words_.fillers) && (tokens_.capitalized(verb) || tokens_.in(verb, words_.mention_stops) || tokens_.in(verb, words_.mention_links) ||
        mentions_.is_description_start(verb) || mentions_.is_pronoun(verb)))
      continue;
    const TokenRange named = mentions_.after(k, limit);
    if (!named.empty() && named.first == k && mentions_.is_person_like(named)) return named;
  }
  return {};
}

}  // namespace article_lens
