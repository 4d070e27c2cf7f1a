#include "quotes/source_anaphora.h"

#include "language/word_set.h"
#include "unicode/case_fold.h"

namespace article_lens {
namespace {

// How many earlier quotes are looked at: the source pointed back to spoke just before.
constexpr std::size_t kMaxQuotesBack = 12;

bool holds_word(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || text[at - 1] == ' ';
    const bool ends = at + word.size() == text.size() || text[at + word.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

int32_t earlier_source(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                       TokenRange mention, const QuoteFindings& findings) {
  const WordSet& anaphoric = WordSet::shared("anaphoric_determiners", words.language);
  if (anaphoric.empty() || mention.size() < 2) return -1;
  // A demonstrative or "same" word, then the source word it points back with: "cette source",
  // "las mismas fuentes", "la stessa fonte".
  std::size_t head = mention.last;
  bool pointed = false;
  for (std::size_t k = mention.first; k < mention.last && head == mention.last; ++k) {
    if (mentions.is_source_word(k)) head = k;
    else pointed = pointed || anaphoric.contains_folded(tokens.folded(k));
  }
  if (!pointed || head == mention.last) return -1;
  const std::string_view word = tokens.folded(head);
  std::size_t seen = 0;
  for (std::size_t i = findings.quotes.size(); i-- > 0 && seen < kMaxQuotesBack; ++seen) {
    const int32_t speaker = findings.quotes[i].speaker;
    if (speaker < 0) continue;
    const Speaker& earlier = findings.speakers[static_cast<std::size_t>(speaker)];
    if (earlier.anonymous && holds_word(unicode::fold_case(earlier.name), word)) return speaker;
  }
  return -1;
}

}  // namespace article_lens
