// Data lines that list words in groups: "entraîneur, coach | attaquant, gardien" (rival_roles_<lang>),
// "indian, india" (nation_words_<lang>). Words are comma-separated, groups split by '|'.
#pragma once

#include <algorithm>
#include <string_view>

namespace article_lens {

// Calls fn(word, group) for each word of `line`, its group 0 for the first, 1 after the first '|',
// ...; stops early where fn returns true.
template <typename Fn>
void for_each_listed(std::string_view line, Fn fn) {
  int side = 0;
  for (std::size_t begin = 0, end; begin < line.size(); begin = end + 1) {
    end = std::min(line.find_first_of(",|", begin), line.size());
    std::string_view part = line.substr(begin, end - begin);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty() && fn(part, side)) return;
    if (end < line.size() && line[end] == '|') ++side;
  }
}

// The group of `line` that lists `word`, or -1.
inline int listed_side(std::string_view line, std::string_view word) {
  int found = -1;
  for_each_listed(line, [&](std::string_view part, int side) {
    if (part != word) return false;
    found = side;
    return true;
  });
  return found;
}

}  // namespace article_lens
