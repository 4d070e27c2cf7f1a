// Character classes the analyses ask about, answered from utf8proc's Unicode tables. ASCII is
// answered inline (it is most of most texts and every scanner asks per character); the rest goes
// to utf8proc.
#pragma once

namespace article_lens::unicode {

namespace detail {
bool is_letter(char32_t cp);
bool is_mark(char32_t cp);
bool is_decimal_digit(char32_t cp);
bool is_number(char32_t cp);
bool is_word_char(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_space(char32_t cp);
bool is_punctuation(char32_t cp);
bool is_dash(char32_t cp);
bool is_opening_punctuation(char32_t cp);
bool is_closing_punctuation(char32_t cp);
bool is_symbol(char32_t cp);
}  // namespace detail

inline bool is_ascii_letter(char32_t cp) { return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'; }
inline bool is_ascii_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
inline bool is_ascii_punctuation(char32_t cp) {
  return (cp >= 0x21 && cp <= 0x2F && cp != '$' && cp != '+') || (cp >= 0x3A && cp <= 0x40 && cp != '<' &&
         cp != '=' && cp != '>') || (cp >= 0x5B && cp <= 0x60 && cp != '^' && cp != '`') ||
         cp == '{' || cp == '}' || cp == '_';
}

// L*
inline bool is_letter(char32_t cp) { return cp < 0x80 ? is_ascii_letter(cp) : detail::is_letter(cp); }
// M* (combining marks belong to the letter before them)
inline bool is_mark(char32_t cp) { return cp >= 0x300 && detail::is_mark(cp); }
// Nd
inline bool is_decimal_digit(char32_t cp) { return cp < 0x80 ? is_ascii_digit(cp) : detail::is_decimal_digit(cp); }
// N*
inline bool is_number(char32_t cp) { return cp < 0x80 ? is_ascii_digit(cp) : detail::is_number(cp); }
// Letters, marks and numbers.
inline bool is_word_char(char32_t cp) {
  return cp < 0x80 ? is_ascii_letter(cp) || is_ascii_digit(cp) : detail::is_word_char(cp);
}
// Lu, Lt
inline bool is_upper(char32_t cp) { return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : detail::is_upper(cp); }
// Ll
inline bool is_lower(char32_t cp) { return cp < 0x80 ? cp >= 'a' && cp <= 'z' : detail::is_lower(cp); }
// LF, VT, FF, CR, NEL, LS, PS
inline bool is_line_break(char32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}
// Zs, tab and line breaks, plus the BOM/zero-width no-break space.
inline bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || (cp >= 0x0A && cp <= 0x0D);
  return detail::is_space(cp);
}
// P*
inline bool is_punctuation(char32_t cp) { return cp < 0x80 ? is_ascii_punctuation(cp) : detail::is_punctuation(cp); }
// Pd
inline bool is_dash(char32_t cp) { return cp < 0x80 ? cp == '-' : detail::is_dash(cp); }
// Ps, Pi
inline bool is_opening_punctuation(char32_t cp) {
  return cp < 0x80 ? cp == '(' || cp == '[' || cp == '{' : detail::is_opening_punctuation(cp);
}
// Pe, Pf
inline bool is_closing_punctuation(char32_t cp) {
  return cp < 0x80 ? cp == ')' || cp == ']' || cp == '}' : detail::is_closing_punctuation(cp);
}
// S*
inline bool is_symbol(char32_t cp) {
  if (cp < 0x80) return cp == '$' || cp == '+' || cp == '<' || cp == '=' || cp == '>' || cp == '^' || cp == '`' || cp == '|' || cp == '~';
  return detail::is_symbol(cp);
}
// Scripts written without spaces between words, where each character is its own unit.
inline bool is_ideograph_or_kana(char32_t cp) {
  return cp >= 0x3040 &&
         ((cp <= 0x30FF) ||                      // hiragana, katakana
          (cp >= 0x3400 && cp <= 0x4DBF) ||     // CJK extension A
          (cp >= 0x4E00 && cp <= 0x9FFF) ||     // CJK unified ideographs
          (cp >= 0xF900 && cp <= 0xFAFF) ||     // compatibility ideographs
          (cp >= 0x20000 && cp <= 0x3134F));    // extensions B..G
}

}  // namespace article_lens::unicode
