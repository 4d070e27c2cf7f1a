// "Jak podaje tvn24.pl, śledczy ...", "Как сообщает fontanka.ru, ...": a web address is one word
// naming an outlet. The word tokenizer splits it at the dot, and a dot in the gap before a word ends
// a clause for every rule reading gaps, so the source phrase would end before the address. Only a
// dot with no space before a lower-case domain joins (data/web_domains_<lang>.txt), also a second
// ("pravda.com.ua").
#include "quotes/web_address.h"

#include "language/word_set.h"
#include "unicode/case_fold.h"

namespace article_lens {

void join_web_addresses(std::string_view text, std::string_view language, std::vector<unicode::WordToken>& tokens) {
  const WordSet& domains = WordSet::shared("web_domains", language);
  if (domains.empty() || tokens.size() < 2) return;
  std::size_t out = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    unicode::WordToken token = tokens[k];
    while (k + 1 < tokens.size()) {
      const unicode::WordToken& next = tokens[k + 1];
      const bool dot = next.span.begin == token.span.end + 1 && text[token.span.end] == '.';
      const bool domain = dot && !next.has(unicode::kCapitalized) && next.has(unicode::kHasLetter) &&
                          domains.contains_folded(unicode::fold_case(text.substr(next.span.begin, next.span.end - next.span.begin)));
      if (!domain || !token.has(unicode::kHasLetter)) break;
      token.span.end = next.span.end;
      token.flags |= unicode::kCapitalized;
      ++k;
    }
    tokens[out++] = token;
  }
  tokens.resize(out);
}

}  // namespace article_lens
