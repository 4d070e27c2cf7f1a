#include "sentences/sentence_splitter.h"

#include "sentences/boundary_judge.h"
#include "sentences/bracket_pairs.h"
#include "sentences/dateline.h"
#include "sentences/list_markers.h"
#include "sentences/text_marks.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::decode_at;
using unicode::decode_before;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxOpenBrackets = 16;

// The line break at `pos` is followed by only spaces up to the next line break: a blank line.
bool blank_line_follows(std::string_view text, std::size_t pos) {
  for (std::size_t i = pos; i < text.size();) {
    const auto cp = decode_at(text, i);
    if (unicode::is_line_break(cp.value)) return true;
    if (!unicode::is_space(cp.value)) return false;
    i += cp.length;
  }
  return true;
}

// Chat-style text without capitals ("i think so. then we left."): fewer than 1 in 100 cased letters
// of the first kLowerCaseSample bytes are capitals, and there are enough of them to tell.
constexpr std::size_t kLowerCaseSample = 4096;
bool writes_without_capitals(std::string_view text) {
  std::size_t upper = 0, lower = 0;
  for (std::size_t i = 0; i < text.size() && i < kLowerCaseSample;) {
    const auto cp = decode_at(text, i);
    if (unicode::is_upper(cp.value)) ++upper;
    else if (unicode::is_lower(cp.value)) ++lower;
    i += cp.length;
  }
  return lower >= 200 && upper * 100 < lower + upper;
}

// One pass of the splitter over one text.
class Scan {
 public:
  Scan(std::string_view text, const SentenceRules& rules, const BoundaryJudge& judge, bool hard_wrapped,
       const std::vector<Span>& whole_passages)
      : text_(text), rules_(rules), judge_(judge), hard_wrapped_(hard_wrapped),
        lower_case_text_(writes_without_capitals(text)), brackets_(match_brackets(text)),
        whole_passages_(whole_passages) {}

  std::vector<Sentence> run() {
    std::size_t i = 0;
    while (i < text_.size()) {
      if (cut_at_ != kNone && i >= cut_at_) {  // after a dateline's dash
        close(cut_at_);
        cut_at_ = kNone;
      }
      while (!open_brackets_.empty() && open_brackets_.back().close < i) open_brackets_.pop_back();
      const auto cp = decode_at(text_, i);
      const char32_t c = cp.value;
      if (c == ' ' || c == '\t') {  // most characters are letters and spaces: take them quickly
        ++i;
        continue;
      }
      const bool plain = c > ' ' && c < 128;  // printable ASCII: no line break, space or invisible mark
      if (!plain && unicode::is_line_break(c)) {
        i = line_break(i, cp.length);
        continue;
      }
      if (!plain && (unicode::is_space(c) || is_invisible(c))) {
        i += cp.length;
        continue;
      }
      if (start_ == kNone) begin_sentence(i);
      else if (starts_next_item(i, c)) {
        close(i);
        begin_sentence(i);
      }
      line_has_text_ = true;
      if (c == '(' || c == '[' || c == '{' || (c >= 128 && is_opening_bracket(c))) note_bracket(i);
      if (c < 128 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9')
                  : unicode::is_letter(c) || unicode::is_number(c))
        has_content_ = has_word_ = true;
      if (i < skip_until_ || !rules_.is_terminal(c) || decimal_point(i, c)) {
        i += cp.length;
        continue;
      }
      i = terminal(i);
    }
    close(text_.size());
    return std::move(sentences_);
  }

 private:
  struct OpenBracket {
    std::size_t close;
    bool opens_sentence;  // "(Dinah was the cat.)" is a sentence of its own
  };

