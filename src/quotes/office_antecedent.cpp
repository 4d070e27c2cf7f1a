// An office one person holds at a time ("the prime minister", "the premier", "the manager";
// data/unique_offices_<lang>.txt) that no one in the text was given, right after a person named
// without any title: the text names that person by their office. British and Commonwealth copy
// rarely gives the title with the first name ("Keir Starmer arrived in Washington on Wednesday.
// “...,” the prime minister said"), nor does the Russian-language press ("Александр Лукашенко
// провёл совещание. «…», — подчеркнул Глава государства"). An office many hold ("the judge") brings in someone new, and so
// does this one where someone else was named since, or the person carries another title ("Opposition
// Leader Peter Dutton ... the prime minister said" is someone else) or the other gender.
// A name in a phrase set before the office's own clause is whom the holder was asked about
// ("Interrogée sur Jordan Bardella, la Première ministre a lancé": the one named before). Of two
// named together, an office, with its body or not, or any title, names the one who has not just
// spoken, or the one of its gender ("Emmanuel Macron et Marine Le Pen ... a lancé la candidate du
// RN. « … », a rétorqué le président"); an office with its body names no one else here. So do a host
// and a guest, the sentence's subject and a name after its verb ("Emmanuel Macron a reçu Volodymyr
// Zelensky à l'Élysée"); before either spoke, the office itself names the host (office_host.cpp).
#include "language/word_set.h"
#include "quotes/office_host.h"
#include "quotes/opening_phrase.h"
#include "quotes/speaker_resolver.h"
#include "quotes/subject_opening.h"

