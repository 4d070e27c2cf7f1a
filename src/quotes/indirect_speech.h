// Finds reported (indirect) speech in sentences without quoted speech: a speaker, a cue and the
// reported clause.
//
//   The head of state noted that he had discussed ...        mention + cue + complementizer + clause
//   Er sagte, er sei ...  /  Он заявил, что ...               a comma or complementizer (data)
//   He said he would resign. / He said the talks stalled.    a clause right after the cue, no "that"
//   According to the ministry, prices rose.                  a source phrase, then the clause
//   Prices rose, the ministry said. / ..., according to X.   the clause first
//   Цены выросли. Об этом сообщил ТАСС.                     the sentence before (data/reference_openers)
#pragma once

#include <vector>

#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/mentions.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

struct ReportedSpeech {
  Span content;          // the reported clause
  Attribution attribution;
  // A sentence in the mood of reported speech right after speech, with no cue of its own: it goes on
  // with the last speaker's words (reported_continuation.cpp); `attribution` is empty.
  bool continues = false;
};

class IndirectSpeechFinder {
 public:
  // Words allowed between a cue and its complementizer ("told the media in the Kremlin on 12 April that").
  static constexpr std::size_t kMaxWordsToComplementizer = 10;
  // Words of a subject before its finite verb when "that" is left out ("the new trade talks had").
  static constexpr std::size_t kMaxSubjectWords = 6;
  // Words allowed after a closing attribution ("..., the ministry said on Monday.").
  static constexpr std::size_t kMaxWordsAfterFinalCue = 4;
  // A reported clause has at least this many words.
  static constexpr std::size_t kMinClauseWords = 2;

  IndirectSpeechFinder(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                       const AttributionFinder& attribution)
      : tokens_(tokens), mentions_(mentions), words_(words), attribution_(attribution) {}

  // At most one report per sentence, in sentences that hold none of `quotes` (sorted: the speech
  // found in marks or after dashes) and are body text or a headline.
  std::vector<ReportedSpeech> find(const std::vector<Span>& quotes) const;

