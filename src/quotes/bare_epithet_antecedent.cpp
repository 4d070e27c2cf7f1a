// A description standing in for a name just given, in languages whose nouns take no article
// (Russian, Ukrainian, Polish): "Мария Захарова заявила ... Дипломат также отметила", "Борис
// Джонсон ... заявил британский лидер", "Ewa Nowak ... – dodała polityczka". News there calls the
// person it has just named by a trade or a standing rather than by the office it gave them; the
// words that do so are data (data/bare_epithet_nouns_<lang>.txt), offices are not among them.
#include "quotes/speaker_resolver.h"

#include <algorithm>

#include "language/lang_tables.h"
#include "language/word_set.h"

namespace article_lens {
namespace {

// How far back the person may have been named: their sentence, or the two before it.
constexpr long kMaxSentencesBack = 2;
// An epithet and at most two adjectives before it ("бывший британский лидер").
constexpr std::size_t kMaxEpithetWords = 3;

// Whether an adjective of origin fits one of a person's role words by its stem: "российский" ~
// "России", "британский" ~ "Великобритании", "polski" ~ "Polski" (the first letters in common).
bool adjective_fits(const Person& person, std::string_view adjective) {
  constexpr std::size_t kMinStemBytes = 8;  // four Cyrillic letters, or "polsk"-like Latin stems
  const std::size_t stem = std::min(adjective.size(), std::max(kMinStemBytes, adjective.size() / 2));
  for (const std::string& role : person.roles) {
    std::size_t common = 0;
    while (common < role.size() && common < adjective.size() && role[common] == adjective[common]) ++common;
    if (common >= kMinStemBytes || role.find(adjective.substr(0, stem)) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

int SpeakerResolver::bare_epithet_antecedent(TokenRange mention, int recent, const std::vector<Span>& quotes) const {
  const WordSet& epithets = WordSet::shared("bare_epithet_nouns", words_.language);
  if (epithets.empty() || mention.empty() || mention.size() > kMaxEpithetWords) return -1;
  const std::size_t head = mention.last - 1;
  if (!epithets.contains_folded(tokens_.folded(head))) return -1;
  // The words before it are adjectives, no name of their own ("британский", not "Иван").
  const auto endings = lang_data::entries("apposition_adjective_endings", words_.language);
  for (std::size_t k = mention.first; k < head; ++k) {
    if (people_.find_token(k) >= 0 || (tokens_.capitalized(k) && k > mention.first)) return -1;
    const std::string_view word = tokens_.folded(k);
    bool adjective = false;
    for (const std::string_view ending : endings) adjective = adjective || (word.size() > ending.size() + 2 && word.ends_with(ending));
    if (!adjective) return -1;
  }
  const uint32_t at = tokens_.span(mention.first).begin;
  int named = people_.last_mentioned_before(at, quotes);
  if (named < 0) return -1;
  // An adjective of origin that fits not them but someone named before: "Путин говорил с Моди ...
  // подчеркнул российский лидер" is Putin.
  for (std::size_t k = mention.first; k < head; ++k) {
    const std::string_view adjective = tokens_.folded(k);
    if (adjective_fits(people_.person(named), adjective)) continue;
    const int fitting = people_.last_mentioned_matching(at, [&](int index) { return adjective_fits(people_.person(index), adjective); });
    if (fitting >= 0) named = fitting;
    break;
  }
  // Someone the text presents as a source: given a title, or the last to speak.
  if (!people_.person(named).titled && named != recent) return -1;
  const Document& document = tokens_.document();
  const long here = document.sentence_at(at);
  const long there = document.sentence_at(people_.last_mention_of(named, at));
  if (here < 0 || there < 0 || here - there > kMaxSentencesBack) return -1;
  return named;
}

}  // namespace article_lens
