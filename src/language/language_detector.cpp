#include "language/language_detector.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "language/lang_tables.h"
#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"
#include "unicode/word_tokens.h"

namespace article_lens {
namespace {

using unicode::decode_at;

struct Range {
  char32_t first, last;
  uint8_t script;
};

// The detection data, parsed once.
struct Model {
  std::vector<std::string> scripts;               // index = script id
  std::vector<Range> ranges;                      // sorted by `first`
  std::vector<std::vector<std::string>> languages;  // per script, likeliest first
  std::map<std::string, std::vector<std::string>, std::less<>> words;  // folded word -> languages
  std::map<char32_t, std::vector<std::string>> letters;                // folded letter -> languages

  Model() {
    auto script_id = [&](std::string_view name) {
      for (std::size_t k = 0; k < scripts.size(); ++k)
        if (scripts[k] == name) return static_cast<uint8_t>(k);
      scripts.emplace_back(name);
      languages.emplace_back();
      return static_cast<uint8_t>(scripts.size() - 1);
    };
    for (std::string_view entry : lang_data::entries("scripts", "any")) {
      const std::size_t space = entry.find(' '), dash = entry.find('-');
      if (space == std::string_view::npos || dash == std::string_view::npos) continue;
      const auto first = std::stoul(std::string(entry.substr(space + 1, dash - space - 1)), nullptr, 16);
      const auto last = std::stoul(std::string(entry.substr(dash + 1)), nullptr, 16);
      ranges.push_back({static_cast<char32_t>(first), static_cast<char32_t>(last), script_id(entry.substr(0, space))});
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) { return a.first < b.first; });
    for (std::string_view entry : lang_data::entries("script_languages", "any")) {
      std::size_t space = entry.find(' ');
      if (space == std::string_view::npos) continue;
      auto& list = languages[script_id(entry.substr(0, space))];
      while (space != std::string_view::npos) {
        const std::size_t next = entry.find(' ', space + 1);
        const std::string_view lang = entry.substr(space + 1, next == std::string_view::npos ? next : next - space - 1);
        if (!lang.empty()) list.emplace_back(lang);
        space = next;
      }
    }
    for (const auto& list : languages)
      for (const std::string& lang : list) {
        for (std::string_view word : lang_data::entries("common_words", lang)) words[unicode::fold_case(word)].push_back(lang);
        for (std::string_view letter : lang_data::entries("letters", lang)) {
          const std::string folded = unicode::fold_case(letter);
          if (!folded.empty()) letters[decode_at(folded, 0).value].push_back(lang);
        }
      }
  }

  int script_of(char32_t cp) const {
    auto it = std::upper_bound(ranges.begin(), ranges.end(), cp, [](char32_t c, const Range& r) { return c < r.first; });
    if (it == ranges.begin()) return -1;
    --it;
    return cp <= it->last ? it->script : -1;
  }

  int script_named(std::string_view name) const {
    for (std::size_t k = 0; k < scripts.size(); ++k)
      if (scripts[k] == name) return static_cast<int>(k);
    return -1;
  }
};

const Model& model() {
  static const Model instance;
  return instance;
}

// The sample ends on a code point boundary.
std::string_view sample_of(std::string_view text) {
  if (text.size() <= kDetectionSampleBytes) return text;
  std::size_t end = kDetectionSampleBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

std::string detect_language(std::string_view text) {
  const Model& m = model();
  const std::string_view sample = sample_of(text);
  std::vector<std::size_t> per_script(m.scripts.size(), 0);
  for (std::size_t i = 0; i < sample.size();) {
    const auto cp = decode_at(sample, i);
    i += cp.length;
    if (!unicode::is_letter(cp.value)) continue;
    const int script = m.script_of(cp.value);
    if (script >= 0) ++per_script[static_cast<std::size_t>(script)];
  }
  // Japanese mixes Kana with Han: any real share of Kana decides.
  const int kana = m.script_named("Kana"), han = m.script_named("Han");
  if (kana >= 0 && han >= 0 && per_script[kana] > 0 && per_script[kana] * 10 >= per_script[han]) per_script[han] = 0;
  const auto best = std::max_element(per_script.begin(), per_script.end());
  if (best == per_script.end() || *best == 0) return "en";
  const auto& candidates = m.languages[static_cast<std::size_t>(best - per_script.begin())];
  if (candidates.empty()) return "en";
  if (candidates.size() == 1) return candidates.front();

  std::map<std::string, double, std::less<>> score;
  std::string folded;
  for (const auto& token : unicode::tokenize_words(sample)) {
    folded.clear();
    unicode::append_folded(folded, sample.substr(token.span.begin, token.span.size()));
    // One-letter words ("a", "i", "v") are in too many languages to tell them apart.
    if (const auto it = m.words.find(folded); it != m.words.end() && token.span.size() > 1)
      for (const std::string& lang : it->second) score[lang] += 1.0 / static_cast<double>(it->second.size());
    for (std::size_t k = 0; k < folded.size();) {  // telling letters weigh less than whole words
      const auto cp = decode_at(folded, k);
      k += cp.length;
      if (cp.value < 0x80) continue;
      if (const auto it = m.letters.find(cp.value); it != m.letters.end())
        for (const std::string& lang : it->second) score[lang] += 0.5 / static_cast<double>(it->second.size());
    }
  }
  std::string chosen = candidates.front();
  double chosen_score = 0;
  for (const std::string& lang : candidates) {  // likeliest first, so ties keep the likelier language
    const auto it = score.find(lang);
    if (it != score.end() && it->second > chosen_score) {
      chosen = lang;
      chosen_score = it->second;
    }
  }
  return chosen;
}

}  // namespace article_lens
