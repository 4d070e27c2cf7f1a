#include "unicode/utf8.h"

#include <string>

#include "unicode/char_class.h"
#include "utf8proc.h"

namespace article_lens::unicode {

CodePoint decode_multibyte(std::string_view text, std::size_t pos) {
  const std::size_t available = text.size() - pos < 4 ? text.size() - pos : 4;
  utf8proc_int32_t value = 0;
  const utf8proc_ssize_t length = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
      static_cast<utf8proc_ssize_t>(available), &value);
  if (length <= 0) return {kReplacementCharacter, 1, false};
  return {static_cast<char32_t>(value), static_cast<uint32_t>(length), true};
}

CodePoint decode_before(std::string_view text, std::size_t pos) {
  // A sequence is at most 4 bytes: find the lead byte, then check that it decodes to exactly here.
  std::size_t start = pos - 1;
  const std::size_t lowest = pos >= 4 ? pos - 4 : 0;
  while (start > lowest && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  const CodePoint cp = decode_at(text, start);
  if (start + cp.length == pos) return cp;
  return {kReplacementCharacter, 1, false};
}

std::size_t count_invalid_bytes(std::string_view text) {
  std::size_t invalid = 0;
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint cp = decode_at(text, i);
    if (!cp.valid) ++invalid;
    i += cp.length;
  }
  return invalid;
}

std::size_t count_capitals_of_upper_case_word(std::string_view word) {
  std::size_t capitals = 0;
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = decode_at(word, i);
    i += cp.length;
    if (is_lower(cp.value)) return 0;
    capitals += is_upper(cp.value) ? 1 : 0;
  }
  return capitals;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) i += decode_at(text, i).length;
  return count;
}

std::string with_plain_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint cp = decode_at(text, i);
    if (is_space(cp.value)) {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.append(text.substr(i, cp.length));
    }
    i += cp.length;
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  utf8proc_uint8_t buffer[4];
  const auto value = static_cast<utf8proc_int32_t>(cp);
  const utf8proc_ssize_t length =
      utf8proc_encode_char(utf8proc_codepoint_valid(value) ? value : 0xFFFD, buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

}  // namespace article_lens::unicode
