#include "sentences/boundary_judge.h"

#include <string>

#include "sentences/bracket_pairs.h"
#include "sentences/text_marks.h"
#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::decode_at;
using unicode::decode_before;

// Far enough to see a word or a short phrase; bounded so that every decision costs O(1).
constexpr std::size_t kWordWindow = 64;
constexpr std::size_t kIntroPhraseBytes = 48;
constexpr std::size_t kLongLine = 50;  // code points: a line this long that ends mid-clause is wrapped text

// What stands after a candidate boundary.
struct Next {
  enum Kind { kEnd, kUpper, kLower, kCaseless, kDigit, kEllipsis, kNoStart, kOther };
  Kind kind = kEnd;
  std::size_t pos = 0;   // first non-space character
  bool spaced = false;   // whitespace stood between
  bool dash = false;     // a dash and a space came first ("? — said he")
  std::string_view word; // the first word's letters
  bool word_then_period = false;
  bool ellipsis_then_word = false;  // "... and then": an ellipsis that opens a sentence
};

bool is_letter_or_mark(char32_t c) { return unicode::is_letter(c) || unicode::is_mark(c); }

// A right-hand curly mark with an ideograph or kana right after it: it closes, as no space is written.
bool closes_before_ideograph(std::string_view text, char32_t mark, std::size_t after) {
  constexpr char32_t kRightDouble = 0x201D, kRightSingle = 0x2019;
  return (mark == kRightDouble || mark == kRightSingle) && after < text.size() &&
         unicode::is_ideograph_or_kana(decode_at(text, after).value);
}

// A character that cannot open a sentence: a comma, a closing bracket, an operator.
bool cannot_start(char32_t c) {
  switch (c) {
    case ',': case ';': case ':': case ')': case ']': case '}': case '/': case '&': case '*': case '+': case '=':
    case '%': case '|': case 0x060C: case 0x3001: case 0xFF0C:  // ، 、 ，
      return true;
    default:
      return false;
  }
}

Next inspect_next(std::string_view text, std::size_t pos) {
  Next next;
  std::size_t i = pos;
  while (i < text.size()) {
    const auto cp = decode_at(text, i);
    if (!unicode::is_space(cp.value) && !is_invisible(cp.value)) break;
    i += cp.length;
  }
  next.spaced = i > pos;
  next.pos = i;
  if (i >= text.size()) return next;
  // "— said he", "-- voila": a dash between spaces.
  auto cp = decode_at(text, i);
  if (unicode::is_dash(cp.value)) {
    std::size_t j = i + cp.length;
    if (j < text.size() && text[j] == '-') ++j;
    if (j < text.size() && unicode::is_space(decode_at(text, j).value)) {
      next.dash = true;
      while (j < text.size() && unicode::is_space(decode_at(text, j).value) && !unicode::is_line_break(decode_at(text, j).value))
        j += decode_at(text, j).length;
      i = j;
      if (i >= text.size()) return next;
      cp = decode_at(text, i);
    }
  }
  while (is_opener(cp.value)) {  // quotes, brackets, ¿ ¡
    i += cp.length;
    if (i >= text.size()) {
      next.kind = Next::kOther;
      return next;
    }
    cp = decode_at(text, i);
  }
  const char32_t c = cp.value;
  if (c == '.' || c == 0x2026) {
    next.kind = Next::kEllipsis;
    std::size_t j = i;
    while (j < text.size() && (text[j] == '.' || text[j] == ' ' || decode_at(text, j).value == 0x2026))
      j += decode_at(text, j).length;
    next.ellipsis_then_word = j < text.size() && unicode::is_word_char(decode_at(text, j).value) && j - i >= 3;
    return next;
  }
  if (unicode::is_decimal_digit(c)) next.kind = Next::kDigit;
  else if (unicode::is_upper(c)) next.kind = Next::kUpper;
  else if (unicode::is_lower(c)) next.kind = Next::kLower;
  else if (unicode::is_letter(c)) next.kind = Next::kCaseless;
  else if (cannot_start(c)) next.kind = Next::kNoStart;
  else next.kind = Next::kOther;
  if (next.kind == Next::kUpper || next.kind == Next::kLower || next.kind == Next::kCaseless) {
    std::size_t j = i;
    while (j < text.size() && j - i < kWordWindow) {
      const auto w = decode_at(text, j);
      if (!is_letter_or_mark(w.value)) break;
      j += w.length;
    }
    next.word = text.substr(i, j - i);
    next.word_then_period = j < text.size() && text[j] == '.';
  }
  return next;
}

