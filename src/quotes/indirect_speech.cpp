#include "quotes/indirect_speech.h"

#include "quotes/opening_phrase.h"
#include "quotes/report_gaps.h"

#include <algorithm>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/quote_marks.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {

using report_gaps::ends_clause;
using report_gaps::has;

namespace {

// Words of a cue's object before a reported clause without "that" ("told the BBC she ...").
constexpr std::size_t kMaxObjectWords = 3;
// Words of a phrase about a source before its comma ("Según fuentes consultadas por este diario,").
constexpr std::size_t kMaxSourcePhraseWords = 6;
// Words an adverbial opener may take before a source set off by commas ("Since then, according to").
constexpr std::size_t kMaxOpenerWords = 3;
// Words of where or when after a source's name, up to its comma ("Selon le délégué de la CGT à
// l'usine de Florange, ...", "Según el delegado de CCOO en la fábrica de Martorell, ...").
constexpr std::size_t kMaxSourcePlaceWords = 6;

}  // namespace

bool IndirectSpeechFinder::adjective_ending(std::size_t k) const {
  if (!tokens_.capitalized(k) || mentions_.is_known_person(k)) return false;
  const std::string_view folded = tokens_.folded(k);
  return lang_data::ends_with_entry("adjective_endings", words_.language, folded, 3);
}

bool IndirectSpeechFinder::opens_after_source(std::size_t k) const {
  // Only where the language lists the endings of words that go on naming a source.
  const auto endings = lang_data::entries("source_continuation_endings", words_.language);
  if (endings.empty()) return false;
  const std::string_view folded = tokens_.folded(k);
  for (const std::string_view ending : endings)
    if (folded.size() > ending.size() && folded.ends_with(ending)) return false;
  return true;
}

bool IndirectSpeechFinder::is_adverbial_opener(std::size_t first, std::size_t end) const {
  // "С тех пор", "Однако", "Since then": a function word in it, and no name ("Путин, по словам ...").
  bool function_word = false;
  for (std::size_t k = first; k < end; ++k) {
    const bool function = tokens_.in(k, words_.mention_stops) || tokens_.in(k, words_.name_stopwords) ||
                          tokens_.in(k, words_.fillers) || tokens_.in(k, words_.clause_conjunctions);
    if (!function && mentions_.is_name_word(k)) return false;
    function_word = function_word || function;
  }
  return function_word;
}

