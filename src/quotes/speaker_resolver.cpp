#include "quotes/speaker_resolver.h"

namespace article_lens {

SpeakerRef SpeakerResolver::person(int index) const {
  if (index < 0) return {};
  return {index, people_.person(index).name, false};
}

SpeakerRef SpeakerResolver::words_of(TokenRange range, bool anonymous) const {
  if (range.empty()) return {};
  const Span span{tokens_.span(range.first).begin, tokens_.span(range.last - 1).end};
  return {-1, std::string(tokens_.document().slice(span)), anonymous};
}

SpeakerRef SpeakerResolver::resolve_pronoun(uint32_t pos, int recent, bool recent_is_close,
                                            const std::vector<Span>& quotes) const {
  if (recent >= 0 && recent_is_close) return person(recent);
  const int named = people_.last_mentioned_before(pos, quotes);
  if (named >= 0) return person(named);
  if (recent >= 0) return person(recent);
  return person(people_.main_subject());
}

SpeakerRef SpeakerResolver::resolve(TokenRange mention, int recent, bool recent_is_close,
                                    const std::vector<Span>& quotes) const {
  if (mention.empty()) return {};
  // A person the index knows, named in the mention ("Mr. Lavrov", "Russia's Putin") -- unless the
  // mention ends in a person word, and the name only qualifies it ("Obama administration officials").
  const std::string_view last_word = tokens_.folded(mention.last - 1);
  const bool headed_by_person_word = !tokens_.capitalized(mention.last - 1) &&
      (words_.anonymous_sources.contains_folded(last_word) || words_.titles.contains_folded(last_word));
  for (std::size_t k = mention.last; !headed_by_person_word && k-- > mention.first;) {
    if (!tokens_.capitalized(k)) continue;
    if (const int index = people_.find_token(k); index >= 0) return person(index);
  }
  const std::size_t first = mention.first;
  const std::string_view first_word = tokens_.folded(first);
  if (mention.size() == 1 && words_.pronouns.contains_folded(first_word))
    return resolve_pronoun(tokens_.span(first).begin, recent, recent_is_close, quotes);
  if (mention.size() == 1 && words_.group_pronouns.contains_folded(first_word)) return {};

  const bool description = words_.determiners.contains_folded(first_word) || words_.indefinites.contains_folded(first_word);
  if (!description) {
    // A name the index does not know: its name words, without titles ("Spokeswoman Haley Morris").
    TokenRange name{mention.last, mention.last};
    for (std::size_t k = mention.first; k < mention.last; ++k) {
      if (mentions_.is_name_word(k)) {
        if (name.empty()) name.first = k;
        name.last = k + 1;
      } else if (!name.empty()) {
        break;
      }
    }
    if (!name.empty()) return words_of(name, false);
  }
  bool anonymous = words_.indefinites.contains_folded(first_word);
  bool person_word = false;
  for (std::size_t k = mention.first; k < mention.last; ++k) {
    anonymous = anonymous || words_.anonymous_sources.contains_folded(tokens_.folded(k));
    person_word = person_word || mentions_.title_ending_at(k, mention.first) > 0;
  }
  if (anonymous) return words_of(mention, true);
  // A description: the person with one of its role or nationality words.
  for (const int preferred : {recent, people_.main_subject()})
    for (std::size_t k = mention.first; k < mention.last; ++k)
      if (people_.has_role(preferred, tokens_.folded(k))) return person(preferred);
  for (std::size_t i = 0; i < people_.people().size(); ++i)
    for (std::size_t k = mention.first; k < mention.last; ++k)
      if (people_.has_role(static_cast<int>(i), tokens_.folded(k)))
        return person(static_cast<int>(i));
  if (person_word) {
    if (recent >= 0) return person(recent);
    if (people_.main_subject() >= 0) return person(people_.main_subject());
  }
  return words_of(mention, false);  // an organisation or thing: "the ministry", "das Gericht"
}

}  // namespace article_lens
