// Attributions before a quotation: "Karen Olsen said: “…”", "He told reporters, “…”", "По словам
// X, «…»".
#include "quotes/attribution.h"

#include <algorithm>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/attribution_gaps.h"
#include "quotes/live_blog_time.h"
#include "quotes/mention_gaps.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using attribution_gaps::is_attribution_gap;
using mention_gaps::is_comma_gap;

bool has_dash(std::string_view gap) {
  for (std::size_t i = 0; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    i += cp.length;
    if (unicode::is_dash(cp.value)) return true;
  }
  return false;
}

bool ends_with_colon(std::string_view text) {
  for (std::size_t end = text.size(); end > 0;) {
    const auto cp = unicode::decode_before(text, end);
    if (!unicode::is_space(cp.value)) return cp.value == ':';
    end -= cp.length;
  }
  return false;
}

}  // namespace

std::size_t AttributionFinder::whole_cue_start(std::size_t k, std::size_t floor, std::size_t end, std::size_t& cue) const {
  const std::size_t whole = k > floor ? tokens_.phrase_ending_at(words_.cues, k, floor) : 0;
  if (whole <= 1 || cue_at(k + 1 - whole, end, false) != whole) return k;
  cue = whole;
  return k + 1 - whole;
}

Attribution AttributionFinder::before(const MarkedSpan& quote, std::size_t floor_byte) const {
  const Document& document = tokens_.document();
  const std::size_t end = tokens_.first_at_or_after(quote.span.begin);
  const long sentence = document.sentence_at(quote.span.begin);
  std::size_t floor = floor_byte;
  if (sentence >= 0) floor = std::max<std::size_t>(floor, document.sentences[static_cast<std::size_t>(sentence)].span.begin);
  bool line_breaks = false;
  if (tokens_.first_at_or_after(floor) >= end && sentence > 0) {
    // The quote opens its sentence: the previous one may introduce it ("Lukashenko said:\n“...”").
    const Span previous = document.sentences[static_cast<std::size_t>(sentence - 1)].span;
    if (previous.begin < floor_byte || !ends_with_colon(document.slice(previous))) return {};
    floor = previous.begin;
    line_breaks = true;
  }
  floor = after_clock_time(document.text, floor, words_.language);
  const std::size_t floor_token = tokens_.first_at_or_after(floor);
  if (end <= floor_token) return {};
  const uint32_t lead_begin = tokens_.span(end - 1).end;
  bool colon = false;
  if (!is_attribution_gap(document.text.substr(lead_begin, quote.span.begin - lead_begin), line_breaks, &colon, true)) return {};

  const std::size_t reach = colon ? kMaxWordsBeforeColon : kMaxWordsAfterCue;
  for (std::size_t k = end; k-- > floor_token && end - k <= reach + 1;) {
    std::size_t cue = cue_at(k, end, false);
    if (!cue) continue;
    if (cue == 1) k = whole_cue_start(k, floor_token, end, cue);
    const std::size_t after_cue = k + cue;
    const bool source = is_source_phrase(k, end);
    if (source && !is_postposition(k, end)) {  // "nach Angaben des künstlerischen Leiters „...“": the source sits between
      const TokenRange mention = source_of(k, cue, end);
      if (!mention.empty() && (mention.last == end || colon)) return make(mention, k, cue, end);
    }
    std::size_t between = after_cue;  // "bekräftigt auch, „...“": fillers may stand between
    while (between < end && tokens_.in(between, words_.fillers)) ++between;
    // (Where word order is free, also a titled speaker after the cue and before the colon: "На
    // вопрос журналистов ответила глава ЦБ Эльвира Набиуллина: «...»".)
    const bool titled_before_colon = words_.names_after_nouns && colon && between < end && tokens_.title(between);
    if (!source && between < end && between == after_cue && (k == floor_token || follows_quote(k) || titled_before_colon)) {
      // The speaker after a cue that follows a quote or opens the sentence, right before the
      // quote: the second half of a split quote ("“...,” said an Iowa Democrat, “and ...”"), or
      // "Said Karen Olsen: “...”". (Elsewhere the words after the cue are its object: "told his
      // supporters, “...”".)
      const TokenRange inverted = mentions_.after(between, end);
      if (!inverted.empty() && mentions_.is_person_like(inverted) &&
          tokens_.first_at_or_after(mentions_.span_with_apposition(inverted, k, end).end) == end)
        return make(inverted, k, cue, end);
    }
    // (Verb second, an article before lower-case words: "forderte einen „offensiven Umgang …“".)
    const std::size_t inside = tokens_.first_at_or_after(quote.content.begin);
    const bool article_only = words_.verb_second && end - between == 1 && mentions_.is_description_start(between) &&
                              !mentions_.is_pronoun(between) && inside < tokens_.size() &&
                              tokens_.span(inside).begin < quote.content.end && !tokens_.capitalized(inside);
    if (between < end && !colon && !article_only && tokens_.phrase_at(words_.complementizers, between, end) != end - between)
      continue;  // only "told reporters:" or "said that “" may put words between cue and quote
    TokenRange mention;
    if (source) {
      // Dem Bericht zufolge: „...“ -- else According to the ministry, “...”
      if (is_postposition(k, end)) mention = mentions_.before(k, floor_token);
      if (mention.empty()) mention = source_of(k, cue, end);
    } else {
      mention = subject_of(k, cue, floor_token, end, colon);
      if (const TokenRange quoted = quoting_verb_object(mention, end); !quoted.empty()) mention = quoted;
      if (const TokenRange owner = words_owner_before(k, floor_token); !owner.empty()) mention = owner;
    }
    return make(mention, k, cue, end);
  }
  if (!colon) return {};
  // A colon introduction without a cue: the clause's first mention speaks ("Burton: “I love cats.”"),
  // or a name set off before the colon by a dash or a link ("Pollsters agree - Carl Bialik: “...”",
  // "More from Blumenthal and Cohen: “...”").
  TokenRange mention = mentions_.after(floor_token, end);
  // Verb second: a description opening the clause ends before the clause's verb, a lower-case word
  // after its noun that links nothing ("Die Bürgermeisterin beruhigte die Anwohner: „…“").
  if (words_.verb_second && !mention.empty() && mention.first == floor_token && mentions_.is_description_start(mention.first))
    for (std::size_t m = mention.first + 2; m < mention.last; ++m)
      if (!tokens_.capitalized(m) && tokens_.capitalized(m - 1) && !tokens_.in(m, words_.mention_links) &&
          !tokens_.in(m, words_.mention_stops) && !tokens_.in(m, words_.determiners) && !mentions_.is_description_start(m)) {
        mention.last = m;
        break;
      }
  const TokenRange last_name = mentions_.names_before(end, floor_token);
  if (!last_name.empty() && last_name.first > mention.first && mentions_.is_name_word(last_name.last - 1) &&
      (has_dash(tokens_.gap_before(last_name.first)) ||
       tokens_.in(last_name.first - 1, words_.mention_links) ||  // "More from Blumenthal and Cohen:"
       WordSet::shared("byline_links", words_.language).contains_folded(tokens_.folded(last_name.first - 1))))  // "“...,” by Times' Ben Sisario:"
    mention = last_name;
  // Two joined by a coordinator right before the colon speak together ("Ruth Park and Sam Ode: “...”").
  if (const TokenRange joined = mentions_.joined_names_after(mention, end); joined.last == end && joined.last > mention.last)
    mention = joined;
  // Verb second, one opening word before the speaker: "Dazu Ministerin Anna Berg: „...“".
  if (words_.verb_second && (mention.empty() || mention.first > floor_token) && !last_name.empty() &&
      last_name.first == floor_token + 1 && last_name.last == end && !tokens_.in(floor_token, words_.mention_stops))
    mention = last_name;
  bool person_like = false;  // "Burton: “...”", not "His first great work appeared: „...“"
  for (std::size_t m = mention.first; m < mention.last && !person_like; ++m)
    person_like = mentions_.is_name_word(m) || mentions_.is_pronoun(m) || mentions_.title_at(m, mention.last) ||
                  mentions_.is_source_word(m);
  // "Работа строится просто: «...»": where nouns are lower case, a lone capital opening the sentence
  // names no one unless the colon follows it ("Петров: «...»") or the article names that person.
  if (person_like && words_.names_after_nouns && mention.size() == 1 && mention.first == floor_token &&
      mention.last < end && mentions_.is_name_word(mention.first) && !mentions_.is_known_person(mention.first))
    person_like = false;
  // Verb second: a description opening the clause with its verb after it is the clause's subject
  // ("Der Ermittler, der als Zeuge gilt, will seine Arbeit beenden: „...“"; not what someone has:
  // "Seine Zuversicht gründet sich auf Erfahrungen:"), unless a pronoun
  // after the verb is ("Das Angebot, Verwundete zu behandeln, lehnt er jedoch ab: „...“").
  if (!person_like && words_.verb_second && !mention.empty() && mention.first == floor_token &&
      mentions_.is_description_start(mention.first) && !tokens_.in(mention.first, words_.possessives) &&
      !opens_object(mention.first) && mentions_.followed_by_verb(mention, end)) {
    person_like = true;
    // (A description with its verb right after it is the subject: "Der Student schlief ein, war er ...".)
    for (std::size_t m = mention.last; m < end && !tokens_.joined(mention.last); ++m) {
      if (mentions_.is_pronoun(m) && tokens_.joined(m)) {
        mention = {m, m + 1};
        break;
      }
    }
  }
  // Verb second, the phrase before the verb no speaker: the subject after it ("Jede Mitschuld weist
  // Hartmann von sich:").
  if (!person_like && words_.verb_second) {
    if (const TokenRange subject = subject_after_verb(floor_token, end); !subject.empty()) {
      std::size_t verb = subject.first - 1;
      while (verb > floor_token && tokens_.in(verb, words_.fillers)) --verb;
      return make(subject, verb, 1, end);
    }
  }
  // An opening phrase set off by a comma speaks not: the subject after it does ("Interrogé sur son
  // capitaine, l'entraîneur X a botté en touche : «…»"; "Asked about it, Smith was blunt:").
  if (!person_like && !words_.verb_second)
    if (const TokenRange subject = mentions_.clause_subject(floor_token, end);
        !subject.empty() && subject.first > floor_token && subject.last < end && mentions_.is_name_word(subject.last - 1) &&
        is_comma_gap(tokens_.gap_before(subject.first)))
      mention = subject, person_like = true;
  if (!person_like) return {};
  Attribution found = make(mention, floor_token, 1);
  if (!found.found()) return {};
  // "El presidente, Pedro Sánchez, defendió la medida:": words that run on to the colon from a
  // lower-case word that opens no description or title are the clause's predicate, not an
  // apposition of its subject ("Erkki Tuomioja, Präsident des Rats:" is one).
  const std::size_t after = mention.last;
  if (after < end && tokens_.first_at_or_after(found.mention_span.end) >= end && !tokens_.capitalized(after) &&
      !mentions_.is_description_start(after) && !tokens_.title(after) && !tokens_.in(after, words_.title_modifiers))
    found.mention_span = {tokens_.span(mention.first).begin, tokens_.span(mention.last - 1).end};
  const std::size_t colon_at = document.text.find(':', lead_begin);
  found.cue = {static_cast<uint32_t>(colon_at), static_cast<uint32_t>(colon_at + 1)};
  return found;
}

}  // namespace article_lens
