// libFuzzer target: any bytes, any options, must give spans inside the input, in order, and JSON.
// Build and run with scripts/fuzz.sh (clang, ASan + UBSan). Not part of npm test: a fuzzing run is
// open-ended; run it when changing the scanners.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "article_lens.h"
#include "result_json.h"

namespace {

void check(bool condition) {
  if (!condition) std::abort();
}

void check_span(article_lens::Span span, std::size_t size) { check(span.begin <= span.end && span.end <= size); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks options, the rest is the text.
  const uint8_t selector = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  article_lens::Options options;
  options.hard_wrapped = selector & 1;
  // Every language with quote data, and some without (bits 1-3 and 6-7 pick one).
  static const char* const kLanguages[] = {"auto", "en", "ru", "de", "fr", "zh", "ar", "ja",
                                           "uk", "es", "it", "pl", "pt", "nl", "en", "ru"};
  options.language = kLanguages[((selector >> 1) & 7) | ((selector >> 3) & 8)];
  if (selector & 16) options.extra_abbreviations = {"abc", "x."};
  options.keywords.top = (selector & 32) ? 3 : 10;

  const article_lens::Analysis result = article_lens::analyze(text, options);
  uint32_t previous_end = 0;
  for (const auto& sentence : result.sentences) {
    check_span(sentence.span, text.size());
    check(sentence.span.begin >= previous_end && !sentence.span.empty());
    previous_end = sentence.span.end;
  }
  for (const auto& quote : result.quotes) {
    check_span(quote.span, text.size());
    check_span(quote.content, text.size());
    check_span(quote.cue, text.size());
    check_span(quote.speaker_mention, text.size());
    check(quote.speaker < static_cast<int32_t>(result.speakers.size()));
  }
  for (const auto& keyword : result.keywords)
    for (const auto& occurrence : keyword.occurrences) check_span(occurrence, text.size());
  const std::string json = article_lens::to_json(text, result);
  check(!json.empty() && json.front() == '{' && json.back() == '}');
  return 0;
}
