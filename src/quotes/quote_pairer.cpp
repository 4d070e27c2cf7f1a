#include "quotes/quote_pairer.h"

#include <algorithm>
#include <string>

#include "quotes/quote_marks.h"
#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::decode_at;
using unicode::decode_before;

constexpr char32_t kNothing = 0;
// Longest elided word looked up after an apostrophe ('tis, 'cause, 'round).
constexpr std::size_t kMaxElisionBytes = 16;

bool is_guillemet(char32_t cp) { return cp == 0xAB || cp == 0xBB || cp == 0x2039 || cp == 0x203A; }
bool is_apostrophe_like(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == '`' || cp == 0x02BC;
}

// Families of marks whose closing role is ambiguous; a later surplus of closers in the paragraph
// tells an apostrophe or inch mark from a real closing mark.
enum Family : int8_t { kNoFamily = -1, kStraightDouble, kStraightSingle, kCurlySingle, kDoubledSingle, kFamilies };

// A run of one repeated mark character ('' or ``, or a single “).
struct Run {
  uint32_t begin = 0;
  uint32_t end = 0;
  char32_t cp = 0;
  uint32_t count = 0;
  char32_t before = kNothing;
  char32_t after = kNothing;
  bool can_open = false;
  bool can_close = false;
  bool inside_word = false;
  bool elision_after = false;  // an elided word or a number follows ('tis, ’90s)
  bool glued = false;          // a double mark with no space on either side (said,“Look / about"joint)
  int32_t surplus = 0;         // closers minus openers of its family later in its paragraph
  bool double_mark_later = false;  // a straight or curly double mark follows in its paragraph
};

// Chinese and Japanese write no spaces: an ideograph, a kana or their full-width punctuation
// ("王毅表示：“…”他还说") stands beside a mark where other scripts put a space.
bool unspaced_neighbour(char32_t cp) {
  constexpr char32_t kCjkPunctuationFirst = 0x3000, kCjkPunctuationLast = 0x303F;
  constexpr char32_t kFullWidthFirst = 0xFF01, kFullWidthLast = 0xFF60;
  return unicode::is_ideograph_or_kana(cp) || (cp >= kCjkPunctuationFirst && cp <= kCjkPunctuationLast) ||
         (cp >= kFullWidthFirst && cp <= kFullWidthLast && unicode::is_punctuation(cp));
}

// An opening mark stands before text: after nothing, a space, an opening bracket, a dash or another
// mark; not before a space (guillemets excepted: « Bonjour »).
bool can_open(const QuoteMarks& marks, char32_t before, char32_t mark, char32_t after) {
  // Marks that only ever open (「 『 „ ‚) need no space before them: Chinese and Japanese use none.
  if (marks.only_opens(mark)) return after != kNothing && !unicode::is_space(after);
  const bool before_ok = before == kNothing || unicode::is_space(before) || unicode::is_opening_punctuation(before) ||
                         unspaced_neighbour(before) ||
                         unicode::is_dash(before) || marks.is_mark_character(before) || before == '/' ||
                         before == ':' || before == '>' || before == '*' || before == '|';
  if (!before_ok || after == kNothing) return false;
  return !unicode::is_space(after) || is_guillemet(mark);
}

// A closing mark follows text (not a space) and is not followed by a letter or digit.
bool can_close(const QuoteMarks& marks, char32_t before, char32_t mark, char32_t after) {
  if (before == kNothing) return false;
  if (marks.only_closes(mark)) return !unicode::is_space(before);  // 」 』 before any character
  if (unicode::is_space(before) && !is_guillemet(mark)) return false;
  // "“... so do voters!”After his rally": a curly closing mark after the end of a sentence or
  // clause still closes when the space after it was lost.
  if (mark == 0x201D && (before == '.' || before == '!' || before == '?' || before == ',') && unicode::is_upper(after))
    return true;
  return after == kNothing || !unicode::is_word_char(after) || unspaced_neighbour(after);
}

bool sentence_punctuation(char32_t cp) {
  return cp == ',' || cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ':';
}

// Web copy loses the space on one side of a double mark: `said,“Look`, `about"joint operations"`,
// `lies,"he said`. Such a mark can neither open nor close by the rules above; it closes a quote
// still open after a clause's punctuation, and otherwise opens one (see read_run).
bool glued_mark(const Run& run) {
  if (run.count != 1 || run.can_open || run.can_close) return false;
  if (run.cp != '"' && run.cp != 0x201C && run.cp != 0x201D) return false;
  return unicode::is_letter(run.after) && (unicode::is_letter(run.before) || sentence_punctuation(run.before));
}

