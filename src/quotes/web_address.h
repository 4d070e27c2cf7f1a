// A web address the press names an outlet by ("tvn24.pl", "Onet.pl", "fontanka.ru"): the word
// tokenizer splits it at its dot, and the dot would end the clause the outlet speaks in.
#pragma once

#include <string_view>
#include <vector>

#include "unicode/word_tokens.h"

namespace article_lens {

// Joins into one token each run of tokens that a dot with no space links to a top-level domain
// (data/web_domains_<lang>.txt), marked as a name whatever its case: an outlet's name.
void join_web_addresses(std::string_view text, std::string_view language, std::vector<unicode::WordToken>& tokens);

}  // namespace article_lens
