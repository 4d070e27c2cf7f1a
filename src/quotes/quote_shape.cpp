#include "quotes/quote_shape.h"

#include "language/word_set.h"
#include "quotes/people.h"
#include "quotes/quote_marks.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::decode_at;
using unicode::decode_before;

// Titles longer than this are rare; a longer capitalised span is more likely shouting or a list.
constexpr std::size_t kMaxTitleWords = 12;
// How many words of the sentence tell whether it is written in title case.
constexpr std::size_t kContextWords = 40;

// (With the full-width forms Chinese and Japanese write: 。！？ and the colon ：.)
constexpr char32_t kIdeographicFullStop = 0x3002, kFullWidthExclamation = 0xFF01, kFullWidthQuestion = 0xFF1F,
                   kFullWidthColon = 0xFF1A;
bool is_terminal(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == kIdeographicFullStop || cp == kFullWidthExclamation ||
         cp == kFullWidthQuestion;
}

// A sentence ends inside the content: terminal punctuation, a space, then a capital letter.
bool has_inner_sentence_break(std::string_view content) {
  const QuoteMarks& marks = QuoteMarks::shared();
  bool terminal = false, space = false;
  for (std::size_t i = 0; i < content.size();) {
    const auto cp = decode_at(content, i);
    i += cp.length;
    if (is_terminal(cp.value)) {
      terminal = true;
      space = false;
    } else if (terminal && unicode::is_space(cp.value)) {
      space = true;
    } else if (terminal && (marks.is_mark_character(cp.value) || cp.value == ')' || cp.value == ']')) {
      // “... he said ‘no.’ Then ...”: closing marks may follow the stop
    } else {
      if (terminal && space && unicode::is_upper(cp.value)) return true;
      terminal = false;
    }
  }
  return false;
}

// Token k, right before the marks, is a noun or an acronym that the marked name belongs to: a
// lower-case word that is no function word, pronoun or cue, or an acronym ("АНО", "БПОУ РА").
bool names_the_span(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, std::size_t k,
                    const MarkedSpan& span) {
  if (mentions.is_pronoun(k) || tokens.in(k, words.cues) || tokens.in(k, words.complementizers) ||
      tokens.in(k, words.clause_conjunctions) || tokens.in(k, words.subordinators) || tokens.in(k, words.coordinators) ||
      tokens.in(k, words.mention_stops) || tokens.in(k, words.mention_links) || tokens.in(k, words.name_stopwords) ||
      tokens.in(k, words.fillers) || tokens.in(k, words.determiners) || tokens.in(k, words.relative_pronouns))
    return false;
  const std::string_view word = tokens.text(k);
  // (A capitalised noun of an outlet names the span too: "сообщает Telegram-канал «Mash»".)
  if (tokens.capitalized(k) && !is_acronym(word) && !tokens.in(k, words.group_nouns)) return false;
  return reads_as_name(tokens, span);
}

}  // namespace

bool reads_as_name(const QuoteTokens& tokens, const MarkedSpan& span) {
  const Document& document = tokens.document();
  const std::string_view text = document.text;
  if (span.continued || span.unclosed || span.content.empty()) return false;
  const std::string_view content = document.slice(span.content);
  if (has_inner_sentence_break(content)) return false;
  const char32_t last = decode_before(text, span.content.end).value;
  if (is_terminal(last) || last == ',' || last == ':' || last == ';' || unicode::is_dash(last)) return false;
  const std::size_t first = tokens.first_at_or_after(span.content.begin);
  if (first >= tokens.size() || tokens.span(first).begin >= span.content.end) return false;
  if (!tokens.capitalized(first) && !tokens.token(first).has(unicode::kStartsWithDigit)) return false;
  std::size_t count = 0;
  for (std::size_t k = first; k < tokens.size() && tokens.span(k).end <= span.content.end; ++k)
    if (++count > kMaxTitleWords) return false;
  // «...», — сказал он: a dash after the marks and a comma closes speech. (A dash alone is a copula:
  // "«Исламское государство» — террористическая группировка".)
  bool comma = false;
  for (std::size_t pos = span.span.end; pos < text.size();) {
    const auto cp = decode_at(text, pos);
    if (unicode::is_dash(cp.value)) return !comma;
    if (cp.value == ',') comma = true;
    else if (!unicode::is_space(cp.value) || unicode::is_line_break(cp.value)) break;
    pos += cp.length;
  }
  return true;
}

