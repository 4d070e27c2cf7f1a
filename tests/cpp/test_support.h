// Helpers shared by the C++ tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "article_lens.h"

namespace article_lens::testing {

inline std::string read_project_file(const std::string& relative) {
  std::ifstream in(std::string(ARTICLE_LENS_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline std::string text_of(std::string_view text, Span span) { return std::string(Analysis::slice(text, span)); }

}  // namespace article_lens::testing
