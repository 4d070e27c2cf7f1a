// Keywords: the content words of a text, case-folded, stopwords removed, counted and ranked.
//
//   KeywordExtractor extractor("en", options.keywords);
//   std::vector<Keyword> top = extractor.extract(document);   // best first, with every occurrence
#pragma once

#include <string_view>
#include <vector>

#include "article_lens.h"
#include "document.h"
#include "language/word_set.h"

namespace article_lens {

class KeywordExtractor {
 public:
  KeywordExtractor(std::string_view language, const KeywordOptions& options);
  std::vector<Keyword> extract(const Document& document) const;

 private:
  bool is_candidate(std::string_view folded, const unicode::WordToken& token) const;

  KeywordOptions options_;
  WordSet stopwords_;
};

}  // namespace article_lens
