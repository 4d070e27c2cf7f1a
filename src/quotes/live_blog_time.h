// A live blog's entry opening with its clock time ("14:02 Rachel Reeves: “...”", "3.15pm GMT Keir
// Starmer said: “...”", "3.15pm: Labour's Wes Streeting has responded"): the entry's words start
// after the time, its zone and a colon (data/clock_words_<lang>.txt). The attribution before a
// quote reads from there, and a name there opens its sentence.
#pragma once

#include <cstddef>
#include <string_view>

namespace article_lens {

// Where the entry's words start when a clock time opens `text` at `pos` and a capitalised word
// follows it; `pos` itself otherwise.
std::size_t after_clock_time(std::string_view text, std::size_t pos, std::string_view language);

}  // namespace article_lens
