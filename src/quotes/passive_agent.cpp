// The agent of a passive cue speaks: "Seine Werke werden von Kritikern als „...“ bezeichnet". Its
// subject ("Seine Werke") is what is spoken of. A quoting verb is the exception: in "X wird von der
// Zeitung mit den Worten „...“ zitiert" the agent is the medium and the subject X speaks, which
// the ordinary subject search already finds. And a cue in the passive with no agent ("he was told
// that ...") names no speaker in its subject: in_passive().
#include "language/word_set.h"
#include "quotes/attribution.h"

namespace article_lens {
namespace {

// How far before the cue the agent and the auxiliary may stand (keeps the search linear).
constexpr std::size_t kMaxPassiveWords = 30;

}  // namespace

TokenRange AttributionFinder::passive_agent(std::size_t cue, std::size_t floor) const {
  const WordSet& agent_links = WordSet::shared("passive_agent_links", words_.language);
  const WordSet& auxiliaries = WordSet::shared("passive_auxiliaries", words_.language);
  if (agent_links.empty() || auxiliaries.empty() || words_.quoting_verbs.contains_folded(tokens_.folded(cue)))
    return {};
  // Back from the cue to the agent's link ("von", "vom"), then on back to the auxiliary ("wird").
  std::size_t link = cue;
  for (std::size_t k = cue; k-- > floor && cue - k <= kMaxPassiveWords;) {
    if (agent_links.contains_folded(tokens_.folded(k))) {
      link = k;
      break;
    }
  }
  if (link == cue || link + 1 >= cue) return {};
  bool passive = false;
  for (std::size_t k = link; k-- > floor && !passive && link - k <= kMaxPassiveWords;)
    passive = auxiliaries.contains_folded(tokens_.folded(k));
  if (!passive || !tokens_.joined(link + 1)) return {};
  const TokenRange agent = mentions_.after(link + 1, cue);
  if (agent.empty() || agent.first != link + 1) return {};
  return agent;
}

bool AttributionFinder::in_passive(std::size_t k, std::size_t end) const {
  const WordSet& auxiliaries = WordSet::shared("passive_auxiliaries", words_.language);
  if (auxiliaries.empty() || k == 0) return false;
  // (Not a progressive, "he is saying", nor a phrase that names its speaker, "was quoted as saying".)
  // (Nor a source phrase: "Dies wurde laut Gericht klar".)
  if (words_.is_participle(tokens_.folded(k)) || tokens_.phrase_at(words_.cues, k, end) > 1 ||
      tokens_.phrase_at(words_.source_phrases, k, end) > 0)
    return false;
  // A participle with its agent after it: "the money announced by the chancellor" (not a means:
  // "said by phone").
  const std::size_t after = k + 1;
  if (after + 1 < end && tokens_.joined(after) && tokens_.joined(after + 1) &&
      WordSet::shared("passive_agent_links_after", words_.language).contains_folded(tokens_.folded(after)) &&
      (tokens_.capitalized(after + 1) || tokens_.in(after + 1, words_.determiners) || tokens_.in(after + 1, words_.indefinites)))
    return true;
  if (!tokens_.joined(k)) return false;
  std::size_t before = k - 1;
  // Over one adverb: "was later told", "has also been asked".
  if (before > 0 && tokens_.joined(before) && tokens_.phrase_ending_at(words_.fillers, before, before) == 1 &&
      !auxiliaries.contains_folded(tokens_.folded(before)))
    --before;
  return auxiliaries.contains_folded(tokens_.folded(before));
}

}  // namespace article_lens
