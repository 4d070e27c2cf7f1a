// What the attribution finder asks of single words and clauses: whether a word is a cue (a speech
// verb, a source phrase, a sentence-opening source word) or a noun, and who a cue's subject is.
// (attribution.cpp reads the words next to a quote; sentence_attribution.cpp its sentence.)
#include <algorithm>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/name_case.h"
#include "quotes/people.h"
#include "quotes/quote_marks.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {

bool AttributionFinder::takes_clause_subject(std::size_t cue, std::size_t floor) const {
  // An impersonal cue has no subject to share ("Die Gespräche seien „gut“ gewesen, hieß es"); a
  // phrase opening the clause with a preposition names its source ("Im Bericht, der ..., heißt es:").
  if (WordSet::shared("impersonal_cues", words_.language).contains_folded(tokens_.folded(cue)) &&
      !tokens_.in(floor, words_.mention_stops))
    return false;
  // Over auxiliaries and adverbs: "Huckabee, for his part, is labeling".
  while (cue > floor + 1 && tokens_.in(cue - 1, words_.fillers) && tokens_.joined(cue)) --cue;
  if (cue <= floor) return false;
  return tokens_.gap_before(cue).find(',') != std::string_view::npos || tokens_.in(cue - 1, words_.mention_stops);
}

bool AttributionFinder::follows_quote(std::size_t k) const {
  if (k == 0) return false;
  const std::string_view gap = tokens_.gap_before(k);
  for (std::size_t end = gap.size(); end > 0;) {
    const auto cp = unicode::decode_before(gap, end);
    end -= cp.length;
    if (QuoteMarks::shared().is_mark_character(cp.value)) return true;
  }
  return false;
}

bool AttributionFinder::used_as_noun(std::size_t k) const {
  if (k == 0 || !tokens_.joined(k)) return false;
  // "his claims were", "Trump’s comments", "the Supreme Court" -- a cue word as a noun, or inside
  // a name ("the United States") outside a headline written in title case.
  if (tokens_.in(k - 1, words_.noun_markers) || tokens_.possessive(k - 1)) return true;
  // "Según la sentencia, el acusado «…»", "Selon la déclaration, …": after a source phrase and an
  // article the cue word names the document (elsewhere "la" may be a pronoun: "la acusó").
  if (k >= 2 && tokens_.in(k - 1, words_.determiners) && tokens_.in(k - 2, words_.source_phrases) && tokens_.joined(k - 1)) return true;
  // "her tweet was": a word that also stands before verbs ("heard her say") marks a noun when a
  // finite verb follows the cue word (data/verb_or_noun_markers_<lang>.txt).
  if (k + 1 < tokens_.size() && tokens_.joined(k + 1) && tokens_.in(k + 1, words_.finite_verbs) &&
      verb_or_noun_markers_.contains_folded(tokens_.folded(k - 1)))
    return true;
  // "Selon le jugement, le prévenu « a agi sciemment »": a cue word that also names a person by
  // their part in the story (data/person_nouns_<lang>.txt), after such a word opening its clause,
  // is that person ("le" stands as a pronoun before a finite verb, never before a bare participle).
  // (The clause's opening first: the tables are asked only there.)
  if (k >= 1 && tokens_.in(k - 1, words_.determiners) && (k == 1 || tokens_.gap_before(k - 1).find_first_of(",.;:!?\n") != std::string_view::npos) &&
      person_nouns_.contains_folded(tokens_.folded(k)) && verb_or_noun_markers_.contains_folded(tokens_.folded(k - 1)))
    return true;
  // "the 24-time grand slam champion said": a cue word inside a description, before its noun and the
  // cue, said as a verb (not "the comments under questioning").
  // (The next word's own bits first: a noun after the cue word, not a stop or another cue.)
  if (k + 2 < tokens_.size() && !tokens_.capitalized(k + 1) && !tokens_.in(k + 1, words_.cues) &&
      !tokens_.in(k + 1, words_.mention_stops) && tokens_.joined(k + 2) && tokens_.phrase_at(words_.cues, k + 2, tokens_.size()) > 0 &&
      !words_.is_participle(tokens_.folded(k + 2)) && mentions_.cue_in_description(k))
    return true;
  // Where every noun is capitalised, a capitalised cue word inside a clause is a noun ("in einem Schreiben").
  if (words_.capitalised_nouns && tokens_.capitalized(k)) return true;
  return tokens_.capitalized(k) && tokens_.capitalized(k - 1) && !tokens_.in_title_case(k);
}

