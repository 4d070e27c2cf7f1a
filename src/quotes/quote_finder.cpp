#include "quotes/quote_finder.h"

#include <string>
#include <unordered_map>

#include "quotes/attribution.h"
#include "quotes/people.h"
#include "quotes/speaker_resolver.h"
#include "unicode/case_fold.h"

namespace article_lens {
namespace {

uint32_t count_words(const Document& document, Span span) {
  uint32_t words = 0;
  for (std::size_t k = document.first_token_at_or_after(span.begin);
       k < document.tokens.size() && document.tokens[k].span.end <= span.end; ++k)
    ++words;
  return words;
}

}  // namespace

QuoteFinder::QuoteFinder(std::string_view language)
    : cues_(WordSet::shared("speech_verbs", language)),
      loaded_cues_(WordSet::shared("loaded_cues", language)),
      pronouns_(WordSet::shared("pronouns", language)),
      titles_(WordSet::shared("person_titles", language)),
      determiners_(WordSet::shared("determiners", language)),
      stopwords_(WordSet::shared("stopwords", language)) {}

QuoteFindings QuoteFinder::find(const Document& document) const {
  QuoteFindings findings;
  std::vector<MarkedSpan> outermost;
  for (const MarkedSpan& marked : pairer_.pair(document.text))
    if (marked.depth == 0 && !marked.content.empty()) outermost.push_back(marked);

  const PeopleIndex people(document, titles_, stopwords_);
  const AttributionFinder attribution(document, cues_);
  const SpeakerResolver resolver(document, people, pronouns_, titles_, determiners_);
  std::unordered_map<std::string, int32_t> speaker_by_name;
  int recent = -1;

  for (std::size_t q = 0; q < outermost.size(); ++q) {
    const MarkedSpan& marked = outermost[q];
    Quote quote;
    quote.span = marked.span;
    quote.content = marked.content;
    quote.unclosed = marked.unclosed;
    const std::size_t previous_end = q > 0 ? outermost[q - 1].span.end : 0;
    const std::size_t next_begin = q + 1 < outermost.size() ? outermost[q + 1].span.begin : document.text.size();
    const Attribution found = attribution.find(marked, previous_end, next_begin);
    int person = -1;
    std::string name;
    if (found.found()) {
      quote.speaker_mention = found.mention;
      quote.cue = found.cue;
      quote.cue_tone = loaded_cues_.contains(document.slice(found.cue)) ? CueTone::kLoaded : CueTone::kNeutral;
      person = resolver.resolve(found.mention, recent);
      if (person == SpeakerResolver::kNamedStranger) name = std::string(document.slice(resolver.name_part(found.mention)));
    } else if (!findings.quotes.empty() && findings.quotes.back().speaker >= 0) {
      // A quote-only sentence right after an attributed quote continues the same speaker.
      const long this_sentence = document.sentence_at(marked.span.begin);
      const long last_sentence = document.sentence_at(findings.quotes.back().span.end - 1);
      const bool starts_sentence =
          this_sentence >= 0 && document.sentences[static_cast<std::size_t>(this_sentence)].span.begin == marked.span.begin;
      if (starts_sentence && this_sentence == last_sentence + 1)
        name = findings.speakers[static_cast<std::size_t>(findings.quotes.back().speaker)].name;
    }
    if (person >= 0) name = people.people()[static_cast<std::size_t>(person)].name;
    if (!name.empty()) {
      auto [it, inserted] = speaker_by_name.emplace(name, static_cast<int32_t>(findings.speakers.size()));
      if (inserted) {
        Speaker speaker;
        speaker.name = name;
        findings.speakers.push_back(std::move(speaker));
      }
      quote.speaker = it->second;
      Speaker& speaker = findings.speakers[static_cast<std::size_t>(quote.speaker)];
      ++speaker.direct_quotes;
      speaker.quoted_words += count_words(document, quote.content);
      if (!quote.speaker_mention.empty()) speaker.mentions.push_back(quote.speaker_mention);
      if (person >= 0) recent = person;
    }
    findings.quotes.push_back(quote);
  }
  return findings;
}

}  // namespace article_lens
