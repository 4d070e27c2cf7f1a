// A definite description that names again the person just named ("Bundeskanzler Olaf Scholz hat
// … aufgefordert. „…“, sagte der SPD-Politiker"): German news varies the words for one person, and a
// role word that the text never gave them still means the one person named right before.
#include "language/lang_tables.h"
#include "quotes/speaker_resolver.h"

namespace article_lens {

SpeakerRef SpeakerResolver::named_just_before(TokenRange mention, const std::vector<Span>& quotes) const {
  if (!words_.capitalised_nouns || mention.size() < 2 || !tokens_.in(mention.first, words_.determiners)) return {};
  // "der SPD-Politiker", "der frühere Bundespräsident": the determiner, lower-case modifiers, the role
  // word last (not "der Chef der Bundesagentur", whose body tells who is meant).
  const std::size_t head = mention.last - 1;
  for (std::size_t k = mention.first + 1; k < head; ++k)
    if (tokens_.capitalized(k) || tokens_.in(k, words_.determiners)) return {};
  const std::string_view word = tokens_.folded(head);
  bool epithet = false;
  // (A bare office, "der Präsident", means its holder, whom roles find: a compound or a modifier
  // describes the person instead: "der SPD-Politiker", "der frühere Präsident".)
  const bool modified = head > mention.first + 1;
  for (std::string_view suffix : lang_data::entries("epithet_suffixes", words_.language))
    epithet = epithet || (word.ends_with(suffix) && (modified || word.size() >= suffix.size() + 3));
  if (!epithet) return {};
  const Document& document = tokens_.document();
  const uint32_t at = tokens_.span(mention.first).begin;
  const long sentence = document.sentence_at(at);
  if (sentence < 0) return {};
  const uint32_t since = document.sentences[static_cast<std::size_t>(sentence > 0 ? sentence - 1 : 0)].span.begin;
  // The one person named since the sentence before opened, outside quotations, of the role's gender.
  const int named = people_.last_mentioned_before(at, quotes);
  if (named < 0) return {};
  const uint32_t named_at = people_.last_mention_of(named, at);
  if (named_at < since) return {};
  const int other = people_.last_mentioned_before(named_at, quotes);
  if (other >= 0 && other != named && people_.last_mention_of(other, named_at) >= since) return {};
  // (A noun made of an adjective takes its gender from the article: "der/die Vorsitzende".)
  const Gender role = word.ends_with('e') ? Gender::kUnknown : word_gender(words_, word);
  const Gender known = people_.gender(named);
  if (role != Gender::kUnknown && known != Gender::kUnknown && role != known) return {};
  return person(named);
}

}  // namespace article_lens
