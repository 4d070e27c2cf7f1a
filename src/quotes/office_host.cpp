// A host and a guest in one sentence ("Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée",
// "Pedro Sánchez recibió a Zelenski en la Moncloa"): summit and visit reports name the two so, then
// call each by office. The subject is the host, whose office the story goes on to use bare ("le
// chef de l'État", "el presidente del Gobierno"); office_antecedent.cpp weighs it like two people
// named together, "X et Y".
#include "quotes/office_host.h"

#include "language/word_set.h"
#include "quotes/subject_opening.h"

namespace article_lens {

ClausePair clause_pair(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const PeopleIndex& people,
                       int named, uint32_t at, const std::vector<Span>& quotes) {
  // The subject opening the sentence, past a place read as a name between ("a reçu mardi à l'Élysée
  // le Premier ministre indien Narendra Modi").
  constexpr int kMaxBetween = 2;
  const Document& document = tokens.document();
  const uint32_t named_at = people.last_mention_of(named, at, &quotes);
  int subject = -1;
  uint32_t subject_at = named_at;
  for (int step = 0; step <= kMaxBetween && subject < 0; ++step) {
    const int before = people.last_mentioned_before(subject_at, quotes);
    if (before < 0 || before == named) return {};
    subject_at = people.last_mention_of(before, subject_at, &quotes);
    if (document.sentence_at(subject_at) != document.sentence_at(named_at)) return {};
    if (opens_sentence_as_subject(tokens, mentions, words, subject_at)) subject = before;
  }
  if (subject < 0) return {};
  // A verb of receiving or meeting between them (data/hosting_verbs_<lang>.txt: "a reçu", "recibió
  // a", "ha incontrato"), and no clause of its own for the one named last: "Macron a parlé et
  // Zelensky a répondu", "Meloni, che Scholz ha ringraziato". (The sentence is short, so the words
  // between are few.)
  const WordSet& hosting = WordSet::shared("hosting_verbs", words.language);
  bool hosts = false, passive = false;
  for (std::size_t k = tokens.first_at_or_after(subject_at); k < tokens.size() && tokens.span(k).begin < named_at; ++k) {
    if (tokens.in(k, words.coordinators) || tokens.in(k, words.subordinators) || tokens.in(k, words.relative_pronouns) ||
        tokens.in(k, words.complementizers))
      return {};
    hosts = hosts || hosting.contains_folded(tokens.folded(k));
    // (A passive names its host after the verb, and its subject is the guest: "Pedro Sánchez foi
    // recebido por Luís Montenegro"; data/agent_prepositions_<lang>.txt, in the few words before.)
    constexpr std::size_t kMaxAgentReach = 4;  // "pelo primeiro-ministro português Luís"
    passive = passive || (hosts && tokens.first_at_or_after(named_at) - k <= kMaxAgentReach &&
                          WordSet::shared("agent_prepositions", words.language).contains_folded(tokens.folded(k)));
  }
  return hosts ? ClausePair{subject, !passive} : ClausePair{};
}

}  // namespace article_lens