bool said_before_inverted_cue(const Document& document, const MarkedSpan& span, const Attribution& found) {
  if (found.cue.empty() || found.cue.begin < span.span.end || (found.found() && found.mention_span.begin < found.cue.end))
    return false;
  bool comma = false;
  for (const char c : document.text.substr(span.span.end, found.cue.begin - span.span.end)) {
    if (c == ',' && !comma) comma = true;
    else if (c != ' ') return false;
  }
  if (!comma || !reads_as_utterance(document, span)) return false;
  // (Not a parenthetical cue the sentence runs on after: „Kinderlieder“, sagt er, sei ihm das liebste.)
  const long sentence = document.sentence_at(found.cue.begin);
  const std::size_t end = sentence >= 0 ? document.sentences[static_cast<std::size_t>(sentence)].span.end : document.text.size();
  const std::string_view rest = document.text.substr(found.cue.end, end > found.cue.end ? end - found.cue.end : 0);
  for (std::size_t comma_at = rest.find(", "); comma_at != std::string_view::npos; comma_at = rest.find(", ", comma_at + 2))
    if (comma_at + 2 < rest.size() && unicode::is_lower(decode_at(rest, comma_at + 2).value)) return false;
  return true;
}

bool defined_by_dash(const QuoteTokens& tokens, const QuoteLexicon& words, const MarkedSpan& span) {
  const Document& document = tokens.document();
  const long sentence = document.sentence_at(span.span.begin);
  if (sentence < 0 || document.sentences[static_cast<std::size_t>(sentence)].span.begin != span.span.begin) return false;
  if (!reads_as_name(tokens, span)) return false;
  const std::string_view text = document.text;
  for (std::size_t pos = span.span.end; pos < text.size();) {
    const auto cp = decode_at(text, pos);
    if (unicode::is_dash(cp.value)) {
      // «Нет» — ответил он: a cue after the dash makes it speech after all, and so does one valid
      // only right after a quote („…” – żartował trener).
      const std::size_t next = tokens.first_at_or_after(pos);
      return next >= tokens.size() || (!tokens.in(next, words.cues) && !tokens.in(next, words.post_quote_cues));
    }
    if (!unicode::is_space(cp.value) || unicode::is_line_break(cp.value)) return false;
    pos += cp.length;
  }
  return false;
}

