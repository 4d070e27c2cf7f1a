// Splits text into sentences as spans of the original text (never rewritten text).
//
//   SentenceSplitter splitter("en", {.hard_wrapped = false});
//   std::vector<Sentence> sentences = splitter.split(text);
//
// One pass over the code points finds candidate boundaries (runs of terminal marks, line breaks,
// list markers, bullets, a dateline's dash) and decides each from its context with the language's
// data (see sentence_rules.h): abbreviations of four kinds, sentence starters, terminal marks.
// A blank line always ends a sentence; a single line break ends one unless the text runs on in lower
// case (or `hard_wrapped` is set). Terminal marks inside a matched bracket do not end the sentence
// around the bracket; inside quotation marks they do, so a quoted passage of several sentences gives
// several sentences, unless the caller passes those passages to keep whole (the convention of
// pragmatic_segmenter and of readers who quote by the sentence). Linear in the size of the text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article_lens.h"
#include "language/word_set.h"
#include "sentences/sentence_rules.h"

namespace article_lens {

struct SentenceSplitterOptions {
  bool hard_wrapped = false;  // single line breaks are wraps, not boundaries (text from PDFs)
  std::vector<std::string> extra_abbreviations;  // the user's own, with or without the final period
};

class SentenceSplitter {
 public:
  SentenceSplitter(std::string_view language, const SentenceSplitterOptions& options);
  // `whole_passages` (ordered, not overlapping): spans, such as quotations with their marks, inside
  // which no sentence ends; a sentence may still end where one of them closes.
  std::vector<Sentence> split(std::string_view text, const std::vector<Span>& whole_passages = {}) const;

 private:
  SentenceSplitterOptions options_;
  const SentenceRules& rules_;
  WordSet user_abbreviations_;
};

}  // namespace article_lens
