// Names and roles the text writes only in an oblique case, put in the nominative where a given
// name's or a role noun's form tells the case: "назначить Андрею Петрову" is Андрей Петров, "z
// ministrem" the minister. The given-name and title lists decide; an ending two readings share
// leaves the name as written.
#include "quotes/oblique_names.h"

#include <algorithm>
#include <string>
#include <vector>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/name_case.h"
#include "unicode/case_fold.h"
#include "unicode/utf8.h"

namespace article_lens {

namespace {

constexpr std::size_t kMinGivenStem = 3;  // letters of a given name's stem ("Андрі" of "Андрій", "Андрієм")

// The word without its last letter.
std::string_view without_last_letter(std::string_view word) {
  std::size_t last = word.empty() ? 0 : word.size() - 1;
  while (last > 0 && (static_cast<unsigned char>(word[last]) & 0xC0) == 0x80) --last;
  return word.substr(0, last);
}

}  // namespace

bool is_nominative_given_name(std::string_view folded_word, std::string_view lang) {
  return WordSet::shared("given_names_male", lang).contains_folded(folded_word) ||
         WordSet::shared("given_names_female", lang).contains_folded(folded_word);
}

// (No phrase before the name puts it in a case: "назначить Андрею Петрову", "встретили Марию
// Иванову". A first word that is a nominative given name too, "Jana", is left alone.)
std::string nominative_by_given_name(std::string_view name, std::string_view lang) {
  const std::string written = unicode::fold_case(name.substr(0, name.find(' ')));
  if (is_nominative_given_name(written, lang)) return {};
  // (A man's name read from a first word that ends as women's names do is no reading: "Валентина",
  // "Александра" are women's too, whose genitive a man's shares.)
  const std::string_view last_letter = std::string_view(written).substr(without_last_letter(written).size());
  const auto women = lang_data::entries("given_names_female", lang);
  const bool ends_as_women_do =
      std::any_of(women.begin(), women.end(), [&](std::string_view woman) { return woman.ends_with(last_letter); });
  std::string found;
  for (std::string_view table : {"name_genitives", "name_datives", "name_instrumentals"}) {
    std::string nominative = nominative_name(name, lang, table);
    const std::string first = unicode::fold_case(std::string_view(nominative).substr(0, nominative.find(' ')));
    if (nominative.empty() || !is_nominative_given_name(first, lang) ||
        (ends_as_women_do && WordSet::shared("given_names_male", lang).contains_folded(first)))
      continue;
    if (!found.empty() && found != nominative) return {};
    found = std::move(nominative);
  }
  return found;
}

std::string nominative_role(const QuoteLexicon& words, std::string_view folded_role, std::string_view stem) {
  const WordSet& person_nouns = WordSet::shared("person_nouns", words.language);
  if (folded_role.find(' ') != std::string_view::npos || words.is_title(folded_role) || person_nouns.contains_folded(folded_role))
    return {};
  const WordSet& unnamed = WordSet::shared("unnamed_person_nouns", words.language);
  auto known = [&](const std::string& word) {
    return words.is_title(word) || person_nouns.contains_folded(word) || unnamed.contains_folded(word);
  };
  // The stem the case ending leaves ("ministr", "пенсионерк"), bare, with the vowel a bare stem puts
  // before its last consonant ("minister"), or with a nominative ending (data/role_nominative_endings_<lang>.txt).
  if (stem == folded_role || unicode::count_code_points(stem) < kMinGivenStem) return {};
  std::vector<std::string> candidates{std::string(stem)};
  const std::string_view last = std::string_view(stem).substr(without_last_letter(stem).size());
  for (std::string_view vowel : {"e", "\xD0\xB5", "\xD0\xBE", "\xD1\x96"})  // e, е, о, і
    candidates.push_back(std::string(without_last_letter(stem)).append(vowel).append(last));
  for (std::string_view ending : lang_data::entries("role_nominative_endings", words.language)) candidates.push_back(std::string(stem).append(ending));
  for (const std::string& candidate : candidates)
    if (candidate != folded_role && known(candidate)) return candidate;
  return {};
}

bool same_given_name(std::string_view held_folded, std::string_view seen_folded) {
  return held_folded.starts_with(without_last_letter(seen_folded)) && unicode::count_code_points(seen_folded) > kMinGivenStem;
}

}  // namespace article_lens
