#include "sentences/sentence_splitter.h"

#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::decode_at;
using unicode::decode_before;

bool is_terminal(char32_t cp) {
  switch (cp) {
    case '.': case '!': case '?': case 0x2026:            // … 
    case 0x203C: case 0x2047: case 0x2048: case 0x2049:  // ‼ ⁇ ⁈ ⁉
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61:  // 。！？｡
    case 0x061F: case 0x06D4: case 0x0964: case 0x0965:  // ؟ ۔ । ॥
    case 0x0589:                                         // ։
      return true;
    default:
      return false;
  }
}

// Full-width terminals end a sentence even with no space after them.
bool ends_without_space(char32_t cp) {
  return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF61;
}

bool is_closer(char32_t cp) {
  return cp == '"' || cp == '\'' || unicode::is_closing_punctuation(cp);
}

// Where a sentence that ends before `end` really ends: without trailing spaces.
std::size_t trim_end(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin) {
    const auto cp = decode_before(text, end);
    if (!unicode::is_space(cp.value)) break;
    end -= cp.length;
  }
  return end;
}

// The line break at `pos` is followed by only spaces up to the next line break (or the end).
bool next_line_is_blank(std::string_view text, std::size_t pos) {
  for (std::size_t i = pos; i < text.size();) {
    const auto cp = decode_at(text, i);
    if (unicode::is_line_break(cp.value)) return true;
    if (!unicode::is_space(cp.value)) return false;
    i += cp.length;
  }
  return true;
}

}  // namespace

SentenceSplitter::SentenceSplitter(std::string_view language, const SentenceSplitterOptions& options)
    : options_(options), abbreviations_(WordSet::shared("abbreviations", language)) {
  for (const std::string& extra : options_.extra_abbreviations) {
    if (extra.empty()) continue;
    abbreviations_.add(extra.back() == '.' ? extra : extra + ".");
  }
}

bool SentenceSplitter::is_abbreviation(std::string_view text, std::size_t period) const {
  // The word before the period, including inner periods (a.m., U.S.).
  std::size_t begin = period;
  std::size_t letters = 0;
  while (begin > 0) {
    const auto cp = decode_before(text, begin);
    if (unicode::is_letter(cp.value) || unicode::is_mark(cp.value)) ++letters;
    else if (cp.value != '.') break;
    begin -= cp.length;
  }
  if (letters == 0) return false;
  if (letters == 1) return true;  // an initial: "J. Smith", "A. Lukashenko"
  std::string word = unicode::fold_case(text.substr(begin, period + 1 - begin));
  return abbreviations_.contains_folded(word);
}

bool SentenceSplitter::ends_sentence(std::string_view text, std::size_t mark, std::size_t after) const {
  if (after >= text.size()) return true;
  const auto next = decode_at(text, after);
  const auto terminal = decode_at(text, mark);
  if (!unicode::is_space(next.value)) return ends_without_space(terminal.value);
  std::size_t i = after;
  while (i < text.size()) {
    const auto cp = decode_at(text, i);
    if (unicode::is_line_break(cp.value)) return true;
    if (!unicode::is_space(cp.value)) break;
    i += cp.length;
  }
  if (i >= text.size()) return true;
  const auto first = decode_at(text, i);
  if (unicode::is_lower(first.value)) return false;
  const bool single_period = terminal.value == '.' && (mark + 1 >= text.size() || text[mark + 1] != '.');
  if (single_period && is_abbreviation(text, mark)) return false;
  return true;
}

std::vector<Sentence> SentenceSplitter::split(std::string_view text) const {
  std::vector<Sentence> sentences;
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t start = kNone;
  auto close = [&](std::size_t end) {
    if (start == kNone) return;
    end = trim_end(text, start, end);
    if (end > start) sentences.push_back({Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)}});
    start = kNone;
  };

  for (std::size_t i = 0; i < text.size();) {
    const auto cp = decode_at(text, i);
    if (unicode::is_line_break(cp.value)) {
      const std::size_t next = i + cp.length;
      if (!options_.hard_wrapped || next_line_is_blank(text, next)) close(i);
      i = next;
      continue;
    }
    if (start == kNone && !unicode::is_space(cp.value)) start = i;
    if (!is_terminal(cp.value)) {
      i += cp.length;
      continue;
    }
    std::size_t after = i + cp.length;
    while (after < text.size()) {  // "?!", "...", then closing quotes and brackets
      const auto more = decode_at(text, after);
      if (!is_terminal(more.value) && !is_closer(more.value)) break;
      after += more.length;
    }
    if (ends_sentence(text, i, after)) close(after);
    i = after;
  }
  close(text.size());
  return sentences;
}

}  // namespace article_lens
