// People's genders as the text tells them, and the pronoun look-back that respects them: "she"
// never resolves to a man the text calls "Mr.", "he" never to a "spokeswoman".
#include <algorithm>

#include "quotes/people.h"
#include "quotes/span_lookup.h"
#include "language/word_set.h"

#include "language/lang_tables.h"

namespace article_lens {
namespace {

// A pronoun's referent may be this many sentences before it and still win over a nearer person of
// unknown gender.
constexpr long kGenderLookBackSentences = 3;
// At most this many namesakes per text (they are looked up by a scan).
constexpr std::size_t kMaxNamesakes = 16;

bool inside(const std::vector<Span>& spans, uint32_t at) { return span_holding(spans, at) != nullptr; }

bool contradicts(Gender a, Gender b) { return a != Gender::kUnknown && b != Gender::kUnknown && a != b; }

// Whether a role word is a man's title in the genitive ("des Bauunternehmers Gerd Lohmann", "des
// Präsidenten"): a case ending only masculine nouns take (women's take none) on a man's word
// (data/genitive_noun_endings_<lang>.txt). "der Vorsitzenden" reads as a woman's word and stays untold.
bool genitive_man_word(const QuoteLexicon& words, std::string_view role) {
  constexpr std::size_t kMinStem = 3;
  for (std::string_view ending : lang_data::entries("genitive_noun_endings", words.language))
    if (role.size() > ending.size() + kMinStem && role.ends_with(ending) &&
        word_gender(words, role.substr(0, role.size() - ending.size())) == Gender::kMale)
      return true;
  return false;
}

}  // namespace

// The gender the description gives: its article's and its head word's, where they agree or one is
// silent ("la syndicaliste", "présidente"). Where they disagree, neither decides: "der Vorsitzende"
// and "la presidente" inflect the head word unlike its usual gender.
Gender description_gender(const QuoteLexicon& words, std::string_view article, std::string_view head) {
  Gender by_article = Gender::kUnknown;
  if (WordSet::shared("feminine_determiners", words.language).contains_folded(article)) by_article = Gender::kFemale;
  else if (WordSet::shared("masculine_determiners", words.language).contains_folded(article)) by_article = Gender::kMale;
  const Gender by_head = word_gender(words, head);
  if (by_article == Gender::kUnknown) return by_head;
  if (by_head == Gender::kUnknown || by_head == by_article) return by_article;
  return Gender::kUnknown;
}

Gender word_gender(const QuoteLexicon& words, std::string_view folded_word) {
  if (folded_word.ends_with(".")) folded_word.remove_suffix(1);  // "mr.", "mrs."
  if (folded_word.empty()) return Gender::kUnknown;
  bool male = words.masculine_words.contains_folded(folded_word);
  bool female = words.feminine_words.contains_folded(folded_word);
  // Where nouns compound, a compound's last part tells it ("Innenministerin", "Bundestrainer").
  constexpr std::size_t kMinModifier = 3;
  for (std::size_t i = kMinModifier; !male && !female && words.capitalised_nouns && i + 3 <= folded_word.size(); ++i) {
    if ((static_cast<unsigned char>(folded_word[i]) & 0xC0) == 0x80) continue;
    male = words.masculine_words.contains_folded(folded_word.substr(i));
    female = words.feminine_words.contains_folded(folded_word.substr(i));
  }
  return male == female ? Gender::kUnknown : male ? Gender::kMale : Gender::kFemale;
}

Gender PeopleIndex::told_gender(const std::vector<std::string>& roles, std::size_t first, std::size_t name_start,
                                std::size_t last) const {
  Gender told = Gender::kUnknown;  // "Mr.", "spokeswoman", "his wife" around this name
  for (const std::string& role : roles)
    if (const Gender g = word_gender(words_, role); g != Gender::kUnknown) told = g;
  // A common woman's given name opening a full name ("Mary Dunn met Paul Grant. ... she said",
  // "Ольга Андреева"; data/given_names_female_<lang>.txt; names both genders carry are not in it).
  // (A list of men's names was tried too: it moved more speakers than it mended on PolNeAR, where
  // "he" is the default.)
  if (told == Gender::kUnknown && last - name_start >= 2 &&
      WordSet::shared("given_names_female", words_.language).contains_folded(tokens_.folded(name_start)))
    told = Gender::kFemale;
  // (A man's title in the genitive only where no other role word nor a woman's given name tells:
  // "des Bauunternehmers Gerd Lohmann", not "Maria Lohmann, die Witwe des Bauunternehmers".)
  for (const std::string& role : roles)
    if (told == Gender::kUnknown && genitive_man_word(words_, role)) told = Gender::kMale;
  // A surname ending only one gender's forms take ("Силуанов", "Sikorski"; data/surname_genders_<lang>.txt).
  for (std::string_view line : lang_data::entries("surname_genders", words_.language)) {
    if (told != Gender::kUnknown || line.size() < 3) break;
    const std::string_view surname = tokens_.folded(last - 1), ending = line.substr(2);
    if (surname.size() > ending.size() + 2 && surname.ends_with(ending)) told = line[0] == 'm' ? Gender::kMale : Gender::kFemale;
  }
  // Where a title's article shows its gender ("la ministre de la Culture, Rachida Dati", "a
  // presidente do PT, Gleisi Hoffmann", "la portavoz Pilar Alegría"): data/*_determiners_<lang>.txt.
  if (told == Gender::kUnknown) {
    std::size_t article = mentions_.leading_description(name_start);
    if (article == name_start && name_start > first && first > 0 && tokens_.joined(first)) article = first - 1;
    if (article != name_start) {
      if (WordSet::shared("feminine_determiners", words_.language).contains_folded(tokens_.folded(article))) told = Gender::kFemale;
      else if (WordSet::shared("masculine_determiners", words_.language).contains_folded(tokens_.folded(article))) told = Gender::kMale;
    }
  }
  return told;
}

Gender verb_gender(std::string_view language, std::string_view folded_verb) {
  for (std::string_view line : lang_data::entries("verb_gender_endings", language))
    if (line.size() > 2 && folded_verb.size() > line.size() && folded_verb.ends_with(line.substr(2)))
      return line[0] == 'm' ? Gender::kMale : Gender::kFemale;
  return Gender::kUnknown;
}

void PeopleIndex::learn_gender_from_cue(TokenRange mention, std::size_t cue) {
  if (cue >= tokens_.size() || !tokens_.in(cue, words_.cues)) return;
  const Gender gender = verb_gender(words_.language, tokens_.folded(cue));
  if (gender == Gender::kUnknown) return;
  for (std::size_t k = mention.last; k-- > mention.first;) {
    if (!tokens_.capitalized(k)) continue;
    const int index = find_token(k);
    if (index < 0) continue;
    Person& person = people_[static_cast<std::size_t>(index)];
    (gender == Gender::kMale ? person.told_male : person.told_female) += 1;
    return;
  }
}

Gender Person::gender() const {
  // What titles and role words tell wins; both told (one index entry for two people) says nothing.
  if (told_male || told_female) {
    if (told_male && told_female) return Gender::kUnknown;
    return told_male ? Gender::kMale : Gender::kFemale;
  }
  // Pronouns only when they agree clearly: "Trump said she ..." may speak of someone else.
  if (referred_male >= 1 && referred_male >= 3 * referred_female) return Gender::kMale;
  if (referred_female >= 1 && referred_female >= 3 * referred_male) return Gender::kFemale;
  return Gender::kUnknown;
}

void PeopleIndex::learn_genders_from_pronouns(const std::vector<Span>& quotes) {
  const Document& document = tokens_.document();
  std::size_t mention = 0;  // the next entry of mentioned_at_
  for (std::size_t k = 0; k < tokens_.size(); ++k) {
    if (!tokens_.in(k, words_.pronouns)) continue;
    const Gender gender = word_gender(words_, tokens_.folded(k));
    const uint32_t at = tokens_.span(k).begin;
    if (gender == Gender::kUnknown || inside(quotes, at)) continue;
    const long sentence = document.sentence_at(at);
    if (sentence < 0) continue;
    const uint32_t sentence_begin = document.sentences[static_cast<std::size_t>(sentence)].span.begin;
    while (mention < mentioned_at_.size() && mentioned_at_[mention].first < at) ++mention;
    // The people this sentence names before the pronoun, outside quotations: exactly one.
    int only = -1;
    bool several = false;
    for (std::size_t m = mention; m-- > 0 && mentioned_at_[m].first >= sentence_begin;) {
      if (inside(quotes, mentioned_at_[m].first)) continue;
      // "Trump's support means “...”, she says": a possessive, or a quotation between the name and
      // the pronoun, leaves the pronoun free to mean someone else.
      const std::size_t name = tokens_.first_at_or_after(mentioned_at_[m].first);
      const auto quote = std::lower_bound(quotes.begin(), quotes.end(), mentioned_at_[m].first,
                                          [](const Span& s, uint32_t p) { return s.begin < p; });
      if ((name < tokens_.size() && tokens_.possessive(name)) || (quote != quotes.end() && quote->begin < at)) {
        several = true;
        break;
      }
      if (only >= 0 && only != mentioned_at_[m].second) several = true;
      only = mentioned_at_[m].second;
    }
    if (only < 0 || several) continue;
    Person& person = people_[static_cast<std::size_t>(only)];
    if (gender == Gender::kMale) ++person.referred_male;
    else ++person.referred_female;
  }
}

int PeopleIndex::last_mentioned_before(uint32_t pos, const std::vector<Span>& skip, Gender gender) const {
  if (gender == Gender::kUnknown) return last_mentioned_before(pos, skip);
  const Document& document = tokens_.document();
  const long sentence = document.sentence_at(pos);
  auto it = std::lower_bound(mentioned_at_.begin(), mentioned_at_.end(), std::make_pair(pos, -1));
  int nearest_unknown = -1;
  // A bounded look back keeps this cheap on any text.
  for (int looked = 0; it != mentioned_at_.begin() && looked < 64; ++looked) {
    --it;
    if (inside(skip, it->first)) continue;  // a name inside a quotation
    const Gender known = people_[static_cast<std::size_t>(it->second)].gender();
    if (contradicts(known, gender)) continue;
    if (known == gender) return it->second;
    if (nearest_unknown < 0) nearest_unknown = it->second;
    // Past the last few sentences a person of matching gender no longer beats the nearer unknown.
    if (nearest_unknown >= 0 && sentence >= 0 && sentence - document.sentence_at(it->first) > kGenderLookBackSentences) break;
  }
  return nearest_unknown;
}

namespace {

// Two first names that cannot be one person's ("Marina" and "Lula", "Bill" and "Hillary"): both
// written out, and apart from their first three letters (which spelling variants and case forms
// keep: "Alexander" / "Aleksandr", "Jacek" / "Jacka").
bool other_first_name(std::string_view a, std::string_view b) {
  constexpr std::size_t kSharedLetters = 3;
  if (a.size() <= kSharedLetters || b.size() <= kSharedLetters) return false;
  if (a.find('.') != std::string_view::npos || b.find('.') != std::string_view::npos) return false;  // initials
  return a.substr(0, kSharedLetters) != b.substr(0, kSharedLetters);
}

}  // namespace

int PeopleIndex::namesake(int index, const std::string& last_key, const std::string& first_key, Gender told) {
  const std::string& base_first = people_[static_cast<std::size_t>(index)].first_key;
  const bool other_first = !first_key.empty() && !base_first.empty() && other_first_name(first_key, base_first);
  if (told == Gender::kUnknown && namesakes_.empty() && !other_first) return index;
  std::vector<int> same{index};
  for (const auto& [key, person] : namesakes_)
    if (key == last_key) same.push_back(person);
  if (!first_key.empty()) {
    for (const int i : same)
      if (people_[static_cast<std::size_t>(i)].first_key == first_key) return i;
  } else {
    // "Mrs. Clinton": the one of that gender.
    for (const int i : same)
      if (told != Gender::kUnknown && people_[static_cast<std::size_t>(i)].gender() == told) return i;
    return index;
  }
  // A full name with another first name, and a gender the person of that last name is not known
  // to have: someone else.
  const Person& base = people_[static_cast<std::size_t>(index)];
  const bool other_gender = told != Gender::kUnknown && !base.first_key.empty() && base.gender() != told;
  if (!(other_gender || other_first) || namesakes_.size() >= kMaxNamesakes) return index;
  const int created = static_cast<int>(people_.size());
  people_.emplace_back();
  namesakes_.emplace_back(last_key, created);
  return created;
}

int PeopleIndex::namesake_at(std::size_t k, const std::string& last_key, int index) const {
  // The cue's ending beside a bare surname tells which of namesakes apart by gender it is: "—
  // сказала Андреева" is Ольга Андреева, not Леонид Андреев whose genitive "Андреева" the text
  // gave before (data/verb_gender_endings_<lang>.txt).
  auto cue_gender = [&](std::size_t j) {
    return j < tokens_.size() && tokens_.in(j, words_.cues) ? verb_gender(words_.language, tokens_.folded(j)) : Gender::kUnknown;
  };
  const bool before = k > 0 && tokens_.joined(k);
  Gender told = before ? word_gender(words_, tokens_.folded(k - 1)) : Gender::kUnknown;
  if (told == Gender::kUnknown && before) told = cue_gender(k - 1);
  if (told == Gender::kUnknown && k + 1 < tokens_.size() && tokens_.joined(k + 1)) told = cue_gender(k + 1);
  const std::string first_key = before ? name_key(tokens_.folded(k - 1)) : std::string();
  // Else, of the namesakes the words around leave possible, the one named last before: "Liam Fox
  // ... Dr Fox said" is not "20th Century Fox" named earlier; of those whose gender nobody told,
  // where the cue tells one.
  int of_gender = -1, latest_untold = -1, latest = -1;
  uint32_t latest_untold_at = 0, latest_at = 0;
  const uint32_t at = tokens_.span(k).begin;
  for (const auto& [key, person] : namesakes_) {
    if (key != last_key) continue;
    for (const int i : {index, person}) {
      const Person& candidate = people_[static_cast<std::size_t>(i)];
      if (!first_key.empty() && candidate.first_key == first_key) return i;
      if (told != Gender::kUnknown && candidate.gender() == told && of_gender < 0) of_gender = i;
      if (told != Gender::kUnknown && candidate.gender() != Gender::kUnknown && candidate.gender() != told) continue;
      const uint32_t seen = last_mention_of(i, at);
      if (told != Gender::kUnknown && candidate.gender() == Gender::kUnknown && seen > latest_untold_at)
        latest_untold = i, latest_untold_at = seen;
      if (seen > latest_at) latest = i, latest_at = seen;
    }
  }
  return of_gender >= 0 ? of_gender : latest_untold >= 0 ? latest_untold : latest >= 0 ? latest : index;
}

uint32_t PeopleIndex::last_mention_of(int index, uint32_t pos, const std::vector<Span>* skip) const {
  auto it = std::lower_bound(mentioned_at_.begin(), mentioned_at_.end(), std::make_pair(pos, -1));
  for (int looked = 0; it != mentioned_at_.begin() && looked < 64; ++looked) {
    --it;
    if (it->second == index && !(skip && inside(*skip, it->first))) return it->first;
  }
  return 0;
}

}  // namespace article_lens
