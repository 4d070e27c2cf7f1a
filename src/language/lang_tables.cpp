#include "language/lang_tables.h"

namespace article_lens::lang_data {
namespace {

const Table* find(std::string_view kind, std::string_view lang) {
  for (const Table& table : all_tables())
    if (table.kind == kind && table.lang == lang) return &table;
  return nullptr;
}

}  // namespace

std::span<const std::string_view> entries(std::string_view kind, std::string_view lang) {
  const Table* table = find(kind, lang);
  return table ? table->entries : std::span<const std::string_view>();
}

bool has(std::string_view kind, std::string_view lang) { return find(kind, lang) != nullptr; }

std::vector<std::string> languages_with(std::string_view kind) {
  std::vector<std::string> languages;
  for (const Table& table : all_tables())
    if (table.kind == kind && table.lang != "any") languages.emplace_back(table.lang);
  return languages;
}

}  // namespace article_lens::lang_data
