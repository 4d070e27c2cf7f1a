#include "sentences/dateline.h"

#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::decode_at;

}  // namespace

std::size_t dateline_prefix_end(std::string_view text, std::size_t pos) {
  const std::size_t limit = pos + kMaxDatelineBytes < text.size() ? pos + kMaxDatelineBytes : text.size();
  std::size_t i = pos;
  std::size_t capital_words = 0, words = 0;
  // A place written in lower case with an initial ("Lisboa, 10 jan 2024 (Lusa) -") counts only
  // with a date and an agency in brackets after it.
  std::size_t initial_words = 0;
  bool dated = false, agency = false;
  bool in_place = true;  // still reading the capitalised place name
  int depth = 0;
  while (i < limit) {
    auto cp = decode_at(text, i);
    if (unicode::is_line_break(cp.value)) return 0;
    if (cp.value == '(') {
      ++depth;
    } else if (cp.value == ')') {
      if (--depth < 0) return 0;
      agency = agency || depth == 0;
    } else if (depth == 0 && unicode::is_dash(cp.value) && i > pos) {
      // The dash: "—" may touch its neighbours, a hyphen needs spaces ("(AP) - The").
      // (Latin American papers join it to a full stop after the place: "BUENOS AIRES.- La ...".)
      const bool spaced_before = unicode::is_space(unicode::decode_before(text, i).value);
      const bool after_stop = text[i - 1] == '.';
      std::size_t j = i + cp.length;
      if (cp.value == '-' && j < text.size() && text[j] == '-') ++j;
      const bool spaced_after = j < text.size() && unicode::is_space(decode_at(text, j).value);
      if (cp.value == '-' && !((spaced_before || after_stop) && spaced_after)) return 0;
      if ((capital_words == 0 && !(initial_words > 0 && dated && agency)) || words > 10 || j >= text.size()) return 0;
      std::size_t k = j;
      while (k < text.size() && text[k] == ' ') ++k;
      if (k >= text.size() || unicode::is_line_break(decode_at(text, k).value)) return 0;
      return j;
    } else if (depth == 0 && unicode::is_letter(cp.value)) {
      // A word: capitals only while in the place name; a date's month may be capitalised, or in
      // lower case after the day ("12 mars", "10 jan 2024", "5 mag").
      const std::size_t begin = i;
      bool all_upper = true, first_upper = unicode::is_upper(cp.value);
      std::size_t letters = 0;
      while (i < limit) {
        cp = decode_at(text, i);
        if (unicode::is_letter(cp.value) || unicode::is_mark(cp.value)) {
          ++letters;
          all_upper = all_upper && !unicode::is_lower(cp.value);
        } else if ((cp.value != '.' && cp.value != '-' && cp.value != '\'') ||
                   (cp.value == '-' && text[i - 1] == '.' && i + 1 < text.size() && text[i + 1] == ' ')) {
          break;  // (not the dash after a full stop: "BUENOS AIRES.- ")
        }
        i += cp.length;
      }
      ++words;
      if (in_place && all_upper && letters >= 2) {
        ++capital_words;
      } else if (in_place && first_upper && capital_words == 0 && words <= 2) {
        ++initial_words;
      } else {
        if ((capital_words == 0 && initial_words == 0) || !(first_upper || dated)) return 0;
        in_place = false;
      }
      if (i == begin) return 0;
      continue;
    } else if (depth == 0 && !unicode::is_space(cp.value) && !unicode::is_decimal_digit(cp.value) && cp.value != ',' &&
               cp.value != ':' && cp.value != '/') {
      return 0;
    } else if (depth == 0 && unicode::is_decimal_digit(cp.value)) {
      if (capital_words == 0 && initial_words == 0) return 0;
      in_place = false;
      dated = true;
    }
    i += cp.length;
  }
  return 0;
}

}  // namespace article_lens
