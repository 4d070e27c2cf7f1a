#include "result_json.h"

#include <cmath>
#include <cstdio>
#include <utility>

#include "unicode/utf16_offsets.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// Writes JSON values in order; separators come from `need_comma_`, so callers never place commas.
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void string(std::string_view value) {
    separate();
    raw_string(value);
    need_comma_ = true;
  }
  void number(double value) {
    if (!std::isfinite(value)) value = 0;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    separate();
    out_ += buffer;
    need_comma_ = true;
  }
  void number(uint64_t value) {
    separate();
    out_ += std::to_string(value);
    need_comma_ = true;
  }
  void boolean(bool value) {
    separate();
    out_ += value ? "true" : "false";
    need_comma_ = true;
  }
  void null() {
    separate();
    out_ += "null";
    need_comma_ = true;
  }
  void key(std::string_view name) {
    separate();
    raw_string(name);
    out_.push_back(':');
    need_comma_ = false;
  }
  void begin(char bracket) {
    separate();
    out_.push_back(bracket);
    need_comma_ = false;
  }
  void end(char bracket) {
    out_.push_back(bracket);
    need_comma_ = true;
  }

 private:
  void separate() {
    if (need_comma_) out_.push_back(',');
  }
  void raw_string(std::string_view value) {
    out_.push_back('"');
    for (std::size_t i = 0; i < value.size();) {
      const auto cp = unicode::decode_at(value, i);
      if (!cp.valid) out_ += "\\ufffd";
      else if (cp.value == '"') out_ += "\\\"";
      else if (cp.value == '\\') out_ += "\\\\";
      else if (cp.value < 0x20) {
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(cp.value));
        out_ += escaped;
      } else out_.append(value.substr(i, cp.length));
      i += cp.length;
    }
    out_.push_back('"');
  }

  std::string& out_;
  bool need_comma_ = false;
};

const char* kind_name(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kIndirect: return "indirect";
    case QuoteKind::kScare: return "scare";
    default: return "direct";
  }
}

const char* role_name(SentenceRole role) {
  switch (role) {
    case SentenceRole::kHeadline: return "headline";
    case SentenceRole::kDateline: return "dateline";
    case SentenceRole::kByline: return "byline";
    case SentenceRole::kListItem: return "list-item";
    case SentenceRole::kBoilerplate: return "boilerplate";
    default: return "body";
  }
}

const char* tone_name(CueTone tone) {
  switch (tone) {
    case CueTone::kLoaded: return "loaded";
    case CueTone::kNeutral: return "neutral";
    default: return nullptr;
  }
}

}  // namespace

