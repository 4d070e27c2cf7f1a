#include "keywords/keyword_ranking.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

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
    if (items[a].keys.size() != items[b].keys.size()) return items[a].keys.size() > items[b].keys.size();
    return items[a].count() > items[b].count();
  });
  std::vector<uint8_t> covered(words.tokens.size(), 0);
  for (const uint32_t c : order) {
    uint32_t inside = 0;
    for (const Occurrence& o : items[c].occurrences) {
      bool all = true;
      for (uint32_t k = o.token; k < o.token + o.words && all; ++k) all = covered[k];
      // A first name alone is not a topic when it mostly stands before a last name.
      inside += all || (o.words == 1 && candidates.name_head[o.token]);
    }
    if (explained(inside, items[c].count())) continue;
    keep[c] = 1;
    if (!items[c].phrase()) continue;
    for (const Occurrence& o : items[c].occurrences)
      for (uint32_t k = o.token; k < o.token + o.words; ++k) covered[k] = 1;
  }
  return keep;
}

double score(const Candidate& c, const KeywordTokens& words, const RankingWeights& w) {
  const double count = c.count();
  const double tokens = std::max<std::size_t>(1, words.tokens.size());
  const double first = c.occurrences.front().token / tokens;  // 0 at the start, near 1 at the end
  const double spread = c.sentences / static_cast<double>(std::max<uint32_t>(1, words.counted_sentences));
  double s = count;
  s *= 1 + w.headline * (c.headline > 0);
  s *= 1 + w.early * (1 - first);
  s *= 1 + w.name * (c.name_like / count);
  s *= 1 + w.spread * spread;
  if (c.phrase()) s *= w.phrase;
  double letters = 0;
  for (const uint32_t key : c.keys) letters += code_points(words.keys[key]);
  letters /= c.keys.size();
  s *= 1 + w.length * std::clamp((letters - 3) / 5, 0.0, 1.0);
  return s;
}

std::string form_of(const KeywordTokens& words, const Occurrence& o) {
  std::string form;
  for (uint32_t k = o.token; k < o.token + o.words; ++k) {
    if (!form.empty()) form.push_back(' ');
    form += words.forms[words.tokens[k].form];
  }
  return form;
}

Keyword to_keyword(const KeywordTokens& words, const Candidate& c, double value) {
  Keyword keyword;
  keyword.count = c.count();
  keyword.score = value;
  std::vector<std::pair<std::string, uint32_t>> forms;
  std::unordered_map<std::string, uint32_t> index;
  for (const Occurrence& o : c.occurrences) {
    const KeywordToken& last = words.tokens[o.token + o.words - 1];
    keyword.occurrences.push_back(Span{words.tokens[o.token].span.begin, last.span.end});
    std::string form = form_of(words, o);
    auto [it, inserted] = index.try_emplace(form, static_cast<uint32_t>(forms.size()));
    if (inserted) forms.emplace_back(std::move(form), 0);
    ++forms[it->second].second;
  }
  // Most frequent first; on a tie the longer form (the full name) and then the first seen.
  std::stable_sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return a.first.size() > b.first.size();
  });
  for (auto& form : forms) keyword.forms.push_back(std::move(form.first));
  keyword.term = keyword.forms.front();
  return keyword;
}

}  // namespace

std::vector<Keyword> rank_keywords(const KeywordTokens& words, const Candidates& candidates,
                                   const KeywordOptions& options, const RankingWeights& weights) {
  const auto& items = candidates.items;
  const std::vector<uint8_t> keep = listable(words, candidates, options.phrases, weights);
  struct Ranked {
    uint32_t candidate;
    double score;
  };
  std::vector<Ranked> ranked;
  for (uint32_t c = 0; c < items.size(); ++c)
    if (keep[c] && items[c].count() >= options.min_count) ranked.push_back(Ranked{c, score(items[c], words, weights)});
  const auto better = [&](const Ranked& a, const Ranked& b) {
    if (a.score != b.score) return a.score > b.score;
    if (items[a.candidate].count() != items[b.candidate].count()) return items[a.candidate].count() > items[b.candidate].count();
    return items[a.candidate].occurrences.front().token < items[b.candidate].occurrences.front().token;
  };
  const std::size_t top = std::min<std::size_t>(options.top, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(top), ranked.end(), better);
  std::vector<Keyword> keywords;
  keywords.reserve(top);
  for (std::size_t i = 0; i < top; ++i) keywords.push_back(to_keyword(words, items[ranked[i].candidate], ranked[i].score));
  return keywords;
}

}  // namespace article_lens
