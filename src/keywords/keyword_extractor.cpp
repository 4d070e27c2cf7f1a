#include "keywords/keyword_extractor.h"

#include "keywords/keyword_candidates.h"
#include "keywords/keyword_language.h"
#include "keywords/keyword_ranking.h"
#include "keywords/keyword_tokens.h"

namespace article_lens {

KeywordExtractor::KeywordExtractor(std::string_view language, const KeywordOptions& options)
    : language_(language), options_(options) {}

std::vector<Keyword> KeywordExtractor::extract(const Document& document) const {
  if (options_.top == 0) return {};
  KeywordLanguage language(language_, options_);
  const KeywordTokens words = read_keyword_tokens(document, language);
  const Candidates candidates = find_candidates(words, options_.phrases);
  return rank_keywords(words, candidates, document.text, options_);
}

}  // namespace article_lens