std::size_t AttributionFinder::cue_at(std::size_t k, std::size_t end, bool right_after_quote) const {
  if (used_as_noun(k)) return 0;
  // 'would "not tolerate" attacks on journalists': after the marks with no comma, a cue word before
  // a preposition is a noun (data/noun_after_quote_prepositions_<lang>.txt).
  if (follows_quote(k) && k + 1 < end && tokens_.joined(k + 1) && tokens_.gap_before(k).find(',') == std::string_view::npos &&
      WordSet::shared("noun_after_quote_prepositions", words_.language).contains_folded(tokens_.folded(k + 1)))
    return 0;
  const std::size_t cue = raw_cue_at(k, end, right_after_quote);
  return cue && in_speech_idiom(k) ? 0 : cue;
}

bool AttributionFinder::in_speech_idiom(std::size_t k) const {
  const WordSet& idioms = WordSet::shared("speech_idioms", words_.language);
  if (idioms.empty()) return false;
  constexpr std::size_t kMaxIdiomWords = 4;
  for (std::size_t start = k >= kMaxIdiomWords - 1 ? k - (kMaxIdiomWords - 1) : 0; start <= k; ++start) {
    std::string phrase(tokens_.folded(start));
    for (std::size_t n = start + 1; n <= start + kMaxIdiomWords && n <= tokens_.size(); ++n) {
      // (Opening its sentence or clause: not "a message that said, “...”".)
      if (n > k && idioms.contains_folded(phrase) &&
          (start == 0 || tokens_.gap_before(start).find_first_of(",.;:!?\n") != std::string_view::npos))
        return true;
      if (n == tokens_.size() || n == start + kMaxIdiomWords || !tokens_.joined(n)) break;
      phrase.append(" ").append(tokens_.folded(n));
    }
  }
  return false;
}

std::size_t AttributionFinder::opener_at(std::size_t k, std::size_t end) const {
  if (words_.source_openers.empty() || k + 1 >= end || !words_.source_openers.contains_folded(tokens_.folded(k))) return 0;
  const Document& document = tokens_.document();
  const long sentence = document.sentence_at(tokens_.span(k).begin);
  if (sentence < 0 || tokens_.first_at_or_after(document.sentences[static_cast<std::size_t>(sentence)].span.begin) != k) return 0;
  // "Pour lui, …", "Para ella, …", "Per lei, …": a pronoun set off by its comma is the source too.
  if (k + 2 < end && words_.source_pronouns.contains_folded(tokens_.folded(k + 1)) && tokens_.joined(k + 1) &&
      tokens_.gap_before(k + 2).find(',') != std::string_view::npos)
    return 1;
  const TokenRange source = mentions_.after(k + 1, end);
  // (A description by party or trade is one too: "Para o petista, …", "Pour l'écologiste, …".)
  if (source.empty() || source.first != k + 1 || source.last >= end ||
      !(mentions_.is_person_like(source) || (mentions_.is_description_start(source.first) && mentions_.heads_person(source.last - 1, source.last))))
    return 0;
  // A comma closes the source (or its apposition: "Per il leader della Lega, Matteo Salvini, ...").
  return tokens_.gap_before(source.last).find(',') != std::string_view::npos ? 1 : 0;
}

std::size_t AttributionFinder::raw_cue_at(std::size_t k, std::size_t end, bool right_after_quote) const {
  std::size_t best = std::max({tokens_.phrase_at(words_.cues, k, end), tokens_.phrase_at(words_.loaded_cues, k, end),
                               tokens_.phrase_at(words_.source_phrases, k, end), opener_at(k, end)});
  if (right_after_quote) best = std::max(best, tokens_.phrase_at(words_.post_quote_cues, k, end));
  return best ? best : split_cue_at(k, end);
}

