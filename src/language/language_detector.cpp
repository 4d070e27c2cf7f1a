#include "language/language_detector.h"

#include <map>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "unicode/case_fold.h"
#include "unicode/word_tokens.h"

namespace article_lens {
namespace {

// Enough text to decide; the rest of a long article does not change the answer.
constexpr std::size_t kSampleBytes = 64 * 1024;

}  // namespace

std::string detect_language(std::string_view text) {
  std::string_view sample = text.substr(0, kSampleBytes);
  const auto tokens = unicode::tokenize_words(sample);
  std::string best = "en";
  std::size_t best_hits = 0;
  std::string folded;
  for (const std::string& lang : lang_data::languages_with("stopwords")) {
    const WordSet& stopwords = WordSet::shared("stopwords", lang);
    std::size_t hits = 0;
    for (const auto& token : tokens) {
      folded.clear();
      unicode::append_folded(folded, sample.substr(token.span.begin, token.span.size()));
      if (stopwords.contains_folded(folded)) ++hits;
    }
    if (hits > best_hits) {
      best_hits = hits;
      best = lang;
    }
  }
  return best;
}

}  // namespace article_lens
