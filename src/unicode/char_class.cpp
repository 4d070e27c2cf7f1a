#include "unicode/char_class.h"

#include "utf8proc.h"

// The non-ASCII halves of char_class.h, from utf8proc's category table.
namespace article_lens::unicode::detail {
namespace {

utf8proc_category_t category(char32_t cp) { return utf8proc_category(static_cast<utf8proc_int32_t>(cp)); }

bool in(char32_t cp, utf8proc_category_t first, utf8proc_category_t last) {
  const auto c = category(cp);
  return c >= first && c <= last;
}

}  // namespace

bool is_letter(char32_t cp) { return in(cp, UTF8PROC_CATEGORY_LU, UTF8PROC_CATEGORY_LO); }
bool is_mark(char32_t cp) { return in(cp, UTF8PROC_CATEGORY_MN, UTF8PROC_CATEGORY_ME); }
bool is_decimal_digit(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_ND; }
bool is_number(char32_t cp) { return in(cp, UTF8PROC_CATEGORY_ND, UTF8PROC_CATEGORY_NO); }
bool is_word_char(char32_t cp) { return in(cp, UTF8PROC_CATEGORY_LU, UTF8PROC_CATEGORY_NO); }
bool is_upper(char32_t cp) {
  const auto c = category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}
bool is_lower(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_LL; }
bool is_space(char32_t cp) {
  return cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || category(cp) == UTF8PROC_CATEGORY_ZS;
}
bool is_punctuation(char32_t cp) { return in(cp, UTF8PROC_CATEGORY_PC, UTF8PROC_CATEGORY_PO); }
bool is_dash(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_PD; }
bool is_opening_punctuation(char32_t cp) {
  const auto c = category(cp);
  return c == UTF8PROC_CATEGORY_PS || c == UTF8PROC_CATEGORY_PI;
}
bool is_closing_punctuation(char32_t cp) {
  const auto c = category(cp);
  return c == UTF8PROC_CATEGORY_PE || c == UTF8PROC_CATEGORY_PF;
}
bool is_symbol(char32_t cp) { return in(cp, UTF8PROC_CATEGORY_SM, UTF8PROC_CATEGORY_SO); }

}  // namespace article_lens::unicode::detail
