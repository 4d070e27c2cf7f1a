// Decides who a mention names: a person the article introduces ("he", "the head of state",
// "Mr Lavrov" -> that person), a name the index does not know ("Burton said" -> "Burton"), an
// unnamed source ("a senior official", marked anonymous), or an organisation or thing named by a
// description ("the ministry").
//
// Pronouns go to the most recent speaker when that speaker spoke within the last sentences, else
// to the person last named outside quotations, else to the article's main subject. Descriptions go
// to the person with one of their role or nationality words ("the Belarusian leader", "the
// president"), or an equivalent role from data/role_groups_<lang>.txt ("the head of state" -> the
// president), preferring the most recent speaker and the main subject. A description that fits
// nobody stays the speaker's name ("the ministry", "die Kanzlerin").
#pragma once

#include <string>
#include <vector>

#include "language/word_set.h"
#include "quotes/mentions.h"
#include "quotes/people.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

struct SpeakerRef {
  int person = -1;         // index into PeopleIndex, or -1
  std::string name;        // the person's name, the name in the mention, or the description
  bool anonymous = false;
  bool described = false;  // a group or body described, not named ("shop owners", "the ministry")
  bool known() const { return !name.empty(); }
};

class SpeakerResolver {
 public:
  SpeakerResolver(const QuoteTokens& tokens, const MentionFinder& mentions, const PeopleIndex& people,
                  const QuoteLexicon& words)
      : tokens_(tokens), mentions_(mentions), people_(people), words_(words) {}

  // `recent` is the last person who spoke; `recent_is_close` says the last speaker (person or not)
  // spoke within the last sentences, and then a pronoun is theirs: the result is empty and the
  // caller keeps its last speaker. `quotes` are the quotations' spans (names inside them are not
  // antecedents).
  SpeakerRef resolve(TokenRange mention, int recent, bool recent_is_close, const std::vector<Span>& quotes) const;
  // A pronoun at byte `pos` that is not a token of its own (French "dit-il").
  SpeakerRef resolve_pronoun(uint32_t pos, int recent, bool recent_is_close, const std::vector<Span>& quotes) const;
  // Whether the pronoun at byte `pos` ("she") cannot mean person `index`, whom the text shows to be
  // of the other gender ("Mr. Kirby").
  bool pronoun_excludes(uint32_t pos, int index) const;
  // Whether the text shows person `index` to be of the pronoun's gender.
  bool pronoun_fits(uint32_t pos, int index) const;
  // The gender the pronoun at byte `pos` tells ("she", "dit-il", "добавила"), or kUnknown.
  Gender pronoun_gender(uint32_t pos) const;
  // The person of the pronoun's gender named (outside `quotes`) between byte `since` and the
  // pronoun at `pos`, when the text tells that gender ("Dottie Deans, the chairwoman, ... she
  // said"); -1 if none.
  int pronoun_fits_newcomer(uint32_t pos, uint32_t since, const std::vector<Span>& quotes) const;
  // The person named last before `pos`, at or after byte `since`, whom the pronoun at `pos` may mean
  // (of its gender or of none known); -1 when none.
  int named_since(uint32_t pos, uint32_t since, const std::vector<Span>& quotes) const;
  // The person first named as the subject opening the sentence right before the pronoun at byte
  // `pos`, a sentence with no quotation that starts after byte `since` (where the last speaker's
  // attribution ended): "Her neighbour, Tom Reed, agrees. “...,” he says" -> Tom Reed. Empty when
  // there is none, or the pronoun cannot mean them (speaker_newcomer.cpp).
  SpeakerRef subject_newcomer(uint32_t pos, uint32_t since, const std::vector<Span>& quotes) const;
  // The same where word order is free: the one person first named in the pronoun's sentence or the
  // one before, wherever in it (speaker_newcomer.cpp).
  SpeakerRef newcomer_in_free_order(uint32_t pos, uint32_t since, const std::vector<Span>& quotes) const;
  // Whether someone other than person `index` is named by name between bytes `since` and `pos`,
  // outside `quotes` (speaker_newcomer.cpp).
  bool names_other_between(uint32_t since, uint32_t pos, int index, const std::vector<Span>& quotes) const;

