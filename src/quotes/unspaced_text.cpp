#include "quotes/unspaced_text.h"

#include "unicode/char_class.h"

namespace article_lens::unspaced {

bool clause_break(char32_t cp) {
  return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B || cp == 0xFF0C || cp == 0x3001 || cp == 0xFF1A ||
         cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ',' || cp == ':' || unicode::is_line_break(cp) ||
         cp == 0x201C || cp == 0x201D || cp == 0x300C || cp == 0x300D || cp == 0x300E || cp == 0x300F;
}

bool comma_or_colon(char32_t cp) { return cp == 0xFF0C || cp == ',' || cp == 0xFF1A || cp == ':'; }

}  // namespace article_lens::unspaced
