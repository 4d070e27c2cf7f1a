// Labels sentences with their role in a news page: headline, dateline, byline, list item,
// boilerplate (share buttons, "Read more"), or body text. Phrases come from data files:
// src/sentences/data/boilerplate_<lang>.txt, months_<lang>.txt, byline_words_<lang>.txt.
#pragma once

#include <string_view>
#include <vector>

#include "article_lens.h"

namespace article_lens {

void assign_sentence_roles(std::string_view text, std::string_view language, std::vector<Sentence>& sentences);

}  // namespace article_lens
