// Development tool for tests/eval/quotes_dev.js: analyses many documents natively, so that a change
// to the C++ core can be measured after a native rebuild (seconds) instead of a wasm one (minutes).
// Reads records "<language> <byte count>\n<text>" from standard input and prints one result JSON
// line (tests/eval expects the JS API's schema: UTF-16 offsets) per record.
//
//   ARTICLE_LENS_DRIVER=build/native/tests/cpp/article_lens_eval_driver node tests/eval/quotes_dev.js german
#include <cstdio>
#include <iostream>
#include <string>

#include "article_lens.h"
#include "result_json.h"

int main() {
  std::ios::sync_with_stdio(false);
  std::string language;
  std::size_t bytes = 0;
  while (std::cin >> language >> bytes) {
    std::cin.get();  // the newline after the header
    std::string text(bytes, '\0');
    if (!std::cin.read(text.data(), static_cast<std::streamsize>(bytes))) {
      std::cerr << "article_lens_eval_driver: a record is shorter than its header says\n";
      return 1;
    }
    article_lens::Options options;
    options.language = language;
    options.parts = article_lens::kQuotes;
    std::cout << article_lens::to_json(text, article_lens::analyze(text, options)) << '\n';
  }
  return 0;
}
