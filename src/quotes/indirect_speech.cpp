#include "quotes/indirect_speech.h"

#include <algorithm>

#include "language/word_set.h"

namespace article_lens {
namespace {

constexpr std::size_t kMinClauseWords = 2;
// Words the sentence an "Об этом сообщил ..." refers to must have (a dateline "ЛОНДОН, 9 августа." has fewer).
constexpr std::size_t kMinReferredWords = 5;
// Words an adverbial opener may take before a source set off by commas ("Since then, according to").
constexpr std::size_t kMaxOpenerWords = 3;
// Words allowed after a closing attribution ("..., the ministry said on Monday.").
constexpr std::size_t kMaxWordsAfterFinalCue = 4;

bool has(std::string_view gap, char c) { return gap.find(c) != std::string_view::npos; }
bool ends_clause(std::string_view gap) {
  return has(gap, '.') || has(gap, ';') || has(gap, '!') || has(gap, '?') || has(gap, ':') || has(gap, '\n');
}

}  // namespace

bool IndirectSpeechFinder::starts_clause(std::size_t k, std::size_t last) const {
  if (k + 1 >= last || !tokens_.joined(k + 1)) return false;
  // A subject pronoun and its verb: "he would", "they knew".
  if ((tokens_.in(k, words_.pronouns) || tokens_.in(k, words_.group_pronouns)) && !tokens_.capitalized(k + 1) &&
      !tokens_.in(k + 1, words_.mention_stops))
    return true;
  if (!tokens_.in(k, words_.determiners)) return false;
  // A noun phrase, then a finite verb: "the talks had stalled", not the object in "welcomed the decision".
  for (std::size_t m = k + 1; m < last && m <= k + kMaxSubjectWords && tokens_.joined(m); ++m) {
    if (tokens_.in(m, words_.finite_verbs)) return m > k + 1;
    if (tokens_.in(m, words_.mention_stops) || tokens_.in(m, words_.complementizers)) return false;
  }
  return false;
}

bool IndirectSpeechFinder::is_adverbial_opener(std::size_t first, std::size_t end) const {
  // "С тех пор", "Однако", "Since then": a function word in it, and no name ("Путин, по словам ...").
  bool function_word = false;
  for (std::size_t k = first; k < end; ++k) {
    const bool function = tokens_.in(k, words_.mention_stops) || tokens_.in(k, words_.name_stopwords) ||
                          tokens_.in(k, words_.fillers) || tokens_.in(k, words_.clause_conjunctions);
    if (!function && mentions_.is_name_word(k)) return false;
    function_word = function_word || function;
  }
  return function_word;
}

Span IndirectSpeechFinder::clause(std::size_t first, std::size_t last) const {
  if (last <= first || last - first < kMinClauseWords) return {};
  return {tokens_.span(first).begin, tokens_.span(last - 1).end};
}

bool IndirectSpeechFinder::in_sentence(std::size_t first, std::size_t last, ReportedSpeech& found) const {
  const bool comma_introduces = words_.complementizers.contains_folded(",");
  for (std::size_t k = first; k < last; ++k) {
    const std::size_t cue = attribution_.cue_at(k, last, false);
    if (!cue) continue;
    const std::size_t after_cue = k + cue;
    const Span cue_span{tokens_.span(k).begin, tokens_.span(after_cue - 1).end};
    auto report = [&](TokenRange mention, Span content) {
      if (mention.empty() || content.empty()) return false;
      found.content = content;
      found.attribution.mention = mention;
      found.attribution.mention_span = {tokens_.span(mention.first).begin, tokens_.span(mention.last - 1).end};
      found.attribution.cue = cue_span;
      return true;
    };
    if (attribution_.is_source_phrase(k, last)) {
      TokenRange mention = mentions_.after(after_cue, last);
      if (mention.empty()) {  // Dem Bericht zufolge CLAUSE.
        mention = mentions_.before(k, first);
        if (!mention.empty() && mention.first == first && after_cue < last) return report(mention, clause(after_cue, last));
        continue;
      }
      // According to X, CLAUSE. Where no comma is written ("Według posła Jana Kowalskiego rozmowy
      // trwają", "Laut Polizei wurde ..."), a person's name ending the source before a lower-case
      // word still closes it.
      const bool closed_by_name = mentions_.is_name_word(mention.last - 1) && tokens_.joined(mention.last) &&
                                  !tokens_.capitalized(mention.last);
      if (k == first && mention.last < last && (has(tokens_.gap_before(mention.last), ',') || closed_by_name))
        return report(mention, clause(mention.last, last));
      // Short opener, according to X, CLAUSE ("С тех пор, по словам Марии, ей везло").
      if (k > first && k - first <= kMaxOpenerWords && is_adverbial_opener(first, k) && has(tokens_.gap_before(k), ',') && mention.last < last &&
          has(tokens_.gap_before(mention.last), ',') && last - mention.last >= kMinClauseWords)
        return report(mention, clause(mention.last, last));
      // CLAUSE, according to X.
      if (k > first && has(tokens_.gap_before(k), ',') && last - mention.last <= kMaxWordsAfterFinalCue)
        return report(mention, clause(first, k));
      continue;
    }
    // In verb-second languages the subject may follow the verb ("In seiner Rede erklärte Johnson, ...").
    const TokenRange mention = words_.verb_second ? attribution_.subject_of(k, cue, first, last, true) : mentions_.before(k, first);
    // The reported clause follows the cue, or its subject when that follows the cue.
    const std::size_t after_subject = mention.first >= after_cue ? mention.last : after_cue;
    if (!mention.empty()) {
      // CLAUSE, X said. (Not when a clause follows the cue: "On Sunday, Issa said Clinton lied.")
      if (mention.last <= k && mention.first > first && has(tokens_.gap_before(mention.first), ',') && last - after_cue <= kMaxWordsAfterFinalCue &&
          !(after_cue < last && (tokens_.phrase_at(words_.complementizers, after_cue, last) || starts_clause(after_cue, last) ||
                                 mentions_.could_be_name(after_cue))))
        return report(mention, clause(first, mention.first));
      // X said (to Y ...) that CLAUSE / X sagte, CLAUSE
      std::size_t zero_that = last;
      for (std::size_t j = after_subject; j < last && j - after_subject <= kMaxWordsToComplementizer; ++j) {
        const std::string_view gap = tokens_.gap_before(j);
        if (j > after_subject && ends_clause(gap)) break;
        if (const std::size_t complementizer = tokens_.phrase_at(words_.complementizers, j, last))
          return report(mention, clause(j + complementizer, last));
        if (comma_introduces && has(gap, ',')) return report(mention, clause(j, last));
        // He said he would resign. / Officials said the talks had stalled. (no "that")
        if (j == after_subject && !has(gap, ',') && starts_clause(j, last)) zero_that = j;
        if (has(gap, ',')) break;
      }
      if (zero_that < last) return report(mention, clause(zero_that, last));
      continue;
    }
    // CLAUSE, said X.
    if (k > first && has(tokens_.gap_before(k), ',')) {
      // CLAUSE, сообщила в пятницу пресс-служба вуза / сообщил РИА Новости аналитик Иван Петров.
      TokenRange inverted = attribution_.speaker_past_complements(after_cue, last);
      if (inverted.empty()) inverted = mentions_.after(after_cue, last);
      if (inverted.empty()) inverted = attribution_.body_after_cue(k, cue, last);  // CLAUSE, сообщили в Минздраве.
      if (!inverted.empty() && last - inverted.last <= kMaxWordsAfterFinalCue) return report(inverted, clause(first, k));
    }
  }
  return false;
}

bool IndirectSpeechFinder::refers_back(std::size_t first, std::size_t last, std::size_t prev_first, std::size_t prev_last,
                                       ReportedSpeech& found) const {
  const WordSet& references = WordSet::shared("back_references", words_.language);
  if (references.empty() || first + 3 > last || !tokens_.joined(first + 1)) return false;
  if (!references.contains_folded(std::string(tokens_.folded(first)) + " " + std::string(tokens_.folded(first + 1)))) return false;
  // The sentence before: plain body text of a few words (not a dateline), holding no mark.
  if (prev_last < prev_first + kMinReferredWords) return false;
  const std::size_t floor = first + 2;
  for (std::size_t k = floor; k < last; ++k) {
    const std::size_t cue = attribution_.cue_at(k, last, false);
    if (!cue) continue;
    if (attribution_.is_source_phrase(k, last)) return false;
    // The speaker mostly follows the cue ("Об этом в пятницу ТАСС сообщила пресс-служба вуза": the
    // name before it is the outlet told), else precedes it ("Об этом британский лидер сообщил").
    TokenRange mention = attribution_.speaker_past_complements(k + cue, last);
    if (mention.empty() && k + cue < last && tokens_.joined(k + cue)) mention = mentions_.after(k + cue, last);
    if (mention.empty()) mention = attribution_.body_after_cue(k, cue, last);
    if (mention.empty()) mention = mentions_.before(k, floor);
    if (mention.empty() || !mentions_.is_person_like(mention)) return false;
    found.content = clause(prev_first, prev_last);
    if (found.content.empty()) return false;
    found.attribution.mention = mention;
    found.attribution.mention_span = {tokens_.span(mention.first).begin, tokens_.span(mention.last - 1).end};
    found.attribution.cue = {tokens_.span(k).begin, tokens_.span(k + cue - 1).end};
    return true;
  }
  return false;
}

std::vector<ReportedSpeech> IndirectSpeechFinder::find(const std::vector<Span>& quotes) const {
  std::vector<ReportedSpeech> found;
  const Document& document = tokens_.document();
  std::size_t q = 0;
  // The sentence before, when it is body text holding no quotation and no report: [first, last).
  std::size_t prev_first = 0, prev_last = 0;
  for (const Sentence& sentence : document.sentences) {
    const std::size_t first = tokens_.first_at_or_after(sentence.span.begin);
    const std::size_t last = tokens_.first_at_or_after(sentence.span.end);
    const std::size_t before_first = prev_first, before_last = prev_last;
    prev_first = prev_last = 0;
    if (sentence.role != SentenceRole::kBody && sentence.role != SentenceRole::kHeadline) continue;
    while (q < quotes.size() && quotes[q].end <= sentence.span.begin) ++q;
    if (q < quotes.size() && quotes[q].begin < sentence.span.end) continue;  // direct speech lives here
    ReportedSpeech report;
    if (first < last && in_sentence(first, last, report)) {
      found.push_back(report);
    } else if (first < last && before_last > before_first && refers_back(first, last, before_first, before_last, report)) {
      found.push_back(report);
    } else if (sentence.role == SentenceRole::kBody) {
      prev_first = first, prev_last = last;
    }
  }
  return found;
}

}  // namespace article_lens
