#include "keywords/keyword_candidates.h"

#include <algorithm>

#include "keywords/hashed_id_index.h"

namespace article_lens {
namespace {

constexpr uint32_t kNone = UINT32_MAX;

// A word is written as a name where its capital is not explained by grammar: inside a sentence,
// or, at a sentence start or in a title-case headline, when the same word is capitalised inside
// sentences more often than it is written in lower case, or at a sentence start when the next word
// is a name. Acronyms count as names.
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
  // A capitalised first word that runs straight into a name is part of it ("Hans Christian
  // Andersen wrote", "Apple CEO Tim Cook said"); not in a headline, where every word has a capital.
  for (std::size_t i = words.tokens.size(); i-- > 1;) {
    const KeywordToken& t = words.tokens[i - 1];
    const KeywordToken& next = words.tokens[i];
    if (name_like[i - 1] || !name_like[i] || !t.has(kCapitalised) || !t.has(kOpensClause) || t.has(kHeadline) ||
        t.has(kSkipped) || t.has(kStandalone) || t.has(kTitleWord) || next.has(kBreakBefore) || next.sentence != t.sentence)
      continue;
    name_like[i - 1] = 1;
  }
  // A headline capitalises every word: there a word is a name when the body writes it as one
  // more often than not ("Penelope Cruz gets ..." over "LOS ANGELES — Penelope Cruz has ...").
  std::vector<uint32_t> body_name(words.forms.size(), 0), body_total(words.forms.size(), 0);
  for (std::size_t i = 0; i < words.tokens.size(); ++i) {
    const KeywordToken& t = words.tokens[i];
    if (t.has(kHeadline) || t.has(kSkipped)) continue;
    ++body_total[t.form];
    body_name[t.form] += name_like[i];
  }
  for (std::size_t i = 0; i < words.tokens.size(); ++i) {
    const KeywordToken& t = words.tokens[i];
    if (t.has(kHeadline) && t.has(kCapitalised) && !t.has(kSkipped) && !t.has(kStandalone) &&
        body_name[t.form] * 2 > body_total[t.form])
      name_like[i] = 1;
  }
  return name_like;
}

// Phrases found by their word keys, so that a long text's millions of phrase candidates cost no
// allocation each; the keys themselves live in the Candidates' pool.
class PhraseIndex {
 public:
  // The candidate with these keys, or kNone (then `hash` is where insert() puts it).
  uint32_t find(const uint32_t* keys, uint16_t n, const Candidates& out, uint64_t& hash) const {
    hash = hash_of(keys, n);
    return index_.find(hash, [&](uint32_t c) {
      if (out.items[c].words != n) return false;
      const uint32_t* existing = out.keys.data() + out.items[c].keys_begin;
      return std::equal(existing, existing + n, keys);
    });
  }

  void insert(uint64_t hash, uint32_t candidate) { index_.insert(hash, candidate); }

 private:
  static uint64_t hash_of(const uint32_t* keys, uint16_t n) {
    uint64_t hash = 0x9E3779B97F4A7C15ull ^ n;
    for (uint16_t k = 0; k < n; ++k) hash = (hash ^ keys[k]) * 0x100000001B3ull + (hash >> 29);
    return hash ^ (hash >> 31);
  }

  HashedIdIndex index_;
};

class Builder {
 public:
  Builder(const KeywordTokens& words, std::vector<uint8_t> name_like) : words_(words) {
    out_.name_like = std::move(name_like);
    out_.name_head.assign(words.tokens.size(), 0);
    single_.assign(words.keys.size(), kNone);
    pending_candidate_.reserve(words.tokens.size() * 2);
    pending_.reserve(words.tokens.size() * 2);
  }

  Candidates build(bool phrases) {
    const auto& tokens = words_.tokens;
    std::size_t run_begin = 0;
    bool in_run = false;
    const auto end_run = [&](std::size_t end) {
      if (in_run && end - run_begin >= 2) runs_.push_back({static_cast<uint32_t>(run_begin), static_cast<uint32_t>(end)});
      if (in_run) mark_name_heads(run_begin, end);
      in_run = false;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const KeywordToken& t = tokens[i];
      if (t.has(kSkipped)) {
        if (in_run && links_names(i)) continue;
        end_run(i);
        continue;
      }
      if (!t.has(kPhraseOnly)) add(&words_.form_key[t.form], i, 1);
      if (!phrases || t.has(kStandalone)) {
        end_run(i);
        continue;
      }
      if (in_run && breaks_before(i)) end_run(i);
      if (!in_run) {
        run_begin = i;
        in_run = true;
      }
    }
    end_run(tokens.size());
    add_phrases();
    group_occurrences();
    if (phrases) add_name_aliases();
    finish();
    return std::move(out_);
  }

 private:
  struct Run {
    uint32_t begin, end;  // tokens [begin, end) of a run of content words, at least two
  };

