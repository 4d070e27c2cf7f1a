// The quotes of an analysed text as strings, for the quote tests to compare: kind, content,
// speaker (name, anonymous, described), mention and cue, plus the article's figures.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "article_lens.h"
#include "test_support.h"

namespace article_lens::testing {

struct QuoteRead {
  std::string kind, text, speaker, mention, cue;
  bool anonymous = false, described = false;
};

struct QuoteReading {
  std::vector<QuoteRead> quotes;
  Stats stats;
};

inline QuoteReading read_article_quotes(const std::string& text, const std::string& language = "en") {
  Options options;
  options.language = language;
  const Analysis result = analyze(text, options);
  QuoteReading out;
  out.stats = result.stats;
  for (const Quote& q : result.quotes) {
    QuoteRead r;
    r.kind = q.kind == QuoteKind::kDirect ? "direct" : q.kind == QuoteKind::kIndirect ? "indirect" : "scare";
    r.text = text_of(text, q.content);
    if (q.speaker >= 0) {
      const Speaker& speaker = result.speakers[static_cast<std::size_t>(q.speaker)];
      r.speaker = speaker.name;
      r.anonymous = speaker.anonymous;
      r.described = speaker.described;
    }
    r.mention = text_of(text, q.speaker_mention);
    r.cue = text_of(text, q.cue);
    out.quotes.push_back(std::move(r));
  }
  return out;
}

// The direct quotes only, for texts whose other sentences may hold reported speech.
inline std::vector<QuoteRead> direct_quotes_of(const std::string& text, const std::string& language = "en") {
  std::vector<QuoteRead> direct;
  for (QuoteRead& q : read_article_quotes(text, language).quotes)
    if (q.kind == "direct") direct.push_back(std::move(q));
  return direct;
}

// The first quote of that kind, or an empty one.
inline QuoteRead first_of_kind(const QuoteReading& reading, const std::string& kind) {
  for (const QuoteRead& q : reading.quotes)
    if (q.kind == kind) return q;
  return {};
}

// Reads `text` and checks its first quote of `kind`: its content (unless empty) and its speaker;
// returns it.
inline QuoteRead expect_first(const std::string& text, const std::string& language, const std::string& kind,
                              const std::string& content, const std::string& speaker) {
  const QuoteRead quote = first_of_kind(read_article_quotes(text, language), kind);
  if (!content.empty()) EXPECT_EQ(quote.text, content) << text;
  EXPECT_EQ(quote.speaker, speaker) << text;
  return quote;
}

// The first quote's resolved speaker, or "<no quote>".
inline std::string first_speaker(const std::string& text, const std::string& language) {
  const QuoteReading reading = read_article_quotes(text, language);
  return reading.quotes.empty() ? "<no quote>" : reading.quotes.front().speaker;
}

}  // namespace article_lens::testing