std::size_t AttributionFinder::split_cue_at(std::size_t k, std::size_t end) const {
  // "liet dinsdag weten dat", "liet via een woordvoerder weten:": a cue of two words whose first
  // stands apart from its second, a few words between, right before its clause
  // (data/split_cue_heads_<lang>.txt: the first words; the cue of two words is in the cue list).
  constexpr std::size_t kMaxWordsBetween = 4;
  if (words_.split_cue_heads.empty() || !words_.split_cue_heads.contains_folded(tokens_.folded(k))) return 0;
  for (std::size_t j = k + 2; j < end && j - k - 1 <= kMaxWordsBetween && tokens_.joined(j); ++j) {
    if (tokens_.in(j - 1, words_.cues) || tokens_.in(j - 1, words_.complementizers)) return 0;
    if (!words_.cues.contains_folded(std::string(tokens_.folded(k)) + " " + std::string(tokens_.folded(j)))) continue;
    const bool clause_after = j + 1 < end && (tokens_.in(j + 1, words_.complementizers) ||
                                              tokens_.gap_before(j + 1).find_first_of(",:") != std::string_view::npos);
    return clause_after ? j - k + 1 : 0;
  }
  return 0;
}

bool AttributionFinder::is_postposition(std::size_t k, std::size_t end) const {
  return tokens_.phrase_at(words_.source_postpositions, k, end) > 0;
}

bool AttributionFinder::subject_in_ending(std::size_t k) const {
  const std::string_view folded = tokens_.folded(k);
  return lang_data::ends_with_entry("subject_in_verb_endings", words_.language, folded, 3);
}

bool AttributionFinder::is_source_phrase(std::size_t k, std::size_t end) const {
  const std::size_t source = std::max(tokens_.phrase_at(words_.source_phrases, k, end), opener_at(k, end));
  return source && source >= tokens_.phrase_at(words_.cues, k, end);
}

TokenRange AttributionFinder::source_of(std::size_t k, std::size_t length, std::size_t limit) const {
  for (std::size_t j = k; j < k + length; ++j)
    if (words_.source_pronouns.contains_folded(tokens_.folded(j))) return {j, j + 1};
  // After the phrase, a possessive form ("according to her spokesman") determines a noun instead.
  const std::size_t after = k + length;
  // (In a verb-second language the finite verb after it shows it is no possessive: "Volgens haar
  // moeten huurders ...", not "volgens haar woordvoerder".)
  if (after < limit && tokens_.joined(after) && words_.source_pronouns.contains_folded(tokens_.folded(after)) &&
      (!tokens_.in(after, words_.determiners) || after + 1 == limit || !tokens_.joined(after + 1) ||
       (words_.verb_second && tokens_.in(after + 1, words_.finite_verbs))))
    return {after, after + 1};
  // "Как сообщили (ТАСС) в пресс-службе ведомства, ...": the body after a plural cue and its
  // preposition; "Как рассказал РИА Новости источник ...": the speaker after the outlet told.
  if (words_.names_after_nouns) {
    if (const TokenRange body = body_after_cue(k, length, limit); !body.empty()) return body;
    if (const TokenRange past = speaker_past_complements(after, limit); !past.empty()) return past;
  }
  return source_after(after, limit);
}

std::size_t AttributionFinder::past_addressee(std::size_t k, std::size_t limit) const {
  if (words_.addressees.empty() || k >= limit || !words_.addressees.contains_folded(tokens_.folded(k))) return k;
  // "a Efe", "all'Ansa", "à l'AFP": the outlet's capitalised words (an elided article may open them).
  auto outlet_word = [&](std::size_t j) { return tokens_.capitalized(j) || (tokens_.elided(j) && tokens_.capitalized(j + 1)); };
  // (A link inside the outlet's name goes on to its next capitalised word: "al Corriere della Sera".)
  auto inner_link = [&](std::size_t j) {
    return j > k + 1 && j + 1 < limit && tokens_.joined(j + 1) && tokens_.capitalized(j + 1) &&
           (tokens_.in(j, words_.mention_links) || tokens_.in(j, words_.name_particles));
  };
  // (An agency's acronym ends it: "à l'AFP Laure Beccuau".)
  std::size_t end = k + 1;
  while (end < limit && end - k <= 3 && tokens_.joined(end) && (outlet_word(end) || inner_link(end)) &&
         !(end > k + 1 && is_acronym(tokens_.text(end - 1))))
    ++end;
  // (A run of capitalised words up to its comma ends in the speaker's name, first and last: "spiega
  // alla Repubblica Fabrizio Pregliasco, virologo", "explique au Monde Arnaud Fontanet, ...".)
  constexpr std::size_t kMaxRunWords = 5, kNameWords = 2;
  std::size_t run = end;
  while (run < limit && run - k <= kMaxRunWords && tokens_.joined(run) && outlet_word(run) && !is_acronym(tokens_.text(run - 1))) ++run;
  if (run - k > kNameWords + 1 && (run == limit || !tokens_.joined(run)) && mentions_.is_name_word(run - 1) &&
      mentions_.is_name_word(run - kNameWords))
    end = std::min(end, run - kNameWords);
  return end == k + 1 ? k : end;
}

