// Guesses the language of a text: first its script (Cyrillic, Arabic, Kana, ...), then, among the
// languages written in that script, the one whose frequent words and telling letters occur most.
// All knowledge is data in src/language/data/: scripts_any.txt (Unicode blocks), script_languages_any.txt
// (languages per script, likeliest first), common_words_<lang>.txt, letters_<lang>.txt.
//
//   std::string lang = detect_language(text);   // "en", "ru", "ja", ...; "en" when nothing decides
//
// Reads at most kDetectionSampleBytes from the start of the text, so it costs the same for a tweet
// and a book; a short text still gets its script's likeliest language.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace article_lens {

inline constexpr std::size_t kDetectionSampleBytes = 16 * 1024;

std::string detect_language(std::string_view text);

}  // namespace article_lens
