#include "quotes/attribution.h"

#include <algorithm>

#include "language/lang_tables.h"
#include "quotes/attribution_gaps.h"

namespace article_lens {
namespace {

using attribution_gaps::is_attribution_gap;

// Words after an attribution that stands as a sentence of its own ("“...” Trump said on Monday in Ohio.").
constexpr std::size_t kMaxWordsAfterAttribution = 8;

bool has_line_break(std::string_view text) {
  for (char c : text)
    if (c == '\n' || c == '\r') return true;
  return false;
}

}  // namespace

Attribution AttributionFinder::make(TokenRange mention, std::size_t cue, std::size_t cue_length, std::size_t limit) const {
  Attribution found;
  if (mention.empty()) return found;
  if (const TokenRange object = quoted_as(cue, cue_length, limit); !object.empty()) mention = object;
  // In the passive the subject heard the words ("Blumenthal was asked, “...”"): speech, by no one named.
  if (in_passive(cue, limit)) {
    found.cue = {tokens_.span(cue).begin, tokens_.span(cue + cue_length - 1).end};
    return found;
  }
  // An article alone after a preposition is a relative pronoun: its antecedent is the source, and
  // with none found, no one is named ("auf dem geschrieben stand").
  if (mention.size() == 1 && words_.verb_second && mentions_.is_description_start(mention.first) &&
      !mentions_.is_pronoun(mention.first) && mention.first > 0 && tokens_.in(mention.first - 1, words_.mention_stops)) {
    mention = prepositional_antecedent(mention.first, 0);
    if (mention.empty()) {
      found.cue = {tokens_.span(cue).begin, tokens_.span(cue + cue_length - 1).end};
      return found;
    }
  }
  found.mention = mention;
  found.mention_span = mentions_.span_with_apposition(mention, cue, limit);
  // The subject before its cue with the description a comma sets before the name ("El presidente
  // del Gobierno, Pedro Sánchez, dijo"): the whole noun phrase names the speaker.
  if (cue >= mention.last) found.mention_span.begin = tokens_.span(mentions_.leading_description(mention.first)).begin;
  found.cue = {tokens_.span(cue).begin, tokens_.span(cue + cue_length - 1).end};
  return found;
}

// French inversion: "dit-il", "a-t-elle déclaré": the pronoun is part of the cue's word.
Attribution AttributionFinder::pronoun_in_cue(std::size_t k, std::size_t limit) const {
  const std::string_view word = tokens_.text(k);
  const std::size_t hyphen = word.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return {};
  const std::string_view folded = tokens_.folded(k);
  const std::size_t folded_hyphen = folded.rfind('-');
  // "a-t-il ajouté", and "ont-ils déclaré" (a group: speech, but nobody named).
  if (folded_hyphen == std::string_view::npos || (!words_.pronouns.contains_folded(folded.substr(folded_hyphen + 1)) &&
                                                  !words_.group_pronouns.contains_folded(folded.substr(folded_hyphen + 1))))
    return {};
  std::string_view head = folded.substr(0, folded_hyphen);
  if (head.size() > 2 && head.substr(head.size() - 2) == "-t") head.remove_suffix(2);  // a-t-il
  Attribution found;
  const uint32_t begin = tokens_.span(k).begin;
  found.mention_span = {static_cast<uint32_t>(begin + hyphen + 1), tokens_.span(k).end};
  found.pronoun_in_cue = true;
  if (words_.cues.contains_folded(head) || words_.loaded_cues.contains_folded(head)) {
    found.cue = {begin, static_cast<uint32_t>(begin + word.substr(0, hyphen).size())};
    if (found.cue.end > begin + 2 && word.substr(found.cue.end - begin - 2, 2) == "-t") found.cue.end -= 2;
    return found;
  }
  if (words_.fillers.contains_folded(head) && k + 1 < limit && tokens_.joined(k + 1)) {
    if (const std::size_t cue = cue_at(k + 1, limit, false)) {
      found.cue = {tokens_.span(k + 1).begin, tokens_.span(k + cue).end};
      return found;
    }
  }
  return {};
}

Attribution AttributionFinder::adjacent(const MarkedSpan& quote, std::size_t previous_end, std::size_t next_begin) const {
  if (words_.unspaced) return unspaced_adjacent(quote, previous_end, next_begin);
  const Document& document = tokens_.document();
  // After the quote, the attribution stays inside the sentence where the quote ends.
  const long sentence = document.sentence_at(quote.span.end > 0 ? quote.span.end - 1 : 0);
  if (sentence < 0) return before(quote, previous_end);
  const auto& sentences = document.sentences;
  const std::size_t index = static_cast<std::size_t>(sentence);
  const std::size_t later_limit = std::min<std::size_t>(next_begin, sentences[index].span.end);
  const Attribution later = credited_source(after(quote, later_limit), later_limit);
  if (later.found()) return later;
  if (Attribution found = before(quote, previous_end); found.found()) return found;
  if (later.cue_only()) return later;  // "«...», — говорится в сообщении": speech, no speaker
  // “Who pays?” Trump asked. -- the sentence ended inside the quote; its attribution follows.
  const std::string_view content = document.slice(quote.content);
  if (content.empty() || sentences[index].span.end > quote.span.end + 1 || index + 1 >= sentences.size()) return {};
  // Only a quote that is a sentence of its own: "Morris says ... and will “compete.” O’Malley’s
  // move was reported by MSNBC." has its attribution before it.
  if (tokens_.first_at_or_after(sentences[index].span.begin) < tokens_.first_at_or_after(quote.span.begin)) return {};
  const bool asks_or_exclaims = content.back() == '?' || content.back() == '!';
  const Span next = sentences[index + 1].span;
  if (next.begin < quote.span.end || has_line_break(document.text.substr(quote.span.end, next.begin - quote.span.end))) return {};
  const std::size_t next_limit = std::min<std::size_t>(next_begin, next.end);
  Attribution found = after(quote, next_limit);
  if (!found.found()) return found;
  // The attribution opens the next sentence: a mention and its cue, or the cue and its mention.
  const std::size_t opening = tokens_.first_at_or_after(next.begin);
  // (Or the mention opens it and its apposition runs up to the cue: "Miller, a retired worker from a
  // nuclear plant, said".)
  if (tokens_.first_at_or_after(found.cue.begin) > opening + MentionFinder::kMaxWords &&
      !(found.mention.first == opening && mentions_.is_person_like(found.mention) && found.mention.last < tokens_.size() &&
        tokens_.gap_before(found.mention.last).find(',') != std::string_view::npos &&
        tokens_.first_at_or_after(found.mention_span.end) == tokens_.first_at_or_after(found.cue.begin)))
    return {};
  if (asks_or_exclaims) return credited_source(found, next_limit);
  // After a full stop only a sentence that is nothing but the attribution ("“...” Trump said.",
  // "“...” Reeves wrote, citing precedent."), not one that reports more ("Trump said the plan ...").
  const std::size_t rest = tokens_.first_at_or_after(std::max(found.cue.end, found.mention_span.end));
  const std::size_t next_end = tokens_.first_at_or_after(next.end);
  if (rest >= next_end) return found;
  if (next_end - rest > kMaxWordsAfterAttribution || tokens_.gap_before(rest).find(',') != std::string_view::npos) {
    return next_end - rest > kMaxWordsAfterAttribution ? Attribution{} : credited_source(found, next_limit);
  }
  // What may follow: a prepositional phrase or an adverb ("on Monday", "of the swirl", "later").
  // (After an adverb of manner: "said pleasantly into the phone".)
  std::size_t after_adverb = rest;
  if (rest + 1 < next_end && tokens_.joined(rest + 1) && lang_data::ends_with_entry("adverb_endings", words_.language, tokens_.folded(rest), 3))
    ++after_adverb;
  const bool circumstance = tokens_.in(after_adverb, words_.mention_stops) || tokens_.in(after_adverb, words_.mention_links) ||
                            tokens_.in(after_adverb, words_.fillers);
  return circumstance && !tokens_.in(rest, words_.complementizers) ? credited_source(found, next_limit) : Attribution{};
}

}  // namespace article_lens
