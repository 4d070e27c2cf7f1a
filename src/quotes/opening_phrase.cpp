// The phrases French, Spanish, Italian and Portuguese copy sets before a sentence's subject: a
// participle of asking with its object ("Interrogé sur Kylian Mbappé,", "Preguntado por Lamine
// Yamal,", "Interpellato su Federico Chiesa,", "Questionado sobre Cristiano Ronaldo,") or a setting
// ("Durante a audiência no Tribunal de Braga,", "Lors de sa conférence de presse d'avant-match,").
// The names in them are not the subject: a description or office after the comma is the one who
// was asked (data/opening_participle_endings_<lang>.txt, which also names the languages read so;
// prepositions from mention_stops_<lang>).
#include "quotes/opening_phrase.h"

#include "language/lang_tables.h"

namespace article_lens {
namespace {

// A phrase set before the subject is short; two of them at most ("Em declarações aos jornalistas,
// à saída do Conselho de Ministros,").
constexpr std::size_t kMaxPhraseWords = 10;
constexpr int kMaxPhrases = 2;
// "Interrogé": the ending after a stem of at least this many bytes.
constexpr std::size_t kMinParticipleStem = 4;
// The preposition of what was asked, within the participle's first words ("Questionato dai giornalisti su").
constexpr std::size_t kMaxAskedWords = 3;

bool preposition(const QuoteTokens& tokens, const QuoteLexicon& words, std::size_t k) {
  return (tokens.in(k, words.mention_stops) || tokens.in(k, words.topic_prepositions)) && !tokens.in(k, words.complementizers) &&
         !tokens.in(k, words.clause_conjunctions) && !tokens.in(k, words.coordinators) && !tokens.in(k, words.relative_pronouns);
}

// The token after the comma that ends a phrase opened at `start`, or `start` when none ends so.
std::size_t phrase_end(const QuoteTokens& tokens, const QuoteLexicon& words, std::size_t start) {
  for (std::size_t k = start + 1; k < tokens.size() && k - start <= kMaxPhraseWords; ++k) {
    if (!tokens.joined(k)) return tokens.gap_before(k) == ", " ? k : start;
    if (tokens.in(k, words.finite_verbs) || tokens.in(k, words.cues) || tokens.in(k, words.loaded_cues) ||
        tokens.in(k, words.complementizers) || tokens.in(k, words.pronouns) || tokens.in(k, words.relative_pronouns))
      return start;
  }
  return start;
}

}  // namespace

std::size_t clause_after_opening(const QuoteTokens& tokens, const QuoteLexicon& words, std::size_t first) {
  // (Read where the language lists the participles that open such phrases: the press of the
  // languages that set them so.)
  if (!lang_data::has("opening_participle_endings", words.language)) return first;
  std::size_t clause = first;
  for (int phrase = 0; phrase < kMaxPhrases && clause + 1 < tokens.size(); ++phrase) {
    // A participle opens the first phrase only, with a preposition right after it or after whom it
    // was put by ("Interrogé sur", "Questionato dai giornalisti su").
    bool participle = phrase == 0 && tokens.joined(clause + 1) && !tokens.capitalized(clause + 1) &&
                      lang_data::ends_with_entry("opening_participle_endings", words.language, tokens.folded(clause), kMinParticipleStem);
    bool asked = false;
    for (std::size_t k = clause + 1; participle && !asked && k < tokens.size() && k <= clause + kMaxAskedWords && tokens.joined(k); ++k)
      asked = preposition(tokens, words, k);
    participle = participle && asked;
    if (!participle && !preposition(tokens, words, clause)) break;
    const std::size_t end = phrase_end(tokens, words, clause);
    if (end == clause) break;
    clause = end;
  }
  return clause;
}

TokenRange opening_phrases(const QuoteTokens& tokens, const QuoteLexicon& words, uint32_t at) {
  const Document& document = tokens.document();
  const long sentence = document.sentence_at(at);
  if (sentence < 0) return {};
  const std::size_t first = tokens.first_at_or_after(document.sentences[static_cast<std::size_t>(sentence)].span.begin);
  return {first, clause_after_opening(tokens, words, first)};
}

}  // namespace article_lens
