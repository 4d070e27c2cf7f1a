// The apposition a mention carries ("Sergei Lavrov, the foreign minister"; "Tom Cole (R-Okla.)"):
// apart from mentions.cpp because it reads the gaps between words, not the words.
#include <algorithm>

#include "language/word_set.h"
#include "quotes/mention_gaps.h"
#include "quotes/mentions.h"
#include "quotes/quote_marks.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// What a gap inside an apposition may hold: no sentence or clause end, no quotation mark.
enum class ApposGap { kPlain, kComma, kOpen, kClose, kStop };
ApposGap apposition_gap(std::string_view gap) {
  ApposGap found = ApposGap::kPlain;
  for (std::size_t i = 0; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    i += cp.length;
    if (unicode::is_space(cp.value) && !unicode::is_line_break(cp.value)) continue;
    if (cp.value == ',') found = ApposGap::kComma;
    else if (cp.value == '(') found = ApposGap::kOpen;
    else if (cp.value == ')') found = found == ApposGap::kComma ? ApposGap::kComma : ApposGap::kClose;
    else if (cp.value == '.' || cp.value == '-' || cp.value == '\'' || cp.value == 0x2019) continue;  // "Jr.", "D-N.Y."
    else return ApposGap::kStop;
  }
  return found;
}

// A comma, then the opening mark of the quotation the clause starts with (", « le gouvernement").
bool comma_before_mark(std::string_view gap) {
  const std::size_t comma = gap.find(',');
  if (comma == std::string_view::npos) return false;
  for (std::size_t i = comma + 1; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    i += cp.length;
    if (unicode::is_space(cp.value) && !unicode::is_line_break(cp.value)) continue;
    return QuoteMarks::shared().is_mark_character(cp.value);
  }
  return false;
}

}  // namespace

bool MentionFinder::reads_as_clause(std::size_t first, std::size_t last) const {
  // "said Montero, who admitted that “...”": a clause that runs on into the quote, not a
  // description of the speaker (a relative clause that ends is one: "Weld, who added that ...").
  // So is a relative clause that reports ("Díaz, quien añadió que el Gobierno “...”"; not "a plant
  // that squeezes oranges").
  for (std::size_t k = first + 1; k < last; ++k)
    if (tokens_.in(k, words_.complementizers) && tokens_.joined(k) &&
        (tokens_.in(k - 1, words_.cues) || tokens_.in(k - 1, words_.loaded_cues)))
      return true;
  // "According to the minister, public finances are ...": the reported clause itself; a verb is
  // an apposition's only inside its relative clause ("Alan Cobb, a senior adviser who spent ...").
  for (std::size_t k = first; k < last; ++k) {
    if (tokens_.in(k, words_.relative_pronouns)) return false;
    if (tokens_.in(k, words_.finite_verbs) && !tokens_.capitalized(k)) return true;  // not "Muslim Advocates"
  }
  return false;
}

std::size_t MentionFinder::leading_description(std::size_t name_first) const {
  // The description's words stay in one phrase (no punctuation between them) and hold no verb:
  // "la porte-parole du gouvernement, Maud Bregeon"; not "a rencontré hier, Paul Martin".
  // "la vicepresidenta segunda del Gobierno y ministra de Trabajo y Economía Social, Yolanda Díaz"
  constexpr std::size_t kMaxDescriptionWords = 20;
  // (A preposition fused with an article links a trade to its case as "de" does: "o delegado
  // responsável pelo caso, Rodrigo Vaz"; data/article_contractions_<lang>.txt.)
  const WordSet* contractions = nullptr;  // (looked up only past the early return: this runs for every mention)
  auto contraction = [&](std::size_t k) {
    if (!contractions) contractions = &WordSet::shared("article_contractions", words_.language);
    return contractions->contains_folded(tokens_.folded(k));
  };
  if (name_first == 0 || !is_name_word(name_first) || !mention_gaps::is_comma_gap(tokens_.gap_before(name_first)) ||
      tokens_.gap_before(name_first).find(',') == std::string_view::npos)
    return name_first;
  for (std::size_t k = name_first - 1, words = 1; words <= kMaxDescriptionWords; --k, ++words) {
    // (A possessive owner opens it as an article does: "Britain's foreign minister, Alan Pryce".)
    if (tokens_.in(k, words_.determiners) || (tokens_.possessive(k) && k + 1 < name_first)) {
      // The article before the title opens it; one inside the body does not ("de la Commission").
      std::size_t title = k + 1;
      // (Over modifiers, and up to two capitalised ones: "the French foreign minister, Anne Roy".)
      for (std::size_t capitalised = 0; title + 1 < name_first; ++title) {
        if (tokens_.in(title, words_.title_modifiers)) continue;
        if (!tokens_.capitalized(title) || title_at(title, name_first) > 0 || ++capitalised > 2) break;
      }
      // (And over one lower-case noun before the title: "the city's police commissioner, Rita Sewell".)
      if (title + 1 < name_first && !tokens_.capitalized(title) && title_at(title, name_first) == 0 && title_at(title + 1, name_first) > 0)
        ++title;
      // (Not a name after the title: in "el presidente Lula, Fernando Haddad y ..." Lula is named.)
      if (const std::size_t words = title < name_first ? title_at(title, name_first) : 0;
          words > 0 && (title + words == name_first || !is_name_word(title + words)))
        return k;
    } else if (tokens_.in(k, words_.cues) || tokens_.in(k, words_.loaded_cues) ||
               (tokens_.in(k, words_.finite_verbs) && (words_.capitalised_nouns || !tokens_.capitalized(k))) ||  // (not "São Paulo")
               tokens_.in(k, words_.complementizers) || tokens_.in(k, words_.relative_pronouns) || is_pronoun(k)) {
      return name_first;
    } else if (!tokens_.capitalized(k) && !tokens_.title(k) && !tokens_.in(k, words_.mention_links) && !contraction(k) &&
               !tokens_.in(k, words_.name_particles) && !tokens_.in(k, words_.title_modifiers) && !tokens_.elided(k) &&
               !(k > 0 && tokens_.joined(k) &&
                 (tokens_.capitalized(k - 1) || tokens_.in(k - 1, words_.determiners) || tokens_.in(k - 1, words_.mention_links) ||
                  contraction(k - 1) || tokens_.possessive(k - 1) || tokens_.title(k - 1)))) {  // (and an adjective after a title: "vicepresidenta segunda")
      // Only the title, its links, the body's name or noun and an adjective after its name ("de la
      // Commission européenne", "de la patronal"): other words make a clause ("the candidate many
      // years ago in Atlantic City, N.J.").
      return name_first;
    }
    if (k == 0 || !tokens_.joined(k)) return name_first;
  }
  return name_first;
}

