// Quotations and their speakers: pairs the marks, finds each quote's attribution, resolves the
// mention to a person the article names, and counts what each speaker is quoted saying.
//
//   QuoteFinder finder("en");
//   QuoteFindings found = finder.find(document);   // found.quotes, found.speakers
#pragma once

#include <string_view>
#include <vector>

#include "article_lens.h"
#include "document.h"
#include "language/word_set.h"
#include "quotes/quote_pairer.h"

namespace article_lens {

struct QuoteFindings {
  std::vector<Quote> quotes;
  std::vector<Speaker> speakers;
};

class QuoteFinder {
 public:
  explicit QuoteFinder(std::string_view language);
  QuoteFindings find(const Document& document) const;

 private:
  QuotePairer pairer_;
  const WordSet& cues_;
  const WordSet& loaded_cues_;
  const WordSet& pronouns_;
  const WordSet& titles_;
  const WordSet& determiners_;
  const WordSet& stopwords_;
};

}  // namespace article_lens