bool told_outlet(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const MarkedSpan& span) {
  const std::size_t first = tokens.first_at_or_after(span.span.begin);
  if (first == 0 || first >= tokens.size() || !reads_as_name(tokens, span)) return false;
  std::size_t count = 0;
  for (std::size_t k = first; k < tokens.size() && tokens.span(k).end <= span.content.end; ++k) ++count;
  constexpr std::size_t kMaxOutletWords = 3;
  if (count > kMaxOutletWords) return false;
  const std::size_t next = tokens.first_at_or_after(span.span.end);
  // "Об этом сообщает «Медуза».": after a cue that refers back, the name closing the sentence is
  // who said it (data/reference_openers_<lang>.txt), not what was said.
  const std::string_view rest = tokens.document().text.substr(span.span.end);
  if (first >= 2 && tokens.in(first - 1, words.cues) && !rest.empty() && rest.front() == '.' &&
      tokens.phrase_ending_at(words.reference_openers, first - 2, first >= 4 ? first - 4 : 0) > 0)
    return true;
  const std::string_view before = tokens.document().text.substr(tokens.span(first - 1).end, span.span.begin - tokens.span(first - 1).end);
  // "Пожар потушили к утру, пишет «Фонтанка».", "…, пишет «Фонтанка» со ссылкой на источник": a
  // cue set off after the clause it reports, then a name that ends the sentence or cites its own
  // source (data/citation_phrases_<lang>.txt), is the outlet that reports it.
  // (Not after a clause that a person opens, whose words may follow: "Прокурорка просила ...,
  // повідомляє «Суспільне». «...», – пояснила вона.")
  const long sentence = tokens.document().sentence_at(span.span.begin);
  const std::size_t opener = sentence < 0 ? first : tokens.first_at_or_after(tokens.document().sentences[static_cast<std::size_t>(sentence)].span.begin);
  const bool person_opens = opener < first && (tokens.title(opener) || mentions.is_known_person(opener));
  if (before == " " && first >= 2 && !person_opens && tokens.in(first - 1, words.cues) &&
      tokens.gap_before(first - 1).find(',') != std::string_view::npos) {
    if (!rest.empty() && rest.front() == '.') return true;
    const WordSet& citations = WordSet::shared("citation_phrases", words.language);
    std::string phrase;
    for (std::size_t k = next; k < tokens.size() && k < next + 3 && (k == next ? rest.starts_with(' ') : tokens.joined(k)); ++k) {
      phrase.append(phrase.empty() ? "" : " ").append(tokens.folded(k));
      if (citations.contains_folded(phrase)) return true;
    }
  }
  // "Слова премьера приводит «Коммерсант»: «…»", "– … – cytuje „Rzeczpospolita”.": right after a
  // quoting verb, a name in marks is the medium that quotes.
  if (before == " " && words.quoting_verbs.contains_folded(tokens.folded(first - 1))) return true;
  // "– … – mówi „Wyborczej”.", "«…», — рассказал он «Медузе».": after the cue of the speech before
  // it (a dash before the cue), perhaps with its pronoun, a name in marks is the outlet told.
  std::size_t cue = first - 1;
  if (!tokens.in(cue, words.cues) && cue >= 1 && mentions.is_pronoun(cue) && tokens.joined(cue)) --cue;
  if (before == " " && cue >= 1 && tokens.in(cue, words.cues)) {
    const std::string_view lead = tokens.gap_before(cue);
    for (std::size_t i = 0; i < lead.size();) {
      const auto cp = decode_at(lead, i);
      if (unicode::is_dash(cp.value)) return true;
      i += cp.length;
    }
  }
  if (next >= tokens.size()) return false;
  const std::string_view gap = tokens.document().text.substr(span.span.end, tokens.span(next).begin - span.span.end);
  // "Про це «Українській правді» розповіло джерело", "Об этом «Известиям» рассказал депутат": the
  // name within the clause, right before its cue with no comma or dash, is the outlet told (speech
  // before its cue is set off: "«...», — сказал").
  if (gap == " " && before == " " && tokens.in(next, words.cues) && !tokens.in(first - 1, words.cues)) return true;
  // "Аналитик «Финама» Игорь Лебедев", "Джерело «Української правди» в Кабміні": the body a title
  // or a source word right before the name in marks belongs to.
  if (before == " " && (tokens.title(first - 1) || tokens.in(first - 1, words.anonymous_sources)) && !tokens.in(first - 1, words.cues))
    return true;
  if (!tokens.in(first - 1, words.cues) || gap.find_first_not_of(" ,") != std::string_view::npos) return false;
  // "подтвердил “Ъ” факт переговоров", "сообщает «Медуза» со ссылкой на источники": the clause goes
  // on after the name in lower case (not "сказал «Спасибо» и ушел").
  const bool clause_goes_on = gap == " " && !tokens.capitalized(next) && !tokens.in(next, words.coordinators) &&
                              !tokens.in(next, words.clause_conjunctions) && !tokens.token(next).has(unicode::kStartsWithDigit);
  return tokens.in(next, words.complementizers) || clause_goes_on ||
         (gap == " " && (mentions.title_at(next, tokens.size()) || mentions.is_source_word(next) || mentions.is_name_word(next)));
}

