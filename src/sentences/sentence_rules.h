// What the sentence splitter knows about one language, loaded from data files in
// src/sentences/data/ (one entry per line, `#` comments):
//
//   terminals_<lang>.txt           marks that end a sentence; "tight" after a mark means it ends one even
//                                  with no space after it (。 ！ ？ ። ။), "soft" that it joins clauses
//                                  (the Arabic comma); falls back to terminals_any.txt
//   clause_continuations_<lang>.txt word beginnings that continue a clause after a soft mark
//   abbreviations_<lang>.txt       generic abbreviations (etc., Inc., U.S.): a sentence ends after one only
//                                  when a sentence starter follows ("in the U.S. The ...")
//   title_abbreviations_<lang>.txt prepositive titles (Mr., Dr., Gen.): never end a sentence before a name
//   number_abbreviations_<lang>.txt abbreviations before numbers (No. 5, p. 12, Art. 3)
//   final_abbreviations_<lang>.txt abbreviations that usually close a clause (a.m., p.m., etc.): a sentence
//                                  ends after one before any capitalised word
//   sentence_starters_<lang>.txt   words that begin sentences (The, He, But, ...)
//   exclamation_words_<lang>.txt   names written with "!" (Yahoo!)
//   prepositions_<lang>.txt        prepositions that open an introductory phrase ("At 5 a.m. Mr. Smith")
//   continuation_words_<lang>.txt  words a line cannot end with (the, of, and, の): a line break after
//                                  one is a wrap
//   settings_<lang>.txt            flags: "ordinal_period" (a period after a number marks an ordinal:
//                                  "am 3. Oktober")
// Every list also takes the language-independent entries of the same kind (`_any.txt`).
//
//   const SentenceRules& rules = SentenceRules::shared("de");
//   rules.is_terminal(U'.');  rules.titles.contains("Dr.");
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "language/word_set.h"

namespace article_lens {

class SentenceRules {
 public:
  // Built once per language and kept (language data never changes at run time). Thread-safe.
  static const SentenceRules& shared(std::string_view language);

  bool is_terminal(char32_t cp) const;
  // Ends a sentence even when the next character follows with no space (full-width and other
  // scripts' stops).
  bool is_tight_terminal(char32_t cp) const;
  bool is_soft_terminal(char32_t cp) const;

  WordSet generic;        // all abbreviation sets hold folded entries with their final period
  WordSet titles;
  WordSet numbers;
  WordSet finals;
  WordSet starters;       // folded words without periods
  WordSet exclamations;   // folded, with the "!"
  WordSet prepositions;
  WordSet continuations;
  std::vector<std::string> clause_continuations;
  bool ordinal_period = false;

 private:
  explicit SentenceRules(std::string_view language);
  struct Terminal {
    char32_t cp;
    bool tight;
    bool soft;
  };
  const Terminal* find_terminal(char32_t cp) const;
  std::vector<Terminal> terminals_;  // sorted by code point
  uint64_t ascii_terminals_[2] = {0, 0};
};

}  // namespace article_lens