 private:
  bool in_sentence(std::size_t first, std::size_t last, ReportedSpeech& found) const;
  // Verb-second: the sentence of tokens [first, last) ends in a clause naming its source with the
  // verb last ("…, wie die Polizei mitteilte."): the words before it are the report (closing_as_clause.cpp).
  bool closing_as_clause(std::size_t first, std::size_t last, ReportedSpeech& found) const;
  // The same clause with an impersonal subject opening the sentence: "Wie es aus Regierungskreisen
  // hieß, sei die Lage ernst." (closing_as_clause.cpp).
  bool opening_impersonal_clause(std::size_t first, std::size_t last, ReportedSpeech& found) const;
  // The source an impersonal clause names between `from` (after its "es") and its verb at k, past a
  // preposition: a person, a source or a body; else empty (closing_as_clause.cpp).
  TokenRange impersonal_source(std::size_t from, std::size_t k) const;
  // Where nouns are capitalised, whether the lower-case word k after a source's noun is the finite
  // verb opening the reported clause: no article, preposition or link ("Laut Polizei brach das
  // Feuer aus"; verb_second_reports.cpp).
  bool verb_after_source(std::size_t k) const;
  // In "CLAUSE, sagte der Niederländer.", `mention` found before the comma at cue k is the clause's
  // own subject ("Die Lage", "Man"): the speaker after the cue instead, unless an object stands
  // there; else `mention` (verb_second_reports.cpp).
  TokenRange speaker_after_clause(TokenRange mention, std::size_t first, std::size_t k, std::size_t after_cue, std::size_t last) const;
  // 1 when token k, after the comma of a clause [first, k) in the reported mood, is a word that
  // names the clause's speaker only there or right after a quote ("Die Lage sei ernst, so der
  // Minister."; data/mood_clause_cues_<lang>.txt), else 0 (verb_second_reports.cpp).
  std::size_t closing_mood_cue(std::size_t first, std::size_t k, std::size_t last) const;
  // Whether the impersonal cue at k closes the clause [first, k) in the reported mood with its "es"
  // and nothing after it but lower-case words, time words or a phrase of occasion: "Man wolle nicht
  // sparen, hieß es." is speech no one is named for. A source after a time is set in `source`
  // ("hieß es am Abend aus dem Ministerium"; verb_second_reports.cpp).
  bool impersonal_close(std::size_t first, std::size_t k, std::size_t last, TokenRange& source) const;
  // Words from such a cue to the sentence's end at most, a phrase of occasion with them ("hieß es
  // nach der nichtöffentlichen Sitzung").
  static constexpr std::size_t kMaxImpersonalTail = 8;
  // The causative auxiliary after the clause's comma that `mention` follows, over its article and
  // modifiers, or 0 (verb_second_reports.cpp).
  std::size_t after_causative(TokenRange mention, std::size_t first, std::size_t k, std::size_t after_cue,
                              std::size_t last) const;
  // Whether words [first, last) hold a verb in the mood of reported speech, in a language whose
  // reported speech goes on in it (data/speech_mood_<lang>.txt; German Konjunktiv I:
  // data/reported_speech_markers, or a verb in -e next to "er", "sie", "man").
  bool in_reported_mood(std::size_t first, std::size_t last) const;
  // Whether the language's reported speech goes on in its mood (data/speech_mood_<lang>.txt).
  bool in_reported_mood_language() const;
  // Where nouns are capitalised: whether the quotations of `sentence`, from `quotes[q]` on, are
  // all short runs of capitalised words, names of outlets or bodies („Rheinischen Post“), not
  // speech (names_in_marks.cpp).
  bool only_names_in_marks(std::size_t q, const std::vector<Span>& quotes, Span sentence) const;
  // Whether token k of the words [first, last) is such a verb.
  bool mood_at(std::size_t k, std::size_t first, std::size_t last) const;
  // Whether token k follows a noun phrase opening the clause at `first`: the finite verb's place in
  // a main clause (reported_continuation.cpp).
  bool after_first_noun_phrase(std::size_t k, std::size_t first) const;
  // Whether token k follows a phrase opened by a preposition at `first` and comes before an article
  // opening the subject: the finite verb's place where the subject comes after it
  // ("Ohne die Erhöhung schreibe das Unternehmen"; reported_continuation.cpp).
  bool before_inverted_subject(std::size_t k, std::size_t first, std::size_t last) const;
  // The sentence `sentence` holding `quotes` from `quotes[q]` on, when its words outside the marks
  // are in the reported mood with a cue of none (reported_continuation.cpp); `continues` is false
  // when it is not.
  ReportedSpeech continued_around(std::size_t q, const std::vector<Span>& quotes, Span sentence) const;
  // A report in the sentence `sentence` whose clause holds the sentence's quotations, from
  // `quotes[q]` on, with words of its own around them.
  bool reports_around(std::size_t q, const std::vector<Span>& quotes, Span sentence, ReportedSpeech& found) const;
  // The first token after a dateline opening the paragraph at token `first` ("Berlin (dpa) – "), or
  // `first` (dateline_opening.cpp).
  std::size_t past_dateline(std::size_t first, std::size_t last) const;
  // Words [first, end) are one description, the speaker's own ("Die Sprecherin des Konzerns, Maria Koch, …").
  bool describes_speaker(std::size_t first, std::size_t end) const;
  // Words [first, end) open the sentence as an adverbial ("С тех пор", "Однако"), not its subject.
  bool is_adverbial_opener(std::size_t first, std::size_t end) const;
  // A sentence [first, last) that opens with the cue at k (cue words long) and its complementizer,
  // after adverbs only, where the language leaves the subject unsaid: the verb's ending or its
  // singular auxiliary carries one person ("Agregó que ...", "Poi aggiunge che ...", "Ha spiegato
  // che ..."); fills `found` (unsaid_subject.cpp).
  bool unsaid_subject(std::size_t first, std::size_t k, std::size_t cue, std::size_t last, ReportedSpeech& found) const;
  // Words [first, end) are a phrase a preposition opens, with no verb of its own ("During the press
  // conference", "En declaraciones a la Cadena SER"): the sentence's setting, no reported clause
  // (prepositional_opener.cpp).
  bool is_prepositional_opener(std::size_t first, std::size_t end) const;
  Span clause(std::size_t first, std::size_t last) const;
  // Whether the cue in words [first, end) asks for something ("pediu", "ha chiesto").
  bool is_request(std::size_t first, std::size_t end) const;
  // Whether the words from token k, after the subject of an inverted cue at `cue` that closes the
  // clause from `first`, are the occasion or an apposition set off by a comma (reported_clause_edges.cpp).
  bool occasion_after(std::size_t first, std::size_t cue, std::size_t k, std::size_t last) const;
  // A source opening a verb-second clause, cut before the verb its run took in (reported_clause_edges.cpp).
  TokenRange source_before_verb(TokenRange mention) const;
  // `clause`, opening at the pronoun inside the complementizer's word at token `complementizer`
  // when there is one ("qu'elle ne viendrait pas").
  Span with_elided_subject(std::size_t complementizer, Span clause) const;
  // `end`, or past a unit sign that follows the number ending there ("1%", "5 %").
  uint32_t end_with_unit(uint32_t end) const;
  // A capitalised adjective that is no person's name ("Київської", "Федеральной"): a body's name
  // goes on after it (data/adjective_endings_<lang>.txt).
  bool adjective_ending(std::size_t k) const;
  // The mention run on to the closing mark of a name it starts in marks ("«МБХ медиа»"), else as it is.
  // (`at_end`: the mention ends the sentence, and its marks may close with it.)
  TokenRange through_marks(TokenRange mention, std::size_t last, bool at_end = false) const;
  // Whether the lower-case word k, right after a one-word source with no comma, opens the clause
  // rather than going on to name the source (data/source_continuation_endings_<lang>.txt).
  bool opens_after_source(std::size_t k) const;
  // Whether a clause starts at token k when "that" is left out: a subject pronoun and its verb
  // ("he would resign"), or a noun phrase and a finite verb ("the talks had stalled").
  // With `past_tense_verbs` (after a cue that reports clauses, data/clause_cues_<lang>.txt), a noun
  // phrase and a verb in the past tense too ("said inflation remained high", "said the findings
  // needed to be confirmed"; reported_clause_start.cpp).
  bool starts_clause(std::size_t k, std::size_t last, bool past_tense_verbs = false) const;
  // Where an infinitive the speaker reports opens at word k ("a affirmé avoir reçu", "ha detto di
  // aver ricevuto": the infinitive, past its link), or `last` when none does (reported_clause_start.cpp).
  std::size_t infinitive_report_start(std::size_t k, std::size_t last) const;
  // Whether token m is a lower-case past tense that goes on to words of its clause, not a participle
  // closing a noun phrase ("the man arrested on Monday", "the players involved.").
  // With `bare_subject` (no article opened the noun phrase), a preposition may follow it.
  bool past_tense_goes_on(std::size_t m, std::size_t last, bool bare_subject = false) const;
  // Where a trailing clause after a final cue starts (", as ..."), else `last`.
  std::size_t before_trailing_clause(std::size_t from, std::size_t last) const;
  // Where the clause starts after a citation that opens in tokens [from, to] ("«Медуза» со ссылкой
  // на два источника, близких к ..., CLAUSE"; data/citation_phrases_<lang>.txt), with the phrase's
  // first token in `citation`; 0 when none (cited_source.cpp).
  // Whether a citation of the source's own source opens at `k` and runs to `last` ("CLAUSE, пишет
  // «Фонтанка» со ссылкой на источник в экстренных службах.").
  bool citation_to_end(std::size_t k, std::size_t last) const;
  std::size_t past_cited_source(std::size_t from, std::size_t to, std::size_t last, std::size_t* citation) const;
  // `mention`, or the capitalised name right after a phrase governing the genitive when the
  // mention starts later ("Według Onetu rząd ..."; cited_source.cpp).
  TokenRange source_named_after_phrase(std::size_t k, std::size_t after_cue, TokenRange mention) const;
  // Whether the source phrase from token k ends at after_cue in a phrase governing the genitive
  // (data/genitive_openers_<lang>.txt: "według", "по словам").
  bool after_genitive_opener(std::size_t k, std::size_t after_cue) const;
  // A group named by its plural in the genitive after such a phrase, the clause after it ("Według
  // okolicznych sklepikarzy remont ..."), else empty (genitive_group_source.cpp).
  TokenRange genitive_group_source(std::size_t k, std::size_t after_cue, std::size_t last) const;
  // Where the clause opens after a group's origin with no comma ("Według lekarzy ze szpitala w
  // Tychach stan ..."), else 0 (genitive_group_source.cpp).
  std::size_t past_group_origin(TokenRange mention, std::size_t source_end, std::size_t last) const;
  // Where a source a title, an unnamed source or a group heads ends, run on over the body it speaks
  // for and where it sits, and the clause opens ("Według rzecznika prasowego szpitala stan ...",
  // "По словам источника в правоохранительных органах, ..."), with the mention's end in
  // `mention_end`; else 0 (cited_source.cpp).
  std::size_t past_source_tail(std::size_t k, std::size_t after_cue, TokenRange mention, std::size_t last, std::size_t* mention_end) const;
  // "Zdaniem Rafała Trzaskowskiego Warszawa ...": the genitive name without the clause's subject.
  TokenRange genitive_name_before_subject(std::size_t k, std::size_t after_cue, TokenRange mention) const;
  // The token after the comma a source's place runs to from `source_end` ("джерел УП в Офісі
  // президента, ..."), else `last` (cited_source.cpp).
  std::size_t source_place_end(std::size_t source_end, std::size_t last) const;
  // Whether a source phrase at k stands between the clause's subject and its verb, set off by
  // commas ("Решение, по словам Пескова, будет ..."; cited_source.cpp).
  bool source_between_subject_and_verb(std::size_t first, std::size_t k, std::size_t source_end, std::size_t last) const;
  // Token k, or the token after a day standing there ("said on Tuesday the talks had stalled").
  std::size_t past_day(std::size_t k, std::size_t last) const;

  const QuoteTokens& tokens_;
  const MentionFinder& mentions_;
  const QuoteLexicon& words_;
  const AttributionFinder& attribution_;
  // Dashes that close a clause before its inverted cue as a comma would ("Prace potrwają do
  // jesieni – poinformował rzecznik"; data/clause_dashes_<lang>.txt).
  const WordSet& clause_dashes_ = WordSet::shared("clause_dashes", words_.language);
  const WordSet& request_cues_ = WordSet::shared("request_cues", words_.language);
  const WordSet& infinitive_report_openers_ = WordSet::shared("infinitive_report_openers", words_.language);
};

}  // namespace article_lens
