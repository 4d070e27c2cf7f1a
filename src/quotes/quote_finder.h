// Quotations and their speakers: pairs the marks, finds each quote's attribution, tells speech
// from scare quotes, finds reported speech, resolves every mention to a speaker, and counts what a
// media-literacy lesson asks for (who is quoted, how much, with which verbs, named or not).
//
//   QuoteFinder finder("en");
//   QuoteFindings found = finder.find(document);   // found.quotes, found.speakers, found.figures
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article_lens.h"
#include "document.h"
#include "quotes/quote_pairer.h"

namespace article_lens {

// The article-wide counts that go into Stats.
struct QuoteFigures {
  uint32_t direct_quotes = 0;
  uint32_t indirect_quotes = 0;
  uint32_t scare_quotes = 0;
  uint32_t unattributed_quotes = 0;  // direct quotes nobody could be named for
  uint32_t named_sources = 0;        // speakers with a name (people, named organisations)
  uint32_t anonymous_sources = 0;    // unnamed sources ("a senior official")
  uint32_t described_sources = 0;    // groups and bodies described, not named ("shop owners")
  uint32_t neutral_cues = 0;
  uint32_t loaded_cues = 0;
};

struct QuoteFindings {
  std::vector<Quote> quotes;      // in text order
  std::vector<Speaker> speakers;  // in order of their first quote
  QuoteFigures figures;
};

class QuoteFinder {
 public:
  explicit QuoteFinder(std::string_view language);
  QuoteFindings find(const Document& document) const;
  // The same with the marks already paired (QuotePairer::pair of document.text), when the caller
  // needed them first.
  QuoteFindings find(const Document& document, const std::vector<MarkedSpan>& paired) const;

 private:
  std::string language_;
  QuotePairer pairer_;
};

}  // namespace article_lens
