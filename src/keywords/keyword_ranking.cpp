#include "keywords/keyword_ranking.h"

#include <algorithm>
#include <cmath>

#include "keywords/keyword_labels.h"

namespace article_lens {
namespace {

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool explained(uint32_t covered, uint32_t count) { return covered * 3 >= count * 2; }

uint32_t min_count(const Candidate& c, const RankingWeights& weights) {
  const bool name = c.name_like * 2 > c.count();
  return std::max<uint32_t>(2, name ? weights.min_name_count : weights.min_phrase_count);
}

// Which candidates may be listed (see the header, points 1 and 2).
std::vector<uint8_t> listable(const KeywordTokens& words, const Candidates& candidates, bool phrases,
                              const RankingWeights& weights) {
  const auto& items = candidates.items;
  std::vector<uint8_t> keep(items.size(), 0);
  if (!phrases) {
    for (std::size_t c = 0; c < items.size(); ++c) keep[c] = !items[c].phrase();
    return keep;
  }
  std::vector<uint32_t> order;
  for (uint32_t c = 0; c < items.size(); ++c)
    if (!items[c].phrase() || items[c].count() >= min_count(items[c], weights)) order.push_back(c);
  // Longest first, so that a phrase is judged against the longer phrases already listed.
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (items[a].words != items[b].words) return items[a].words > items[b].words;
    return items[a].count() > items[b].count();
  });
  std::vector<uint8_t> covered(words.tokens.size(), 0);
  for (const uint32_t c : order) {
    uint32_t inside = 0;
    for (const Occurrence& o : candidates.occurrences_of(items[c])) {
      bool all = true;
      for (uint32_t k = o.token; k < o.token + o.words && all; ++k) all = covered[k];
      // A first name alone is not a topic when it mostly stands before a last name.
      inside += all || (o.words == 1 && candidates.name_head[o.token]);
    }
    if (explained(inside, items[c].count())) continue;
    keep[c] = 1;
    if (!items[c].phrase()) continue;
    for (const Occurrence& o : candidates.occurrences_of(items[c]))
      for (uint32_t k = o.token; k < o.token + o.words; ++k) covered[k] = 1;
  }
  return keep;
}

// The mean length in letters of a candidate's words as written (case-folded) at its occurrences.
double mean_letters(const Candidate& c, const Candidates& candidates, const KeywordTokens& words,
                    std::vector<uint16_t>& form_letters) {
  double letters = 0, counted = 0;
  for (const Occurrence& o : candidates.occurrences_of(c))
    for (uint32_t k = o.token; k < o.token + o.words; ++k) {
      const uint32_t form = words.tokens[k].form;
      if (form_letters[form] == 0) form_letters[form] = static_cast<uint16_t>(std::min<std::size_t>(1000, code_points(words.forms[form])));
      letters += form_letters[form];
      ++counted;
    }
  return counted > 0 ? letters / counted : 0;
}

double score(const Candidate& c, const Candidates& candidates, const KeywordTokens& words, const RankingWeights& w,
             std::vector<uint16_t>& form_letters) {
  const double spread = c.sentences / static_cast<double>(std::max<uint32_t>(1, words.counted_sentences));
  double s = std::pow(static_cast<double>(c.count()), w.count_power);
  s *= 1 + w.early / (1 + c.median_rank / w.early_sentences);
  s *= 1 + w.headline * (c.headline > 0);
  s *= 1 + w.spread * spread;
  const bool name = c.name_like * 2 > c.count();
  s *= 1 + w.name * name;
  if (c.phrase() && !name) s *= w.phrase;  // a name is one referent
  const double letters = mean_letters(c, candidates, words, form_letters);
  s *= 1 + w.length * std::clamp((letters - w.length_from) / w.length_letters, 0.0, 1.0);
  return s;
}

}  // namespace

std::vector<Keyword> rank_keywords(const KeywordTokens& words, const Candidates& candidates, std::string_view text,
                                   const KeywordOptions& options, const RankingWeights& weights) {
  const auto& items = candidates.items;
  const std::vector<uint8_t> keep = listable(words, candidates, options.phrases, weights);
  struct Ranked {
    uint32_t candidate;
    double score;
  };
  std::vector<Ranked> ranked;
  std::vector<uint16_t> form_letters(words.forms.size(), 0);  // 0 = not yet measured
  for (uint32_t c = 0; c < items.size(); ++c)
    if (keep[c] && items[c].count() >= options.min_count)
      ranked.push_back(Ranked{c, score(items[c], candidates, words, weights, form_letters)});
  const auto first_token = [&](uint32_t c) { return candidates.occurrences_of(items[c]).front().token; };
  const auto better = [&](const Ranked& a, const Ranked& b) {
    if (a.score != b.score) return a.score > b.score;
    if (items[a.candidate].count() != items[b.candidate].count()) return items[a.candidate].count() > items[b.candidate].count();
    return first_token(a.candidate) < first_token(b.candidate);
  };
  const std::size_t top = std::min<std::size_t>(options.top, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(top), ranked.end(), better);
  std::vector<Keyword> keywords;
  keywords.reserve(top);
  for (std::size_t i = 0; i < top; ++i)
    keywords.push_back(describe_keyword(words, candidates, items[ranked[i].candidate], text, ranked[i].score));
  return keywords;
}

}  // namespace article_lens