namespace {

// Whether the word right before the marks (over a colon or bracket, or an abbreviation's stop
// the set lists with it: "tzw. „pakt migracyjny”") is one of `set`.
template <class Set>
bool follows_word_of(const QuoteTokens& tokens, const QuoteLexicon& words, const Set& set, const MarkedSpan& span) {
  const std::size_t first = tokens.first_at_or_after(span.span.begin);
  if (first == 0 || set.empty()) return false;
  const std::size_t k = first - 1;
  if (tokens.span(k).end > span.span.begin) return false;
  const std::string_view gap = tokens.document().text.substr(tokens.span(k).end, span.span.begin - tokens.span(k).end);
  const bool abbreviated = gap.starts_with('.');
  for (char c : gap.substr(abbreviated ? 1 : 0))
    if (c != ' ' && c != ':' && c != '(') return false;
  if (!(abbreviated ? set.contains_folded(std::string(tokens.folded(k)) + ".") : set.contains_folded(tokens.folded(k))))
    return false;
  // The word ends a person's name ("Das sagte Sebastian Kurz: „...“"), not "kurz" or "Der Titel:".
  const bool ends_name = tokens.capitalized(k) && k > 0 && tokens.joined(k) && tokens.capitalized(k - 1) &&
                         !tokens.in(k - 1, words.determiners) && !tokens.in(k - 1, words.indefinites) &&
                         !tokens.in(k - 1, words.possessives);
  return !ends_name;
}

}  // namespace

bool follows_naming_word(const QuoteTokens& tokens, const QuoteLexicon& words, const MarkedSpan& span) {
  return follows_word_of(tokens, words, words.naming_words, span);
}

bool follows_distancing_word(const QuoteTokens& tokens, const QuoteLexicon& words, const MarkedSpan& span) {
  return follows_word_of(tokens, words, WordSet::shared("distancing_words", words.language), span);
}

bool followed_by_byline(const QuoteTokens& tokens, const QuoteLexicon& words, const MarkedSpan& span) {
  constexpr std::size_t kMaxOutletWords = 4;
  const std::size_t by = tokens.first_at_or_after(span.span.end);
  if (by + 2 >= tokens.size()) return false;
  for (char c : tokens.document().text.substr(span.span.end, tokens.span(by).begin - span.span.end))
    if (c != ' ' && c != ',') return false;
  if (!WordSet::shared("byline_links", words.language).contains_folded(tokens.folded(by))) return false;
  // The outlet, its possessive, then the writer's name: "by the New York Post's Amy Spencer".
  std::size_t k = by + 1;
  if (tokens.in(k, words.determiners) && tokens.joined(k + 1)) ++k;
  for (std::size_t n = 0; k + 1 < tokens.size() && n < kMaxOutletWords && tokens.joined(k) && tokens.capitalized(k); ++k, ++n) {
    const std::string_view gap = tokens.gap_before(k + 1);
    const bool plural_possessive = tokens.folded(k).ends_with('s') && (gap.starts_with('\'') || gap.starts_with("\xE2\x80\x99"));
    if (!tokens.possessive(k) && !plural_possessive) continue;
    return tokens.joined(k + 1, true) && tokens.capitalized(k + 1);
  }
  return false;
}

bool reads_as_utterance(const Document& document, const MarkedSpan& span) {
  if (span.continued) return true;
  const std::string_view text = document.text;
  if (has_inner_sentence_break(document.slice(span.content))) return true;

  // What stands before the opening mark in its sentence and line.
  const long sentence = document.sentence_at(span.span.begin);
  const std::size_t sentence_begin = sentence >= 0 ? document.sentences[static_cast<std::size_t>(sentence)].span.begin : 0;
  bool opens = true;
  for (std::size_t pos = span.span.begin; pos > sentence_begin;) {
    const auto cp = decode_before(text, pos);
    pos -= cp.length;
    if (unicode::is_line_break(cp.value)) break;
    if (unicode::is_space(cp.value) || QuoteMarks::shared().is_mark_character(cp.value)) continue;
    opens = cp.value == ':' || cp.value == kFullWidthColon || unicode::is_dash(cp.value) || cp.value == '(';
    break;
  }
  if (!opens) return false;

  // What follows the closing mark: the end, punctuation or a new capitalised word; a lower-case word
  // continues a sentence the span is part of, unless the span itself ends like a sentence or clause.
  std::size_t pos = span.span.end;
  while (pos < text.size()) {
    const auto cp = decode_at(text, pos);
    if (!unicode::is_space(cp.value) || unicode::is_line_break(cp.value)) break;
    pos += cp.length;
  }
  if (pos >= text.size()) return true;
  const char32_t next = decode_at(text, pos).value;
  if (unicode::is_line_break(next) || unicode::is_upper(next)) return true;
  if (unicode::is_punctuation(next) && next != '(') return true;
  if (span.content.empty()) return false;
  const char32_t last = decode_before(text, span.content.end).value;
  return is_terminal(last) || last == ',' || last == ':' || last == ';';
}

