#include "unicode/utf16_offsets.h"

#include <algorithm>

#include "unicode/utf8.h"

namespace article_lens::unicode {
namespace {

constexpr uint32_t kCodePointsPerCheckpoint = 64;

uint32_t utf16_units(const CodePoint& cp) { return cp.value > 0xFFFF ? 2 : 1; }

}  // namespace

Utf16Offsets::Utf16Offsets(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kCodePointsPerCheckpoint + 1);
  uint32_t units = 0;
  uint32_t counter = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (counter++ % kCodePointsPerCheckpoint == 0)
      checkpoints_.push_back({static_cast<uint32_t>(i), units});
    const CodePoint cp = decode_at(text, i);
    units += utf16_units(cp);
    i += cp.length;
  }
  total_units_ = units;
}

uint32_t Utf16Offsets::at(uint32_t byte) const {
  if (byte >= text_.size()) return total_units_;
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte,
                             [](uint32_t b, const Checkpoint& c) { return b < c.byte; });
  --it;  // the first checkpoint is at byte 0, so one always precedes `byte`
  uint32_t units = it->units;
  for (std::size_t i = it->byte; i < byte;) {
    const CodePoint cp = decode_at(text_, i);
    if (i + cp.length > byte) break;  // `byte` falls inside this code point
    units += utf16_units(cp);
    i += cp.length;
  }
  return units;
}

}  // namespace article_lens::unicode
