// Character classes the analyses ask about, answered from utf8proc's Unicode tables.
#pragma once

namespace article_lens::unicode {

bool is_letter(char32_t cp);        // L*
bool is_mark(char32_t cp);          // M* (combining marks belong to the letter before them)
bool is_decimal_digit(char32_t cp);  // Nd
bool is_number(char32_t cp);        // N*
bool is_word_char(char32_t cp);     // letters, marks and numbers
bool is_upper(char32_t cp);         // Lu, Lt
bool is_lower(char32_t cp);         // Ll
bool is_line_break(char32_t cp);    // LF, VT, FF, CR, NEL, LS, PS
bool is_space(char32_t cp);         // Zs, tab and line breaks, plus the BOM/zero-width no-break space
bool is_punctuation(char32_t cp);   // P*
bool is_dash(char32_t cp);          // Pd
bool is_opening_punctuation(char32_t cp);  // Ps, Pi
bool is_closing_punctuation(char32_t cp);  // Pe, Pf
bool is_symbol(char32_t cp);        // S*
// Scripts written without spaces between words, where each character is its own unit.
bool is_ideograph_or_kana(char32_t cp);

}  // namespace article_lens::unicode
