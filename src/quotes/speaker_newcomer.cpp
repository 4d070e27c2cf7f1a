// A pronoun after a newcomer: "“It is a disaster,” said Ana Lind. Her neighbour, Tom Reed, agrees.
// “We were never asked,” he says." The sentence before the pronoun introduces someone as its
// subject without quoting them; the pronoun means that person, not the last speaker.
#include <algorithm>

#include "quotes/speaker_resolver.h"

namespace article_lens {

SpeakerRef SpeakerResolver::subject_newcomer(uint32_t pos, uint32_t since, const std::vector<Span>& quotes) const {
  if (words_.names_after_nouns) return newcomer_in_free_order(pos, since, quotes);
  const Document& document = tokens_.document();
  const long sentence = document.sentence_at(pos);
  if (sentence <= 0) return {};
  const Span previous = document.sentences[static_cast<std::size_t>(sentence - 1)].span;
  if (previous.begin < since) return {};
  const auto overlapping = std::lower_bound(quotes.begin(), quotes.end(), previous.begin,
                                            [](const Span& s, uint32_t p) { return s.end <= p; });
  if (overlapping != quotes.end() && overlapping->begin < document.sentences[static_cast<std::size_t>(sentence)].span.begin &&
      overlapping->begin < previous.end)
    return {};
  const std::size_t first = tokens_.first_at_or_after(previous.begin);
  const std::size_t last = tokens_.first_at_or_after(previous.end);
  if (first >= last || (mentions_.is_pronoun(first) && !tokens_.in(first, words_.determiners))) return {};  // "He agrees."
  TokenRange mention = mentions_.after(first, last);
  if (mention.empty() || mention.first != first || mention.last >= last) return {};
  auto comma_before = [&](std::size_t k) { return tokens_.gap_before(k).find(',') != std::string_view::npos; };
  // "Her neighbour, Tom Reed, agrees": a description, then the name in apposition to it, closed
  // by a comma before the verb.
  bool in_apposition = false;
  for (std::size_t k = mention.first + 1; k < mention.last && !in_apposition; ++k) in_apposition = comma_before(k);
  if (people_.find_token(mention.last - 1) < 0) {
    if (!comma_before(mention.last)) return {};
    mention = mentions_.after(mention.last, last);
    if (mention.empty() || mention.last >= last) return {};
    in_apposition = true;
  }
  const bool verb_after_comma = comma_before(mention.last) && !tokens_.capitalized(mention.last) &&
                                !tokens_.in(mention.last, words_.mention_stops);
  // "Doug Bishop, a Democrat of Maine, agrees": the name, an apposition set off by commas, the verb.
  bool verb_after_apposition = false;
  if (comma_before(mention.last) && mentions_.is_description_start(mention.last)) {
    std::size_t k = mention.last + 1;
    while (k < last && k - mention.last <= MentionFinder::kMaxApposition && !comma_before(k)) ++k;
    verb_after_apposition = k < last && comma_before(k) && !tokens_.capitalized(k) && !tokens_.in(k, words_.mention_stops) &&
                            !tokens_.in(k, words_.relative_pronouns);
  }
  // (A body the person heads is the subject, not the person: "Die Regierung von Ali Larajedh will".)
  for (std::size_t k = mention.first; k < mention.last && !in_apposition; ++k)
    if (tokens_.in(k, words_.mention_links) && !tokens_.in(k, words_.determiners)) return {};
  // (Nor the one whose title a description heads, named with a title of their own in the genitive:
  // "Die Witwe des Bauunternehmers Gerd Lohmann sagte aus", described_subject.cpp.)
  constexpr std::size_t kMaxAdjectives = 2;  // "des verstorbenen Verlegers"
  for (std::size_t k = mention.first + 1; k + 2 < mention.last && !in_apposition; ++k) {
    if (!tokens_.in(k, words_.mention_links)) continue;
    std::size_t title = k + 1;
    while (title + 2 < mention.last && title - k <= kMaxAdjectives && !tokens_.capitalized(title)) ++title;
    if (tokens_.capitalized(title) && !mentions_.is_name_word(title) && genitive_person_word(tokens_, words_, title)) return {};
  }
  // The name ends the mention ("White House spokesman Josh Earnest"), which its verb follows.
  const int who = people_.find_token(mention.last - 1);
  if (who < 0 || !((in_apposition && verb_after_comma) || verb_after_apposition || mentions_.followed_by_verb(mention, last)))
    return {};
  // Only someone the text names here for the first time, by a full name, whom the pronoun can mean.
  const Person& named = people_.person(who);
  if (named.first_at < previous.begin || named.name_words < 2 || pronoun_excludes(pos, who)) return {};
  return person(who);
}

SpeakerRef SpeakerResolver::newcomer_in_free_order(uint32_t pos, uint32_t since, const std::vector<Span>& quotes) const {
  // Where word order is free (Russian, Ukrainian, Polish), the newcomer need not open the sentence:
  // "Его поддержал глава Минэкономразвития Максим Решетников. «...», — сказал он.", "С ним не
  // согласен экономист Сергей Гуриев: «...», — сказал он." The one person named for the first
  // time, by a full name, outside quotations, in the pronoun's sentence before it, else in the
  // sentence before, since the last speaker's quote.
  const Document& document = tokens_.document();
  const long sentence = document.sentence_at(pos);
  if (sentence < 0) return {};
  constexpr std::size_t kMaxWords = 80;  // a bounded look at each sentence
  for (long s = sentence; s >= 0 && s >= sentence - 1; --s) {
    const Span span = document.sentences[static_cast<std::size_t>(s)].span;
    if (span.begin < since) return {};
    const uint32_t end = s == sentence ? pos : span.end;
    int found = -1;
    const std::size_t last = tokens_.first_at_or_after(end);
    auto quote = std::lower_bound(quotes.begin(), quotes.end(), span.begin, [](const Span& q, uint32_t p) { return q.end <= p; });
    for (std::size_t k = tokens_.first_at_or_after(span.begin), n = 0; k < last && n < kMaxWords; ++k, ++n) {
      const uint32_t at = tokens_.span(k).begin;
      while (quote != quotes.end() && quote->end <= at) ++quote;
      if ((quote != quotes.end() && quote->begin <= at) || !tokens_.capitalized(k)) continue;
      const int who = people_.find_token(k);
      if (who < 0 || who == found) continue;
      const Person& named = people_.person(who);
      if (named.first_at < span.begin || named.name_words < 2) continue;
      if (found >= 0) return {};  // two newcomers: the pronoun cannot tell
      found = who;
    }
    if (found >= 0) return pronoun_excludes(pos, found) ? SpeakerRef{} : person(found);
  }
  return {};
}

bool SpeakerResolver::names_other_between(uint32_t since, uint32_t pos, int index, const std::vector<Span>& quotes) const {
  const int named = people_.last_mentioned_before(pos, quotes);
  return named >= 0 && named != index && people_.last_mention_of(named, pos) >= since;
}

}  // namespace article_lens
