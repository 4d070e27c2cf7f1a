// Finding people again: by a name word, a role, or the last one mentioned before a position.
#include <algorithm>
#include <functional>

#include "language/lang_tables.h"
#include "quotes/people.h"
#include "quotes/span_lookup.h"

namespace article_lens {

std::string PeopleIndex::patronymic_key(std::size_t k) const {
  if (k == 0 || k >= tokens_.size() || !tokens_.joined(k) || !tokens_.capitalized(k - 1)) return {};
  const std::string_view word = tokens_.folded(k);
  bool patronymic = false;
  for (const std::string& ending : words_.patronymic_endings)
    patronymic = patronymic || (word.size() > ending.size() + 2 && word.ends_with(ending));
  if (!patronymic) return {};
  // The first name by its first three letters, which its case forms keep ("Сергей", "Сергеем").
  const std::string_view first_name = tokens_.folded(k - 1);
  std::size_t prefix = 0;
  for (int letters = 0; letters < 3 && prefix < first_name.size(); ++letters)
    do ++prefix; while (prefix < first_name.size() && (static_cast<unsigned char>(first_name[prefix]) & 0xC0) == 0x80);
  return std::string(first_name.substr(0, prefix)) + " " + name_key(word);
}

int PeopleIndex::find_token(std::size_t k) const {
  // A patronymic after a first name: the person with both ("Эмма Александровна", not "Людмила Александровна").
  if (!words_.patronymic_endings.empty())
    if (const std::string both = patronymic_key(k); !both.empty())
      if (const auto it = by_last_name_.find(both); it != by_last_name_.end()) return it->second;
  const std::string key = name_key(tokens_.folded(k));
  if (const auto it = by_last_name_.find(key); it != by_last_name_.end()) return namesakes_.empty() ? it->second : namesake_at(k, key, it->second);
  if (const auto it = by_first_name_.find(key); it != by_first_name_.end() && it->second >= 0) return it->second;
  return -1;
}

bool PeopleIndex::has_role(int index, std::string_view folded_role) const {
  if (index < 0) return false;
  const auto& roles = people_[static_cast<std::size_t>(index)].roles;
  if (std::find(roles.begin(), roles.end(), folded_role) != roles.end()) return true;
  if (words_.name_endings.empty()) return false;
  // In languages with case endings the role word is inflected like a name ("за словами міністра"),
  // and so is each word of an office ("по словам главы ведомства" ~ "глава ведомства").
  auto same_words = [&](std::string_view a, std::string_view b) {
    while (!a.empty() && !b.empty()) {
      const std::size_t ea = std::min(a.find(' '), a.size()), eb = std::min(b.find(' '), b.size());
      if (name_key(a.substr(0, ea)) != name_key(b.substr(0, eb))) return false;
      a.remove_prefix(std::min(ea + 1, a.size()));
      b.remove_prefix(std::min(eb + 1, b.size()));
    }
    return a.empty() && b.empty();
  };
  const bool phrase = folded_role.find(' ') != std::string_view::npos;
  for (const std::string& role : roles)
    if ((role.find(' ') != std::string::npos) == phrase && same_words(role, folded_role)) return true;
  return false;
}

int PeopleIndex::last_mentioned_matching(uint32_t pos, const std::function<bool(int)>& matches) const {
  // A bounded look back keeps this cheap on any text.
  constexpr int kMaxLookBack = 256;
  auto it = std::lower_bound(mentioned_at_.begin(), mentioned_at_.end(), std::make_pair(pos, -1));
  for (int looked = 0; it != mentioned_at_.begin() && looked < kMaxLookBack; ++looked) {
    --it;
    if (matches(it->second)) return it->second;
  }
  return -1;
}

int PeopleIndex::last_mentioned_before(uint32_t pos, const std::vector<Span>& skip) const {
  auto it = std::lower_bound(mentioned_at_.begin(), mentioned_at_.end(), std::make_pair(pos, -1));
  // Names inside quotations are skipped; a bounded look back keeps this cheap on any text.
  for (int looked = 0; it != mentioned_at_.begin() && looked < 64; ++looked) {
    --it;
    const uint32_t at = it->first;
    if (span_holding(skip, at)) continue;  // a name inside a quotation
    return it->second;
  }
  return -1;
}

}  // namespace article_lens

namespace article_lens {

bool PeopleIndex::genitive_after_described_title(std::size_t k) const {
  if (!words_.capitalised_nouns || k < 2 || !tokens_.joined(k) || !tokens_.title(k - 1)) return false;
  const std::string_view word = tokens_.folded(k);
  if (!lang_data::ends_with_entry("place_genitive_endings", words_.language, word, 3)) return false;
  // The article before the title, over lower-case modifiers ("Der oberste geistliche Führer Irans").
  constexpr std::size_t kMaxModifiers = 3;
  for (std::size_t j = k - 1; j-- > 0 && k - 1 - j <= kMaxModifiers + 1;) {
    if (tokens_.in(j, words_.determiners)) return true;
    if (!tokens_.joined(j + 1) || (tokens_.capitalized(j) && !tokens_.title(j))) return false;
  }
  return false;
}

}  // namespace article_lens
