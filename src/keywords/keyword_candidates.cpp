#include "keywords/keyword_candidates.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace article_lens {
namespace {

constexpr uint32_t kNone = UINT32_MAX;

// A word is written as a name where its capital is not explained by grammar: inside a sentence,
// or, at a sentence start or in a title-case headline, when the same word is capitalised inside
// sentences more often than it is written in lower case. Acronyms count as names.
std::vector<uint8_t> find_name_like(const KeywordTokens& words) {
  struct Evidence {
    uint32_t capital_inside = 0;
    uint32_t lower = 0;
  };
  std::vector<Evidence> evidence(words.keys.size());
  for (const KeywordToken& t : words.tokens) {
    if (t.has(kSkipped)) continue;
    Evidence& e = evidence[words.form_key[t.form]];
    if (!t.has(kCapitalised)) ++e.lower;
    else if (!t.has(kOpensClause) && !t.has(kHeadline)) ++e.capital_inside;
  }
  std::vector<uint8_t> name_like(words.tokens.size(), 0);
  for (std::size_t i = 0; i < words.tokens.size(); ++i) {
    const KeywordToken& t = words.tokens[i];
    if (t.has(kSkipped) || t.has(kStandalone)) continue;
    if (t.has(kAllUpper)) {
      name_like[i] = 1;
    } else if (t.has(kCapitalised)) {
      const Evidence& e = evidence[words.form_key[t.form]];
      name_like[i] = (!t.has(kOpensClause) && !t.has(kHeadline)) || e.capital_inside > e.lower;
    }
  }
  return name_like;
}

class Builder {
 public:
  Builder(const KeywordTokens& words, std::vector<uint8_t> name_like) : words_(words) {
    out_.name_like = std::move(name_like);
    out_.name_head.assign(words.tokens.size(), 0);
    single_.assign(words.keys.size(), kNone);
  }

  Candidates build(bool phrases) {
    const auto& tokens = words_.tokens;
    std::size_t run_begin = 0;
    bool in_run = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const KeywordToken& t = tokens[i];
      if (t.has(kSkipped)) {
        if (in_run) add_phrases(run_begin, i);
        in_run = false;
        continue;
      }
      if (!t.has(kPhraseOnly)) add(&words_.form_key[t.form], i, 1);
      if (!phrases || t.has(kStandalone)) {
        if (in_run) add_phrases(run_begin, i);
        in_run = false;
        continue;
      }
      if (in_run && breaks_before(i)) {
        add_phrases(run_begin, i);
        in_run = false;
      }
      if (!in_run) {
        run_begin = i;
        in_run = true;
      }
    }
    if (in_run) add_phrases(run_begin, tokens.size());
    if (phrases) add_name_aliases();
    finish();
    return std::move(out_);
  }

 private:
  bool breaks_before(std::size_t i) const {
    const auto& tokens = words_.tokens;
    const KeywordToken& t = tokens[i];
    const KeywordToken& before = tokens[i - 1];
    if (t.has(kBreakBefore) || t.sentence != before.sentence) return true;
    const bool name = out_.name_like[i], name_before = out_.name_like[i - 1];
    if (name && before.has(kTitleWord)) return true;  // "President | Vladimir Putin"
    return name && !name_before;                       // "pop star | Michael Buble"
  }

  void add_phrases(std::size_t begin, std::size_t end) {
    // A run starts with its name words, if any: a common word never runs into a name.
    std::size_t names = begin;
    while (names < end && out_.name_like[names]) ++names;
    if (names - begin >= 2)
      for (std::size_t k = begin; k + 1 < names; ++k) out_.name_head[k] = 1;
    std::vector<uint32_t> keys;
    for (std::size_t n = 2; n <= kMaxPhraseWords; ++n)
      for (std::size_t i = begin; i + n <= end; ++i) {
        keys.clear();
        for (std::size_t k = i; k < i + n; ++k) keys.push_back(words_.form_key[words_.tokens[k].form]);
        add(keys.data(), i, static_cast<uint16_t>(n));
      }
  }

