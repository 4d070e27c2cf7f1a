// English names a person again by the club, party, broadcaster or title they are known by, written
// before the noun with capitals: "Ange Postecoglou ... the Spurs boss said", "Kemi Badenoch ... the
// Conservative leader said", "Lionel Messi ... the two-time World Cup winner said". The capitalised
// words are the body, not the head, so the roles no one carries leave the person just named
// (within the description's sentence or the two before it) who opened their sentence as its
// subject, as for an office (office_antecedent.cpp). data/body_epithet_nouns_<lang>.txt: the heads that take a body so;
// data/demonym_endings_<lang>.txt: adjectives of a nation, which describe someone else
// ("Boris Johnson met the French president" is not Johnson). Without a body, "the former executive"
// is the one whose sentence opened with that former office before their name.
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/opening_phrase.h"
#include "quotes/speaker_resolver.h"
#include "quotes/subject_opening.h"

#include <algorithm>
#include <string>
#include <vector>

namespace article_lens {
namespace {

constexpr long kMaxSentencesBack = 2;
constexpr std::size_t kMaxBodyWords = 4;  // "the former two-weight UFC champion"
constexpr std::size_t kMinDemonymStem = 2;

// A count or year before the body: "two-time", "24-time", "2019", "two-weight".
bool count_word(std::string_view word) {
  return !word.empty() && ((word.front() >= '0' && word.front() <= '9') || word.find('-') != std::string_view::npos);
}

// A club's nickname names the club written before the person's title: "Sheffield Wednesday boss
// Danny Rohl ... the Owls manager" (data/club_nicknames_<lang>.txt, "nickname = name": every word of
// the name among `written`).
bool nickname_of(std::string_view nickname, const std::vector<std::string_view>& written, std::string_view language) {
  for (std::string_view line : lang_data::entries("club_nicknames", language)) {
    const std::size_t equals = line.find(" = ");
    if (equals == std::string_view::npos || line.substr(0, equals) != nickname) continue;
    bool every = true;
    for (std::string_view name = line.substr(equals + 3); every && !name.empty();) {
      const std::size_t space = name.find(' ');
      every = std::find(written.begin(), written.end(), name.substr(0, space)) != written.end();
      name = space == std::string_view::npos ? std::string_view() : name.substr(space + 1);
    }
    if (every) return true;
  }
  return false;
}

}  // namespace

int SpeakerResolver::body_epithet_antecedent(TokenRange mention, const std::vector<Span>& quotes) const {
  const WordSet& heads = WordSet::shared("body_epithet_nouns", words_.language);
  const WordSet& articles = WordSet::shared("epithet_articles", words_.language);
  if (heads.empty() || mention.size() < 3 || !articles.contains_folded(tokens_.folded(mention.first))) return -1;
  const std::size_t head = mention.last - 1;
  if (!heads.contains_folded(tokens_.folded(head))) return -1;
  std::size_t k = mention.first + 1;
  while (k < head && tokens_.in(k, words_.title_modifiers)) ++k;
  if (head - k > kMaxBodyWords) return -1;
  // (An office of two words after the body is its head: "the former New Zealand prime minister".)
  const std::size_t office = head > k && !tokens_.capitalized(head - 1) && mentions_.title_at(head - 1, mention.last) == 2 ? head - 1 : head;
  bool body = false;
  for (; k < office; ++k) {
    const std::string_view word = tokens_.folded(k);
    if (!tokens_.joined(k)) return -1;
    if (tokens_.capitalized(k)) {
      if (lang_data::ends_with_entry("demonym_endings", words_.language, word, kMinDemonymStem) ||
          WordSet::shared("epithet_nouns", words_.language).contains_folded(word))
        return -1;
      body = true;
    } else if (!count_word(word)) {
      return -1;
    }
  }
  // (Or no body, where the person's sentence opened with the former office before their name:
  // "Former FTX executive Ryan Salame was jailed ... the former executive said", checked below.)
  const WordSet& former = WordSet::shared("former_modifiers", words_.language);
  bool once_held = false;
  for (std::size_t m = mention.first + 1; m < head; ++m) once_held = once_held || former.contains_folded(tokens_.folded(m));
  if (!body && !once_held) return -1;
  const uint32_t at = tokens_.span(mention.first).begin;
  auto subject_before = [&](int named) {
    const Document& document = tokens_.document();
    const long here = document.sentence_at(at);
    const uint32_t named_at = people_.last_mention_of(named, at, &quotes);
    const long there = document.sentence_at(named_at);
    if (here <= 0 || there != sentence_back(here, 1, quotes)) return -1;
    const std::size_t opening = clause_after_opening(tokens_, words_, tokens_.first_at_or_after(document.sentences[static_cast<std::size_t>(there)].span.begin));
    if (opening >= tokens_.size() || !opens_sentence_as_subject(tokens_, mentions_, words_, tokens_.span(opening).begin)) return -1;
    const int subject = people_.find_token(opening);
    if (subject < 0 || subject == named || subject != people_.main_subject() ||
        document.sentence_at(people_.last_mention_of(subject, at, &quotes)) != there)
      return -1;
    // (No clause with a subject of its own between them: "Arteta watched as Saka beat two men" says
    // nothing of whom the description means.)
    for (std::size_t k = opening + 1; k + 1 < tokens_.size() && tokens_.span(k).begin < named_at; ++k)
      if (tokens_.in(k, words_.subordinators) && tokens_.joined(k + 1) && mentions_.is_name_word(k + 1)) return -1;
    return subject;
  };
  int named = named_in_reach(people_.last_mentioned_before(at, quotes), at, quotes, kMaxSentencesBack);
  if (named < 0) return -1;
  // The only person named since the sentence before, who opened their sentence as its subject:
  // the one the story is about, not a passer-by. Or the subject of the sentence before that names
  // someone else after it, where the story is about the subject: "Mikel Arteta praised Bukayo Saka
  // after the winger scored. “…,” the Arsenal manager said" (main_subject: the person the text
  // names most, a titled one first).
  const uint32_t named_at = people_.last_mention_of(named, at, &quotes);
  // (Or who opened it with the title a body of theirs goes before, checked below: "Sheffield
  // Wednesday boss Danny Rohl said ... the Owls manager said".)
  const std::size_t name = tokens_.first_at_or_after(named_at);
  auto opening_before_name = [&]() -> std::size_t {
    const long sentence = tokens_.document().sentence_at(named_at);
    if (name == 0 || name >= tokens_.size() || sentence < 0 || !tokens_.joined(name)) return name;
    const std::size_t opening = clause_after_opening(
        tokens_, words_, tokens_.first_at_or_after(tokens_.document().sentences[static_cast<std::size_t>(sentence)].span.begin));
    if (opening >= name || name - opening > kMaxBodyWords + 2) return name;
    for (std::size_t k = opening; k < name; ++k)
      if ((k > opening && !tokens_.joined(k)) ||
          !(tokens_.capitalized(k) || tokens_.title(k) || tokens_.folded(k) == tokens_.folded(head)))
        return name;
    return opening;
  };
  const std::size_t opening = opening_before_name();
  const bool titled_opening = body && opening < name && people_.person(named).titled && mentions_.title_ending_at(name - 1, opening);
  bool former_opening = !body && opening < name && tokens_.folded(name - 1) == tokens_.folded(head);
  for (std::size_t k = opening; former_opening && k < name && !former.contains_folded(tokens_.folded(k)); ++k)
    former_opening = k + 1 < name;
  if (!body) {
    if (!former_opening || !only_one_named_since(named, named_at, at, quotes)) return -1;
  } else if (!only_one_named_since(named, named_at, at, quotes) ||
             !(opens_sentence_as_subject(tokens_, mentions_, words_, named_at) || titled_opening)) {
    named = subject_before(named);
    if (named < 0) return -1;
  }
  // (Not the person the body names: "Donald Trump ... the Trump adviser said" serves him.)
  for (std::size_t b = mention.first + 1; b < office; ++b)
    if (tokens_.capitalized(b) && people_.find_token(b) == named) return -1;
  const Gender gender = description_gender(words_, tokens_.folded(mention.first), tokens_.folded(head));
  const Gender known = people_.gender(named);
  if (gender != Gender::kUnknown && known != Gender::kUnknown && gender != known) return -1;
  // Someone given a title is called by a body of theirs, not another's ("Arsenal manager Mikel
  // Arteta ... the Chelsea boss" is someone else).
  // (An honorific before the name is no office: "Dame Judi Dench ... the Oscar-winning actress";
  // data/first_name_honorifics_<lang>.txt, honorifics_<lang>.txt.)
  bool office_held = false;
  for (const std::string& role : people_.person(named).roles)
    office_held = office_held || !is_honorific(words_, role);
  if (body && people_.person(named).titled && office_held) {
    bool theirs = false;
    std::string nickname;
    for (std::size_t b = mention.first + 1; b < office && !theirs; ++b) {
      if (!tokens_.capitalized(b)) continue;
      theirs = people_.has_role(named, tokens_.folded(b));
      nickname.append(nickname.empty() ? "" : " ").append(tokens_.folded(b));
    }
    // (The capitalised words before the title they were given where they were named.)
    std::vector<std::string_view> written;
    for (const uint32_t pos : {people_.person(named).first_at, named_at}) {
      std::size_t k = tokens_.first_at_or_after(pos);
      const std::size_t title = k < tokens_.size() && k > 0 ? mentions_.title_ending_at(k - 1, k > kMaxBodyWords ? k - kMaxBodyWords : 0) : 0;
      if (!title || !tokens_.joined(k)) continue;
      for (k -= title; k > 0 && written.size() < 2 * kMaxBodyWords && tokens_.joined(k) && tokens_.capitalized(k - 1); --k)
        written.push_back(tokens_.folded(k - 1));
    }
    if (!theirs && !nickname_of(nickname, written, words_.language)) return -1;
  }
  return named;
}

}  // namespace article_lens
