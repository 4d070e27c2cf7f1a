// The subject of the clause a participle reports for, where it is a description that the mention
// rules ran on into the clause's verb (see mentions.h).
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/mentions.h"

namespace article_lens {

bool MentionFinder::is_past_tense(std::size_t k) const {
  return !tokens_.capitalized(k) && (lang_data::ends_with_entry("past_tense_endings", words_.language, tokens_.folded(k), 3) ||
                                     WordSet::shared("past_tense_forms", words_.language).contains_folded(tokens_.folded(k)));
}

TokenRange MentionFinder::before_past_tense(TokenRange subject) const {
  // "The governor vetoed the bill, saying ...": a lower-case past tense from the description's
  // third word on ends it, by ending ("-ed") or as an irregular form ("spent", "gave";
  // data/past_tense_forms_<lang>.txt), and so does an adverb of manner before it ("The actor
  // repeatedly refused"; data/adverb_endings_<lang>.txt).
  if (subject.empty() || !is_description_start(subject.first)) return subject;
  for (std::size_t m = subject.first + 2; m < subject.last; ++m) {
    if (!is_past_tense(m)) continue;
    if (m > subject.first + 2 && !tokens_.capitalized(m - 1) &&
        lang_data::ends_with_entry("adverb_endings", words_.language, tokens_.folded(m - 1), 3))
      --m;
    return {subject.first, m};
  }
  return subject;
}

}  // namespace article_lens
