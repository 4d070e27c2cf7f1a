// The people an article names: capitalised name sequences, with the titles and roles written
// before them ("Belarusian President Aleksandr Lukashenko", "foreign minister Sergei Lavrov") or
// after them in apposition ("Sergei Lavrov, the foreign minister"), and every later mention of
// their last name (or, when unambiguous, first name). Inflected names match through the
// language's case endings (data/name_endings_<lang>.txt: Путина, Путиным -> путин).
//
//   PeopleIndex people(tokens, mentions, words);
//   int who = people.find_token(k);            // the person token k names, or -1
//   int main = people.main_subject();
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "language/word_set.h"
#include "quotes/mentions.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

// A person's gender as the text tells it (data/masculine_words_<lang>.txt, feminine_words_<lang>.txt).
enum class Gender : uint8_t { kUnknown, kMale, kFemale };

// The gender a word tells ("Mrs", "spokesman", "she"), or kUnknown.
Gender word_gender(const QuoteLexicon& words, std::string_view folded_word);
// The gender a description gives: its article's and its head word's, where they agree or one is
// silent ("la syndicaliste", "die Ministerin"), else kUnknown.
Gender description_gender(const QuoteLexicon& words, std::string_view folded_article, std::string_view folded_head);
// The gender a past-tense cue's ending gives its subject ("сказала", "powiedział";
// data/verb_gender_endings_<lang>.txt), or kUnknown.
Gender verb_gender(std::string_view language, std::string_view folded_verb);

// Whether token k names a person by title, trade or part, in the nominative or the genitive
// ("Schauspielers", "Bauunternehmers", "Angeklagten"; people_roles.cpp).
bool genitive_person_word(const QuoteTokens& tokens, const QuoteLexicon& words, std::size_t k);

struct Person {
  std::string name;                // the fullest name the text gives
  std::vector<std::string> roles;  // case-folded title and role words ("belarusian", "president")
  uint32_t mentions = 0;           // full or partial-name mentions
  uint32_t name_words = 0;
  bool name_from_headline = false;  // the name so far is a headline's, where every word is capitalised
  bool titled = false;             // a title or role was seen with the name
  uint32_t first_at = UINT32_MAX;  // byte offset of the first mention
  // Evidence of gender: titles and role words with the name ("Mrs.", "spokeswoman") tell it; a
  // pronoun in a sentence that names only this person ("Ms. Lynch said she") refers to it.
  std::string first_key;  // the first name's key, when the text gives one
  uint16_t told_male = 0, told_female = 0;
  uint16_t referred_male = 0, referred_female = 0;
  // What the evidence says: titles and role words first; pronouns only where they agree.
  Gender gender() const;
};

// A party or body written as an acronym: "SPD", "PiS", "МИД" (two capitals or more, and no
// mixed-case word of more than four letters: "McCain" and "DeSantis" are names).
bool is_acronym(std::string_view word);

// A word without its possessive ending: "Clinton's" -> "Clinton", "Sanders’" -> "Sanders".
std::string_view strip_possessive(std::string_view word);
// Whether a word names a body, not a person: a club, company, party or authority ("FC", "AG",
// "Polizei"; data/organisation_words_<lang>.txt), with `compounds` also a noun ending in one where
// nouns compound ("Autokonzern", "Landesregierung").
bool names_a_body(const QuoteLexicon& words, std::string_view folded_word, bool compounds);

// Whether a role word is an honorific, no office: "sir", "dame", "mr"
// (data/honorifics_<lang>.txt, first_name_honorifics_<lang>.txt).
bool is_honorific(const QuoteLexicon& words, std::string_view folded_word);

class PeopleIndex {
 public:
  PeopleIndex(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words);

  const std::vector<Person>& people() const { return people_; }
  const Person& person(int index) const { return people_[static_cast<std::size_t>(index)]; }
  // The person token k names by last name, or by a first name only one person has; -1 if none.
  int find_token(std::size_t k) const;
  // The person the article is about: the titled person mentioned most (else anyone mentioned
  // twice or more), or -1.
  int main_subject() const { return main_subject_; }
  // Whether person `index` carries the role word `folded_role`.
  bool has_role(int index, std::string_view folded_role) const;
  // The person last mentioned by name before byte `pos`, outside the byte ranges of `skip`
  // (sorted, disjoint: the quotations); -1 if none.
  int last_mentioned_before(uint32_t pos, const std::vector<Span>& skip) const;
  // The person last mentioned by name before byte `pos` for whom `matches` holds; -1 if none.
  int last_mentioned_matching(uint32_t pos, const std::function<bool(int)>& matches) const;

