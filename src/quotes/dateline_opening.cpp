// A paragraph that opens with its place and agency before a dash ("Berlin (dpa) – …", "Bern – «…»,
// sagte …") starts its reported clause after the dash: the place is no part of what was said.
// (sentences/dateline.cpp makes such a line a sentence of its own only when the place is in
// capitals, "BERLIN (dpa) –"; the German press writes it as a name.)
#include "quotes/indirect_speech.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {

namespace {

// Whether the gap holds a dash set off by spaces, nothing else but spaces, a closing bracket before
// it and opening quotation marks after it.
bool dash_gap(std::string_view gap) {
  bool dash = false, space_before = false, space_after = false;
  for (std::size_t i = 0; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    i += cp.length;
    if (unicode::is_dash(cp.value) && !dash && space_before) dash = true;
    else if (cp.value == ' ') (dash ? space_after : space_before) = true;
    else if (!(cp.value == ')' && !dash) && !(dash && space_after && !unicode::is_letter(cp.value) && (cp.value < '0' || cp.value > '9')))
      return false;
  }
  return dash && space_after;
}

}  // namespace

std::size_t IndirectSpeechFinder::past_dateline(std::size_t first, std::size_t last) const {
  // A place of up to three words ("Frankfurt/Main", "St. Gallen"), an agency in brackets after it.
  constexpr std::size_t kMaxPlaceWords = 3;
  constexpr std::size_t kMaxAgencyWords = 2;
  if (first >= last || (first > 0 && tokens_.gap_before(first).find('\n') == std::string_view::npos)) return first;
  std::size_t place = 0, agency = 0;
  bool in_bracket = false;
  for (std::size_t k = first; k < last; ++k) {
    const std::string_view gap = tokens_.gap_before(k);
    if (k > first && dash_gap(gap)) return place > 0 && !in_bracket && tokens_.capitalized(k) ? k : first;
    if (gap.find('(') != std::string_view::npos) in_bracket = true;
    if (in_bracket ? ++agency > kMaxAgencyWords : (!tokens_.capitalized(k) || ++place > kMaxPlaceWords)) return first;
    if (k + 1 < last && tokens_.gap_before(k + 1).find(')') != std::string_view::npos) in_bracket = false;
  }
  return first;
}

}  // namespace article_lens
