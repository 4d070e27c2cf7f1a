#include "quotes/people.h"

#include <algorithm>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/name_case.h"
#include "quotes/oblique_names.h"
#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

constexpr std::size_t kMinNounStem = 3;  // of a common noun's ending ("Kritik"; "Leung" is a name)


bool in_headline(const QuoteTokens& tokens, std::size_t k) {
  const Document& document = tokens.document();
  const long sentence = document.sentence_at(tokens.span(k).begin);
  return sentence >= 0 && document.sentences[static_cast<std::size_t>(sentence)].role == SentenceRole::kHeadline;
}

// The text's first line, alone in its paragraph and closed by a full stop, written in title case:
// its function words and verbs are capitalised too ("Billionaire Ann Lee Says Harbor Plan Will Fail.").
bool title_cased_first_line(const QuoteTokens& tokens, const QuoteLexicon& words, std::size_t k) {
  const Document& document = tokens.document();
  if (document.sentence_at(tokens.span(k).begin) != 0 || document.sentences.size() < 2 || !tokens.in_title_case(k)) return false;
  const Span line = document.sentences[0].span;
  const std::string_view rest = document.text.substr(line.end, 4);
  if (!rest.starts_with("\n\n") && !rest.starts_with("\r\n\r\n")) return false;
  const std::size_t last = tokens.first_at_or_after(line.end);
  for (std::size_t m = tokens.first_at_or_after(line.begin) + 1; m < last; ++m)
    if (tokens.capitalized(m) && (tokens.in(m, words.cues) || tokens.in(m, words.mention_stops) || tokens.in(m, words.name_stopwords)))
      return true;
  return false;
}

// A headline in title case: a sentence the document marks as one, or the text's first line alone
// in its paragraph, with most words capitalised (not a lede: "President Ana Ruiz said ...").
bool headline_line(const QuoteTokens& tokens, std::size_t k) {
  if (!tokens.in_title_case(k)) return false;
  if (in_headline(tokens, k)) return true;
  const Document& document = tokens.document();
  if (document.sentence_at(tokens.span(k).begin) != 0 || document.sentences.size() < 2) return false;
  const std::string_view rest = document.text.substr(document.sentences[0].span.end, 4);
  return rest.starts_with("\n\n") || rest.starts_with("\r\n\r\n");
}

}  // namespace

bool is_acronym(std::string_view word) {
  std::size_t letters = 0, capitals = 0;
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = unicode::decode_at(word, i);
    i += cp.length;
    if (unicode::is_upper(cp.value)) ++capitals, ++letters;
    else if (unicode::is_lower(cp.value)) ++letters;
  }
  // (Or mostly capitals: "GDDKiA", "MSWiA"; not "McDonald".)
  return capitals >= 2 && (capitals == letters || letters <= 4 || (capitals >= 3 && 4 * capitals >= 3 * letters));
}

