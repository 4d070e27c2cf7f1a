// Finds the id of a spelling already seen, without an allocation per word: a HashedIdIndex over a
// hash of the bytes, the spellings themselves stored by the caller (as spans into the text).
//
//   SurfaceIndex index;
//   uint64_t hash;
//   uint32_t id = index.find(word, hash, [&](uint32_t id) { return spelling(id); });
//   if (id == SurfaceIndex::kNone) index.insert(hash, new_id);
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "keywords/hashed_id_index.h"

namespace article_lens {

class SurfaceIndex {
 public:
  static constexpr uint32_t kNone = HashedIdIndex::kNone;

  // The id whose spelling (as `spelling_of(id)` gives it) equals `word`, or kNone; `hash` is set
  // for a following insert().
  template <typename SpellingOf>
  uint32_t find(std::string_view word, uint64_t& hash, const SpellingOf& spelling_of) const {
    hash = hash_of(word);
    return index_.find(hash, [&](uint32_t id) { return spelling_of(id) == word; });
  }

  void insert(uint64_t hash, uint32_t id) { index_.insert(hash, id); }

 private:
  static uint64_t hash_of(std::string_view word) {
    uint64_t hash = 0xCBF29CE484222325ull;  // FNV-1a: words are short, so a simple hash is enough
    for (const char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
    return hash ^ (hash >> 29);
  }

  HashedIdIndex index_;
};

}  // namespace article_lens
