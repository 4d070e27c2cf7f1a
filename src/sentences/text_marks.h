// Small character questions the sentence scan asks: quotation marks (from
// src/sentences/data/quote_marks_any.txt), marks that open a sentence, invisible format characters.
#pragma once

#include <cstddef>
#include <string_view>

namespace article_lens {

// Any quotation mark, opening or closing: " ' “ ” „ « » 「 」 ...
bool is_quote_mark(char32_t cp);

// Marks that may stand before a sentence's first word: quotation marks, opening brackets, ¿ ¡.
bool is_opener(char32_t cp);

// Zero-width and bidirectional controls (U+200B..U+200F, U+202A..U+202E, U+2066..U+2069, U+FEFF,
// U+061C): they carry no text, so the scan looks through them.
bool is_invisible(char32_t cp);

// Whether a quotation mark just before `after` closes (rather than opens or is an apostrophe):
// nothing, a space or punctuation follows it.
bool closes_here(std::string_view text, std::size_t after);

}  // namespace article_lens