Family family_of(const Run& run) {
  if (run.cp == '"') return kStraightDouble;
  if (run.cp == '\'') return run.count >= 2 ? kDoubledSingle : kStraightSingle;
  if (run.cp == 0x2018 || run.cp == 0x2019) return kCurlySingle;
  return kNoFamily;
}

// +1 for a run that can only close, -1 for one that can only open, within its family.
int vote(const Run& run) {
  if (run.inside_word || (run.elision_after && run.count == 1)) return 0;
  if (run.cp == 0x2019) return run.can_close ? 1 : 0;
  if (run.cp == 0x2018) return run.can_open ? -1 : 0;
  if (run.can_close && !run.can_open) return 1;
  if (run.can_open && !run.can_close) return -1;
  return 0;
}

// A mark right after a letter (players') or a digit (6.1") may be an apostrophe or inch mark.
bool ambiguous_closer(const Run& run) {
  if (run.count != 1) return false;
  if ((run.cp == '\'' || run.cp == 0x2019) && unicode::is_letter(run.before)) return true;
  return (run.cp == '"' || run.cp == '\'') && unicode::is_decimal_digit(run.before);
}

class Pairing {
 public:
  Pairing(std::string_view text, const QuoteMarks& marks, const LexiconSet& elisions)
      : text_(text), marks_(marks), elisions_(elisions) {}

  std::vector<MarkedSpan> run() {
    const std::vector<LineGap> gaps = find_line_gaps(text_);
    collect_runs(gaps);
    std::size_t r = 0;
    for (const LineGap& gap : gaps) {
      for (; r < runs_.size() && runs_[r].begin < gap.content_end; ++r) read_run(runs_[r]);
      read_gap(gap);
    }
    for (; r < runs_.size(); ++r) read_run(runs_[r]);
    close_all(static_cast<uint32_t>(text_.size()));
    std::sort(found_.begin(), found_.end(),
              [](const MarkedSpan& a, const MarkedSpan& b) { return a.span.begin < b.span.begin; });
    return std::move(found_);
  }

 private:
  struct Open {
    std::string_view mark;  // the opening mark's text
    uint32_t begin;
    uint32_t content_begin;
    uint32_t soft_lines = 0;
    bool continued = false;
  };

  bool elided_word_at(std::size_t pos) const {
    if (pos >= text_.size()) return false;
    if (unicode::is_decimal_digit(decode_at(text_, pos).value)) return true;
    std::size_t end = pos;
    while (end < text_.size() && end - pos <= kMaxElisionBytes) {
      const auto cp = decode_at(text_, end);
      if (!unicode::is_letter(cp.value)) break;
      end += cp.length;
    }
    if (end == pos || end - pos > kMaxElisionBytes) return false;
    return elisions_.contains(text_.substr(pos, end - pos));
  }

  // A closing mark set off by a space from the quote it closes: "... they are outsiders,' " Reeves
  // wrote", "''... coalitions, '' said Mr. Gunnels". Spaces (and no line break) stand between the
  // mark and an inner closing mark or a comma or stop; nothing but a space or punctuation follows.
  bool spaced_closer(const Run& run, std::size_t at) const {
    constexpr std::size_t kMaxSpaces = 3;
    if (run.can_open || run.before != ' ' || (run.after != kNothing && unicode::is_word_char(run.after))) return false;
    std::size_t pos = at;
    for (std::size_t spaces = 0; pos > 0 && spaces <= kMaxSpaces; ++spaces) {
      const auto cp = decode_before(text_, pos);
      if (cp.value != ' ') break;
      pos -= cp.length;
    }
    if (pos == 0 || pos == at) return false;
    const auto last = decode_before(text_, pos);
    if (last.value == ',' || last.value == '.' || last.value == '?' || last.value == '!' || last.value == 0x2026) return true;  // (… too)
    // An inner closing mark, itself right after the words it closes.
    return is_apostrophe_like(last.value) && pos > last.length && !unicode::is_space(decode_before(text_, pos - last.length).value);
  }

  // An opening mark set off by a space from an ellipsis that opens the quote: “ … if the primary
  // were held today”. (Where it stands as an opener may: after a space or nothing.)
  bool spaced_opener(const Run& run) const {
    if (run.after != ' ' || !(run.before == kNothing || unicode::is_space(run.before))) return false;
    std::size_t pos = run.end;
    while (pos < text_.size() && text_[pos] == ' ') ++pos;
    return text_.substr(pos).starts_with("\xE2\x80\xA6") || text_.substr(pos).starts_with("...");
  }

