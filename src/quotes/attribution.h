// Finds who a quotation is attributed to: a cue verb or phrase from the language's data
// (data/speech_verbs_<lang>.txt, source_phrases_<lang>.txt, ...) next to a mention of the speaker.
//
//   “...,” the Belarusian leader said.      mention, then cue, after the quote
//   “...,” said Karen Olsen.                inverted order; also „…“, sagte er / «…», — заявил он
//   « … », a-t-il déclaré.                  a pronoun inside the cue's word
//   Burton said, “I love cats!”             before the quote; also "told reporters: “...”"
//   According to the ministry, “...”        a source phrase
//   Lukashenko on Ukraine: “...”            a colon introduction (the colon is the cue)
//   He called the plan “a disaster”.        anywhere in the sentence (in_sentence)
// attribution.cpp, attribution_after.cpp and attribution_before.cpp read the words next to a quote;
// sentence_attribution.cpp the rest of its sentence; attribution_cues.cpp what single words are
// (cues, nouns); cue_subject.cpp who a cue's subject is.
#pragma once

#include <vector>

#include "language/word_set.h"
#include "quotes/mentions.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_pairer.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

struct Attribution {
  TokenRange mention;  // the words naming the speaker
  Span mention_span;   // the same in bytes; inside one token for "dit-il"
  Span cue;            // the verb or phrase, or the colon of an introduction
  bool pronoun_in_cue = false;  // mention_span is a pronoun joined to the cue ("dit-il")
  bool subject_in_verb = false;  // and the cue's ending is that pronoun ("Dodała, że"): the person named last
  bool reported_mood = false;   // no cue, but the sentence is in the mood of reported speech ("sei")
  // A cue right after the quote whose subject is left out ("«...», ha assicurato.", "—...,
  // dodał."): the speaker is the one the text was just about.
  bool implicit_subject = false;
  bool found() const { return !mention_span.empty(); }
  // A cue with no speaker to be found, or the mood of reported speech: still speech ("an ad that
  // urges voters to “send a message”", "Der Rücktritt sei ein „natürlicher Vorgang“").
  bool cue_only() const { return mention_span.empty() && (!cue.empty() || reported_mood); }
};

class AttributionFinder {
 public:
  // Words allowed between a cue and the colon before a quote ("told reporters on Monday: “...”").
  static constexpr std::size_t kMaxWordsAfterCue = 10;
  // The same before a colon, which closes the introduction ("As Joel Pollak reported after the FBI
  // appears to have abandoned the crime scene in San Bernardino:").
  static constexpr std::size_t kMaxWordsBeforeColon = 20;

  AttributionFinder(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words)
      : tokens_(tokens), mentions_(mentions), words_(words) {}

  // Right next to the quote, within its sentence; `previous_end` and `next_begin` (bytes) keep the
  // search clear of the neighbouring quotes.
  Attribution adjacent(const MarkedSpan& quote, std::size_t previous_end, std::size_t next_begin) const;
  // The same in a language written without spaces (Chinese, Japanese): the characters before and
  // after the quote hold the cue and the speaker (unspaced_attribution.cpp).
  Attribution unspaced_adjacent(const MarkedSpan& quote, std::size_t previous_end, std::size_t next_begin) const;
  // One or two lower-case words from token `first` that close their sentence and name a person
  // the tables do not know ("– mówi sołtys."); empty when they are no such words.
  TokenRange lower_case_person_closing(std::size_t first, std::size_t limit) const;
  // Reported speech in such a language, in a sentence (bytes) with no quotation: its speaker and cue,
  // and the reported clause in `content`; nothing found when the sentence reports no one.
  Attribution unspaced_report(Span sentence, Span& content) const;
  // Its part for a Japanese sentence that opens with its source ("関係者によると、…").
  Attribution source_postposition_report(std::size_t start, std::size_t end, Span& content) const;
  // A cue elsewhere in the quote's sentence, outside every quotation in `quotes` (sorted); the
  // nearest cue with a speaker, else the nearest cue alone.
  Attribution in_sentence(const MarkedSpan& quote, const std::vector<Span>& quotes) const;

