// The role words around a name in the text: titles before it, an apposition after it. They tell
// who the person is ("the foreign minister") and, through role_groups, what descriptions mean them.
#include "language/word_set.h"
#include "quotes/people.h"

#include <algorithm>

#include "language/lang_tables.h"

#include "quotes/opening_phrase.h"
#include "quotes/quote_marks.h"
#include "unicode/utf8.h"

namespace article_lens {

bool genitive_person_word(const QuoteTokens& tokens, const QuoteLexicon& words, std::size_t k) {
  // The noun as the tables list it, or with its genitive ending ("Schauspielers", "Geschäftsmanns",
  // "Angeklagten"; data/genitive_noun_endings_<lang>.txt): a title, a compound of one ("Bauunternehmers"), an epithet.
  const std::string_view word = tokens.folded(k);
  auto person = [&](std::string_view base) {
    return words.is_title(base) || WordSet::shared("epithet_nouns", words.language).contains_folded(base) ||
           WordSet::shared("person_nouns", words.language).contains_folded(base) ||
           lang_data::ends_with_entry("epithet_suffixes", words.language, base, 3);
  };
  if (person(word)) return true;
  for (std::string_view ending : lang_data::entries("genitive_noun_endings", words.language))
    if (word.size() > ending.size() + 3 && word.ends_with(ending) && person(word.substr(0, word.size() - ending.size()))) return true;
  return false;
}

std::vector<std::string> PeopleIndex::roles_around(std::size_t first, std::size_t last) const {
  // Titles just before the name ("foreign minister Sergei Lavrov") and an apposition just after it
  // ("Sergei Lavrov, the foreign minister,").
  std::vector<std::string> roles;
  // An office after "former" is one once held: "Christine Todd Whitman, the former New Jersey
  // governor," is no "governor" now, whom "the governor" means (data/former_modifiers_<lang>.txt).
  const WordSet& former = WordSet::shared("former_modifiers", words_.language);
  auto once_held = [&](std::string_view modifier, std::string_view word) {
    return modifier.empty() || word.empty() || modifier == word ? std::string(word) : std::string(modifier) + " " + std::string(word);
  };
  if (first > 0) {
    if (const std::size_t title = mentions_.title_ending_at(first - 1, first >= 3 ? first - 3 : 0); title && tokens_.joined(first)) {
      // (Also "former governor Jerry Brown".)
      const std::size_t modifier = first - title;
      const std::string_view held =
          modifier > 0 && tokens_.joined(modifier) && former.contains_folded(tokens_.folded(modifier - 1)) ? tokens_.folded(modifier - 1) : std::string_view();
      if (!held.empty()) roles.emplace_back(held);  // (which tells a former office: description_antecedent.cpp)
      for (std::size_t k = first - title; k < first; ++k) roles.push_back(once_held(held, tokens_.folded(k)));
      // The whole title too, which a description repeats ("Transport Secretary Louise Haig" ... "the
      // transport secretary").
      if (title > 1) {
        std::string whole;
        for (std::size_t k = first - title; k < first; ++k) whole.append(whole.empty() ? "" : " ").append(tokens_.folded(k));
        roles.push_back(once_held(held, whole));
      }
    } else {
      // A title with the body or place it belongs to: "ministre de l'Intérieur Gérald Darmanin",
      // "Министр иностранных дел России Сергей Лавров",
      // "ministro dell'Economia Giancarlo Giorgetti", "alcalde de Madrid José Almeida".
      constexpr std::size_t kMaxBodyWords = 3;
      // (Where a name in marks follows a noun, the body may be in marks right after the title:
      // "Главный тренер «Зенита» Сергей Семак", "воротар «Динамо» Руслан Нещерет"; the closing mark
      // apart from the name, as a name in marks is a body's: not "фракции «Единой России»", nor
      // a work's title after a noun, "автор комедии «Антидурь» Владимир Щегольков".)
      const std::string_view name_gap = tokens_.gap_before(first);
      const bool marks = words_.names_after_nouns && !tokens_.joined(first) && tokens_.joined(first, true) &&
                         !name_gap.empty() && name_gap.back() == ' ';
      for (std::size_t k = first; k > 0 && first - k < kMaxBodyWords && tokens_.joined(k, marks);) {
        --k;
        // Where case endings say "of", the body is a run of genitives: "міністр оборони України".
        // (Not where nouns are capitalised: a lower-case word there is a verb, "traf".)
        const bool genitive = !words_.name_endings.empty() && !words_.capitalised_nouns && !tokens_.in(k, words_.cues) &&
                              !tokens_.in(k, words_.mention_stops) && !tokens_.in(k, words_.complementizers);
        const bool link = tokens_.in(k, words_.mention_links) || tokens_.in(k, words_.name_particles) || genitive;
        if (!link && !tokens_.capitalized(k) && tokens_.folded(k).find('\'') == std::string_view::npos &&
            tokens_.folded(k).find("\xE2\x80\x99") == std::string_view::npos)
          break;
        if (k == 0 || !tokens_.joined(k, marks)) break;
        // A run that opens with a word for a person, in the genitive after a link, has its own role:
        // "Die Entführer des Geschäftsmanns Peter Schulte", "Der Anwalt des Schauspielers Tom Berger"
        // are others.
        // (The word may open the run or stand before it.)
        if (k + 1 == first && words_.capitalised_nouns &&
            ((tokens_.in(k, words_.mention_links) && genitive_person_word(tokens_, words_, first)) ||
             (k >= 1 && tokens_.in(k - 1, words_.mention_links) && genitive_person_word(tokens_, words_, k))))
          break;
        if (const std::size_t title = mentions_.title_ending_at(k - 1, k >= 3 ? k - 3 : 0)) {
          if (marks && tokens_.joined(k)) break;  // the marks open right after the title, or none
          const bool linked = link || tokens_.folded(k).find('\'') != std::string_view::npos ||
                              tokens_.folded(k).find("\xE2\x80\x99") != std::string_view::npos;
          if (linked) {
            // The title word and the whole office ("министр иностранных дел"), which role groups
            // may name another way ("глава МИД").
            std::string office;
            for (std::size_t t = k - title; t < first; ++t) {
              if (t < k) roles.emplace_back(tokens_.folded(t));
              office.append(office.empty() ? "" : " ").append(tokens_.folded(t));
            }
            roles.push_back(std::move(office));
          }
          break;
        }
      }
    }
  }
  // An epithet between an article and the name, in lower case where nationalities are: "el argentino
  // Lionel Messi", "il francese Kylian Mbappé" (data/epithet_nouns_<lang>.txt): what a description
  // calls them again ("dijo el argentino").
  if (roles.empty() && first >= 2 && tokens_.joined(first) && tokens_.joined(first - 1) && !tokens_.capitalized(first - 1) &&
      tokens_.in(first - 2, words_.determiners) &&
      WordSet::shared("epithet_nouns", words_.language).contains_folded(tokens_.folded(first - 1)))
    roles.emplace_back(tokens_.folded(first - 1));
  // A description a comma sets before the name: "la portavoz del Gobierno, Pilar Alegría".
  if (const std::size_t described = mentions_.leading_description(first); described < first) {
    std::size_t title = described + 1;
    std::string_view held;
    // (A capitalised modifier is a role word too: "the French foreign minister" -> "the French minister".)
    for (std::size_t capitalised = 0; title + 1 < first; ++title) {
      if (tokens_.in(title, words_.title_modifiers)) {
        if (former.contains_folded(tokens_.folded(title))) held = tokens_.folded(title);
        continue;
      }
      if (!tokens_.capitalized(title) || mentions_.title_at(title, first) > 0 || ++capitalised > 2) break;
      roles.push_back(once_held(held, tokens_.folded(title)));
    }
    // (Over one lower-case noun before the title, kept in the office: "the city's police commissioner".)
    std::string office;
    if (title + 1 < first && !tokens_.capitalized(title) && mentions_.title_at(title, first) == 0 && mentions_.title_at(title + 1, first) > 0)
      office = std::string(tokens_.folded(title++));
    for (std::size_t t = title, words = mentions_.title_at(title, first); t < first; ++t) {
      if (t < title + words) roles.push_back(once_held(held, tokens_.folded(t)));
      // The office up to each link too, which role groups may name ("presidente da câmara
      // municipal" of "presidente da câmara municipal de lisboa" ~ "autarca").
      if (t >= title + words && tokens_.in(t, words_.mention_links)) roles.push_back(once_held(held, office));
      office.append(office.empty() ? "" : " ").append(tokens_.folded(t));
    }
    roles.push_back(once_held(held, office));
  }
  // A title with a relative clause, set before the name by a comma and opening its clause: "La jueza
  // que instruye el caso, Nuria Ruiz," is a "jueza", whom "la magistrada" means again.
  // (Bounded: the clause's words, all in one phrase, before the comma.)
  constexpr std::size_t kMaxRelativeDescriptionWords = 10;
  if (roles.empty() && first >= 4 && tokens_.gap_before(first).find(',') != std::string_view::npos) {
    const WordSet& relatives = WordSet::shared("subject_relative_pronouns", words_.language);
    for (std::size_t r = first - 1; r >= 2 && first - r <= kMaxRelativeDescriptionWords; --r) {
      if (relatives.contains_folded(tokens_.folded(r))) {
        const std::size_t article = r - 2;
        if (r + 1 < first && tokens_.title(r - 1) && !tokens_.capitalized(r - 1) && tokens_.joined(r - 1) && tokens_.joined(r) &&
            tokens_.in(article, words_.determiners) &&
            (article == 0 || tokens_.gap_before(article).find_first_of(",.;:!?\n") != std::string_view::npos))
          roles.emplace_back(tokens_.folded(r - 1));
        break;
      }
      if (!tokens_.joined(r)) break;
    }
  }
  // A party in brackets right after the name: what a party's epithet calls them again ("o petista").
  if (std::string party = party_in_brackets(last); !party.empty()) roles.push_back(std::move(party));
  // (Not across a closing quotation mark: in "... during World War II,” the letter says" the words
  // after the mark describe the quote's source, not the name that ends the quote.)
  if (last < tokens_.size() && tokens_.gap_before(last).find(',') != std::string_view::npos &&
      !holds_quote_mark(tokens_.gap_before(last)) && (tokens_.in(last, words_.determiners) || tokens_.title(last)) &&
      !subject_after_opening(last)) {
    std::string_view held;
    for (std::size_t k = last; k < tokens_.size() && k < last + 5; ++k) {
      if (k > last && !tokens_.joined(k)) break;
      if (tokens_.in(k, words_.mention_stops)) break;
      if (held.empty() && former.contains_folded(tokens_.folded(k))) held = tokens_.folded(k);
      roles.push_back(once_held(held, tokens_.folded(k)));
    }
  }
  return roles;
}

std::string PeopleIndex::party_in_brackets(std::size_t k) const {
  // As the Brazilian, Spanish and Italian press give it: "Fernando Haddad (PT)", "Matteo Salvini
  // (Lega)"; a party where the role groups know it as one (data/role_groups_<lang>.txt: "petista,
  // pt"). (Not any acronym: "the Council of Mortgage Lenders (CML)" is a body, "the CML" no
  // person.) (Where every noun is capitalised, the brackets hold departments and places as often:
  // "Dirk Beljaarts (Economische Zaken)".)
  constexpr std::size_t kMaxPartyWords = 2;
  if (words_.capitalised_nouns || k >= tokens_.size() || tokens_.gap_before(k) != " (" || !tokens_.capitalized(k)) return {};
  std::string party;
  for (std::size_t n = k; n < tokens_.size() && n < k + kMaxPartyWords; ++n) {
    if (n > k && !tokens_.joined(n)) break;
    party.append(party.empty() ? "" : " ").append(tokens_.folded(n));
    if (n + 1 < tokens_.size() && tokens_.gap_before(n + 1).starts_with(")"))
      return words_.equivalent_roles(party).empty() ? std::string() : party;
  }
  return {};
}

bool PeopleIndex::subject_after_opening(std::size_t k) const {
  // "Interrogé sur Kylian Mbappé, le technicien italien a répondu": the name ends a phrase set
  // before the subject (opening_phrase.cpp), and the words after its comma run on to the verb with
  // no comma closing them as an apposition ("Selon Jean Dupont, le maire de Lyon, ..." is one).
  constexpr std::size_t kMaxSubjectWords = 8;
  if (const TokenRange opening = opening_phrases(tokens_, words_, tokens_.span(k).begin); opening.empty() || opening.last != k) return false;
  for (std::size_t n = k + 1; n < tokens_.size() && n <= k + kMaxSubjectWords; ++n)
    if (!tokens_.joined(n)) return tokens_.gap_before(n).find(',') == std::string_view::npos;
  return true;
}

void PeopleIndex::add_office_names(std::vector<std::string>& roles, std::size_t first, std::size_t name_start) const {
  // One office under its other names: "Глава Минфина Антон Силуанов" is the one "по словам
  // министра" means, "Minister spraw zagranicznych" the "szef MSZ" (data/office_names_<lang>.txt:
  // "names > what they imply"; a role that is, or begins with, one of the names gets them all).
  const std::span<const std::string_view> lines = lang_data::entries("office_names", words_.language);
  if (lines.empty()) return;
  // A body the name run opens with ("Минфина Антон Силуанов") is the office of the title before it.
  std::string body;
  for (std::size_t k = first; k < name_start; ++k) body.append(body.empty() ? "" : " ").append(tokens_.folded(k));
  if (!body.empty())
    for (std::size_t r = 0, given = roles.size(); r < given; ++r)
      if (roles[r].find(' ') == std::string::npos && body.find(roles[r]) == std::string::npos) roles.push_back(roles[r] + " " + body);
  // A title of several words comes as its words ("председатель", "банка", "россии"): each run of
  // them to the end is read as a phrase too.
  std::vector<std::string> phrases;
  for (std::size_t r = roles.size(); r-- > 0;) {
    if (roles[r].find(' ') != std::string::npos) break;
    phrases.push_back(phrases.empty() ? roles[r] : roles[r] + " " + phrases.back());
  }
  for (std::string& phrase : phrases)
    if (phrase.find(' ') != std::string::npos) roles.push_back(std::move(phrase));
  const std::size_t given = roles.size();
  for (std::string_view line : lines) {
    const std::size_t arrow = line.find('>');
    bool holds = false;
    for (std::size_t begin = 0, end; begin < arrow && begin < line.size() && !holds; begin = end + 1) {
      end = std::min(line.find(',', begin), std::min(arrow, line.size()));
      std::string_view name = line.substr(begin, end - begin);
      while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
      while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
      // ("глава мин*": any role that starts so, "глава минприроды".)
      const bool stem = !name.empty() && name.back() == '*';
      if (stem) name.remove_suffix(1);
      for (std::size_t r = 0; r < given && !name.empty() && !holds; ++r)
        holds = roles[r] == name ||
                (roles[r].size() > name.size() && roles[r].starts_with(name) && (stem || roles[r][name.size()] == ' '));
    }
    if (!holds) continue;
    for (std::size_t begin = 0, end; begin < line.size(); begin = end + 1) {
      end = std::min(line.find(',', begin), line.find('>', begin));
      if (end == std::string_view::npos) end = line.size();
      std::string_view name = line.substr(begin, end - begin);
      while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
      while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
      if (!name.empty() && name.back() != '*' && std::find(roles.begin(), roles.end(), name) == roles.end()) roles.emplace_back(name);
    }
  }
}

std::vector<std::string> PeopleIndex::roles_in_run(std::size_t first, std::size_t name_start) const {
  std::vector<std::string> roles;
  // A rival or second office is its own role, whole: "Shadow Chancellor Oliver Letwin" is no
  // "chancellor", "Deputy Prime Minister John Prescott" no "prime minister"
  // (data/role_qualifiers_<lang>.txt).
  const WordSet& qualifiers = WordSet::shared("role_qualifiers", words_.language);
  std::size_t office_start = first;
  if (first > 0 && first < name_start && tokens_.joined(first) && qualifiers.contains_folded(tokens_.folded(first - 1))) --office_start;
  bool qualified = false;
  for (std::size_t k = office_start; k < name_start && !qualified; ++k) qualified = qualifiers.contains_folded(tokens_.folded(k));
  if (qualified) {
    std::string office;
    for (std::size_t k = office_start; k < name_start; ++k)
      office.append(office.empty() ? "" : " ").append(strip_possessive(tokens_.folded(k)));
    roles.push_back(std::move(office));
    return roles;
  }
  // The run's words before the name name an office ("presidente del Consiglio Mario Draghi", "prime
  // minister"), or the body that the office before the run serves ("président de la" + "République
  // Emmanuel Macron"): the whole office too, which a description names exactly ("the prime
  // minister") and role groups may name another way ("premier", "chef de l'État").
  // (After "former" an office once held: "Former Gov. Christine Todd Whitman" is no "gov." now.)
  const WordSet& former = WordSet::shared("former_modifiers", words_.language);
  std::string held = first > 0 && tokens_.joined(first) && former.contains_folded(tokens_.folded(first - 1)) ? std::string(tokens_.folded(first - 1)) : "";
  if (!held.empty()) roles.push_back(held);
  std::string in_run;
  for (std::size_t k = first; k < name_start; ++k) {
    const std::string_view word = strip_possessive(tokens_.folded(k));
    in_run.append(in_run.empty() ? "" : " ").append(word);
    if (held.empty() && former.contains_folded(word)) held = word;
    roles.push_back(held.empty() || held == word ? std::string(word) : held + " " + std::string(word));
  }
  if (name_start - first >= 2) roles.push_back(held.empty() || in_run.starts_with(held) ? in_run : held + " " + in_run);
  // The last two words as well, when they make a title of their own: "Britain's Transport
  // Secretary Louise Haig" -> "the transport secretary" (data/person_titles_<lang>.txt).
  if (name_start >= first + 3 && mentions_.title_at(name_start - 2, name_start) == 2)
    roles.push_back(std::string(tokens_.folded(name_start - 2)) + " " + std::string(tokens_.folded(name_start - 1)));
  return roles;
}

}  // namespace article_lens
