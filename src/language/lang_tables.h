// The language data compiled into the core: one table per data file `<kind>_<lang>.txt` found in
// an analysis folder's `data/` (src/sentences/data/abbreviations_en.txt, ...). The tables are
// generated at build time by scripts/gen_lang_tables.py; adding a language is adding files.
//
//   for (std::string_view verb : lang_data::entries("speech_verbs", "en")) ...
//
// Language-independent tables use the code "any" (quote_pairs_any.txt).
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace article_lens::lang_data {

struct Table {
  std::string_view kind;
  std::string_view lang;
  std::span<const std::string_view> entries;  // in file order, comments and blanks removed
};

// Every generated table, sorted by kind then language.
std::span<const Table> all_tables();

// The entries of one table; empty when there is no such file.
std::span<const std::string_view> entries(std::string_view kind, std::string_view lang);

// Whether `word` ends with one of the table's entries and keeps at least `min_stem` bytes before it
// (suffix tables: "adjective_endings", "past_tense_endings"; "полиции" ends with "ии").
bool ends_with_entry(std::string_view kind, std::string_view lang, std::string_view word, std::size_t min_stem);

// Whether `lang` has a table of `kind`.
bool has(std::string_view kind, std::string_view lang);

// Languages that have a table of `kind`, sorted ("any" excluded).
std::vector<std::string> languages_with(std::string_view kind);

}  // namespace article_lens::lang_data