 private:
  SpeakerRef person(int index) const;
  // With no one named before a pronoun at byte `pos`, the person a description opening the sentence
  // before describes ("The defendant admitted the charges. “…,” he said"), else nothing
  // (described_subject.cpp).
  // With `only_whose`, only a description followed by the one whose title it is, in the genitive
  // ("Der Mannschaftsarzt Kimmichs äußerte sich").
  SpeakerRef described_subject(uint32_t pos, Gender gender, const std::vector<Span>& quotes, bool only_whose = false) const;
  // The one the sentence before the pronoun at byte `pos` opens with, described with an indefinite
  // and unnamed ("Een demonstrante stond bij de ingang"), when the person named last was named
  // before that sentence (at byte `named_at`): an anonymous source; else nothing (described_subject.cpp).
  SpeakerRef unnamed_newcomer(uint32_t pos, Gender gender, uint32_t named_at, const std::vector<Span>& quotes) const;
  // A speaker in a language written without spaces, named without their title (unspaced_names.cpp).
  SpeakerRef unspaced_name(TokenRange mention) const;
  // The titled topic of the sentence before byte `pos` in such a language, for a pronoun no one
  // spoken of before resolves (unspaced_names.cpp).
  SpeakerRef unspaced_subject(uint32_t pos, const std::vector<Span>& quotes) const;
  // How far into the text people count as introduced for a description at byte `at`: `at`, or
  // for a description in a headline, the end of the sentences right after it (headline_horizon.cpp).
  uint32_t headline_horizon(uint32_t at) const;
  // The person a definite description that fits no one's role stands in for: the one just named
  // ("Sophie Binet ... la syndicaliste", "Olaf Scholz ... der SPD-Politiker"); -1 if none. With
  // `epithet_only`, only a description headed by a party or trade word (description_antecedent.cpp).
  int description_antecedent(TokenRange mention, int recent, const std::vector<Span>& quotes, bool epithet_only = false) const;
  // Whether the same description names someone in its sentence or the two before it (description_antecedent.cpp).
  bool same_description_before(TokenRange mention) const;
  // `antecedent` (from description_antecedent) unless the description rules them out by a rival
  // role or the other gender; then the one person in reach it does not rule out ("l'attaquant"
  // after "l'entraîneur Carlo Ancelotti", "l'élue" after "Bruno Retailleau"), else -1
  // (description_rivals.cpp).
  int unruled_antecedent(TokenRange mention, int antecedent, const std::vector<Span>& quotes) const;
  // The one of the people just named whom a nation's adjective before an office or trade means
  // ("the British prime minister" after "Indian Prime Minister Narendra Modi hosted Rishi Sunak");
  // -1 when it tells none (description_origin.cpp).
  int origin_antecedent(TokenRange mention, const std::vector<Span>& quotes) const;
  // The person the text gave the office a description calls former ("the former prime minister"
  // after "former prime minister Boris Johnson"), before its present holder; -1 if none
  // (description_rivals.cpp).
  int former_holder(TokenRange mention) const;
  // Whether person `index` holds a role that a description headed by `head_word` never names
  // together with it (data/rival_roles_<lang>.txt: a coach is no forward).
  bool holds_rival_role(int index, std::string_view head_word) const;
  // Whether a head word names a person by party or trade, alone or as a compound's last part
  // ("syndicaliste", "SPD-Politiker"); `modified` when words before it describe it.
  bool names_by_epithet(std::string_view head_word, bool modified) const;
  // The person named before byte `at` with the age an epithet gives ("the 22-year-old": "Jane Roe,
  // 22,"); -1 when there is none or the word tells no age.
  int person_of_age(std::string_view head_word, uint32_t at, const std::vector<Span>& quotes) const;
  // The same where nouns take no article: a trade or standing alone, with its adjectives, means the
  // person just named ("Дипломат также отметила"; description_antecedent.cpp); -1 when not.
  int bare_epithet_antecedent(TokenRange mention, int recent, const std::vector<Span>& quotes) const;
  // `named`, if the text last named them (outside `quotes`) before byte `at` in its sentence or the
  // `sentences_back` before it; else -1.
  int named_in_reach(int named, uint32_t at, const std::vector<Span>& quotes, long sentences_back) const;
  // The sentence `steps` sentences of the text before sentence `here`, not counting sentences
  // inside `quotes` (description_antecedent.cpp).
  long sentence_back(long here, long steps, const std::vector<Span>& quotes) const;
  // Whether `named`, last named (outside `quotes`) at byte `named_at`, is the only person the text
  // named since the start of the sentence `sentences_back` before byte `at` (description_antecedent.cpp).
  bool only_one_named_since(int named, uint32_t named_at, uint32_t at, const std::vector<Span>& quotes, long sentences_back = 1) const;
  // `named`, or where the text last named them in the dative after the subject of that sentence,
  // the subject: the pronoun means who spoke, not who was told (pronoun_past_dative.cpp).
  int past_dative(int named, uint32_t pos, const std::vector<Span>& quotes, Gender gender) const;
  // The person an office one person holds stands for ("the prime minister" after "Keir Starmer
  // arrived ..."), where no one was given that office; -1 if none (office_antecedent.cpp).
  int office_antecedent(TokenRange mention, int recent, const std::vector<Span>& quotes) const;
  // Whether `name`, one word after a title and a lower-case noun of the mention opened at `first`,
  // is the place or team that noun belongs to, not a surname: "капитан сборной России",
  // "kapitan reprezentacji Polski" (place_after_title_noun.cpp).
  bool place_after_title_noun(TokenRange name, std::size_t first) const;
  // The person just named without a title whom a head of a body ("prezes PiS") or any office the
  // one asked answers with ("спросили Дмитрия Пескова ... — ответил пресс-секретарь") stands for;
  // -1 if none (body_head_antecedent.cpp).
  int body_head_antecedent(TokenRange mention, int recent, const std::vector<Span>& quotes) const;
  // The person just named whom an epithet with a capitalised body before its noun stands for ("the
  // Spurs boss", "the two-time World Cup winner"); -1 if none (body_epithet_antecedent.cpp).
  int body_epithet_antecedent(TokenRange mention, const std::vector<Span>& quotes) const;
  // Whether the name at token `name` is the one a question is put to ("спросили", "zapytali").
  bool asked_at(std::size_t name) const;
  SpeakerRef words_of(TokenRange range, bool anonymous) const;
  // Whether the mention ends in a known person's name in the genitive after a title or a word for a
  // person, which it owns ("der Anwalt Kachelmanns", "ein Sprecher Merkels").
  bool owner_in_genitive(TokenRange mention) const;

  const QuoteTokens& tokens_;
  const MentionFinder& mentions_;
  const PeopleIndex& people_;
  const QuoteLexicon& words_;
  const WordSet& place_heads_ = WordSet::shared("place_heads", words_.language);  // looked up once, not per mention
};

}  // namespace article_lens