  // The runs of mark characters, with their neighbours and roles, and each family's surplus of
  // closing marks after them in their paragraph.
  void collect_runs(const std::vector<LineGap>& gaps) {
    std::vector<uint32_t> paragraph;  // per run
    std::size_t g = 0;
    uint32_t paragraph_index = 0;
    char32_t before = kNothing;
    for (std::size_t i = 0; i < text_.size();) {
      const auto cp = decode_at(text_, i);
      if (!marks_.is_mark_character(cp.value)) {
        before = cp.value;
        i += cp.length;
        continue;
      }
      Run run;
      run.begin = static_cast<uint32_t>(i);
      run.cp = cp.value;
      run.before = before;
      std::size_t end = i;
      while (end < text_.size()) {
        const auto next = decode_at(text_, end);
        if (next.value != cp.value) break;
        end += next.length;
        ++run.count;
      }
      run.end = static_cast<uint32_t>(end);
      run.after = end < text_.size() ? decode_at(text_, end).value : kNothing;
      run.can_open = can_open(marks_, run.before, run.cp, run.after);
      run.can_close = can_close(marks_, run.before, run.cp, run.after);
      if (is_apostrophe_like(run.cp)) {
        run.inside_word = run.count == 1 && unicode::is_word_char(run.before) && unicode::is_word_char(run.after);
        run.elision_after = run.can_open && elided_word_at(end);
      } else if (run.cp == '"') {
        run.inside_word = unicode::is_word_char(run.before) && unicode::is_word_char(run.after);
      }
      if (run.cp == '"' || run.cp == 0x201D || (run.cp == '\'' && run.count >= 2)) run.can_close = run.can_close || spaced_closer(run, i);
      if (run.cp == '"' || run.cp == 0x201C) run.can_open = run.can_open || spaced_opener(run);
      run.glued = glued_mark(run);
      while (g < gaps.size() && gaps[g].content_end <= run.begin) paragraph_index += gaps[g++].paragraph_end ? 1 : 0;
      runs_.push_back(run);
      paragraph.push_back(paragraph_index);
      before = cp.value;
      i = end;
    }
    int32_t surplus[kFamilies] = {};
    bool double_later = false;
    for (std::size_t k = runs_.size(); k-- > 0;) {
      if (k + 1 < runs_.size() && paragraph[k + 1] != paragraph[k]) {
        std::fill(surplus, surplus + kFamilies, 0);
        double_later = false;
      }
      runs_[k].double_mark_later = double_later;
      double_later = double_later || runs_[k].cp == '"' || runs_[k].cp == 0x201C || runs_[k].cp == 0x201D;
      const Family family = family_of(runs_[k]);
      if (family == kNoFamily) continue;
      runs_[k].surplus = surplus[family];
      surplus[family] += vote(runs_[k]);
    }
  }

  // How many bytes at `pos` (inside the run) close a quote opened by `open`, or 0.
  std::size_t closing_length(std::string_view open, std::size_t pos, std::size_t run_end, uint32_t char_length) const {
    for (std::size_t chars = 2; chars >= 1; --chars) {
      const std::size_t length = chars * char_length;
      if (pos + length > run_end) continue;
      if (marks_.closes(open, text_.substr(pos, length))) return length;
    }
    return 0;
  }

  void emit(const Open& open, std::size_t content_end, std::size_t end, bool unclosed) {
    MarkedSpan span;
    span.span = {open.begin, static_cast<uint32_t>(end)};
    // Guillemets are often spaced (« Bonjour »); the content is the words, not the spaces.
    std::size_t content_begin = open.content_begin;
    while (content_begin < content_end) {
      const auto cp = decode_at(text_, content_begin);
      if (!unicode::is_space(cp.value)) break;
      content_begin += cp.length;
    }
    content_end = trim_end(content_begin, std::max<std::size_t>(content_end, content_begin));
    span.content = {static_cast<uint32_t>(content_begin), static_cast<uint32_t>(content_end)};
    span.unclosed = unclosed;
    span.continued = open.continued;
    span.depth = static_cast<uint8_t>(open_.size() - 1);
    found_.push_back(span);
  }

  std::size_t trim_end(std::size_t begin, std::size_t end) const {
    while (end > begin) {
      const auto cp = decode_before(text_, end);
      if (!unicode::is_space(cp.value)) break;
      end -= cp.length;
    }
    return end;
  }

  void close_unclosed_down_to(std::size_t keep, std::size_t at) {
    while (open_.size() > keep) {
      const std::size_t end = trim_end(open_.back().content_begin, at);
      emit(open_.back(), end, end, true);
      open_.pop_back();
    }
  }
  void close_all(uint32_t at) { close_unclosed_down_to(0, at); }