TokenRange AttributionFinder::subject_of_bracket(std::size_t cue, std::size_t floor) const {
  // "Der Minister hatte im September kritisiert", "Im September hatte der Minister kritisiert": the
  // cue closes a verb bracket its auxiliary opened; the subject stands right before or after that.
  constexpr std::size_t kMaxBracketWords = 14;
  const LexiconSet& auxiliaries = words_.perfect_auxiliaries;
  std::size_t aux = cue;
  for (std::size_t k = cue; k-- > floor && cue - k <= kMaxBracketWords;) {
    if (!tokens_.joined(k + 1)) break;
    if (!tokens_.capitalized(k) && auxiliaries.contains_folded(tokens_.folded(k))) {
      aux = k;
      break;
    }
  }
  if (aux + 2 > cue || aux <= floor) return {};  // (with nothing between, the plain search reads it)
  const TokenRange before = mentions_.before(aux, floor);
  const bool opens_clause = !before.empty() && before.first == floor && mentions_.is_description_start(before.first) &&
                            !opens_object(before.first) && !tokens_.in(before.first, words_.possessives);
  if (!before.empty() && (mentions_.is_person_like(before) || opens_clause)) return before;
  const TokenRange after = mentions_.after(aux + 1, cue);
  if (!after.empty() && after.first == aux + 1 && mentions_.is_person_like(after)) return after;
  return {};
}

bool AttributionFinder::opens_object(std::size_t k) const {
  return words_.oblique_determiners.contains_folded(tokens_.folded(k));
}

TokenRange AttributionFinder::source_after(std::size_t first, std::size_t limit) const {
  // "nach Angaben von AI", "according to a statement from": one link word may open the source.
  // (Not an article that is also a link: "d'après des proches", "selon des sources".)
  if (first < limit && tokens_.in(first, words_.mention_links) && !tokens_.in(first, words_.determiners) &&
      !tokens_.in(first, words_.indefinites) && first + 1 < limit && tokens_.joined(first + 1))
    ++first;
  return document_issuer(mentions_.joined_names_after(mentions_.after(first, limit), limit), limit);  // laut Polizei und Staatsanwaltschaft
}

TokenRange AttributionFinder::body_after_cue(std::size_t k, std::size_t cue_length, std::size_t limit) const {
  std::size_t preposition = k + cue_length;
  // Over a reference to what was said: "сообщили об этом в МЧС", "повідомили про це в ДСНС".
  if (preposition < limit && tokens_.joined(preposition)) preposition += reference_opener_at(preposition, limit);
  // Over the addressee: "сообщили журналистам в военном ведомстве".
  while (preposition + 1 < limit && preposition - k - cue_length < 2 && tokens_.in(preposition, words_.fillers) &&
         tokens_.joined(preposition + 1))
    ++preposition;
  // Over a day: "отметили в пятницу в правительстве".
  if (preposition + 2 < limit && tokens_.joined(preposition) && tokens_.joined(preposition + 1) &&
      tokens_.in(preposition, words_.mention_stops) && words_.time_words.contains_folded(tokens_.folded(preposition + 1)))
    preposition += 2;
  // Over the outlet told, in the dative: "сообщили ТАСС в пресс-службе", "повідомили Укрінформу в
  // КМДА", "рассказали «Интерфаксу» в компании" (the body after it speaks, not the outlet).
  if (words_.names_after_nouns && preposition < limit && tokens_.joined(preposition, true)) {
    std::size_t outlet = preposition;
    while (outlet < limit && outlet - preposition < 3 && (outlet == preposition || tokens_.joined(outlet, true)) &&
           tokens_.capitalized(outlet) && !mentions_.title_at(outlet, limit))
      ++outlet;
    if (outlet > preposition && outlet + 1 < limit && !tokens_.capitalized(outlet) && tokens_.joined(outlet, true))
      preposition = outlet;
  }
  if (words_.body_cues.empty() || preposition + 1 >= limit || !tokens_.joined(preposition, true) || !tokens_.joined(preposition + 1))
    return {};
  std::string phrase(tokens_.folded(k + cue_length - 1));
  phrase.append(" ").append(tokens_.folded(preposition));
  if (!words_.body_cues.contains_folded(phrase)) return {};
  const TokenRange body = mentions_.after(preposition + 1, limit);
  if (!body.empty() && body.first == preposition + 1 && mentions_.is_person_like(body)) return body;
  // A source word after its adjectives: "в военном ведомстве", "в региональном министерстве", or a
  // body the language names in the nominative (data/body_nominatives_<lang>.txt) with the genitive
  // of whose it is: "в оперативном штабе региона".
  for (std::size_t j = preposition + 1; j < limit && j <= preposition + 3 && tokens_.joined(j) && !tokens_.capitalized(j); ++j) {
    // (After an adjective, a body the language names in the nominative takes its genitive too: "в
    // оперативном штабе области".)
    const bool nominative = j > preposition + 1 && !nominative_body(std::string(tokens_.folded(j)), words_.language).empty();
    if (mentions_.is_source_word(j) && !nominative) return {preposition + 1, j + 1};
    if (!nominative) continue;
    std::size_t end = j + 1;
    if (end < limit && tokens_.joined(end) && !tokens_.in(end, words_.mention_stops) && !tokens_.in(end, words_.cues) &&
        !tokens_.in(end, words_.complementizers) && !tokens_.in(end, words_.fillers) && !tokens_.in(end, words_.clause_conjunctions) &&
        !words_.time_words.contains_folded(tokens_.folded(end)))
      ++end;
    return {preposition + 1, end};
  }
  return {};
}