std::string to_json(std::string_view text, const Analysis& analysis) {
  const unicode::Utf16Offsets utf16(text);
  std::string out;
  out.reserve(256 + analysis.sentences.size() * 32 + analysis.quotes.size() * 256);
  JsonWriter json(out);
  auto offset = [&](std::string_view name, uint32_t byte) {
    json.key(name);
    json.number(static_cast<uint64_t>(utf16.at(byte)));
  };
  auto optional_span = [&](std::string_view start, std::string_view end, Span span) {
    json.key(start);
    if (span.empty()) json.null(); else json.number(static_cast<uint64_t>(utf16.at(span.begin)));
    json.key(end);
    if (span.empty()) json.null(); else json.number(static_cast<uint64_t>(utf16.at(span.end)));
  };

  json.begin('{');
  json.key("version");
  json.string(version());
  json.key("language");
  json.string(analysis.language);
  json.key("languageDetected");
  json.boolean(analysis.language_detected);
  json.key("error");
  if (analysis.ok()) json.null(); else json.string(analysis.error);
  json.key("warnings");
  json.begin('[');
  for (const auto& warning : analysis.warnings) { json.string(warning); }
  json.end(']');

  json.key("sentences");
  json.begin('[');
  for (const auto& sentence : analysis.sentences) {
    json.begin('{');
    offset("start", sentence.span.begin);
    offset("end", sentence.span.end);
    json.key("role");
    json.string(role_name(sentence.role));
    json.end('}');
  }
  json.end(']');

  json.key("quotes");
  json.begin('[');
  for (const auto& quote : analysis.quotes) {
    json.begin('{');
    offset("start", quote.span.begin);
    offset("end", quote.span.end);
    offset("contentStart", quote.content.begin);
    offset("contentEnd", quote.content.end);
    json.key("kind");
    json.string(kind_name(quote.kind));
    json.key("unclosed");
    json.boolean(quote.unclosed);
    json.key("speaker");
    if (quote.speaker >= 0) json.string(analysis.speakers[static_cast<std::size_t>(quote.speaker)].name); else json.null();
    json.key("speakerIndex");
    if (quote.speaker >= 0) json.number(static_cast<uint64_t>(quote.speaker)); else json.null();
    optional_span("speakerMentionStart", "speakerMentionEnd", quote.speaker_mention);
    optional_span("cueStart", "cueEnd", quote.cue);
    json.key("cueTone");
    if (const char* tone = tone_name(quote.cue_tone)) json.string(tone); else json.null();
    json.end('}');
  }
  json.end(']');

  uint64_t all_quoted_words = 0;
  for (const auto& speaker : analysis.speakers) all_quoted_words += speaker.quoted_words;
  json.key("speakers");
  json.begin('[');
  for (const auto& speaker : analysis.speakers) {
    json.begin('{');
    json.key("name");
    json.string(speaker.name);
    json.key("anonymous");
    json.boolean(speaker.anonymous);
    json.key("described");
    json.boolean(speaker.described);
    json.key("quotes");
    json.number(static_cast<uint64_t>(speaker.direct_quotes + speaker.indirect_quotes));
    json.key("directQuotes");
    json.number(static_cast<uint64_t>(speaker.direct_quotes));
    json.key("indirectQuotes");
    json.number(static_cast<uint64_t>(speaker.indirect_quotes));
    json.key("words");
    json.number(static_cast<uint64_t>(speaker.quoted_words));
    json.key("share");
    json.number(all_quoted_words ? static_cast<double>(speaker.quoted_words) / static_cast<double>(all_quoted_words) : 0.0);
    json.key("mentions");
    json.begin('[');
    for (const Span& mention : speaker.mentions) {
      json.begin('[');
      json.number(static_cast<uint64_t>(utf16.at(mention.begin)));
      json.number(static_cast<uint64_t>(utf16.at(mention.end)));
      json.end(']');
    }
    json.end(']');
    json.key("cues");
    json.begin('[');
    for (const auto& cue : speaker.cues) { json.string(cue); }
    json.end(']');
    json.key("loadedCues");
    json.number(static_cast<uint64_t>(speaker.loaded_cues));
    json.end('}');
  }
  json.end(']');

  json.key("keywords");
  json.begin('[');
  for (const auto& keyword : analysis.keywords) {
    json.begin('{');
    json.key("term");
    json.string(keyword.term);
    json.key("label");
    json.string(keyword.label);
    json.key("count");
    json.number(static_cast<uint64_t>(keyword.count));
    json.key("score");
    json.number(keyword.score);
    json.key("forms");
    json.begin('[');
    for (const auto& form : keyword.forms) { json.string(form); }
    json.end(']');
    json.key("occurrences");
    json.begin('[');
    for (const Span& occurrence : keyword.occurrences) {
      json.begin('[');
      json.number(static_cast<uint64_t>(utf16.at(occurrence.begin)));
      json.number(static_cast<uint64_t>(utf16.at(occurrence.end)));
      json.end(']');
    }
    json.end(']');
    json.end('}');
  }
  json.end(']');

  json.key("stats");
  json.begin('{');
  json.key("characters");
  json.number(static_cast<uint64_t>(analysis.stats.characters));
  json.key("utf16Length");
  json.number(static_cast<uint64_t>(utf16.total_units()));
  json.key("words");
  json.number(static_cast<uint64_t>(analysis.stats.words));
  json.key("sentences");
  json.number(static_cast<uint64_t>(analysis.stats.sentences));
  json.key("quotedWords");
  json.number(static_cast<uint64_t>(analysis.stats.quoted_words));
  json.key("quotedShare");
  json.number(analysis.stats.words ? static_cast<double>(analysis.stats.quoted_words) / analysis.stats.words : 0.0);
  const std::pair<const char*, uint32_t> quote_figures[] = {
      {"directQuotes", analysis.stats.direct_quotes},         {"indirectQuotes", analysis.stats.indirect_quotes},
      {"scareQuotes", analysis.stats.scare_quotes},           {"unattributedQuotes", analysis.stats.unattributed_quotes},
      {"namedSources", analysis.stats.named_sources},         {"anonymousSources", analysis.stats.anonymous_sources},
      {"neutralCues", analysis.stats.neutral_cues},           {"loadedCues", analysis.stats.loaded_cues},
      {"describedSources", analysis.stats.described_sources}};
  for (const auto& [name, value] : quote_figures) {
    json.key(name);
    json.number(static_cast<uint64_t>(value));
  }
  json.end('}');
  json.end('}');
  return out;
}

}  // namespace article_lens
