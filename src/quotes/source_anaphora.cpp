#include "quotes/source_anaphora.h"

#include "language/word_set.h"
#include "quotes/quote_marks.h"
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

// How far back the outlet a medium's noun means may be named: the sentence before, as a rule.
constexpr std::size_t kMaxOutletTokensBack = 40;
constexpr std::size_t kMaxOutletWords = 4;  // "«Московский комсомолец»", "„Gazeta Wyborcza”"
constexpr std::size_t kMaxWordsAfterCue = 3;  // "podała jako pierwsza „Gazeta Wyborcza”"

// "издания", "kanału", and after a hyphen: "Telegram-канал".
bool medium_noun(const QuoteTokens& tokens, const QuoteLexicon& words, std::size_t k) {
  const WordSet& media = WordSet::shared("medium_nouns", words.language);
  const std::string_view word = tokens.folded(k);
  const std::size_t hyphen = word.rfind('-');
  return media.contains_folded(word) || (hyphen != std::string_view::npos && media.contains_folded(word.substr(hyphen + 1)));
}

// The outlet's name that starts at token k, to its closing mark or over its capitalised words;
// empty when none does.
TokenRange outlet_name_at(const QuoteTokens& tokens, std::size_t k, std::size_t end) {
  const bool marked = holds_quote_mark(tokens.gap_before(k));
  std::size_t last = k + 1;
  while (last < end && last - k < kMaxOutletWords && tokens.joined(last) && (marked || tokens.capitalized(last))) ++last;
  if (marked && (last >= end || !holds_quote_mark(tokens.gap_before(last)))) return {};
  return {k, last};
}

}  // namespace

TokenRange earlier_outlet(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, TokenRange mention) {
  if (mention.size() != 1 || mention.first == 0 || tokens.capitalized(mention.first) || !medium_noun(tokens, words, mention.first)) return {};
  const std::size_t floor = mention.first > kMaxOutletTokensBack ? mention.first - kMaxOutletTokensBack : 1;
  for (std::size_t k = mention.first - 1; k >= floor; --k) {
    if (tokens.gap_before(k + 1).find('\n') != std::string_view::npos) break;  // not past the paragraph
    if (!tokens.capitalized(k)) continue;
    // Named after the medium's noun: "Telegram-канал Baza", "portal Gazeta.pl", "видання «...»".
    // (Not a name's first word: "„Gazeta Wyborcza”".)
    const bool noun_before = !tokens.capitalized(k - 1) || tokens.folded(k - 1).find('-') != std::string_view::npos;
    bool outlet = noun_before && tokens.joined(k, true) && medium_noun(tokens, words, k - 1);
    // Or in marks as the subject after a verb of saying: "пишет «Коммерсантъ»".
    const bool marked = holds_quote_mark(tokens.gap_before(k)) && !mentions.is_known_person(k);
    for (std::size_t d = 1; d <= kMaxWordsAfterCue && d <= k && !outlet && marked; ++d) {
      if (tokens.in(k - d, words.cues)) outlet = true;
      else if (tokens.capitalized(k - d) || !tokens.joined(k - d + 1)) break;
    }
    if (!outlet) continue;
    if (const TokenRange name = outlet_name_at(tokens, k, mention.first); !name.empty()) return name;
  }
  return {};
}

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