TokenRange AttributionFinder::lower_case_person_closing(std::size_t first, std::size_t limit) const {
  // One or two lower-case words that close the sentence, no filler, time word, preposition or cue:
  // a person by a word the tables do not know ("– mówi sołtys.", "— говорит староста.").
  constexpr std::size_t kMaxWords = 2;
  auto closes = [&](std::size_t j) {
    return j >= limit || j >= tokens_.size() || tokens_.gap_before(j).find_first_of(".!?") != std::string_view::npos ||
           tokens_.gap_before(j).find('\n') != std::string_view::npos;
  };
  std::size_t j = first;
  while (!closes(j) && j - first < kMaxWords && (j == first || tokens_.joined(j)) && !tokens_.capitalized(j) &&
         !tokens_.in(j, words_.fillers) && !tokens_.in(j, words_.mention_stops) && !words_.time_words.contains_folded(tokens_.folded(j)) &&
         !tokens_.in(j, words_.cues))
    ++j;
  return j > first && closes(j) ? TokenRange{first, j} : TokenRange{};
}

TokenRange AttributionFinder::speaker_past_complements(std::size_t after_cue, std::size_t limit) const {
  std::size_t k = after_cue;
  bool skipped = false, told = false;  // (after the outlet told, "un voluntario" speaks: "explicó a EFE un voluntario")
  bool dative_told = false;  // (after a person told, any description up to the clause's end: "его защитник")
  for (int step = 0; step < 4 && k < limit && tokens_.joined(k, true); ++step) {
    const std::size_t filler = tokens_.capitalized(k) ? 0 : tokens_.phrase_at(words_.fillers, k, limit);
    if (filler) {
      k += filler, skipped = true;  // "also", "este lunes"
    } else if (const std::size_t outlet = past_addressee(k, limit); outlet > k && outlet < limit && tokens_.joined(outlet)) {
      k = outlet, skipped = told = true;  // "all'Ansa", "a Efe", "à l'AFP"
    } else if (k + 1 < limit && tokens_.joined(k + 1) && !tokens_.capitalized(k) && tokens_.in(k, words_.mention_stops) &&
               words_.time_words.contains_folded(tokens_.folded(k + 1))) {
      k += 2, skipped = true;  // "в пятницу"
    } else if (const std::size_t dative = past_dative_name(k, limit); dative > k) {
      k = dative, skipped = told = dative_told = true;  // "Сергею Иванову", "Tuskowi"
    } else if (const std::size_t interview = past_interview(k, limit); interview > k) {
      k = interview, skipped = true;  // "в интервью «Коммерсанту»", "w rozmowie z RMF FM"
    } else {
      break;
    }
  }
  if (k >= limit || !tokens_.joined(k, true)) return {};
  // The outlet told, then the speaker with a title or source word: "РИА Новости управляющий партнёр".
  // (Only where the outlet told stands there, in the dative: quote_style "names-after-nouns"; in
  // English "said Fox News host Sean Hannity" the outlet belongs to the speaker.)
  // (Or a web outlet by its address, its domain after the dot: "Як розповіла LB.ua заступниця
  // міністра", "Lenta.ru".)
  auto domain = [&](std::size_t j) { return j < limit && is_domain_suffix(j); };
  std::size_t outlet = k;
  while (words_.names_after_nouns && outlet < limit && outlet - k < 3 && mentions_.is_name_word(outlet) && !mentions_.title_at(outlet, limit) &&
         (outlet == k || tokens_.joined(outlet))) {
    ++outlet;
    if (domain(outlet)) ++outlet;
  }
  // (Through its closing mark when the outlet's name in marks is longer: "Как рассказал «Новой
  // газете» сотрудник колонии".)
  constexpr std::size_t kMaxMarkedWords = 4;
  if (words_.names_after_nouns && outlet > k && outlet < limit && holds_quote_mark(tokens_.gap_before(k)) && !holds_quote_mark(tokens_.gap_before(outlet)))
    for (std::size_t j = outlet; j < limit && j - k <= kMaxMarkedWords && tokens_.joined(j, true); ++j)
      if (holds_quote_mark(tokens_.gap_before(j))) {
        outlet = j;
        break;
      }
  // (The outlet may be in marks: "Как пояснил «Известиям» источник"; the speaker may be one of
  // several: "Как рассказал «Ъ» один из участников".)
  if (outlet > k && outlet < limit && tokens_.joined(outlet, true) &&
      (mentions_.title_at(outlet, limit) || mentions_.is_source_word(outlet) ||
       (words_.names_after_nouns && tokens_.in(outlet, words_.indefinites)) ||
       // (Or a modifier before the title: "Как рассказал ТАСС первый замглавы комитета".)
       (tokens_.in(outlet, words_.title_modifiers) && outlet + 1 < limit && tokens_.joined(outlet + 1) &&
        mentions_.title_at(outlet + 1, limit))))
    k = outlet, skipped = true;
  const TokenRange speaker = mentions_.after(k, limit);
  const bool closes_clause = !speaker.empty() && speaker.first == k && (speaker.last >= limit || !tokens_.joined(speaker.last));
  if (!skipped || speaker.empty() ||
      !(mentions_.is_person_like(speaker) || (told && tokens_.in(speaker.first, words_.indefinites)) || (dative_told && closes_clause)))
    return {};
  return speaker;
}

