// A clause set against the one before after a comma ("…, but the Treasury says …", "…, pero el
// Gobierno asegura que …"; data/contrast_conjunctions_<lang>.txt) has a subject and cue of its own:
// marked words before it are not that subject's ("La oposición habla de un \"fraude\", pero el
// Gobierno asegura …"). A cue closing the whole sentence after its own comma still covers both
// clauses ("He was not \"forcing\" anyone, but places should be there, he said").
#include "language/word_set.h"
#include "quotes/attribution.h"

namespace article_lens {
namespace {

// How far into the clause its cue is looked for (keeps the look linear).
constexpr std::size_t kMaxClauseWords = 12;

}  // namespace

bool AttributionFinder::opens_contrasting_report(std::size_t k, std::size_t limit) const {
  if (k == 0 || k >= limit || tokens_.gap_before(k).find(',') == std::string_view::npos ||
      !WordSet::shared("contrast_conjunctions", words_.language).contains_folded(tokens_.folded(k)))
    return false;
  for (std::size_t j = k + 1; j < limit && j - k <= kMaxClauseWords; ++j) {
    if (!cue_at(j, limit, false)) continue;
    // The clause's own subject opens it, right before its cue: "but the Treasury says".
    const TokenRange subject = mentions_.before(j, k + 1);
    return !subject.empty() && subject.first == k + 1 && subject.last == j;
  }
  return false;
}

}  // namespace article_lens
