// Keywords: what an article is about, as words and phrases a reader can check. Counts are honest
// (every occurrence, inflected forms grouped by Snowball stem, labelled with the form seen most
// often, as written); `score` orders them (see keyword_ranking.h). Boilerplate, datelines and
// bylines give no keywords; stopwords, speech verbs and news reporting words (said, told, Mr) never
// are keywords.
//
//   KeywordExtractor extractor("en", options.keywords);
//   std::vector<Keyword> top = extractor.extract(document);   // best first, with every occurrence
//
// Pipeline: keyword_tokens (words, keys, flags) -> keyword_candidates (words and phrases with their
// occurrences) -> keyword_ranking (what to list, in which order) -> keyword_labels (term, label and
// forms as written). Linear in the text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article_lens.h"
#include "document.h"

namespace article_lens {

class KeywordExtractor {
 public:
  KeywordExtractor(std::string_view language, const KeywordOptions& options);
  std::vector<Keyword> extract(const Document& document) const;

 private:
  std::string language_;
  KeywordOptions options_;
};

}  // namespace article_lens