TokenRange AttributionFinder::quoted_person(TokenRange speaker, std::size_t limit) const {
  const WordSet& said = WordSet::shared("quoted_words", words_.language);
  constexpr std::size_t kMaxWordsToWords = 4;
  for (std::size_t j = speaker.first; !said.empty() && j + 1 < limit && j <= speaker.last + kMaxWordsToWords; ++j) {
    if (!said.contains_folded(tokens_.folded(j))) continue;
    if (!tokens_.joined(j + 1)) break;
    TokenRange owner = mentions_.after(j + 1, limit);
    if (owner.empty() || owner.first != j + 1) break;
    // (Not the medium named after the owner: "слова Пескова РИА Новости", "słowa premiera PAP",
    // "слова Уайта Las Vegas Review-Journal" after Уайт was named.)
    const WordSet& outlets = WordSet::shared("told_outlets", words_.language);
    if (mentions_.is_known_person(owner.first))
      for (std::size_t end = owner.first + 1; end < owner.last; ++end)
        if (!mentions_.is_known_person(end)) {
          owner.last = end;
          break;
        }
    for (std::size_t end = owner.first + 1; end < owner.last; ++end) {
      const bool two = end + 1 < owner.last &&
                       outlets.contains_folded(std::string(tokens_.folded(end)) + " " + std::string(tokens_.folded(end + 1)));
      if (two || outlets.contains_folded(tokens_.folded(end))) {
        owner.last = end;
        break;
      }
    }
    return mentions_.is_person_like(owner) ? owner : speaker;
  }
  if (speaker.last < limit && tokens_.joined(speaker.last, true)) {
    const TokenRange object = mentions_.after(speaker.last, limit);
    if (!object.empty() && mentions_.is_person_like(object)) return object;
  }
  return speaker;
}

}  // namespace article_lens
