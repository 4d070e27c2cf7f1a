// Two roles of one person joined by "and" before the name: "said Acme founder and CEO Jordan
// Blake", "said president and chief executive Ann Lee" (a press release's way).
// Names joined by "and" before a lower-case role: "Richard and Judy executive producer Amanda
// Ross", "Ant and Dec presenter Jane Doe". The pair names the show, act or firm the role serves;
// only the person after the role speaks. (Two speakers keep their own titles or none: "Mark
// Blumenthal and pollster Jon Cohen", "Trump and Vice President Mike Pence".)
#include "quotes/mentions.h"

namespace article_lens {

bool MentionFinder::names_qualify_role(std::size_t first, std::size_t last) const {
  if (first >= last || !is_name_word(first)) return false;
  std::size_t role = first + 1;
  while (role < last && tokens_.joined(role) && is_name_word(role)) ++role;
  if (role >= last || !tokens_.joined(role) || tokens_.capitalized(role)) return false;
  // (Over the role's words, in the title list or not: "executive producer", "biographer"; not a
  // link or a verb: "Jon Cohen of Gallup".)
  std::size_t name = role;
  while (name < last && name - role < kMaxRoleWords && tokens_.joined(name) && !tokens_.capitalized(name) &&
         !tokens_.in(name, words_.mention_stops) && !tokens_.in(name, words_.mention_links) && !tokens_.in(name, words_.cues))
    ++name;
  return name > role && name < last && tokens_.joined(name) && is_name_word(name);
}

bool MentionFinder::joins_roles(std::size_t k, std::size_t limit) const {
  if (k == 0 || k + 2 >= limit || !tokens_.in(k, words_.coordinators) || !tokens_.joined(k) || !tokens_.joined(k + 1)) return false;
  // (The role before is a title or a lower-case word, not a name: "Trump and Vice President Mike
  // Pence" are two.)
  const bool role_before = tokens_.title(k - 1) || (!tokens_.capitalized(k - 1) && !tokens_.in(k - 1, words_.mention_stops));
  return role_before && !is_name_word(k - 1) && tokens_.title(k + 1);
}

}  // namespace article_lens
