// Ids of things the caller stores itself (spellings, phrases), found by a 64-bit hash and the
// caller's own equality test: open addressing, no allocation per entry. Keyword reading looks up
// every word and every phrase candidate of the text here, so this is its hot path.
//
//   HashedIdIndex index;
//   uint32_t id = index.find(hash, [&](uint32_t id) { return stored(id) == wanted; });
//   if (id == HashedIdIndex::kNone) index.insert(hash, new_id);
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace article_lens {

class HashedIdIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The id stored under `hash` for which `equals(id)` holds, or kNone. Equal hashes never merge two
  // entries: `equals` decides.
  template <typename Equals>
  uint32_t find(uint64_t hash, const Equals& equals) const {
    if (ids_.empty()) return kNone;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      if (ids_[i] == kNone) return kNone;
      if (hashes_[i] == hash && equals(ids_[i])) return ids_[i];
    }
  }

  void insert(uint64_t hash, uint32_t id) {
    if ((size_ + 1) * 2 > ids_.size()) grow();  // at most half full, so probes stay short
    place(hash, id);
    ++size_;
  }

 private:
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
