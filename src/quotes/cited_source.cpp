// Where a source phrase's source ends and its clause starts, in the shapes of Slavic news. A source
// that passes on what another told it: "Как сообщает «Медуза» со ссылкой на два
// источника, близких к администрации, CLAUSE", "Як повідомляє УП з посиланням на джерела, CLAUSE",
// "Jak podaje Onet, powołując się na źródła w rządzie, CLAUSE". The words of the citation run to
// their comma, and an apposition of the cited source set off by commas ("близких к ...") goes with
// them; the clause starts after.
#include <string>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/indirect_speech.h"
#include "quotes/name_case.h"
#include "quotes/quote_lexicon.h"
#include "quotes/report_gaps.h"

namespace article_lens {
namespace {

constexpr std::size_t kMaxCitationWords = 8;   // "со ссылкой на два высокопоставленных источника в правительстве"
constexpr std::size_t kMaxAppositionWords = 8; // "близких к администрации президента"
constexpr std::size_t kMaxPhraseWords = 3;

}  // namespace

std::size_t IndirectSpeechFinder::past_cited_source(std::size_t from, std::size_t to, std::size_t last, std::size_t* citation) const {
  const WordSet& phrases = WordSet::shared("citation_phrases", words_.language);
  if (phrases.empty()) return 0;
  auto comma_at = [&](std::size_t j) { return tokens_.gap_before(j).find(',') != std::string_view::npos; };
  auto clause_ends_at = [&](std::size_t j) { return tokens_.gap_before(j).find_first_of(".!?;") != std::string_view::npos; };
  for (std::size_t c = from; c <= to && c < last; ++c) {
    std::string phrase;
    std::size_t length = 0;
    for (std::size_t n = 1; n <= kMaxPhraseWords && c + n <= last && !length; ++n) {
      if (n > 1 && !tokens_.joined(c + n - 1)) break;
      if (n > 1) phrase += ' ';
      phrase += tokens_.folded(c + n - 1);
      if (phrases.contains_folded(phrase)) length = n;
    }
    if (!length) continue;
    // The cited source, to its comma.
    std::size_t start = c + length;
    while (start < last && start - c <= kMaxCitationWords && !comma_at(start) && !clause_ends_at(start)) ++start;
    if (start >= last || !comma_at(start) || clause_ends_at(start) || start == c + length) return 0;
    // Its apposition between commas, opened by an adjective or participle in lower case.
    if (!tokens_.capitalized(start) && lang_data::ends_with_entry("cited_apposition_endings", words_.language, tokens_.folded(start), 3)) {
      std::size_t close = start + 1;
      while (close < last && close - start <= kMaxAppositionWords && !comma_at(close) && !clause_ends_at(close)) ++close;
      if (close < last && comma_at(close) && !clause_ends_at(close)) start = close;
    }
    if (last - start < 2) return 0;
    *citation = c;
    return start;
  }
  return 0;
}

bool IndirectSpeechFinder::citation_to_end(std::size_t k, std::size_t last) const {
  const WordSet& phrases = WordSet::shared("citation_phrases", words_.language);
  if (phrases.empty() || k >= last || last - k > kMaxPhraseWords + kMaxCitationWords || !tokens_.joined(k, true)) return false;
  std::string phrase;
  for (std::size_t n = 1; n <= kMaxPhraseWords && k + n <= last; ++n) {
    if (n > 1 && !tokens_.joined(k + n - 1)) return false;
    phrase.append(n > 1 ? " " : "").append(tokens_.folded(k + n - 1));
    if (phrases.contains_folded(phrase)) {
      // (Not one that names the person who said it, who then speaks on: "..., сообщает агентство со
      // ссылкой на вице-премьера Игоря Сомова. По его словам, ...".)
      for (std::size_t j = k + n; j < last; ++j) {
        const std::size_t title = mentions_.title_at(j, last);
        if (!tokens_.joined(j, true) || mentions_.is_known_person(j) || (title && j + title < last && tokens_.capitalized(j + title)))
          return false;
      }
      return true;
    }
  }
  return false;
}

bool IndirectSpeechFinder::after_genitive_opener(std::size_t k, std::size_t after_cue) const {
  const WordSet& openers = WordSet::shared("genitive_openers", words_.language);
  const std::string last_word(tokens_.folded(after_cue - 1));
  if (openers.contains_folded(last_word) ||
      (after_cue >= k + 2 && openers.contains_folded(std::string(tokens_.folded(after_cue - 2)) + " " + last_word)))
    return true;
  // (Or the whole phrase of three words: "według nieoficjalnych informacji RMF FM".)
  std::string phrase;
  for (std::size_t j = k; j < after_cue; ++j) phrase.append(phrase.empty() ? "" : " ").append(tokens_.folded(j));
  return after_cue >= k + 3 && openers.contains_folded(phrase);
}

TokenRange IndirectSpeechFinder::source_named_after_phrase(std::size_t k, std::size_t after_cue, TokenRange mention) const {
  // "Według Onetu rząd planuje ...": after a phrase that governs the genitive, the capitalised
  // name right after it is the source, not an outlet told before a source word ("Как рассказал
  // РИА Новости источник"); data/genitive_openers_<lang>.txt.
  // (Its name may be in marks: "Według nieoficjalnych ustaleń „Rzeczpospolitej” premier ...".)
  if (mention.empty() || mention.first <= after_cue || !tokens_.capitalized(after_cue) || !tokens_.joined(after_cue, true)) return mention;
  const bool genitive = after_genitive_opener(k, after_cue);
  std::size_t end = after_cue;
  while (end < mention.first && tokens_.joined(end, true) && tokens_.capitalized(end)) ++end;
  return genitive && end == mention.first ? TokenRange{after_cue, end} : mention;
}

TokenRange IndirectSpeechFinder::genitive_name_before_subject(std::size_t k, std::size_t after_cue, TokenRange mention) const {
  // "Zdaniem Rafała Trzaskowskiego Warszawa potrzebuje ...": Polish sets no comma after the source,
  // and the clause may open with a capitalised subject that the name's run took. A run of three or
  // more capitalised words after a phrase governing the genitive whose words but the last read as
  // one genitive name, and all of them as none, ends before that last word.
  if (mention.empty() || mention.first != after_cue || after_cue <= k) return mention;
  if (!after_genitive_opener(k, after_cue)) return mention;
  for (std::size_t j = mention.first; j < mention.last; ++j)
    if (!tokens_.capitalized(j) || (j > mention.first && !tokens_.joined(j))) return mention;
  const Span run{tokens_.span(mention.first).begin, tokens_.span(mention.last - 1).end};
  if (!genitive_name_then_word(tokens_.document().slice(run), words_.language)) return mention;
  return {mention.first, mention.last - 1};
}

std::size_t IndirectSpeechFinder::past_source_tail(std::size_t k, std::size_t after_cue, TokenRange mention, std::size_t last,
                                                  std::size_t* mention_end) const {
  // "Według rzecznika prasowego szpitala stan poszkodowanych ...", "Zdaniem rzecznika wojewody
  // lubelskiego, decyzja ...", "По словам источника в правоохранительных органах, ...": after a
  // phrase governing the genitive, a source that a title, an unnamed source or a group heads goes
  // on over the body it speaks for, in the genitive, and over where it sits, after a place link.
  // Up to a comma it runs over any word that can be such a genitive
  // (data/source_tail_endings_<lang>.txt) and cannot be a verb (data/past_verb_endings_<lang>.txt;
  // so "Według policji kierowca był trzeźwy, a ..." keeps its source). With no comma it must take
  // a body's noun or a place, and the clause opens at the first lower-case word that cannot go on
  // naming it.
  constexpr std::size_t kMaxTailWords = 6;
  constexpr std::size_t kMinStem = 2;
  // (The mention may run past where the source ends: "rzecznika szpitala stan poszkodowanych ...".)
  if (mention.empty() || !after_genitive_opener(k, after_cue)) return 0;
  const std::size_t head = mention.first;
  const std::size_t title = mentions_.title_at(head, mention.last);
  if (tokens_.capitalized(head) || !(title > 0 || tokens_.in(head, words_.anonymous_sources) || tokens_.in(head, words_.group_nouns)))
    return 0;
  const std::size_t from = head + std::max<std::size_t>(1, title);
  const WordSet& place_links = WordSet::shared("place_links", words_.language);
  auto comma_at = [&](std::size_t j) { return tokens_.gap_before(j).find(',') != std::string_view::npos; };
  auto verb_like = [&](std::size_t j) {
    return tokens_.in(j, words_.cues) || tokens_.in(j, words_.complementizers) || tokens_.in(j, words_.coordinators) ||
           tokens_.in(j, words_.relative_pronouns) ||
           lang_data::ends_with_entry("past_verb_endings", words_.language, tokens_.folded(j), kMinStem);
  };
  // The words after the head that go on naming the source; `strict` takes in the genitive only
  // the endings that no clause's first word has (data/source_continuation_endings_<lang>.txt).
  auto scan = [&](bool strict, bool* named) {
    bool in_place = false, place_named = false, origin = false, placed = false;
    std::size_t j = from;
    for (; j < last && j - from < kMaxTailWords; ++j) {
      // (Over the closing mark of a name in marks: "джерел «Української правди» в Офісі президента".)
      if (!tokens_.joined(j, true) || (j > from && comma_at(j))) break;
      if (tokens_.in(j, words_.time_words)) return last;  // when, not who: "губернатора в понедельник"
      // (Or where it is from: "rzecznika klubu z Łazienkowskiej"; data/origin_links_<lang>.txt.)
      if (place_links.contains_folded(tokens_.folded(j)) || tokens_.in(j, words_.origin_links)) {
        if (in_place || j + 1 >= last || !tokens_.joined(j + 1, true) || comma_at(j + 1)) break;
        // (With no comma, a place right after a group or title may be the clause's: "Według policji
        // w Krakowie doszło ...", "Według ekspertów w przyszłym roku inflacja ..."; not after an
        // unnamed source, which is said where it sits: "Według źródła w prokuraturze zarzuty ...".)
        if (strict && j == from && !tokens_.in(head, words_.anonymous_sources)) break;
        // (Nor a second place: "źródła w prokuraturze | w sprawie zatrzymano ...".)
        if (strict && placed) break;
        placed = true;
        in_place = true, place_named = false, origin = tokens_.in(j, words_.origin_links);
        continue;
      }
      if (in_place) {  // "w Łodzi", "w prokuraturze", "в правоохранительных органах"
        if (verb_like(j) || tokens_.in(j, words_.mention_stops)) break;
        if (tokens_.capitalized(j)) {
          *named = place_named = true;
          continue;
        }
        // (Where it is from in lower case runs on in the genitive: "biegłych z zakresu medycyny
        // sądowej"; past_group_origin reads it.)
        if (origin && !place_named) return last;
        if (!place_named) {
          // Adjectives, then the place's noun, which ends it.
          if (!lang_data::ends_with_entry("adjective_endings", words_.language, tokens_.folded(j), kMinStem)) in_place = false;
          *named = true;
          continue;
        }
        in_place = false;  // a lower-case word after the place's name: read it as the source's
      }
      // (A person's name or title there heads a person of its own: "Według ministra finansów Adama
      // Nowaka rząd ...", "rzecznika straży pożarnej bryg. Karola Lewandowskiego".)
      if (mentions_.is_known_person(j)) return last;
      if (const std::size_t title_words = mentions_.title_at(j, last); title_words && j + title_words < last && tokens_.capitalized(j + title_words))
        return last;
      if (tokens_.capitalized(j)) {
        if (j < mention.last) continue;  // the body's name the mention took: "Komendy Miejskiej Policji"
        break;
      }
      if (tokens_.in(j, words_.mention_stops) || verb_like(j)) break;
      // (A body's noun in the genitive, or a group's plural: "rzecznika szpitala", "trenera
      // gospodarzy"; data/body_genitives_<lang>.txt, group_genitive_endings_<lang>.txt.)
      if ((tokens_.in(j, words_.group_nouns) && !opens_after_source(j)) ||
          WordSet::shared("body_genitives", words_.language).contains_folded(tokens_.folded(j)) ||
          lang_data::ends_with_entry("group_genitive_endings", words_.language, tokens_.folded(j), 3)) {
        *named = true;
        continue;
      }
      if (strict ? opens_after_source(j) : !lang_data::ends_with_entry("source_tail_endings", words_.language, tokens_.folded(j), kMinStem))
        break;
    }
    return j;
  };
  // The mention keeps a town or body's name after the place link only for an unnamed source ("источника
  // в Кремле"); else the name would read as the speaker's ("rzecznika sądu okręgowego | w Gdańsku").
  // A group or person speaks as itself, not where it is from ("lekarzy | ze szpitala w Tychach").
  auto ends_mention = [&](std::size_t end) {
    *mention_end = end;
    if (tokens_.in(head, words_.anonymous_sources)) return end;
    for (std::size_t j = from; j + 1 < end; ++j)
      if ((place_links.contains_folded(tokens_.folded(j)) && tokens_.capitalized(j + 1)) || tokens_.in(j, words_.origin_links)) {
        *mention_end = j;
        break;
      }
    return end;
  };
  bool named = false;
  // To a comma, with a clause after it that opens in lower case (a capitalised name there may be
  // the source's apposition: "Według rzecznika policji, Mariusza Nowaka, ...").
  if (const std::size_t end = scan(false, &named);
      end > from && end < last && comma_at(end) && !report_gaps::ends_clause(tokens_.gap_before(end)) && last - end >= kMinClauseWords &&
      !tokens_.capitalized(end) && !tokens_.in(end, words_.mention_stops) && !verb_like(end)) {
    return ends_mention(end);
  }
  named = false;
  const std::size_t end = scan(true, &named);
  // (A capitalised name before a verb is the clause's subject, "Według rzecznika szpitala Jan Nowak
  // trafił ...", unless a place link opens it: "dyrektora szpitala w Tarnowie oddział został ...".)
  std::size_t name_start = end - 1;
  while (name_start > from && tokens_.capitalized(name_start)) --name_start;
  const bool subject_name = tokens_.capitalized(end - 1) && !place_links.contains_folded(tokens_.folded(name_start));
  // (Nor does a clause open with its verb right after a place: "Według policji w samochodzie znajdowało się ...".)
  bool after_place = false;
  for (std::size_t j = from; j < end && !after_place; ++j) after_place = place_links.contains_folded(tokens_.folded(j));
  if (!named || end <= from || end >= last || last - end < kMinClauseWords || comma_at(end) || !tokens_.joined(end) ||
      tokens_.capitalized(end) || tokens_.in(end, words_.mention_stops) || tokens_.in(end, words_.mention_links) ||
      tokens_.in(end, words_.complementizers) || !opens_after_source(end) || ((subject_name || after_place) && verb_like(end)))
    return 0;
  return ends_mention(end);
}

std::size_t IndirectSpeechFinder::source_place_end(std::size_t source_end, std::size_t last) const {
  std::size_t end = source_end;
  while (end < last && end - source_end < kMaxCitationWords && tokens_.joined(end) && !tokens_.in(end, words_.cues) &&
         !tokens_.in(end, words_.complementizers) && !tokens_.in(end, words_.pronouns))
    ++end;
  const std::string_view gap = end < last ? tokens_.gap_before(end) : std::string_view();
  return gap.find(',') != std::string_view::npos && gap.find_first_of(".!?;") == std::string_view::npos ? end : last;
}

bool IndirectSpeechFinder::source_between_subject_and_verb(std::size_t first, std::size_t k, std::size_t source_end, std::size_t last) const {
  // "Решение, по словам Пескова, будет принято позже", "Опозиція, за словами Железняка, голосувала
  // проти": the source set off between the clause's subject and its verb, both commas there.
  auto comma_at = [&](std::size_t j) { return tokens_.gap_before(j).find(',') != std::string_view::npos; };
  if (k <= first || k - first > kMaxSubjectWords || !comma_at(k) || source_end + 2 > last || !comma_at(source_end) ||
      tokens_.gap_before(source_end).find_first_of(".!?;") != std::string_view::npos || tokens_.capitalized(source_end))
    return false;
  for (std::size_t j = first; j < k; ++j)
    if (attribution_.cue_at(j, k, false) || tokens_.in(j, words_.complementizers) || (j > first && comma_at(j))) return false;
  return true;
}

}  // namespace article_lens
