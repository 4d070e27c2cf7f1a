// A set of words or phrases compared after case folding, loaded from a language data table.
//
//   WordSet verbs = WordSet::from_table("speech_verbs", "en");
//   verbs.contains("Said");   // true: entries and queries are both case-folded
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace article_lens {

class WordSet {
 public:
  WordSet() = default;
  static WordSet from_table(std::string_view kind, std::string_view lang);
  // The same set, built once per process and kept: language data never changes at run time.
  static const WordSet& shared(std::string_view kind, std::string_view lang);

  void add(std::string_view entry);  // folds `entry`
  bool contains(std::string_view word) const;  // folds `word`
  bool contains_folded(std::string_view folded) const;  // `folded` is already case-folded
  bool empty() const { return words_.empty(); }
  std::size_t size() const { return words_.size(); }
  // Longest entry in words, so callers know how far a phrase match may reach.
  std::size_t max_words_per_entry() const { return max_words_; }

 private:
  void sort_if_needed() const;
  mutable std::vector<std::string> words_;
  mutable bool sorted_ = true;
  std::size_t max_words_ = 0;
};

}  // namespace article_lens