  // The person last mentioned by name before `pos` outside `skip`, as a pronoun of `gender` may
  // refer to: never one known to be of the other gender; one known to match, mentioned in the
  // same few sentences, before a nearer one of unknown gender. -1 if none.
  int last_mentioned_before(uint32_t pos, const std::vector<Span>& skip, Gender gender) const;
  // Learns genders from "he" and "she" in sentences (outside the quotations `quotes`, sorted) that
  // name exactly one person before the pronoun.
  void learn_genders_from_pronouns(const std::vector<Span>& quotes);
  // Learns the gender of the person the words `mention` name from their cue, the token `cue`
  // ("— заявил министр Тарас Лис": a man).
  void learn_gender_from_cue(TokenRange mention, std::size_t cue);
  // The byte offset of the last mention of person `index` before `pos`, or 0 if none is near;
  // with `skip` (sorted, disjoint: the quotations), the last outside them.
  uint32_t last_mention_of(int index, uint32_t pos, const std::vector<Span>* skip = nullptr) const;
  Gender gender(int index) const { return index < 0 ? Gender::kUnknown : people_[static_cast<std::size_t>(index)].gender(); }

  // The key a name word is matched by: case-folded, without a possessive or case ending.
  std::string name_key(std::string_view folded_word) const;
  // Where nouns are capitalised, whether token k is a case form of a word the text also writes
  // bare ("Irans" beside "Iran").
  bool genitive_of_bare_word(std::size_t k) const;
  // Where nouns are capitalised, whether token k is one word in a place's genitive after a title
  // that an article opens ("der oberste Führer Irans"; data/place_genitive_endings_<lang>.txt).
  bool genitive_after_described_title(std::size_t k) const;
  // "сер александровн" for the patronymic at token k after the first name "Сергей" (any case);
  // "" when token k is no patronymic after a capitalised word.
  std::string patronymic_key(std::size_t k) const;

 private:
  void add_name_run(std::size_t first, std::size_t last);
  // Splits the run of name words [first, last) into roles [first, name_start) and a name
  // [name_start, last), trimming a medium before it or a place after it; false when the run names
  // no person (a body, a place, a title before a body's name) (people_name_run.cpp).
  bool person_in_run(std::size_t& first, std::size_t& name_start, std::size_t& last) const;
  // Whether a title and a club's name in marks stand right before token `k` ("Полузащитник «Зенита»
  // Вендел"; people_name_run.cpp).
  bool after_title_and_club(std::size_t k) const;
  // The gender the roles and words around a name give ("Mr.", "spokeswoman", "la ministre", a
  // woman's given name, a surname's ending); unknown where they say nothing (people_gender.cpp).
  Gender told_gender(const std::vector<std::string>& roles, std::size_t first, std::size_t name_start, std::size_t last) const;
  std::vector<std::string> roles_around(std::size_t first, std::size_t last) const;
  // The party in brackets opening at token `k` after a name, as the role groups know it ("Lula (PT)"
  // -> "pt"), or empty (people_roles.cpp).
  std::string party_in_brackets(std::size_t k) const;
  // Whether token `k`, after a comma, opens the clause after a phrase set before its subject and
  // runs on to its verb: the clause's subject, no apposition of the name before the comma (people_roles.cpp).
  bool subject_after_opening(std::size_t k) const;
  // The roles the words of a name run before the name give: each word, and the office whole.
  std::vector<std::string> roles_in_run(std::size_t first, std::size_t name_start) const;
  // Adds the other names of an office a role names (data/office_names_<lang>.txt); the words from
  // `first` to `name_start` are a body the name run opens with.
  void add_office_names(std::vector<std::string>& roles, std::size_t first, std::size_t name_start) const;
  // The person a name run with last-name key `last_key` belongs to, given the person `index` of that
  // last name: `index`, or a namesake of another first name and gender (created if new).
  int namesake(int index, const std::string& last_key, const std::string& first_key, Gender told);
  // The person token k names, among `index` and its namesakes, by the first name or honorific before it.
  int namesake_at(std::size_t k, const std::string& last_key, int index) const;

  const QuoteTokens& tokens_;
  const MentionFinder& mentions_;
  const QuoteLexicon& words_;
  const WordSet& place_heads_ = WordSet::shared("place_heads", words_.language);          // looked up once,
  const WordSet& genitive_openers_ = WordSet::shared("genitive_openers", words_.language);  // not per name
  const WordSet& instrumental_openers_ = WordSet::shared("instrumental_openers", words_.language);
  const WordSet& place_openers_ = WordSet::shared("place_openers", words_.language);
  const WordSet& body_last_words_ = WordSet::shared("body_last_words", words_.language);
  const WordSet& medium_prepositions_ = WordSet::shared("medium_prepositions", words_.language);
  const WordSet& person_nouns_ = WordSet::shared("person_nouns", words_.language);
  std::vector<Person> people_;
  std::unordered_map<std::string, int> by_last_name_;
  std::unordered_map<std::string, int> by_first_name_;  // -2 when two people share it
  std::vector<std::pair<std::string, int>> namesakes_;  // (last-name key, person) beside by_last_name_
  std::vector<std::pair<uint32_t, int>> mentioned_at_;  // (byte offset, person), in text order
  // Where nouns are capitalised, the text's capitalised words as written: "Irans" after a title is
  // the genitive of "Iran" when the text also writes that.
  std::unordered_set<std::string_view> capitalised_words_;
  int main_subject_ = -1;
};

}  // namespace article_lens
