#include "quotes/quote_lexicon.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "unicode/case_fold.h"

namespace article_lens {

std::size_t elision_end(std::string_view word, const WordSet& elided_articles) {
  if (elided_articles.empty()) return 0;
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99", "\xCA\xBC"}) {
    const std::size_t at = word.find(apostrophe);
    if (at == 0 || at == std::string_view::npos) continue;
    const std::size_t end = at + apostrophe.size();
    constexpr std::size_t kMaxArticleBytes = 8;  // "quoiqu", "dall"
    if (end >= word.size() || at > kMaxArticleBytes) return 0;
    char folded[kMaxArticleBytes];
    for (std::size_t i = 0; i < at; ++i) {
      const char c = word[i];
      if (static_cast<unsigned char>(c) >= 0x80) return elided_articles.contains(word.substr(0, at)) ? end : 0;
      folded[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return elided_articles.contains_folded(std::string_view(folded, at)) ? end : 0;
  }
  return 0;
}

namespace {

// The entry with its elided articles as words of their own, as QuoteTokens reads the text
// ("l'avocat" -> "l' avocat", "a detta dell'" stays).
std::string split_elisions(std::string folded, const WordSet& elided_articles) {
  if (elided_articles.empty()) return folded;
  std::string out;
  std::size_t begin = 0;
  while (begin <= folded.size()) {
    std::size_t end = folded.find(' ', begin);
    if (end == std::string::npos) end = folded.size();
    const std::string_view word = std::string_view(folded).substr(begin, end - begin);
    if (!out.empty()) out.push_back(' ');
    const std::size_t cut = elision_end(word, elided_articles);
    if (cut) out.append(word.substr(0, cut)).push_back(' '), out.append(word.substr(cut));
    else out.append(word);
    begin = end + 1;
  }
  return out;
}

}  // namespace

LexiconSet::LexiconSet(std::string_view kind, std::string_view lang) { add(kind, lang); }

void LexiconSet::add(std::string_view kind, std::string_view lang) {
  const WordSet& elided_articles = WordSet::shared("elided_articles", lang);
  for (std::string_view entry : lang_data::entries(kind, lang)) {
    std::string folded = split_elisions(unicode::fold_case(entry), elided_articles);
    max_words_ = std::max<std::size_t>(max_words_, 1 + static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ')));
    words_.insert(std::move(folded));
  }
}

bool LexiconSet::contains(std::string_view word) const { return contains_folded(unicode::fold_case(word)); }

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
      cues("speech_verbs", lang),
      loaded_cues("loaded_cues", lang),
      source_phrases("source_phrases", lang),
      source_postpositions("source_postpositions", lang),
      post_quote_cues("post_quote_cues", lang),
      titles("person_titles", lang),
      title_modifiers("title_modifiers", lang),
      pronouns("pronouns", lang),
      group_pronouns("group_pronouns", lang),
      determiners("determiners", lang),
      indefinites("indefinites", lang),
      anonymous_sources("anonymous_sources", lang),
      group_nouns("group_nouns", lang),
      fillers("attribution_fillers", lang),
      complementizers("complementizers", lang),
      reported_speech_markers("reported_speech_markers", lang),
      speech_nouns("speech_nouns", lang),
      finite_verbs("finite_verbs", lang),
      mention_stops("mention_stops", lang),
      mention_links("mention_links", lang),
      relative_pronouns("relative_pronouns", lang),
      name_stopwords("name_stopwords", lang),
      name_particles("name_particles", "any"),
      subordinators("subordinators", lang),
      coordinators("coordinators", lang),
      infinitive_markers("infinitive_markers", lang),
      noun_markers("noun_markers", lang),
      topic_prepositions("topic_prepositions", lang),
      clause_conjunctions("clause_conjunctions", lang),
      possessives("possessives", lang),
      time_words("time_words", lang),
      origin_links("origin_links", lang),
      object_clitics("object_clitics", lang),
      split_cue_heads("split_cue_heads", lang),
      body_name_links("body_name_links", lang),
      dialogue_dashes("dialogue_dashes", lang),
      source_openers("source_openers", lang),
      quoting_verbs("quoting_verbs", lang),
      naming_words("naming_words", lang),
      body_cues("body_cues", lang),
      predicative_markers("predicative_markers", lang),
      quote_references("quote_references", lang),
      reference_openers("reference_openers", lang),
      addressees("addressees", lang),
      masculine_words("masculine_words", lang),
      feminine_words("feminine_words", lang),
      source_pronouns("source_pronouns", lang),
      organisation_words("organisation_words", lang),
      demonstrative_pronouns("demonstrative_pronouns", lang),
      oblique_determiners("oblique_determiners", lang),
      perfect_auxiliaries("perfect_auxiliaries", lang),
      source_clause_openers("source_clause_openers", lang) {
  for (std::string_view ending : lang_data::entries("name_endings", lang)) name_endings.push_back(unicode::fold_case(ending));
  // Longest first, so "ого" is tried before "о".
  std::stable_sort(name_endings.begin(), name_endings.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (std::string_view suffix : lang_data::entries("title_suffixes", lang)) title_suffixes.push_back(unicode::fold_case(suffix));
  for (std::string_view prefix : lang_data::entries("deputy_prefixes", lang)) deputy_prefixes.push_back(unicode::fold_case(prefix));
  for (std::string_view ending : lang_data::entries("participle_endings", lang)) participle_endings.push_back(unicode::fold_case(ending));
  // Gerunds of cue verbs are cues in their participle: "spiegando che", "expliquant que"; listed whole
  // where an ending would take nouns and names too ("quando", "Fernando", "restaurant").
  cues.add("gerund_cues", lang);
  gerund_cues = LexiconSet("gerund_cues", lang);
  for (std::string_view ending : lang_data::entries("patronymic_endings", lang)) patronymic_endings.push_back(unicode::fold_case(ending));
  // Roles read as the text's words are: elided articles apart ("chef de l' état", as titles_ are),
  // and with either apostrophe ("l’état").
  const WordSet& elided_articles = WordSet::shared("elided_articles", lang);
  for (std::string_view line : lang_data::entries("role_groups", lang)) {
    std::vector<std::string> group;
    for (std::size_t begin = 0; begin < line.size();) {
      std::size_t end = line.find(',', begin);
      if (end == std::string_view::npos) end = line.size();
      std::string_view role = line.substr(begin, end - begin);
      while (!role.empty() && role.front() == ' ') role.remove_prefix(1);
      while (!role.empty() && role.back() == ' ') role.remove_suffix(1);
      if (!role.empty()) {
        std::string folded = split_elisions(unicode::fold_case(role), elided_articles);
        if (const std::size_t quote = folded.find('\''); quote != std::string::npos) {
          std::string curly = folded;
          for (std::size_t at = quote; at != std::string::npos; at = curly.find('\'', at)) curly.replace(at, 1, "\xE2\x80\x99");
          group.push_back(std::move(curly));
        }
        group.push_back(std::move(folded));
      }
      begin = end + 1;
    }
    if (group.size() > 1) role_groups.push_back(std::move(group));
  }
  // Number the sets and index their words, so that a word's membership in all of them is one lookup.
  LexiconSet* sets[] = {&cues, &loaded_cues, &source_phrases, &source_postpositions, &post_quote_cues, &titles,
                        &title_modifiers, &pronouns, &group_pronouns, &determiners, &indefinites, &anonymous_sources, &group_nouns,
                        &fillers, &complementizers, &reported_speech_markers, &speech_nouns, &finite_verbs, &mention_stops,
                        &mention_links, &relative_pronouns, &name_stopwords, &name_particles, &subordinators, &coordinators,
                        &infinitive_markers, &noun_markers, &topic_prepositions,
                        &clause_conjunctions, &possessives};
  static_assert(std::size(sets) < kTitleBit);
  for (uint32_t id = 0; id < std::size(sets); ++id) {
    sets[id]->id_ = id;
    for (const std::string& entry : sets[id]->words_) {
      const std::size_t space = entry.find(' ');
      if (space == std::string::npos) bits_[entry] |= uint64_t{1} << id;
      else bits_[entry.substr(0, space)] |= uint64_t{1} << (32 + id);
    }
  }
  for (std::string_view trait : lang_data::entries("orthography", lang))
    if (trait == "capitalised-nouns") capitalised_nouns = true;
    else if (trait == "unspaced") unspaced = true;
  for (std::string_view trait : lang_data::entries("word_order", lang))
    if (trait == "verb-second") verb_second = true;
    else if (trait == "subject-after-setting") subject_after_setting = true;
  for (std::string_view trait : lang_data::entries("quote_style", lang)) {
    if (trait == "names-after-nouns") names_after_nouns = true;
    if (trait == "comma-incise") comma_incise = true;
    if (trait == "sources-end-at-comma") sources_end_at_comma = true;
    if (trait == "capitalised-demonyms") capitalised_demonyms = true;
  }
}

bool QuoteLexicon::is_patronymic(std::string_view folded_word) const {
  for (const std::string& ending : patronymic_endings)
    if (folded_word.size() > ending.size() && folded_word.ends_with(ending)) return true;
  return false;
}

bool QuoteLexicon::is_participle(std::string_view folded_word) const {
  if (gerund_cues.contains_folded(folded_word)) return true;
  for (const std::string& ending : participle_endings)
    if (folded_word.size() > ending.size() + 2 && folded_word.ends_with(ending)) return true;
  return false;
}

uint64_t QuoteLexicon::bits(std::string_view folded_word) const {
  const auto it = bits_.find(folded_word);
  uint64_t found = it == bits_.end() ? 0 : it->second;
  if (is_title(folded_word)) found |= uint64_t{1} << kTitleBit;
  return found;
}

std::vector<std::string> QuoteLexicon::equivalent_roles(std::string_view folded_role) const {
  std::vector<std::string> roles;
  for (const auto& group : role_groups)
    if (std::find(group.begin(), group.end(), folded_role) != group.end())
      for (const auto& role : group)
        if (role != folded_role) roles.push_back(role);
  return roles;
}

bool QuoteLexicon::is_title(std::string_view folded_word) const {
  if (titles.contains_folded(folded_word)) return true;
  // A former holder's title, the modifier joined to it: "exministra", "ex-presidente", "ex-premier".
  if (folded_word.size() > 5 && folded_word.starts_with("ex") && title_modifiers.contains_folded("ex")) {
    const std::string_view rest = folded_word.substr(folded_word[2] == '-' ? 3 : 2);
    if (rest.size() >= 4 && titles.contains_folded(rest)) return true;
  }
  for (const std::string& ending : name_endings) {  // inflected: "министра", "prezydenta"
    if (folded_word.size() > ending.size() + 2 && folded_word.substr(folded_word.size() - ending.size()) == ending &&
        titles.contains_folded(folded_word.substr(0, folded_word.size() - ending.size())))
      return true;
  }
  for (const std::string& suffix : title_suffixes) {
    // At least three letters before the suffix: a compound, not the bare word or a lookalike.
    // (The last byte first: this runs for every word, over every suffix.)
    if (folded_word.size() >= suffix.size() + 3 && folded_word.back() == suffix.back() &&
        folded_word.substr(folded_word.size() - suffix.size()) == suffix)
      return true;
  }
  return false;
}

}  // namespace article_lens
