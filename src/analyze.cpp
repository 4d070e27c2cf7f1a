// The public entry: runs the analyses over one shared Document.
#include <algorithm>
#include <string>

#include "article_lens.h"
#include "document.h"
#include "keywords/keyword_extractor.h"
#include "language/lang_tables.h"
#include "language/language_detector.h"
#include "quotes/quote_finder.h"
#include "quotes/quote_pairer.h"
#include "sentences/sentence_roles.h"
#include "sentences/sentence_splitter.h"
#include "unicode/utf8.h"
#include "unicode/word_tokens.h"

namespace article_lens {
namespace {

std::string join(const std::vector<std::string>& items) {
  std::string joined;
  for (const auto& item : items) joined += (joined.empty() ? "" : ", ") + item;
  return joined;
}

uint32_t count_code_points(std::string_view text) {
  uint32_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) i += unicode::decode_at(text, i).length;
  return count;
}

uint32_t count_words_inside(const std::vector<unicode::WordToken>& tokens, const std::vector<Quote>& quotes) {
  uint32_t words = 0;
  std::size_t k = 0;
  for (const Quote& quote : quotes) {  // quotes are in text order and do not overlap
    if (quote.kind != QuoteKind::kDirect) continue;
    while (k < tokens.size() && tokens[k].span.begin < quote.content.begin) ++k;
    for (; k < tokens.size() && tokens[k].span.end <= quote.content.end; ++k) ++words;
  }
  return words;
}

// The quoted passages a sentence may not end inside, when the caller keeps quotations whole: the
// outermost quotes that close within their paragraph (an unclosed or multi-paragraph quote would
// otherwise join sentences the reader sees apart).
std::vector<Span> whole_passages(const std::vector<MarkedSpan>& paired) {
  std::vector<Span> passages;
  for (const MarkedSpan& quote : paired)
    if (quote.depth == 0 && !quote.unclosed && !quote.continued) passages.push_back(quote.span);
  return passages;
}

}  // namespace

const char* version() { return "0.1.0"; }

std::vector<std::string> supported_languages() {
  std::vector<std::string> languages;
  for (const auto& table : lang_data::all_tables())
    if (table.lang != "any") languages.emplace_back(table.lang);
  std::sort(languages.begin(), languages.end());
  languages.erase(std::unique(languages.begin(), languages.end()), languages.end());
  return languages;
}

Analysis analyze(std::string_view text, const Options& options) {
  Analysis result;
  if (text.size() > kMaxInputBytes) {
    result.error = "the text is " + std::to_string(text.size() / (1024 * 1024)) +
                   " MiB; the limit is " + std::to_string(kMaxInputBytes / (1024 * 1024)) +
                   " MiB (nothing was analysed rather than cut short)";
    return result;
  }
  static const std::vector<std::string> languages = supported_languages();  // the tables never change
  if (options.language.empty() || options.language == "auto") {
    result.language = detect_language(text);
    result.language_detected = true;
  } else if (std::find(languages.begin(), languages.end(), options.language) != languages.end()) {
    result.language = options.language;
  } else {
    result.error = "unsupported language '" + options.language + "'; use auto or one of: " + join(languages);
    return result;
  }
  if (const std::size_t invalid = unicode::count_invalid_bytes(text))
    result.warnings.push_back("the text is not valid UTF-8: " + std::to_string(invalid) +
                              " byte(s) read as U+FFFD");

  Document document;
  document.text = text;
  document.language = result.language;
  document.tokens = unicode::tokenize_words(text);
  SentenceSplitterOptions sentence_options;
  sentence_options.hard_wrapped = options.hard_wrapped;
  sentence_options.extra_abbreviations = options.extra_abbreviations;
  // Paired once here when the sentences need them; the quotes reuse them.
  const std::vector<MarkedSpan> paired =
      options.whole_quotations ? QuotePairer(result.language).pair(text) : std::vector<MarkedSpan>{};
  document.sentences = SentenceSplitter(result.language, sentence_options).split(text, whole_passages(paired));
  assign_sentence_roles(text, result.language, document.sentences);

  if (options.parts & kQuotes) {
    const QuoteFinder finder(result.language);
    QuoteFindings found = options.whole_quotations ? finder.find(document, paired) : finder.find(document);
    result.quotes = std::move(found.quotes);
    result.speakers = std::move(found.speakers);
    result.stats.direct_quotes = found.figures.direct_quotes;
    result.stats.indirect_quotes = found.figures.indirect_quotes;
    result.stats.scare_quotes = found.figures.scare_quotes;
    result.stats.unattributed_quotes = found.figures.unattributed_quotes;
    result.stats.named_sources = found.figures.named_sources;
    result.stats.anonymous_sources = found.figures.anonymous_sources;
    result.stats.described_sources = found.figures.described_sources;
    result.stats.neutral_cues = found.figures.neutral_cues;
    result.stats.loaded_cues = found.figures.loaded_cues;
  }
  if (options.parts & kKeywords) result.keywords = KeywordExtractor(result.language, options.keywords).extract(document);

  result.stats.characters = count_code_points(text);
  result.stats.words = static_cast<uint32_t>(document.tokens.size());
  result.stats.sentences = static_cast<uint32_t>(document.sentences.size());
  result.stats.quoted_words = count_words_inside(document.tokens, result.quotes);
  result.sentences = std::move(document.sentences);
  return result;
}

}  // namespace article_lens
