#include "quotes/mentions.h"

#include <algorithm>

#include "language/word_set.h"
#include "quotes/mention_gaps.h"
#include "quotes/people.h"
#include "quotes/quote_marks.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

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
  return range.size() == 1 && is_demonstrative_alone(range.first);
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
  return tokens_.in(k, words_.pronouns) || tokens_.in(k, words_.group_pronouns);
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

bool MentionFinder::is_name_word(std::size_t k) const {
  if (!could_be_name(k)) return false;
  if (!words_.capitalised_nouns) return true;
  // Where every noun is capitalised (German), a capitalised word names someone when the article
  // names that person, or when it stands beside another capitalised word or after a title
  // ("Reinhard Jung", "Bundesinnenminister Schily"), not alone ("Alternativen").
  if (known_person_ && known_person_(k)) return true;
  if (governed_by_article(k)) return false;  // "die Absetzung Swantje Hartmanns", "der Konzern Synergieeffekte"
  if (k > 0 && tokens_.joined(k) &&
      ((could_be_name(k - 1) && !governed_by_article(k - 1)) || title_ending_at(k - 1, k > 3 ? k - 3 : 0)))
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
  return !tokens_.in(k, words_.name_stopwords) && (!tokens_.title(k) || particle_surname) &&
         (!tokens_.in(k, words_.title_modifiers) || surname) && !tokens_.in(k, words_.pronouns) &&
         !tokens_.in(k, words_.group_pronouns) && !tokens_.in(k, words_.determiners) &&
         !tokens_.in(k, words_.indefinites) && !tokens_.in(k, words_.mention_stops) &&
         !is_source_word(k);
}

bool MentionFinder::role_link(std::size_t k) const {
  if (k == 0 || k + 1 >= tokens_.size() || !tokens_.joined(k) || !tokens_.joined(k + 1) || tokens_.capitalized(k - 1) ||
      !(title_ending_at(k - 1, k >= 4 ? k - 4 : 0) > 0 || is_source_word(k - 1)))  // "chief of staff to"
    return false;
  return WordSet::shared("role_links", words_.language).contains_folded(tokens_.folded(k));
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
         is_name_word(k) || adjective_before_role(k);
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
    const TokenRange mention = after(k, limit);
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
  // Skip an opening conjunction or adverb ("But he ...", "And the minister ...").
  std::size_t k = first;
  while (k < limit && k < first + 2 && !is_starter(k) && tokens_.joined(k + 1)) ++k;
  return after(k, limit);
}

std::size_t MentionFinder::head_noun_end(std::size_t k, std::size_t limit) const {
  // The noun a name qualifies, and a role or source word right after it ("a Trump campaign aide").
  std::size_t end = k + 1;
  for (std::size_t m = k + 1; m < limit && m <= k + kMaxRoleWords - 1 && tokens_.joined(m) && !tokens_.capitalized(m); ++m)
    if (tokens_.title(m) || is_source_word(m)) end = m + 1;
  return end;
}

std::size_t MentionFinder::person_after_place(std::size_t first, std::size_t at, std::size_t limit, bool role_words) const {
  // A place and a name: "Республике Алтай Геннадий Сумин", "Москве Иван Петров", "Львівській
  // області Максим Козицький" (a place's lower-case noun among its words).
  // Or a committee's subject: "председатель комитета Госдумы по транспорту Евгений Москвичев"
  // (data/topic_links_<lang>.txt; its words in lower case).
  constexpr std::size_t kMinWords = 3, kMaxWordsAfterLink = 6, kMaxLowerCase = 2;
  const bool topic = WordSet::shared("topic_links", words_.language).contains_folded(tokens_.folded(at));
  if (!known_person_ || at + 1 >= limit || !tokens_.joined(at + 1) || (!could_be_name(at + 1) && !topic) ||
      (!topic && !WordSet::shared("place_links", words_.language).contains_folded(tokens_.folded(at))))
    return 0;
  bool role = role_words;
  for (std::size_t k = first; k < at && !role; ++k) role = tokens_.title(k);
  if (!role) return 0;
  std::size_t end = at + 1;
  for (std::size_t lower = 0; end < limit && end - at <= kMaxWordsAfterLink && tokens_.joined(end); ++end) {
    if (could_be_name(end)) continue;
    if (tokens_.capitalized(end) || tokens_.in(end, words_.mention_stops) || tokens_.in(end, words_.cues) || ++lower > kMaxLowerCase)
      break;
  }
  while (end > at + 1 && !could_be_name(end - 1)) --end;
  if (end - (at + 1) < kMinWords || end - at > kMaxWordsAfterLink || !could_be_name(end - 2) || !known_person_(end - 1)) return 0;
  return end;
}