// "кім? не?": a run of short questions, each with its own mark, even in lower case.
bool question_follows(std::string_view text, std::size_t pos) {
  int spaces = 0;
  for (std::size_t i = pos; i < text.size() && i - pos < 40;) {
    const auto cp = decode_at(text, i);
    if (cp.value == '?') return true;
    if (unicode::is_space(cp.value)) {
      if (unicode::is_line_break(cp.value) || ++spaces > 2) return false;
    } else if (!is_letter_or_mark(cp.value)) {
      return false;
    }
    i += cp.length;
  }
  return false;
}

// "Hello world.Today is": a period glued to the next sentence. Only between a word of two letters or
// digits and a capitalised word, outside URLs, e-mail addresses and file names.
bool glued_period_ends(std::string_view text, std::size_t period, std::size_t after, const SentenceRules& rules) {
  std::size_t j = after;
  const auto first = decode_at(text, j);
  if (!unicode::is_upper(first.value)) return false;
  std::size_t letters = 0;
  while (j < text.size() && j - after < kWordWindow) {
    const auto cp = decode_at(text, j);
    if (!is_letter_or_mark(cp.value)) break;
    ++letters;
    j += cp.length;
  }
  if (letters < 2) return false;
  if (j + 1 < text.size() && text[j] == '.' && !unicode::is_space(decode_at(text, j + 1).value)) return false;  // a.Domain.com
  for (std::size_t k = j; k < text.size() && k - j < 256;) {  // Jane.Doe@example.com
    const auto cp = decode_at(text, k);
    if (unicode::is_space(cp.value)) break;
    if (cp.value == '@' || cp.value == '/') return false;
    k += cp.length;
  }
  // The piece before the period.
  std::size_t b = period, count = 0, digits = 0;
  bool lower = false;
  while (b > 0 && period - b < kWordWindow) {
    const auto cp = decode_before(text, b);
    if (unicode::is_decimal_digit(cp.value)) ++digits;
    else if (cp.value == ',' && digits) {}
    else if (is_letter_or_mark(cp.value)) lower = lower || unicode::is_lower(cp.value);
    else break;
    ++count;
    b -= cp.length;
  }
  if (count < 2 || (!lower && digits < 2)) return false;
  // The whole token must not be a URL or an address.
  std::size_t t = b;
  while (t > 0 && period - t < 256) {
    const auto cp = decode_before(text, t);
    if (unicode::is_space(cp.value)) break;
    if (cp.value == '@' || cp.value == '/' || cp.value == ':') return false;
    t -= cp.length;
  }
  const std::string piece = unicode::fold_case(text.substr(b, period + 1 - b));
  if (rules.titles.contains_folded(piece) || rules.generic.contains_folded(piece)) return false;
  const std::string_view token = text.substr(t, period - t);
  return token.rfind("www", 0) != 0;
}

// A number, then one space, ends just before `pos`.
bool follows_number(std::string_view text, std::size_t pos) {
  if (pos < 2 || text[pos - 1] != ' ') return false;
  return unicode::is_decimal_digit(decode_before(text, pos - 1).value);
}

}  // namespace