bool looks_like_title(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                      const MarkedSpan& span) {
  if (words.capitalised_nouns) return false;
  // In a headline written in title case every word is capitalised; that tells nothing.
  const Document& document = tokens.document();
  const long sentence = document.sentence_at(span.span.begin);
  if (sentence >= 0) {
    const Span around = document.sentences[static_cast<std::size_t>(sentence)].span;
    std::size_t words_around = 0, capitalised_around = 0;
    const std::size_t begin = tokens.first_at_or_after(around.begin);
    for (std::size_t k = begin; k < tokens.size() && tokens.span(k).begin < around.end && k - begin < kContextWords; ++k) {
      if (tokens.span(k).begin >= span.span.begin && tokens.span(k).end <= span.span.end) continue;
      ++words_around;
      capitalised_around += tokens.capitalized(k) ? 1 : 0;
    }
    if (words_around >= 3 && capitalised_around * 5 >= words_around * 3) return false;
  }
  const std::size_t first = tokens.first_at_or_after(span.content.begin);
  std::size_t capitalised = 0, count = 0;
  for (std::size_t k = first; k < tokens.size() && tokens.span(k).end <= span.content.end; ++k) {
    if (++count > kMaxTitleWords) return false;
    if (mentions.is_pronoun(k)) return false;  // “I quit”
    if (tokens.capitalized(k)) {
      ++capitalised;
      continue;
    }
    const bool minor = tokens.in(k, words.determiners) || tokens.in(k, words.indefinites) ||
                       tokens.in(k, words.mention_stops) || tokens.in(k, words.mention_links) ||
                       tokens.in(k, words.name_particles);
    const auto& token = tokens.token(k);
    if (k == first || (!minor && !token.has(unicode::kStartsWithDigit))) return false;
  }
  return capitalised > 0;
}

bool owned_title(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const MarkedSpan& span) {
  const std::size_t first = tokens.first_at_or_after(span.span.begin);
  if (first == 0 || tokens.span(first - 1).end > span.span.begin) return false;
  const std::size_t owner = first - 1;
  const std::string_view gap = tokens.document().text.substr(tokens.span(owner).end, span.span.begin - tokens.span(owner).end);
  return gap.find_first_not_of(' ') == std::string_view::npos && tokens.possessive(owner) &&
         looks_like_title(tokens, mentions, words, span);
}

bool introduced_title(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const MarkedSpan& span) {
  const std::size_t first = tokens.first_at_or_after(span.span.begin);
  if (first == 0 || tokens.span(first - 1).end > span.span.begin || tokens.capitalized(first - 1)) return false;
  const WordSet& introducers = WordSet::shared("title_introducers", words.language);
  if (introducers.empty()) return false;
  const std::string_view gap = tokens.document().text.substr(tokens.span(first - 1).end, span.span.begin - tokens.span(first - 1).end);
  return gap.find_first_not_of(' ') == std::string_view::npos && !tokens.capitalized(first - 1) &&
         introducers.contains_folded(tokens.folded(first - 1)) && looks_like_title(tokens, mentions, words, span);
}

