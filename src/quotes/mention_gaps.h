// The gaps between a mention's words that the mention finder reads (mentions.cpp,
// mention_before.cpp): an apposition's comma, and a gap that stays inside one clause.
#pragma once

#include <string_view>

#include "quotes/quote_marks.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens::mention_gaps {

// Only spaces and one comma, or a dash after a space: the end of an apposition ("Sergei Lavrov, the
// foreign minister, said", "Jason Sims — a teacher — says"), perhaps after an abbreviation's dot
// ("Glenn Thompson, R-Pa., said"); not a cut compound's hyphen ("Journalistinnen- und").
inline bool is_comma_gap(std::string_view gap) {
  bool comma = false, dash = false, space = false;
  if (gap.size() > 1 && gap[0] == '.' && gap[1] == ',') gap.remove_prefix(1);
  for (std::size_t i = 0; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    i += cp.length;
    if (cp.value == ',' && !comma && !dash) comma = true;
    else if (unicode::is_dash(cp.value) && !comma && space) dash = true;  // "Jason Sims — a teacher — says"
    else if (unicode::is_space(cp.value) && !unicode::is_line_break(cp.value)) space = true;
    else return false;
  }
  return comma || dash;
}

// The gap after the closing marks it opens with: ", " in "«Медузы», знакомый" (a name in marks
// closes before the comma).
inline std::string_view without_leading_marks(std::string_view gap) {
  while (!gap.empty()) {
    const auto cp = unicode::decode_at(gap, 0);
    if (!QuoteMarks::shared().is_mark_character(cp.value)) break;
    gap.remove_prefix(cp.length);
  }
  return gap;
}

// A gap inside one clause: no sentence punctuation and no line break.
inline bool within_clause(std::string_view gap) {
  for (std::size_t i = 0; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    i += cp.length;
    if (unicode::is_line_break(cp.value) || cp.value == '.' || cp.value == '!' || cp.value == '?' || cp.value == ';' ||
        cp.value == ':')
      return false;
  }
  return true;
}

}  // namespace article_lens::mention_gaps