TerminalRun BoundaryJudge::read_terminal_run(std::string_view text, std::size_t pos) const {
  TerminalRun run;
  run.begin = pos;
  run.detached = pos == 0 || unicode::is_space(decode_before(text, pos).value);
  std::size_t i = pos;
  auto take_marks = [&]() {
    while (i < text.size()) {
      const auto cp = decode_at(text, i);
      if (!rules_.is_terminal(cp.value)) break;
      if (cp.value == '.') {
        // ". . ." (spaced ellipsis): after a word, its first period is a full stop of its own.
        std::size_t j = i + 1, dots = 1;
        while (j + 1 < text.size() && text[j] == ' ' && text[j + 1] == '.') {
          ++dots;
          j += 2;
        }
        if (dots >= 3 && (run.detached || i > pos || dots < 4)) {
          run.periods += static_cast<unsigned>(dots);
          run.ellipsis = true;
          i = j;
          continue;
        }
        ++run.periods;
      } else if (cp.value == 0x2026) {
        run.periods += 3;
        run.ellipsis = true;
      } else if (cp.value == '!' || cp.value == '?' || cp.value == 0x203C || cp.value == 0x2047 || cp.value == 0x2048 ||
                 cp.value == 0x2049) {
        run.question_or_exclamation = true;
      } else {
        run.other_mark = true;
      }
      run.tight = run.tight || rules_.is_tight_terminal(cp.value);
      run.soft = run.soft || rules_.is_soft_terminal(cp.value);
      i += cp.length;
    }
  };
  take_marks();
  if (run.periods >= 3 && !run.question_or_exclamation) run.ellipsis = true;
  run.marks_end = i;
  // Closing quotes and brackets, and marks after them ("?»."), stay with the sentence.
  while (i < text.size()) {
    const auto cp = decode_at(text, i);
    const std::size_t after = i + cp.length;
    if (is_invisible(cp.value) || is_closing_bracket(cp.value)) {
      i = after;
    } else if (is_quote_mark(cp.value) && (cp.value == 0x300D || cp.value == 0x300F || closes_here(text, after) ||
                                           closes_before_ideograph(text, cp.value, after))) {
      // 」 and 』 only ever close; other marks close when no word follows them, or in Chinese and
      // Japanese, which write no space, when a right-hand mark meets the next ideograph ("。”她还说").
      run.curly_before_ideograph = closes_before_ideograph(text, cp.value, after);
      i = after;
    } else if (rules_.is_terminal(cp.value) && i > run.marks_end) {
      take_marks();
    } else if (cp.value == ' ' || cp.value == 0xA0 || cp.value == 0x202F) {
      // French spacing: "fin. »"
      std::size_t j = after;
      if (j >= text.size()) break;
      const auto quote = decode_at(text, j);
      if ((quote.value == 0xBB || quote.value == 0x203A) && closes_here(text, j + quote.length)) i = j + quote.length;
      else break;
    } else {
      break;
    }
  }
  // Footnote marks glued to a full stop: "martyr.[1]", "consultation.11", "(type 2).10".
  if (run.periods == 1 && !run.ellipsis && run.begin > 0) {
    const auto before = decode_before(text, run.begin);
    if (is_letter_or_mark(before.value) || is_closing_bracket(before.value)) {
      std::size_t j = i;
      while (j < text.size() && j - i < 3 && text[j] >= '0' && text[j] <= '9') ++j;
      if (j > i && (j >= text.size() || unicode::is_space(decode_at(text, j).value))) {
        i = j;
        // "consultation.11 12 Take": further reference numbers before the next sentence.
        while (i + 2 < text.size() && text[i] == ' ' && text[i + 1] >= '0' && text[i + 1] <= '9') {
          std::size_t k = i + 1;
          while (k < text.size() && k - i <= 3 && text[k] >= '0' && text[k] <= '9') ++k;
          if (k - i > 4 || k + 1 >= text.size() || text[k] != ' ' || !unicode::is_upper(decode_at(text, k + 1).value)) break;
          i = k;
        }
      }
    }
    while (i + 2 < text.size() && text[i] == '[') {
      std::size_t j = i + 1;
      while (j < text.size() && j - i < 8 && ((text[j] >= '0' && text[j] <= '9') || text[j] == '-' || text[j] == ',')) ++j;
      if (j == i + 1 || j >= text.size() || text[j] != ']') break;
      i = j + 1;
    }
  }
  run.end = i;
  return run;
}

