// A nation's adjective before an office or trade tells which of the people just named is meant.
// Diplomatic and sports copy names two people of two nations, then calls one of them by nation and
// office: "Indian Prime Minister Narendra Modi hosted Rishi Sunak ... «…», the British prime
// minister said" is Sunak, not the prime minister named last nor the one with the title; "Lula
// welcomed Argentine President Javier Milei ... the Brazilian president said" is Lula. The one the
// text gave that nation is meant; where it gave it to no one, the one person in reach whom it gave
// no other nation (data/nation_words_<lang>.txt: a nation's adjective, country and people on a line).
#include <algorithm>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/data_lines.h"
#include "quotes/speaker_resolver.h"
#include "unicode/case_fold.h"

namespace article_lens {
namespace {

// How far back the people weighed may have been named: the description's sentence or the four
// before it (a nation tells whom it means from further off than a bare epithet does).
constexpr long kMaxSentencesBack = 4;
// The people in reach weighed at most: a meeting names two, a summit a few more.
constexpr std::size_t kMaxWeighed = 4;

// The line of data/nation_words_<lang>.txt that holds `word`, or -1. (Asked for every role of
// every person weighed: one lookup in an index built once per language, not a scan of the lines.)
int nation_of(std::string_view word, std::string_view lang) {
  static std::mutex mutex;
  static std::map<std::string, std::unordered_map<std::string, int>, std::less<>> indexes;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = indexes.find(lang);
  if (it == indexes.end()) {
    std::unordered_map<std::string, int> index;
    const auto lines = lang_data::entries("nation_words", lang);
    for (std::size_t line = 0; line < lines.size(); ++line)
      for_each_listed(lines[line], [&](std::string_view word, int) {
        index.emplace(std::string(word), static_cast<int>(line));  // (the first line listing it wins)
        return false;
      });
    it = indexes.emplace(std::string(lang), std::move(index)).first;
  }
  const auto found = it->second.find(std::string(word));
  return found == it->second.end() ? -1 : found->second;
}

}  // namespace

int SpeakerResolver::origin_antecedent(TokenRange mention, const std::vector<Span>& quotes) const {
  if (lang_data::entries("nation_words", words_.language).empty() || mention.size() < 2) return -1;
  // "the [former] British prime minister": an article, modifiers, the adjective, then lower-case
  // words that make an office or a trade ("the British Museum" is a body).
  const bool titles_too = !WordSet::shared("description_articles", words_.language).empty();
  const WordSet& articles = WordSet::shared(titles_too ? "description_articles" : "epithet_articles", words_.language);
  if (!articles.contains_folded(tokens_.folded(mention.first))) return -1;
  // Romance languages write the adjective in lower case after the office or trade: "o presidente
  // brasileiro", "le chancelier allemand", "el jefe del Estado portugués"; or alone, "o argentino".
  const std::size_t tail = mention.last - 1;
  const int after = tokens_.capitalized(tail) ? -1 : nation_of(tokens_.folded(tail), words_.language);
  const bool lower_case = after >= 0;
  // (Past lower-case words that qualify it: "the former", "the top U.S. diplomat", "the veteran".)
  constexpr std::size_t kMaxWordsBefore = 2;
  std::size_t adjective = mention.first + 1;
  int nation = after;
  std::size_t rest = adjective, office_end = tail;
  if (lower_case) {
    // The office's head comes first ("presidente", "técnico"), its body after ("do Governo").
    if (rest < office_end && !words_.is_title(tokens_.folded(rest)) && !names_by_epithet(tokens_.folded(rest), true) &&
        mentions_.title_at(rest, office_end) != office_end - rest)
      return -1;
    for (std::size_t k = rest; k < office_end; ++k)
      if (tokens_.possessive(k)) return -1;
  } else {
    while (adjective + 1 < mention.last && adjective - mention.first <= kMaxWordsBefore && !tokens_.capitalized(adjective) &&
           !tokens_.possessive(adjective) && !tokens_.in(adjective, words_.mention_links))
      ++adjective;
    if (!tokens_.capitalized(adjective)) return -1;
    nation = nation_of(tokens_.folded(adjective), words_.language);
    rest = adjective + 1;
    if (nation < 0 && rest < mention.last && tokens_.capitalized(rest)) {  // "South African", "U.S." (as written)
      nation = nation_of(unicode::fold_case(tokens_.document().slice({tokens_.span(adjective).begin, tokens_.span(rest).end})), words_.language);
      ++rest;
    }
    if (nation < 0) return -1;
    office_end = mention.last;
    // (Or the nation's people alone: "the Frenchman", "the Brazilian".)
    const std::string_view last_word = tokens_.folded(mention.last - 1);
    if (rest == mention.last && !names_by_epithet(last_word, false)) return -1;
    for (std::size_t k = rest; k < mention.last; ++k)
      if (tokens_.capitalized(k) || tokens_.possessive(k) || tokens_.in(k, words_.mention_links)) return -1;
    if (rest < mention.last && mentions_.title_at(rest, mention.last) != mention.last - rest && !words_.is_title(last_word) &&
        !names_by_epithet(last_word, true))
      return -1;
  }
  // A role's nation: the role itself ("indian"), or in lower-case languages one of its words
  // ("presidente argentino").
  auto nation_in = [&](std::string_view role, bool other) {
    const int of = nation_of(role, words_.language);
    if (of >= 0 || !lower_case) return of >= 0 && (of == nation) != other;
    for (std::size_t from = 0; from < role.size();) {
      std::size_t to = role.find(' ', from);
      if (to == std::string_view::npos) to = role.size();
      if (const int word = nation_of(role.substr(from, to - from), words_.language); word >= 0 && (word == nation) != other) return true;
      from = to + 1;
    }
    return false;
  };
  // A person's nations: the lines their role words are on ("indian", "india" of "India's Modi"), or
  // of a word right before their first mention ("his Chinese counterpart Wang Yi").
  constexpr std::size_t kMaxWordsBeforeName = 3;
  auto given = [&](int index, bool other) {
    for (const std::string& role : people_.person(index).roles)
      if (nation_in(role, other)) return true;
    const std::size_t first = tokens_.first_at_or_after(people_.person(index).first_at);
    for (std::size_t k = first, n = 0; k > 0 && k < tokens_.size() && n < kMaxWordsBeforeName && tokens_.joined(k); ++n)
      if (const int of = tokens_.capitalized(--k) || lower_case ? nation_of(tokens_.folded(k), words_.language) : -1; of >= 0 && (of == nation) != other)
        return true;
    return false;
  };
  // The people named in reach, the nearest first.
  const uint32_t at = tokens_.span(mention.first).begin;
  std::vector<int> weighed;
  while (weighed.size() < kMaxWeighed) {
    const int next = people_.last_mentioned_matching(at, [&](int index) {
      return std::find(weighed.begin(), weighed.end(), index) == weighed.end();
    });
    if (next < 0 || named_in_reach(next, at, quotes, kMaxSentencesBack) < 0) break;
    weighed.push_back(next);
  }
  int fitting = -1, open = -1, fits = 0, opens = 0, others = 0;
  for (const int index : weighed) {
    if (given(index, false)) fitting = index, ++fits;
    else if (given(index, true)) ++others;
    else open = index, ++opens;
  }
  // (Not one given another office: "Chinese President Xi Jinping ... the Chinese embassy spokesman",
  // "Foreign Secretary David Lammy ... the British prime minister".)
  std::string office;
  for (std::size_t k = rest; k < office_end; ++k) office.append(office.empty() ? "" : " ").append(tokens_.folded(k));
  // (With the modifiers before the nation: "the top U.S. diplomat" is a "top diplomat".)
  std::string modified;
  for (std::size_t k = mention.first + 1; k < adjective; ++k) modified.append(tokens_.folded(k)).append(" ");
  modified.append(office);
  std::vector<std::string> offices = words_.equivalent_roles(office);
  for (std::string& role : words_.equivalent_roles(modified)) offices.push_back(std::move(role));
  offices.push_back(office);
  auto other_office = [&](int index) {
    if (rest == office_end) return false;
    bool titled = false;
    for (const std::string& role : people_.person(index).roles) {
      if (std::find(offices.begin(), offices.end(), role) != offices.end()) return false;
      titled = titled || words_.titles.contains_folded(role);
    }
    return titled;
  };
  if (fits == 1) return other_office(fitting) ? -1 : fitting;
  // Nobody given the nation: the one person given none, where someone was given another. Not where
  // the text gave the nation to someone further back, whom the office finds (the roles' search).
  if (fits > 0 || others == 0 || opens != 1 || other_office(open)) return -1;
  if (people_.last_mentioned_matching(at, [&](int index) { return given(index, false); }) >= 0) return -1;
  return open;
}

}  // namespace article_lens
