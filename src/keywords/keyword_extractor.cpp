#include "keywords/keyword_extractor.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

#include "unicode/case_fold.h"

namespace article_lens {
namespace {

struct Term {
  uint32_t count = 0;
  uint32_t first = 0;
  std::vector<Span> occurrences;
  std::map<std::string, uint32_t> forms;
};

}  // namespace

KeywordExtractor::KeywordExtractor(std::string_view language, const KeywordOptions& options)
    : options_(options), stopwords_(WordSet::shared("stopwords", language)) {
  for (const std::string& word : options_.extra_stopwords) stopwords_.add(word);
}

bool KeywordExtractor::is_candidate(std::string_view folded, const unicode::WordToken& token) const {
  if (!token.has(unicode::kHasLetter)) return false;  // numbers are not what a text is about
  if (folded.size() < 2 && !token.has(unicode::kIdeographic)) return false;
  return !stopwords_.contains_folded(folded);
}

std::vector<Keyword> KeywordExtractor::extract(const Document& document) const {
  std::unordered_map<std::string, Term> terms;
  std::string folded;
  std::size_t sentence = 0;
  for (const auto& token : document.tokens) {
    // Share buttons and datelines belong to the page, not to what the article is about.
    while (sentence < document.sentences.size() && document.sentences[sentence].span.end <= token.span.begin) ++sentence;
    if (sentence < document.sentences.size() && document.sentences[sentence].span.begin <= token.span.begin) {
      const SentenceRole role = document.sentences[sentence].role;
      if (role == SentenceRole::kBoilerplate || role == SentenceRole::kDateline) continue;
    }
    folded.clear();
    unicode::append_folded(folded, document.slice(token.span));
    if (!is_candidate(folded, token)) continue;
    Term& term = terms[folded];
    if (term.count == 0) term.first = token.span.begin;
    ++term.count;
    term.occurrences.push_back(token.span);
    ++term.forms[folded];
  }
  std::vector<Keyword> keywords;
  keywords.reserve(terms.size());
  std::vector<uint32_t> first_seen;
  for (auto& [text, term] : terms) {
    if (term.count < options_.min_count) continue;
    Keyword keyword;
    keyword.term = text;
    keyword.count = term.count;
    keyword.score = term.count;
    keyword.occurrences = std::move(term.occurrences);
    std::vector<std::pair<std::string, uint32_t>> forms(term.forms.begin(), term.forms.end());
    std::stable_sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (auto& form : forms) keyword.forms.push_back(form.first);
    keywords.push_back(std::move(keyword));
  }
  // Equal scores: the term that appears first in the text ranks first.
  std::sort(keywords.begin(), keywords.end(), [](const Keyword& a, const Keyword& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.occurrences.front().begin < b.occurrences.front().begin;
  });
  if (keywords.size() > options_.top) keywords.resize(options_.top);
  return keywords;
}

}  // namespace article_lens
