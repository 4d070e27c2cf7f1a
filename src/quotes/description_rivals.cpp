// A description that rules out the person just named, and so means the one named before them.
// Sports and political copy names two people, then calls one of them by a trade or a party word
// that fits only one: "Mbappé ... « … », a reconnu l'entraîneur Carlo Ancelotti. « … », a ajouté
// l'attaquant français" (a forward is not the coach: data/rival_roles_<lang>.txt, roles one person
// never holds together), "Marine Tondelier et Bruno Retailleau ... a assuré l'élue écologiste" (the
// gender the description tells). The person meant is the only one in reach whom nothing rules out.
// A former office likewise rules out its present holder: "Prime Minister Keir Starmer and former
// prime minister Boris Johnson ... the former prime minister said" is Johnson.
// So is one named in the phrase set before the description's own clause, whom the one described
// was asked about: "Carlo Ancelotti ... Interrogé sur Kylian Mbappé, le technicien a répondu"
// (opening_phrase.cpp).
#include <algorithm>
#include <string>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/data_lines.h"
#include "quotes/opening_phrase.h"
#include "quotes/speaker_resolver.h"

namespace article_lens {
namespace {

// How far back the person may have been named: the description's sentence or the two before it
// (as for any description standing for someone named, description_antecedent.cpp).
constexpr long kMaxSentencesBack = 2;

// The side of a rival_roles line that holds `role` (0 or 1), or -1: "entraîneur, coach | attaquant, gardien".
int side_of(std::string_view line, std::string_view role) {
  return line.find('|') == std::string_view::npos ? -1 : listed_side(line, role);
}

}  // namespace

bool SpeakerResolver::holds_rival_role(int index, std::string_view head_word) const {
  for (std::string_view line : lang_data::entries("rival_roles", words_.language)) {
    const int side = side_of(line, head_word);
    if (side < 0) continue;
    for (const std::string& role : people_.person(index).roles)
      if (const int other = side_of(line, role); other >= 0 && other != side) return true;
  }
  return false;
}

int SpeakerResolver::unruled_antecedent(TokenRange mention, int antecedent, const std::vector<Span>& quotes) const {
  // The head after the article and its modifiers ("l'élue écologiste", "el nuevo técnico").
  // (Where no article opens an office so, the article of epithets: English "the".)
  const WordSet& offices = WordSet::shared("description_articles", words_.language);
  const WordSet& articles = offices.empty() ? WordSet::shared("epithet_articles", words_.language) : offices;
  if (articles.empty() || mention.size() < 2 || !articles.contains_folded(tokens_.folded(mention.first))) return antecedent;
  std::size_t head = mention.first + 1;
  while (head + 1 < mention.last && tokens_.in(head, words_.title_modifiers)) ++head;
  // (Where epithets close the description, its last word: "the England forward"; not someone else's,
  // "the victim's widow", "the mother of the boy".)
  if (offices.empty() && head + 1 < mention.last && names_by_epithet(tokens_.folded(mention.last - 1), true)) {
    bool own = true;
    for (std::size_t k = head; k + 1 < mention.last && own; ++k) own = !tokens_.possessive(k) && !tokens_.in(k, words_.mention_links);
    if (own) head = mention.last - 1;
  }
  const std::string_view head_word = tokens_.folded(head);
  const bool rivals = !lang_data::entries("rival_roles", words_.language).empty();
  const uint32_t at = tokens_.span(mention.first).begin;
  // (The description opening its clause after a phrase set before it: the names in that phrase.)
  const TokenRange opening = opening_phrases(tokens_, words_, at);
  const bool opened = !opening.empty() && opening.last == mention.first;
  auto asked_about = [&](int index) {
    const uint32_t named_at = people_.last_mention_of(index, at, &quotes);
    return opened && named_at >= tokens_.span(opening.first).begin && named_at < at;
  };
  // (An office is no epithet: who holds it is for the office rules to find, office_antecedent.cpp.)
  if (!names_by_epithet(head_word, head > mention.first + 1)) return antecedent >= 0 && asked_about(antecedent) ? -1 : antecedent;
  const Gender told = description_gender(words_, tokens_.folded(mention.first), head_word);
  // A role of the other side rules a person out; so does the other gender, where the text told it.
  // (A feminine word rules out a name of no known gender too: women's given names are listed,
  // data/given_names_female_<lang>.txt, and a woman is called by the masculine word less often.)
  auto rival = [&](int index) { return rivals && holds_rival_role(index, head_word); };
  auto other_gender = [&](int index) {
    const Gender known = people_.gender(index);
    return told == Gender::kFemale ? known != Gender::kFemale : told == Gender::kMale && known == Gender::kFemale;
  };
  // (A feminine word where the one named last is of no known gender and has a title of their own:
  // the one woman in reach, if the text names one: "Kate Winslet starred ... Director James Cameron
  // cast her. «…», the actress said". Not a subject named by name alone, whom the description may
  // mean: "Rebeca Andrade superou Simone Biles. «…», disse a brasileira".)
  auto woman = [&](int index) {
    return index != antecedent && people_.gender(index) == Gender::kFemale && named_in_reach(index, at, quotes, kMaxSentencesBack) >= 0;
  };
  if (antecedent >= 0 && told == Gender::kFemale && people_.gender(antecedent) == Gender::kUnknown && people_.person(antecedent).titled &&
      !asked_about(antecedent))
    if (const int her = people_.last_mentioned_matching(at, woman);
        her >= 0 && !rival(her) && people_.last_mentioned_matching(at, [&](int index) { return index != her && woman(index); }) < 0)
      return her;
  if (antecedent >= 0 && !rival(antecedent) && !(other_gender(antecedent) && people_.gender(antecedent) != Gender::kUnknown) &&
      !asked_about(antecedent))
    return antecedent;
  const int last = people_.last_mentioned_before(at, quotes);
  if (last < 0 || named_in_reach(last, at, quotes, kMaxSentencesBack) < 0) return -1;
  const bool by_gender = !rival(last) && other_gender(last);
  if (!by_gender && !rival(last) && !asked_about(last)) return -1;
  // The one person in reach that nothing rules out; ruled out by gender, one the text says is of
  // the gender the description tells.
  // (Named after an article, a club or a body: "le Real Madrid", "el Betis"; a person's name takes none.)
  auto after_article = [&](int index) {
    const std::size_t k = tokens_.first_at_or_after(people_.last_mention_of(index, at, &quotes));
    return k > 0 && k < tokens_.size() && tokens_.joined(k) && tokens_.in(k - 1, words_.determiners);
  };
  auto fits = [&](int index) {
    return index != last && !after_article(index) && !rival(index) && !other_gender(index) && !asked_about(index) &&
           (!by_gender || people_.gender(index) == told) && named_in_reach(index, at, quotes, kMaxSentencesBack) >= 0;
  };
  const int meant = people_.last_mentioned_matching(at, fits);
  if (meant < 0 || people_.last_mentioned_matching(at, [&](int index) { return index != meant && fits(index); }) >= 0) return -1;
  return meant;
}

int SpeakerResolver::former_holder(TokenRange mention) const {
  // "the former prime minister": the article, a former modifier, then an office, lower case.
  const WordSet& former = WordSet::shared("former_modifiers", words_.language);
  const WordSet& articles = WordSet::shared("epithet_articles", words_.language);
  if (former.empty() || mention.size() < 3 || !articles.contains_folded(tokens_.folded(mention.first)) ||
      !former.contains_folded(tokens_.folded(mention.first + 1)))
    return -1;
  const std::size_t office = mention.first + 2;
  for (std::size_t k = office; k < mention.last; ++k)
    if (tokens_.capitalized(k)) return -1;
  if (mentions_.title_at(office, mention.last) != mention.last - office) return -1;
  std::string title(tokens_.folded(office));
  for (std::size_t k = office + 1; k < mention.last; ++k) title.append(" ").append(tokens_.folded(k));
  const std::string_view modifier = tokens_.folded(mention.first + 1);
  // The one the text gave that office as a former one, named last before the description.
  // ("former prime minister Boris Johnson" gives him "former prime minister" whole.)
  const std::string whole = std::string(modifier) + " " + title;
  const uint32_t at = tokens_.span(mention.first).begin;
  return people_.last_mentioned_matching(at, [&](int index) {
    return people_.has_role(index, whole) || (people_.has_role(index, modifier) && people_.has_role(index, title));
  });
}

}  // namespace article_lens