  // "Bank | of | America": a name link between two name words of one sentence, no punctuation.
  bool links_names(std::size_t i) const {
    const auto& tokens = words_.tokens;
    if (!tokens[i].has(kNameLink) || i == 0 || i + 1 >= tokens.size()) return false;
    const KeywordToken &before = tokens[i - 1], &t = tokens[i], &next = tokens[i + 1];
    return out_.name_like[i - 1] && out_.name_like[i + 1] && !before.has(kSkipped) && !next.has(kSkipped) &&
           !t.has(kBreakBefore) && !next.has(kBreakBefore) && before.sentence == next.sentence &&
           !next.has(kTitleWord);
  }

  bool breaks_before(std::size_t i) const {
    const auto& tokens = words_.tokens;
    const KeywordToken& t = tokens[i];
    const KeywordToken& before = tokens[i - 1];
    if (t.has(kBreakBefore) || t.sentence != before.sentence) return true;
    if (before.has(kSkipped)) return false;  // a name link kept the run going
    const bool name = out_.name_like[i], name_before = out_.name_like[i - 1];
    if (name && before.has(kTitleWord)) return true;  // "President | Vladimir Putin"
    return name && !name_before;                       // "pop star | Michael Buble"
  }

  // A run starts with its name words, if any: a common word never runs into a name.
  void mark_name_heads(std::size_t begin, std::size_t end) {
    std::size_t names = begin;
    while (names < end && out_.name_like[names]) ++names;
    if (names - begin >= 2)
      for (std::size_t k = begin; k + 1 < names; ++k) out_.name_head[k] = 1;
  }

  // Every phrase of two words, then longer ones level by level. A phrase of n words is only
  // counted where both of its (n-1)-word parts occur twice or more (a phrase cannot occur more
  // often than its parts, and a phrase seen once is never listed), or where it is all name, whose
  // bare last names may still make it count. This keeps a long text's phrases few.
  void add_phrases() {
    std::vector<uint32_t> at(words_.tokens.size(), kNone), next(words_.tokens.size(), kNone);
    uint32_t keys[kMaxPhraseWords];
    for (uint16_t n = 2; n <= kMaxPhraseWords; ++n) {
      for (const Run& run : runs_)
        for (uint32_t i = run.begin; i + n <= run.end; ++i) {
          next[i] = kNone;
          // A phrase neither starts nor ends with a name link ("of America", "Bank of").
          if (words_.tokens[i].has(kSkipped) || words_.tokens[i + n - 1].has(kSkipped)) continue;
          if (words_.tokens[i + n - 1].has(kModifier)) continue;  // "Native American-inspired"
          // A linked name is whole or nothing ("Fine Arts Museums of San | Francisco").
          if (n > 2 && i + n < run.end && out_.name_like[i + n] && links_inside(i, n)) continue;
          if (n > 2 && !(repeated(at[i]) && repeated(at[i + 1])) && !all_names(i, n)) continue;
          for (uint16_t k = 0; k < n; ++k) keys[k] = words_.form_key[words_.tokens[i + k].form];
          next[i] = add(keys, i, n);
        }
      std::swap(at, next);
    }
  }

  bool links_inside(uint32_t begin, uint16_t n) const {
    for (uint32_t k = begin + 1; k + 1 < begin + n; ++k)
      if (words_.tokens[k].has(kSkipped)) return true;
    return false;
  }

  bool repeated(uint32_t candidate) const { return candidate != kNone && counts_[candidate] >= 2; }

  // Name words, with name links between them.
  bool all_names(uint32_t begin, uint16_t n) const {
    for (uint32_t k = begin; k < begin + n; ++k)
      if (!out_.name_like[k] && !words_.tokens[k].has(kSkipped)) return false;
    return true;
  }

  uint32_t add(const uint32_t* keys, std::size_t token, uint16_t n) {
    uint32_t candidate;
    if (n == 1) {
      candidate = single_[keys[0]];
      if (candidate == kNone) candidate = single_[keys[0]] = new_candidate(keys, n);
    } else {
      uint64_t hash = 0;
      candidate = phrases_.find(keys, n, out_, hash);
      if (candidate == kNone) {
        candidate = new_candidate(keys, n);
        phrases_.insert(hash, candidate);
      }
    }
    pending_candidate_.push_back(candidate);
    pending_.push_back(Occurrence{static_cast<uint32_t>(token), n, false});
    ++counts_[candidate];
    return candidate;
  }

  uint32_t new_candidate(const uint32_t* keys, uint16_t n) {
    Candidate c;
    c.keys_begin = static_cast<uint32_t>(out_.keys.size());
    c.words = n;
    out_.keys.insert(out_.keys.end(), keys, keys + n);
    out_.items.push_back(c);
    counts_.push_back(0);
    return static_cast<uint32_t>(out_.items.size() - 1);
  }