  void begin_sentence(std::size_t i) {
    start_ = i;
    has_content_ = false;
    expected_ = ListMarker{};
    skip_until_ = 0;
    const bool line_start = !line_has_text_;
    ListMarker marker = parse_list_marker(text_, i, line_start);
    std::size_t marker_end = i + marker.length;
    if (marker.kind == ListMarker::kBullet) {  // "• 9. Stop smoking": a bullet, then maybe a number
      std::size_t j = marker_end;
      while (j < text_.size() && text_[j] == ' ') ++j;
      const ListMarker inner = parse_list_marker(text_, j, false);
      if (inner.length && inner.kind != ListMarker::kBullet) marker_end = j + inner.length;
    }
    if (marker.length) {
      expected_ = marker;
      skip_until_ = marker_end;  // the marker's period is not a full stop
    } else if (line_start) {
      const std::size_t dateline = dateline_prefix_end(text_, i);
      if (dateline) cut_at_ = dateline;
    }
  }

  // Mid-sentence: a bullet after a space ("• one • two"), or the next item of the list this sentence
  // opened ("1. The first item 2. The second item").
  bool starts_next_item(std::size_t i, char32_t c) const {
    if (expected_.kind == ListMarker::kNone && !is_bullet(c)) return false;  // the common case, first
    if (i == start_ || i == 0 || !unicode::is_space(decode_before(text_, i).value)) return false;
    if (is_bullet(c)) return has_content_;
    if (expected_.kind == ListMarker::kNone) return false;
    const ListMarker marker = parse_list_marker(text_, i, false);
    if (!marker.length) return false;
    if (follows(expected_, marker)) return true;
    // A new list right after an item: "2.) The second item 1.) The first item", "⁃10. Item a. Item".
    const bool restart = marker.value == 1 || (marker.kind == ListMarker::kLetter && marker.value == 'a');
    if (!restart || !has_content_) return false;
    if (marker.style != ListMarker::kPeriod) return true;
    std::size_t j = i + marker.length;
    while (j < text_.size() && text_[j] == ' ') ++j;
    return j < text_.size() && unicode::is_upper(decode_at(text_, j).value);
  }

  void note_bracket(std::size_t i) {
    while (next_bracket_ < brackets_.size() && brackets_[next_bracket_].open < i) ++next_bracket_;
    if (next_bracket_ >= brackets_.size() || brackets_[next_bracket_].open != i) return;
    if (open_brackets_.size() < kMaxOpenBrackets)
      open_brackets_.push_back({brackets_[next_bracket_].close, !has_content_});
    ++next_bracket_;
  }

  // "3.5", "３．２９": a point between digits.
  bool decimal_point(std::size_t i, char32_t c) const {
    if (c != '.' && c != 0xFF0E) return false;
    const std::size_t after_pos = i + (c == '.' ? 1 : 3);
    if (i == 0 || after_pos >= text_.size()) return false;
    const auto after = decode_at(text_, after_pos);
    return unicode::is_decimal_digit(decode_before(text_, i).value) && unicode::is_decimal_digit(after.value);
  }

  // "Chapter 2 ........ 16-17" (a table of contents): the dots and the page number are no part of
  // the sentence. Returns the end of the line when a leader starts at `i`, else 0.
  std::size_t dot_leader_end(std::size_t i) const {
    std::size_t j = i, dots = 0;
    while (j < text_.size() && text_[j] == '.') ++j, ++dots;
    if (dots < 4) return 0;
    while (j < text_.size() && text_[j] == ' ') ++j;
    const std::size_t number = j;
    while (j < text_.size() && ((text_[j] >= '0' && text_[j] <= '9') || text_[j] == '-')) ++j;
    if (j == number) return 0;
    while (j < text_.size() && (text_[j] == ' ' || text_[j] == '\t')) ++j;
    return j >= text_.size() || text_[j] == '\n' || text_[j] == '\r' ? j : 0;
  }

