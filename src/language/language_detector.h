// Guesses the language of a text from its letters' scripts and its most common function words.
//
//   std::string lang = detect_language(text);   // "en", "ru", ...; "en" when nothing decides
#pragma once

#include <string>
#include <string_view>

namespace article_lens {

std::string detect_language(std::string_view text);

}  // namespace article_lens
