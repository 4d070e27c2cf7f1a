#include "keywords/keyword_labels.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "unicode/case_fold.h"

namespace article_lens {
namespace {

// A word as the reader should see it (see the header).
void append_written(std::string& out, const KeywordTokens& words, const Candidates& candidates, uint32_t index,
                    std::string_view text) {
  const KeywordToken& token = words.tokens[index];
  const auto slice = [&](Span span) { return text.substr(span.begin, span.size()); };
  if (token.case_informative()) {
    out += slice(token.span);
  } else if (const uint32_t display = words.form_display[token.form]; display != kNoSurface) {
    out += slice(words.surfaces[display]);
  } else if (candidates.name_like[index] || (words.capitalised_nouns && token.has(kCapitalised))) {
    out += slice(token.span);
  } else {
    out += unicode::to_lower(slice(token.span));
  }
}

struct FormCount {
  std::string form;
  uint32_t count = 0;
};

// Most frequent first; on a tie the longer form (the full name), then the first seen.
std::vector<std::string> by_frequency(std::vector<FormCount> forms) {
  std::stable_sort(forms.begin(), forms.end(), [](const FormCount& a, const FormCount& b) {
    if (a.count != b.count) return a.count > b.count;
    return a.form.size() > b.form.size();
  });
  std::vector<std::string> out;
  out.reserve(forms.size());
  for (FormCount& f : forms) out.push_back(std::move(f.form));
  return out;
}

void tally(std::vector<FormCount>& forms, std::unordered_map<std::string, uint32_t>& index, std::string&& form) {
  auto [it, inserted] = index.try_emplace(form, static_cast<uint32_t>(forms.size()));
  if (inserted) forms.push_back(FormCount{std::move(form), 0});
  ++forms[it->second].count;
}

}  // namespace

Keyword describe_keyword(const KeywordTokens& words, const Candidates& candidates, const Candidate& candidate,
                         std::string_view text, double score) {
  Keyword keyword;
  keyword.count = candidate.count();
  keyword.score = score;
  std::vector<FormCount> folded, written;
  std::unordered_map<std::string, uint32_t> folded_index, written_index;
  for (const Occurrence& o : candidates.occurrences_of(candidate)) {
    const KeywordToken& last = words.tokens[o.token + o.words - 1];
    keyword.occurrences.push_back(Span{words.tokens[o.token].span.begin, last.span.end});
    std::string folded_form, written_form;
    for (uint32_t k = o.token; k < o.token + o.words; ++k) {
      if (k > o.token) {
        folded_form.push_back(' ');
        written_form.push_back(' ');
      }
      folded_form += words.forms[words.tokens[k].form];
      append_written(written_form, words, candidates, k, text);
    }
    tally(folded, folded_index, std::move(folded_form));
    tally(written, written_index, std::move(written_form));
  }
  keyword.term = by_frequency(std::move(folded)).front();
  keyword.forms = by_frequency(std::move(written));
  keyword.label = keyword.forms.front();
  return keyword;
}

}  // namespace article_lens
