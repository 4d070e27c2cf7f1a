// A host and a guest in one sentence ("Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée",
// "Pedro Sánchez recibió a Zelenski en la Moncloa"): summit and visit reports name the two so, then
// call each by office. The subject is the host, whose office the story goes on to use bare ("le
// chef de l'État", "el presidente del Gobierno"); office_antecedent.cpp weighs it like two people
// named together, "X et Y".
#include "quotes/office_host.h"

#include "language/word_set.h"
#include "quotes/subject_opening.h"

namespace article_lens {

int clause_host(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const PeopleIndex& people,
                int guest, uint32_t at, const std::vector<Span>& quotes) {
  const uint32_t guest_at = people.last_mention_of(guest, at, &quotes);
  const int host = people.last_mentioned_before(guest_at, quotes);
  if (host < 0 || host == guest) return -1;
  const uint32_t host_at = people.last_mention_of(host, guest_at, &quotes);
  const Document& document = tokens.document();
  if (document.sentence_at(host_at) != document.sentence_at(guest_at) ||
      !opens_sentence_as_subject(tokens, mentions, words, host_at))
    return -1;
  // A verb of receiving or meeting between them (data/hosting_verbs_<lang>.txt: "a reçu", "recibió a",
  // "ha incontrato"), and no clause of the guest's own: "Macron a parlé et Zelensky a répondu",
  // "Meloni, che Scholz ha ringraziato". (The sentence is short, so the words between are few.)
  const WordSet& hosting = WordSet::shared("hosting_verbs", words.language);
  bool hosts = false;
  for (std::size_t k = tokens.first_at_or_after(host_at); k < tokens.size() && tokens.span(k).begin < guest_at; ++k) {
    if (tokens.in(k, words.coordinators) || tokens.in(k, words.subordinators) || tokens.in(k, words.relative_pronouns) ||
        tokens.in(k, words.complementizers))
      return -1;
    hosts = hosts || hosting.contains_folded(tokens.folded(k));
  }
  return hosts ? host : -1;
}

}  // namespace article_lens
