// A description standing in for a name just given (Romance news; description_antecedent.cpp does
// the same for German with its own test of who was named): news in some languages never repeats a name
// twice in a row, and calls the person by an office, a party or a trade instead ("Sophie Binet ...
// La syndicaliste juge", "Lula ... disse o petista", "Feijóo ... dijo el popular", "Conte ... ha
// detto il leader del M5s"). Where no one carries the description's role, it means the person the
// text has just named.
#include "quotes/speaker_resolver.h"

#include "language/word_set.h"

namespace article_lens {
namespace {

// How far back the person may have been named: their sentence, or the two before it.
constexpr long kMaxSentencesBack = 2;

}  // namespace

int SpeakerResolver::description_antecedent(TokenRange mention, int recent, const std::vector<Span>& quotes,
                                            bool epithet_only) const {
  // Languages whose news writes such descriptions list the articles that open them
  // (data/description_articles_<lang>.txt: definite, singular, and demonstratives; never a
  // possessive, "son avocat" is someone else) and the words that name a person by a party or a
  // trade rather than an office (data/epithet_nouns_<lang>.txt).
  const bool titles_too = !WordSet::shared("description_articles", words_.language).empty();  // else epithets alone (data/epithet_articles_<lang>.txt: English)
  const WordSet& articles = WordSet::shared(titles_too ? "description_articles" : "epithet_articles", words_.language);
  const WordSet& epithets = WordSet::shared("epithet_nouns", words_.language);
  if (articles.empty() || mention.size() < 2 || !articles.contains_folded(tokens_.folded(mention.first))) return -1;
  std::size_t head = mention.first + 1;
  while (head + 1 < mention.last && (tokens_.in(head, words_.title_modifiers) || articles.contains_folded(tokens_.folded(head)))) ++head;
  // A former holder is named by the office too ("o ex-mandatário", "el exlíder popular").
  std::string_view head_word = tokens_.folded(head);
  if (const std::size_t dash = head_word.find('-'); dash != std::string_view::npos && words_.title_modifiers.contains_folded(head_word.substr(0, dash)))
    head_word.remove_prefix(dash + 1);
  else if (head_word.size() > 6 && head_word.starts_with("ex") && words_.title_modifiers.contains_folded("ex") &&
           (epithets.contains_folded(head_word.substr(2)) || words_.is_title(head_word.substr(2))))
    head_word.remove_prefix(2);
  const bool epithet = epithets.contains_folded(head_word);
  if (!epithet && (epithet_only || !titles_too || !(tokens_.title(head) || words_.is_title(head_word)))) return -1;
  for (std::size_t k = mention.first; k < mention.last; ++k)
    if (tokens_.capitalized(k) && people_.find_token(k) >= 0) return -1;  // a name of its own
  // The description's gender: its article's ("la syndicaliste") or its head word's ("présidente").
  Gender gender = word_gender(words_, head_word);
  if (gender == Gender::kUnknown) {
    const std::string_view article = tokens_.folded(mention.first);
    if (WordSet::shared("feminine_determiners", words_.language).contains_folded(article)) gender = Gender::kFemale;
    else if (WordSet::shared("masculine_determiners", words_.language).contains_folded(article)) gender = Gender::kMale;
  }
  const uint32_t at = tokens_.span(mention.first).begin;
  const int named = people_.last_mentioned_before(at, quotes);  // the nearest, of whichever gender
  if (named < 0) return -1;
  const Gender known = people_.gender(named);
  if (gender != Gender::kUnknown && known != Gender::kUnknown && known != gender) return -1;
  // Someone the text presents as a source: given a title, or the last to speak (not a passer-by
  // named in the story, "Jean Dupont, 45 ans").
  if (!people_.person(named).titled && named != recent) return -1;
  const Document& document = tokens_.document();
  const long here = document.sentence_at(at);
  const long there = document.sentence_at(people_.last_mention_of(named, at));
  if (here < 0 || there < 0 || here - there > kMaxSentencesBack) return -1;
  // Named in the sentence itself, they are meant. Named before it, an office other than one they
  // hold means someone else ("Emmanuel Macron s'est rendu à Lyon. « ... », a réagi le maire"),
  // unless the description only names a party or trade, with nothing after it ("la syndicaliste").
  bool bare_epithet = epithet;  // adjectives may follow ("le leader insoumis"), not a body ("du PS")
  for (std::size_t k = head + 1; k < mention.last && bare_epithet; ++k)
    bare_epithet = !tokens_.in(k, words_.mention_links) && !tokens_.capitalized(k);
  if (here == there || bare_epithet) return named;
  // (A former office is no conflict: "la exministra" is now "la eurodiputada".)
  // (data/former_modifiers_<lang>.txt, alone or joined to the title: "ex", "exministra", "ex-premier".)
  const WordSet& former = WordSet::shared("former_modifiers", words_.language);
  const auto& roles = people_.person(named).roles;
  for (const std::string& role : roles) {
    const std::size_t dash = role.find('-');
    if (former.contains_folded(role) || (dash != std::string::npos && former.contains_folded(role.substr(0, dash))) ||
        (role.size() > 5 && former.contains_folded(role.substr(0, 2)) && words_.is_title(role.substr(2))))
      return named;
  }
  for (const std::string& role : roles) {
    if (role.find(' ') != std::string::npos || role == head_word || epithets.contains_folded(role)) continue;
    if (words_.titles.contains_folded(role)) return -1;
  }
  return named;
}

}  // namespace article_lens
