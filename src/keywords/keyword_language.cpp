#include "keywords/keyword_language.h"

#include "language/lang_tables.h"

namespace article_lens {

KeywordLanguage::KeywordLanguage(std::string_view language, const KeywordOptions& options)
    : stopwords_(WordSet::shared("stopwords", language)),
      speech_verbs_(WordSet::shared("reporting_verbs", language)),
      titles_(WordSet::shared("title_words", language)),
      phrase_only_(WordSet::shared("phrase_only", language)),
      name_links_(WordSet::shared("name_links", language)),
      modifier_endings_(WordSet::shared("modifier_endings", language)),
      elisions_(WordSet::shared("elisions", language)),
      clitics_(WordSet::shared("clitics", language)),
      particles_(WordSet::shared("cjk_particles", language)),
      stemming_(options.stemming),
      stemmer_(options.stemming ? language : std::string_view()) {
  for (const std::string& word : options.extra_stopwords) user_stopwords_.add(word);
  cut_any_clitic_ = clitics_.contains_folded("*");
  for (std::string_view trait : lang_data::entries("orthography", language))
    if (trait == "capitalised-nouns") capitalises_nouns_ = true;
}

}  // namespace article_lens
