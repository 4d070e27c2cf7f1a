// Finds the words that name a speaker next to a cue: a pronoun ("he"), a name with its titles
// ("Belarusian President Aleksandr Lukashenko", "Mr. Lew"), or a description ("the head of state",
// "a spokesman for the company", "глава государства"). Works on token indices.
//
//   MentionFinder mentions(tokens, words);
//   TokenRange m = mentions.before(cue_token, sentence_first_token);   // "... the minister said"
//   TokenRange n = mentions.after(first_token_after_cue, limit);       // "said Karen Olsen"
#pragma once

#include <cstddef>
#include <functional>
#include <vector>
#include <span>
#include <string_view>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

struct TokenRange {
  std::size_t first = 0;
  std::size_t last = 0;  // exclusive
  bool empty() const { return last <= first; }
  std::size_t size() const { return empty() ? 0 : last - first; }
};

class MentionFinder {
 public:
  // The longest mention taken, in words ("a spokesman for the Ministry of Defence" stays under it).
  static constexpr std::size_t kMaxWords = 8;
  // The words a name that reaches that limit may run on by ("... President George W. Bush").
  static constexpr std::size_t kMaxNameOverrun = 3;
  // The longest apposition or relative clause skipped between a name and its cue.
  static constexpr std::size_t kMaxApposition = 14;
  // Words of a name in apposition after a description, particles included ("la présidente, Ursula
  // von der Leyen", "o presidente, Luiz Inácio Lula da Silva").
  static constexpr std::size_t kMaxAppositionName = 6;
  // The longest opening phrase skipped before a clause's subject ("In Iowa on Monday, Trump said").
  static constexpr std::size_t kMaxOpeningPhrase = 24;
  // The longest bracket skipped after a name ("(R-Wis.)", "(SPD)").
  static constexpr std::size_t kMaxBracketWords = 6;
  // Lower-case role words between a qualifier and a name ("Democratic front-runner Hillary Clinton").
  static constexpr std::size_t kMaxRoleWords = 3;

  MentionFinder(const QuoteTokens& tokens, const QuoteLexicon& words) : tokens_(tokens), words_(words) {}

  // The mention that ends just before token `cue` (attribution fillers such as "also" or "has"
  // skipped), starting no earlier than token `floor`. An apposition before the cue
  // ("Sergei Lavrov, the foreign minister, said") gives the name before it.
  TokenRange before(std::size_t cue, std::size_t floor) const;
  // The mention that starts at token `first` and ends before token `limit`.
  TokenRange after(std::size_t first, std::size_t limit) const;
  // The mention (names joined by a coordinator as one) ending just before token `end`, whatever
  // stands between it and `end` ("More from Blumenthal and Cohen: ...").
  TokenRange names_before(std::size_t end, std::size_t floor) const {
    return joined_names_before(plain_before(end, floor), floor);
  }
  // The same mention with a name joined to it by a coordinator ("said Mark Blumenthal and Jon Cohen").
  TokenRange joined_names_after(TokenRange mention, std::size_t limit) const;
  // The subject that opens the clause starting at token `first`: for a cue after a comma that has
  // no speaker of its own ("He dismissed the critique, saying ...", "..., заявив ...").
  // Where nouns are capitalised, a description cut before a lower-case word after its noun that is
  // no article, link, particle or preposition: that word is the verb ("Der Richter verhängte eine
  // Haftstrafe" -> "Der Richter"); else `mention` (mention_after.cpp).
  TokenRange before_own_verb(TokenRange mention) const;
  // Whether "und" at token k joins two topics of one body after its link ("Bundesamt für Migration
  // und Flüchtlinge"), where nouns are capitalised (mention_before.cpp).
  bool joins_body_topics(std::size_t k, std::size_t floor) const;
  // The words of a link inside a body's name at token k, its article with it ("Bureau voor de
  // Statistiek"; data/body_name_links_<lang>.txt), else 0 (mention_before.cpp).
  std::size_t body_name_link(std::size_t k, std::size_t floor) const;
  TokenRange clause_subject(std::size_t first, std::size_t limit) const;
  // A description cut before a past tense it ran into ("The governor vetoed", "The pair spent",
  // "The actor repeatedly refused"): the subject of the clause before a participle
  // (participle_subject.cpp).
  TokenRange before_past_tense(TokenRange subject) const;
  // A lower-case past tense or participle by its ending ("-ed") or as an irregular form ("spent";
  // data/past_tense_forms_<lang>.txt) (participle_subject.cpp).
  bool is_past_tense(std::size_t k) const;

