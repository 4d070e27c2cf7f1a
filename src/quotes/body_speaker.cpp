// A body that spoke is no antecedent for "he" or "she": "Sam Walsh arrived. The BBC said the deal
// was done. “...,” he said" means Walsh. Only a speaker known to be a body counts: a word that names
// bodies in its name ("the Reserve Bank", "the ministry"; data/speaking_bodies_<lang>.txt,
// body_last_words_<lang>.txt), a source word before a name ("Police Scotland"), or an acronym in
// capitals ("the BBC", "PTI"). Not a place's word: "Mike Lake" is a person the index missed. A
// single word the index does not know ("Cruz said") may well be a person, and a group ("residents
// said") has people in it whom "she" may be.
#include "language/word_set.h"
#include "quotes/speaker_book.h"
#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {

bool SpeakerBook::names_a_known_body(const SpeakerRef& ref) const {
  if (ref.person >= 0 || ref.anonymous || ref.name.empty()) return false;
  const WordSet& bodies = WordSet::shared("speaking_bodies", words_.language);
  const WordSet& last_words = WordSet::shared("body_last_words", words_.language);
  const std::string_view name = ref.name;
  const std::size_t space = name.rfind(' ');
  const std::string last_folded = unicode::fold_case(strip_possessive(name.substr(space == std::string_view::npos ? 0 : space + 1)));
  // (A group, or a person of the body, is no body: "residents", "the BPI spokesman".)
  if (words_.group_nouns.contains_folded(last_folded) || words_.anonymous_sources.contains_folded(last_folded) ||
      words_.is_title(last_folded))
    return false;
  if (last_words.contains_folded(last_folded)) return true;
  for (std::size_t begin = 0; begin < name.size();) {
    std::size_t end = name.find(' ', begin);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = strip_possessive(name.substr(begin, end - begin));
    const std::string folded = unicode::fold_case(word);
    // (A source word before a name opens a body's: "Police Scotland".)
    if (unicode::count_capitals_of_upper_case_word(word) >= 2 || bodies.contains_folded(folded) || (end < name.size() && folded != word && words_.group_nouns.contains_folded(folded)))
      return true;
    begin = end + 1;
  }
  return false;
}

bool SpeakerBook::person_before_body(const Attribution& found, const SpeakerResolver& resolver, const std::vector<Span>& quotes) const {
  if (last_speaker_ < 0 || !body_speaker_[static_cast<std::size_t>(last_speaker_)] || !is_pronoun_mention(found)) return false;
  const uint32_t pos = found.mention_span.begin;
  if (resolver.pronoun_gender(pos) == Gender::kUnknown) return false;  // "it", "they": the body may be meant
  // (A person the index holds whose name has no body's word: the index takes some bodies named in
  // capitals for people, "Investment Banking".)
  const SpeakerRef person = resolver.resolve_pronoun(pos, recent_person_, false, quotes);
  // (With no one named before, "he" stays unresolved: "According to PC Pro, ... “...,” he said".)
  if (person.person < 0) return true;
  SpeakerRef as_body = person;
  as_body.person = -1;
  return !names_a_known_body(as_body);
}

}  // namespace article_lens
