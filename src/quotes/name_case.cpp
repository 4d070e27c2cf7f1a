#include "quotes/name_case.h"

#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "unicode/case_fold.h"

namespace article_lens {
namespace {

// One line of data/name_genitives_<lang>.txt: "<gender> <part> <genitive ending> <nominative ending>"
// (the nominative "-" for none, "!" for an ending the table cannot undo).
struct Ending {
  std::string_view gender, part, genitive, nominative;
};

std::vector<std::string_view> split(std::string_view text) {
  std::vector<std::string_view> words;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find(' ', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin) words.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return words;
}

std::size_t letters(std::string_view word) {
  std::size_t count = 0;
  for (const char c : word) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// The word with its genitive ending replaced, "" when no ending of `part` and `gender` fits. The
// table lists longer endings first within a part; whole words ("павла павел") are parts "word".
std::string nominative_of(std::string_view word, std::string_view part, std::string_view gender,
                          const std::vector<Ending>& table) {
  for (const Ending& e : table) {
    if (e.gender != gender || (e.part != part && e.part != "word")) continue;
    // Two letters of stem at least ("Dudy" -> "Duda").
    const bool fits_ending = word.ends_with(e.genitive) && letters(word.substr(0, word.size() - e.genitive.size())) >= 2;
    if (e.nominative == "!" && fits_ending) return {};  // an ending the table cannot undo: leave the name
    if (e.part == "word") {
      // A whole word in lower case in the table, capitalised in the text: compare after the first letter.
      if (word.size() != e.genitive.size() || word.size() < 2) continue;
      const std::size_t first = (static_cast<unsigned char>(word[0]) & 0xE0) == 0xC0 ? 2 : 1;
      if (word.substr(first) != e.genitive.substr(first)) continue;
      return std::string(word.substr(0, first)) + std::string(e.nominative.substr(first));
    }
    if (fits_ending)
      return std::string(word.substr(0, word.size() - e.genitive.size())) + std::string(e.nominative);
  }
  return {};
}

// A double surname declines in each part ("Kosiniaka-Kamysza" -> "Kosiniak-Kamysz",
// "Kosiniakiem-Kamyszem" -> "Kosiniak-Kamysz"); a part no ending fits stays as written
// ("Skłodowskiej-Curie"). "" when no part changes.
std::string nominative_of_double(std::string_view surname, std::string_view gender, const std::vector<Ending>& table) {
  std::string whole;
  for (std::size_t from = 0; from <= surname.size();) {
    std::size_t to = surname.find('-', from);
    if (to == std::string_view::npos) to = surname.size();
    const std::string_view part = surname.substr(from, to - from);
    const std::string nominative = nominative_of(part, "surname", gender, table);
    if (!whole.empty()) whole += '-';
    whole += nominative.empty() ? std::string(part) : nominative;
    from = to + 1;
  }
  return whole != surname ? whole : std::string();
}

// The table of `kind` for `lang`, parsed once: names are declined per cue and per mention, and
// splitting every line on each call was a fifth of the time on dialogue-heavy Russian text.
const std::vector<Ending>& ending_table(std::string_view kind, std::string_view lang) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::vector<Ending>, std::less<>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  const std::pair<std::string, std::string> key(kind, lang);
  auto it = cache.find(key);
  if (it == cache.end()) {
    std::vector<Ending> table;
    for (std::string_view line : lang_data::entries(kind, lang)) {
      const std::vector<std::string_view> fields = split(line);
      if (fields.size() != 4) continue;
      table.push_back({fields[0], fields[1], fields[2], fields[3] == "-" ? std::string_view() : fields[3]});
    }
    it = cache.emplace(key, std::move(table)).first;
  }
  return it->second;
}

bool is_double(std::string_view surname) {
  const std::size_t hyphen = surname.find('-');
  return hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < surname.size();
}

}  // namespace

std::string nominative_name(std::string_view genitive_name, std::string_view lang, std::string_view kind) {
  const std::vector<Ending>& table = ending_table(kind, lang);
  if (table.empty()) return {};
  const std::vector<std::string_view> words = split(genitive_name);
  if (words.size() != 2 && words.size() != 3) return {};
  // A woman's first name is no man's genitive ("Ольга Андреева" is no "Ольг Андреев";
  // data/given_names_female_<lang>.txt).
  const bool woman = WordSet::shared("given_names_female", lang).contains_folded(unicode::fold_case(words[0]));
  for (std::string_view gender : {std::string_view("m"), std::string_view("f")}) {
    if (woman && gender == "m") continue;
    std::string result;
    bool fits = true;
    for (std::size_t i = 0; i < words.size() && fits; ++i) {
      const std::string_view part = i == 0 ? "first" : i + 1 == words.size() ? "surname" : "patronymic";
      std::string word = part == "surname" && is_double(words[i]) ? nominative_of_double(words[i], gender, table)
                                                                  : nominative_of(words[i], part, gender, table);
      // A first name and patronymic ("Эммы Александровны"): the second word is no surname.
      if (word.empty() && words.size() == 2 && i == 1) word = nominative_of(words[i], "patronymic", gender, table);
      fits = !word.empty();
      if (i > 0) result += ' ';
      result += word;
    }
    if (fits) return result;
  }
  return {};
}

bool genitive_name_then_word(std::string_view run, std::string_view lang) {
  constexpr std::size_t kMinRunWords = 3;
  const std::size_t space = run.rfind(' ');
  if (space == std::string_view::npos || split(run).size() < kMinRunWords) return false;
  return nominative_name(run, lang).empty() && !nominative_name(run.substr(0, space), lang).empty();
}

std::string nominative_surname(std::string_view genitive_surname, std::string_view lang, std::string_view kind) {
  if (genitive_surname.empty() || genitive_surname.find(' ') != std::string_view::npos) return {};
  const std::vector<Ending>& table = ending_table(kind, lang);
  // (A double surname declines in each part: "Kosiniaka-Kamysza", "Nowak-Zielińskiej".)
  if (is_double(genitive_surname)) {
    for (std::string_view gender : {std::string_view("m"), std::string_view("f")})
      if (std::string whole = nominative_of_double(genitive_surname, gender, table); !whole.empty()) return whole;
    return {};
  }
  for (std::string_view gender : {std::string_view("m"), std::string_view("f")}) {
    std::string nominative = nominative_of(genitive_surname, "surname", gender, table);
    // (An ending that leaves the word as it is tells no case: "Коваль", "Шевчук".)
    if (!nominative.empty()) return nominative == genitive_surname ? std::string() : nominative;
  }
  return {};
}

std::string nominative_body(std::string_view words, std::string_view lang) {
  const auto table = lang_data::entries("body_nominatives", lang);
  if (table.empty()) return {};
  // The nominative of one word as written, keeping its first letter's case ("Нацполіції" ->
  // "Нацполіція"), and whether the table marks it an adjective ("+": its head follows); "" when
  // the table has none.
  auto nominative_of_word = [&](std::string_view word, bool& adjective) -> std::string {
    const std::size_t first = (static_cast<unsigned char>(word.empty() ? 0 : word[0]) & 0xE0) == 0xC0 ? 2 : 1;
    if (word.size() <= first) return {};
    const std::string folded = unicode::fold_case(word);
    for (std::string_view line : table) {
      const std::vector<std::string_view> fields = split(line);
      if (fields.size() < 2 || fields[0] != folded) continue;
      if (fields[1].size() <= first || fields[1].substr(0, first) != std::string_view(folded).substr(0, first)) return {};
      adjective = fields.size() > 2 && fields[2] == "+";
      return std::string(word.substr(0, first)) + std::string(fields[1].substr(first));
    }
    return {};
  };
  const std::vector<std::string_view> parts = split(words);
  // Adjectives the table does not list before a head it does ("военном ведомстве" -> "военное
  // ведомство"): their endings follow the head's gender (data/adjective_nominatives_<lang>.txt).
  constexpr std::size_t kMaxAdjectives = 2;
  std::size_t lead = 0;
  for (bool adjective = false; lead + 1 < parts.size() && lead < kMaxAdjectives && nominative_of_word(parts[lead], adjective).empty();)
    ++lead;
  if (lead > 0) {
    const auto rules = lang_data::entries("adjective_nominatives", lang);
    const std::size_t rest_at = static_cast<std::size_t>(parts[lead].data() - words.data());
    const std::string rest = nominative_body(words.substr(rest_at), lang);
    if (rules.empty() || rest.empty()) return {};
    const std::string_view head = std::string_view(rest).substr(0, rest.find(' '));
    std::string_view head_class;
    for (std::string_view line : rules) {
      const std::vector<std::string_view> fields = split(line);
      if (fields.size() == 3 && fields[0] == "head" && (fields[1] == "*" || head.ends_with(fields[1]))) {
        head_class = fields[2];
        break;
      }
    }
    std::string result;
    for (std::size_t a = 0; a < lead; ++a) {
      std::string nominative;
      for (std::string_view line : rules) {
        const std::vector<std::string_view> fields = split(line);
        if (fields.size() != 4 || fields[0] != "adj" || fields[2] != head_class || !parts[a].ends_with(fields[1]) ||
            letters(parts[a]) < letters(fields[1]) + 3)
          continue;
        nominative = std::string(parts[a].substr(0, parts[a].size() - fields[1].size())) + std::string(fields[3]);
        break;
      }
      if (nominative.empty()) return {};  // no adjective ending of the head's gender: not an adjective
      result.append(nominative).append(" ");
    }
    return result + rest;
  }
  std::string result;
  std::size_t i = 0;
  // Adjectives and their head ("Повітряних силах" -> "Повітряні сили"); the words after the head
  // are its complement in the genitive ("пресс-службе Минтранса") and stay as written.
  for (bool adjective = true; i < parts.size() && adjective; ++i) {
    adjective = false;
    std::string nominative = nominative_of_word(parts[i], adjective);
    if (nominative.empty()) return {};  // an adjective or head the table does not know
    result.append(i > 0 ? " " : "").append(nominative);
  }
  for (; i < parts.size(); ++i) result.append(" ").append(parts[i]);
  return result;
}

bool serves_place_or_body(std::string_view folded_word, std::string_view lang) {
  return lang_data::ends_with_entry("title_genitive_endings", lang, folded_word, 3) ||
         WordSet::shared("title_genitive_words", lang).contains_folded(folded_word);
}

std::string nominative_after_opener(std::string_view words, std::string_view lang) {
  const std::string_view first = words.substr(0, words.find(' '));
  const std::string folded = unicode::fold_case(first);
  for (std::string_view line : lang_data::entries("opener_genitives", lang))
    if (const std::vector<std::string_view> fields = split(line); fields.size() == 2 && fields[0] == folded)
      return std::string(fields[1]) + std::string(words.substr(first.size()));
  return {};
}

}  // namespace article_lens