  // The bytes of a mention with what belongs to it: a bracket ("Sen. Ron Johnson (R-Wis.)") and an
  // apposition or relative clause ("Kevin Brady, chairman of the House Ways and Means Committee",
  // "Ana Lind, who chairs the Port Alder Walkers"). Before its cue, what stands between the name
  // and the cue; after it, up to the next comma or the end of the sentence, before token `limit`.
  Span span_with_apposition(TokenRange mention, std::size_t cue, std::size_t limit) const;
  // The first token of a description that a comma sets before the name at token `name_first`, an
  // article and a title with what the title holds ("el presidente del Gobierno, Pedro Sánchez",
  // "il ministro degli Esteri, Antonio Tajani"): its article's token; `name_first` when none.
  std::size_t leading_description(std::size_t name_first) const;

  // Whether the particle at token k joins a full name to the body the person speaks for ("Jesse
  // Klaver van GroenLinks"), not a family name ("Ruud van Nistelrooy") (name_origin_link.cpp).
  bool origin_particle(std::size_t k) const;
  // A word that may begin a mention: a determiner, pronoun, title, source word or name.
  bool is_starter(std::size_t k) const;
  // Where nouns take no article, an adjective before a title or a trade word ("британский лидер";
  // mention_adjective.cpp).
  bool adjective_before_role(std::size_t k) const;
  // A capitalised word that can belong to a name (not "The", "Monday", a pronoun or a title); in a
  // language that capitalises nouns, only beside another such word, after a title, or when
  // `known_person` says the article names that person.
  bool is_name_word(std::size_t k) const;
  // In a language that capitalises nouns, a word right after a number or a word of quantity is a
  // counted noun, never a name: "acht Jahre Haft", "8 Jahre", "an allen Ecken" (quantifiers_<lang>).
  bool counted_noun(std::size_t k) const;
  // Letters after a name for a seat held for a party or place: "MP", "MEP", "MSP"
  // (data/post_nominals_<lang>.txt that data/body_epithet_nouns_<lang>.txt also holds: "the Tory MP").
  bool seat_letters(std::size_t k) const;
  // In a language that capitalises nouns, a capitalised word an article governs ("die Absetzung",
  // "dem kleinen Ort"): a noun, never part of a name.
  bool governed_by_article(std::size_t k) const;
  // How many tokens from k form a family name's particles ("von der" of "Ursula von der Leyen",
  // "zu" of "Karl-Theodor zu Guttenberg"; data/noble_particles_<lang>.txt), or 0 (mention_particles.cpp).
  std::size_t noble_particles_at(std::size_t k) const;
  // Where nouns are capitalised, whether token k is the given name before a family name's
  // particles or the family name after them, not a noun before or after a preposition ("Kritik von
  // der Opposition", "sagte er zu Journalisten") (mention_particles.cpp).
  bool in_particle_name(std::size_t k) const;
  bool particle_name_shape(std::size_t k) const;  // in_particle_name, worked out
  // How many tokens before token k (no earlier than `floor`) are the particles of the family name
  // of a person the article names ("Von der" of "Von der Leyen betonte"), or 0 (mention_particles.cpp).
  std::size_t particles_before_family_name(std::size_t k, std::size_t floor) const;
  // Where a source named with an extended attribute starting at token `first` ends ("eine mit den
  // Plänen vertraute Person"), or 0 (mention_extended_attribute.cpp).
  std::size_t extended_attribute_end(std::size_t first, std::size_t limit) const;
  // Whether the name words from `first` (the second of names joined by "and") run into a lower-case
  // role and a name after it, before `last`: "Richard and Judy executive producer Amanda Ross" (the
  // joined names are the show the role serves, not two speakers; mention_joint_description.cpp).
  bool names_qualify_role(std::size_t first, std::size_t last) const;
  // Whether the coordinator at token k joins two roles of one person before `limit`: "founder and
  // CEO Jordan Blake" (mention_joint_description.cpp).
  bool joins_roles(std::size_t k, std::size_t limit) const;
  // Capitalised and not a known function word, title or pronoun.
  bool could_be_name(std::size_t k) const;
  // Whether cue word `k` modifies the lower-case noun after it inside a description an article
  // opens a few words before it ("the 24-time grand slam champion"), not a verb (mentions.cpp).
  bool cue_in_description(std::size_t k) const;
  // Whether word k is a common given name of the language (data/given_names_*_<lang>.txt).
  bool is_given_name(std::size_t k) const;
  // Whether token k is a word for an unnamed person capitalised as its sentence's first word ("Соседка").
  bool unnamed_person_opening(std::size_t k) const;
  // Whether a mention names or describes a person (a name, pronoun, title or source word), not a
  // thing ("der Kabinettssitzung").
  bool is_person_like(TokenRange range) const;
  // Whether word `head`, ending a description before `end`, names one person by title, trade,
  // party or part in the story ("the defendant", "o petista"), not a group.
  bool heads_person(std::size_t head, std::size_t end) const;
  void set_known_person(std::function<bool(std::size_t)> known_person) { known_person_ = std::move(known_person); }
  // Whether the article names a person at token k (as `set_known_person` was told).
  bool is_known_person(std::size_t k) const { return known_person_ && known_person_(k); }
  bool is_pronoun(std::size_t k) const;
  // A pronoun of one person or of many by its form ("sie": she or they) that the verb beside it
  // shows to be plural ("Sie schrieben", "sagten sie"; data/number_ambiguous_pronouns_<lang>.txt,
  // plural_verb_forms_<lang>.txt): a group speaks, no one person (pronoun_number.cpp).
  bool is_plural_by_verb(std::size_t k) const;
  // A demonstrative standing alone for the person named last ("Dieser bestätigte", "so letztere";
  // data/demonstrative_pronouns_<lang>.txt), not before its noun ("dieser Vorschlag").
  bool is_demonstrative_alone(std::size_t k) const;
  // A determiner or indefinite that opens a description ("the", "der", "ein").
  bool is_description_start(std::size_t k) const;
  // A lower-case word (the verb) follows the mention, directly or after its apposition.
  bool followed_by_verb(TokenRange mention, std::size_t limit) const;
  // A word naming sources by what they are: "officials", "a source", "residents", "critics".
  // (Not inside a name, capitalised after a capitalised word: "Thames Valley Police".)
  bool is_source_word(std::size_t k) const {
    if (!words_.capitalised_nouns && k > 0 && tokens_.capitalized(k) && tokens_.joined(k) && tokens_.capitalized(k - 1) &&
        !tokens_.in_title_case(k))
      return false;
    // (Nor opening a body's name before a capitalised word: "Police Scotland", "Doctors Without
    // Borders"; mentions.cpp.)
    if (opens_body_name(k)) return false;
    return tokens_.in(k, words_.anonymous_sources) || tokens_.in(k, words_.group_nouns);
  }
  // A capitalised source word right before one capitalised word that is no title, day or source
  // word of its own, where adjectives are written in lower case: the first word of a body's name
  // ("Police Scotland said"), not the sources a person's name follows ("Pollsters Mark Blumenthal").
  bool opens_body_name(std::size_t k) const;
  // A word that joins a role to the person or body it serves, after that role: "to" in "a
  // longtime adviser to Trump", "the former top aide to President Bush" (role_links_<lang>.txt).
  bool role_link(std::size_t k) const;
  // How many tokens ending at k (no earlier than `floor`) form a verb whose object is the listener,
  // not the speaker ("told", "speaking to"; addressee_phrases_<lang>.txt): 0 when none.
  std::size_t addressee_phrase_ending_at(std::size_t k, std::size_t floor) const;
  // How many tokens ending at k form a title ("prime minister"): 0 when none.
  std::size_t title_ending_at(std::size_t k, std::size_t floor) const;
  // How many tokens from k (before `end`) form a title: 0 when none.
  std::size_t title_at(std::size_t k, std::size_t end) const;

