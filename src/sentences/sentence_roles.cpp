#include "sentences/sentence_roles.h"

#include <string>

#include "language/word_set.h"
#include "sentences/dateline.h"
#include "sentences/list_markers.h"
#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"
#include "unicode/word_tokens.h"

namespace article_lens {
namespace {

using unicode::decode_at;
using unicode::decode_before;

// Headlines, datelines and share lines are short; a long line is running text.
constexpr std::size_t kMaxStructureWords = 12;

bool at_line_start(std::string_view text, std::size_t pos) {
  while (pos > 0) {
    const auto cp = decode_before(text, pos);
    if (unicode::is_line_break(cp.value)) return true;
    if (!unicode::is_space(cp.value)) return false;
    pos -= cp.length;
  }
  return true;
}

bool at_line_end(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const auto cp = decode_at(text, pos);
    if (unicode::is_line_break(cp.value)) return true;
    if (!unicode::is_space(cp.value)) return false;
    pos += cp.length;
  }
  return true;
}

bool ends_with_terminal(std::string_view sentence) {
  if (sentence.empty()) return false;
  const char last = sentence.back();
  return last == '.' || last == '!' || last == '?';
}

// "- ", "• ", "1. ", "2) ", "a) ", "(iv) ": the length of the marker with the spaces after it, or 0.
std::size_t list_marker_length(std::string_view sentence) {
  const ListMarker marker = parse_list_marker(sentence, 0, true);
  if (!marker.length) return 0;
  std::size_t end = marker.length;
  while (end < sentence.size() && sentence[end] == ' ') ++end;
  return end;
}

bool has_time_or_month(std::string_view sentence, const std::vector<unicode::WordToken>& tokens, const WordSet& months) {
  for (std::size_t i = 1; i + 1 < sentence.size(); ++i)
    if (sentence[i] == ':' && unicode::is_decimal_digit(static_cast<unsigned char>(sentence[i - 1])) &&
        unicode::is_decimal_digit(static_cast<unsigned char>(sentence[i + 1])))
      return true;
  bool digit = false, month = false;
  for (const auto& token : tokens) {
    const std::string_view word = sentence.substr(token.span.begin, token.span.size());
    if (token.has(unicode::kStartsWithDigit)) digit = true;
    else if (months.contains(word)) month = true;
  }
  return digit && month;
}

bool starts_with_phrase(const std::string& folded, const WordSet& phrases, std::size_t line_words) {
  // Phrases are matched on whole leading words: "share on" matches "share on facebook".
  std::size_t end = 0;
  for (int words = 0; words < 4 && end != std::string::npos; ++words) {
    end = folded.find(' ', end + (words ? 1 : 0));
    const std::string_view lead = std::string_view(folded).substr(0, end);
    if (!phrases.contains_folded(lead)) {
      // "Фото: ТАСС", "Source: Reuters" -- a one-word label ends in its colon.
      if (words == 0 && !lead.empty() && lead.back() == ':' && phrases.contains_folded(lead.substr(0, lead.size() - 1))) return true;
      continue;
    }
    // One word alone is a page's label ("Share", "Print") only on a short line, or before a colon
    // or bar; "Share prices fell on Monday." and "Источник сообщил, что ..." are sentences.
    if (words > 0 || line_words <= 3 || end == std::string::npos) return true;
    const char next = folded[end + 1 < folded.size() ? end + 1 : end];
    if (next == '|' || next == ':') return true;
  }
  return false;
}

}  // namespace

void assign_sentence_roles(std::string_view text, std::string_view language, std::vector<Sentence>& sentences) {
  const WordSet& boilerplate = WordSet::shared("boilerplate", language);
  const WordSet& months = WordSet::shared("months", language);
  const WordSet& byline_words = WordSet::shared("byline_words", language);
  for (std::size_t index = 0; index < sentences.size(); ++index) {
    Sentence& sentence = sentences[index];
    if (!at_line_start(text, sentence.span.begin)) continue;
    if (!at_line_end(text, sentence.span.end)) {
      // "WASHINGTON (AP) —" cut from the front of its paragraph.
      if (dateline_prefix_end(text, sentence.span.begin) == sentence.span.end) sentence.role = SentenceRole::kDateline;
      continue;
    }
    std::string_view line = Analysis::slice(text, sentence.span);
    const std::size_t marker = list_marker_length(line);
    const std::string_view body = line.substr(marker);
    const auto tokens = unicode::tokenize_words(body, Span{0, static_cast<uint32_t>(body.size())}, kMaxStructureWords + 1);
    if (tokens.empty() || tokens.size() > kMaxStructureWords) {
      if (marker) sentence.role = SentenceRole::kListItem;
      continue;
    }
    const std::string folded = unicode::fold_case(body);
    if (starts_with_phrase(folded, boilerplate, tokens.size())) sentence.role = SentenceRole::kBoilerplate;
    else if (marker) sentence.role = SentenceRole::kListItem;
    else if (ends_with_terminal(line)) continue;
    else if (has_time_or_month(body, tokens, months) && tokens.size() <= 6) sentence.role = SentenceRole::kDateline;
    else if (index > 0 && tokens.size() <= 6 && byline_words.contains(body.substr(tokens[0].span.begin, tokens[0].span.size())))
      sentence.role = SentenceRole::kByline;
    else if (index == 0) sentence.role = SentenceRole::kHeadline;
  }
}

}  // namespace article_lens
