#include "quotes/speaker_resolver.h"

#include <string>
#include <vector>

#include "unicode/case_fold.h"

namespace article_lens {

SpeakerResolver::SpeakerResolver(const Document& document, const PeopleIndex& people, const WordSet& pronouns,
                                 const WordSet& titles, const WordSet& determiners)
    : document_(document), people_(people), pronouns_(pronouns), titles_(titles), determiners_(determiners) {}

Span SpeakerResolver::name_part(Span mention) const {
  Span name{};
  for (std::size_t k = document_.first_token_at_or_after(mention.begin);
       k < document_.tokens.size() && document_.tokens[k].span.end <= mention.end; ++k) {
    const auto& token = document_.tokens[k];
    if (!token.has(unicode::kCapitalized) || titles_.contains(document_.slice(token.span))) {
      if (!name.empty()) break;
      continue;
    }
    if (name.empty()) name.begin = token.span.begin;
    name.end = token.span.end;
  }
  return name;
}

int SpeakerResolver::resolve(Span mention, int recent) const {
  const std::size_t first = document_.first_token_at_or_after(mention.begin);
  std::vector<std::string> words;
  bool has_name = false;
  for (std::size_t k = first; k < document_.tokens.size() && document_.tokens[k].span.end <= mention.end; ++k) {
    const auto& token = document_.tokens[k];
    // A capitalised word that is a known last name names the person outright.
    if (token.has(unicode::kCapitalized)) {
      const int named = people_.find(fold_name_word(document_.slice(token.span)));
      if (named >= 0) return named;
    }
    words.push_back(unicode::fold_case(document_.slice(token.span)));
    if (token.has(unicode::kCapitalized) && !titles_.contains_folded(words.back()) &&
        !determiners_.contains_folded(words.back()) && !pronouns_.contains_folded(words.back()))
      has_name = true;
  }
  if (words.empty()) return -1;
  // "the Belarusian leader" is a description even though it has a capitalised word.
  if (has_name && !determiners_.contains_folded(words.front())) return kNamedStranger;
  const int fallback = recent >= 0 ? recent : people_.main_subject();
  if (words.size() == 1 && pronouns_.contains_folded(words[0])) return fallback;
  // A description: the recent speaker or main subject if they have one of its role words, else
  // anyone who has.
  for (const int preferred : {recent, people_.main_subject()})
    for (const std::string& word : words)
      if (people_.has_role(preferred, word)) return preferred;
  for (std::size_t i = 0; i < people_.people().size(); ++i)
    for (const std::string& word : words)
      if (people_.has_role(static_cast<int>(i), word)) return static_cast<int>(i);
  return fallback;
}

}  // namespace article_lens
