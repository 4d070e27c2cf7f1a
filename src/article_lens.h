// Article Lens: the sentences, quotations (with who said them) and keywords of a news article.
//
//   #include "article_lens.h"
//
//   article_lens::Options options;                 // language "auto", top 10 keywords
//   article_lens::Analysis result = article_lens::analyze(text, options);
//   if (!result.ok()) std::cerr << result.error << '\n';
//   for (const auto& sentence : result.sentences)
//     std::cout << result.slice(text, sentence.span) << '\n';
//   for (const auto& quote : result.quotes)
//     if (quote.speaker >= 0) std::cout << result.speakers[quote.speaker].name << '\n';
//
// Contract:
// - Every position is a UTF-8 byte offset into the caller's text, end exclusive (`Span`). Results are
//   views into that text, never copies, except normalised terms (keywords) and resolved speaker names.
// - Invalid UTF-8 never fails: each invalid byte reads as U+FFFD and keeps its own offset, so spans
//   still map onto the input. `warnings` says how many bytes were replaced.
// - Nothing throws. Bad options (an unknown language code, an oversized input) come back in `error`
//   with every list empty.
// - Linear time in the size of the input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace article_lens {

// A half-open byte range [begin, end) into the analysed text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
  uint32_t size() const { return end > begin ? end - begin : 0; }
};

// Which analyses to run; sentences always run because the others stand on them.
enum AnalysisPart : unsigned {
  kSentences = 1u << 0,
  kQuotes = 1u << 1,
  kKeywords = 1u << 2,
  kAllParts = kSentences | kQuotes | kKeywords,
};

struct KeywordOptions {
  uint32_t top = 10;                     // how many keywords to return
  uint32_t min_count = 1;                // drop terms seen fewer times
  bool stemming = true;                  // group inflected forms (talk/talks)
  bool phrases = true;                   // keep multi-word names and phrases whole
  std::vector<std::string> extra_stopwords;  // user's own words to ignore
};

struct Options {
  std::string language = "auto";         // ISO 639-1 code, or "auto" to detect from the text
  bool hard_wrapped = false;             // join single line breaks (text copied from PDFs)
  bool whole_quotations = false;         // a quoted passage of several sentences stays one sentence
  std::vector<std::string> extra_abbreviations;  // e.g. "Gov." or "approx." (the dot is optional)
  KeywordOptions keywords;
  unsigned parts = kAllParts;            // a mask of AnalysisPart
};

// What a sentence is in the article's structure. Keywords and quotes skip boilerplate and datelines.
enum class SentenceRole : uint8_t {
  kBody,         // running text
  kHeadline,     // the title line at the top
  kDateline,     // "15:14, 12 April", "WASHINGTON (AP) —"
  kByline,       // "By Jane Smith"
  kListItem,     // "- ...", "1. ...", "• ..."
  kBoilerplate,  // "Share on Facebook", "Read more", ...
};

struct Sentence {
  Span span;
  SentenceRole role = SentenceRole::kBody;
};

enum class QuoteKind : uint8_t { kDirect, kIndirect, kScare };
enum class CueTone : uint8_t { kNone, kNeutral, kLoaded };

struct Quote {
  Span span;             // with its quotation marks (for indirect speech: the reported clause)
  Span content;          // without the marks
  QuoteKind kind = QuoteKind::kDirect;
  bool unclosed = false;  // no closing mark: closed at its paragraph's end
  int32_t speaker = -1;  // index into Analysis::speakers, -1 when unknown
  Span speaker_mention;  // the words naming the speaker here ("he", "the head of state"); empty if none
  Span cue;              // the attribution verb or phrase ("said", "according to"); empty if none
  CueTone cue_tone = CueTone::kNone;
};

struct Speaker {
  std::string name;      // the fullest name the text gives ("Aleksandr Lukashenko")
  bool anonymous = false;  // an unnamed source ("a senior official")
  bool described = false;  // a group or body described, not named ("shop owners", "the ministry")
  uint32_t direct_quotes = 0;
  uint32_t indirect_quotes = 0;
  uint32_t quoted_words = 0;  // words inside this speaker's direct quotes
  std::vector<Span> mentions;  // every attributing mention, in text order
  std::vector<std::string> cues;  // the cues used for this speaker, case-folded, in order of first use
  uint32_t loaded_cues = 0;    // quotes of this speaker introduced by a loaded cue ("claimed")
};

struct Keyword {
  std::string term;              // normalised key: the most frequent form, case-folded
  uint32_t count = 0;            // occurrences in the text
  double score = 0;              // ranking value, higher is more salient
  std::vector<std::string> forms;  // forms as written ("Talks" at a sentence start shows as "talks"),
                                   // most frequent first
  std::vector<Span> occurrences;   // every occurrence, in text order
  std::string label;             // what to show: the most frequent form as written ("Security Council")
};

struct Stats {
  uint32_t characters = 0;    // Unicode code points
  uint32_t words = 0;         // word tokens
  uint32_t sentences = 0;
  uint32_t quoted_words = 0;  // word tokens inside direct quotations
  uint32_t direct_quotes = 0;
  uint32_t indirect_quotes = 0;
  uint32_t scare_quotes = 0;
  uint32_t unattributed_quotes = 0;  // direct quotes nobody could be named for
  uint32_t named_sources = 0;        // speakers with a name (people, organisations)
  uint32_t anonymous_sources = 0;    // unnamed sources ("a senior official")
  uint32_t described_sources = 0;    // groups and bodies described, not named ("residents", "the ministry")
  uint32_t neutral_cues = 0;         // quotes introduced by a neutral cue (said, told)
  uint32_t loaded_cues = 0;          // quotes introduced by a loaded cue (claimed, admitted)
};

struct Analysis {
  std::string language;          // the language used (detected when Options::language is "auto")
  bool language_detected = false;
  std::string error;             // empty on success
  std::vector<std::string> warnings;
  std::vector<Sentence> sentences;
  std::vector<Quote> quotes;     // in text order
  std::vector<Speaker> speakers;
  std::vector<Keyword> keywords;  // best first
  Stats stats;

  bool ok() const { return error.empty(); }
  static std::string_view slice(std::string_view text, Span span) {
    if (span.begin > text.size() || span.empty()) return {};
    return text.substr(span.begin, span.size());
  }
};

// Inputs larger than this are refused with an error rather than truncated.
inline constexpr std::size_t kMaxInputBytes = 256u * 1024u * 1024u;

// Analyses `text` (UTF-8; invalid bytes are tolerated, see above).
Analysis analyze(std::string_view text, const Options& options = {});

// Languages with data for each analysis, as ISO 639-1 codes.
std::vector<std::string> supported_languages();

const char* version();

}  // namespace article_lens
