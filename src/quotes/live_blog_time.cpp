// Where a live blog's entry starts after the clock time that opens it (see live_blog_time.h).
#include "quotes/live_blog_time.h"

#include "language/word_set.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {

std::size_t after_clock_time(std::string_view text, std::size_t pos, std::string_view language) {
  if (pos >= text.size() || !unicode::is_ascii_digit(static_cast<unsigned char>(text[pos]))) return pos;  // (most entries)
  const WordSet& clock = WordSet::shared("clock_words", language);
  if (clock.empty()) return pos;
  constexpr std::size_t kMaxHourDigits = 2, kMinuteDigits = 2;
  auto digits = [&](std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && unicode::is_ascii_digit(static_cast<unsigned char>(text[end]))) ++end;
    return end - at;
  };
  std::size_t at = pos;
  const std::size_t hour = digits(at);
  if (hour == 0 || hour > kMaxHourDigits || at + hour >= text.size() || (text[at + hour] != ':' && text[at + hour] != '.'))
    return pos;
  at += hour + 1;
  if (digits(at) != kMinuteDigits) return pos;
  at += kMinuteDigits;
  // A word of the time glued to it or after a space ("pm", "GMT"), at most two.
  for (int words = 0; words < 2 && at < text.size(); ++words) {
    std::size_t start = at;
    while (start < text.size() && text[start] == ' ') ++start;
    std::size_t end = start;
    while (end < text.size() && (unicode::is_letter(static_cast<unsigned char>(text[end])) || text[end] == '.')) ++end;
    if (end == start || !clock.contains(text.substr(start, end - start))) break;
    at = end;
  }
  // (A colon may close the time: "3.15pm: Labour's Wes Streeting has responded".)
  const std::size_t after_time = at < text.size() && text[at] == ':' ? at + 1 : at;
  std::size_t next = after_time;
  while (next < text.size() && unicode::is_space(static_cast<unsigned char>(text[next]))) ++next;
  if (next == after_time || next >= text.size() || !unicode::is_upper(unicode::decode_at(text, next).value)) return pos;
  return next;
}

}  // namespace article_lens
