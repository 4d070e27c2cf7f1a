#include "quotes/quote_lexicon.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "language/lang_tables.h"
#include "unicode/case_fold.h"

namespace article_lens {

const QuoteLexicon& QuoteLexicon::shared(std::string_view language) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<QuoteLexicon>, std::less<>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(language);
  if (it == cache.end()) it = cache.emplace(std::string(language), std::make_unique<QuoteLexicon>(language)).first;
  return *it->second;
}

QuoteLexicon::QuoteLexicon(std::string_view lang)
    : language(lang),
      cues(WordSet::shared("speech_verbs", lang)),
      loaded_cues(WordSet::shared("loaded_cues", lang)),
      source_phrases(WordSet::shared("source_phrases", lang)),
      post_quote_cues(WordSet::shared("post_quote_cues", lang)),
      titles(WordSet::shared("person_titles", lang)),
      title_modifiers(WordSet::shared("title_modifiers", lang)),
      pronouns(WordSet::shared("pronouns", lang)),
      group_pronouns(WordSet::shared("group_pronouns", lang)),
      determiners(WordSet::shared("determiners", lang)),
      indefinites(WordSet::shared("indefinites", lang)),
      anonymous_sources(WordSet::shared("anonymous_sources", lang)),
      fillers(WordSet::shared("attribution_fillers", lang)),
      complementizers(WordSet::shared("complementizers", lang)),
      mention_stops(WordSet::shared("mention_stops", lang)),
      mention_links(WordSet::shared("mention_links", lang)),
      name_stopwords(WordSet::shared("name_stopwords", lang)),
      name_particles(WordSet::shared("name_particles", "any")) {
  for (std::string_view ending : lang_data::entries("name_endings", lang)) name_endings.push_back(unicode::fold_case(ending));
  // Longest first, so "ого" is tried before "о".
  std::stable_sort(name_endings.begin(), name_endings.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (std::string_view trait : lang_data::entries("orthography", lang))
    if (trait == "capitalised-nouns") capitalised_nouns = true;
}

}  // namespace article_lens
