// Whether a pronoun that may stand for one person or for many ("sie") stands for many: the finite
// verb beside it tells ("sie sagten", "erklärten sie", "sie haben ... gesagt").
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/mentions.h"

namespace article_lens {

bool MentionFinder::is_plural_by_verb(std::size_t k) const {
  if (k >= tokens_.size() ||
      !WordSet::shared("number_ambiguous_pronouns", words_.language).contains_folded(tokens_.folded(k)))
    return false;
  // A reporting verb or an auxiliary: other words ending like a plural verb ("eben", "ihren") tell nothing.
  // (Joined to the pronoun: the verb before it may follow a quote's closing mark, "„...“, sagten sie".)
  auto verb = [&](std::size_t m) {
    return !tokens_.capitalized(m) && (tokens_.in(m, words_.cues) || words_.perfect_auxiliaries.contains_folded(tokens_.folded(m)));
  };
  auto plural = [&](std::size_t m) {
    const std::string_view word = tokens_.folded(m);
    for (const std::string_view form : lang_data::entries("plural_verb_forms", words_.language)) {
      // "-en": an ending; "sind": a whole word.
      const bool ending = form.size() > 1 && form.front() == '-';
      if (ending ? word.size() > form.size() && word.ends_with(form.substr(1)) : word == form) return true;
    }
    return false;
  };
  // The verb before the pronoun when the clause is inverted ("sagten sie"), else the one after it.
  // (Also a causative before it: in "ließ sie erklären" the infinitive after it tells nothing;
  // data/causative_auxiliaries_<lang>.txt.)
  if (k > 0 && tokens_.joined(k) &&
      (verb(k - 1) || WordSet::shared("causative_auxiliaries", words_.language).contains_folded(tokens_.folded(k - 1))))
    return plural(k - 1);
  return k + 1 < tokens_.size() && tokens_.joined(k + 1) && verb(k + 1) && plural(k + 1);
}

}  // namespace article_lens