bool title_before_noun(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const MarkedSpan& span) {
  const std::size_t next = tokens.first_at_or_after(span.span.end);
  if (next >= tokens.size()) return false;
  const std::string_view gap = tokens.document().text.substr(span.span.end, tokens.span(next).begin - span.span.end);
  return !gap.empty() && gap.find_first_not_of(' ') == std::string_view::npos && !tokens.capitalized(next) &&
         !mentions.is_pronoun(next) && !tokens.in(next, words.cues) && !tokens.in(next, words.loaded_cues) &&
         !tokens.in(next, words.complementizers) && !tokens.in(next, words.mention_stops) && !tokens.in(next, words.finite_verbs) &&
         !tokens.in(next, words.coordinators) && !tokens.in(next, words.determiners) && looks_like_title(tokens, mentions, words, span);
}

NounBefore noun_before(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                       const MarkedSpan& span) {
  const std::size_t first = tokens.first_at_or_after(span.span.begin);
  if (first == 0) return NounBefore::kNone;
  const std::size_t k = first - 1;
  const std::string_view gap = tokens.document().text.substr(tokens.span(k).end, span.span.begin - tokens.span(k).end);
  // "im ARD-„Morgenmagazin“", "in der ORF-„Pressestunde“": a capitalised span a hyphen joins to
  // the capitalised word before it is the name part of a compound, a programme or a paper.
  if (gap == "-" && words.capitalised_nouns && tokens.capitalized(k)) {
    bool all_capitalised = true, any = false;
    for (std::size_t m = first; m < tokens.size() && tokens.span(m).end <= span.content.end && all_capitalised; ++m, any = true)
      all_capitalised = tokens.capitalized(m) && !mentions.is_pronoun(m);
    if (any && all_capitalised) return NounBefore::kNamedByNoun;
  }
  if (gap != " ") return NounBefore::kNone;
  if (tokens.in(k, words.speech_nouns)) return NounBefore::kSpeech;
  if (words.names_after_nouns && !words.capitalised_nouns)
    return names_the_span(tokens, mentions, words, k, span) ? NounBefore::kNamedByNoun : NounBefore::kNone;
  if (!words.capitalised_nouns || mentions.is_pronoun(k)) return NounBefore::kNone;
  // After a noun ("die Partei „Neue Rechte“") or an article ("der „Chaos Computer Club“"), a
  // capitalised span is a name.
  const bool article = tokens.in(k, words.determiners) || tokens.in(k, words.indefinites);
  // After a preposition, marked words that are all capitalised are a name ("zum „Heiligen Krieg“",
  // "für „Amflora“"); speech there runs into lower-case words ("riet zu „Gelassenheit und Ruhe“").
  const bool preposition = !article && ((tokens.in(k, words.mention_stops) && !tokens.in(k, words.clause_conjunctions) &&
                                         !tokens.in(k, words.complementizers) && !tokens.in(k, words.subordinators)) ||
                                        tokens.in(k, words.mention_links)) &&
                           !words.predicative_markers.contains_folded(tokens.folded(k));
  // (Not after a verb of speech: "sprach von „Almosen“" says it; data/speech_prepositions_<lang>.txt.)
  const bool speech_frame = preposition && k > 0 && tokens.joined(k) &&
                            WordSet::shared("speech_prepositions", words.language)
                                .contains_folded(std::string(tokens.folded(k - 1)) + " " + std::string(tokens.folded(k)));
  if (preposition && !speech_frame) {
    bool all_capitalised = true, any = false;
    for (std::size_t m = tokens.first_at_or_after(span.content.begin);
         m < tokens.size() && tokens.span(m).end <= span.content.end && all_capitalised; ++m, any = true)
      all_capitalised = tokens.capitalized(m) || tokens.token(m).has(unicode::kStartsWithDigit);
    if (any && all_capitalised) return NounBefore::kNamedByNoun;
  }
  if (!article) {
    if (!tokens.capitalized(k) || (k > 0 && !tokens.joined(k))) return NounBefore::kNone;  // not a noun mid-sentence
    const bool function_word = tokens.in(k, words.mention_stops) || tokens.in(k, words.mention_links) ||
                               tokens.in(k, words.name_stopwords);
    if (function_word) return NounBefore::kNone;
  }
  // A name starts with a capital or a digit ("die Partei „Neue Rechte“"); words quoted after an
  // object noun start lower case ("nannte die Kartoffel „überflüssig wie ein Kropf“").
  const std::size_t inside = tokens.first_at_or_after(span.content.begin);
  if (inside >= tokens.size() || tokens.span(inside).begin >= span.content.end) return NounBefore::kNone;
  const bool name_like = tokens.capitalized(inside) || tokens.token(inside).has(unicode::kStartsWithDigit);
  if (!name_like) return NounBefore::kNone;
  if (!article) return NounBefore::kNamedByNoun;
  // A name takes the definite article; after an indefinite one, marked words are what something is
  // called ("nannte die Absage einen „Vertrauensbruch“", "sei ein „Opfer des Terrorismus“").
  // (Not the first part of a compound: "eine „Eins zu Eins“-Begegnung".)
  const std::string_view after = tokens.document().text.substr(span.span.end, 1);
  if (tokens.in(k, words.indefinites) && !tokens.in(k, words.determiners) && after != "-") return NounBefore::kCalled;
  // An article after a noun in the genitive ("der Sprecher der „Polizei von DeLand“") or after a
  // preposition ("von der „Aktion Deutschland hilft“") opens a name, whatever cue the sentence has.
  if (k > 0 && tokens.joined(k)) {
    const std::size_t before = k - 1;
    const bool genitive = tokens.in(k, words.mention_links) && tokens.capitalized(before) && before > 0 &&
                          tokens.joined(before) && !tokens.in(before, words.name_stopwords);
    const bool preposition = ((tokens.in(before, words.mention_stops) && !tokens.in(before, words.clause_conjunctions) &&
                               !tokens.in(before, words.complementizers) && !tokens.in(before, words.subordinators)) ||
                              (tokens.in(before, words.mention_links) && !tokens.in(before, words.determiners))) &&
                             tokens.in(k, words.determiners);
    if (genitive || preposition) return NounBefore::kNamedByNoun;
  }
  return NounBefore::kNaming;
}