  void read_run(const Run& run) {
    const uint32_t char_length = decode_at(text_, run.begin).length;
    std::size_t pos = run.begin;
    if (pos == skip_at_) pos += skip_length_;  // the repeated opening mark of a continued quote
    if (pos >= run.end) return;
    if (run.inside_word && !run.glued) return;  // don't, O'Neill, Clinton’s
    // A glued mark after a clause's punctuation closes what is open ("lies,"he said).
    if (run.can_close || (run.glued && !open_.empty() && sentence_punctuation(run.before))) {
      while (pos < run.end && !open_.empty()) {
        std::size_t length = closing_length(open_.back().mark, pos, run.end, char_length);
        if (length) {
          if (ambiguous_closer(run) && run.surplus > 0) return;  // players' union, a 6.1" screen
          emit(open_.back(), pos, pos + length, false);
          open_.pop_back();
          pos += length;
          continue;
        }
        // A closing mark of an outer quote ends the inner ones that were never closed.
        std::size_t outer = open_.size() - 1;
        while (outer-- > 0 && !(length = closing_length(open_[outer].mark, pos, run.end, char_length))) {}
        if (outer == static_cast<std::size_t>(-1)) {
          if (mixed_closer(run, open_.back().mark)) {
            emit(open_.back(), pos, pos + char_length, false);
            open_.pop_back();
          }
          break;
        }
        if (ambiguous_closer(run) && run.surplus > 0) return;
        close_unclosed_down_to(outer + 1, pos);
        emit(open_.back(), pos, pos + length, false);
        open_.pop_back();
        pos += length;
      }
    }
    // A glued mark opens only where nothing is open, and a straight one only where a closing mark
    // waits later in its paragraph ("about"joint operations between our countries."").
    const bool glued_opens = run.glued && open_.empty() && run.cp != 0x201D && (run.cp != '"' || run.surplus > 0);
    if (!run.can_open && !glued_opens) return;
    while (pos < run.end && open_.size() < QuotePairer::kMaxDepth) {
      const std::size_t remaining = (run.end - pos) / char_length;
      if (remaining == 1 && run.elision_after) return;  // 'tis, ’90s
      std::size_t length = 0;
      for (std::size_t chars = std::min<std::size_t>(remaining, 2); chars >= 1 && !length; --chars) {
        const std::string_view mark = text_.substr(pos, chars * char_length);
        if (!opens(mark)) continue;
        // A doubled symmetric mark ('') opens only when a closing one is waiting later on.
        if (chars == 2 && marks_.closes(mark, mark) && run.surplus <= 0) continue;
        length = mark.size();
      }
      if (!length) return;
      open_.push_back({text_.substr(pos, length), static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + length)});
      pos += length;
    }
  }

  // Web copy mixes a curly and a straight double mark in one quotation (“... citizen," who;
  // "... counterterrorism,” said). A lone closing-only mark of the other style closes the quote
  // when it is the paragraph's last double mark: else the quote would run to the paragraph's end,
  // and on into the next one if that opens with a mark.
  static bool mixed_closer(const Run& run, std::string_view open) {
    if (run.count != 1 || run.can_open || run.double_mark_later || ambiguous_closer(run)) return false;
    return run.cp == '"' && open == "\u201C";
  }

  bool opens(std::string_view mark) const {
    for (const auto& pair : marks_.pairs())
      if (pair.open == mark) return true;
    return false;
  }

  void read_gap(const LineGap& gap) {
    if (open_.empty()) return;
    // The next paragraph reopens with the outer quote's mark. Quotes of other marks still open
    // inside it mean stray marks, not a quotation running on: then it ends here.
    const bool continues = open_.size() == 1 && gap.next_start < text_.size() &&
                           text_.substr(gap.next_start, open_.front().mark.size()) == open_.front().mark;
    if (!gap.paragraph_end && !continues) {
      if (++open_.front().soft_lines > QuotePairer::kMaxSoftLines) close_all(gap.content_end);
      return;
    }
    if (continues) {  // the multi-paragraph convention: the opening mark repeats, the quote goes on
      close_unclosed_down_to(1, gap.content_end);
      open_.front().continued = true;
      open_.front().soft_lines = 0;
      skip_at_ = gap.next_start;
      skip_length_ = open_.front().mark.size();
      return;
    }
    close_all(gap.content_end);
  }

  std::string_view text_;
  const QuoteMarks& marks_;
  const LexiconSet& elisions_;
  std::vector<Run> runs_;
  std::vector<Open> open_;
  std::vector<MarkedSpan> found_;
  std::size_t skip_at_ = static_cast<std::size_t>(-1);
  std::size_t skip_length_ = 0;
};

}  // namespace

QuotePairer::QuotePairer(std::string_view language) : elisions_("elisions", language) {}

std::vector<MarkedSpan> QuotePairer::pair(std::string_view text) const {
  return Pairing(text, QuoteMarks::shared(), elisions_).run();
}

}  // namespace article_lens