  // Counting sort of the pending occurrences by candidate; stable, so each group keeps the order
  // in which occurrences were found (text order for all but aliases).
  void group_occurrences() {
    for (Candidate& c : out_.items) c.occurrence_count = 0;
    for (const uint32_t c : pending_candidate_) ++out_.items[c].occurrence_count;
    uint32_t next = 0;
    std::vector<uint32_t> fill(out_.items.size());
    for (std::size_t c = 0; c < out_.items.size(); ++c) {
      out_.items[c].occurrences_begin = fill[c] = next;
      next += out_.items[c].occurrence_count;
    }
    out_.occurrences.resize(next);
    for (std::size_t i = 0; i < pending_.size(); ++i) out_.occurrences[fill[pending_candidate_[i]]++] = pending_[i];
  }

  bool all_name_like(const Occurrence& o) const { return all_names(o.token, o.words); }

  bool has_link(const Occurrence& o) const {
    for (uint32_t k = o.token; k < o.token + o.words; ++k)
      if (words_.tokens[k].has(kSkipped)) return true;
    return false;
  }

  // A bare last name counts for the one full name in the text that ends in it.
  void add_name_aliases() {
    std::vector<uint32_t> name_for_key(words_.keys.size(), kNone);
    std::vector<uint8_t> ambiguous(words_.keys.size(), 0);
    for (uint32_t c = 0; c < out_.items.size(); ++c) {
      const Candidate& name = out_.items[c];
      if (name.words < 2 || name.words > 3) continue;
      const auto occurrences = out_.occurrences_of(name);
      if (!std::all_of(occurrences.begin(), occurrences.end(), [&](const Occurrence& o) { return all_name_like(o); }) ||
          has_link(occurrences.front()))  // "Michigan" alone is not the University of Michigan
        continue;
      const auto keys = out_.keys_of(name);
      const uint32_t last = keys.back();
      uint32_t& chosen = name_for_key[last];
      if (chosen == kNone) {
        chosen = c;
      } else if (ends_with(out_.keys_of(out_.items[chosen]), keys)) {
        // The shorter name when it also stands alone: "Security Council" rather than "Russian
        // Security Council"; the longer when the shorter is only ever part of it: "Hans Christian
        // Andersen" rather than "Christian Andersen".
        if (name.count() > out_.items[chosen].count()) chosen = c;
      } else if (ends_with(keys, out_.keys_of(out_.items[chosen]))) {
        if (name.count() >= out_.items[chosen].count()) chosen = c;
      } else {
        ambiguous[last] = 1;  // Emily Deschanel and Zooey Deschanel: "Deschanel" alone is either
      }
    }
    std::vector<uint32_t> inside(words_.tokens.size(), kNone);
    std::vector<uint32_t> gained;
    for (uint32_t key = 0; key < name_for_key.size(); ++key) {
      const uint32_t c = name_for_key[key];
      if (c == kNone || ambiguous[key] || single_[key] == kNone) continue;
      for (const Occurrence& o : out_.occurrences_of(out_.items[c]))
        for (uint32_t k = o.token; k < o.token + o.words; ++k) inside[k] = c;
      const std::size_t before = pending_.size();
      for (const Occurrence& o : out_.occurrences_of(out_.items[single_[key]]))
        if (out_.name_like[o.token] && inside[o.token] != c) {
          pending_candidate_.push_back(c);
          pending_.push_back(Occurrence{o.token, 1, true});
        }
      if (pending_.size() > before) gained.push_back(c);
    }
    if (gained.empty()) return;
    group_occurrences();
    for (const uint32_t c : gained) {
      Occurrence* first = out_.occurrences.data() + out_.items[c].occurrences_begin;
      std::sort(first, first + out_.items[c].occurrence_count,
                [](const Occurrence& a, const Occurrence& b) { return a.token < b.token; });
    }
  }

  static bool ends_with(std::span<const uint32_t> longer, std::span<const uint32_t> shorter) {
    return longer.size() >= shorter.size() && std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
  }

  void finish() {
    const auto& tokens = words_.tokens;
    for (Candidate& c : out_.items) {
      const auto occurrences = out_.occurrences_of(c);
      uint32_t last_sentence = kNone;
      for (const Occurrence& o : occurrences) {
        const KeywordToken& t = tokens[o.token];
        if (t.sentence != last_sentence) ++c.sentences;
        last_sentence = t.sentence;
        if (t.has(kHeadline)) ++c.headline;
        if (all_name_like(o)) ++c.name_like;
      }
      if (!occurrences.empty()) c.median_rank = tokens[occurrences[occurrences.size() / 2].token].rank;
    }
  }

  const KeywordTokens& words_;
  Candidates out_;
  std::vector<uint32_t> single_;  // key -> candidate of that single word
  PhraseIndex phrases_;
  std::vector<Run> runs_;
  std::vector<uint32_t> counts_;  // occurrences found so far, per candidate
  std::vector<uint32_t> pending_candidate_;  // occurrences as found, with their candidate
  std::vector<Occurrence> pending_;
};

}  // namespace

Candidates find_candidates(const KeywordTokens& words, bool phrases) {
  return Builder(words, find_name_like(words)).build(phrases);
}

}  // namespace article_lens