  std::size_t terminal(std::size_t i) {
    if (has_content_) {
      const std::size_t leader = text_[i] == '.' ? i : i + 1;  // "Score?......... 9" keeps its "?"
      if (const std::size_t line_end = dot_leader_end(leader)) {
        close(leader);
        return line_end;
      }
    }
    const TerminalRun run = judge_.read_terminal_run(text_, i);
    if (!has_content_) return run.end;  // "...and then", "¡" : marks before the first word
    if (inside_whole_passage(i, run.end)) return run.end;
    if (!open_brackets_.empty() && open_brackets_.back().close >= i) {
      // Inside a bracket: only a bracket that opened the sentence may end it, right at its closing mark.
      const OpenBracket& bracket = open_brackets_.back();
      if (!bracket.opens_sentence || bracket.close >= run.end || bracket.close < run.marks_end) return run.marks_end;
    }
    SentenceContext context;
    context.start = start_;
    context.expected_marker = expected_;
    context.lower_case_text = lower_case_text_;
    if (judge_.ends_sentence(text_, run, context)) close(run.end);
    return run.end;
  }

  // Whether the marks from `i` to `run_end` stand inside a passage kept whole, short of its end.
  bool inside_whole_passage(std::size_t i, std::size_t run_end) {
    while (next_passage_ < whole_passages_.size() && whole_passages_[next_passage_].end <= i) ++next_passage_;
    if (next_passage_ >= whole_passages_.size()) return false;
    const Span& passage = whole_passages_[next_passage_];
    return passage.begin < i && passage.end > run_end;
  }

  std::size_t line_break(std::size_t i, std::size_t length) {
    std::size_t next = i + length;
    if (text_[i] == '\r' && next < text_.size() && text_[next] == '\n') ++next;
    if (start_ != kNone) {
      if (blank_line_follows(text_, next) || !judge_.line_continues(text_, line_start_, i, next, hard_wrapped_))
        close(i);
    }
    line_start_ = next;
    line_has_text_ = false;
    return next;
  }

  void close(std::size_t end) {
    if (start_ == kNone) return;
    while (end > start_) {
      const auto cp = decode_before(text_, end);
      if (!unicode::is_space(cp.value) && !is_invisible(cp.value)) break;
      end -= cp.length;
    }
    // A run of marks with no letter or digit ("______", "* * *") is a separator, not a sentence.
    if (end > start_ && has_word_)
      sentences_.push_back({Span{static_cast<uint32_t>(start_), static_cast<uint32_t>(end)}});
    start_ = kNone;
    has_content_ = false;
    has_word_ = false;
    skip_until_ = 0;
  }

  std::string_view text_;
  const SentenceRules& rules_;
  const BoundaryJudge& judge_;
  const bool hard_wrapped_;
  const bool lower_case_text_;
  const std::vector<BracketPair> brackets_;
  std::size_t next_bracket_ = 0;
  const std::vector<Span>& whole_passages_;
  std::size_t next_passage_ = 0;
  std::vector<OpenBracket> open_brackets_;
  std::vector<Sentence> sentences_;
  std::size_t start_ = kNone;
  std::size_t line_start_ = 0;
  std::size_t skip_until_ = 0;
  std::size_t cut_at_ = kNone;
  bool has_content_ = false;  // a letter or digit since the sentence (or its list marker) began
  bool has_word_ = false;     // a letter or digit anywhere in the sentence
  bool line_has_text_ = false;  // a non-space character since the last line break
  ListMarker expected_;
};

}  // namespace

SentenceSplitter::SentenceSplitter(std::string_view language, const SentenceSplitterOptions& options)
    : options_(options), rules_(SentenceRules::shared(language)) {
  for (const std::string& extra : options_.extra_abbreviations) {
    std::string entry = extra;
    while (!entry.empty() && (entry.back() == ' ' || entry.back() == '.')) entry.pop_back();
    if (!entry.empty()) user_abbreviations_.add(entry + ".");
  }
  user_abbreviations_.contains_folded("");  // sort once, before any concurrent use
}

std::vector<Sentence> SentenceSplitter::split(std::string_view text, const std::vector<Span>& whole_passages) const {
  const BoundaryJudge judge(rules_, user_abbreviations_);
  return Scan(text, rules_, judge, options_.hard_wrapped, whole_passages).run();
}

}  // namespace article_lens
