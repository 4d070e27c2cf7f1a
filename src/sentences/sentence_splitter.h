// Splits text into sentences as spans of the original text (never rewritten text).
//
//   SentenceSplitter splitter("en", {.hard_wrapped = false});
//   std::vector<Sentence> sentences = splitter.split(text);
//
// A sentence ends after terminal punctuation (with any closing quotes or brackets after it) when the
// next word starts a new sentence, at a line break, and always at a blank line. Abbreviations come
// from the language's data (src/sentences/data/abbreviations_<lang>.txt) plus the caller's own.
// Linear in the size of the text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article_lens.h"
#include "language/word_set.h"

namespace article_lens {

struct SentenceSplitterOptions {
  bool hard_wrapped = false;  // single line breaks are wraps, not boundaries (text from PDFs)
  std::vector<std::string> extra_abbreviations;
};

class SentenceSplitter {
 public:
  SentenceSplitter(std::string_view language, const SentenceSplitterOptions& options);
  std::vector<Sentence> split(std::string_view text) const;

 private:
  bool is_abbreviation(std::string_view text, std::size_t period) const;
  bool ends_sentence(std::string_view text, std::size_t mark, std::size_t after) const;

  SentenceSplitterOptions options_;
  WordSet abbreviations_;
};

}  // namespace article_lens
