// "Face à Jordan Bardella, le Premier ministre a haussé le ton. « … », a-t-il lancé": a pronoun goes
// to the person named last, but a name inside the phrases set before a sentence's subject
// (opening_phrase.cpp: "Interrogé sur", "Face à", "Tras la reunión con") is whom the subject faced or
// was asked about. Where the subject after those phrases is a person described (a title, a trade, an
// epithet: "le Premier ministre", "o treinador leonino"), that description is what the pronoun means;
// a subject named by name is named after the phrase and is already the person named last.
#include "quotes/pronoun_past_opening.h"

#include "quotes/opening_phrase.h"

namespace article_lens {

TokenRange described_past_opening(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, uint32_t named_at) {
  const Document& document = tokens.document();
  const long sentence = document.sentence_at(named_at);
  if (sentence < 0) return {};
  const Span span = document.sentences[static_cast<std::size_t>(sentence)].span;
  const std::size_t first = tokens.first_at_or_after(span.begin);
  const std::size_t last = tokens.first_at_or_after(span.end);
  const std::size_t named = tokens.first_at_or_after(named_at);
  const std::size_t clause = clause_after_opening(tokens, words, first);
  if (clause == first || named >= clause || clause >= last || !mentions.is_description_start(clause)) return {};
  const TokenRange subject = mentions.after(clause, last);
  if (subject.first != clause || subject.size() < 2 || !mentions.followed_by_verb(subject, last)) return {};
  // (A person described, named by no name: "le Premier ministre", not "les ministres" nor "la ville".)
  // (Its title may take its portfolio after it: "le ministre de l'Intérieur".)
  bool headed = false;
  for (std::size_t k = subject.first + 1; k < subject.last; ++k) {
    if (mentions.is_known_person(k) || tokens.in(k, words.group_nouns)) return {};
    headed = headed || mentions.heads_person(k, subject.last);
  }
  return headed ? subject : TokenRange{};
}

}  // namespace article_lens
