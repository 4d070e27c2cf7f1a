#include "quotes/people.h"

#include <algorithm>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/name_case.h"
#include "quotes/name_run_end.h"
#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// A name keeps at most this many words; more capitalised words before them are roles or places
// ("Russian Security Council Secretary Nikolai Patrushev").
constexpr std::size_t kMaxNameWords = 3;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) i += unicode::decode_at(s, i).length;
  return n;
}


bool in_headline(const QuoteTokens& tokens, std::size_t k) {
  const Document& document = tokens.document();
  const long sentence = document.sentence_at(tokens.span(k).begin);
  return sentence >= 0 && document.sentences[static_cast<std::size_t>(sentence)].role == SentenceRole::kHeadline;
}

// The text's first line, alone in its paragraph and closed by a full stop, written in title case:
// its function words and verbs are capitalised too ("Billionaire Ann Lee Says Harbor Plan Will Fail.").
bool title_cased_first_line(const QuoteTokens& tokens, const QuoteLexicon& words, std::size_t k) {
  const Document& document = tokens.document();
  if (document.sentence_at(tokens.span(k).begin) != 0 || document.sentences.size() < 2) return false;
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
    if (ends_with(word, possessive) && word.size() > possessive.size()) return word.substr(0, word.size() - possessive.size());
  return word;
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
    if (ends_with(word, ending) && code_points(word.substr(0, word.size() - ending.size())) >= 3) {
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
    const std::size_t title = mentions.is_name_word(i) ? 0 : mentions.title_at(i, tokens.size());
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
      if (mentions.is_name_word(j)) {
        ++j;
      } else if (const std::size_t t = mentions.title_at(j, tokens.size()); t && tokens.capitalized(j)) {
        j += t;
      } else if (tokens.in(j, words.name_particles) && j + 1 < tokens.size() && tokens.joined(j + 1) &&
                 mentions.is_name_word(j + 1) && !mentions.title_ending_at(j - 1, i)) {
        // After a title the particle links the place or body ("alcalde de Madrid"), not a name.
        j += 1;
      } else if (tokens.in(j, words.name_particles) && j + 2 < tokens.size() && tokens.in(j + 1, words.name_particles) &&
                 tokens.joined(j + 1) && tokens.joined(j + 2) && mentions.is_name_word(j + 2) && !mentions.title_ending_at(j - 1, i)) {
        j += 2;  // two particles: "Ursula von der Leyen"
      } else {
        break;
      }
    }
    // In a headline written in title case every word is capitalised: its runs are no names ("Obama:
    // I’m Optimistic Americans Will Say No"); the people it names are named again in the text.
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
  // "Sur Twitter Anne Hidalgo a dénoncé", "Su Facebook Matteo Renzi ha scritto": after a preposition
  // opening the place or medium (data/medium_prepositions_<lang>.txt), the run's first word is that
  // place or medium, where a name of two words follows.
  constexpr std::size_t kMinRunWithMedium = 3;
  if (first > 0 && last - first >= kMinRunWithMedium && tokens_.joined(first) && tokens_.joined(first + 1) &&
      !mentions_.title_at(first, last) && medium_prepositions_.contains_folded(tokens_.folded(first - 1)))
    ++first;
  // A club, company or party is no person a pronoun can mean: its word ends the run or follows it
  // ("Deutsche Bank", "Siemens AG"), opens it as a club's letters ("FC Bayern München"), or ends
  // the noun before it ("beim Fußballverein Benfica Lissabon"). A body named whole before a name
  // is where the person sits ("die Abgeordnete im Landtag Gudrun Pieper").
  // (Short words that only end a body's name, data/body_last_words_<lang>.txt: "Fox News", "Our
  // Principles PAC"; not before a name as a club's letters are: "Fox News host Sean Hannity".)
  auto body_at_end = [&](std::size_t k) {
    return names_a_body(words_, tokens_.folded(k), false) || body_last_words_.contains_folded(tokens_.folded(k));
  };
  auto body_at_start = [&](std::size_t k) {
    const std::string_view word = tokens_.folded(k);
    constexpr std::size_t kMaxClubLetters = 4;  // "fc", "vfb", "e.v."
    const bool whole = names_a_body(words_, word, false);
    return whole ? word.size() <= kMaxClubLetters : names_a_body(words_, word, true);
  };
  if (body_at_end(last - 1) || (last < tokens_.size() && tokens_.joined(last) && body_at_end(last)) || body_at_start(first) ||
      (first > 0 && tokens_.joined(first) && body_at_start(first - 1)))
    return;
  // "im Dorf Kfar Jassuf", "in Wendisch Rietz": a run right after a place noun or a preposition of
  // place (data/place_nouns_<lang>.txt, place_prepositions_<lang>.txt) names a place.
  // (Not before a title: "Vertrauen in Kanzlerin Vera Lind".)
  if (first > 0 && tokens_.joined(first) && !mentions_.title_at(first, last) &&
      (WordSet::shared("place_prepositions", words_.language).contains_folded(tokens_.folded(first - 1)) ||
       WordSet::shared("place_nouns", words_.language).contains_folded(tokens_.folded(first - 1))))
    return;
  // The body or place of a description set before a name ("el consejero de Sanidad de Madrid,
  // Fernando Prados") names no person.
  if (last < tokens_.size() && mentions_.leading_description(last) < first) return;
  // Everything up to the last title is role ("Belarusian President"); the rest is the name.
  std::size_t name_start = first;
  for (std::size_t k = first; k < last; ++k)
    if (const std::size_t title = mentions_.is_name_word(k) ? 0 : mentions_.title_at(k, last))  // (not "Bruno Le Maire")
      name_start = k + title, k += title - 1;
  // Words after a full name that are the person's place or day: "Ted Cruz South Carolina".
  last = name_run_end(tokens_, place_openers_, name_start, last);
  // A possessive before the name is the place or body the person belongs to: "Florida’s Rick
  // Wilson", "Sanders’ campaign manager Jeff Weaver".
  // (Not after a full name: "Carly Fiorina's High-Stakes Battle" names her.)
  for (std::size_t k = name_start; k + 1 < last; ++k) {
    if (last - k < 3) break;  // a name of two words or more follows the owner
    const bool owner_named_apart = k == name_start || names_a_body(words_, strip_possessive(tokens_.folded(k)), false) ||
                                   place_openers_.contains_folded(tokens_.folded(name_start));
    if (tokens_.possessive(k) && owner_named_apart) name_start = k + 1;
  }
  // A place opens a short run, with no title before it: "South Carolina", "New York City"
  // (data/place_openers_<lang>.txt); not "New York Gov. Andrew Cuomo".
  constexpr std::size_t kMaxPlaceWords = 3;
  if (name_start == first && last - first <= kMaxPlaceWords && place_openers_.contains_folded(tokens_.folded(first))) return;
  // At most three name words, with the particles between them ("Ursula von der Leyen"); four
  // where a particle shows an Iberian name ("Luiz Inácio Lula da Silva").
  bool particle = false;
  for (std::size_t k = name_start + 1; k + 1 < last; ++k) particle = particle || tokens_.in(k, words_.name_particles);
  const std::size_t max_words = particle ? kMaxNameWords + 1 : kMaxNameWords;
  for (std::size_t k = last, words = 0; k-- > name_start;) {
    if (tokens_.in(k, words_.name_particles)) continue;
    if (++words == max_words) {
      name_start = k;
      break;
    }
  }
  // After a title and its link, the run's first word is the place or body ("sindaco di Milano
  // Giuseppe Sala", "alcalde de Madrid José Almeida"): the name is the rest.
  // (Also over an elided article: "ministre de l'Intérieur Paul Garnier".)
  std::size_t link = first - 1;
  if (first >= 3 && tokens_.elided(link) && !tokens_.in(link, words_.mention_links) && tokens_.joined(link)) --link;
  // (And over an article after the link: "président de la République Emmanuel Macron".)
  else if (first >= 3 && tokens_.in(link, words_.determiners) && tokens_.in(link - 1, words_.mention_links) && tokens_.joined(link))
    --link;
  if (name_start == first && last - first == 3 && first >= 2 && tokens_.joined(first) &&
      (tokens_.in(link, words_.mention_links) || tokens_.in(link, words_.name_particles)) && tokens_.joined(link) &&
      mentions_.title_ending_at(link - 1, link >= 3 ? link - 3 : 0))
    ++name_start;
  // Three words make a name only with a middle name or patronymic ("Александр Григорьевич
  // Лукашенко"); otherwise the first is a place or party ("Президент Белоруссии Александр Лукашенко").
  if (last - name_start == 3 && !words_.patronymic_endings.empty()) {
    const std::string_view middle = tokens_.folded(name_start + 1);
    bool patronymic = false;
    for (const std::string& ending : words_.patronymic_endings)
      patronymic = patronymic || (middle.size() > ending.size() && middle.substr(middle.size() - ending.size()) == ending);
    if (!patronymic) ++name_start;
  }
  // With no patronymics (Polish), three words after a title open with the party, body or place in
  // the genitive: "posłanka Lewicy Anna Żukowska" (data/body_genitive_endings_<lang>.txt).
  if (last - name_start == 3 && name_start > first && words_.patronymic_endings.empty()) {
    const std::string_view word = tokens_.folded(name_start);
    for (std::string_view ending : lang_data::entries("body_genitive_endings", words_.language))
      if (word.size() > ending.size() + 2 && word.ends_with(ending)) {
        ++name_start;
        break;
      }
  }
  // An acronym before a full name is the person's party or body ("poseł PiS Jacek Sasin").
  while (last - name_start > 2 && is_acronym(tokens_.text(name_start))) ++name_start;
  while (name_start < last && !mentions_.is_name_word(name_start)) ++name_start;  // a particle
  // A word before a first name the article already gave this person is no part of the name
  // ("über Absetzung Swantje Hartmanns" after "Swantje Hartmann").
  if (last - name_start == 3) {
    const auto known = by_first_name_.find(name_key(tokens_.folded(name_start + 1)));
    const auto same = by_last_name_.find(name_key(tokens_.folded(last - 1)));
    if (known != by_first_name_.end() && same != by_last_name_.end() && known->second == same->second) ++name_start;
  }
  const bool titled = name_start > first;
  // After a title, one word that names the place or body the title serves is no person: a genitive
  // ending that only such words take ("мэр Москвы", "rzecznik Pentagonu";
  // data/title_genitive_endings_<lang>.txt), or where nouns are capitalised, the genitive of a
  // name the text also writes bare ("der Präsident Frankreichs" beside "Frankreich").
  if (titled && last - name_start == 1 &&
      (serves_place_or_body(tokens_.folded(name_start), words_.language) || genitive_of_bare_word(name_start) ||
       genitive_after_described_title(name_start)))
    return;
  // Nor an adjective opening the body's name, its noun in lower case after it: "Речник Повітряних
  // сил Юрій Ігнат" (data/adjective_endings_<lang>.txt; not "депутат Черных заявил").
  if (titled && last - name_start == 1 && last < tokens_.size() && tokens_.joined(last) && !tokens_.capitalized(last) &&
      !tokens_.in(last, words_.cues) && !tokens_.in(last, words_.mention_stops) && !tokens_.in(last, words_.fillers))
    for (std::string_view ending : lang_data::entries("adjective_endings", words_.language))
      if (tokens_.folded(name_start).size() > ending.size() + 2 && tokens_.folded(name_start).ends_with(ending)) return;
  // A title before a body's acronym is a role of that body ("глава МИД", "Chef der SPD"), no person.
  if (last - name_start == 1 && is_acronym(tokens_.text(name_start))) return;
  if (name_start >= last || (last - name_start < 2 && !titled)) return;  // one capitalised word names no one yet
  // Where nouns are capitalised, the genitive of a surname already given, then a noun, is a thing
  // that person has: "Merkels Politik" after "Angela Merkel" (not "Andreas Beck" after "Andrea Nahles";
  // and a person's relative or role is someone: "Demjanjuks Sohn", "Merkels Sprecher").
  if (words_.capitalised_nouns && !titled && last - name_start == 2 && tokens_.folded(name_start).ends_with('s') &&
      !tokens_.title(last - 1) && word_gender(words_, tokens_.folded(last - 1)) == Gender::kUnknown &&
      name_key(tokens_.folded(name_start)).size() < tokens_.folded(name_start).size() &&
      by_last_name_.count(name_key(tokens_.folded(name_start))) && !by_last_name_.count(name_key(tokens_.folded(last - 1))))
    return;
  // "Госдумы РФ", "МЧС России", "Республике Алтай": a run ending or opening with an acronym, or opened by a word that heads the
  // names of places and bodies (data/place_heads_<lang>.txt), names no person -- unless a full name
  // follows the body ("Marszałek Sejmu Szymon Hołownia").
  const WordSet& place_heads = place_heads_;
  // (A body's name runs on over a particle to what it serves: "Serviço Nacional de Saúde".)
  if (place_heads.contains_folded(tokens_.folded(name_start)))
    for (std::size_t k = name_start + 1; k + 1 < last; ++k)
      if (tokens_.in(k, words_.name_particles)) return;
  while (last - name_start > 2 && place_heads.contains_folded(tokens_.folded(name_start))) ++name_start;
  if (place_heads.contains_folded(tokens_.folded(name_start))) return;
  // (An acronym is short: "РФ", "МЧС"; a surname in capitals is a name: "Александр ВИЛИСОВ".)
  auto short_acronym = [&](std::size_t k) { return is_acronym(tokens_.text(k)) && code_points(tokens_.text(k)) <= 4; };
  if (words_.names_after_nouns && (short_acronym(last - 1) || short_acronym(name_start))) return;

  std::vector<std::string> roles = roles_in_run(first, name_start);
  // (A role before the run goes on with the office the run begins: "président de la" + "République".)
  std::string in_run;
  for (std::size_t k = first; k < name_start; ++k) in_run.append(in_run.empty() ? "" : " ").append(strip_possessive(tokens_.folded(k)));
  for (auto& role : roles_around(first, last)) {
    if (name_start > first && role.find(' ') != std::string::npos) roles.push_back(role + " " + in_run);
    roles.push_back(std::move(role));
  }
  add_office_names(roles, first, name_start);
  Gender told = Gender::kUnknown;  // "Mr.", "spokeswoman", "his wife" around this name
  for (const std::string& role : roles)
    if (const Gender g = word_gender(words_, role); g != Gender::kUnknown) told = g;
  // A common woman's given name opening a full name ("Mary Dunn met Paul Grant. ... she said",
  // "Ольга Андреева"; data/given_names_female_<lang>.txt; names both genders carry are not in it).
  // (A list of men's names was tried too: it moved more speakers than it mended on PolNeAR, where
  // "he" is the default.)
  if (told == Gender::kUnknown && last - name_start >= 2 &&
      WordSet::shared("given_names_female", words_.language).contains_folded(tokens_.folded(name_start)))
    told = Gender::kFemale;
  // A surname ending only one gender's forms take ("Силуанов", "Sikorski"; data/surname_genders_<lang>.txt).
  for (std::string_view line : lang_data::entries("surname_genders", words_.language)) {
    if (told != Gender::kUnknown || line.size() < 3) break;
    const std::string_view surname = tokens_.folded(last - 1), ending = line.substr(2);
    if (surname.size() > ending.size() + 2 && surname.ends_with(ending)) told = line[0] == 'm' ? Gender::kMale : Gender::kFemale;
  }
  // Where a title's article shows its gender ("la ministre de la Culture, Rachida Dati", "a
  // presidente do PT, Gleisi Hoffmann", "la portavoz Pilar Alegría"): data/*_determiners_<lang>.txt.
  if (told == Gender::kUnknown) {
    std::size_t article = mentions_.leading_description(name_start);
    if (article == name_start && name_start > first && first > 0 && tokens_.joined(first)) article = first - 1;
    if (article != name_start) {
      if (WordSet::shared("feminine_determiners", words_.language).contains_folded(tokens_.folded(article))) told = Gender::kFemale;
      else if (WordSet::shared("masculine_determiners", words_.language).contains_folded(tokens_.folded(article))) told = Gender::kMale;
    }
  }

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
  if (nominative_again) person.name = std::string(tokens_.document().slice(name));
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
    constexpr std::size_t kMaxRoleWordsBefore = 4;
    auto opened_by = [&](const WordSet& openers) {
      bool found = false;
      for (std::size_t end = first, roles = 0; !found && end >= 1 && tokens_.joined(end) && roles <= kMaxRoleWordsBefore; --end, ++roles) {
        found = openers.contains_folded(tokens_.folded(end - 1));
        if (!found && end >= 2 && tokens_.joined(end - 1)) {
          const std::string opener = std::string(tokens_.folded(end - 2)) + " " + std::string(tokens_.folded(end - 1));
          found = openers.contains_folded(opener);
        }
      }
      return found;
    };
    bool genitive = opened_by(genitive_openers_);
    if (!genitive && name_words == 3) {
      const std::string_view middle = tokens_.folded(name_start + 1);
      for (const std::string_view ending : lang_data::entries("patronymic_genitives", words_.language))
        genitive = genitive || (middle.size() > ending.size() + 4 && middle.ends_with(ending));
    }
    std::string nominative;
    if (genitive) nominative = nominative_name(person.name, words_.language);
    else if (!instrumental_openers_.empty() && opened_by(instrumental_openers_))
      nominative = nominative_name(person.name, words_.language, "name_instrumentals");
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
