// The analysis as JSON for JavaScript and command-line callers, with every offset converted to
// UTF-16 code units so that `text.slice(start, end)` is exact in JavaScript. The schema is
// documented in docs/SCHEMA.md; span texts are not repeated here (callers slice them).
//
//   std::string json = article_lens::to_json(text, article_lens::analyze(text));
#pragma once

#include <string>
#include <string_view>

#include "article_lens.h"

namespace article_lens {

std::string to_json(std::string_view text, const Analysis& analysis);

}  // namespace article_lens
