// The agent of a passive cue speaks: "Seine Werke werden von Kritikern als „...“ bezeichnet". Its
// subject ("Seine Werke") is what is spoken of. A quoting verb is the exception: in "X wird von der
// Zeitung mit den Worten „...“ zitiert" the agent is the medium and the subject X speaks, which
// the ordinary subject search already finds.
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

}  // namespace article_lens
