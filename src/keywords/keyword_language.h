// What the keyword extractor knows about one language, all of it from data files in
// src/keywords/data/ plus the Snowball stemmer:
//   stopwords_<lang>.txt          function words and news words that are never keywords (said, Mr)
//   title_words_<lang>.txt        titles that stand before a name (President, Minister): a name
//                                 phrase starts after them ("Russian President | Vladimir Putin")
//   elisions_<lang>.txt           prefixes cut before an apostrophe (French l’, d’; Italian dell’)
//   clitics_<lang>.txt            suffixes cut after an apostrophe (English ’s; `*` cuts any suffix)
//   cjk_particles_<lang>.txt      Han characters that end a character run (Chinese 的, 了)
//   phrase_only_<lang>.txt        words listed only inside a phrase (New York, but never "new")
//   name_links_<lang>.txt         function words inside names (Bank of America): a phrase runs
//                                 across one only between two name words
//   modifier_endings_<lang>.txt   endings of a hyphenated word's last part that make it a compound
//                                 modifier (Oscar-winning, two-year): counted only inside phrases
//   reporting_verbs_<lang>.txt    verbs that attribute speech (said, warned, insisted): they report
//                                 the news rather than say what it is about
//
//   KeywordLanguage language("fr", options);
//   language.is_stopword(folded);   // folded = NFKC case-folded word
#pragma once

#include <string>
#include <string_view>

#include "article_lens.h"
#include "keywords/stemmer.h"
#include "language/word_set.h"

namespace article_lens {

class KeywordLanguage {
 public:
  KeywordLanguage(std::string_view language, const KeywordOptions& options);

  bool is_stopword(std::string_view folded) const {
    return stopwords_.contains_folded(folded) || (!user_stopwords_.empty() && user_stopwords_.contains_folded(folded));
  }
  bool is_speech_verb(std::string_view folded) const { return speech_verbs_.contains_folded(folded); }
  bool is_title_word(std::string_view folded) const { return titles_.contains_folded(folded); }
  bool is_phrase_only(std::string_view folded) const { return phrase_only_.contains_folded(folded); }
  bool is_name_link(std::string_view folded) const { return name_links_.contains_folded(folded); }
  bool is_compound_modifier(std::string_view folded) const {
    const std::size_t hyphen = folded.rfind('-');
    if (hyphen == std::string_view::npos || modifier_endings_.empty()) return false;
    const std::string_view last = folded.substr(hyphen + 1);
    for (std::size_t n = 2; n <= last.size() && n <= 8; ++n)
      if (modifier_endings_.contains_folded(last.substr(last.size() - n))) return true;
    return false;
  }
  bool is_elision(std::string_view folded) const { return elisions_.contains_folded(folded); }
  bool is_clitic(std::string_view folded) const { return cut_any_clitic_ || clitics_.contains_folded(folded); }
  bool is_cjk_particle(std::string_view folded) const { return particles_.contains_folded(folded); }
  bool has_apostrophe_rules() const { return !elisions_.empty() || !clitics_.empty(); }
  // German writes every noun with a capital (src/language/data/orthography_<lang>.txt), so a word
  // capitalised at a sentence start is most likely a noun that keeps it.
  bool capitalises_nouns() const { return capitalises_nouns_; }

  // The grouping key of a folded word: its stem when stemming is on and Snowball knows the language.
  std::string_view key(std::string_view folded) { return stemming_ ? stemmer_.stem(folded) : folded; }

 private:
  const WordSet& stopwords_;
  WordSet user_stopwords_;
  const WordSet& speech_verbs_;
  const WordSet& titles_;
  const WordSet& phrase_only_;
  const WordSet& name_links_;
  const WordSet& modifier_endings_;
  const WordSet& elisions_;
  const WordSet& clitics_;
  const WordSet& particles_;
  bool cut_any_clitic_ = false;
  bool capitalises_nouns_ = false;
  bool stemming_ = true;
  Stemmer stemmer_;
};

}  // namespace article_lens