  // "Issa: Hillary Clinton’s ‘Honesty Is In Question’": a mention opening the sentence with a
  // colon introduces all that follows in it (headlines, summaries).
  Attribution colon_introduction(const MarkedSpan& quote) const;
  // For a quote standing alone: the sentence right before it, without quotations of its own,
  // reports its speaker with a cue ("Lynch announced the lawsuit on Monday. “We are seeking ...”").
  Attribution lead_in(const MarkedSpan& quote, const std::vector<Span>& quotes) const;
  // For a quote in the mood of reported speech with no cue of its own, or standing alone: the
  // speaker the sentence before names, with a cue or as its subject ("Anna Roth kritisierte die
  // Pläne. Sie seien „unrealistisch“.").
  Attribution reported_lead_in(const MarkedSpan& quote, const std::vector<Span>& quotes) const;
  // For a quote ending its sentence: the next sentence refers back to it and names its speaker
  // with a cue („Ja, es gibt Zumutungen“. Das musste der Minister einräumen.).
  Attribution follow_up(const MarkedSpan& quote) const;
  // For the sentence of tokens [first, last): when it opens with a phrase that refers back to the
  // sentence before ("Об этом заявил X", "Про це повідомив X"), its speaker and cue (reference_back.cpp).
  Attribution reference_back(std::size_t first, std::size_t last) const;
  // For the sentence of tokens [first, last), which reports nothing itself: a person or body with a
  // speech cue ("Die Ministerin äußerte sich am Rande der Tagung."), who may go on speaking in the
  // sentences after it in the reported mood (reported_chain_opener.cpp).
  Attribution chain_opener(std::size_t first, std::size_t last) const;
  // An unnamed source after its preposition within a few words from token `from` ("am Dienstag aus
  // Regierungskreisen"), else empty (reference_back.cpp).
  TokenRange source_after_preposition(std::size_t from, std::size_t last) const;

  // A quote signed on the line after it, or after a dash: "“...”\n\n— Michelle Marks, Philadelphia.",
  // "“...” — Sahil Kapur (@sahilkapur)". The dash is the cue.
  Attribution signed_after(const MarkedSpan& quote) const;

  // A title-cased span that is the object or complement of a cue a few words before it, the name
  // someone gives: "he called Rubio “Little Marco”", "Trump refers to the governor as “Chris.”"
  // (not "said in an interview with “Fox News Sunday”", "told ABC’s “Good Morning America”").
  Attribution names_as(const MarkedSpan& quote) const;

  // The marked span names the source of a cue rather than quoting it: "laut „Welt“", "verkündete der
  // „Deutscher Fußball-Bund“", "according to the “Post”".
  bool names_a_source(const MarkedSpan& quote) const;

