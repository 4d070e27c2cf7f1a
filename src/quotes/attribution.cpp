#include "quotes/attribution.h"

#include <algorithm>
#include <string>

#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// A mention longer than this is a clause, not a name or description.
constexpr std::size_t kMaxMentionWords = 6;
// How far from the quote a cue may stand.
constexpr std::size_t kMaxWordsToCue = 7;
// Words allowed between a cue and the quote that follows it ("told reporters: “...”").
constexpr std::size_t kMaxWordsAfterCue = 3;

bool only(std::string_view gap, bool allow_comma_or_dash) {
  for (std::size_t i = 0; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    const bool ok = unicode::is_space(cp.value) && !unicode::is_line_break(cp.value);
    const bool punctuation = cp.value == ',' || unicode::is_dash(cp.value);
    if (!ok && !(allow_comma_or_dash && punctuation)) return false;
    i += cp.length;
  }
  return true;
}

}  // namespace

AttributionFinder::AttributionFinder(const Document& document, const WordSet& cues)
    : document_(document), cues_(cues) {}

bool AttributionFinder::joined_by_space(std::size_t left, std::size_t right) const {
  const auto& tokens = document_.tokens;
  const std::size_t gap_begin = tokens[left].span.end;
  const std::size_t gap_end = tokens[right].span.begin;
  return gap_end > gap_begin && only(document_.text.substr(gap_begin, gap_end - gap_begin), false);
}

std::size_t AttributionFinder::cue_length(std::size_t index, std::size_t end) const {
  std::string phrase;
  std::size_t best = 0;
  const std::size_t longest = std::min(cues_.max_words_per_entry(), end - index);
  for (std::size_t n = 1; n <= longest; ++n) {
    const std::size_t k = index + n - 1;
    if (n > 1) {
      if (!joined_by_space(k - 1, k)) break;
      phrase.push_back(' ');
    }
    unicode::append_folded(phrase, document_.slice(document_.tokens[k].span));
    if (cues_.contains_folded(phrase)) best = n;
  }
  return best;
}

Attribution AttributionFinder::after(const MarkedSpan& quote, std::size_t limit) const {
  const auto& tokens = document_.tokens;
  const std::size_t first = document_.first_token_at_or_after(quote.span.end);
  std::size_t end = first;
  while (end < tokens.size() && tokens[end].span.end <= limit && end - first < kMaxWordsToCue + kMaxMentionWords) ++end;
  if (first == end) return {};
  if (!only(document_.text.substr(quote.span.end, tokens[first].span.begin - quote.span.end), true)) return {};
  for (std::size_t k = first; k < end && k - first <= kMaxWordsToCue; ++k) {
    if (k > first && !joined_by_space(k - 1, k)) return {};
    const std::size_t cue = cue_length(k, end);
    if (!cue) continue;
    Attribution found;
    found.cue = {tokens[k].span.begin, tokens[k + cue - 1].span.end};
    if (k > first) {  // “...,” the minister said.
      if (k - first > kMaxMentionWords) return {};
      found.mention = {tokens[first].span.begin, tokens[k - 1].span.end};
      return found;
    }
    // “...,” said Karen Olsen.
    std::size_t m = k + cue;
    const std::size_t mention_first = m;
    while (m < end && m - mention_first < kMaxMentionWords && joined_by_space(m - 1, m)) ++m;
    if (m == mention_first) return {};
    found.mention = {tokens[mention_first].span.begin, tokens[m - 1].span.end};
    return found;
  }
  return {};
}

Attribution AttributionFinder::before(const MarkedSpan& quote, std::size_t limit) const {
  const auto& tokens = document_.tokens;
  const std::size_t end = document_.first_token_at_or_after(quote.span.begin);
  std::size_t first = end;
  while (first > 0 && tokens[first - 1].span.begin >= limit) --first;
  if (first == end) return {};
  // The clause must lead straight into the quote: `said, “`, `said: “`, `told reporters: “`.
  const std::string_view lead = document_.text.substr(tokens[end - 1].span.end,
                                                      quote.span.begin - tokens[end - 1].span.end);
  if (lead.find_first_not_of(" ,:") != std::string_view::npos) return {};
  for (std::size_t k = end; k-- > first && end - k <= kMaxWordsAfterCue + 1;) {
    const std::size_t cue = cue_length(k, end);
    if (!cue) continue;
    if (k + cue < end && lead.find(':') == std::string_view::npos) continue;  // only "told X:" may skip words
    std::size_t m = k;
    while (m > first && k - m < kMaxMentionWords && joined_by_space(m - 1, m)) --m;
    if (m == k) return {};
    Attribution found;
    found.cue = {tokens[k].span.begin, tokens[k + cue - 1].span.end};
    found.mention = {tokens[m].span.begin, tokens[k - 1].span.end};
    return found;
  }
  return {};
}

Attribution AttributionFinder::find(const MarkedSpan& quote, std::size_t previous_end,
                                    std::size_t next_begin) const {
  // After the quote, the attribution stays inside the sentence where the quote ends.
  const long sentence = document_.sentence_at(quote.span.end > 0 ? quote.span.end - 1 : 0);
  std::size_t limit = next_begin;
  if (sentence >= 0) limit = std::min<std::size_t>(limit, document_.sentences[static_cast<std::size_t>(sentence)].span.end);
  Attribution found = after(quote, limit);
  if (found.found()) return found;
  // Before the quote, it stays inside the sentence where the quote starts.
  const long start_sentence = document_.sentence_at(quote.span.begin);
  std::size_t start_limit = previous_end;
  if (start_sentence >= 0)
    start_limit = std::max<std::size_t>(start_limit, document_.sentences[static_cast<std::size_t>(start_sentence)].span.begin);
  return before(quote, start_limit);
}

}  // namespace article_lens
