// The edges of a reported clause that its cue decides: a request's clause is no report ("pediu à
// população que poupe água"), a pronoun inside the complementizer's entry opens the clause
// ("qu'elle ne viendrait pas"), and in verb-second languages the verb after a source opens it; a
// clause's end takes in a unit after its last number ("1%", "20 €") and a closing mark; a source
// named in marks runs to the mark that closes it.
#include "quotes/indirect_speech.h"

#include <algorithm>
#include <string>

#include "quotes/quote_marks.h"
#include "quotes/report_gaps.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
TokenRange IndirectSpeechFinder::through_marks(TokenRange mention, std::size_t last, bool at_end) const {
  // A mark opens before the mention's last word and does not close inside it: the source is named
  // in marks ("Как отмечает «МБХ медиа», ...", "пресс-служба «Спартака»"), and runs to the close.
  // (Or right after it: "Jak poinformował dziennik „Rzeczpospolita”, ...".)
  if (mention.empty()) return mention;
  std::size_t open = last, marks = 0;
  for (std::size_t k = mention.first; k <= mention.last && k < last; ++k)
    if (holds_quote_mark(tokens_.gap_before(k))) open = k, ++marks;
  if (marks != 1) return mention;
  std::size_t end = std::max(mention.last, open + 1);
  // (Over a comma inside the marks: "Как пишет Telegram-канал «Осторожно, новости», ...".)
  auto inside = [&](std::string_view gap) { return gap.find(',') != std::string_view::npos && !holds_quote_mark(gap) && !report_gaps::ends_clause(gap); };
  while (end < last && end - mention.first < MentionFinder::kMaxWords && (tokens_.joined(end) || inside(tokens_.gap_before(end)))) ++end;
  // (With `at_end`, the marks may close the sentence: "CLAUSE, пише «Українська правда».")
  auto closes_before = [&](std::size_t j) {
    if (j < last) return holds_quote_mark(tokens_.gap_before(j));
    if (!at_end) return false;
    if (j < tokens_.size()) return holds_quote_mark(tokens_.gap_before(j));
    return holds_quote_mark(tokens_.document().text.substr(tokens_.span(j - 1).end));
  };
  if (end <= last && closes_before(end) && end > mention.last && (open < mention.last || tokens_.joined(open, true)))
    return {mention.first, end};
  return mention;
}

Span IndirectSpeechFinder::clause(std::size_t first, std::size_t last) const {
  if (last <= first || last - first < kMinClauseWords) return {};
  const Span span{tokens_.span(first).begin, end_with_unit(tokens_.span(last - 1).end)};
  return {span.begin, end_past_closing_mark(tokens_.document().text, span)};  // "1%", "... ТОВ «Північний вітер»"
}

uint32_t IndirectSpeechFinder::end_with_unit(uint32_t end) const {
  // A unit after the clause's last number belongs to it ("abaixo de 1%", "à 5,5 %", "20 €"): the
  // word scan stops before signs that are not letters.
  const std::string_view text = tokens_.document().text;
  std::size_t pos = end;
  if (pos >= text.size() || pos == 0 || !unicode::is_decimal_digit(static_cast<unsigned char>(text[pos - 1]))) return end;
  while (pos < text.size()) {
    const auto cp = unicode::decode_at(text, pos);
    if (cp.value == ' ' || cp.value == 0xA0 || cp.value == 0x202F) {  // "5 %", with a (narrow) no-break space
      pos += cp.length;
      continue;
    }
    if (cp.value == '%' || cp.value == 0x2030 || (cp.value != '$' && unicode::is_symbol(cp.value)))
      return static_cast<uint32_t>(pos + cp.length);
    break;
  }
  return end;
}


Span IndirectSpeechFinder::with_elided_subject(std::size_t complementizer, Span clause) const {
  // "qu'elle ne participerait plus": the complementizer's entry holds the pronoun after its
  // apostrophe ("qu'" + "elle"), which is the clause's subject.
  if (complementizer > 0 && tokens_.elided(complementizer - 1) &&
      (words_.pronouns.contains_folded(tokens_.folded(complementizer)) || words_.group_pronouns.contains_folded(tokens_.folded(complementizer))))
    clause.begin = tokens_.span(complementizer).begin;
  return clause;
}

TokenRange IndirectSpeechFinder::source_before_verb(TokenRange mention) const {
  // Verb-second: a name or a bare source word ends the source, and the lower-case word after it is
  // the clause's verb ("Volgens het Centraal Planbureau valt", "Volgens ingewijden overweegt").
  // (Where nouns are capitalised, German keeps to its list of verbs.)
  if (!words_.verb_second || words_.capitalised_nouns || mention.size() < 2) return mention;
  if (!tokens_.capitalized(mention.first + 1) && !tokens_.in(mention.first + 1, words_.mention_links) &&
      mentions_.is_source_word(mention.first))
    return {mention.first, mention.first + 1};
  if (mention.size() > 2 && !tokens_.capitalized(mention.last - 1) && mentions_.is_name_word(mention.last - 2) &&
      !tokens_.in(mention.last - 1, words_.mention_links))
    return {mention.first, mention.last - 1};
  // (A description runs over the verb to the clause's subject, an article or a pronoun after a
  // lower-case word that links nothing: "Volgens de aanklager handelde de verdachte uit wraak".)
  if (mentions_.is_description_start(mention.first))
    for (std::size_t j = mention.first + 3; j <= mention.last && j < tokens_.size(); ++j)
      if (tokens_.joined(j) && tokens_.joined(j - 1) && !tokens_.capitalized(j - 1) && !tokens_.capitalized(j - 2) &&
          ((mentions_.is_description_start(j) && j < mention.last) || mentions_.is_pronoun(j)) && !tokens_.in(j - 1, words_.mention_links) &&
          !tokens_.in(j - 1, words_.determiners) && !tokens_.in(j - 1, words_.name_particles) && !tokens_.in(j - 1, words_.mention_stops))
        return {mention.first, j - 1};
  return mention;
}

bool IndirectSpeechFinder::occasion_after(std::size_t first, std::size_t cue, std::size_t k, std::size_t last) const {
  // A comma, then a preposition, an article or a title opens it ("au lendemain de", "an Orlando
  // Republican", "director of"); a pronoun, verb or relative pronoun goes on with the clause
  // ("В будущем, рассказала Эмма Александровна, ей ..."). The clause before is one: three words
  // or more, not a topic ("О роли алтайского языка ... говорил Путин в ходе ...").
  constexpr std::size_t kMinClauseBefore = 3;
  if (k >= last || cue < first + kMinClauseBefore || tokens_.in(first, words_.topic_prepositions) ||
      tokens_.gap_before(k).find(',') == std::string_view::npos || tokens_.in(k, words_.relative_pronouns) || mentions_.is_pronoun(k))
    return false;
  return tokens_.in(k, words_.mention_stops) || mentions_.is_description_start(k) || tokens_.in(k, words_.indefinites) || tokens_.title(k);
}

bool IndirectSpeechFinder::is_request(std::size_t first, std::size_t end) const {
  if (request_cues_.empty()) return false;
  std::string cue(tokens_.folded(first));
  for (std::size_t k = first + 1; k < end; ++k) cue.append(" ").append(tokens_.folded(k));
  return request_cues_.contains_folded(cue);
}

}  // namespace article_lens
