// Feature writing sets a beat of narration before a speaker's next words, in the same paragraph:
// "She laughed. “People forget that.”", "He pauses. “...”". The words go on with the last
// speaker when the narration is one short sentence whose subject is a pronoun that fits them.
#include "quotes/speaker_book.h"

namespace article_lens {
namespace {

constexpr std::size_t kMaxNarrationWords = 6;  // "She laughed.", "He shook his head."
constexpr long kMaxSentencesSinceSpeaker = 3;  // the narration and the quote after the last speech

}  // namespace

bool SpeakerBook::after_pronoun_narration(const Quote& quote, long sentence, const SpeakerResolver& resolver) const {
  if (sentence < 1 || sentence - last_sentence_ > kMaxSentencesSinceSpeaker || last_person_ < 0) return false;
  const Span before = document_.sentences[static_cast<std::size_t>(sentence - 1)].span;
  const std::string_view text = document_.text;
  if (before.begin < last_end_ || before.end > quote.span.begin) return false;
  // It opens the paragraph, and the quote follows it on the same line.
  const std::size_t previous = before.begin == 0 ? std::string_view::npos : text.find_last_not_of(" \t", before.begin - 1);
  if (previous != std::string_view::npos && text[previous] != '\n') return false;
  if (text.substr(before.end, quote.span.begin - before.end).find('\n') != std::string_view::npos) return false;
  const std::size_t first = tokens_.first_at_or_after(before.begin);
  std::size_t words = 0;
  for (std::size_t k = first; k < tokens_.size() && tokens_.span(k).end <= before.end; ++k)
    if (++words > kMaxNarrationWords) return false;
  if (words < 2 || !tokens_.in(first, words_.pronouns)) return false;
  return resolver.pronoun_fits(tokens_.span(first).begin, last_person_);
}

}  // namespace article_lens