bool BoundaryJudge::is_starter(std::string_view word) const {
  if (word.empty()) return false;
  return rules_.starters.contains_folded(unicode::fold_case(word));
}

bool BoundaryJudge::introductory_phrase(std::string_view text, std::size_t start, std::size_t end) const {
  if (end <= start || end - start > kIntroPhraseBytes || rules_.prepositions.empty()) return false;
  const std::string_view phrase = text.substr(start, end - start);
  std::size_t words = 1;
  for (std::size_t k = 0; k + 1 < phrase.size(); ++k)
    if (phrase[k] == ' ' && phrase[k + 1] != ' ') ++words;
  if (words > 4) return false;
  const std::string_view first = phrase.substr(0, phrase.find(' '));
  return rules_.prepositions.contains(first);
}

BoundaryJudge::WordKind BoundaryJudge::classify_word_before(std::string_view text, std::size_t period,
                                                            std::size_t sentence_start, bool next_is_digit,
                                                            bool* first_token) const {
  std::size_t e = period;
  while (e > sentence_start && is_invisible(decode_before(text, e).value)) e -= decode_before(text, e).length;
  std::size_t b = e;
  while (b > sentence_start) {
    const auto cp = decode_before(text, b);
    if (unicode::is_space(cp.value) || is_opener(cp.value) || is_invisible(cp.value)) break;
    b -= cp.length;
    if (e - b > kWordWindow) return WordKind::kWord;
  }
  *first_token = b - sentence_start <= kWordWindow;  // only a short lead-in can be all openers
  for (std::size_t k = sentence_start; *first_token && k < b;) {
    const auto cp = decode_at(text, k);
    if (!unicode::is_space(cp.value) && !is_opener(cp.value)) {
      *first_token = false;
      break;
    }
    k += cp.length;
  }
  const std::string_view word = text.substr(b, e - b);
  if (word.empty()) return WordKind::kNone;
  std::size_t letters = 0, digits = 0, periods = 0, segment = 0, longest_segment = 0;
  bool roman = true, url = false;
  for (std::size_t k = 0; k < word.size();) {
    const auto cp = decode_at(word, k);
    const char32_t c = cp.value;
    if (unicode::is_letter(c)) {
      ++letters;
      ++segment;
      roman = roman && (c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'D' || c == 'M');
    } else if (unicode::is_mark(c)) {
    } else if (unicode::is_decimal_digit(c)) {
      ++digits;
      roman = false;
    } else {
      if (c == '.') {
        ++periods;
        longest_segment = segment > longest_segment ? segment : longest_segment;
        segment = 0;
      }
      if (c == '/' || c == '@' || c == ':') url = true;
      roman = false;
    }
    k += cp.length;
  }
  longest_segment = segment > longest_segment ? segment : longest_segment;
  if (url) return WordKind::kWord;
  if (letters == 0) {
    if (!digits) return WordKind::kNone;
    // "12", "-3", "(2": a whole number, which in some languages a period makes an ordinal.
    const bool integer = word.find_first_of(".,") == std::string_view::npos && digits <= 4;
    return rules_.ordinal_period && integer ? WordKind::kOrdinal : WordKind::kNumber;
  }
  if (rules_.ordinal_period && roman && letters >= 2 && letters <= 6) return WordKind::kOrdinal;

  std::string folded = unicode::fold_case(word);
  folded += '.';
  auto lookup = [&](const std::string& key) -> WordKind {
    if (rules_.titles.contains_folded(key)) return WordKind::kTitle;
    if (rules_.finals.contains_folded(key)) return WordKind::kFinal;
    if (next_is_digit && rules_.numbers.contains_folded(key)) return WordKind::kNumberAbbreviation;
    if (rules_.generic.contains_folded(key) || user_.contains_folded(key)) return WordKind::kGeneric;
    return WordKind::kNone;
  };
  if (WordKind kind = lookup(folded); kind != WordKind::kNone) {
    // After a number an abbreviation is a unit, which may close the sentence: "в 1898 г. В ..."
    // ends, "г. Москва" does not.
    if (kind == WordKind::kTitle && follows_number(text, b)) kind = WordKind::kGeneric;
    return kind;
  }
  // "l'Ing.", "dell'Avv.": the abbreviation after an elided article.
  for (const std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
    const std::size_t at = folded.rfind(apostrophe);
    if (at != std::string::npos)
      if (const WordKind kind = lookup(folded.substr(at + apostrophe.size())); kind != WordKind::kNone) return kind;
  }
  if (digits) return WordKind::kWord;
  if (letters == 1 && periods == 0) return WordKind::kInitial;
  if (periods > 0 && longest_segment <= 3) return WordKind::kGeneric;  // U.S, Ph.D, i.v, куб.м
  if (periods > 0) {  // "Tuesday.Mr": the last piece
    const std::size_t dot = folded.rfind('.', folded.size() - 2);
    if (const WordKind kind = lookup(folded.substr(dot + 1)); kind != WordKind::kNone) return kind;
  }
  return WordKind::kWord;
}

