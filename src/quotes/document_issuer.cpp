// A document credited as a source speaks for whoever issued it: "…,” according to a statement
// from the club", "according to a statement released by Leeds United on Friday". A statement says
// nothing of its own; the body named after it is the speaker. With no issuer named ("according to
// a statement") the document stays the source.
#include "language/word_set.h"
#include "quotes/attribution.h"

namespace article_lens {

TokenRange AttributionFinder::document_issuer(TokenRange source, std::size_t limit) const {
  constexpr std::size_t kMaxWordsToDocument = 3;  // "a joint statement", "a brief written statement"
  if (source.size() < 2) return source;
  std::size_t document = source.first;
  while (document < source.last && document < source.first + kMaxWordsToDocument && !tokens_.in(document, words_.speech_nouns))
    ++document;
  if (document >= source.last || tokens_.capitalized(document) || !tokens_.in(document, words_.speech_nouns)) return source;
  // "from the club", or a past participle and its agent: "released by Leeds United", "issued by
  // the ministry" (data/origin_links_<lang>.txt, passive_agent_links_after_<lang>.txt).
  std::size_t link = document + 1;
  if (link < limit && tokens_.joined(link) && mentions_.is_past_tense(link)) ++link;
  const bool agent = link > document + 1 && WordSet::shared("passive_agent_links_after", words_.language).contains_folded(tokens_.folded(link));
  const bool origin = link == document + 1 && words_.origin_links.contains_folded(tokens_.folded(link));
  if (link + 1 >= limit || !tokens_.joined(link) || !tokens_.joined(link + 1) || !(agent || origin)) return source;
  // (A body's name may join two nouns: "the Irish Nurses and Midwives Organisation".)
  const TokenRange issuer = mentions_.joined_names_after(mentions_.after(link + 1, limit), limit);
  return !issuer.empty() && issuer.first == link + 1 ? issuer : source;
}

}  // namespace article_lens
