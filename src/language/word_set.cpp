#include "language/word_set.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "language/lang_tables.h"
#include "unicode/case_fold.h"

namespace article_lens {

WordSet WordSet::from_table(std::string_view kind, std::string_view lang) {
  WordSet set;
  for (std::string_view entry : lang_data::entries(kind, lang)) set.add(entry);
  return set;
}

const WordSet& WordSet::shared(std::string_view kind, std::string_view lang) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::unique_ptr<WordSet>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[{std::string(kind), std::string(lang)}];
  if (!slot) {
    slot = std::make_unique<WordSet>(from_table(kind, lang));
    slot->sort_if_needed();  // shared sets are read concurrently; sort now, not lazily
  }
  return *slot;
}

void WordSet::add(std::string_view entry) {
  std::string folded = unicode::fold_case(entry);
  const std::size_t words = 1 + static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' '));
  max_words_ = std::max(max_words_, words);
  words_.push_back(std::move(folded));
  sorted_ = false;
}

void WordSet::sort_if_needed() const {
  if (sorted_) return;
  std::sort(words_.begin(), words_.end());
  words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  sorted_ = true;
}

bool WordSet::contains_folded(std::string_view folded) const {
  sort_if_needed();
  return std::binary_search(words_.begin(), words_.end(), folded,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

bool WordSet::contains(std::string_view word) const { return contains_folded(unicode::fold_case(word)); }

}  // namespace article_lens