bool BoundaryJudge::period_after_abbreviation(std::string_view text, std::size_t period) const {
  bool first_token = false;
  std::size_t line = period;
  while (line > 0 && !unicode::is_line_break(decode_before(text, line).value) && period - line < kWordWindow)
    line -= decode_before(text, line).length;
  switch (classify_word_before(text, period, line, false, &first_token)) {
    case WordKind::kTitle: case WordKind::kFinal: case WordKind::kGeneric: case WordKind::kInitial:
    case WordKind::kOrdinal: case WordKind::kNumberAbbreviation:
      return true;
    default:
      return false;
  }
}

bool BoundaryJudge::ends_sentence(std::string_view text, const TerminalRun& run, const SentenceContext& context) const {
  Next next = inspect_next(text, run.end);
  // In text written without capitals, a lower-case word after a full stop is no evidence of going on.
  if (context.lower_case_text && next.kind == Next::kLower) next.kind = Next::kCaseless;
  if (next.kind == Next::kEnd) return true;
  if (!next.spaced) {
    // 「こんにちは。」と言った, “你好。”他说: a quotation closed inside its sentence, which goes on.
    // (Chinese curly marks after a full stop end the sentence, as most often in news: "。”然后".
    // 「…。」と言った goes on, its corner bracket closing a quotation its verb follows.)
    if (run.tight && run.end > run.marks_end && !run.curly_before_ideograph &&
        (next.kind == Next::kCaseless || next.kind == Next::kLower))
      return false;
    if (run.tight) return true;
    if (run.periods == 1 && !run.question_or_exclamation && !run.other_mark && run.end == run.marks_end)
      return glued_period_ends(text, run.begin, run.end, rules_);
    return false;
  }
  if (next.kind == Next::kNoStart) return false;

  // A list item follows: "(b) ...", "b) ...", "• ...", "a. ...".
  const ListMarker marker = parse_list_marker(text, next.pos, false);
  if (marker.length) {
    if (marker.kind == ListMarker::kBullet || marker.style != ListMarker::kPeriod) return true;
    if (marker.kind == ListMarker::kLetter && !marker.upper &&
        (marker.value == 'a' || follows(context.expected_marker, marker)))
      return true;
  }
  if (run.ellipsis) {
    if (run.detached && run.periods < 4) return false;  // "is . . . I didn't": an omission mid-sentence
    return next.kind != Next::kLower && next.kind != Next::kEllipsis;
  }
  if (next.kind == Next::kEllipsis) return next.ellipsis_then_word;  // "raak. ...en toen"
  if (run.question_or_exclamation) {
    const bool single_bang = run.marks_end == run.begin + 1 && text[run.begin] == '!';
    if (single_bang && run.begin > 0) {
      std::size_t b = run.begin;
      while (b > 0 && run.begin - b < kWordWindow && is_letter_or_mark(decode_before(text, b).value))
        b -= decode_before(text, b).length;
      if (b < run.begin && rules_.exclamations.contains(text.substr(b, run.begin + 1 - b)))  // Yahoo!
        return next.kind != Next::kLower && is_starter(next.word) && !next.word_then_period;
    }
    if (next.kind == Next::kLower) return !next.dash && question_follows(text, next.pos);
    return true;
  }
  if (next.kind == Next::kLower) return false;
  if (run.other_mark) {
    // A soft mark (the Arabic comma) joins clauses; one that opens a coordinated noun ("و" + "ال",
    // "and the ...") goes on.
    if (run.soft && !next.word.empty())
      for (std::string_view prefix : rules_.clause_continuations)
        if (next.word.substr(0, prefix.size()) == prefix) return false;
    return true;
  }
  if (run.periods >= 2) return true;  // "Nov.. Grazie": an abbreviation's period, then a full stop

  bool first_token = false;
  const WordKind kind = classify_word_before(text, run.begin, context.start, next.kind == Next::kDigit, &first_token);
  const bool starter = is_starter(next.word) && !next.word_then_period;
  switch (kind) {
    case WordKind::kNone: case WordKind::kWord: case WordKind::kNumber:
      return true;
    case WordKind::kOrdinal:
      return next.kind != Next::kDigit && starter;
    case WordKind::kTitle: case WordKind::kNumberAbbreviation:
      return false;
    case WordKind::kFinal:
      return !introductory_phrase(text, context.start, run.begin);
    case WordKind::kInitial:
      if (first_token) return false;  // "Q. What ...", "A. Lukashenko said"
      [[fallthrough]];
    case WordKind::kGeneric:
      if (next.kind == Next::kDigit) return false;
      return starter && !introductory_phrase(text, context.start, run.begin);
  }
  return true;
}