std::string_view strip_possessive(std::string_view word) {
  for (std::string_view possessive : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"})
    if (word.ends_with(possessive) && word.size() > possessive.size()) return word.substr(0, word.size() - possessive.size());
  return word;
}

bool is_honorific(const QuoteLexicon& words, std::string_view folded_word) {
  return WordSet::shared("honorifics", words.language).contains_folded(folded_word) ||
         WordSet::shared("first_name_honorifics", words.language).contains_folded(folded_word);
}

bool names_a_body(const QuoteLexicon& words, std::string_view folded_word, bool compounds) {
  const LexiconSet& bodies = words.organisation_words;
  if (bodies.contains_folded(folded_word)) return true;
  if (!compounds || !words.capitalised_nouns) return false;
  constexpr std::size_t kMinPart = 3;  // "Bundesamt"; two-letter entries ("ag") only stand alone
  for (std::size_t i = 3; i + kMinPart <= folded_word.size(); ++i)
    if ((static_cast<unsigned char>(folded_word[i]) & 0xC0) != 0x80 && bodies.contains_folded(folded_word.substr(i))) return true;
  return false;
}

bool PeopleIndex::genitive_of_bare_word(std::size_t k) const {
  if (capitalised_words_.empty()) return false;
  const std::string_view word = tokens_.text(k);
  for (const std::string& ending : words_.name_endings)
    if (word.size() > ending.size() + 2 && word.ends_with(ending) &&
        capitalised_words_.count(word.substr(0, word.size() - ending.size())))
      return true;
  return false;
}

std::string PeopleIndex::name_key(std::string_view folded_word) const {
  std::string_view word = strip_possessive(folded_word);
  if (const std::size_t h = word.rfind('-'); h != std::string_view::npos && h > 0 && h + 1 < word.size()) return name_key(word.substr(0, h)) + "-" + name_key(word.substr(h + 1));  // "Kosiniaka-Kamysza": each part declines
  for (const std::string& ending : words_.name_endings) {
    if (word.ends_with(ending) && unicode::count_code_points(word.substr(0, word.size() - ending.size())) >= 3) {
      word = word.substr(0, word.size() - ending.size());
      break;
    }
  }
  return std::string(word);
}

PeopleIndex::PeopleIndex(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words)
    : tokens_(tokens), mentions_(mentions), words_(words) {
  if (words.capitalised_nouns)
    for (std::size_t k = 0; k < tokens.size(); ++k)
      if (tokens.capitalized(k)) capitalised_words_.insert(tokens.text(k));
  // Runs of name words (with particles between them), each split into roles and a name.
  for (std::size_t i = 0; i < tokens.size();) {
    // (A title of several words that opens with a capital and goes on in lower case is the title,
    // not a name: "le Premier ministre Michel Barnier", whose run would otherwise stop at "ministre".)
    std::size_t title = mentions.title_at(i, tokens.size());
    if (mentions.is_name_word(i) && (title < 2 || tokens.capitalized(i + title - 1))) title = 0;
    if (!title && !mentions.is_name_word(i)) {
      ++i;
      continue;
    }
    // A cue opening its clause before the name is no part of it: "Said Dorothy Poynter, ...".
    if (!title && !tokens.joined(i) && tokens.in(i, words.cues) && i + 1 < tokens.size() && tokens.joined(i + 1) &&
        mentions.is_name_word(i + 1)) {
      ++i;
      continue;
    }
    std::size_t j = i + (title ? title : 1);
    while (j < tokens.size() && tokens.joined(j)) {
      // (Not a word with an ending only common nouns have: "gegen Bayern Kritik";
      // data/common_noun_endings_<lang>.txt.)
      if (mentions.is_name_word(j) && !lang_data::ends_with_entry("common_noun_endings", words.language, tokens.folded(j), kMinNounStem)) {
        ++j;
      } else if (const std::size_t t = mentions.title_at(j, tokens.size()); t && tokens.capitalized(j)) {
        j += t;
      } else if (tokens.in(j, words.name_particles) && tokens.in(j, words.coordinators) && j >= i + 2 && j + 2 < tokens.size() &&
                 mentions.is_name_word(j - 2) && tokens.joined(j + 1) && tokens.joined(j + 2) && mentions.is_name_word(j + 1) &&
                 mentions.is_name_word(j + 2)) {
        // A particle that is also "and", between two full names, joins two people: "Carlo Ancelotti
        // y Xabi Alonso", not one Iberian name ("José Ortega y Gasset", "Ramón y Cajal").
        break;
      } else if (tokens.in(j, words.name_particles) && j + 1 < tokens.size() && tokens.joined(j + 1) &&
                 mentions.is_name_word(j + 1) && !mentions.title_ending_at(j - 1, i) && !mentions.origin_particle(j)) {
        // After a title the particle links the place or body ("alcalde de Madrid"), not a name.
        j += 1;
      } else if (tokens.in(j, words.name_particles) && j + 2 < tokens.size() && tokens.in(j + 1, words.name_particles) && !mentions.origin_particle(j) &&
                 tokens.joined(j + 1) && tokens.joined(j + 2) && mentions.is_name_word(j + 2) && !mentions.title_ending_at(j - 1, i)) {
        j += 2;  // two particles: "Ursula von der Leyen"
      } else if (const std::size_t particles = mentions.noble_particles_at(j);
                 particles && mentions.in_particle_name(j - 1) && mentions.in_particle_name(j + particles) &&
                 !by_last_name_.count(name_key(tokens.folded(j - 1)))) {
        // Where a name word before a particle may be a noun: "Karl-Theodor zu Guttenberg", not
        // "sagte Scholz zu Journalisten" after "Olaf Scholz" (mention_particles.cpp).
        j += particles + 1;
      } else {
        break;
      }
    }
    // In a headline written in title case every word is capitalised: its runs are no names ("Obama:
    // I’m Optimistic Americans Will Say No"); the people it names are named again in the text.
    // "minister Eelco Heinen (Financiën)", "Dirk Beljaarts (Economische Zaken)": a run in brackets
    // right after a name is the person's department, party or place, no one of its own.
    if (!title && i > 0 && j < tokens.size() && mentions.is_name_word(i - 1) && tokens.gap_before(i).find('(') != std::string_view::npos &&
        tokens.gap_before(j).find(')') != std::string_view::npos) {
      i = j;
      continue;
    }
    // "spiega alla Repubblica Fabrizio Pregliasco, virologo": after a cue and the outlet told, a run
    // up to its comma ends in the speaker's first and last names; the outlet's words are no part of them.
    constexpr std::size_t kNameWords = 2;
    if (!title && i >= 2 && j - i > kNameWords && tokens.joined(i) && (j == tokens.size() || !tokens.joined(j)) &&
        tokens.in(i - 1, words.addressees) && tokens.joined(i - 1) &&
        (tokens.in(i - 2, words.cues) || tokens.in(i - 2, words.loaded_cues)) && mentions.is_name_word(j - kNameWords))
      i = j - kNameWords;
    if (words.capitalised_nouns || ((!in_headline(tokens, i) || !tokens.in_title_case(i)) && !title_cased_first_line(tokens, words, i)))
      add_name_run(i, j);
    i = j;
  }
  // Later mentions by last name ("Lukashenko said", "Putin’s invitation") once every name is known.
  std::vector<uint32_t> counted(people_.size(), 0);
  // A full name the text gives only in an oblique case ("со ссылкой на замминистра Андрея
  // Бусыгина"), whose surname it later writes in the nominative ("Бусыгин пояснил"): the name is
  // put in the nominative (data/name_genitives_<lang>.txt), once per person, at most. (Not where
  // a nominative woman's name reads as a man's genitive, "Ольга Андреева": no male "Андреев" alone.)
  std::vector<std::string> nominative_guess;
  if (!words.name_endings.empty() && !words.capitalised_nouns) nominative_guess.resize(people_.size());
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!tokens.capitalized(k)) continue;
    const int index = find_token(k);
    if (index < 0) continue;
    Person& person = people_[static_cast<std::size_t>(index)];
    // (The surname alone: in "Сергей Тимурович Пекпеев" it may be a namesake's.)
    const bool bare_surname = !(tokens.joined(k) && tokens.capitalized(k - 1)) &&
                              !(k + 1 < tokens.size() && tokens.joined(k + 1) && tokens.capitalized(k + 1));
    if (static_cast<std::size_t>(index) < nominative_guess.size() && person.name_words >= 2 && bare_surname &&
        !std::string_view(person.name).ends_with(tokens.text(k))) {
      std::string& guess = nominative_guess[static_cast<std::size_t>(index)];
      // The genitive's nominative, else the instrumental's ("z Piotrem Sową ... Sowa"), "-" for none.
      if (guess.empty()) {
        guess = nominative_name(person.name, words.language);
        if (guess.empty()) guess = nominative_name(person.name, words.language, "name_instrumentals");
        if (guess.empty()) guess.assign(1, '-');  // no nominative to be had: not asked again
      }
      const std::string_view surname = tokens.text(k);
      if (guess != "-" && guess.size() > surname.size() && std::string_view(guess).ends_with(surname) &&
          guess[guess.size() - surname.size() - 1] == ' ') {
        person.name = guess;
        guess.assign(1, '-');
      }
    }
    ++person.mentions;
    person.first_at = std::min(person.first_at, tokens.span(k).begin);
    if (mentioned_at_.empty() || mentioned_at_.back().second != index || tokens.span(k).begin > mentioned_at_.back().first + 64)
      mentioned_at_.emplace_back(tokens.span(k).begin, index);
  }
  uint32_t best = 0;
  for (std::size_t i = 0; i < people_.size(); ++i) {
    if (!people_[i].titled || people_[i].mentions <= best) continue;
    best = people_[i].mentions;
    main_subject_ = static_cast<int>(i);
  }
  if (main_subject_ < 0) {
    best = 1;
    for (std::size_t i = 0; i < people_.size(); ++i)
      if (people_[i].mentions > best) best = people_[i].mentions, main_subject_ = static_cast<int>(i);
  }
}

