// Finds the id of a spelling already seen, without an allocation per word: open addressing over
// a hash of the bytes, the spellings themselves stored by the caller (as spans into the text).
// Keyword reading looks up every word of the text here, so this is its hot path.
//
//   SurfaceIndex index;
//   uint64_t hash;
//   uint32_t id = index.find(word, hash, [&](uint32_t id) { return spelling(id); });
//   if (id == SurfaceIndex::kNone) index.insert(hash, new_id);
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace article_lens {

class SurfaceIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The id whose spelling (as `spelling_of(id)` gives it) equals `word`, or kNone; `hash` is set
  // for a following insert().
  template <typename SpellingOf>
  uint32_t find(std::string_view word, uint64_t& hash, const SpellingOf& spelling_of) const {
    hash = hash_of(word);
    if (ids_.empty()) return kNone;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      if (ids_[i] == kNone) return kNone;
      if (hashes_[i] == hash && spelling_of(ids_[i]) == word) return ids_[i];
    }
  }

  void insert(uint64_t hash, uint32_t id) {
    if ((size_ + 1) * 2 > ids_.size()) grow();
    place(hash, id);
    ++size_;
  }

 private:
  static uint64_t hash_of(std::string_view word) {
    uint64_t hash = 0xCBF29CE484222325ull;  // FNV-1a: words are short, so a simple hash is enough
    for (const char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
    return hash ^ (hash >> 29);
  }

  void place(uint64_t hash, uint32_t id) {
    std::size_t i = hash & mask_;
    while (ids_[i] != kNone) i = (i + 1) & mask_;
    ids_[i] = id;
    hashes_[i] = hash;
  }

  void grow() {
    std::vector<uint32_t> old_ids = std::move(ids_);
    std::vector<uint64_t> old_hashes = std::move(hashes_);
    const std::size_t capacity = old_ids.empty() ? 1024 : old_ids.size() * 2;
    ids_.assign(capacity, kNone);
    hashes_.assign(capacity, 0);
    mask_ = capacity - 1;
    for (std::size_t i = 0; i < old_ids.size(); ++i)
      if (old_ids[i] != kNone) place(old_hashes[i], old_ids[i]);
  }

  std::vector<uint32_t> ids_;
  std::vector<uint64_t> hashes_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace article_lens
