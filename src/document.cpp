#include "document.h"

#include <algorithm>

namespace article_lens {

std::size_t Document::first_token_at_or_after(std::size_t pos) const {
  const auto it = std::lower_bound(tokens.begin(), tokens.end(), pos,
                                   [](const unicode::WordToken& t, std::size_t p) { return t.span.begin < p; });
  return static_cast<std::size_t>(it - tokens.begin());
}

long Document::sentence_at(std::size_t pos) const {
  const auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                                   [](std::size_t p, const Sentence& s) { return p < s.span.begin; });
  return static_cast<long>(it - sentences.begin()) - 1;
}

}  // namespace article_lens
