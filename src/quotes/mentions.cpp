#include "quotes/mentions.h"

#include <algorithm>
#include <cctype>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/mention_gaps.h"
#include "quotes/people.h"

namespace article_lens {

using mention_gaps::is_comma_gap;

bool MentionFinder::is_person_like(TokenRange range) const {
  // A description is as person-like as its head, the words before its first link: "die
  // praktische Anwendung der Richtlinienkompetenz des Bundeskanzlers" describes no person. Only
  // where the phrase before a verb is as often its object as its subject (verb-second languages);
  // elsewhere it is the subject, and "the trade group for Blue Cross" is a source.
  if (!range.empty() && words_.verb_second && is_description_start(range.first)) {
    for (std::size_t k = range.first + 1; k < range.last; ++k) {
      if (tokens_.in(k, words_.mention_links) && !tokens_.title(k - 1) && !is_name_word(k - 1)) {
        range.last = k;
        break;
      }
    }
  }
  for (std::size_t k = range.first; k < range.last; ++k)
    if (is_name_word(k) || is_pronoun(k) || title_at(k, range.last) ||
        is_source_word(k))
      return true;
  constexpr std::size_t kMinAttributeMention = 4;  // "eine mit Plänen vertraute Person"
  if (words_.capitalised_nouns && range.size() >= kMinAttributeMention && extended_attribute_end(range.first, range.last) == range.last)
    return true;
  return range.size() == 1 && is_demonstrative_alone(range.first);
}

bool MentionFinder::heads_person(std::size_t head, std::size_t end) const {
  if (tokens_.in(head, words_.group_nouns)) return false;
  if (title_at(head, end) > 0) return true;
  const std::string_view word = tokens_.folded(head);
  for (const char* kind : {"person_nouns", "epithet_nouns", "bare_epithet_nouns", "unnamed_person_nouns"})
    if (WordSet::shared(kind, words_.language).contains_folded(word)) return true;
  return false;
}

bool MentionFinder::opens_body_name(std::size_t k) const {
  // (Only where a capital says something and a name does not follow its noun: not German nouns,
  // nor "Источник Reuters".)
  if (words_.capitalised_nouns || words_.names_after_nouns || k + 1 >= tokens_.size() || !tokens_.capitalized(k) ||
      !tokens_.capitalized(k + 1) || !tokens_.joined(k + 1) || tokens_.in_title_case(k))
    return false;
  if (!tokens_.in(k, words_.anonymous_sources) && !tokens_.in(k, words_.group_nouns)) return false;
  // (One word after it: in "Pollsters Mark Blumenthal and ..." a person's name follows a group's.)
  const std::size_t next = k + 1;
  if (next + 1 < tokens_.size() && tokens_.joined(next + 1) && tokens_.capitalized(next + 1)) return false;
  return !tokens_.title(next) && !words_.time_words.contains_folded(tokens_.folded(next)) &&
         !tokens_.in(next, words_.anonymous_sources) && !tokens_.in(next, words_.group_nouns) &&
         !tokens_.in(next, words_.name_stopwords) && !tokens_.in(next, words_.determiners) &&
         !tokens_.in(next, words_.pronouns) && !tokens_.in(next, words_.mention_stops) && !tokens_.in(next, words_.title_modifiers);
}

bool MentionFinder::is_demonstrative_alone(std::size_t k) const {
  if (!words_.demonstrative_pronouns.contains_folded(tokens_.folded(k))) return false;
  // Alone, not before its noun ("dieser Vorschlag"): the sentence or clause ends, or a verb follows.
  const std::size_t next = k + 1;
  return next >= tokens_.size() || !tokens_.joined(next) ||
         (!tokens_.capitalized(next) && (tokens_.in(next, words_.cues) || tokens_.in(next, words_.loaded_cues) ||
                                         tokens_.in(next, words_.fillers) || tokens_.in(next, words_.finite_verbs)));
}

bool MentionFinder::is_pronoun(std::size_t k) const {
  if (!tokens_.in(k, words_.pronouns) && !tokens_.in(k, words_.group_pronouns)) return false;
  // "Ihr Anwalt sagte": where nouns are capitalised, a word that is also a possessive is one before
  // a capitalised noun, no pronoun.
  return !(words_.capitalised_nouns && k + 1 < tokens_.size() && tokens_.joined(k + 1) && tokens_.capitalized(k + 1) &&
           tokens_.in(k, words_.possessives));
}

std::size_t MentionFinder::title_ending_at(std::size_t k, std::size_t floor) const {
  // (A one-word title counts only where the token is read as one: not "King" in "Peter King".)
  const std::size_t phrase = tokens_.phrase_ending_at(words_.titles, k, floor);
  return phrase > 1 ? phrase : (k >= floor && tokens_.title(k) ? 1 : 0);
}

std::size_t MentionFinder::title_at(std::size_t k, std::size_t end) const {
  const std::size_t phrase = tokens_.phrase_at(words_.titles, k, end);
  return phrase > 1 ? phrase : (k < end && tokens_.title(k) ? 1 : 0);
}

bool MentionFinder::counted_noun(std::size_t k) const {
  if (!words_.capitalised_nouns || k == 0 || !tokens_.joined(k)) return false;
  const std::string_view before = tokens_.text(k - 1);
  return std::isdigit(static_cast<unsigned char>(before.back())) ||
         WordSet::shared("quantifiers", words_.language).contains_folded(tokens_.folded(k - 1));
}

bool MentionFinder::seat_letters(std::size_t k) const {
  return tokens_.capitalized(k) && tokens_.text(k) != tokens_.folded(k) && tokens_.text(k).size() <= 4 &&
         WordSet::shared("post_nominals", words_.language).contains_folded(tokens_.folded(k)) &&
         WordSet::shared("body_epithet_nouns", words_.language).contains_folded(tokens_.folded(k));
}

bool MentionFinder::is_name_word(std::size_t k) const {
  if (!could_be_name(k)) return false;
  if (!words_.capitalised_nouns) return true;
  // Where every noun is capitalised (German), a capitalised word names someone when the article
  // names that person, or when it stands beside another capitalised word or after a title
  // ("Reinhard Jung", "Bundesinnenminister Schily"), not alone ("Alternativen").
  if (known_person_ && known_person_(k)) return true;
  if (in_particle_name(k)) return true;  // "Ursula von der Leyen"
  if (governed_by_article(k)) return false;  // "die Absetzung Swantje Hartmanns", "der Konzern Synergieeffekte"
  // (Nor nouns a number or a word of quantity counts: "sechs Jahre Haft", "20.000 Euro Schmerzensgeld".)
  if (counted_noun(k)) return false;
  if (k > 0 && tokens_.joined(k) &&
      ((could_be_name(k - 1) && !governed_by_article(k - 1) && !counted_noun(k - 1)) || title_ending_at(k - 1, k > 3 ? k - 3 : 0)))
    return true;
  return k + 1 < tokens_.size() && tokens_.joined(k + 1) && could_be_name(k + 1);
}

bool MentionFinder::governed_by_article(std::size_t k) const {
  // Names take no article: the capitalised word right after one, or after one and its adjectives
  // ("dem kleinen Ort Kirchmöser"), is the noun it governs.
  if (!words_.capitalised_nouns || !tokens_.capitalized(k)) return false;
  for (std::size_t m = k, adjectives = 0; m > 0 && tokens_.joined(m) && adjectives <= kMaxRoleWords; --m, ++adjectives) {
    // (Not an article after a comma: a relative pronoun, "die Marke, die Gerhard Schröder nannte".)
    if (is_description_start(m - 1)) return m == 1 || tokens_.gap_before(m - 1).find(',') == std::string_view::npos;
    if (WordSet::shared("article_contractions", words_.language).contains_folded(tokens_.folded(m - 1))) return true;
    if (tokens_.capitalized(m - 1) || tokens_.in(m - 1, words_.mention_stops) || tokens_.in(m - 1, words_.cues)) return false;
  }
  return false;
}

namespace {

bool resident_after_age(const QuoteTokens& tokens, const QuoteLexicon& words, std::size_t k) {
  // Where nouns are written in lower case, a capitalised word after an article and an age is a
  // noun for where the person is from, not their name, when it is one: "tegen de 29-jarige
  // Rotterdammer", "de 34-jarige Belg" (data/epithet_nouns_<lang>.txt; the endings of nouns for a
  // town's people, data/resident_noun_endings_<lang>.txt). "de 29-jarige Jan Visser" is named.
  constexpr std::size_t kMinTownStem = 5;  // "Leide|naar", not the name "Mole|naar"
  // (The word's own bits and the age first: joined() reads the text between words, and this runs
  // for every capitalised word.)
  if (words.capitalised_nouns || k < 2 || !tokens.in(k - 2, words.determiners)) return false;
  const std::string_view age = tokens.text(k - 1);
  if (age.empty() || age.front() < '0' || age.front() > '9' || age.find('-') == std::string_view::npos) return false;
  if (!tokens.joined(k) || !tokens.joined(k - 1)) return false;
  if (k + 1 < tokens.size() && tokens.joined(k + 1) && tokens.capitalized(k + 1)) return false;
  const std::string_view word = tokens.folded(k);
  return WordSet::shared("epithet_nouns", words.language).contains_folded(word) ||
         lang_data::ends_with_entry("resident_noun_endings", words.language, word, kMinTownStem);
}

}  // namespace

bool MentionFinder::could_be_name(std::size_t k) const {
  if (!tokens_.capitalized(k)) return false;
  // An initial after a first name is a name word, even one spelt as a word: "James A. Lewis".
  // (Not a state after a party's letter: "R-S.C.", which QuoteTokens joins.)
  if (tokens_.text(k).size() == 1 && k > 0 && tokens_.joined(k) && tokens_.capitalized(k - 1) && k + 1 < tokens_.size() &&
      tokens_.gap_before(k + 1).starts_with('.') && !tokens_.in(k - 1, words_.determiners)) {
    const std::string_view before = tokens_.text(k - 1);
    return before.size() < 2 || before[before.size() - 2] != '-';
  }
  // Where adjectives are written in lower case, a capitalised modifier right after a name is a
  // surname ("Manuel Neuer"), unless a title follows it.
  const bool surname = words_.capitalised_nouns && k > 0 && tokens_.joined(k) && could_be_name(k - 1) &&
                       !(k + 1 < tokens_.size() && tokens_.joined(k + 1) && tokens_.title(k + 1));
  // A title word after a name and a capitalised particle is a surname's: "Bruno Le Maire".
  const bool particle_surname = k >= 2 && tokens_.joined(k) && tokens_.joined(k - 1) && tokens_.capitalized(k - 1) &&
                                tokens_.in(k - 1, words_.name_particles) && could_be_name(k - 2);
  // A word after a particle in a name is a surname, even one that is a common noun: "Luis de la Fuente".
  // (Capitalised words before the particles, not a recursive test: linear in any text.)
  const bool after_particle = k >= 2 && tokens_.joined(k) && tokens_.joined(k - 1) && tokens_.in(k - 1, words_.name_particles) &&
                              (tokens_.capitalized(k - 2) || (k >= 3 && tokens_.joined(k - 2) && tokens_.in(k - 2, words_.name_particles) && tokens_.capitalized(k - 3)));
  // Where titles come before names, a title word after a given name that follows a title is the
  // surname: "Gerichtspräsidentin Doris König", "Trainer Peter Richter" (not "Präsident Macron").
  const bool title_surname = words_.capitalised_nouns && k >= 2 && tokens_.title(k) && tokens_.joined(k) && tokens_.joined(k - 1) &&
                             tokens_.capitalized(k - 1) && !tokens_.title(k - 1) && !tokens_.in(k - 1, words_.determiners) &&
                             title_ending_at(k - 2, k >= 4 ? k - 4 : 0) &&
                             !(k + 1 < tokens_.size() && tokens_.joined(k + 1) && tokens_.capitalized(k + 1));
  // A title word right after a common given name is the surname too: "sagte Monika Richter",
  // "Thomas König sagte", "reageerde Anne Koning" (data/given_names_female_, given_names_male_<lang>.txt).
  const bool given_name_surname = k >= 1 && tokens_.title(k) && tokens_.joined(k) &&
                                  is_given_name(k - 1) &&
                                  !(k + 1 < tokens_.size() && tokens_.joined(k + 1) && tokens_.capitalized(k + 1));
  if (resident_after_age(tokens_, words_, k)) return false;
  return !tokens_.in(k, words_.name_stopwords) && (!tokens_.title(k) || particle_surname || title_surname || given_name_surname) &&
         (!tokens_.in(k, words_.title_modifiers) || surname) && !tokens_.in(k, words_.pronouns) &&
         !tokens_.in(k, words_.group_pronouns) && !tokens_.in(k, words_.determiners) &&
         !tokens_.in(k, words_.indefinites) && !tokens_.in(k, words_.mention_stops) &&
         (!is_source_word(k) || after_particle) && !unnamed_person_opening(k);
}

bool MentionFinder::unnamed_person_opening(std::size_t k) const {
  // "Соседка рассказала, что …", "Witness said": a word for a person by their part in the story,
  // capitalised only because it opens the sentence, is no name (data/person_nouns_<lang>.txt,
  // unnamed_person_nouns_<lang>.txt); mid-sentence it is lower case. (Only where nouns take no
  // article: elsewhere the bare word is a headline's, "Witness said", and where every noun is
  // capitalised case tells nothing.)
  if (words_.capitalised_nouns || !words_.names_after_nouns || unnamed_persons_->empty()) return false;
  if (unnamed_opening_.empty()) unnamed_opening_.assign(tokens_.size(), -1);
  int8_t& known = unnamed_opening_[k];
  if (known < 0) {
    const std::string_view word = tokens_.folded(k);
    // (Alone: before a name it opens the run the name reader splits, "Mieszkanka Bogatyni Marta Zając".)
    const bool alone = k + 1 >= tokens_.size() || !tokens_.capitalized(k + 1) || !tokens_.joined(k + 1);
    known = alone && (person_nouns_->contains_folded(word) || unnamed_persons_->contains_folded(word)) &&
            (k == 0 || tokens_.document().sentence_at(tokens_.span(k).begin) != tokens_.document().sentence_at(tokens_.span(k - 1).begin));
  }
  return known == 1;
}

bool MentionFinder::is_given_name(std::size_t k) const {
  if (!tokens_.capitalized(k)) return false;
  const std::string_view word = tokens_.folded(k);
  return WordSet::shared("given_names_female", words_.language).contains_folded(word) ||
         WordSet::shared("given_names_male", words_.language).contains_folded(word);
}

bool MentionFinder::role_link(std::size_t k) const {
  if (k == 0 || k + 1 >= tokens_.size() || !tokens_.joined(k) || !tokens_.joined(k + 1) || tokens_.capitalized(k - 1) ||
      !(title_ending_at(k - 1, k >= 4 ? k - 4 : 0) > 0 || is_source_word(k - 1)))  // "chief of staff to"
    return false;
  // (Or with the article after it, where the link alone also opens a purpose: "il ministro per gli
  // Affari regionali", not "il ministro per rassicurare gli alleati".)
  const WordSet& links = WordSet::shared("role_links", words_.language);
  return links.contains_folded(tokens_.folded(k)) ||
         links.contains_folded(std::string(tokens_.folded(k)) + " " + std::string(tokens_.folded(k + 1)));
}

std::size_t MentionFinder::addressee_phrase_ending_at(std::size_t k, std::size_t floor) const {
  if (k >= tokens_.size() || k < floor) return 0;
  const WordSet& phrases = WordSet::shared("addressee_phrases", words_.language);
  if (k > floor && tokens_.joined(k)) {
    std::string two(tokens_.folded(k - 1));
    two.append(" ").append(tokens_.folded(k));
    if (phrases.contains_folded(two)) return 2;
  }
  return phrases.contains_folded(tokens_.folded(k)) ? 1 : 0;
}

bool MentionFinder::is_description_start(std::size_t k) const {
  return tokens_.in(k, words_.determiners) || tokens_.in(k, words_.indefinites);
}

bool MentionFinder::is_starter(std::size_t k) const {
  return is_description_start(k) || is_pronoun(k) || tokens_.title(k) ||
         tokens_.in(k, words_.title_modifiers) || is_source_word(k) ||
         is_name_word(k) || adjective_before_role(k) ||
         (words_.names_after_nouns && (bare_epithets_->contains_folded(tokens_.folded(k)) ||  // "— признал серб"
                                       unnamed_persons_->contains_folded(tokens_.folded(k))));  // "— рассказывает пенсионер"
}

bool MentionFinder::opens_apposition(std::size_t k) const {
  // Descriptions and relative clauses open with a determiner, a title or a relative pronoun ("the
  // foreign minister", "chairman of ...", "national treasurer for ...", "who lives in ...",
  // "who's running", "45").
  // So do participles that set off the circumstance of speaking ("Mr. Trump, asked about it, said";
  // data/parenthetical_participles_<lang>.txt).
  return is_description_start(k) || tokens_.title(k) || tokens_.in(k, words_.title_modifiers) || is_relative_pronoun(k) ||
         tokens_.token(k).has(unicode::kStartsWithDigit) ||
         (k + 1 < tokens_.size() && tokens_.joined(k + 1) && tokens_.title(k + 1)) ||
         WordSet::shared("parenthetical_participles", words_.language).contains_folded(tokens_.folded(k));
}

bool MentionFinder::cue_in_description(std::size_t k) const {
  // (Over at most two modifiers after the article; an adverb, an auxiliary or a pronoun makes the
  // cue word a verb: "the drop partly reflects measures announced", "has said people complain".)
  constexpr std::size_t kMaxModifiers = 2;
  if (k == 0 || k + 1 >= tokens_.size() || !tokens_.joined(k) || !tokens_.joined(k + 1) || tokens_.capitalized(k + 1) ||
      tokens_.in(k + 1, words_.cues) || tokens_.in(k + 1, words_.mention_stops) || tokens_.in(k + 1, words_.determiners) ||
      is_pronoun(k + 1))
    return false;
  for (std::size_t m = k - 1, n = 0; n <= kMaxModifiers; --m, ++n) {
    if (tokens_.in(m, words_.determiners)) return true;
    if (tokens_.capitalized(m) || tokens_.in(m, words_.cues) || tokens_.in(m, words_.mention_stops) || is_pronoun(m) ||
        tokens_.in(m, words_.finite_verbs) || lang_data::ends_with_entry("adverb_endings", words_.language, tokens_.folded(m), 3) ||
        m == 0 || !tokens_.joined(m))
      return false;
  }
  return false;
}

bool MentionFinder::is_preposition(std::size_t k) const {
  return tokens_.in(k, words_.mention_stops) && !tokens_.in(k, words_.clause_conjunctions) && !is_relative_pronoun(k) &&
         !tokens_.in(k, words_.fillers);
}

bool MentionFinder::is_relative_pronoun(std::size_t k) const {
  if (tokens_.in(k, words_.relative_pronouns)) return true;
  const std::string_view word = tokens_.folded(k);  // "who's", "who’s"
  const std::size_t apostrophe = std::min(word.find('\''), word.find("\xE2\x80\x99"));
  return apostrophe != std::string_view::npos && words_.relative_pronouns.contains_folded(word.substr(0, apostrophe));
}

bool MentionFinder::opens_predicate(std::size_t k) const {
  // A verb or a conjunction of clauses; not a name, a description or a parenthesis that opens
  // with a preposition or an adverb ("for his part", "after a long pause", "meanwhile").
  if (tokens_.capitalized(k) || opens_apposition(k) || is_starter(k)) return false;
  if (tokens_.in(k, words_.clause_conjunctions)) return true;
  return !tokens_.in(k, words_.mention_stops) && !tokens_.in(k, words_.fillers) && !tokens_.in(k, words_.mention_links) &&
         !tokens_.in(k, words_.topic_prepositions);
}

TokenRange MentionFinder::joined_names_after(TokenRange mention, std::size_t limit) const {
  // "said Mark Blumenthal and Jon Cohen"
  const std::size_t link = mention.last;
  if (mention.empty() || !joinable_head(link - 1) || link + 1 >= limit || !tokens_.joined(link) ||
      !tokens_.in(link, words_.coordinators) || !tokens_.joined(link + 1) ||
      !(is_name_word(link + 1) || (words_.capitalised_nouns && (is_description_start(link + 1) || joinable_head(link + 1)))))
    return mention;
  const TokenRange other = after(link + 1, limit);
  if (other.empty() || !joinable_head(other.last - 1)) return mention;
  return {mention.first, other.last};
}

bool MentionFinder::joinable_head(std::size_t k) const {
  // Where every noun is capitalised, a body, a source or a title heads a speaker too ("die
  // Polizei", "Kritiker", "der Minister"); not any noun ("Die Arithmetik und der Kalender sprechen für ihn").
  return is_name_word(k) || (words_.capitalised_nouns && tokens_.capitalized(k) &&
                             (tokens_.title(k) || is_source_word(k) || names_a_body(words_, tokens_.folded(k), true)));
}

bool MentionFinder::followed_by_verb(TokenRange mention, std::size_t limit) const {
  auto verb_like = [&](std::size_t k) {
    return k < limit && !tokens_.capitalized(k) && !tokens_.in(k, words_.mention_stops) &&
           !tokens_.in(k, words_.complementizers) && !tokens_.in(k, words_.mention_links);
  };
  std::size_t next = mention.last;
  if (next >= limit) return false;
  std::string_view gap = tokens_.gap_before(next);
  // Past a bracket after the name: "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said".
  if (gap.find('(') != std::string_view::npos) {
    std::size_t close = next + 1;
    while (close < limit && close - next <= kMaxBracketWords && tokens_.gap_before(close).find(')') == std::string_view::npos)
      ++close;
    if (close >= limit || close - next > kMaxBracketWords) return false;
    next = close;
    gap = tokens_.gap_before(next);
    gap.remove_prefix(gap.find(')') + 1);
    if (gap.find_first_not_of(' ') == std::string_view::npos) return verb_like(next);
  } else if (tokens_.joined(next)) {
    return verb_like(next);
  }
  if (!is_comma_gap(gap)) return false;
  // "Christie, New Jersey's sitting governor, repeated ...": past the apposition.
  for (std::size_t k = next + 1; k < limit && k <= next + kMaxApposition; ++k)
    if (!tokens_.joined(k)) return is_comma_gap(tokens_.gap_before(k)) && verb_like(k);
  return false;
}

TokenRange MentionFinder::clause_subject(std::size_t first, std::size_t limit) const {
  // The subject is a mention followed by its verb, at the clause's start or after a comma that
  // closes an opening phrase ("Speaking to supporters in South Carolina, Cruz said ...",
  // "In Iowa, Trump said ...", "Continuing to explain, Carson rejected ..."). After a subordinate
  // clause ("After the court failed to decide, Trump said ... before claiming") the subject
  // follows its comma; a lone capitalised word opening the sentence may be any word ("Hours
  // later, Trump returned ..."), so a subject after a comma is preferred to it.
  const bool subordinate = tokens_.phrase_at(words_.subordinators, first, limit) > 0;
  TokenRange weak;
  for (std::size_t start = first; start < limit && start <= first + kMaxOpeningPhrase; ++start) {
    if (start > first && !is_comma_gap(tokens_.gap_before(start))) continue;
    if (start == first && subordinate) continue;
    // Over a conjunction or adverb ("But he ..."), not into a prepositional phrase ("In June 2009, ...").
    std::size_t k = start;
    // (A word that stops mentions starts none: "And then Trump went ...".)
    while (k < limit && k < start + 2 && (!is_starter(k) || tokens_.in(k, words_.mention_stops)) && tokens_.joined(k + 1) &&
           !is_preposition(k))
      ++k;
    if (is_preposition(k)) continue;
    const TokenRange mention = before_own_verb(after(k, limit));
    // After a subordinate clause in a verb-second language the subject follows the verb, person
    // or not ("Als ein Fluggast half, biss der Randalierer den Mann und rief:").
    const bool after_subordinate = subordinate && words_.verb_second && k > start && is_description_start(mention.first);
    if (mention.empty() || !(is_person_like(mention) || after_subordinate) || !followed_by_verb(mention, limit)) continue;
    const bool lone_opening_word = mention.first == first && mention.size() == 1 && could_be_name(first) &&
                                   !(known_person_ && known_person_(first));
    if (!lone_opening_word) return mention;
    if (weak.empty()) weak = mention;
  }
  if (!weak.empty()) return weak;
  // An opening phrase set off by a comma is not the subject.
  for (std::size_t k = first + 1; k < limit && k <= first + kMaxOpeningPhrase; ++k) {
    if (!tokens_.joined(k)) {
      if (is_comma_gap(tokens_.gap_before(k)) && is_starter(k)) first = k;
      break;
    }
  }
  // Skip an opening conjunction or adverb ("But he ...", "And the minister ..."), not a
  // preposition whose object a relative of place follows: that is where, no subject ("En
  // Barcelona, donde añadió:"; data/place_relatives_<lang>.txt).
  std::size_t k = first;
  while (k < limit && k < first + 2 && !is_starter(k) && tokens_.joined(k + 1)) {
    if (is_preposition(k)) {
      const TokenRange object = after(k + 1, limit);
      if (!object.empty() && object.first == k + 1 && object.last < limit && is_comma_gap(tokens_.gap_before(object.last)) &&
          WordSet::shared("place_relatives", words_.language).contains_folded(tokens_.folded(object.last)))
        return {};
    }
    ++k;
  }
  return after(k, limit);
}

}  // namespace article_lens
