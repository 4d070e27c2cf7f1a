// Embind bindings: the only file that knows about Emscripten. It converts the JS options object to
// Options, runs the core, and returns the result as JSON with UTF-16 offsets (src/result_json.h).
// Nothing throws across the boundary: errors come back inside the JSON.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "article_lens.h"
#include "result_json.h"

namespace {

using emscripten::val;

bool has(const val& object, const char* key) {
  return object.hasOwnProperty(key) && !object[key].isUndefined() && !object[key].isNull();
}

std::vector<std::string> strings(const val& array) {
  std::vector<std::string> out;
  const auto length = array["length"].as<unsigned>();
  for (unsigned i = 0; i < length; ++i) out.push_back(array[i].as<std::string>());
  return out;
}

// wasm/index.js has already checked the types; this only copies.
article_lens::Options to_options(const val& js) {
  article_lens::Options options;
  if (js.isUndefined() || js.isNull()) return options;
  if (has(js, "language")) options.language = js["language"].as<std::string>();
  if (has(js, "hardWrap")) options.hard_wrapped = js["hardWrap"].as<bool>();
  if (has(js, "wholeQuotations")) options.whole_quotations = js["wholeQuotations"].as<bool>();
  if (has(js, "abbreviations")) options.extra_abbreviations = strings(js["abbreviations"]);
  if (has(js, "parts")) options.parts = js["parts"].as<unsigned>();
  if (has(js, "keywords")) {
    const val keywords = js["keywords"];
    if (has(keywords, "top")) options.keywords.top = keywords["top"].as<unsigned>();
    if (has(keywords, "minCount")) options.keywords.min_count = keywords["minCount"].as<unsigned>();
    if (has(keywords, "stemming")) options.keywords.stemming = keywords["stemming"].as<bool>();
    if (has(keywords, "phrases")) options.keywords.phrases = keywords["phrases"].as<bool>();
    if (has(keywords, "stopwords")) options.keywords.extra_stopwords = strings(keywords["stopwords"]);
  }
  return options;
}

// `utf8` points at `length` bytes that wasm/index.js wrote into this module's memory with
// TextEncoder.encodeInto: no intermediate copy of the text (Embind copies strings byte by byte).
std::string analyze_buffer_to_json(uintptr_t utf8, std::size_t length, const val& options) {
  const std::string_view text(reinterpret_cast<const char*>(utf8), length);
  return article_lens::to_json(text, article_lens::analyze(text, to_options(options)));
}

std::string supported_languages() {
  std::string joined;
  for (const auto& lang : article_lens::supported_languages()) joined += (joined.empty() ? "" : ",") + lang;
  return joined;
}

std::string version() { return article_lens::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(article_lens) {
  emscripten::function("analyzeBufferToJson", &analyze_buffer_to_json);
  emscripten::function("supportedLanguages", &supported_languages);
  emscripten::function("version", &version);
}
