#include "language/word_set.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <utility>

#include "language/lang_tables.h"
#include "unicode/case_fold.h"

namespace article_lens {

WordSet WordSet::from_table(std::string_view kind, std::string_view lang) {
  WordSet set;
  for (std::string_view entry : lang_data::entries(kind, lang)) set.add(entry);
  return set;
}

namespace {

// Orders (kind, language) keys held as strings and looked up as views, so that a lookup, which
// the quote analysis makes per word in places, builds no strings.
struct KeyLess {
  using is_transparent = void;
  template <class A, class B>
  bool operator()(const A& a, const B& b) const {
    return std::pair<std::string_view, std::string_view>(a.first, a.second) <
           std::pair<std::string_view, std::string_view>(b.first, b.second);
  }
};

}  // namespace

const WordSet& WordSet::shared(std::string_view kind, std::string_view lang) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::unique_ptr<WordSet>, KeyLess> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(std::pair<std::string_view, std::string_view>(kind, lang));
  if (it == cache.end()) {
    auto set = std::make_unique<WordSet>(from_table(kind, lang));
    set->sort_if_needed();  // shared sets are read concurrently; sort now, not lazily
    it = cache.emplace(std::pair<std::string, std::string>(kind, lang), std::move(set)).first;
  }
  return *it->second;
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