bool is_gloss_or_label(const Document& document, const MarkedSpan& span) {
  const std::string_view text = document.text;
  auto previous = [&](std::size_t pos) -> char32_t {
    while (pos > 0) {
      const auto cp = decode_before(text, pos);
      if (!unicode::is_space(cp.value) || unicode::is_line_break(cp.value)) return cp.value;
      pos -= cp.length;
    }
    return '\n';
  };
  auto next = [&](std::size_t pos) -> char32_t {
    while (pos < text.size()) {
      const auto cp = decode_at(text, pos);
      if (!unicode::is_space(cp.value) || unicode::is_line_break(cp.value)) return cp.value;
      pos += cp.length;
    }
    return '\n';
  };
  const char32_t before = previous(span.span.begin);
  const char32_t after = next(span.span.end);
  if ((before == '(' && after == ')') || (before == '[' && after == ']')) return true;  // („gegossenes Blei“)
  if (before == '(' && after == ',') return true;  // a list in brackets: („Hartz IV“, „Rente mit 67“)
  // (Or a line of one word and its colon, a page's label: "Related:".)
  const std::string_view content = text.substr(span.content.begin, span.content.end - span.content.begin);
  if (unicode::is_line_break(before) && unicode::is_line_break(after) && content.ends_with(':') && content.find(' ') == std::string_view::npos)
    return true;
  return unicode::is_line_break(before) && after == ':';  // ''Pau'': an interview's speaker label
}

bool names_by_naming_verb(const QuoteTokens& tokens, const QuoteLexicon& words, const MarkedSpan& span, const Attribution& found) {
  if (!words.names_after_nouns || found.cue.empty() || !reads_as_name(tokens, span)) return false;
  const std::size_t cue = tokens.first_at_or_after(found.cue.begin);
  return cue < tokens.size() && WordSet::shared("naming_verbs", words.language).contains_folded(tokens.folded(cue));
}

}  // namespace article_lens
