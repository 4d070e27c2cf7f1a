// Which of a sorted list of disjoint spans (the quotations, most often) holds a byte: names inside a
// quotation are no antecedents, sentences inside one are the speaker's.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "article_lens.h"

namespace article_lens {

// The span of `sorted` (ordered by begin, disjoint) that holds byte `pos`, or nullptr.
inline const Span* span_holding(const std::vector<Span>& sorted, uint32_t pos) {
  const auto it = std::upper_bound(sorted.begin(), sorted.end(), pos, [](uint32_t p, const Span& s) { return p < s.begin; });
  return it != sorted.begin() && std::prev(it)->end > pos ? &*std::prev(it) : nullptr;
}

}  // namespace article_lens