  // How many tokens from k form a cue: a speech verb or phrase, a source phrase, and right after
  // a quote also the language's post-quote cues. 0 when none.
  std::size_t cue_at(std::size_t k, std::size_t end, bool right_after_quote) const;
  // Whether the cue word at token k carries one person as its subject in its ending ("dodała",
  // "додав"; data/subject_in_verb_endings_<lang>.txt): "Dodała, że ...", "– ... – dodała."
  bool subject_in_ending(std::size_t k) const;
  // Whether the cue at k (`cue` words long) opens the sentence from token `first`, after adverbs
  // only, and carries one person as its unsaid subject in its ending or its singular auxiliary
  // ("Luego agregó", "Poi aggiunge", "Ha spiegato"; unsaid_subject.cpp).
  bool unsaid_subject_at(std::size_t first, std::size_t k, std::size_t cue) const;
  // Whether a cue at k opens the sentence from token `first`, after adverbs only, in a language
  // that leaves its subject unsaid or sets it after the cue ("Spiega il ministro che ...").
  bool opens_with_cue(std::size_t first, std::size_t k) const;
  // That cue as the attribution: the person named last, resolved as a pronoun would be.
  Attribution unsaid_subject(std::size_t k, std::size_t cue) const;
  // Where an outlet named as told (data/told_outlets_<lang>.txt) opens at k and ends the clause
  // ("– powiedział PAP.", "— сказал ТАСС."), the word after it; else k.
  std::size_t told_outlet_end(std::size_t k, std::size_t limit) const;
  bool is_source_phrase(std::size_t k, std::size_t end) const;
  // After a source phrase ending in its preposition, the bare noun up to the comma that names the
  // source ("According to court documents, …"; bare_source.cpp); empty when there is none.
  TokenRange bare_source(std::size_t after_phrase, std::size_t limit) const;
  // Whether token k opens, after a comma, a clause set against the one before with its own subject
  // and cue ("…, but the Treasury says"; contrast_clause.cpp): nothing before it is that subject's.
  bool opens_contrasting_report(std::size_t k, std::size_t limit) const;
  // The source named by the source phrase of `length` tokens at k: a pronoun inside the phrase or
  // right after it ("по его словам", "according to her"), else the mention after it.
  TokenRange source_of(std::size_t k, std::size_t length, std::size_t limit) const;
  // The body that speaks after a plural cue and its preposition ("— подчеркнули в Кремле",
  // "рассказали в пресс-службе ведомства"; data/body_cues_<lang>.txt); empty when none.
  TokenRange body_after_cue(std::size_t k, std::size_t cue_length, std::size_t limit) const;
  // The owner of the document an impersonal cue of `cue_length` tokens at k reads from ("говорится в
  // сообщении Минобороны", "йдеться в заяві МЗС"; data/speech_documents_<lang>.txt); empty when
  // none is named (document_owner.cpp).
  TokenRange document_owner(std::size_t k, std::size_t cue_length, std::size_t limit) const;
  // The speaker after a cue over what may stand between them: fillers, a day with its preposition
  // and the outlet told ("сообщила в пятницу пресс-служба вуза", "сообщил РИА Новости аналитик
  // Иван Петров", "ha dichiarato all'Ansa il sindaco", "ha afirmado este lunes el presidente");
  // empty when nothing stands between or no person-like mention follows.
  TokenRange speaker_past_complements(std::size_t after_cue, std::size_t limit) const;
  // After a quoting verb and its subject `speaker`, the person quoted: its object ("zitiert die
  // Zeitung den Minister"), or the owner of the words it names ("цитирует ТАСС слова Пескова",
  // "приводит слова Пескова РИА Новости"; data/quoted_words_<lang>.txt); else `speaker`.
  TokenRange quoted_person(TokenRange speaker, std::size_t limit) const;
  // In a lead-in, the object of a quoting verb right after its subject `subject` ("Ein Sender
  // zitierte Papandreou mit den Worten:"): the person quoted, or empty (quoting_verb_object.cpp).
  TokenRange quoting_verb_object(TokenRange subject, std::size_t limit) const;
  // After a quoting verb at token `cue` whose subject `speaker` follows later: the person named
  // between them, its object ("«…», — цитирует Новака пресс-служба", "cytuje Nowaka rzecznik"),
  // when the article names that person; else `speaker` (quoting_verb_object.cpp).
  TokenRange object_before_subject(std::size_t cue, TokenRange speaker) const;
  // After a quoting verb at token `cue`, a described person its run of words opens with, up to the
  // medium quoting ("цитирует голкипера сайт клуба" -> "голкипера"); else `speaker` (quoting_verb_object.cpp).
  TokenRange object_before_outlet(std::size_t cue, TokenRange speaker) const;
  // `speaker` without the outlet told named after it in the dative ("Nagel der F.A.Z." -> "Nagel";
  // addressee_after_speaker.cpp).
  TokenRange without_addressee(TokenRange speaker) const;
  // Whether the article at `article`, after a role, opens a paper told named in marks
  // (addressee_after_speaker.cpp).
  bool told_in_marks(std::size_t article) const;
  // The one who had words passed on, before a preposition like "über" in `mention` or right before it
  // ("ließ er durch seinen Anwalt mitteilen" -> "er"); empty when none (cue_subject.cpp).
  TokenRange channel_teller(TokenRange mention, std::size_t floor) const;
  // The subject opening the sentence for a second verb of it after a comma ("Die Polizei
  // bestätigte den Einsatz, teilte aber mit, …"), when no subject follows that verb; else empty.
  TokenRange subject_of_second_verb(std::size_t cue, std::size_t cue_length, std::size_t floor, std::size_t limit) const;
  // Whether the sentence right after the quote refers back to it and names a person the text knows
  // ("«...», — сказал он. Об этом заявил глава МЧС Олег Рогов."): then `found` takes that mention,
  // keeping its cue (reference_back.cpp).
  bool named_after(const MarkedSpan& quote, Attribution& found) const;
  // 1 when token k is a source opener (data/source_openers_<lang>.txt) opening its sentence before
  // a person and a comma ("Pour Marine Le Pen, ..."), else 0.
  std::size_t opener_at(std::size_t k, std::size_t end) const;
  // The same, whether or not the word is used as a noun here.
  std::size_t raw_cue_at(std::size_t k, std::size_t end, bool right_after_quote = false) const;
  // The length of a cue of two words set apart by a few words at token k, up to its second word,
  // right before its clause ("liet dinsdag weten dat"; data/split_cue_heads_<lang>.txt), else 0.
  std::size_t split_cue_at(std::size_t k, std::size_t end) const;
  // A cue word that is a noun here ("his claims", "Trump’s comments") or part of a name ("the United States").
  bool used_as_noun(std::size_t k) const;
  // A speech verb inside a set phrase that reports no one's words: "Having said that, ...",
  // "Anders gesagt" (data/speech_idioms_<lang>.txt).
  bool in_speech_idiom(std::size_t k) const;
  // "Reuters quoted a union source as saying": the words between a quoting verb at `cue` and its
  // link (data/quoted_as_verbs_<lang>.txt, speech_as_links_<lang>.txt) name the speaker; empty when none.
  TokenRange quoted_as(std::size_t cue, std::size_t cue_length, std::size_t limit) const;
  // A cue in the passive ("he was told", "it is said"): its subject is the listener, or no one
  // (data/passive_auxiliaries_<lang>.txt).
  bool in_passive(std::size_t k, std::size_t end) const;
  // A source phrase written after its source ("dem Bericht zufolge").
  bool is_postposition(std::size_t k, std::size_t end) const;
  // The speaker of the verb cue at token `cue`: before it, or after it when that is allowed and
  // the words before name nobody (verb-second languages: "Dazu erklärte Hartmann:").
  TokenRange subject_of(std::size_t cue, std::size_t cue_length, std::size_t floor, std::size_t limit,
                        bool inverted_allowed) const;
  // Verb-medial languages: the antecedent of a subject relative pronoun right before the cue, after
  // a comma ("Anna Berg, who added that", "Díaz, quien añadió"), or empty (relative_antecedent.cpp).
  TokenRange relative_subject(std::size_t cue, std::size_t floor) const;
  // The person named before "from PLACE" / "of PLACE", else `place` (relative_antecedent.cpp).
  TokenRange past_origin(TokenRange place, std::size_t floor) const;
  // A pronoun inside the cue's word at token k ("dit-il", "a-t-elle ajouté", "estime-t-il"), or
  // nothing found.
  Attribution pronoun_in_cue(std::size_t k, std::size_t limit) const;