  // Where a description naming a person by their place starts ("a teacher in Leeds"), when the
  // name [first, end) is that place; `first` otherwise (mention_before.cpp).
  std::size_t described_by_place(std::size_t first, std::size_t end, std::size_t floor) const;

 private:
  TokenRange plain_before(std::size_t end, std::size_t floor) const;
  // A lower-case word between an article and a body's name that describes the body ("the
  // conservative Heritage Foundation"): no cue, link, title or function word.
  bool describes_body(std::size_t k) const;
  // The first word of an office (with its modifiers and article) that links, from `start` on, to
  // the lower-case noun at `noun`, a name after it ("Le président du groupe LR", "la présidente de
  // la région Occitanie"); `noun` where none does (mention_office.cpp).
  std::size_t office_of_body_noun(std::size_t noun, std::size_t start) const;
  // `mention`, a name of one or two words, or the body whose noun opens it before its lower-case
  // genitive words ("Министерство здравоохранения Казахстана"; mention_body_name.cpp).
  TokenRange body_before_name(TokenRange mention, std::size_t floor) const;
  // head - 1 where the word at `head` is an adjective after an office ("El técnico alemán del
  // Barça"), else head (mention_office.cpp).
  std::size_t over_office_adjective(std::size_t head, std::size_t start) const;
  // A lower-case word joined to the one before that is no title, source word, article, stop, link
  // or cue: a common noun or adjective (mention_office.cpp; not where every noun is capitalised).
  bool plain_common_word(std::size_t k) const;
  // The office before a place link at first - 1, run on to `end` ("La présidente du groupe RN à
  // l'Assemblée"; data/place_links_<lang>.txt), or empty (mention_office.cpp).
  TokenRange office_with_place(std::size_t first, std::size_t end, std::size_t floor) const;
  // before() without looking past a relative clause between the subject and its cue.
  TokenRange nearest_before(std::size_t cue, std::size_t floor) const;
  // An unnamed source with where it sits, ending at token `end`: "Источник в правительстве",
  // "Джерело УП в уряді", "Nasze źródło w ministerstwie" (the place is no speaker, the source is).
  // Only where news sets such a phrase after the noun (quote_style "names-after-nouns"); empty if
  // none (mention_source_place.cpp).
  TokenRange source_with_place(std::size_t end, std::size_t floor) const;
  // The subject before a relative clause that holds `mention` ("un magistrat qui a requis
  // l'anonymat rappelle": "un magistrat"), else `mention` (relative_clause_subject.cpp).
  TokenRange past_relative_clause(TokenRange mention, std::size_t floor) const;
  // The clause's opening subject before a relative clause set off by commas right before `cue`
  // ("The official, who requested anonymity, said"), else empty (relative_clause_subject.cpp).
  TokenRange past_set_off_relative_clause(std::size_t cue, std::size_t floor) const;
  // Where a region phrase right before the cue starts ("… у Львівській області повідомив"), or
  // `cue` where there is none (mention_region.cpp).
  std::size_t trailing_region(std::size_t cue, std::size_t floor) const;
  // The mention with a name joined to it by a coordinator ("Blumenthal and Cohen"), or as it is.
  TokenRange joined_names_before(TokenRange mention, std::size_t floor) const;
  // The name or pronoun (with its bracket) that ends just before token `end`; empty if none.
  TokenRange name_before(std::size_t end, std::size_t floor) const;
  // Whether the words after a comma at token k open a description or relative clause in apposition.
  bool opens_apposition(std::size_t k) const;
  // Whether they open a predicate (a verb, a conjunction of clauses) rather than an apposition or
  // a parenthesis.
  bool opens_predicate(std::size_t k) const;
  bool is_relative_pronoun(std::size_t k) const;
  // A word that may head one of two speakers joined by a coordinator: a name, or where nouns are
  // capitalised also a body or title ("Polizei und Staatsanwaltschaft").
  bool joinable_head(std::size_t k) const;
  // A word that stops mentions and is no conjunction, relative pronoun or adverb: "in", "on", "at".
  bool is_preposition(std::size_t k) const;
  // Whether word k is an adjective or participle opening an apposition ("близкий к компании";
  // data/apposition_adjective_endings_<lang>.txt).
  bool opens_with_adjective(std::size_t k) const;
  // Whether token k gives an age: "72-year-old", "72-летняя".
  bool is_age_epithet(std::size_t k) const;
  // Whether token k is an age before a name or title that ends before `end`: "72-year-old Joan Smith".
  bool aged_name_at(std::size_t k, std::size_t end) const;
  // The subject that opens the clause before a filler set off by commas right before the cue ("Le
  // ministre, de son côté, a affirmé"); empty if there is none.
  TokenRange subject_before_incise(std::size_t end, std::size_t floor) const;
  // After a role in tokens [first, at) and a link to where it is held at token `at` ("член штаба
  // ОНФ в Республике Алтай Геннадий Сумин"): the end of the place and the person's name after it,
  // when the article names that person there; else 0. `role_words`: [first, at) are lower-case
  // role words the title list does not know ("заведующий лабораторией").
  std::size_t person_after_place(std::size_t first, std::size_t at, std::size_t limit, bool role_words = false) const;
  // After a title, its link and a body's name ending at `name_end`: `run_end` when the lower-case
  // words [k, run_end) are the body's adjectives before a name in apposition ("il capo della
  // Protezione civile, Fabio Ciciliano"), else 0 (mention_apposition.cpp).
  std::size_t body_adjectives_end(std::size_t first, std::size_t name_end, std::size_t k, std::size_t run_end,
                                  std::size_t limit) const;
  // Where the noun that a name qualifies, starting at token k, ends (exclusive).
  std::size_t head_noun_end(std::size_t k, std::size_t limit) const;
  // The first token inside a bracket that closes just before token `end`, or `end` when none.
  std::size_t bracket_before(std::size_t end, std::size_t floor) const;
  // Whether tokens [first, last) after a name read as a clause rather than its apposition: ending
  // in a cue or complementizer, or with a finite verb outside a relative clause.
  bool reads_as_clause(std::size_t first, std::size_t last) const;

