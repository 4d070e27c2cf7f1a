// Decoding UTF-8 one code point at a time, tolerant of invalid input.
//
//   for (size_t i = 0; i < text.size();) {
//     CodePoint cp = decode_at(text, i);
//     ... cp.value ...
//     i += cp.length;
//   }
//
// Invalid, truncated, overlong or surrogate sequences decode as U+FFFD with length 1, so the next
// decode starts at the next byte and every byte offset stays reachable and meaningful.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace article_lens::unicode {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct CodePoint {
  char32_t value = 0;
  uint32_t length = 0;  // bytes taken in the input (1..4)
  bool valid = true;    // false when the byte did not start a valid sequence
};

CodePoint decode_multibyte(std::string_view text, std::size_t pos);

// The code point starting at byte `pos`; `pos` must be < text.size().
inline CodePoint decode_at(std::string_view text, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return {byte, 1, true};  // most of most texts
  return decode_multibyte(text, pos);
}

// The code point ending just before byte `pos`; `pos` must be > 0.
CodePoint decode_before(std::string_view text, std::size_t pos);

// How many bytes of `text` are not part of a valid UTF-8 sequence.
std::size_t count_invalid_bytes(std::string_view text);

// How many code points `text` holds ("Ж" is one, two bytes); an invalid byte counts as one.
std::size_t count_code_points(std::string_view text);

// How many upper-case letters a word written in capitals has ("NZZ": 3, "F": 1); 0 when it has a
// lower-case letter ("Nzz") or no letter.
std::size_t count_capitals_of_upper_case_word(std::string_view word);

// `text` with each run of white space (no-break and narrow no-break spaces, line breaks) as one
// ASCII space, trimmed: a name shown apart from its text ("Marine Le\u00A0Pen" -> "Marine Le Pen").
std::string with_plain_spaces(std::string_view text);

// Appends the UTF-8 encoding of `cp` (U+FFFD for values that are not scalar values).
void append_utf8(std::string& out, char32_t cp);

}  // namespace article_lens::unicode
