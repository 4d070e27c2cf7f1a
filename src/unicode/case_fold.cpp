#include "unicode/case_fold.h"

#include <cstdlib>

#include "unicode/utf8.h"
#include "utf8proc.h"

namespace article_lens::unicode {
namespace {

bool is_ascii(std::string_view text) {
  for (const char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// utf8proc rejects the whole string on one bad byte; give it a clean copy instead.
std::string replace_invalid(std::string_view text) {
  std::string clean;
  clean.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint cp = decode_at(text, i);
    if (cp.valid)
      clean.append(text.substr(i, cp.length));
    else
      append_utf8(clean, kReplacementCharacter);
    i += cp.length;
  }
  return clean;
}

}  // namespace

void append_folded(std::string& out, std::string_view text) {
  if (is_ascii(text)) {
    for (const char c : text) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return;
  }
  const std::string clean = count_invalid_bytes(text) ? replace_invalid(text) : std::string();
  const std::string_view input = clean.empty() ? text : std::string_view(clean);
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(input.data()),
      static_cast<utf8proc_ssize_t>(input.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                     UTF8PROC_CASEFOLD));
  if (length >= 0 && mapped) out.append(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
  else out.append(input);  // unreachable for valid UTF-8; keep the text rather than lose it
  std::free(mapped);
}

std::string to_lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint cp = decode_at(text, i);
    append_utf8(out, cp.valid ? static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp.value)))
                              : kReplacementCharacter);
    i += cp.length;
  }
  return out;
}

std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_folded(out, text);
  return out;
}

}  // namespace article_lens::unicode
