#include "sentences/sentence_rules.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "language/lang_tables.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// The language's own table plus the language-independent one.
WordSet load(std::string_view kind, std::string_view language) {
  WordSet set = WordSet::from_table(kind, language);
  for (std::string_view entry : lang_data::entries(kind, "any")) set.add(entry);
  set.contains_folded("");  // sort now: shared sets are read from several threads
  return set;
}

}  // namespace

const SentenceRules& SentenceRules::shared(std::string_view language) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<SentenceRules>, std::less<>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(language);
  if (it == cache.end())
    it = cache.emplace(std::string(language), std::unique_ptr<SentenceRules>(new SentenceRules(language))).first;
  return *it->second;
}

SentenceRules::SentenceRules(std::string_view language)
    : generic(load("abbreviations", language)),
      titles(load("title_abbreviations", language)),
      numbers(load("number_abbreviations", language)),
      finals(load("final_abbreviations", language)),
      starters(load("sentence_starters", language)),
      exclamations(load("exclamation_words", language)),
      prepositions(load("prepositions", language)),
      continuations(load("continuation_words", language)) {
  for (std::string_view prefix : lang_data::entries("clause_continuations", language))
    clause_continuations.emplace_back(prefix);
  for (std::string_view flag : lang_data::entries("settings", language))
    if (flag == "ordinal_period") ordinal_period = true;

  // The language's marks (or the default set), plus every script's own stops from the default set:
  // 。 or । end a sentence in any text, also in a quotation inside another language.
  const auto own = lang_data::entries("terminals", language);
  std::vector<std::string_view> table(own.begin(), own.end());
  for (std::string_view entry : lang_data::entries("terminals", "any"))
    if (own.empty() || entry.find(" tight") != std::string_view::npos) table.push_back(entry);
  for (std::string_view entry : table) {
    // "<mark>", "<mark> tight" or "<mark> soft"
    const std::size_t space = entry.find(' ');
    const std::string_view mark = entry.substr(0, space);
    if (mark.empty()) continue;
    const auto cp = unicode::decode_at(mark, 0);
    if (std::any_of(terminals_.begin(), terminals_.end(), [&](const Terminal& t) { return t.cp == cp.value; }))
      continue;  // the language's own entry came first
    const std::string_view attribute = space == std::string_view::npos ? "" : entry.substr(space + 1);
    terminals_.push_back({cp.value, attribute == "tight", attribute == "soft"});
    if (cp.value < 128) ascii_terminals_[cp.value >> 6] |= uint64_t{1} << (cp.value & 63);
  }
  std::sort(terminals_.begin(), terminals_.end(), [](const Terminal& a, const Terminal& b) { return a.cp < b.cp; });
}

bool SentenceRules::is_terminal(char32_t cp) const {
  if (cp < 128) return (ascii_terminals_[cp >> 6] >> (cp & 63)) & 1;
  return find_terminal(cp) != nullptr;
}

const SentenceRules::Terminal* SentenceRules::find_terminal(char32_t cp) const {
  const auto it = std::lower_bound(terminals_.begin(), terminals_.end(), cp,
                                   [](const Terminal& t, char32_t c) { return t.cp < c; });
  return it != terminals_.end() && it->cp == cp ? &*it : nullptr;
}

bool SentenceRules::is_tight_terminal(char32_t cp) const {
  const Terminal* terminal = cp < 128 ? nullptr : find_terminal(cp);
  return terminal && terminal->tight;
}

bool SentenceRules::is_soft_terminal(char32_t cp) const {
  const Terminal* terminal = cp < 128 ? nullptr : find_terminal(cp);
  return terminal && terminal->soft;
}

}  // namespace article_lens