bool IndirectSpeechFinder::in_sentence(std::size_t first, std::size_t last, ReportedSpeech& found) const {
  if (words_.unspaced) {
    found.attribution = attribution_.unspaced_report({tokens_.span(first).begin, tokens_.span(last - 1).end}, found.content);
    return found.attribution.found();
  }
  const bool comma_introduces = words_.complementizers.contains_folded(",");
  if (closing_as_clause(first, last, found) || opening_impersonal_clause(first, last, found)) return true;
  for (std::size_t k = first; k < last; ++k) {
    // CLAUSE, a-t-il ajouté. / CLAUSE, estime-t-elle. (the subject a pronoun inside the cue's word)
    if (k > first + kMinClauseWords && has(tokens_.gap_before(k), ',') && tokens_.text(k).find('-') != std::string_view::npos)
      if (Attribution inside = attribution_.pronoun_in_cue(k, last); inside.found() && !inside.cue.empty()) {
        const std::size_t after = tokens_.first_at_or_after(inside.cue.end > tokens_.span(k).end ? inside.cue.end : tokens_.span(k).end);
        if (last - after <= kMaxWordsAfterFinalCue || (after < last && has(tokens_.gap_before(after), ','))) {
          found.content = clause(first, k);
          if (found.content.empty()) continue;
          found.attribution = inside;
          found.attribution.mention = {k, k + 1};
          return true;
        }
      }
    // (Or a word that only follows a quote, closing a clause in the reported mood: "…, so der Minister".)
    const std::size_t cue = std::max(attribution_.cue_at(k, last, false), closing_mood_cue(first, k, last));
    // "Ministers have been warned that ...", "He was told he would be sent home.": a passive cue's
    // subject was spoken to, not the speaker (data/passive_auxiliaries_<lang>.txt).
    if (!cue || attribution_.in_passive(k, last)) continue;
    const std::size_t after_cue = k + cue;
    const Span cue_span{tokens_.span(k).begin, tokens_.span(after_cue - 1).end};
    auto report = [&](TokenRange mention, Span content) {
      if (mention.empty() || content.empty()) return false;
      // (Not a second verb of the same subject, which reports itself: "bestätigte den Bericht,
      // sagte aber, es gebe ...": its own cue is read next.)
      if (const std::size_t opening = tokens_.first_at_or_after(content.begin);
          words_.verb_second && opening >= after_cue && !tokens_.capitalized(opening) && attribution_.cue_at(opening, last, false))
        return false;
      mention = attribution_.without_addressee(mention);  // "sagte Nagel der F.A.Z." 
      found.content = content;
      found.attribution.mention = mention;
      found.attribution.mention_span = {tokens_.span(mention.first).begin, tokens_.span(mention.last - 1).end};
      // The subject before its cue, reporting after it, with the description a comma sets before
      // the name ("La ministra de Sanidad, Mónica García, aseguró que ...").
      if (mention.last <= k && content.begin >= cue_span.end)
        found.attribution.mention_span.begin = tokens_.span(mentions_.leading_description(mention.first)).begin;
      found.attribution.cue = cue_span;
      return true;
    };
    if (unsaid_subject(first, k, cue, last, found)) return true;  // "Luego agregó que ...", "Ha spiegato che ..."
    if (attribution_.is_source_phrase(k, last)) {
      // "Jak dodała, rząd ...": the phrase's verb carries its subject.
      if (k == first && after_cue < last && has(tokens_.gap_before(after_cue), ',') && attribution_.subject_in_ending(after_cue - 1)) {
        found.content = clause(after_cue, last);
        if (found.content.empty()) continue;
        found.attribution = attribution_.unsaid_subject(k, cue);
        return true;
      }
      // (A postposition's source stands before it: "Der Polizei zufolge wurden ...", not the clause after.)
      TokenRange mention = attribution_.is_postposition(k, last) ? TokenRange{} : through_marks(attribution_.source_of(k, cue, last), last);
      mention = source_named_after_phrase(k, after_cue, mention);  // "Według Onetu rząd planuje ..."
      const TokenRange run = mention;
      mention = genitive_name_before_subject(k, after_cue, mention);
      const bool subject_cut = mention.last < run.last;  // the clause opens with the word cut off
      // "D'après des proches du président, Emmanuel Macron souhaite ...": a name after the source's
      // comma with a verb right after it is the clause's subject, not the source's apposition.
      for (std::size_t j = mention.first + 1; j < mention.last && mention.last < last; ++j)
        if (has(tokens_.gap_before(j), ',') && tokens_.joined(mention.last) && !has(tokens_.gap_before(mention.last), ',') &&
            !tokens_.capitalized(mention.last) && mentions_.is_name_word(mention.last - 1)) {
          mention.last = j;
          break;
        }
      // "По данным Федеральной таможенной службы (ФТС) РФ, ...", "На думку експертів Київської школи
      // економіки, ...": a body's name that a place word opens (data/place_heads_<lang>.txt), or cut
      // after a capitalised adjective (data/adjective_endings_<lang>.txt), runs on in lower case to the comma.
      bool named_whole = false;
      // "Segundo fonte da Metro do Porto, ...": a body's name runs on over its particle to the comma.
      // (Also where the mention stopped on the particle: "Según la Delegación del Gobierno, ...".)
      if (!mention.empty() && k == first &&
          (mentions_.is_name_word(mention.last - 1) ||
           (mention.size() > 1 && (tokens_.in(mention.last - 1, words_.name_particles) || tokens_.in(mention.last - 1, words_.mention_links)) &&
            mention.last < last && tokens_.joined(mention.last) && tokens_.capitalized(mention.last)))) {
        std::size_t end = mention.last;
        while (end < last && end - mention.last < 4 && tokens_.joined(end) &&
               (tokens_.capitalized(end) || tokens_.in(end, words_.name_particles) || tokens_.in(end, words_.mention_links)))
          ++end;
        if (end > mention.last && end < last && has(tokens_.gap_before(end), ',') && tokens_.capitalized(end - 1)) mention.last = end;
      }
      if (!mention.empty() && (WordSet::shared("place_heads", words_.language).contains_folded(tokens_.folded(mention.first)) ||
                               (mention.last < last && tokens_.joined(mention.last) && !tokens_.capitalized(mention.last) &&
                                !tokens_.in(mention.last, words_.mention_stops) && adjective_ending(mention.last - 1)))) {
        std::size_t end = mention.last;
        while (end < last && end - mention.first < MentionFinder::kMaxWords && !ends_clause(tokens_.gap_before(end)) &&
               !has(tokens_.gap_before(end), ','))
          ++end;
        named_whole = end < last && has(tokens_.gap_before(end), ',');
        if (named_whole) mention.last = end;
      }
      // Where the grammar closes a source that opens the sentence with a comma, the body's name
      // runs to it over lower-case words after a capitalised one ("Как сообщили в пресс-службе
      // Фонда обязательного медицинского страхования, ..."; quote_style "sources-end-at-comma").
      if (!named_whole && words_.sources_end_at_comma && k == first && !mention.empty() && mention.last < last &&
          tokens_.capitalized(mention.last - 1) && !mentions_.is_known_person(mention.last - 1) && tokens_.joined(mention.last) &&
          !tokens_.capitalized(mention.last)) {  // (a person's name ends there: "речник Олег Гай в ефірі телемарафону,")
        constexpr std::size_t kMaxNameRun = 6;
        std::size_t end = mention.last;
        while (end < last && end - mention.last < kMaxNameRun && !ends_clause(tokens_.gap_before(end)) && !has(tokens_.gap_before(end), ',') &&
               !tokens_.in(end, words_.complementizers) && !tokens_.in(end, words_.cues) && !tokens_.in(end, words_.pronouns) &&
               !tokens_.token(end).has(unicode::kStartsWithDigit))  // (not a date: "По данным минэкологии Якутии на 9 августа,")
          ++end;
        named_whole = end > mention.last && end < last && has(tokens_.gap_before(end), ',') && !ends_clause(tokens_.gap_before(end));
        if (named_whole) mention.last = end;
      }
      // "Według rzecznika prasowego szpitala CLAUSE", "По словам источника в правоохранительных органах, CLAUSE" (cited_source.cpp).
      if (std::size_t end = 0, opens = k == first && !named_whole ? past_source_tail(k, after_cue, mention, last, &end) : 0; opens)
        return report({mention.first, end}, clause(opens, last));
      // "Według okolicznych sklepikarzy CLAUSE", "По словам рыбаков CLAUSE" (genitive_group_source.cpp).
      if (mention.empty() && k == first)
        if (const TokenRange group = genitive_group_source(k, after_cue, last); !group.empty()) return report(group, clause(group.last, last));
      // "Secondo quanto riferito dalla questura, CLAUSE" (bare_source.cpp).
      if (mention.empty() && k == first && cue >= 2)
        if (const TokenRange bare = attribution_.bare_source(after_cue, last); !bare.empty() && last - bare.last >= kMinClauseWords)
          return report(bare, clause(bare.last, last));
      if (mention.empty()) {  // Dem Bericht zufolge CLAUSE.
        mention = mentions_.before(k, first);
        // (Not after a comma: "Instead, the cost ... in Hong Kong, according to press reports in
        // China." names no source before the phrase.)
        // (A postposition in mid-clause is no opener: "Es handele sich Angaben zufolge um …"; the
        // finite verb follows the source that opens the sentence.)
        const bool postposition = attribution_.is_postposition(k, last);
        if (!mention.empty() && mention.first == first && !has(tokens_.gap_before(k), ',') && after_cue < last &&
            (!postposition || (!mentions_.is_pronoun(mention.first) && tokens_.joined(after_cue) &&
                               (tokens_.in(after_cue, words_.finite_verbs) ||
                                (words_.capitalised_nouns && !tokens_.capitalized(after_cue) && !tokens_.in(after_cue, words_.determiners) &&
                                 !tokens_.in(after_cue, words_.mention_stops) && !tokens_.in(after_cue, words_.mention_links) &&
                                 !tokens_.in(after_cue, words_.complementizers) && !tokens_.in(after_cue, words_.coordinators) &&
                                 !WordSet::shared("source_prepositions", words_.language).contains_folded(tokens_.folded(after_cue)))))))
          return report(mention, clause(after_cue, last));
        continue;
      }
      if (k == first) mention = source_before_verb(mention);  // "Volgens ingewijden overweegt ..."
      // According to X, CLAUSE. Where no comma is written ("Według posła Jana Kowalskiego rozmowy
      // trwają", "Laut Polizei wurde ..."), a person's name ending the source before a lower-case
      // word still closes it.
      // The source ends after the phrase when its pronoun is inside ("По его словам, ..."), and
      // after its apposition ("По словам источника, близкого к Кремлю, ...").
      // So does a body or group that the source is (with the capitalised name of whose it is), before
      // a lower-case word that cannot go on naming it in the genitive: "Według policji kierowca był
      // trzeźwy", "Zdaniem ekonomistów ING decyzja była ...", not "Według policji drogowej",
      // "Według ekspertów banku" (data/source_continuation_endings_<lang>.txt).
      bool closed_by_group = false;
      // (An unnamed source too: "Według informatorów TVN24 rząd przygotowuje ...", and a title
      // alone after a phrase governing the genitive, the one it describes: "Według ministra nowe
      // przepisy ...", "По словам министра новые ..."; not a cue's subject, "Jak przekazał PAP
      // rzecznik ministra ...": data/genitive_openers_<lang>.txt.)
      auto title_alone = [&] {
        std::string phrase;
        for (std::size_t j = k; j < after_cue; ++j) phrase.append(phrase.empty() ? "" : " ").append(tokens_.folded(j));
        // (Not a title whose holder is named on: "Zdaniem przewodniczącego komisji Jana Kowalskiego, ...".)
        for (std::size_t j = mention.first + 1; j < mention.last; ++j)
          if (tokens_.capitalized(j)) return false;
        // (A title of two words too: "Według głowy państwa przepisy są ...".)
        const std::size_t title = mentions_.title_at(mention.first, mention.last);
        return k == first && title >= 1 && title < mention.size() &&
               WordSet::shared("genitive_openers", words_.language).contains_folded(phrase);
      };
      // (After an indefinite or a lower-case adjective or two, the group they describe: "Według
      // wielu świadków kierowca ...", "Zdaniem niektórych ekspertów inflacja ...".)
      constexpr std::size_t kMaxGroupAdjectives = 2;
      std::size_t group = mention.first;
      while (group + 1 < mention.last && group - mention.first < kMaxGroupAdjectives && tokens_.joined(group + 1) &&
             !tokens_.capitalized(group) &&
             (tokens_.in(group, words_.indefinites) || lang_data::ends_with_entry("adjective_endings", words_.language, tokens_.folded(group), 3)))
        ++group;
      if (group > mention.first && !tokens_.in(group, words_.group_nouns) && !tokens_.in(group, words_.anonymous_sources)) group = mention.first;
      if (!named_whole && mention.size() > 1 &&
          (tokens_.in(group, words_.group_nouns) || tokens_.in(group, words_.anonymous_sources) || title_alone())) {
        std::size_t end = group + std::max<std::size_t>(1, mentions_.title_at(group, mention.last));
        while (end < mention.last && end - mention.first <= 3 && tokens_.joined(end) && tokens_.capitalized(end)) ++end;
        // (Over a noun or two that go on naming it in the genitive: "Według ministra zdrowia szpitale ...";
        // not an adjective, after which the noun may be the clause's or the body's: "straży pożarnej
        // pożar ...", data/adjective_endings_<lang>.txt.)
        constexpr std::size_t kMaxGenitiveWords = 2;
        const std::size_t named_end = end;
        while (end < mention.last && end + kMinClauseWords < last && end - named_end < kMaxGenitiveWords && tokens_.joined(end) &&
               !tokens_.capitalized(end) && !tokens_.in(end, words_.mention_stops) && !tokens_.in(end, words_.mention_links) &&
               !opens_after_source(end) && !lang_data::entries("source_continuation_endings", words_.language).empty() &&
               !lang_data::ends_with_entry("adjective_endings", words_.language, tokens_.folded(end), 3))
          ++end;
        closed_by_group = end < mention.last && end + kMinClauseWords <= last && tokens_.joined(end) && !tokens_.capitalized(end) &&
                          !tokens_.in(end, words_.mention_stops) && !tokens_.in(end, words_.mention_links) && opens_after_source(end);
        if (closed_by_group) mention.last = end;
      }
      const std::size_t apposition_end =
          named_whole || closed_by_group || subject_cut ? mention.last : tokens_.first_at_or_after(mentions_.span_with_apposition(mention, k, last).end);
      const std::size_t source_end = std::max({mention.last, after_cue, std::min(apposition_end, last)});
      // "Как сообщает «Медуза» со ссылкой на источники, CLAUSE": the citation goes with the source.
      if (std::size_t citation = 0, start = k == first ? past_cited_source(mention.first + 1, source_end, last, &citation) : 0; start)
        return report({mention.first, std::max(mention.last, citation)}, clause(start, last));
      // A pronoun closes it too ("Według niego rozmowy trwają").
      const bool closed_by_name = (mentions_.is_name_word(mention.last - 1) ||
                                   (mention.size() == 1 && words_.source_pronouns.contains_folded(tokens_.folded(mention.first)))) &&
                                  source_end < last && tokens_.joined(source_end) && (!tokens_.capitalized(source_end) || subject_cut);
      // "Як зазначив речник Дмитро Плетенчук в ефірі телемарафону, ...": where or when after the
      // name, up to a comma, belongs to the source.
      std::size_t clause_start = source_end, comma = source_end;
      if (closed_by_name) {
        for (std::size_t j = source_end + 1; j < last && j - source_end <= kMaxSourcePlaceWords && !ends_clause(tokens_.gap_before(j)); ++j)
          if (has(tokens_.gap_before(j), ',')) {
            comma = j;
            break;
          }
        if (tokens_.in(source_end, words_.mention_stops)) clause_start = comma;
      }
      // "Según la portavoz del PP en el Congreso, Ester Muñoz, el presidente ...": a name set off by
      // commas after the source's place is its apposition, and names the speaker. (So after the
      // rest of a body's name: "D'après le président de la Fédération française de tennis, Gilles
      // Moretton, ...".)
      if (comma != source_end) {
        constexpr std::size_t kMaxNameWords = 4;
        std::size_t end = comma;
        while (end < last && end - comma < kMaxNameWords && mentions_.is_name_word(end) && (end == comma || tokens_.joined(end))) ++end;
        if (end - comma >= 2 && end < last && has(tokens_.gap_before(end), ',') && !ends_clause(tokens_.gap_before(end)) &&
            last - end >= kMinClauseWords && mentions_.is_known_person(end - 1))
          mention = {comma, end}, clause_start = end;
      }
      // Verb-second: the finite verb right after the source opens the clause ("Volgens de politie
      // is de man opgepakt"; data/finite_verbs_<lang>.txt).
      // (Where nouns are not capitalised, any lower-case word there is that verb, the clause's
      // second place: "Volgens het Centraal Planbureau valt de groei lager uit" -- not a link or
      // preposition that goes on with the source. German keeps to its list of verbs.)
      // (Also past the closing mark of the source's name: "Laut einem Bericht der „Süddeutschen Zeitung“ plant …".)
      const bool verb_follows = words_.verb_second && source_end < last && tokens_.joined(source_end, true) &&
                                (tokens_.in(source_end, words_.finite_verbs) || verb_after_source(source_end) ||
                                 (k == first && !words_.capitalised_nouns && !tokens_.capitalized(source_end) && !tokens_.in(source_end, words_.mention_stops) &&
                                  !tokens_.in(source_end, words_.mention_links) && !tokens_.in(source_end, words_.name_particles) &&
                                  !tokens_.in(source_end, words_.complementizers)));
      // ("Fanno sapere da Palazzo Chigi che CLAUSE": the complementizer after the source is no part of it.)
      if (closed_by_name && clause_start == source_end && tokens_.in(clause_start, words_.complementizers)) ++clause_start;
      if (k == first && source_end < last && (has(tokens_.gap_before(source_end), ',') || closed_by_name || closed_by_group || verb_follows))
        return report(mention, clause(clause_start, last));
      // "Według lekarzy ze szpitala w Tychach CLAUSE" (genitive_group_source.cpp).
      if (k == first && !named_whole)
        if (const std::size_t opens = past_group_origin(mention, source_end, last)) return report(mention, clause(opens, last));
      // A phrase about the source up to its comma ("Según fuentes consultadas por este diario, ...",
      // "Selon des sources proches du dossier, ..."): no verb of its own, and the clause after it.
      if (k == first && source_end < last && tokens_.joined(source_end)) {
        std::size_t end = source_end;
        while (end < last && end - source_end < kMaxSourcePhraseWords && tokens_.joined(end) &&
               !tokens_.in(end, words_.finite_verbs) && !tokens_.in(end, words_.cues) && !tokens_.in(end, words_.complementizers) &&
               !tokens_.in(end, words_.pronouns) && !tokens_.in(end, words_.group_pronouns))
          ++end;
        if (end > source_end && end < last && has(tokens_.gap_before(end), ',') && !ends_clause(tokens_.gap_before(end)) &&
            last - end >= kMinClauseWords)
          return report(mention, clause(end, last));
      }
      // Short opener, according to X, CLAUSE ("С тех пор, по словам Марии, ей везло").
      // (The source's place may run on to its comma: "Водночас, за інформацією джерел УП в Офісі
      // президента, CLAUSE".)
      if (k > first && k - first <= kMaxOpenerWords && is_adverbial_opener(first, k) && has(tokens_.gap_before(k), ','))
        if (const std::size_t source_close = source_place_end(source_end, last); source_close < last && last - source_close >= kMinClauseWords)
          return report({mention.first, std::max(mention.last, source_close)}, clause(source_close, last));
      // "Решение, по словам Пескова, будет принято позже": the whole sentence around the source.
      if (source_between_subject_and_verb(first, k, source_end, last)) return report(mention, clause(first, last));
      // CLAUSE, according to X.
      if (k > first && has(tokens_.gap_before(k), ',') && last - source_end <= kMaxWordsAfterFinalCue)
        return report(mention, clause(first, k));
      continue;
    }
    // "The company denied wrongdoing, saying the report was inaccurate": a participle after a comma
    // reports for the subject of the clause before it (not "CLAUSE, said X" with X its object).
    if (cue == 1 && k > first && has(tokens_.gap_before(k), ',') && !ends_clause(tokens_.gap_before(k)) &&
        words_.is_participle(tokens_.folded(k)) && after_cue < last) {
      TokenRange subject = mentions_.clause_subject(first, k);
      // (After a cue of its own the participle goes on with that cue's speaker: "CLAUSE, Mr. Lane
      // said, adding that he ...".)
      constexpr std::size_t kMaxWordsAfterCue = 3;
      for (std::size_t m = k; m-- > first + 1 && k - m <= kMaxWordsAfterCue;)
        if (attribution_.cue_at(m, k, false)) {
          if (const TokenRange speaker = mentions_.before(m, first); !speaker.empty()) subject = speaker;
          break;
        }
      subject = mentions_.before_past_tense(subject);
      std::size_t opens = last;
      if (const std::size_t complementizer = tokens_.phrase_at(words_.complementizers, after_cue, last))
        opens = after_cue + complementizer;
      else if (!has(tokens_.gap_before(after_cue), ',') && starts_clause(past_day(after_cue, last), last))
        opens = past_day(after_cue, last);
      if (!subject.empty() && subject.last <= k && mentions_.is_person_like(subject) && opens < last &&
          report(subject, clause(opens, last)))
        return true;
      // (Else a subject that is no person-like mention, read below: "The 64-year-old has denied ...".)
    }
    // In verb-second languages the subject may follow the verb ("In seiner Rede erklärte Johnson, ...").
    TokenRange mention = words_.verb_second ? attribution_.subject_of(k, cue, first, last, true) : mentions_.before(k, first);
    if (mention.empty()) mention = attribution_.relative_subject(k, first);  // "Yolanda Díaz, quien añadió que ..."
    // "The actor denied the charge, saying his accuser had lied": a participle's subject is the clause's.
    // (Not a word cut from a title joined by "and": "Trade and Industry Secretary Patricia Hewitt".)
    if (mention.empty() && k > first && has(tokens_.gap_before(k), ',') && words_.is_participle(tokens_.folded(k))) {
      mention = mentions_.before_past_tense(mentions_.clause_subject(first, k));
      if (mention.size() == 1 && mention.last < k && tokens_.in(mention.last, words_.coordinators)) mention = {};
    }
    // "The agency quoted Ivan Petrov as saying that ...": the quoting verb's object speaks.
    const TokenRange quoted_object = attribution_.quoted_as(k, cue, last);
    if (!quoted_object.empty()) mention = quoted_object;
    // A mention wholly inside marks is what a body is called ("компании «Газпром газораспределение
    // Томск» заверили"), not the speaker (unlike "Lisa Ott von der „Initiative Grüne Stadt“").
    // (Not a mention the marks open after: "В ЦБ «Интерфаксу» пояснили"; the mark then stands
    // right before the next word, not after a closing word.)
    const std::string_view gap_after = mention.empty() || mention.last >= tokens_.size() ? std::string_view() : tokens_.gap_before(mention.last);
    const bool marks_open_after = !gap_after.empty() && holds_quote_mark(gap_after) &&
                                  !unicode::is_space(unicode::decode_before(gap_after, gap_after.size()).value);
    if (!mention.empty() && mention.last <= k && !tokens_.joined(mention.last) && tokens_.joined(mention.last, true) && !marks_open_after) {
      bool opens_inside = false;
      for (std::size_t m = mention.first + 1; m < mention.last && !opens_inside; ++m) opens_inside = holds_quote_mark(tokens_.gap_before(m));
      // (The noun whose name it is speaks where it opens the clause or follows its preposition:
      // "Компания «Сибирский дом» заявила", "В компании «Сибирский дом» заявили"; a channel written
      // with its capital, "В Telegram-канале «Mash» сообщается", data/speech_documents_<lang>.txt.)
      const std::size_t noun = mention.first - 1;
      const bool named_body = !opens_inside && mention.first > first && tokens_.joined(mention.first, true) && !tokens_.joined(mention.first) &&
                              !tokens_.in(noun, words_.cues) && !tokens_.in(noun, words_.mention_stops) &&
                              (noun == first || (noun > first && tokens_.joined(noun) &&
                                                 (!tokens_.capitalized(noun) || WordSet::shared("speech_documents", words_.language)
                                                                                    .contains_folded(tokens_.folded(noun))) &&
                                                 tokens_.in(noun - 1, words_.mention_stops) && noun - 1 == first));
      // (An outlet told in marks stands between the speaker and the cue: "В ЦБ «Интерфаксу» пояснили",
      // "Депутат Иван Петров “Ъ” рассказал"; data/told_outlets_<lang>.txt.)
      std::string outlet(tokens_.folded(mention.first));
      for (std::size_t m = mention.first + 1; m < mention.last; ++m) outlet.append(" ").append(tokens_.folded(m));
      if (!opens_inside && mention.first > first && WordSet::shared("told_outlets", words_.language).contains_folded(outlet)) {
        const TokenRange teller = mentions_.before(mention.first, first);
        mention = !teller.empty() && teller.last == mention.first ? teller : TokenRange{};
      } else if (!opens_inside) {
        mention = named_body ? TokenRange{mention.first - 1, mention.last} : TokenRange{};
      }
    }
    // Verb-second, "CLAUSE, sagte der Niederländer.": the clause's own subject gives way to the speaker after the cue.
    if (words_.verb_second) mention = speaker_after_clause(mention, first, k, after_cue, last);
    if (const std::size_t auxiliary = words_.verb_second ? after_causative(mention, first, k, after_cue, last) : 0)
      return report(mention, clause(first, auxiliary));
    // The reported clause follows the cue, or its subject when that follows the cue.
    const std::size_t after_subject = mention.first >= after_cue ? mention.last : after_cue;
    if (!mention.empty()) {
      // Verb-second: CLAUSE, sagte X. (the subject after the cue, the sentence ending with it)
      // (A phrase of place or means may close the sentence after the speaker: "…, erklärte Trump in
      // seinem Onlinedienst Truth Social".)
      // (Past a bracket after the name: "betonte Tanja Schweiger (Freie Wähler) bei einer Pressekonferenz".)
      std::size_t after_name = mention.last;
      if (mention.first >= after_cue && after_name < last && has(tokens_.gap_before(after_name), '('))
        for (std::size_t j = after_name + 1; j < last && j - after_name <= MentionFinder::kMaxBracketWords; ++j)
          if (has(tokens_.gap_before(j), ')')) {
            after_name = j;
            break;
          }
      const std::size_t tail = last - after_name;
      const bool phrase_after = tail <= 2 * kMaxWordsAfterFinalCue && after_name < last &&
                                WordSet::shared("source_prepositions", words_.language).contains_folded(tokens_.folded(after_name));
      // (Not a subordinate clause of time or cause before the cue when the speaker's own clause
      // follows the name: "Nachdem der Zug hielt, sagte der Schaffner, man müsse warten".)
      const bool reports_after = words_.verb_second && tokens_.in(first, words_.subordinators) && mention.last < last &&
                                 has(tokens_.gap_before(mention.last), ',');
      if (mention.first >= after_cue && k > first && has(tokens_.gap_before(k), ',') && !has(tokens_.gap_before(after_cue), ',') &&
          (tail <= kMaxWordsAfterFinalCue || phrase_after) && !reports_after)
        return report(mention, clause(first, k));
      // CLAUSE, X said. (Not when a clause follows the cue: "On Sunday, Issa said Clinton lied.")
      // (Nor when the words before are the speaker's own description: "Die Sprecherin des Konzerns,
      // Maria Koch, bestätigte den Verkauf.", "À la barre, le prévenu, un homme de 34 ans, a nié";
      // past the setting before it, opening_phrase.cpp.)
      // (Where the verb comes second it follows the clause at once, "…, sagte X": "Der Führer Irans,
      // Ali Chamenei, hat … kritisiert" is a subject and its apposition.)
      // (The speaker's description may open with lower-case role words after the comma: "...,
      // foreign ministry spokesman Wang Lin said".)
      std::size_t opens = mention.first;
      constexpr std::size_t kMaxRoleWords = 3;
      for (std::size_t words = 0; mention.last <= k && opens > first + 1 && words < kMaxRoleWords && tokens_.joined(opens) && !tokens_.capitalized(opens - 1) &&
                                  !tokens_.in(opens - 1, words_.mention_stops) && !tokens_.in(opens - 1, words_.finite_verbs) &&
                                  !tokens_.in(opens - 1, words_.cues) && !tokens_.in(opens - 1, words_.complementizers);
           ++words)
        --opens;
      if (mention.last > k || opens <= first || !has(tokens_.gap_before(opens), ',')) opens = mention.first;
      if (!words_.verb_second && mention.last <= k && opens > first && has(tokens_.gap_before(opens), ',') &&
          before_trailing_clause(after_cue, last) - after_cue <= kMaxWordsAfterFinalCue &&
          !(after_cue < last && (tokens_.phrase_at(words_.complementizers, after_cue, last) || starts_clause(after_cue, last) ||
                                 mentions_.could_be_name(after_cue))) &&
          !((has(tokens_.gap_before(k), ',') || has(tokens_.gap_before(mention.last), ',')) &&
            describes_speaker(std::min(clause_after_opening(tokens_, words_, first), opens), opens)) &&
          !is_prepositional_opener(first, opens) &&  // "During the press conference, the minister criticised ..."
          mentions_.leading_description(mention.first) != first &&  // "Le maire de Marseille, Benoît Payan, a réagi"
          report(mention, clause(first, opens)))
        return true;  // (Too short a clause: a later cue may still report it, "Instead, ... member states first, she said.")
      // X said (to Y ...) that CLAUSE / X sagte, CLAUSE
      std::size_t zero_that = last;
      for (std::size_t j = after_subject; j < last && j - after_subject <= kMaxWordsToComplementizer; ++j) {
        const std::string_view gap = tokens_.gap_before(j);
        // (A colon introduces the clause as a comma does: "Felbermayr warnt dennoch: Die Preise stiegen weiter.")
        const bool colon_introduces = comma_introduces && has(gap, ':') && !has(gap, '\n');
        if (j > after_subject && ends_clause(gap) && !colon_introduces) break;
        if (const std::size_t complementizer = tokens_.phrase_at(words_.complementizers, j, last)) {
          // A request's clause is what someone is asked to do, not what was said ("pediu à
          // população que poupe água", "ha chiesto che"; data/request_cues_<lang>.txt).
          if (is_request(k, after_cue)) break;
          return report(mention, with_elided_subject(j + complementizer - 1, clause(j + complementizer, last)));
        }
        if ((comma_introduces && has(gap, ',')) || colon_introduces) {
          if (report(mention, clause(j, last))) return true;
          if (!words_.verb_second) return false;
          break;  // (a second verb opening the clause reports itself: its cue is read next)
        }
        // "a affirmé avoir reçu des menaces", "ha dichiarato di aver ricevuto minacce": an infinitive.
        if (j == after_subject && !has(gap, ',') && !is_request(k, after_cue))
          if (const std::size_t infinitive = infinitive_report_start(j, last); infinitive < last) return report(mention, clause(infinitive, last));
        // He said he would resign. / Officials said the talks had stalled. (no "that")
        // (Also after the day: "Officials said on Tuesday the talks had stalled.")
        if (j == after_subject && !has(gap, ',')) {
          const std::size_t opens = past_day(j, last);
          // (A "that" further on is then a relative inside the clause: "said it would cut jobs
          // that were not needed".)
          // (Not yet after a verb whose object may be the listener: "told the BBC the budget would".)
          if (!tokens_.phrase_at(words_.complementizers, opens, last) &&
              starts_clause(opens, last, WordSet::shared("clause_cues", words_.language).contains_folded(tokens_.folded(k)))) {
            zero_that = opens;
            if (!WordSet::shared("addressee_phrases", words_.language).contains_folded(tokens_.folded(k))) break;
          }
        }
        // He told reporters he would resign. / She told the BBC she had stopped. (the object first)
        if (zero_that == last && j > after_subject && j - after_subject <= kMaxObjectWords && tokens_.joined(j) &&
            (tokens_.in(j, words_.pronouns) || tokens_.in(j, words_.group_pronouns)) && starts_clause(j, last))
          zero_that = j;
        // She told the BBC the budget would ... : after a verb whose object is the listener, a
        // clause that opens after the object ("the budget would") is the one reported, not "the BBC
        // the budget" (data/addressee_phrases_<lang>.txt).
        if ((zero_that == after_subject || zero_that == last) && j > after_subject && j - after_subject <= kMaxObjectWords && tokens_.joined(j) &&
            tokens_.in(j, words_.determiners) && !tokens_.in(j - 1, words_.determiners) && starts_clause(j, last, true) &&
            WordSet::shared("addressee_phrases", words_.language).contains_folded(tokens_.folded(k)))
          zero_that = j;
        // (Over a filler set off by commas: "sostiene, en cambio, que", "affirme, de son côté, qu'".)
        if (const std::size_t filler = j == after_subject && has(gap, ',') ? tokens_.phrase_at(words_.fillers, j, last) : 0;
            filler && j + filler < last && has(tokens_.gap_before(j + filler), ',')) {
          j += filler - 1;
          continue;
        }
        if (has(gap, ',')) break;
      }
      if (zero_that < last) return report(mention, clause(zero_that, last));
      continue;
    }
    // "Dodała, że ...", "Додав, що ...": a sentence that opens with its cue carries the subject in
    // the verb's ending (data/subject_in_verb_endings_<lang>.txt); it is resolved as a pronoun would be.
    // (Over a filler or two before its comma: "Podkreśliła też, że ...", "Добавил также, что ...".)
    std::size_t past_fillers = after_cue;
    if (k == first && cue == 1)
      while (past_fillers < after_cue + 2 && past_fillers + 1 < last && tokens_.joined(past_fillers) && tokens_.in(past_fillers, words_.fillers))
        ++past_fillers;
    if (k == first && cue == 1 && past_fillers + 1 < last && tokens_.capitalized(k) && has(tokens_.gap_before(past_fillers), ',') &&
        attribution_.subject_in_ending(k)) {
      if (const std::size_t complementizer = tokens_.phrase_at(words_.complementizers, past_fillers, last)) {
        found.content = clause(past_fillers + complementizer, last);
        if (found.content.empty()) continue;
        found.attribution = attribution_.unsaid_subject(k, cue);
        return true;
      }
    }
    // CLAUSE, said X. / CLAUSE – powiedział X. (a dash where the language closes the clause with one)
    // (Not a clause that itself names who said the sentence before: "Об этом заявил Сергей Рябков,
    // передает корреспондент ТАСС.")
    auto dash_in = [&](std::string_view gap) {
      for (std::size_t i = 0; !clause_dashes_.empty() && i < gap.size();) {
        const auto cp = unicode::decode_at(gap, i);
        if (clause_dashes_.contains_folded(gap.substr(i, cp.length))) return true;
        i += cp.length;
      }
      return false;
    };
    // (Not after a participle, whose subject is the clause's: "The actor denied the charge,
    // saying his accuser had lied.")
    if (k > first && (has(tokens_.gap_before(k), ',') || dash_in(tokens_.gap_before(k))) &&
        !words_.is_participle(tokens_.folded(k)) && !attribution_.reference_back(first, k).found()) {
      // CLAUSE, сообщила в пятницу пресс-служба вуза / сообщил РИА Новости аналитик Иван Петров.
      // The body after a plural cue and its preposition first: an outlet told between them is no
      // speaker ("CLAUSE, сообщили ТАСС в пресс-службе Минтранса").
      TokenRange inverted = attribution_.body_after_cue(k, cue, last);  // CLAUSE, сообщили в Минздраве.
      if (inverted.empty()) inverted = attribution_.document_owner(k, cue, last);  // CLAUSE, говорится в сообщении Минобороны.
      if (inverted.empty()) inverted = attribution_.speaker_past_complements(after_cue, last);
      if (inverted.empty()) inverted = through_marks(mentions_.after(after_cue, last), last, true);
      // (Not a description running into its own verb: in "The researchers, whose findings appear
      // in the Lancet, say the drug reduced deaths" the reported clause follows the cue.)
      // (Nor the subject of a clause that opens after the cue: "..., said the reforms were overdue".)
      if (!inverted.empty() && (mentions_.before_past_tense(inverted).last < inverted.last || starts_clause(after_cue, last)))
        inverted = {};
      // (Words after it set off by a comma are the occasion or an apposition: "..., a affirmé la
      // ministre, au lendemain de ...", "said Wilcox, an Orlando Republican" -- not a clause that goes on.)
      if (!inverted.empty() && (before_trailing_clause(inverted.last, last) - inverted.last <= kMaxWordsAfterFinalCue ||
                                citation_to_end(inverted.last, last) ||
                                occasion_after(first, k, inverted.last, last)))
        return report(inverted, clause(first, k));
    }
  }
  return false;
}

bool IndirectSpeechFinder::describes_speaker(std::size_t first, std::size_t end) const {
  const TokenRange whole = mentions_.after(first, end);
  return !whole.empty() && whole.first == first && whole.last == end && mentions_.is_description_start(first);
}

}  // namespace article_lens