void PeopleIndex::add_name_run(std::size_t first, std::size_t last) {
  std::size_t name_start = first;
  if (!person_in_run(first, name_start, last)) return;
  const bool titled = name_start > first;

  std::vector<std::string> roles = roles_in_run(first, name_start);
  // (A role before the run goes on with the office the run begins: "président de la" + "République".)
  std::string in_run;
  for (std::size_t k = first; k < name_start; ++k) in_run.append(in_run.empty() ? "" : " ").append(strip_possessive(tokens_.folded(k)));
  for (auto& role : roles_around(first, last)) {
    if (name_start > first && role.find(' ') != std::string::npos) roles.push_back(role + " " + in_run);
    roles.push_back(std::move(role));
  }
  add_office_names(roles, first, name_start);
  // A role word written in an oblique case right before the name, which no title list holds as
  // written ("z ministrem Andrzejem Domańskim", "встретили пенсионерку Галину"), is held in the
  // nominative, as a description takes it up later ("Minister odpowiadał", "говорит пенсионерка").
  if (!genitive_openers_.empty() && roles.empty() && first == name_start && first > 0 && tokens_.joined(first) && !tokens_.capitalized(first - 1))
    if (std::string nominative = nominative_role(words_, tokens_.folded(first - 1), name_key(tokens_.folded(first - 1))); !nominative.empty()) roles.push_back(std::move(nominative));
  const Gender told = told_gender(roles, first, name_start, last);

  std::string key = name_key(tokens_.folded(last - 1));
  if (key.empty()) return;
  // Many people share a patronymic: a first name and patronymic ("Эмма Александровна") are one
  // key together, which a full name with them also holds ("Эмма Александровна Иришева").
  const std::string first_and_patronymic = last - name_start <= 3 ? patronymic_key(name_start + 1) : std::string();
  if (last - name_start == 2 && !first_and_patronymic.empty()) key = first_and_patronymic;
  int index = -1;
  if (const auto it = by_last_name_.find(key); it != by_last_name_.end()) index = it->second;
  if (index < 0 && !first_and_patronymic.empty())
    if (const auto it = by_last_name_.find(first_and_patronymic); it != by_last_name_.end()) index = it->second;
  // "Владимир Путин ... Владимир Владимирович": the one person so far with that first name.
  const bool by_patronymic = last - name_start == 2 && !first_and_patronymic.empty();
  if (index < 0 && by_patronymic)
    if (const auto it = by_first_name_.find(name_key(tokens_.folded(name_start))); it != by_first_name_.end() && it->second >= 0)
      index = it->second;
  if (index < 0) {
    index = static_cast<int>(people_.size());
    people_.emplace_back();
    by_last_name_.emplace(key, index);
  }
  if (!first_and_patronymic.empty()) {
    by_last_name_.emplace(first_and_patronymic, index);
    by_last_name_.emplace(name_key(tokens_.folded(name_start + 1)), index);  // the first so named, for a bare patronymic
  }
  // "Bill Clinton" and "Hillary Clinton, his wife": two people where the text gives them apart.
  // A headline capitalises every word, so the word before a last name there may be no first name
  // ("Republican Donor Adelson"): it tells no namesake apart.
  const bool headline = headline_line(tokens_, first);
  const bool first_name = last - name_start >= 2 && !headline;
  index = namesake(index, key, first_name ? name_key(tokens_.folded(name_start)) : std::string(), told);
  // An Iberian name's surname before its particle names the person too: "Lula" of "Luiz Inácio Lula
  // da Silva", "Rebelo" of "Marcelo Rebelo de Sousa" (not the first name).
  if (std::size_t particle = last - 1; last - name_start >= 3 && !headline) {
    while (particle > name_start + 1 && tokens_.in(particle - 1, words_.name_particles)) --particle;
    if (particle < last - 1 && particle - 1 > name_start && mentions_.is_name_word(particle - 1))
      by_last_name_.emplace(name_key(tokens_.folded(particle - 1)), index);
  }
  Person& person = people_[static_cast<std::size_t>(index)];
  if (person.first_key.empty() && first_name) person.first_key = name_key(tokens_.folded(name_start));
  if (told == Gender::kMale) ++person.told_male;
  if (told == Gender::kFemale) ++person.told_female;
  const auto name_words = static_cast<uint32_t>(last - name_start);
  const std::string_view last_word = strip_possessive(tokens_.text(last - 1));
  // The fullest name; of two as full, the one without a case ending ("Petra Vogt", not "Petra Vogts").
  const std::string_view folded_last = tokens_.folded(last - 1);
  const bool uninflected = name_words == person.name_words && name_key(folded_last) == folded_last && !by_patronymic &&
                           !std::string_view(person.name).ends_with(last_word);
  // (Not a fuller name with another first name: a namesake the text did not tell apart, "Эмма
  // Иришева" and her husband "Урлан Алексеевич Иришев".)
  const bool other_first = first_name && !person.first_key.empty() && person.first_key != name_key(tokens_.folded(name_start));
  const Span name{tokens_.span(name_start).begin, static_cast<uint32_t>(tokens_.span(last - 1).begin + last_word.size())};
  // A name first seen in an oblique case, seen again in the nominative ("Эммы Александровны", then
  // "Эмма Александровна"; only where the endings are known: data/name_genitives_<lang>.txt).
  const bool nominative_again = name_words == person.name_words && !genitive_openers_.empty() &&
                                tokens_.document().slice(name) != person.name &&
                                nominative_name(person.name, words_.language) == tokens_.document().slice(name);
  // Or seen with a given name in the nominative where it was only written in an oblique case ("з
  // Андрієм Садовим", then "Андрій Садовий"): the given name's stem opens the oblique form.
  const std::string_view seen_first = tokens_.folded(name_start);
  const std::string held_first = unicode::fold_case(std::string_view(person.name).substr(0, person.name.find(' ')));
  const bool given_name_again = !nominative_again && name_words == person.name_words && name_words >= 2 && !genitive_openers_.empty() &&
                                is_nominative_given_name(seen_first, words_.language) && !is_nominative_given_name(held_first, words_.language) &&
                                same_given_name(held_first, seen_first);
  if (nominative_again || given_name_again) person.name = std::string(tokens_.document().slice(name));
  // An adjectival surname put in the nominative as a noun's ("с Андреем Садовым" -> "Андрей Садов";
  // "-овым" ends both), then written in the nominative ("Андрей Садовый"): the text's form, the
  // guess's words with no more than an adjective's ending after them (same key, so one person).
  constexpr std::size_t kMaxEndingBytes = 4;
  const std::string_view seen = tokens_.document().slice(name);
  if (!nominative_again && name_words == person.name_words && !genitive_openers_.empty() && seen.size() > person.name.size() &&
      seen.size() - person.name.size() <= kMaxEndingBytes && seen.starts_with(person.name) && name_key(folded_last) != folded_last)
    person.name = std::string(seen);
  // A headline's words are capitalised whatever they are ("Republican Donor Adelson ..."): its name
  // gives way to one the body gives ("Sheldon Adelson"), and gives none where the body did.
  // (Not a shorter form of the headline's name: "Ayaan Hirsi Ali" stays, "Hirsi Ali" follows.)
  const std::string_view body_name = tokens_.document().slice(name);
  const bool body_over_headline = !headline && person.name_from_headline && name_words >= 2 && !other_first &&
                                  !std::string_view(person.name).ends_with(body_name);
  const bool keeps_body_name = headline && !person.name.empty() && !person.name_from_headline;
  if (!keeps_body_name && ((name_words > person.name_words && !other_first) || uninflected || body_over_headline)) {
    person.name_from_headline = headline;
    person.name = std::string(tokens_.document().slice(name));
    person.name_words = name_words;
    // "по словам Сергея Лаврова", "według Jacka Sasina": a name the case of which is certain is
    // given in the nominative; so is one whose patronymic shows the genitive ("Олега Леонидовича
    // Хорохордина"; data/patronymic_genitives_<lang>.txt).
    // The opener may stand before the person's lower-case role words ("zdaniem przewodniczącego
    // komisji Jana Kowalskiego"), which agree with the name, and the body the role serves ("за
    // словами речника Повітряних сил Юрія Ігната").
    // So is one after a preposition governing the instrumental ("с министром Олегом Роговым").
    // (Up to a body of four words and a rank: "według rzecznika Komendy Głównej Straży Pożarnej bryg.
    // Karola Kierzkowskiego"; over names in marks: "цитирует «Чемпионат» наставника «Ростова»
    // Валерия Карпина".)
    constexpr std::size_t kMaxRoleWordsBefore = 6;
    auto opened_by = [&](const WordSet& openers) {
      bool found = false;
      for (std::size_t end = first, roles = 0; !found && end >= 1 && tokens_.joined(end, true) && roles <= kMaxRoleWordsBefore; --end, ++roles) {
        found = openers.contains_folded(tokens_.folded(end - 1));
        if (!found && end >= 2 && tokens_.joined(end - 1)) {
          const std::string opener = std::string(tokens_.folded(end - 2)) + " " + std::string(tokens_.folded(end - 1));
          found = openers.contains_folded(opener);
        }
      }
      return found;
    };
    bool genitive = opened_by(genitive_openers_);
    if (!genitive && name_words == 3)
      genitive = lang_data::ends_with_entry("patronymic_genitives", words_.language, tokens_.folded(name_start + 1), 5);
    std::string nominative;
    if (genitive) nominative = nominative_name(person.name, words_.language);
    else if (!instrumental_openers_.empty() && opened_by(instrumental_openers_))
      nominative = nominative_name(person.name, words_.language, "name_instrumentals");
    if (nominative.empty() && name_words >= 2 && !genitive_openers_.empty()) nominative = nominative_by_given_name(person.name, words_.language);
    // (Not where an adjective's case form and a noun's share the surname's ending: "з Андрієм
    // Садовим" is Садовий, "з Олегом Роговим" Рогов; data/ambiguous_surname_endings_<lang>.txt.)
    if (lang_data::ends_with_entry("ambiguous_surname_endings", words_.language, folded_last, kMinNounStem)) nominative.clear();
    if (!nominative.empty()) {
      person.name = std::move(nominative);
      // The nominative surname finds the person too where its key differs from the case form's
      // (a fleeting vowel: "Андрія Кравця", then "Кравець сказав").
      by_last_name_.emplace(name_key(unicode::fold_case(std::string_view(person.name).substr(person.name.rfind(' ') + 1))), index);
    }
  }
  if (first_name) {
    const std::string first_key = name_key(tokens_.folded(name_start));
    const auto [it, inserted] = by_first_name_.emplace(first_key, index);
    if (!inserted && it->second != index) it->second = -2;
  }
  person.titled = person.titled || titled || !roles.empty();
  for (auto& role : roles) {
    const bool function_word = words_.determiners.contains_folded(role) || words_.indefinites.contains_folded(role) ||
                               words_.mention_links.contains_folded(role);
    if (!function_word && std::find(person.roles.begin(), person.roles.end(), role) == person.roles.end())
      person.roles.push_back(std::move(role));
  }
}

}  // namespace article_lens
