#include "quotes/people.h"

#include <algorithm>

#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::WordToken;

bool is_name_word(const WordToken& token) {
  return token.has(unicode::kCapitalized) && !token.has(unicode::kIdeographic) &&
         !token.has(unicode::kStartsWithDigit);
}

// Only spaces between the two positions: the words belong to one name.
bool only_spaces_between(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end;) {
    const auto cp = unicode::decode_at(text, i);
    if (!unicode::is_space(cp.value) || unicode::is_line_break(cp.value)) return false;
    i += cp.length;
  }
  return end > begin;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string_view strip_possessive(std::string_view word) {
  for (std::string_view possessive : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (ends_with(word, possessive) && word.size() > possessive.size())
      return word.substr(0, word.size() - possessive.size());
  }
  return word;
}

std::string fold_name_word(std::string_view word) { return unicode::fold_case(strip_possessive(word)); }

PeopleIndex::PeopleIndex(const Document& document, const WordSet& titles, const WordSet& stopwords)
    : titles_(titles), stopwords_(stopwords) {
  const auto& tokens = document.tokens;
  std::vector<std::pair<std::size_t, std::size_t>> single_words;
  for (std::size_t i = 0; i < tokens.size();) {
    if (!is_name_word(tokens[i])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < tokens.size() && is_name_word(tokens[j]) &&
           only_spaces_between(document.text, tokens[j - 1].span.end, tokens[j].span.begin))
      ++j;
    add_name_run(document, i, j);
    i = j;
  }
  // Last-name mentions ("Lukashenko meets ...", "Putin’s invitation") once every full name is known.
  for (const auto& token : tokens) {
    if (!is_name_word(token)) continue;
    const int index = find(fold_name_word(document.slice(token.span)));
    if (index < 0) continue;
    Person& person = people_[static_cast<std::size_t>(index)];
    ++person.mentions;
    person.first_mention = std::min(person.first_mention, token.span.begin);
  }
  uint32_t best = 0;
  for (std::size_t i = 0; i < people_.size(); ++i) {
    if (!titled_[i] || people_[i].mentions <= best) continue;
    best = people_[i].mentions;
    main_subject_ = static_cast<int>(i);
  }
}

std::vector<std::string> PeopleIndex::roles_around(const Document& document, std::size_t first,
                                                   std::size_t last) const {
  // Lower-case titles just before the name ("foreign minister Sergei Lavrov") and an apposition
  // just after it ("Sergei Lavrov, the foreign minister,").
  std::vector<std::string> roles;
  const auto& tokens = document.tokens;
  for (std::size_t back = first; back > 0 && first - back < 3; --back) {
    const std::string word = unicode::fold_case(document.slice(tokens[back - 1].span));
    if (!titles_.contains_folded(word)) break;
    roles.push_back(word);
  }
  if (last < tokens.size()) {
    const std::string_view gap = document.text.substr(tokens[last - 1].span.end,
                                                      tokens[last].span.begin - tokens[last - 1].span.end);
    if (gap == ", " && unicode::fold_case(document.slice(tokens[last].span)) == "the") {
      for (std::size_t k = last + 1; k < tokens.size() && k < last + 5; ++k) {
        roles.push_back(unicode::fold_case(document.slice(tokens[k].span)));
        const std::string_view after = document.text.substr(tokens[k].span.end, 1);
        if (after != " ") break;
      }
    }
  }
  return roles;
}

void PeopleIndex::add_name_run(const Document& document, std::size_t first, std::size_t last) {
  const auto& tokens = document.tokens;
  std::vector<std::string> words;
  for (std::size_t k = first; k < last; ++k) words.push_back(unicode::fold_case(document.slice(tokens[k].span)));
  // Everything up to the last title is role ("Belarusian President"); the rest is the name.
  std::size_t name_start = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (titles_.contains_folded(words[k])) name_start = k + 1;
    else if (k + 1 < words.size() && titles_.contains_folded(words[k] + " " + words[k + 1])) name_start = k + 2;
  }
  std::vector<std::string> roles(words.begin(), words.begin() + static_cast<long>(name_start));
  if (name_start == 0)
    while (name_start < words.size() && stopwords_.contains_folded(words[name_start])) ++name_start;
  if (words.size() - name_start < 2) return;  // a single capitalised word is not enough to name someone
  for (auto& role : roles_around(document, first + name_start, last)) roles.push_back(std::move(role));

  const std::string_view last_word = strip_possessive(document.slice(tokens[last - 1].span));
  const Span name{tokens[first + name_start].span.begin,
                  static_cast<uint32_t>(tokens[last - 1].span.begin + last_word.size())};
  const std::string key = unicode::fold_case(last_word);
  int index = find(key);
  if (index < 0) {
    people_.push_back({});
    titled_.push_back(false);
    index = static_cast<int>(people_.size() - 1);
    people_.back().key = key;
    by_key_.emplace(key, index);
    people_.back().first_mention = name.begin;
  }
  Person& person = people_[static_cast<std::size_t>(index)];
  const auto name_words = static_cast<uint32_t>(last - first - name_start);
  if (name_words > person.name_words) {
    person.name = std::string(document.slice(name));
    person.name_words = name_words;
  }
  if (!roles.empty()) titled_[static_cast<std::size_t>(index)] = true;
  for (auto& role : roles)
    if (std::find(person.roles.begin(), person.roles.end(), role) == person.roles.end())
      person.roles.push_back(std::move(role));
}

int PeopleIndex::find(std::string_view folded_key) const {
  const auto it = by_key_.find(std::string(folded_key));
  return it == by_key_.end() ? -1 : it->second;
}

bool PeopleIndex::has_role(int index, std::string_view folded_role) const {
  if (index < 0) return false;
  const auto& roles = people_[static_cast<std::size_t>(index)].roles;
  return std::find(roles.begin(), roles.end(), folded_role) != roles.end();
}

}  // namespace article_lens
