#include "language/lang_tables.h"

#include <algorithm>
#include <utility>

namespace article_lens::lang_data {
namespace {

// A binary search: the tables are sorted by kind then language, and the analyses ask for some of
// them per name or per cue, so a scan over every table would sit on a hot path.
const Table* find(std::string_view kind, std::string_view lang) {
  const std::span<const Table> tables = all_tables();
  const auto it = std::lower_bound(tables.begin(), tables.end(), std::pair{kind, lang}, [](const Table& table, const auto& key) {
    return table.kind != key.first ? table.kind < key.first : table.lang < key.second;
  });
  return it != tables.end() && it->kind == kind && it->lang == lang ? &*it : nullptr;
}

}  // namespace

std::span<const std::string_view> entries(std::string_view kind, std::string_view lang) {
  const Table* table = find(kind, lang);
  return table ? table->entries : std::span<const std::string_view>();
}

bool has(std::string_view kind, std::string_view lang) { return find(kind, lang) != nullptr; }

bool ends_with_entry(std::string_view kind, std::string_view lang, std::string_view word, std::size_t min_stem) {
  for (std::string_view ending : entries(kind, lang))
    if (word.size() >= ending.size() + min_stem && word.ends_with(ending)) return true;
  return false;
}

std::vector<std::string> languages_with(std::string_view kind) {
  std::vector<std::string> languages;
  for (const Table& table : all_tables())
    if (table.kind == kind && table.lang != "any") languages.emplace_back(table.lang);
  return languages;
}

}  // namespace article_lens::lang_data
