// Data lines that list words in groups: "entraîneur, coach | attaquant, gardien" (rival_roles_<lang>),
// "indian, india" (nation_words_<lang>). Words are comma-separated, groups split by '|'.
#pragma once

#include <algorithm>
#include <string_view>

namespace article_lens {

// The group (0 for the first, 1 after the first '|', ...) of `line` that lists `word`, or -1.
inline int listed_side(std::string_view line, std::string_view word) {
  int side = 0;
  for (std::size_t begin = 0, end; begin < line.size(); begin = end + 1) {
    end = std::min(line.find_first_of(",|", begin), line.size());
    std::string_view part = line.substr(begin, end - begin);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (part == word) return side;
    if (end < line.size() && line[end] == '|') ++side;
  }
  return -1;
}

}  // namespace article_lens
