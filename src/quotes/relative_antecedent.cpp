// Verb-final clauses whose cue follows the quote. A cue that ends a relative clause whose pronoun is its subject: the antecedent speaks ("Kritik
// kommt vom Verband IGEB, der die Maßnahme als „Kapitulation“ vor den Randalierern sieht"), not the
// object the verb-final clause puts before its cue.
#include "language/word_set.h"
#include "quotes/attribution.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// How far back from the cue the relative pronoun may stand (keeps the search linear).
constexpr std::size_t kMaxClauseWords = 20;

}  // namespace

TokenRange AttributionFinder::relative_antecedent(std::size_t cue, std::size_t floor, const std::vector<Span>& quotes) const {
  const WordSet& pronouns = WordSet::shared("subject_relative_pronouns", words_.language);
  if (pronouns.empty() || !words_.verb_second) return {};
  auto quoted = [&](std::size_t k) {
    const uint32_t pos = tokens_.span(k).begin;
    for (const Span& q : quotes)
      if (q.begin <= pos && pos < q.end) return true;
    return false;
  };
  // Back to the clause's opening comma, over quoted words only (the clause holds no other comma).
  std::size_t opening = cue;
  for (std::size_t k = cue; k > floor && cue - k <= kMaxClauseWords; --k) {
    if (tokens_.gap_before(k).find(',') == std::string_view::npos || quoted(k)) continue;
    opening = k;
    break;
  }
  if (opening == cue || opening + 1 >= cue || !pronouns.contains_folded(tokens_.folded(opening))) return {};
  // A person named after the pronoun is the clause's subject ("die Marke, die Schröder ... erklärt hatte").
  if (!subordinate_subject(cue, floor).empty()) return {};
  // The antecedent ends at the comma: the widest mention that does, back to a preposition or the
  // clause's start ("vom Berliner Fahrgastverband IGEB,").
  TokenRange antecedent;
  for (std::size_t start = opening; start-- > floor && opening - start <= MentionFinder::kMaxWords;) {
    if (tokens_.in(start, words_.mention_stops)) break;
    const TokenRange candidate = mentions_.after(start, opening);
    if (!candidate.empty() && candidate.first == start && candidate.last == opening) antecedent = candidate;
    if (start == floor || !tokens_.joined(start)) break;
  }
  if (antecedent.empty() || !mentions_.is_person_like(antecedent)) return {};
  return antecedent;
}

TokenRange AttributionFinder::relative_subject(std::size_t cue, std::size_t floor) const {
  const WordSet& pronouns = WordSet::shared("subject_relative_pronouns", words_.language);
  if (pronouns.empty() || words_.verb_second) return {};
  std::size_t k = cue;
  while (k > floor && tokens_.in(k - 1, words_.fillers)) --k;  // "who also added", "che ha aggiunto"
  if (k <= floor + 1) return {};
  const std::size_t pronoun = k - 1;
  if (!pronouns.contains_folded(tokens_.folded(pronoun)) || tokens_.gap_before(pronoun).find(',') == std::string_view::npos)
    return {};
  const TokenRange antecedent = mentions_.names_before(pronoun, floor);
  if (antecedent.empty() || antecedent.last != pronoun || !mentions_.is_person_like(antecedent)) return {};
  return past_origin(antecedent, floor);
}

TokenRange AttributionFinder::past_origin(TokenRange place, std::size_t floor) const {
  // "Nicky Dunn, 24, from Leeds, who said ...": a place after an origin link ("from", "of") is
  // where the person named before it comes from, not who the pronoun stands for.
  std::size_t link = place.first;
  if (link <= floor + 1 || !tokens_.joined(link) || !words_.origin_links.contains_folded(tokens_.folded(link - 1))) return place;
  std::size_t end = link - 1;
  // (Over an age set off by commas.)
  if (end > floor + 1 && tokens_.gap_before(end).find(',') != std::string_view::npos && unicode::is_decimal_digit(unicode::decode_at(tokens_.text(end - 1), 0).value)) --end;
  const TokenRange person = mentions_.names_before(end, floor);
  // (A name: "an endorsement from Mike Lee, who declared" keeps Mike Lee.)
  if (person.empty() || person.last != end || !mentions_.is_person_like(person) || !mentions_.is_name_word(person.last - 1)) return place;
  return person;
}

TokenRange AttributionFinder::verb_final_subject(std::size_t cue, std::size_t mention_floor, std::size_t floor,
                                                std::size_t quote_first) const {
  // Only a cue after the quote whose own search stopped at the quote, in a clause that ends with it.
  if (!words_.verb_second || mention_floor <= quote_first || quote_first <= floor) return {};
  if (cue + 1 < tokens_.size() && tokens_.joined(cue + 1) && !tokens_.in(cue + 1, words_.fillers)) return {};
  if (const TokenRange subject = subordinate_subject(cue, floor); !subject.empty()) return subject;
  // A passive clause's subject is spoken of, not speaking ("Die Firma wurde im „Blatt“ als „...“ bezeichnet").
  const WordSet& auxiliaries = WordSet::shared("passive_auxiliaries", words_.language);
  for (std::size_t k = floor; k < quote_first; ++k)
    if (auxiliaries.contains_folded(tokens_.folded(k))) return {};
  const TokenRange subject = mentions_.clause_subject(floor, quote_first);
  return !subject.empty() && mentions_.is_person_like(subject) ? subject : TokenRange{};
}

TokenRange AttributionFinder::prepositional_antecedent(std::size_t pronoun, std::size_t floor) const {
  // "ein Zettel kleben, auf dem geschrieben stand: „...“", "eine Erklärung, in der es hieß": after
  // a comma and a preposition an article alone is a relative pronoun; what it stands for is the
  // noun phrase before the comma (over a verb that closes the clause before it: "kleben").
  if (!words_.verb_second || pronoun < floor + 2 || !mentions_.is_description_start(pronoun) ||
      !tokens_.in(pronoun - 1, words_.mention_stops) || tokens_.capitalized(pronoun - 1) ||
      tokens_.gap_before(pronoun - 1).find(',') == std::string_view::npos)
    return {};
  constexpr std::size_t kMaxVerbWords = 2;
  std::size_t end = pronoun - 1;  // the comma stands before this token
  for (std::size_t skipped = 0; skipped < kMaxVerbWords && end > floor + 1 && !tokens_.capitalized(end - 1) &&
                                !mentions_.is_description_start(end - 1) && !tokens_.in(end - 1, words_.mention_stops);
       ++skipped)
    --end;
  TokenRange antecedent;
  for (std::size_t start = end; start-- > floor && end - start <= MentionFinder::kMaxWords;) {
    if (tokens_.in(start, words_.mention_stops)) break;
    const TokenRange candidate = mentions_.after(start, end);
    if (!candidate.empty() && candidate.first == start && candidate.last == end) antecedent = candidate;
    // An article opens the phrase: the verb before it is no part of it ("musste ein Schild").
    if (start == floor || !tokens_.joined(start) || (!antecedent.empty() && mentions_.is_description_start(start))) break;
  }
  return antecedent;
}

}  // namespace article_lens
