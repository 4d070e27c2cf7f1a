// The language knowledge the quote analysis reads, one data file per kind and language under
// src/quotes/data/ (`<kind>_<lang>.txt`). A language without a file of some kind simply has an empty
// set there; adding a language is adding files.
//
//   const QuoteLexicon& words = QuoteLexicon::shared("de");
//   words.cues.contains_folded("sagte");   // true
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace article_lens {

// Hashes a string or string_view alike, so lookups need no temporary string.
struct FoldedHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// A set of case-folded words and phrases with hashed lookups: the quote analysis asks several
// sets about every word, so a lookup must cost one hash, not a binary search over strings.
class LexiconSet {
 public:
  LexiconSet() = default;
  // The entries of data file `<kind>_<lang>.txt`, case-folded.
  LexiconSet(std::string_view kind, std::string_view lang);
  // Adds the entries of `<kind>_<lang>.txt` (before the lexicon indexes its sets).
  void add(std::string_view kind, std::string_view lang);
  bool contains_folded(std::string_view folded) const { return words_.find(folded) != words_.end(); }
  bool contains(std::string_view word) const;  // folds `word`
  bool empty() const { return words_.empty(); }
  std::size_t max_words_per_entry() const { return max_words_; }
  // Its place among a lexicon's sets: bit `id()` of QuoteTokens' per-word bits says "in this set".
  // Sets left out of the bits (they are full) are not indexed: ask them with contains_folded().
  uint32_t id() const { return id_; }
  bool indexed() const { return id_ != kNotIndexed; }
  static constexpr uint32_t kNotIndexed = 0xFFFFFFFFu;

 private:
  friend struct QuoteLexicon;
  std::unordered_set<std::string, FoldedHash, std::equal_to<>> words_;
  std::size_t max_words_ = 0;
  uint32_t id_ = kNotIndexed;
};

class WordSet;

// The length of the elided article opening `word` with its apostrophe ("l'" of "l'AFP", "dell’"
// of "dell’Economia"; data/elided_articles_<lang>.txt), or 0 when none does or nothing follows it.
std::size_t elision_end(std::string_view word, const WordSet& elided_articles);

struct QuoteLexicon {
  static const QuoteLexicon& shared(std::string_view language);
  explicit QuoteLexicon(std::string_view language);

  std::string language;
  LexiconSet cues;               // speech_verbs: said, told, sagte, заявил, a déclaré, according to
  LexiconSet loaded_cues;        // loaded_cues: the cues that carry judgement (claimed, admitted)
  LexiconSet source_phrases;     // source_phrases: "according to", "laut", "по словам": the source follows
  LexiconSet source_postpositions;  // source_postpositions: source phrases after their source (zufolge)
  LexiconSet post_quote_cues;    // post_quote_cues: cues valid only right after a quote ("so" in German)
  LexiconSet titles;             // person_titles: president, minister, Mr, spokeswoman, глава
  LexiconSet title_modifiers;    // title_modifiers: former, acting, late (before a title or name)
  LexiconSet pronouns;           // pronouns: he, she (resolve to a person)
  LexiconSet group_pronouns;     // group_pronouns: they, we, I (speak, but name nobody)
  LexiconSet determiners;        // determiners: the, this, his (a description follows)
  LexiconSet indefinites;        // indefinites: a, an, one, some (an unnamed source follows)
  LexiconSet anonymous_sources;  // anonymous_sources: source, insider, officials (unnamed by nature)
  LexiconSet group_nouns;        // group_nouns: residents, critics, owners (groups described, not named)
  LexiconSet fillers;            // attribution_fillers: also, later, has (between speaker and cue)
  LexiconSet complementizers;    // complementizers: that, dass, что, que (reported speech follows)
  LexiconSet reported_speech_markers;  // reported_speech_markers: German Konjunktiv I (sei, habe), French conditional
  LexiconSet speech_nouns;       // speech_nouns: words, slogan, Parole (verbatim words follow them)
  LexiconSet finite_verbs;       // finite_verbs: is, had, would (a clause, not a noun phrase, follows a cue)
  LexiconSet mention_stops;      // mention_stops: and, who, in, on (a mention never runs over them)
  LexiconSet mention_links;      // mention_links: of, for (join "a spokesman for the company")
  LexiconSet relative_pronouns;  // relative_pronouns: who, whose (a relative clause after a name is part of its mention)
  LexiconSet name_stopwords;     // name_stopwords: capitalised words that are not names (The, Monday)
  LexiconSet name_particles;     // name_particles_any: von, de, bin (inside "Ursula von der Leyen")
  LexiconSet subordinators;      // subordinators: after, when, nachdem (a subordinate clause opens the sentence)
  LexiconSet coordinators;       // coordinators: and, und, и (join two speakers: "Blumenthal and Cohen")
  LexiconSet infinitive_markers; // infinitive_markers: to, zu (officials "started to portray")
  LexiconSet noun_markers;       // noun_markers: the, his (a cue word after them is a noun: "his claims")
  LexiconSet topic_prepositions; // topic_prepositions: of, about, über (what a cue is about: "said of Cruz")
  LexiconSet clause_conjunctions;  // clause_conjunctions: and, but (continue a predicate after a comma)
  LexiconSet possessives;  // possessives: sein, ihre (open descriptions of what someone has, not of someone)
  // time_words: Tuesday, yesterday (between a speaker and the cue: "Obama on Tuesday said"). Not in
  // the per-word bits (they are full): ask with contains_folded().
  LexiconSet time_words;
  // origin_links: of, from (a person's place or body after the name: "Tom Cole of Oklahoma"). Not
  // in the per-word bits either.
  LexiconSet origin_links;
  // object_clitics: lo, los (an object pronoun before the verb: the speaker follows it). Not in the
  // per-word bits either; held here so that a hot path does not look the table up by name.
  LexiconSet object_clitics;
  // split_cue_heads: liet (the first word of a cue set apart: "liet dinsdag weten"); body_name_links:
  // voor (a link inside a body's name: "Centraal Bureau voor de Statistiek"). Looked up per word on
  // hot paths, so held here too.
  LexiconSet split_cue_heads;
  LexiconSet body_name_links;
  // dialogue_dashes: — – (a paragraph opening with one holds direct speech without quotation marks:
  // "— Это провокация, — заявил Песков."). Not in the per-word bits either.
  LexiconSet dialogue_dashes;
  // source_openers: pour, per, für (name a source or an opinion's holder only when they open the
  // sentence before a person: "Pour Marine Le Pen, ces annonces sont « insuffisantes »", "Für den
  // Minister ist die Lage „alarmierend“"). Not in the bits.
  LexiconSet source_openers;
  // quoting_verbs: zitiert (the cue's object speaks: "„...“, zitiert die Zeitung den Minister"). Not
  // in the per-word bits either.
  LexiconSet quoting_verbs;
  // naming_words: kurz, sogenannte, Motto (the marked words after them are a name or title: "kurz:
  // „OOo“"). Not in the per-word bits either.
  LexiconSet naming_words;
  // body_cues: "подчеркнули в", "сообщили в" (a plural cue and a preposition: the body after it
  // speaks, "— подчеркнули в Кремле"). Not in the per-word bits either.
  LexiconSet body_cues;
  // predicative_markers: als (the marked words after it are what someone is called, never the
  // subject of the cue after them: "der ihn als „Fest“ bezeichnete"). Not in the per-word bits.
  LexiconSet predicative_markers;
  // quote_references: das, dies (opening the sentence after a quote, refer back to it: „...“. Das
  // sagte X.). Not in the per-word bits.
  LexiconSet quote_references;
  // reference_openers: об этом, про це (open a sentence that names who said what the sentence or
  // quote before it says: "Об этом заявил Песков."). Not in the per-word bits.
  LexiconSet reference_openers;
  // addressees: a, al, all', à, au (the outlet told, between an inverted cue and its speaker: "ha
  // dichiarato all'Ansa il sindaco", "ha declarado a Efe el alcalde"). Not in the per-word bits.
  LexiconSet addressees;
  // masculine_words, feminine_words: he, Mr, spokesman / she, Mrs, spokeswoman (a person's gender,
  // when the text tells it, and a pronoun's). Not in the per-word bits.
  LexiconSet masculine_words;
  LexiconSet feminine_words;
  // source_pronouns: him, her, lui, его, її (stand for the source in or right after a source phrase:
  // "according to her", "selon elle", "по его словам"; they resolve like "he" and "she"). Not in the
  // per-word bits.
  LexiconSet source_pronouns;
  // Also not in the bits: organisation_words (FC, AG, Polizei: bodies, not persons),
  // demonstrative_pronouns (letztere: the person named last), oblique_determiners (den, dem: never
  // a subject), perfect_auxiliaries (hat, hatte: open a verb bracket a cue closes),
  // source_clause_openers (wie: "Wie die Polizei mitteilte, …").
  LexiconSet organisation_words;
  LexiconSet demonstrative_pronouns;
  LexiconSet oblique_determiners;
  LexiconSet perfect_auxiliaries;
  LexiconSet source_clause_openers;
  std::vector<std::string> name_endings;  // name_endings: case endings stripped to match names (а, ом)
  std::vector<std::string> title_suffixes;
  std::vector<std::string> participle_endings;  // participle_endings: -ing ("saying", "calling")
  LexiconSet gerund_cues;  // gerund_cues: whole participles of cue verbs ("spiegando"), cues too
  std::vector<std::string> patronymic_endings;  // patronymic_endings: -ович, -овна (a three-word name's middle)
  std::vector<std::string> deputy_prefixes;  // deputy_prefixes: vize, ex (a compound title that is not its holder's)
  std::vector<std::vector<std::string>> role_groups;  // title_suffixes: compounds' titles (Finanzminister, Vatikansprecher)
  bool capitalised_nouns = false;    // orthography: "capitalised-nouns" (German): case says little
  bool unspaced = false;             // orthography: "unspaced" (Chinese, Japanese): no spaces between words
  bool verb_second = false;          // word_order: "verb-second" (German): the subject may follow the verb
  bool names_after_nouns = false;    // quote_style: "names-after-nouns" (Russian): «...» right after a noun names
  bool comma_incise = false;          // quote_style: "comma-incise" (French): "— On a tout perdu, raconte Jeanne."
  bool sources_end_at_comma = false;  // quote_style: "sources-end-at-comma" (Russian): "Как сообщили в пресс-службе Фонда обязательного страхования, ..."
  // quote_style: "capitalised-demonyms" (French): a capitalised epithet after an article is a noun,
  // a role ("le Français Kylian Mbappé"), where its adjective is lower case ("l'attaquant français").
  bool capitalised_demonyms = false;
  bool subject_after_setting = false;  // word_order: "subject-after-setting" (Romance): "ha detto in aula il ministro"

  // A one-word title: listed, or a compound ending in a listed title suffix.
  bool is_title(std::string_view folded_word) const;
  // A cue word in its present participle ("saying"), by participle_endings or gerund_cues.
  bool is_participle(std::string_view folded_word) const;
  // A patronymic by its ending ("Кужугетович", "Александровна"; patronymic_endings).
  bool is_patronymic(std::string_view folded_word) const;
  // The roles in the same group as `folded_role` (role_groups: "head of state, president, king").
  std::vector<std::string> equivalent_roles(std::string_view folded_role) const;

  // For one case-folded word, bit `set.id()` when the set holds it and bit `32 + set.id()` when
  // one of the set's phrases starts with it; bit kTitleBit when is_title() holds. One hash lookup
  // answers every set's question about a word.
  static constexpr uint32_t kTitleBit = 31;
  uint64_t bits(std::string_view folded_word) const;

 private:
  std::unordered_map<std::string, uint64_t, FoldedHash, std::equal_to<>> bits_;
};

}  // namespace article_lens
