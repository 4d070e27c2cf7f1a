// Where a run of capitalised name words splits into a person's roles and name: "Belarusian
// President Aleksandr Lukashenko", "sindaco di Milano Giuseppe Sala", "posłanka Lewicy Anna
// Żukowska"; and the runs that name no person at all: bodies, places, a title before a body.
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/name_case.h"
#include "quotes/name_run_end.h"
#include "quotes/people.h"
#include "quotes/quote_marks.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// A name keeps at most this many words; more capitalised words before them are roles or places
// ("Russian Security Council Secretary Nikolai Patrushev").
constexpr std::size_t kMaxNameWords = 3;

}  // namespace

bool PeopleIndex::person_in_run(std::size_t& first, std::size_t& name_start, std::size_t& last) const {
  // "na Cidade do Futebol", "au Tribunal de Bobigny": after a link, one or two words that a place's
  // or body's word before the link opens are the rest of its name (data/place_heads_<lang>.txt), no
  // person; not a full name ("le juge du Tribunal de Lille Marc Dupont" runs on past the place).
  // (Or the whole run, the place's word and its link with them.)
  constexpr std::size_t kMaxPlaceNameWords = 2;
  if (first >= 2 && last - first <= kMaxPlaceNameWords && tokens_.joined(first) && tokens_.joined(first - 1) &&
      tokens_.in(first - 1, words_.name_particles) && tokens_.capitalized(first - 2) &&
      place_heads_.contains_folded(tokens_.folded(first - 2)) && !mentions_.is_given_name(first))
    return false;
  if (last - first > 2 && last - first <= 2 + kMaxPlaceNameWords && tokens_.in(first + 1, words_.name_particles) &&
      place_heads_.contains_folded(tokens_.folded(first)) && !mentions_.is_given_name(first + 2))
    return false;
  // "ha detto al Corriere della Sera", "disse ao Diário de Notícias": after the preposition of the
  // outlet told, a newspaper's name that runs on over a particle (data/outlet_openers_<lang>.txt).
  if (first > 0 && last - first > 2 && last - first <= 2 + kMaxPlaceNameWords && tokens_.joined(first) &&
      tokens_.in(first + 1, words_.name_particles) && tokens_.in(first - 1, words_.addressees) &&
      WordSet::shared("outlet_openers", words_.language).contains_folded(tokens_.folded(first)))
    return false;
  // "Sur Twitter Anne Hidalgo a dénoncé", "Su Facebook Matteo Renzi ha scritto": after a preposition
  // opening the place or medium (data/medium_prepositions_<lang>.txt), the run's first word is that
  // place or medium, where a name of two words follows.
  constexpr std::size_t kMinRunWithMedium = 3;
  if (first > 0 && last - first >= kMinRunWithMedium && tokens_.joined(first) && tokens_.joined(first + 1) &&
      !mentions_.title_at(first, last) && medium_prepositions_.contains_folded(tokens_.folded(first - 1)))
    ++first;
  // "Resident Paul Evans said": a word for a person by their part in the story, capitalised only
  // because it opens the sentence, is their role, not their first name (data/person_nouns_<lang>.txt;
  // mid-sentence it is lower case, "local resident Paul Evans").
  if (!words_.capitalised_nouns && last - first >= kMinRunWithMedium && tokens_.joined(first + 1) &&
      person_nouns_.contains_folded(tokens_.folded(first)) &&
      tokens_.document().sentence_at(tokens_.span(first).begin) != (first > 0 ? tokens_.document().sentence_at(tokens_.span(first - 1).begin) : -1))
    ++first;
  // So is a town in the locative after its preposition ("rzeczniczka KPP w Myślenicach Magdalena
  // Sołtys"): an ending no name takes (data/locative_endings_<lang>.txt; the prepositions:
  // data/place_links_<lang>.txt).
  if (first > 0 && last - first >= kMinRunWithMedium && tokens_.joined(first) && tokens_.joined(first + 1) &&
      WordSet::shared("place_links", words_.language).contains_folded(tokens_.folded(first - 1)) &&
      lang_data::ends_with_entry("locative_endings", words_.language, tokens_.folded(first), 3))
    ++first;
  // "wójt gminy Zawonia Jan Kowalski": after a place's head word, the place's name runs up to a
  // first name the tables know (data/place_heads_<lang>.txt, given_names_*_<lang>.txt).
  if (first > 0 && last - first >= 3 && tokens_.joined(first) && place_heads_.contains_folded(tokens_.folded(first - 1)))
    for (std::size_t k = first + 1; k + 1 < last && k <= first + kMaxPlaceNameWords; ++k)
      if (mentions_.is_given_name(k)) {
        first = k;
        break;
      }
  // "Zdaniem Rafała Trzaskowskiego Warszawa potrzebuje": after a phrase governing the genitive, the
  // clause's subject may follow the name with no comma between.
  bool all_capitalised = true;  // (not a title's run: "według posła Mariusza Wójcika")
  for (std::size_t k = first; k < last && all_capitalised; ++k) all_capitalised = tokens_.capitalized(k);
  if (all_capitalised && first > 0 && tokens_.joined(first) &&
      (genitive_openers_.contains_folded(tokens_.folded(first - 1)) ||
       (first > 1 && tokens_.joined(first - 1) &&
        genitive_openers_.contains_folded(std::string(tokens_.folded(first - 2)) + " " + std::string(tokens_.folded(first - 1))))) &&
      genitive_name_then_word(tokens_.document().slice({tokens_.span(first).begin, tokens_.span(last - 1).end}), words_.language))
    --last;
  // "Как сказал Дмитрий Песков Зеленскому": after a cue, a first name and surname, then the one
  // told in the dative (not a patronymic and a surname: "сказал Сергей Кужугетович Шойгу";
  // data/name_datives_<lang>.txt).
  // (Not after a quoting verb, whose object is in the accusative, after the medium that quotes:
  // "цитирует ТАСС Анну Попову", "цитирует Интерфакс Марию Захарову".)
  if (all_capitalised && last - first == 3 && first > 0 && tokens_.joined(first) && tokens_.in(first - 1, words_.cues) &&
      !words_.quoting_verbs.contains_folded(tokens_.folded(first - 1)) && !is_acronym(tokens_.text(first)) &&
      !nominative_surname(tokens_.text(last - 1), words_.language, "name_datives").empty() &&
      !words_.is_patronymic(tokens_.folded(first + 1)))
    --last;
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
    return whole ? word.size() <= kMaxClubLetters && tokens_.text(k) != word : names_a_body(words_, word, true);  // (not "bank chief Ann Roe")
  };
  // (After a person's title, a first name and a last word that also ends places is a surname:
  // "Judge Peter Lane", "Mr Justice Tom Hall", not "Drury Lane"; after an honorific the surname
  // alone: "Mr Justice Lane", data/honorifics_<lang>.txt.)
  std::size_t after_titles = first;
  while (after_titles < last)
    if (const std::size_t title = mentions_.title_at(after_titles, last); title > 0) after_titles += title;
    else break;
  const std::size_t name_words = last - after_titles;
  const bool honorific = WordSet::shared("honorifics", words_.language).contains_folded(tokens_.folded(first));
  const bool surname_after_title = after_titles > first && tokens_.title(first) && (name_words == 2 || (name_words == 1 && honorific)) &&
                                   (name_words == 1 || (!body_at_end(after_titles) && !place_openers_.contains_folded(tokens_.folded(after_titles))));
  // A club's word anywhere in the run, not before a title, makes it the club's name: "Sport Club
  // Internacional", "Sporting Clube de Portugal" (data/club_words_<lang>.txt).
  const WordSet& club_words = WordSet::shared("club_words", words_.language);
  bool club = false;
  for (std::size_t k = first; k < last && !club && !club_words.empty(); ++k)
    club = tokens_.capitalized(k) && club_words.contains_folded(tokens_.folded(k)) && !(k + 1 < last && tokens_.title(k + 1));
  if (club || (body_at_end(last - 1) && !surname_after_title) || (last < tokens_.size() && tokens_.joined(last) && body_at_end(last)) || body_at_start(first) ||
      (first > 0 && tokens_.joined(first) && body_at_start(first - 1)) || mentions_.opens_body_name(first))
    return false;
  // "im Dorf Kfar Jassuf", "in Wendisch Rietz": a run right after a place noun or a preposition of
  // place (data/place_nouns_<lang>.txt, place_prepositions_<lang>.txt) names a place.
  // (Not before a title: "Vertrauen in Kanzlerin Vera Lind". Nor where a role held at the place
  // comes before it, the name after the place: "la présidente du groupe au Sénat Hélène Garnier";
  // data/place_links_<lang>.txt.)
  constexpr std::size_t kMaxRoleReach = 5;  // "président du groupe socialiste au"
  auto role_before = [&] {
    if (!WordSet::shared("place_links", words_.language).contains_folded(tokens_.folded(first - 1))) return false;
    for (std::size_t k = first - 1; k > 0 && first - k <= kMaxRoleReach && tokens_.joined(k); --k)
      if (tokens_.title(k - 1)) return true;
    return false;
  };
  if (first > 0 && tokens_.joined(first) && !mentions_.title_at(first, last) &&
      (WordSet::shared("place_prepositions", words_.language).contains_folded(tokens_.folded(first - 1)) ||
       WordSet::shared("place_nouns", words_.language).contains_folded(tokens_.folded(first - 1))) &&
      !role_before())
    return false;
  // "after the defeat at Villa Park", "the game at Turf Moor": a run after a preposition of place
  // or venue that ends in a word of grounds and parks names the ground, though the word is also a
  // surname ("Grace Park"; after a title it is one: "Mrs Grace Park"; data/venue_words_<lang>.txt,
  // venue_prepositions_<lang>.txt).
  if (first > 0 && tokens_.joined(first) && last - first >= 2 && !mentions_.title_at(first, last) &&
      WordSet::shared("venue_prepositions", words_.language).contains_folded(tokens_.folded(first - 1)) &&
      WordSet::shared("venue_words", words_.language).contains_folded(tokens_.folded(last - 1)))
    return false;
  // The body or place of a description set before a name ("el consejero de Sanidad de Madrid,
  // Fernando Prados") names no person.
  if (last < tokens_.size() && mentions_.leading_description(last) < first) return false;
  // Everything up to the last title is role ("Belarusian President"); the rest is the name.
  name_start = first;
  for (std::size_t k = first; k < last; ++k)
    if (const std::size_t title = mentions_.is_name_word(k) ? 0 : mentions_.title_at(k, last))  // (not "Bruno Le Maire")
      name_start = k + title, k += title - 1;
  // A capitalised epithet after an article opens the run as a role, not a name: "le Français
  // Kylian Mbappé", "l'Argentin Lionel Messi" (data/epithet_nouns_<lang>.txt; a name of two words
  // follows). Not where the adjective is capitalised too: "the Australian Financial Review".
  if (words_.capitalised_demonyms && name_start == first && last - first >= 3 && first > 0 && tokens_.joined(first) &&
      tokens_.in(first - 1, words_.determiners) && WordSet::shared("epithet_nouns", words_.language).contains_folded(tokens_.folded(first)))
    name_start = first + 1;
  // One name after its owner, where they are a cue's subject: sport copy names a player or club
  // official by one name, "Arsenal's Edu said", "Real Madrid's Modric told"; a thing owned speaks
  // no words, nor does a body's word: "the Commissioner's Office said".
  if (last - name_start >= 2 && tokens_.possessive(last - 2) && last < tokens_.size() && tokens_.joined(last) &&
      tokens_.in(last, words_.cues) && !body_at_end(last - 1) && !place_heads_.contains_folded(tokens_.folded(last - 1)))
    name_start = last - 1;
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
  // (data/place_openers_<lang>.txt); not "New York Gov. Andrew Cuomo". Also after its owner:
  // "Cruz’s South Carolina coalition".
  constexpr std::size_t kMaxPlaceWords = 3;
  const bool after_owner = name_start > first && tokens_.possessive(name_start - 1);
  if ((name_start == first || after_owner) && last - name_start <= kMaxPlaceWords &&
      place_openers_.contains_folded(tokens_.folded(name_start)))
    return false;
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
  // A possessive the cut left opening the name is its owner's last word: "Sky News' Beth Rigby",
  // "Al Jazeera's Hamdah Salhut" (the outlet's name is longer than one word).
  if (last - name_start >= 3 && tokens_.possessive(name_start)) ++name_start;
  // After a preposition fused with an article, a run of four words is a body's two and a name's
  // two: "el delantero del Real Madrid Kylian Mbappé", "le président du Paris Saint-Germain Nasser
  // al-Khelaïfi" (data/article_contractions_<lang>.txt; a name of three words follows a body of
  // more, which the three-word limit above already cuts: "del Partido Popular Alberto Núñez Feijóo").
  constexpr std::size_t kBodyAndNameWords = 4;
  if (name_start == first + 1 && last - first == kBodyAndNameWords && first > 0 && tokens_.joined(first) && !particle &&
      WordSet::shared("article_contractions", words_.language).contains_folded(tokens_.folded(first - 1)))
    name_start = last - 2;
  // After a title and its link, the run's first word is the place or body ("sindaco di Milano
  // Giuseppe Sala", "alcalde de Madrid José Almeida"): the name is the rest.
  // (Also over an elided article: "ministre de l'Intérieur Paul Garnier".)
  std::size_t link = first - 1;
  if (first >= 3 && tokens_.elided(link) && !tokens_.in(link, words_.mention_links) && tokens_.joined(link)) --link;
  // (And over an article after the link: "président de la République Emmanuel Macron".)
  else if (first >= 3 && tokens_.in(link, words_.determiners) && tokens_.in(link - 1, words_.mention_links) && tokens_.joined(link))
    --link;
  // (Its particles aside: "governatore della Campania Vincenzo De Luca".)
  std::size_t run_words = 0;
  for (std::size_t k = first; k < last; ++k) run_words += tokens_.in(k, words_.name_particles) ? 0 : 1;
  if (name_start == first && run_words == 3 && first >= 2 && tokens_.joined(first) &&
      (tokens_.in(link, words_.mention_links) || tokens_.in(link, words_.name_particles)) && tokens_.joined(link) &&
      mentions_.title_ending_at(link - 1, link >= 3 ? link - 3 : 0))
    ++name_start;
  // Three words make a name only with a middle name or patronymic ("Александр Григорьевич
  // Лукашенко"); otherwise the first is a place or party ("Президент Белоруссии Александр Лукашенко").
  if (last - name_start == 3 && !words_.patronymic_endings.empty() && !words_.is_patronymic(tokens_.folded(name_start + 1)))
    ++name_start;
  // With no patronymics (Polish), three words after a title open with the party, body or place in
  // the genitive: "posłanka Lewicy Anna Żukowska" (data/body_genitive_endings_<lang>.txt).
  // (Or after a title and the lower-case noun it serves: "kapitan reprezentacji Polski Robert Lewandowski".)
  const bool after_title_noun = first >= 2 && tokens_.joined(first) && tokens_.joined(first - 1) && !tokens_.capitalized(first - 1) &&
                                mentions_.title_ending_at(first - 2, first >= 4 ? first - 4 : 0) > 0;
  if (last - name_start == 3 && (name_start > first || after_title_noun) && words_.patronymic_endings.empty() &&
      lang_data::ends_with_entry("body_genitive_endings", words_.language, tokens_.folded(name_start), 3)) {
    ++name_start;
    // (Unless an adjective goes on with the body's name: "rzecznik Komendy Wojewódzkiej Policji"
    // names no one; data/adjective_endings_<lang>.txt.)
    if (lang_data::ends_with_entry("adjective_endings", words_.language, tokens_.folded(name_start), 3)) return false;
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
    return false;
  // Nor a run that ends in a region's adjective before its lower-case noun: "в пресс-службе
  // Госавтоинспекции Свердловской области", "Поліції Київської області" (data/region_nouns_<lang>.txt).
  if (last < tokens_.size() && tokens_.joined(last) && !tokens_.capitalized(last) &&
      WordSet::shared("region_nouns", words_.language).contains_folded(tokens_.folded(last)) &&
      lang_data::ends_with_entry("adjective_endings", words_.language, tokens_.folded(last - 1), 3))
    return false;
  // Nor an adjective opening the body's name, its noun in lower case after it: "Речник Повітряних
  // сил Юрій Ігнат" (data/adjective_endings_<lang>.txt; not "депутат Черных заявил").
  if (titled && last - name_start == 1 && last < tokens_.size() && tokens_.joined(last) && !tokens_.capitalized(last) &&
      !tokens_.in(last, words_.cues) && !tokens_.in(last, words_.mention_stops) && !tokens_.in(last, words_.fillers))
    if (lang_data::ends_with_entry("adjective_endings", words_.language, tokens_.folded(name_start), 3)) return false;
  // A title before a body's acronym is a role of that body ("глава МИД", "Chef der SPD"), no person.
  if (last - name_start == 1 && is_acronym(tokens_.text(name_start))) return false;
  // (Unless a title and its club in marks stand right before it, where sport copy names a player by
  // one name: "Полузащитник «Зенита» Вендел".)
  // (One capitalised word names no one yet.)
  // (A name of one word is a person's with a title, or with the party in brackets after it: "Lula (PT)".)
  if (name_start >= last || (last - name_start < 2 && !titled && !after_title_and_club(first) && party_in_brackets(last).empty())) return false;
  // Where nouns are capitalised, two after a word of quantity or a number are nouns: "an allen
  // Ecken Personal", "acht Jahre Haft", "8 Jahre Haft" (data/quantifiers_<lang>.txt).
  if (!titled && last - name_start == 2 && mentions_.counted_noun(name_start))
    return false;
  // "Sir Paul", "Dame Judi": a first name after the honorific of a knight or dame names the person
  // the text gives in full ("Sir Paul McCartney"), found by that first name; no person of its own
  // (data/first_name_honorifics_<lang>.txt).
  if (last - name_start == 1 && name_start > first &&
      WordSet::shared("first_name_honorifics", words_.language).contains_folded(tokens_.folded(name_start - 1)))
    return false;
  // Where nouns are capitalised, the genitive of a surname already given, then a noun, is a thing
  // that person has: "Merkels Politik" after "Angela Merkel" (not "Andreas Beck" after "Andrea Nahles";
  // and a person's relative or role is someone: "Demjanjuks Sohn", "Merkels Sprecher").
  if (words_.capitalised_nouns && !titled && last - name_start == 2 && tokens_.folded(name_start).ends_with('s') &&
      !tokens_.title(last - 1) && word_gender(words_, tokens_.folded(last - 1)) == Gender::kUnknown &&
      name_key(tokens_.folded(name_start)).size() < tokens_.folded(name_start).size() &&
      by_last_name_.count(name_key(tokens_.folded(name_start))) && !by_last_name_.count(name_key(tokens_.folded(last - 1))))
    return false;
  // "Госдумы РФ", "МЧС России", "Республике Алтай": a run ending or opening with an acronym, or opened by a word that heads the
  // names of places and bodies (data/place_heads_<lang>.txt), names no person -- unless a full name
  // follows the body ("Marszałek Sejmu Szymon Hołownia").
  const WordSet& place_heads = place_heads_;
  // (A body's name runs on over a particle to what it serves: "Serviço Nacional de Saúde".)
  if (place_heads.contains_folded(tokens_.folded(name_start)))
    for (std::size_t k = name_start + 1; k + 1 < last; ++k)
      if (tokens_.in(k, words_.name_particles)) return false;
  while (last - name_start > 2 && place_heads.contains_folded(tokens_.folded(name_start))) {
    ++name_start;
    // (With the adjectives of the body's name after its head: "Komendy Wojewódzkiej Policji" names
    // no one, "Komisji Europejskiej Ursula von der Leyen" names her; data/adjective_endings_<lang>.txt.)
    const std::size_t head_end = name_start;
    while (name_start < last && words_.names_after_nouns &&
           lang_data::ends_with_entry("adjective_endings", words_.language, tokens_.folded(name_start), 3))
      ++name_start;
    if (name_start > head_end && last - name_start < 2) return false;
  }
  if (place_heads.contains_folded(tokens_.folded(name_start))) return false;
  // (An acronym is short: "РФ", "МЧС"; a surname in capitals is a name: "Александр ВИЛИСОВ".)
  auto short_acronym = [&](std::size_t k) { return is_acronym(tokens_.text(k)) && unicode::count_code_points(tokens_.text(k)) <= 4; };
  if (words_.names_after_nouns && (short_acronym(last - 1) || short_acronym(name_start))) return false;
  // Where names take letters after them, other letters end a body's name: "the Ontario NDP",
  // "Hamilton FC", not "Peter Lane KC" or "Charles III" (data/post_nominals_<lang>.txt).
  const WordSet& post_nominals = WordSet::shared("post_nominals", words_.language);
  if (!post_nominals.empty() && last - name_start >= 2 && short_acronym(last - 1) && !post_nominals.contains_folded(tokens_.folded(last - 1)))
    return false;
  // The letters of a seat held for a party or place after one word, after an owner or after an
  // article are a role, the words before them its party or place: "the local Conservative MP, Damian
  // Green", "Ashford's Labour MEP", "the area's Liberal Democrat MP" (a name takes two words and no
  // article, "Damian Green MP"; data/body_epithet_nouns_<lang>.txt: "the Tory MP").
  auto after_article = [&] {
    constexpr std::size_t kMaxAdjectives = 1;  // "the local"
    for (std::size_t k = first; k > 0 && first - k <= kMaxAdjectives && tokens_.joined(k); --k)
      if (tokens_.in(k - 1, words_.determiners) || tokens_.in(k - 1, words_.possessives)) return true;
    return false;
  };
  const bool owned = titled && tokens_.possessive(name_start - 1) && mentions_.title_at(name_start - 1, last) == 0;
  // (Or after a body's word: "UK Independence Party MEP".)
  if ((!titled || owned) && last - name_start >= 2 && (last - name_start == 2 || owned || after_article() || body_at_end(last - 2)) &&
      mentions_.seat_letters(last - 1))
    return false;
  return true;
}

bool PeopleIndex::after_title_and_club(std::size_t k) const {
  constexpr std::size_t kMaxClubWords = 3;  // "«Црвена Звезда»", "«Сокол» Саратов"
  if (!words_.names_after_nouns || k < 2 || tokens_.joined(k) || !holds_quote_mark(tokens_.gap_before(k))) return false;
  for (std::size_t j = k - 1; j > 0 && k - j <= kMaxClubWords; --j) {
    if (!tokens_.capitalized(j)) return false;
    if (!holds_quote_mark(tokens_.gap_before(j))) continue;
    return mentions_.title_ending_at(j - 1, j >= 3 ? j - 3 : 0) > 0;
  }
  return false;
}

}  // namespace article_lens
