// lang_data::entries finds every generated table by its kind and language (a binary search over
// the tables, which the generator sorts), and nothing for a table that does not exist.
#include <gtest/gtest.h>

#include "language/lang_tables.h"

namespace article_lens {
namespace {

TEST(LanguageTables, EveryTableIsFoundByItsKindAndLanguage) {
  ASSERT_FALSE(lang_data::all_tables().empty());
  for (const lang_data::Table& table : lang_data::all_tables()) {
    EXPECT_EQ(lang_data::entries(table.kind, table.lang).data(), table.entries.data()) << table.kind << "_" << table.lang;
    EXPECT_TRUE(lang_data::has(table.kind, table.lang)) << table.kind << "_" << table.lang;
  }
}

TEST(LanguageTables, AWordEndsWithAnEntryOnlyPastItsStem) {
  // "ской" is a Russian adjective ending (data/adjective_endings_ru.txt): 8 bytes.
  EXPECT_TRUE(lang_data::ends_with_entry("adjective_endings", "ru", "московской", 6));
  EXPECT_FALSE(lang_data::ends_with_entry("adjective_endings", "ru", "московской", 20));
  EXPECT_FALSE(lang_data::ends_with_entry("adjective_endings", "ru", "москва", 0));
  EXPECT_FALSE(lang_data::ends_with_entry("no_such_kind", "ru", "московской", 0));
}

TEST(LanguageTables, AMissingTableIsEmpty) {
  EXPECT_TRUE(lang_data::entries("speech_verbs", "xx").empty());
  EXPECT_TRUE(lang_data::entries("no_such_kind", "en").empty());
  EXPECT_FALSE(lang_data::has("", ""));
  EXPECT_FALSE(lang_data::entries("speech_verbs", "en").empty());
}

}  // namespace
}  // namespace article_lens
