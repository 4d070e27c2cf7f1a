// The person a lead-in quotes: "Ein Fernsehsender zitierte Papandreou mit den Worten: „…“". The
// quoting verb's subject only passes the words on; its object said them.
#include "quotes/attribution.h"

namespace article_lens {

TokenRange AttributionFinder::quoting_verb_object(TokenRange subject, std::size_t limit) const {
  // (The verb follows its subject closely: "Die Agentur AFP zitierte am Abend …" is one word away.)
  constexpr std::size_t kMaxWordsToVerb = 3;
  if (subject.empty() || words_.quoting_verbs.empty()) return {};
  for (std::size_t v = subject.last; v < limit && v <= subject.last + kMaxWordsToVerb; ++v) {
    if (!words_.quoting_verbs.contains_folded(tokens_.folded(v))) continue;
    if (v + 1 >= limit || !tokens_.joined(v + 1)) return {};
    const TokenRange object = mentions_.after(v + 1, limit);
    // A person, or a capitalised word with no article before it, a name where nouns are capitalised
    // too ("zitierte Papandreou"; not "zitierte den Bericht").
    constexpr std::size_t kMaxNameWords = 3;
    if (object.empty() || object.first != v + 1 || object.last > limit) return {};
    if (mentions_.is_person_like(object) ||
        (tokens_.capitalized(object.first) && !tokens_.in(object.first, words_.determiners) && object.size() <= kMaxNameWords))
      return object;
    return {};
  }
  return {};
}

}  // namespace article_lens
