// Converts UTF-8 byte offsets into UTF-16 code-unit offsets, so JavaScript callers can use
// `text.slice(start, end)` directly. A code point above U+FFFF is two UTF-16 units; an invalid
// byte counts as one unit, because decoders (TextDecoder, Node's Buffer) turn it into one U+FFFD.
//
//   Utf16Offsets map(text);          // one pass, a checkpoint every 64 code points
//   uint32_t units = map.at(byte);   // O(log n + 64)
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace article_lens::unicode {

class Utf16Offsets {
 public:
  explicit Utf16Offsets(std::string_view text);

  // The UTF-16 offset of byte offset `byte`. A byte inside a multi-byte sequence maps to the start of
  // its code point; offsets past the end map to the end.
  uint32_t at(uint32_t byte) const;

  uint32_t total_units() const { return total_units_; }

 private:
  struct Checkpoint {
    uint32_t byte;
    uint32_t units;
  };
  std::string_view text_;
  std::vector<Checkpoint> checkpoints_;
  uint32_t total_units_ = 0;
};

}  // namespace article_lens::unicode