 private:
  // Bytes [from, to) up to where a setting opens (unspaced_attribution.cpp).
  Span unspaced_speaker(std::size_t from, std::size_t to) const;
  // The speaker of a cue of learning (data/learning_cues_zh.txt: "获悉") is the reporter; the source
  // follows its preposition ("记者从市应急管理局获悉" -> 市应急管理局; source_prepositions_zh.txt). Other
  // cues keep `speaker`; without the preposition no source is named (empty).
  Span learned_from(Span speaker, std::size_t cue) const;
  Attribution unspaced_attribution(Span speaker, Span cue) const;
  // The length in bytes of the longest cue (neutral or loaded) starting at byte `pos`, or 0.
  std::size_t unspaced_cue_at(std::size_t pos) const;
  // A verb that is a cue only right after a quote and its particle ("「…」としている"), or 0.
  std::size_t quote_cue_at(std::size_t pos) const;
  // The cue has no speaker next to it but follows a comma or a conjunction ("..., saying",
  // "... and added:"): the clause's subject speaks.
  bool takes_clause_subject(std::size_t cue, std::size_t floor) const;
  Attribution after(const MarkedSpan& quote, std::size_t limit) const;
  // "“...,” Sanders said, according to CNN.": the source credited after the attribution and a
  // comma, before byte `limit`, vouches for the words and is the speaker; else `found` as it is
  // (credited_source.cpp).
  Attribution credited_source(const Attribution& found, std::size_t limit) const;
  // Token k, or the token after a day standing there (verb-second: "sagte am Montag die …").
  std::size_t past_time_phrase(std::size_t k, std::size_t limit) const;
  // The mention with the description before it when it is a marked name right after a noun
  // ("die Wochenzeitschrift „Jungle World“"), else as it is.
  TokenRange with_noun_before_marks(TokenRange mention, std::size_t floor, const std::vector<Span>& quotes) const;
  // A noun of speech at token k with its holder in the genitive and a comma after it, before the
  // quote (token `limit`): "Auf den Vorwurf der CDU, es handele sich um einen „…“" -> the CDU.
  Attribution noun_holder(std::size_t k, std::size_t limit) const;
  // A post-quote cue ("so") closing the sentence after a comma, its speaker last: "..., so Rice."
  Attribution closing_source(std::size_t k, std::size_t limit) const;
  // A quotation mark stands between token k-1 and token k ("“...,” said").
  bool follows_quote(std::size_t k) const;
  Attribution before(const MarkedSpan& quote, std::size_t floor) const;
  // Read backwards, a one-word cue at k may end a longer one ("ha señalado", "has said"): where that
  // starts (setting `cue` to its length), else k.
  std::size_t whole_cue_start(std::size_t k, std::size_t floor, std::size_t end, std::size_t& cue) const;
  // `limit`: the token the attribution ends before (an apposition after the mention stops there).
  Attribution make(TokenRange mention, std::size_t cue, std::size_t cue_length, std::size_t limit = SIZE_MAX) const;
  // Whether a mention names a body that speaks as one ("die Opposition", "die Landesregierung";
  // data/organisation_words_<lang>.txt), where nouns are capitalised.
  bool names_a_body_here(TokenRange mention) const;
  // The first cue in tokens [first, last) whose subject is a person, with that subject.
  Attribution person_with_cue(std::size_t first, std::size_t last) const;
  Attribution sentence_speaker(std::size_t first, std::size_t last) const;  // a cue's person, or the subject named
  bool in_reported_mood(std::size_t first, std::size_t last) const;
  TokenRange pronoun_subject(std::size_t first, std::size_t last) const;  // "Dort traf er …"
  TokenRange source_after(std::size_t first, std::size_t limit) const;
  // The body that issued a document named as a source, where the text names it: "according to a
  // statement from the club" -> "the club" (document_issuer.cpp); else `source`.
  TokenRange document_issuer(TokenRange source, std::size_t limit) const;
  // Whether token j is a web address's domain after its dot ("LB.ua", "Lenta.ru").
  bool is_domain_suffix(std::size_t j) const;
  // Past an interview phrase and its outlet after an inverted cue ("в интервью «Коммерсанту»",
  // "w rozmowie z RMF FM"; data/interview_phrases_<lang>.txt); else `k`.
  std::size_t past_interview(std::size_t k, std::size_t limit) const;
  // The owner of the words a quoting verb quotes, named before it ("Слова Пескова приводит ТАСС:"),
  // or empty (quoting_verb_object.cpp).
  TokenRange words_owner_before(std::size_t cue, std::size_t floor) const;
  // Past a person's name in the dative, the one an inverted cue was told ("Как рассказал Сергею
  // Иванову глава района", "Jak przekazał Tuskowi ukraiński przywódca"); else `k` (dative_addressee.cpp).
  std::size_t past_dative_name(std::size_t k, std::size_t limit) const;
  // `speaker` without a surname in the dative after the speaker's full name, the person told ("Как
  // сказал Дмитрий Песков Зеленскому" -> "Дмитрий Песков"; dative_addressee.cpp).
  TokenRange without_dative_name(TokenRange speaker) const;
  // Past the outlet an inverted cue was told ("all'Ansa", "a Efe", "à l'AFP"); else `k`.
  std::size_t past_addressee(std::size_t k, std::size_t limit) const;
  // Verb-final: the subject opening the relative or subordinate clause that ends with the cue
  // ("die Marke, die Gerhard Schröder zum Ziel erklärt hatte:"), or empty.
  TokenRange subordinate_subject(std::size_t cue, std::size_t floor) const;
  // The genitive of a person the text names, then a noun: "Merkels Politik" is something she has.
  bool owned_by_person(TokenRange mention) const;
  // Verb-second: a person named right after the clause's first verb (its inverted subject), or empty.
  TokenRange subject_after_verb(std::size_t first, std::size_t limit) const;
  // Verb-second: the first name right after a verb (over fillers: "hatte sich Pieper") in tokens
  // [floor, limit), the clause's inverted subject after a long opening phrase; or empty.
  TokenRange name_after_verb(std::size_t floor, std::size_t limit) const;
  TokenRange document_before_verb(std::size_t floor, std::size_t limit) const;  // "In dem Brief steht:"
  // Words of a phrase of `set` (a WordSet of word sequences) starting at token k, or 0.
  std::size_t phrase_in(const WordSet& set, std::size_t k, std::size_t limit) const;
  // Verb-second: the subject of a clause that ends in a colon before the quote (colon_lead_in.cpp).
  Attribution colon_lead_in(const MarkedSpan& quote) const;
  // A passive cue's agent ("von Musikkennern als „...“ bezeichnet"), or empty (passive_agent.cpp).
  TokenRange passive_agent(std::size_t cue, std::size_t floor) const;
  // A relative clause's antecedent, the clause's subject, when it ends in the cue (relative_antecedent.cpp).
  TokenRange relative_antecedent(std::size_t cue, std::size_t floor, const std::vector<Span>& quotes) const;
  // How many tokens from k form a reference opener ("об этом"): 0 when none.
  std::size_t reference_opener_at(std::size_t k, std::size_t end) const;
  // What a relative pronoun after a preposition stands for ("ein Zettel, auf dem stand"), or
  // empty when token `pronoun` is no such pronoun (relative_antecedent.cpp).
  TokenRange prepositional_antecedent(std::size_t pronoun, std::size_t floor) const;
  // Verb-final: the subject before a quote of a cue after it ("Er hat die Pläne als „...“
  // bezeichnet"), or empty (relative_antecedent.cpp).
  TokenRange verb_final_subject(std::size_t cue, std::size_t mention_floor, std::size_t floor, std::size_t quote_first) const;
  // Verb-second: the subject next to the auxiliary whose verb bracket the cue at token `cue`
  // closes ("Der Minister hatte im September kritisiert"), or empty.
  TokenRange subject_of_bracket(std::size_t cue, std::size_t floor) const;
  // An article that never opens a subject ("den", "dem": data/oblique_determiners_<lang>.txt).
  bool opens_object(std::size_t k) const;
  TokenRange name_closing_description(TokenRange description, std::size_t limit) const;  // "der Chef …, X."
  TokenRange opener_past_relative_clause(std::size_t cue, std::size_t floor) const;  // "X, die …, sagte"
  bool is_opening_adverb(TokenRange mention, std::size_t floor) const;  // "Unmissverständlich sagt ..."
  // The subject after an inverted cue and a short setting: "ha tuonato a fine gara il tecnico X".
  TokenRange subject_past_setting(std::size_t first, std::size_t limit) const;
  // The subject of the verb that governs an infinitive cue ("officials started to portray").
  TokenRange subject_of_infinitive(std::size_t cue, std::size_t floor) const;

  const QuoteTokens& tokens_;
  const MentionFinder& mentions_;
  const QuoteLexicon& words_;
  const WordSet& interview_phrases_ = WordSet::shared("interview_phrases", words_.language);  // looked up once
  const WordSet& singular_auxiliaries_ = WordSet::shared("singular_auxiliaries", words_.language);  // per cue: looked up once
  const WordSet& verb_or_noun_markers_ = WordSet::shared("verb_or_noun_markers", words_.language);  // per cue: looked up once
  const WordSet& person_nouns_ = WordSet::shared("person_nouns", words_.language);  // per cue: looked up once
};

}  // namespace article_lens
