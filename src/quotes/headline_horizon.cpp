// A headline calls people by their office before the story names them ("'Nobody is above the
// law', says judge as former mayor jailed" over "... Judge Sarah Whitfield said"): for a
// description in a headline, the people the first sentences after it introduce count too.
#include "quotes/speaker_resolver.h"

namespace article_lens {
namespace {

// Sentences after the headline whose people a description in it may mean (the standfirst and lede).
constexpr std::size_t kSentencesAfterHeadline = 3;

}  // namespace

uint32_t SpeakerResolver::headline_horizon(uint32_t at) const {
  const Document& document = tokens_.document();
  const long sentence = document.sentence_at(at);
  if (sentence < 0 || document.sentences[static_cast<std::size_t>(sentence)].role != SentenceRole::kHeadline) return at;
  std::size_t last = static_cast<std::size_t>(sentence);
  for (std::size_t n = 0; n < kSentencesAfterHeadline && last + 1 < document.sentences.size(); ++n) ++last;
  return document.sentences[last].span.end;
}

}  // namespace article_lens
