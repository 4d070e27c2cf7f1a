// Round 17c, Polish: a group after an indefinite closing a source with no comma ("Według
// niektórych ekspertów inflacja ..."). All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::first_of_kind;
using testing::read_article_quotes;

// The first indirect quote of a Polish sentence: its content and speaker.
std::pair<std::string, std::string> first_indirect(const std::string& text) {
  const auto quote = first_of_kind(read_article_quotes(text, "pl"), "indirect");
  return {quote.text, quote.speaker};
}

TEST(QuoteSlavicRound17c, AGroupAfterAnIndefiniteClosesASourceWithNoComma) {
  EXPECT_EQ(first_indirect("Zdaniem niektórych ekonomistów stopy procentowe pozostaną bez zmian.\n"),
            std::make_pair(std::string("stopy procentowe pozostaną bez zmian"), std::string("niektórych ekonomistów")));
  EXPECT_EQ(first_indirect("Według wielu świadków kierowca jechał zbyt szybko.\n"),
            std::make_pair(std::string("kierowca jechał zbyt szybko"), std::string("wielu świadków")));
  // Not a noun that names no group: "Według nowych przepisów" is what the rules say, no speaker.
  EXPECT_TRUE(read_article_quotes("Według nowych przepisów kierowca musi mieć kamizelkę.\n", "pl").quotes.empty());
}

}  // namespace
}  // namespace article_lens