Span MentionFinder::span_with_apposition(TokenRange mention, std::size_t cue, std::size_t limit) const {
  Span span{tokens_.span(mention.first).begin, tokens_.span(mention.last - 1).end};
  limit = std::min(limit, tokens_.size());
  if (mention.last >= limit) return span;
  const ApposGap opening = apposition_gap(tokens_.gap_before(mention.last));
  // Or a place or body after a link, up to the cue ("Jeffrey Lewis of the James Martin Center for
  // Nonproliferation Studies wrote").
  const bool origin = opening == ApposGap::kPlain && cue >= mention.last &&
                      (words_.origin_links.contains_folded(tokens_.folded(mention.last)) || tokens_.in(mention.last, words_.mention_links));
  // Or a relative clause without a comma ("said the man who built his career on ...", "the groups
  // who wrote to her on Thursday say").
  // (Not the pronoun alone before a cue that is the clause's own verb: "the groups who wrote".)
  const bool relative = opening == ApposGap::kPlain && is_relative_pronoun(mention.last) && cue != mention.last + 1;
  // After the cue, a person's place or body ("said Drew Heiserman of the Teachers Union.").
  const bool origin_after = opening == ApposGap::kPlain && cue < mention.first && is_name_word(mention.last - 1) &&
                            words_.origin_links.contains_folded(tokens_.folded(mention.last));
  if (opening != ApposGap::kComma && opening != ApposGap::kOpen && !origin && !relative && !origin_after) return span;
  std::size_t end = mention.last;
  bool open = opening == ApposGap::kOpen;
  std::size_t closed_after = 0;  // the token after a bracket closed after the cue ("Laut Beat Walti (FDP) sei")
  if (cue >= mention.last) {
    // Before the cue: everything up to it but the fillers ("Lavrov, the foreign minister, also said").
    std::size_t last = cue;
    // (Nor the cue's object pronoun: "Yolanda Díaz, lo calificó de …".)
    if (last > mention.last && tokens_.joined(last) && words_.object_clitics.contains_folded(tokens_.folded(last - 1))) --last;
    while (last > mention.last && tokens_.in(last - 1, words_.fillers) && tokens_.joined(last)) --last;
    // And a filler phrase set off by commas ("Yolanda Díaz, por su parte, ha señalado").
    if (const std::size_t filler = tokens_.phrase_ending_at(words_.fillers, last - 1, mention.last);
        filler > 1 && last - filler >= mention.last && mention_gaps::is_comma_gap(tokens_.gap_before(last - filler)))
      last -= filler;
    // "Anna Berg, who added": the relative pronoun is the cue's subject, not the mention's.
    if (last == mention.last + 1 && tokens_.in(mention.last, words_.relative_pronouns)) return span;
    if (last - mention.last > kMaxApposition + kMaxBracketWords) return span;
    for (std::size_t k = mention.last + 1; k < last; ++k) {
      const ApposGap gap = apposition_gap(tokens_.gap_before(k));
      if (gap == ApposGap::kStop) return span;
      if (gap == ApposGap::kOpen) open = true;
      if (gap == ApposGap::kClose) open = false;
    }
    end = last;
  } else {
    // After the cue: a bracket, then an apposition up to the next comma or the sentence's end.
    if (open) {
      for (std::size_t k = mention.last + 1; k < limit && k <= mention.last + kMaxBracketWords; ++k) {
        const ApposGap gap = apposition_gap(tokens_.gap_before(k));
        if (gap == ApposGap::kStop || gap == ApposGap::kOpen) break;
        if (gap == ApposGap::kClose || gap == ApposGap::kComma) {
          end = k;
          open = false;
          closed_after = gap == ApposGap::kClose ? k : 0;
          break;
        }
      }
      // The bracket closing the sentence: "sagte Nationalrat Beat Walti (FDP)."
      const std::string_view text = tokens_.document().text;
      if (open && limit > mention.last && limit - mention.last <= kMaxBracketWords) {
        const std::size_t after = tokens_.span(limit - 1).end;
        const std::size_t stop = limit < tokens_.size() ? tokens_.span(limit).begin : text.size();
        if (const std::size_t close = text.substr(after, stop - after).find(')'); close != std::string_view::npos)
          return {span.begin, static_cast<uint32_t>(after + close + 1)};
      }
      if (open) return span;
    }
    std::size_t first = end;
    const ApposGap before = end == mention.last ? opening : apposition_gap(tokens_.gap_before(end));
    if (first < limit && (before == ApposGap::kComma || relative || origin_after) && !tokens_.in(first, words_.cues) &&
        !tokens_.in(first, words_.loaded_cues) && !tokens_.in(first, words_.complementizers) &&
        !(words_.verb_second && tokens_.in(first, words_.fillers)) &&  // "so X, wird die Firma …": the main clause's verb
        (!tokens_.in(first, words_.mention_stops) || tokens_.in(first, words_.relative_pronouns))) {
      std::size_t k = first + 1;
      while (k < limit && k - first <= kMaxApposition && apposition_gap(tokens_.gap_before(k)) == ApposGap::kPlain) ++k;
      const bool closed = k >= limit || apposition_gap(tokens_.gap_before(k)) != ApposGap::kPlain;
      // After a source phrase the reported clause follows the comma: an apposition there closes
      // with a comma of its own ("According to the minister, public finances are ...").
      const bool source = tokens_.phrase_at(words_.source_phrases, cue, mention.first) > 0 ||
                          (cue < tokens_.size() && words_.source_openers.contains_folded(tokens_.folded(cue)));
      // (Also before the quotation the clause opens with: "Pour Sophie Binet, secrétaire générale de
      // la CGT, « le gouvernement se trompe »".)
      const bool comma_closed = k < limit && (apposition_gap(tokens_.gap_before(k)) == ApposGap::kComma ||
                                              (source && comma_before_mark(tokens_.gap_before(k))));
      // (An article alone is none: it opens the outlet told in the dative, "sagte der Präsident des
      // Instituts, Marcel Fratzscher, der „Rheinischen Post“".)
      const bool article_alone = k == first + 1 && tokens_.in(first, words_.determiners);
      // (Nor words given their own age or number right after: "Según la Policía Nacional, el
      // detenido, de 34 años, tenía ..." -- they are the clause's subject, not the source's apposition.)
      bool described_next = false;
      constexpr std::size_t kMaxAttributeWords = 4;  // "de 34 años", "âgé de 34 ans"
      if (source && comma_closed) {
        bool number = false;
        for (std::size_t j = k; j < limit && j - k <= kMaxAttributeWords; ++j) {
          if (j > k && apposition_gap(tokens_.gap_before(j)) != ApposGap::kPlain) {
            described_next = number && apposition_gap(tokens_.gap_before(j)) == ApposGap::kComma;
            break;
          }
          number = number || tokens_.token(j).has(unicode::kStartsWithDigit);
        }
      }
      if (closed && k - first <= kMaxApposition && !reads_as_clause(first, k) && (!source || comma_closed) && !article_alone &&
          !described_next)
        end = k;
    }
  }
  if (end == mention.last) return span;
  span.end = tokens_.span(end - 1).end;
  if (open || end == closed_after) {  // the bracket's closing mark
    const std::string_view rest = tokens_.document().text.substr(span.end, end < tokens_.size() ? tokens_.span(end).begin - span.end : 0);
    if (const std::size_t close = rest.find(')'); close != std::string_view::npos) span.end += static_cast<uint32_t>(close + 1);
  }
  return span;
}

std::size_t MentionFinder::body_adjectives_end(std::size_t first, std::size_t name_end, std::size_t k, std::size_t run_end,
                                               std::size_t limit) const {
  std::size_t body = name_end - 1;
  while (body > first && could_be_name(body - 1)) --body;
  if (body > first + 1 && is_description_start(body - 1)) --body;  // "de la Sécurité civile"
  // (Not a day or an adverb: "le maire de Lyon mardi, Anne Martin étant absente".)
  bool adjectives = run_end - k <= 2;
  for (std::size_t m = k; m < run_end && adjectives; ++m)
    adjectives = !tokens_.in(m, words_.fillers) && !words_.time_words.contains_folded(tokens_.folded(m));
  const bool after_link = tokens_.in(body - 1, words_.mention_links) || tokens_.elided(body - 1);
  return adjectives && after_link && run_end < limit && mention_gaps::is_comma_gap(tokens_.gap_before(run_end)) && could_be_name(run_end)
             ? run_end
             : 0;
}

}  // namespace article_lens