TokenRange MentionFinder::after(std::size_t first, std::size_t limit) const {
  if (first >= limit || first >= tokens_.size()) return {};
  if (tokens_.in(first, words_.mention_stops) || tokens_.in(first, words_.complementizers)) return {};
  // ("ihr Sprecher Ole Jansen": a pronoun that is also a possessive opens a description before a noun.)
  const bool possessive = words_.capitalised_nouns && tokens_.in(first, words_.possessives) && first + 1 < limit &&
                          tokens_.joined(first + 1) && tokens_.capitalized(first + 1);
  if ((is_pronoun(first) && !possessive) || is_demonstrative_alone(first)) return {first, first + 1};
  // A participle opening its sentence is no name ("Boasting 108,000 residents, the town ...",
  // "Reprising one of her lines, the former secretary said").
  if (tokens_.capitalized(first) && words_.is_participle(tokens_.folded(first)) && !(known_person_ && known_person_(first))) {
    const long sentence = tokens_.document().sentence_at(tokens_.span(first).begin);
    if (sentence >= 0 && tokens_.document().sentences[static_cast<std::size_t>(sentence)].span.begin == tokens_.span(first).begin)
      return {};
  }
  if (!is_starter(first) && !could_be_name(first)) {
    // Lower-case role words the title list does not know, before a name: "insisted baker Tomas
    // Reyes", "said longtime resident Ann Lee".
    std::size_t name = first;
    while (name < limit && name - first < kMaxRoleWords && tokens_.joined(name + 1) && !tokens_.capitalized(name) &&
           !tokens_.in(name, words_.mention_stops) && !tokens_.in(name, words_.complementizers) &&
           !tokens_.in(name, words_.topic_prepositions) &&
           !(words_.origin_links.contains_folded(tokens_.folded(name)) && !words_.capitalised_nouns) &&  // "from New Hampshire"
           !tokens_.in(name, words_.cues) && !tokens_.in(name, words_.loaded_cues))
      ++name;
    // "подтвердил заведующий лабораторией в Институте леса Петр Цветков": the role's place, then the name.
    if (name > first && name < limit && tokens_.in(name, words_.mention_stops))
      if (const std::size_t named_end = person_after_place(first, name, limit, true)) return {first, named_end};
    if (name == first || name >= limit || !could_be_name(name)) return {};
    const TokenRange named = after(name, limit);
    if (named.empty()) return {};
    return {first, named.last};
  }
  // The run of words the mention may take, then its end: after the last name word when there is
  // one ("said Clinton's top foreign policy aide Jake Sullivan on Monday"), else the whole run
  // ("said a spokesman for the company").
  std::size_t run_end = first + 1;
  std::size_t place_link = 0;  // "в" in "член штаба ОНФ в Республике Алтай Геннадий Сумин"
  while (run_end < limit && run_end - first < kMaxWords && tokens_.joined(run_end, true)) {
    // (Not at a link that a stop word ends or is: "a source familiar with the talks", "an adviser to Trump".)
    // (A stop that is a link on its own, German "für", still stops: only a phrase or a role's link goes on.)
    // (Nor at a stop that opens a link of several words: "une source au sein de la préfecture".)
    const bool link = tokens_.phrase_ending_at(words_.mention_links, run_end, first) > 1 || role_link(run_end) ||
                      tokens_.phrase_at(words_.mention_links, run_end, limit) > 1;
    if (tokens_.in(run_end, words_.mention_stops) && !link) {
      if (const std::size_t named_end = person_after_place(first, run_end, limit)) place_link = run_end, run_end = named_end;
      break;
    }
    if (tokens_.in(run_end, words_.complementizers) ||
        tokens_.in(run_end, words_.finite_verbs) || is_pronoun(run_end) ||
        (tokens_.in(run_end, words_.cues) && !tokens_.capitalized(run_end)))
      break;
    ++run_end;
  }
  // A name the word limit cuts goes on to its end ("the former top aide to President George W. Bush").
  const bool cut_by_limit = run_end - first == kMaxWords;
  for (std::size_t extra = 0; cut_by_limit && extra < kMaxNameOverrun && run_end < limit &&
                              tokens_.joined(run_end, true) && could_be_name(run_end - 1) && could_be_name(run_end);
       ++extra)
    ++run_end;
  // Whether the run closes where it ends, and not on a word that goes on with the sentence ("a
  // German user from Hanover going by the handle ...").
  const bool run_closes = run_end >= limit || !tokens_.joined(run_end) || tokens_.in(run_end, words_.cues) ||
                          is_relative_pronoun(run_end);
  std::size_t end = first + 1;
  bool named = could_be_name(first);
  // A description (a determiner, no title among its capitalised words) may hold names that
  // qualify its noun: "a Democratic strategist", not "the Arkansas Gov. Mike Huckabee".
  // (Where every noun is capitalised, the capitalised word is the noun: "der Randalierer".)
  bool description = is_description_start(first) && !words_.capitalised_nouns;
  // A particle inside a name ("Ursula von der Leyen"), not a determiner after one ("der
  // Randalierer den Fluggast").
  auto particle = [&](std::size_t k) {
    if (k + 1 >= run_end) return false;
    // Where every noun is capitalised, a description goes on over a link to the noun it qualifies
    // ("der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise"), up to its apposition.
    if (words_.capitalised_nouns && is_description_start(first) && tokens_.in(k, words_.mention_links) && could_be_name(k + 1))
      return true;
    if (!tokens_.in(k, words_.name_particles)) return false;
    const bool before_name = could_be_name(k + 1) ||
                             (tokens_.in(k + 1, words_.name_particles) && k + 2 < run_end && could_be_name(k + 2));
    // A linking determiner goes on to the noun it qualifies: "die Geschäftsführerin der Organisation, Manuela Roßbach".
    // Where only names are capitalised, an article between two names is a particle ("Hugo de Jonge").
    return before_name && (!is_description_start(k) || tokens_.in(k - 1, words_.name_particles) || tokens_.in(k, words_.mention_links) ||
                           (!words_.capitalised_nouns && could_be_name(k - 1) &&
                            (could_be_name(k + 1) || tokens_.in(k + 1, words_.name_particles))));
  };
  // A number inside a club's or firm's name goes on to the name word after it ("der Sportchef von
  // Bayer 04 Leverkusen", "Hannover 96"), not one that ends the name ("Merkel 2005").
  auto number_in_name = [&](std::size_t k) {
    if (!named || k + 1 >= run_end || !tokens_.joined(k + 1) || !could_be_name(k + 1)) return false;
    const std::string_view word = tokens_.text(k);
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  bool titled = tokens_.title(first);  // a title before the first name: "el alcalde Tomás Gil"
  for (std::size_t k = first + 1; k < run_end; ++k) {
    if (!named && tokens_.title(k)) titled = true;
    if (k == place_link) {
      end = run_end;
      break;
    }
    if (could_be_name(k)) {
      end = k + 1;
      named = true;
    } else if (number_in_name(k)) {
      continue;
    } else if (tokens_.title(k) && tokens_.capitalized(k)) {
      description = false;
    } else if (named && description && tokens_.title(k) && !tokens_.capitalized(k)) {
      end = k + 1;  // "a senior Cruz adviser", "the Trump campaign adviser Kellyanne Conway"
    } else if (named && !tokens_.title(k) && !tokens_.capitalized(k) && !particle(k)) {
      // "said Karen Olsen yesterday" ends at the name; "Democratic front-runner Hillary Clinton"
      // and "Republican party boss Reince Priebus" go on to the name after their role words.
      // A body's name runs on over its link to a name: "said the Bank of England", "the Telecom
      // Regulatory Authority of India", "the British Chambers of Commerce" (a person takes no "the").
      if (end == k && k + 1 < run_end && could_be_name(first + (is_description_start(first) ? 1 : 0)) &&
          words_.origin_links.contains_folded(tokens_.folded(k)) && tokens_.joined(k + 1) && could_be_name(k + 1) &&
          (names_a_body(words_, tokens_.folded(k - 1), false) || (is_description_start(first) && !tokens_.title(k - 1))))
        continue;
      std::size_t next = k;
      while (next < run_end && next - k < kMaxRoleWords && !could_be_name(next) && !tokens_.capitalized(next)) ++next;
      if (next < run_end && next - k < kMaxRoleWords && could_be_name(next) && next + 1 < run_end &&
          tokens_.joined(next + 1) && could_be_name(next + 1)) {
        k = next - 1;
        continue;
      }
      // A name after its title closes the mention: in "El alcalde Tomás Gil visitó la zona" the
      // words after the name are the predicate, no noun the name qualifies. (Not before the place
      // or body the person is of: "Representative Peter T. King of New York".)
      if (titled && !tokens_.possessive(end - 1) && !words_.capitalised_nouns && !words_.names_after_nouns &&
          !words_.origin_links.contains_folded(tokens_.folded(k))) {
        end = std::max(end, body_adjectives_end(first, end, k, run_end, limit));  // "della Protezione civile, X"
        break;
      }
      // Names that qualify a noun after them: a possessive ("Clinton’s campaign", on to a name
      // after its role words: "Clinton’s top foreign policy aide Jake Sullivan"), or names after a
      // determiner ("a Democratic strategist", "a senior Cruz adviser", "the Clinton campaign").
      const bool possessive = tokens_.possessive(end - 1);
      if (!possessive && !description) {
        // Names that qualify a group or role noun a few lower-case words on: "White House officials",
        // "Nuclear proliferation experts", "Federal labor organizations".
        std::size_t head = k;
        while (head < run_end && head - k < kMaxRoleWords && !tokens_.capitalized(head) && !tokens_.title(head) &&
               !is_source_word(head))
          ++head;
        if (head < run_end && head - k < kMaxRoleWords && !tokens_.capitalized(head) && (tokens_.title(head) || is_source_word(head)))
          end = head + 1;
        break;
      }
      if (possessive) {
        next = k;
        while (next < run_end && !tokens_.capitalized(next)) ++next;
        if (next < run_end && could_be_name(next)) {
          k = next - 1;
          continue;
        }
      }
      end = head_noun_end(k, run_end);
      // A compound noun after the names, to a run that closes: "said the printed Cruz slate card."
      if (description && run_closes && run_end > end && run_end - end < kMaxRoleWords) {
        bool nouns = true;
        for (std::size_t m = end; m < run_end && nouns; ++m)
          nouns = !tokens_.capitalized(m) && !words_.is_participle(tokens_.folded(m)) && !tokens_.in(m, words_.mention_links);
        if (nouns) end = run_end;
      }
      break;
    }
  }
  if (!named) end = run_end;
  // A description the word limit cuts ends on its last noun, not on a link ("une source au sein de
  // la préfecture de la Gironde" -> "... de la préfecture").
  while (!named && end > first + 1 && (tokens_.in(end - 1, words_.mention_links) || is_description_start(end - 1)))
    --end;
  // A description qualified by a name goes on over a link after its noun to the run's end ("said
  // one Democrat familiar with the discussion", "a Trump adviser close to the family").
  if (named && run_closes && !could_be_name(first) && end < run_end && !could_be_name(end - 1) &&
      (tokens_.phrase_at(words_.mention_links, end, run_end) || tokens_.phrase_at(words_.mention_links, end - 1, run_end) > 1 ||
       role_link(end)))
    end = run_end;
  // Where nouns are capitalised, a description ends with its noun: the lower-case words after it
  // belong to the predicate ("der Bundestrainer zufrieden:").
  if (!named && words_.capitalised_nouns)
    while (end > first + 1 && !tokens_.capitalized(end - 1)) --end;
  // A determiner alone names nobody ("what he calls the “lie”").
  if (end == first + 1 && (is_description_start(first) || tokens_.in(first, words_.title_modifiers))) return {};
  // A name in apposition after a description: "el presidente del Gobierno, Pedro Sánchez", also
  // one that a possessive opens ("Labour's shadow energy secretary, Ed Miliband").
  const bool described = !could_be_name(first) || (tokens_.possessive(first) && end > first + 1 && !could_be_name(end - 1));
  // (Particles may stand inside it: "Bruno Le Maire", "Ursula von der Leyen", "Lula da Silva".)
  auto name_word_at = [&](std::size_t k) {
    const bool inside = tokens_.in(k, words_.name_particles) && k + 1 < limit && tokens_.joined(k + 1) &&
                        (tokens_.capitalized(k) || (k > end && !words_.capitalised_nouns));  // (German "das Pontifikat")
    return could_be_name(k) ||
           (inside && (could_be_name(k + 1) || (k + 2 < limit && tokens_.in(k + 1, words_.name_particles) && could_be_name(k + 2))));
  };
  if (described && end < limit && is_comma_gap(tokens_.gap_before(end)) && could_be_name(end) &&
      end + 1 < limit && tokens_.joined(end + 1) && name_word_at(end + 1)) {
    std::size_t name_end = end + 2;
    while (name_end < limit && name_end - end < kMaxAppositionName && tokens_.joined(name_end) && name_word_at(name_end)) ++name_end;
    end = name_end;
  } else if (words_.capitalised_nouns && is_description_start(first) && end < limit && tokens_.joined(end) && is_preposition(end)) {
    // Where the description's place or body comes first: "die Sprecherin der Fraktion im
    // Bundestag, Anna Weiß" (the apposition needs a full name: two name words).
    constexpr std::size_t kMaxPlaceWords = 4;
    std::size_t k = end + 1;
    while (k < limit && k - end <= kMaxPlaceWords && tokens_.joined(k) && !tokens_.in(k, words_.cues) &&
           !tokens_.in(k, words_.complementizers) && !tokens_.in(k, words_.finite_verbs))
      ++k;
    if (k > end + 1 && k + 1 < limit && is_comma_gap(tokens_.gap_before(k)) && could_be_name(k) && tokens_.joined(k + 1) &&
        could_be_name(k + 1) && tokens_.capitalized(k - 1)) {
      std::size_t name_end = k + 2;
      while (name_end < limit && name_end - k < 4 && tokens_.joined(name_end) && could_be_name(name_end)) ++name_end;
      end = name_end;
    }
  }
  return {first, end};
}

}  // namespace article_lens
