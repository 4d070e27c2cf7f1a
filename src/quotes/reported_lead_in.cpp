// Reported speech without a cue of its own: a quote whose sentence speaks in the mood of reported
// speech (German Konjunktiv I) or stands alone takes its speaker from the sentences before it, the
// one that named who spoke ("Berger äußerte sich. Er sei zufrieden. Die Polizei habe „gute Arbeit“
// geleistet."): a person with a cue, a source phrase's source, or the person the sentence is about.
#include <algorithm>

#include "quotes/attribution.h"
#include "quotes/described_head.h"
#include "quotes/opening_phrase.h"

namespace article_lens {
namespace {

// Sentences in the mood of reported speech a quote may reach back over to the one that opened it.
constexpr long kMaxReportedSentences = 3;
// How far into a sentence its words are read for the mood (keeps long texts linear).
constexpr std::size_t kMaxMoodWords = 120;

bool has_paragraph_break(std::string_view gap) { return std::count(gap.begin(), gap.end(), '\n') >= 2; }

}  // namespace

Attribution AttributionFinder::reported_lead_in(const MarkedSpan& quote, const std::vector<Span>& quotes) const {
  // Reported speech goes on over sentences in its mood ("Berger äußerte sich. Er sei zufrieden. Die
  // Polizei habe „gute Arbeit“ geleistet."): back over such sentences to the one that opened it.
  const Document& document = tokens_.document();
  const long sentence = document.sentence_at(quote.span.begin);
  for (long back = 1; back <= kMaxReportedSentences && sentence - back >= 0; ++back) {
    const Span current = document.sentences[static_cast<std::size_t>(sentence - back + 1)].span;
    const Span previous = document.sentences[static_cast<std::size_t>(sentence - back)].span;
    // In the same paragraph, and with no quotation of its own (that one has its own speaker).
    if (current.begin < previous.end || has_paragraph_break(document.text.substr(previous.end, current.begin - previous.end)))
      return {};
    const auto overlapping = std::lower_bound(quotes.begin(), quotes.end(), previous.begin, [](const Span& s, uint32_t p) { return s.end <= p; });
    if (overlapping != quotes.end() && overlapping->begin < previous.end) return {};
    const std::size_t first = tokens_.first_at_or_after(previous.begin);
    const std::size_t last = tokens_.first_at_or_after(previous.end);
    if (Attribution found = sentence_speaker(first, last); found.found()) return found;
    if (!in_reported_mood(first, last)) return {};
  }
  return {};
}

bool AttributionFinder::in_reported_mood(std::size_t first, std::size_t last) const {
  for (std::size_t k = first; k < last && k < first + kMaxMoodWords; ++k)
    if (tokens_.in(k, words_.reported_speech_markers)) return true;
  return false;
}

Attribution AttributionFinder::sentence_speaker(std::size_t first, std::size_t last) const {
  if (Attribution found = person_with_cue(first, last); found.found()) return found;
  // A language without quote data cannot tell a subject from any capitalised word: no guess.
  if (words_.cues.empty()) return {};
  // A source phrase opening the sentence ("Dem Bericht zufolge war die Wahl nicht frei. Es habe
  // „…“ gegeben."): its source goes on.
  for (std::size_t k = first; k < last && k <= first + MentionFinder::kMaxWords; ++k) {
    const std::size_t cue = cue_at(k, last, false);
    if (!cue || !is_source_phrase(k, last)) continue;
    TokenRange source = is_postposition(k, last) ? mentions_.before(k, first) : TokenRange{};
    if (source.empty()) source = source_of(k, cue, last);
    if (!source.empty()) return make(source, k, cue, last);
    break;
  }
  // No cue: the person the sentence is about, named or titled ("Die Ministerin Anna Roth sprach
  // sich gegen Sanktionen aus. Druck sei „kein Mittel“.").
  // (Not a relative clause's: "Ein Plakat, das der Bürgermeister aufhängen ließ.")
  // (Up to a past tense a description ran on into: "A testemunha manteve a versão"; participle_subject.cpp.)
  TokenRange subject = mentions_.before_past_tense(mentions_.clause_subject(first, last));
  // Verb-second after a long opening phrase: "An die Adresse Brüssels hatte Steinbrück Positives zu vermelden."
  if (words_.verb_second && (subject.empty() || !mentions_.is_person_like(subject)))
    if (const TokenRange inverted = name_after_verb(first, last); !inverted.empty()) subject = inverted;
  // (Or described by its part in the story, where the text names no one: "O réu negou as acusações.
  // «…», afirmou"; described_subject.cpp. Also after a setting a preposition opens: "Durante a
  // audiência, o réu negou ...".)
  // (Or after the phrases set before a subject, naming whom it was asked about: "Questionado sobre X,
  // o treinador leonino não quis falar. «…», garantiu"; opening_phrase.cpp.)
  const bool described = subject.size() >= 2 && mentions_.is_description_start(subject.first) &&
                         person_head(tokens_, mentions_, words_, subject) < subject.last;
  // (There a title with its body counts too: "o treinador do Braga".)
  bool past_opening = subject.first > first && clause_after_opening(tokens_, words_, first) == subject.first;
  bool titled = described;
  for (std::size_t m = subject.first + 1; past_opening && m < subject.last && !titled; ++m) titled = mentions_.heads_person(m, subject.last);
  past_opening = past_opening && titled;
  if (subject.first > first && mentions_.is_description_start(subject.first) &&
      tokens_.gap_before(subject.first).find(',') != std::string_view::npos &&
      !((described && tokens_.in(first, words_.mention_stops)) || past_opening))
    return {};
  bool named = described;
  for (std::size_t m = subject.first; m < subject.last && !named; ++m)
    named = mentions_.is_name_word(m) || mentions_.title_at(m, subject.last) > 0;
  // A person the pronoun stands for ("Dort traf er viele Helfer. „…“").
  if (subject.empty() || !named) subject = pronoun_subject(first, last);
  if (subject.empty()) return {};
  Attribution found;
  found.mention = subject;
  found.mention_span = {tokens_.span(subject.first).begin, tokens_.span(subject.last - 1).end};
  return found;
}

TokenRange AttributionFinder::pronoun_subject(std::size_t first, std::size_t last) const {
  // Verb-second: the subject pronoun opens the clause or follows its first verb ("Er sprach",
  // "Dort traf er"); not after a preposition ("Für sie ist das …") nor past a comma.
  constexpr std::size_t kMaxWordsBefore = 3;
  if (!words_.verb_second) return {};
  for (std::size_t k = first; k < last && k <= first + kMaxWordsBefore; ++k) {
    if (k > first && !tokens_.joined(k)) return {};
    if (tokens_.in(k, words_.pronouns) && (k == first || !tokens_.in(k - 1, words_.mention_stops))) return {k, k + 1};
  }
  return {};
}

}  // namespace article_lens
