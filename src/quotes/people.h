// The people an article names: capitalised name sequences, with the titles and roles written
// before them ("Belarusian President Aleksandr Lukashenko") or after them in apposition
// ("Sergei Lavrov, the foreign minister"). Speakers are resolved against this index.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document.h"
#include "language/word_set.h"

namespace article_lens {

struct Person {
  std::string name;                // the fullest name the text gives
  std::string key;                 // case-folded last name, without a possessive ending
  std::vector<std::string> roles;  // case-folded title and role words ("belarusian", "president")
  uint32_t mentions = 0;           // full or last-name mentions
  uint32_t first_mention = 0;      // byte offset
  uint32_t name_words = 0;
};

class PeopleIndex {
 public:
  PeopleIndex(const Document& document, const WordSet& titles, const WordSet& stopwords);

  const std::vector<Person>& people() const { return people_; }
  // The person whose last name is `folded_key`, or -1.
  int find(std::string_view folded_key) const;
  // The person the article is about: the titled person mentioned most, or -1.
  int main_subject() const { return main_subject_; }
  // Whether person `index` carries the role word(s) `folded_role`.
  bool has_role(int index, std::string_view folded_role) const;

 private:
  void add_name_run(const Document& document, std::size_t first, std::size_t last);
  std::vector<std::string> roles_around(const Document& document, std::size_t first, std::size_t last) const;

  const WordSet& titles_;
  const WordSet& stopwords_;
  std::vector<Person> people_;
  std::vector<bool> titled_;
  std::unordered_map<std::string, int> by_key_;
  int main_subject_ = -1;
};

// `word` without a trailing possessive ('s, ’s, '): "Putin’s" -> "Putin".
std::string_view strip_possessive(std::string_view word);
// The case-folded word without a possessive: "Putin’s" -> "putin".
std::string fold_name_word(std::string_view word);

}  // namespace article_lens
