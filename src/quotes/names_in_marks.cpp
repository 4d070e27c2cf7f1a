// German marks the names of outlets and bodies ("sagte er der „Rheinischen Post“", "im
// „Standard“"), and so do Polish and Russian ("w rozmowie z „Rzeczpospolitą”"): such a name in a
// sentence is no speech and keeps no reported clause out of it.
#include "quotes/indirect_speech.h"

namespace article_lens {
namespace {

// Words of a name in marks ("Frankfurter Allgemeinen Zeitung").
constexpr std::size_t kMaxNameWords = 3;

}  // namespace

bool IndirectSpeechFinder::only_names_in_marks(std::size_t q, const std::vector<Span>& quotes, Span sentence) const {
  // (Where nouns take no article, the name follows a preposition or the cue it was told by: "w
  // rozmowie z „Rzeczpospolitą”, że", "powiedział „Gazecie Wyborczej”, że".)
  const bool after_preposition = words_.names_after_nouns;
  // (Elsewhere a show's or work's title after its owner's possessive: "speaking on CNN's “State of
  // the Union,” said he would vote no".)
  auto owned = [&](std::size_t opening) { return tokens_.possessive(opening - 1); };
  const bool possessive_titles = !words_.capitalised_nouns && !after_preposition;
  bool any = false;
  for (std::size_t i = q; i < quotes.size() && quotes[i].begin < sentence.end; ++i) {
    // (The name fills a noun's place after its article: "der „Rheinischen Post“", "im
    // „Standard“"; not a word someone gave a thing, "nannten den Plan „Unsinn“".)
    std::size_t opening = tokens_.first_at_or_after(quotes[i].begin);
    // (Or the last part of a compound a hyphen joins to the word before: "im Ö1-„Morgenjournal“",
    // "in der ORF-„Pressestunde“".)
    if (words_.capitalised_nouns && opening >= 2 && opening < tokens_.size() && tokens_.capitalized(opening - 1) &&
        tokens_.gap_before(opening).starts_with('-'))
      --opening;
    if (opening == 0 || opening >= tokens_.size() || (possessive_titles && !owned(opening)) ||
        !(owned(opening) || tokens_.in(opening - 1, words_.determiners) ||
          WordSet::shared("article_contractions", words_.language).contains_folded(tokens_.folded(opening - 1)) ||
          (after_preposition && (tokens_.in(opening - 1, words_.mention_stops) || tokens_.in(opening - 1, words_.cues)))))
      return false;
    std::size_t count = 0;
    const std::size_t inside = tokens_.first_at_or_after(quotes[i].begin);
    for (std::size_t k = inside; k < tokens_.size() && tokens_.span(k).end <= quotes[i].end; ++k) {
      // (Every word capitalised, none a pronoun: not „Wir kommen“; but for a preposition or article
      // between two: „Welt am Sonntag“, „Zeit im Bild“; where nouns are not capitalised, the first:
      // "«Новой газете»".)
      const bool link = k > inside && !tokens_.capitalized(k) && k + 1 < tokens_.size() && tokens_.span(k + 1).end <= quotes[i].end &&
                        tokens_.capitalized(k + 1) && (tokens_.in(k, words_.mention_stops) || tokens_.in(k, words_.determiners));
      if (++count > kMaxNameWords || (!tokens_.capitalized(k) && !link && (words_.capitalised_nouns || possessive_titles || count == 1)) ||
          mentions_.is_pronoun(k))
        return false;
    }
    if (count == 0) return false;
    any = true;
  }
  return any;
}

}  // namespace article_lens