  void add(const uint32_t* keys, std::size_t token, uint16_t n) {
    uint32_t* slot;
    if (n == 1) {
      slot = &single_[keys[0]];
    } else {
      slot = &phrase_slot(keys, n);
    }
    if (*slot == kNone) {
      *slot = static_cast<uint32_t>(out_.items.size());
      out_.items.push_back(Candidate{std::vector<uint32_t>(keys, keys + n), {}, 0, 0, 0});
    }
    out_.items[*slot].occurrences.push_back(Occurrence{static_cast<uint32_t>(token), n, false});
  }

  // Phrases are looked up by a hash of their word keys; a different phrase with the same hash moves
  // on to the next hash, so equal hashes never merge two phrases.
  uint32_t& phrase_slot(const uint32_t* keys, uint16_t n) {
    uint64_t hash = 0x9E3779B97F4A7C15ull ^ n;
    for (uint16_t k = 0; k < n; ++k) hash = (hash ^ keys[k]) * 0x100000001B3ull + (hash >> 29);
    for (;; hash = hash * 0x5851F42D4C957F2Dull + 1) {
      uint32_t& slot = phrase_ids_.try_emplace(hash, kNone).first->second;
      if (slot == kNone) return slot;
      const std::vector<uint32_t>& existing = out_.items[slot].keys;
      if (existing.size() == n && std::equal(existing.begin(), existing.end(), keys)) return slot;
    }
  }

  bool all_name_like(const Occurrence& o) const {
    for (uint32_t k = o.token; k < o.token + o.words; ++k)
      if (!out_.name_like[k]) return false;
    return true;
  }

  // A bare last name counts for the one full name in the text that ends in it.
  void add_name_aliases() {
    std::vector<uint32_t> name_for_key(words_.keys.size(), kNone);
    std::vector<uint8_t> ambiguous(words_.keys.size(), 0);
    for (uint32_t c = 0; c < out_.items.size(); ++c) {
      const Candidate& name = out_.items[c];
      if (name.keys.size() < 2 || name.keys.size() > 3) continue;
      if (!std::all_of(name.occurrences.begin(), name.occurrences.end(), [&](const Occurrence& o) { return all_name_like(o); }))
        continue;
      const uint32_t last = name.keys.back();
      uint32_t& chosen = name_for_key[last];
      if (chosen == kNone) {
        chosen = c;
      } else if (ends_with(out_.items[chosen].keys, name.keys)) {
        chosen = c;  // "Security Council" rather than "Russian Security Council"
      } else if (!ends_with(name.keys, out_.items[chosen].keys)) {
        ambiguous[last] = 1;  // Emily Deschanel and Zooey Deschanel: "Deschanel" alone is either
      }
    }
    std::vector<uint32_t> inside(words_.tokens.size(), kNone);
    for (uint32_t key = 0; key < name_for_key.size(); ++key) {
      const uint32_t c = name_for_key[key];
      if (c == kNone || ambiguous[key] || single_[key] == kNone) continue;
      for (const Occurrence& o : out_.items[c].occurrences)
        for (uint32_t k = o.token; k < o.token + o.words; ++k) inside[k] = c;
      for (const Occurrence& o : out_.items[single_[key]].occurrences)
        if (out_.name_like[o.token] && inside[o.token] != c)
          out_.items[c].occurrences.push_back(Occurrence{o.token, 1, true});
    }
  }

  static bool ends_with(const std::vector<uint32_t>& longer, const std::vector<uint32_t>& shorter) {
    return longer.size() >= shorter.size() && std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
  }

  void finish() {
    const auto& tokens = words_.tokens;
    for (Candidate& c : out_.items) {
      std::sort(c.occurrences.begin(), c.occurrences.end(),
                [](const Occurrence& a, const Occurrence& b) { return a.token < b.token; });
      uint32_t last_sentence = kNone;
      for (const Occurrence& o : c.occurrences) {
        const KeywordToken& t = tokens[o.token];
        if (t.sentence != last_sentence) ++c.sentences;
        last_sentence = t.sentence;
        if (t.has(kHeadline)) ++c.headline;
        if (all_name_like(o)) ++c.name_like;
      }
    }
  }

  const KeywordTokens& words_;
  Candidates out_;
  std::vector<uint32_t> single_;  // key -> candidate of that single word
  std::unordered_map<uint64_t, uint32_t> phrase_ids_;
};

}  // namespace

Candidates find_candidates(const KeywordTokens& words, bool phrases) {
  return Builder(words, find_name_like(words)).build(phrases);
}

}  // namespace article_lens