namespace article_lens {
namespace {

// How far back the person may have been named: the description's sentence or the two before it,
// where no one else was named since ("Emmanuel Macron s'est exprimé à Lyon. Il a annoncé un plan.
// « … », a déclaré le chef de l'État").
constexpr long kMaxSentencesBack = 2;

// Whether the text gave the person an office or trade; a party alone is none ("Susanne Graf (SPD)"),
// nor an honorific ("Sir Keir Starmer"; data/honorifics_<lang>.txt, first_name_honorifics_<lang>.txt).
bool holds_office(const Person& person, const QuoteLexicon& words) {
  for (const std::string& role : person.roles) {
    if (is_honorific(words, role)) continue;
    const std::size_t space = role.rfind(' ');
    if (words.is_title(space == std::string::npos ? std::string_view(role) : std::string_view(role).substr(space + 1))) return true;
  }
  return false;
}

// Whether byte `pos` lies in `range`'s tokens.
bool holds(const QuoteTokens& tokens, TokenRange range, uint32_t pos) {
  return !range.empty() && pos >= tokens.span(range.first).begin && pos < tokens.span(range.last - 1).end;
}

}  // namespace

int SpeakerResolver::office_antecedent(TokenRange mention, int recent, const std::vector<Span>& quotes) const {
  const WordSet& offices = WordSet::shared("unique_offices", words_.language);
  // (Where nouns take no article, the office opens the mention: "— подчеркнул Глава государства".)
  const bool bare = words_.names_after_nouns;
  if (offices.empty() || mention.size() < (bare ? 1u : 2u) || (!bare && !tokens_.in(mention.first, words_.determiners)) ||
      tokens_.in(mention.first, words_.possessives))
    return -1;
  std::size_t head = mention.first + (bare ? 0 : 1);
  while (head + 1 < mention.last && tokens_.in(head, words_.title_modifiers)) ++head;
  std::string office(tokens_.folded(head));
  // (Or such an office with the party, town or team it serves, capitalised after a link: "le
  // président du RN"; `body` is the link. Of two named together, it names the one who has not
  // just spoken, below.)
  std::size_t body = 0;
  // (An elided article is written joined to its noun, with a straight apostrophe as the table has
  // it: "chef de l'état" for "chef de l’État".)
  // (Or such an office with an adjective after it, "la primera ministra italiana", a title as any
  // other, below. The country's own adjective adds nothing where the paper is the country's: "le
  // président français", "el presidente del Gobierno español"; data/home_demonyms_<lang>.txt.)
  bool adjective = false, home = false, linked = false;
  for (std::size_t k = head + 1; k < mention.last; ++k) {
    if (!body && tokens_.in(k, words_.mention_links) && offices.contains_folded(office)) body = k;
    linked = linked || tokens_.in(k, words_.mention_links);
    if (k + 1 == mention.last && offices.contains_folded(office) && !tokens_.capitalized(k) && !tokens_.in(k, words_.mention_links)) {
      adjective = true;
      home = WordSet::shared("home_demonyms", words_.language).contains_folded(tokens_.folded(k));
    }
    if (office.ends_with("\u2019")) office.replace(office.size() - std::string_view("\u2019").size(), std::string::npos, "'");
    office.append(office.ends_with('\'') ? "" : " ").append(tokens_.folded(k));
  }
  const bool whole = home || offices.contains_folded(office);
  for (std::size_t k = body + 1; body && !whole && k < mention.last; ++k)
    if (!tokens_.capitalized(k) && !tokens_.in(k, words_.determiners) && !tokens_.in(k, words_.mention_links)) body = 0;
  // (Any other title names the one of two named together who has not just spoken, and no one
  // else here: "Gabriel Rufián y Miriam Nogueras ... acusó la portavoz de Junts. «…», replicó el
  // diputado de ERC".)
  if (!whole && !adjective && !(body && tokens_.capitalized(mention.last - 1)) && !words_.is_title(tokens_.folded(head))) return -1;
  const uint32_t at = tokens_.span(mention.first).begin;
  int named = people_.last_mentioned_before(at, quotes);
  // (Named in the phrases set before the office's own clause, the one asked about: the one named before.)
  if (const TokenRange opening = opening_phrases(tokens_, words_, at);
      named >= 0 && opening.last == mention.first && holds(tokens_, opening, people_.last_mention_of(named, at, &quotes)))
    named = people_.last_mentioned_before(tokens_.span(opening.first).begin, quotes);
  // (An office of the other gender is someone else: "Peter Krüger ... sagte die Ministerin".)
  // (Some offices stay masculine for a woman who holds them: "il premier" is Giorgia Meloni in many
  // Italian papers; data/generic_masculine_offices_<lang>.txt.)
  Gender gender = description_gender(words_, tokens_.folded(mention.first), tokens_.folded(mention.last - 1));
  if (gender == Gender::kMale && WordSet::shared("generic_masculine_offices", words_.language).contains_folded(office)) gender = Gender::kUnknown;
  auto other_gender = [&](int index) {
    Gender known = people_.gender(index);
    // (A man's given name tells his gender here, where the office's gender asks: data/given_names_male_<lang>.txt.)
    const std::string& name = people_.person(index).name;
    if (known == Gender::kUnknown && gender == Gender::kFemale &&
        WordSet::shared("given_names_male", words_.language).contains(std::string_view(name).substr(0, name.find(' '))))
      known = Gender::kMale;
    return gender != Gender::kUnknown && known != Gender::kUnknown && gender != known;
  };
  // The person named right before a coordinator and `right`, as last named: "Marine Le Pen et
  // Emmanuel Macron"; -1 if none.
  auto paired_before = [&](int right) {
    const std::size_t k = tokens_.first_at_or_after(people_.last_mention_of(right, at, &quotes));
    const int left = k >= 2 && k < tokens_.size() && tokens_.in(k - 1, words_.coordinators) && tokens_.joined(k - 1) ? people_.find_token(k - 2) : -1;
    return left == right ? -1 : left;
  };
  // Or the host of a guest named last: "Emmanuel Macron a reçu Volodymyr Zelensky".
  auto partner = [&](int right) {
    const int left = paired_before(right);
    return left >= 0 ? left : clause_pair(tokens_, mentions_, words_, people_, right, at, quotes).other;
  };
  // (Of two named together, "X et Y", the other where the one named last is of the other gender.)
  // (Or where only the other is known to be of the office's gender: "Elly Schlein ha incontrato
  // Giuseppe Conte. «…», ha assicurato la segretaria del Pd".)
  bool by_gender = false;
  if (const int other = named >= 0 ? partner(named) : -1; other >= 0 && gender != Gender::kUnknown &&
      (other_gender(named) || (people_.gender(named) == Gender::kUnknown && people_.gender(other) == gender))) {
    named = other != recent && !other_gender(other) ? other : -1;
    by_gender = named >= 0;
  } else if (named >= 0 && other_gender(named)) {
    named = -1;
  } else {
    // (Or the one left where the other is known to be of the other gender: "Elly Schlein e Giuseppe
    // Conte ... il presidente del M5S".)
    by_gender = other >= 0 && other_gender(other) && named != recent;
  }
  if (named < 0 || other_gender(named) || named_in_reach(named, at, quotes, kMaxSentencesBack) < 0) return -1;
  // (A former holder is meant by the former office, and is no rival for the office now: "Ruth
  // Calder, the former Oregon governor, ... Daniel Abbot ... the governor said" is Abbot;
  // people_roles.cpp gives her "former governor".)
  const WordSet& former = WordSet::shared("former_modifiers", words_.language);
  const std::string_view office_word = tokens_.folded(mention.last - 1);
  auto held_once = [&](int index) {
    for (const std::string& role : people_.person(index).roles)
      if (const std::size_t space = role.find(' ');
          space != std::string::npos && std::string_view(role).substr(space + 1) == office_word && former.contains_folded(role.substr(0, space)))
        return true;
    return false;
  };
  bool former_mention = false;
  for (std::size_t k = mention.first; k < head && !former_mention; ++k) former_mention = former.contains_folded(tokens_.folded(k));
  if (former_mention && whole && held_once(named) && named_in_reach(named, at, quotes, 1) >= 0) return named;
  // (Before either spoke, the office itself is the host's: "« … », a déclaré le chef de l'État" is
  // Emmanuel Macron's, also where the guest came with a title, "il presidente tedesco Frank-Walter
  // Steinmeier"; the guest's office comes with an adjective, "le président ukrainien", and waits.)
  // (Not in a passive, whose subject is the story's: "Gabriel Attal a été reçu par Emmanuel Macron. « … »,
  // a assuré le Premier ministre" is Attal, "Olaf Scholz a été reçu par Emmanuel Macron ... le chef
  // de l'État" Macron.)
  if (const ClausePair pair = whole && recent != named ? clause_pair(tokens_, mentions_, words_, people_, named, at, quotes) : ClausePair{};
      pair.other >= 0 && pair.other_hosts && pair.other != recent && !holds_office(people_.person(pair.other), words_) &&
      !other_gender(pair.other))
    return pair.other;
  if (holds_office(people_.person(named), words_)) return -1;
  // (The one of its gender of the two names an office one person holds, with its body or not:
  // "Elly Schlein ha incontrato Giuseppe Conte. «…», ha assicurato la segretaria del Pd".)
  if (by_gender && (whole || (linked && tokens_.capitalized(mention.last - 1)))) return named;
  // (Or the one of the two who has not just spoken: "« … », a lancé la députée du Pas-de-Calais.
  // « … », a répliqué le chef de l'État".)
  const bool other_of_pair = recent >= 0 && named != recent && (partner(named) == recent || paired_before(recent) == named);
  if (other_of_pair || (whole && named == recent)) return named;
  // (An office with its body otherwise describes someone afresh: "«…», a réagi le maire de Lyon"
  // after Emmanuel Macron spoke is the mayor's; description_antecedent.cpp weighs it.)
  if (!whole) return -1;
  // (Else the only person named since the sentence before, who opened their sentence as its
  // subject: the one the story is about, not a passer-by, "John Reid, 45, was injured. The mayor
  // said ...". Those named in the phrases set before that subject count as named before it.)
  const uint32_t named_at = people_.last_mention_of(named, at, &quotes);
  const TokenRange before_subject = opening_phrases(tokens_, words_, named_at);
  const bool after_opening = !before_subject.empty() && tokens_.span(before_subject.last).begin == named_at;
  const uint32_t counted_at = after_opening ? tokens_.span(before_subject.first).begin : named_at;
  const int other = people_.last_mentioned_before(named_at, quotes);
  const bool rival = !only_one_named_since(named, counted_at, at, quotes, kMaxSentencesBack) && !(other >= 0 && other != named && held_once(other));
  return !rival && opens_sentence_as_subject(tokens_, mentions_, words_, named_at) ? named : -1;
}

}  // namespace article_lens