  const QuoteTokens& tokens_;
  const QuoteLexicon& words_;
  std::function<bool(std::size_t)> known_person_;
  // Read once for adjective_before_role, which is_starter asks of every word: the endings of an
  // adjective before a role and the trade words (mention_adjective.cpp).
  std::span<const std::string_view> role_adjective_endings_ = lang_data::entries("role_adjective_endings", words_.language);
  const WordSet* bare_epithets_ = &WordSet::shared("bare_epithet_nouns", words_.language);
  const WordSet* unnamed_persons_ = &WordSet::shared("unnamed_person_nouns", words_.language);
  const WordSet* person_nouns_ = &WordSet::shared("person_nouns", words_.language);
  // Read once for after(), asked of every word a mention after a cue runs over.
  const WordSet* occasion_nouns_ = &WordSet::shared("occasion_nouns", words_.language);
  // unnamed_person_opening per token, worked out once (could_be_name asks it of every capitalised word).
  mutable std::vector<int8_t> unnamed_opening_;
  // Read once for in_particle_name, which is_name_word asks of capitalised words (mention_particles.cpp).
  const WordSet* noble_particles_ = &WordSet::shared("noble_particles", words_.language);
  // in_particle_name per token, worked out once: is_name_word asks it many times of each word
  // (-1 not yet, 0 no, 1 yes).
  mutable std::vector<int8_t> in_particle_name_;
  // Read once for extended_attribute_end, which after() asks of every mention (mention_extended_attribute.cpp).
  const WordSet* attribute_prepositions_ = &WordSet::shared("attribute_prepositions", words_.language);
  const WordSet* attribute_nouns_ = &WordSet::shared("attribute_nouns", words_.language);
};

}  // namespace article_lens