bool BoundaryJudge::line_continues(std::string_view text, std::size_t line_start, std::size_t pos,
                                   std::size_t next_line, bool hard_wrapped) const {
  std::size_t j = next_line;
  while (j < text.size()) {
    const auto cp = decode_at(text, j);
    if (!unicode::is_space(cp.value) || unicode::is_line_break(cp.value)) break;
    j += cp.length;
  }
  if (j >= text.size() || unicode::is_line_break(decode_at(text, j).value)) return false;
  if (parse_list_marker(text, j, true).length) return false;
  if (hard_wrapped) return true;
  const char32_t c = decode_at(text, j).value;

  std::size_t k = pos;
  while (k > line_start && unicode::is_space(decode_before(text, k).value)) k -= decode_before(text, k).length;
  if (k <= line_start) return false;
  const bool trailing_space = k < pos;
  const auto last = decode_before(text, k);

  // Scripts without spaces: a line that stops on a particle or a comma goes on ("父の\n家です").
  if (unicode::is_ideograph_or_kana(c) && unicode::is_ideograph_or_kana(last.value) && !trailing_space)
    return rules_.continuations.contains(text.substr(k - last.length, last.length));
  if (!unicode::is_lower(c) && !(c == '(' && trailing_space)) return false;
  if (rules_.is_terminal(last.value) || is_quote_mark(last.value) || is_closing_bracket(last.value))
    return last.value == '.' && period_after_abbreviation(text, k - 1);
  if (trailing_space) return true;  // "It was a cold \nnight"
  if (last.value == ',' || last.value == ';' || unicode::is_dash(last.value)) return true;
  std::size_t w = k;
  while (w > line_start && is_letter_or_mark(decode_before(text, w).value)) w -= decode_before(text, w).length;
  if (w < k && rules_.continuations.contains(text.substr(w, k - w))) return true;
  std::size_t length = 0;
  for (std::size_t p = line_start; p < k && length < kLongLine; p += decode_at(text, p).length) ++length;
  return length >= kLongLine;
}

}  // namespace article_lens
