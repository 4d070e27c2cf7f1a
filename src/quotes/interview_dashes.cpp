// Answers in an interview set as dashed paragraphs (see interview_answers.h). Russian, Ukrainian and
// Polish papers print an interview as dashed lines with no names: the questions end in "?", and the
// answers after them are the interviewee's, named once in the lead-in. The dialogue finder leaves
// such lines alone, as they carry no author's words.
#include <algorithm>

#include "language/word_set.h"
#include "quotes/interview_answers.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

constexpr int kMinAnswers = 2;
// The lead-in: the undashed paragraphs right before the first question, and their last words.
constexpr int kMaxLeadParagraphs = 3;
constexpr std::size_t kMaxLeadWords = 80;

bool is_blank(char32_t cp) { return unicode::is_space(cp) && !unicode::is_line_break(cp); }

struct Paragraph {
  std::size_t begin = 0, end = 0;  // without blanks at either edge
  std::size_t dash_end = 0;        // after its opening dialogue dash; 0 when it opens with none
  bool question = false;
  std::size_t answer_at = 0;       // a question and its answer on one line: the answer's dash; else 0
};

// "— Сколько их? — Около ста.": a question and its answer set on one line, the answer after a
// dialogue dash right after the "?". The position of that dash, or 0.
std::size_t inline_answer(std::string_view text, std::size_t begin, std::size_t end, const QuoteLexicon& words) {
  for (std::size_t at = text.find('?', begin); at != std::string_view::npos && at < end; at = text.find('?', at + 1)) {
    std::size_t k = at + 1;
    if (k >= end || !is_blank(unicode::decode_at(text, k).value)) continue;
    while (k < end && is_blank(unicode::decode_at(text, k).value)) k += unicode::decode_at(text, k).length;
    if (k >= end) break;
    const auto dash = unicode::decode_at(text, k);
    if (!unicode::is_dash(dash.value) || dash.value == '-' || !words.dialogue_dashes.contains_folded(text.substr(k, dash.length)))
      continue;
    // (An answer opens with a capital or a number: "— Кто это? — спросил он." is a question with its cue.)
    std::size_t first = k + dash.length;
    while (first < end && is_blank(unicode::decode_at(text, first).value)) first += unicode::decode_at(text, first).length;
    if (first > k + dash.length && first < end &&
        (unicode::is_upper(unicode::decode_at(text, first).value) || unicode::is_number(unicode::decode_at(text, first).value)))
      return k;
  }
  return 0;
}

Paragraph read_paragraph(std::string_view text, std::size_t begin, std::size_t end, const QuoteLexicon& words) {
  Paragraph p;
  while (begin < end && is_blank(unicode::decode_at(text, begin).value)) begin += unicode::decode_at(text, begin).length;
  while (end > begin && is_blank(unicode::decode_before(text, end).value)) end -= unicode::decode_before(text, end).length;
  p.begin = begin, p.end = end;
  if (begin >= end) return p;
  const auto cp = unicode::decode_at(text, begin);
  // (A hyphen only with a blank after it: "- Nie wiem.", not "-5 stopni".)
  const bool hyphen_ok = cp.value != '-' || (begin + 1 < end && is_blank(static_cast<unsigned char>(text[begin + 1])));
  if (unicode::is_dash(cp.value) && hyphen_ok && words.dialogue_dashes.contains_folded(text.substr(begin, cp.length)))
    p.dash_end = begin + cp.length;
  // A question ends in "?", maybe before a closing mark or bracket.
  std::size_t last = end;
  for (int marks = 0; last > begin && marks < 2; ++marks) {
    const auto before = unicode::decode_before(text, last);
    if (unicode::is_letter(before.value) || (before.value >= '0' && before.value <= '9') || before.value == '?' || before.value == '.' || before.value == '!') break;
    last -= before.length;
  }
  p.question = last > begin && text[last - 1] == '?';
  if (p.dash_end && !p.question) p.answer_at = inline_answer(text, p.dash_end, end, words);
  return p;
}

}  // namespace

// The interviewee: the person the lead-in says was talked with ("поговорил с министром Сергеем
// Цивилевым", "Z Markiem Zielińskim rozmawia ..."), else the first one it names, not one its
// interviewer words name ("беседовал Иван Петров", "rozmawia Piotr Zaremba", "в интервью Андрею
// Малахову").
TokenRange interview_lead_person(const QuoteTokens& tokens, const QuoteLexicon& words, const PeopleIndex& people,
                                 std::size_t lead_begin, std::size_t lead_end) {
  const WordSet& interviewers = WordSet::shared("interviewer_words", words.language);
  const WordSet& talked_with = WordSet::shared("instrumental_openers", words.language);
  constexpr std::size_t kMaxRoleWords = 3;  // "с министром энергетики Сергеем Цивилевым"
  std::size_t first = tokens.first_at_or_after(lead_begin);
  const std::size_t last = tokens.first_at_or_after(lead_end);
  if (last > first + kMaxLeadWords) first = last - kMaxLeadWords;
  TokenRange named;
  for (std::size_t k = first; k < last; ++k) {
    const int person = people.find_token(k);
    if (person < 0) continue;
    std::size_t end = k + 1;
    while (end < last && tokens.joined(end) && people.find_token(end) == person) ++end;
    bool with = false;
    for (std::size_t j = k; !with && j > first && k - j <= kMaxRoleWords && tokens.joined(j); --j) {
      with = talked_with.contains_folded(tokens.folded(j - 1));
      if (!with && people.find_token(j - 1) >= 0) break;  // (the place a role serves may stand between: "з мером Львова")
    }
    if (with) return {k, end};
    const bool asks = k > first && tokens.joined(k) && interviewers.contains_folded(tokens.folded(k - 1));
    if (!asks && named.empty()) named = {k, end};
    k = end - 1;
  }
  return named;
}

std::vector<InterviewAnswer> find_dashed_interview_answers(const QuoteTokens& tokens, const QuoteLexicon& words,
                                                          const PeopleIndex& people, const std::vector<Span>& dialogue_spans) {
  std::vector<InterviewAnswer> answers;
  if (words.dialogue_dashes.empty()) return answers;
  const std::string_view text = tokens.document().text;
  auto interviewee = [&](std::size_t lead_begin, std::size_t lead_end) {
    return interview_lead_person(tokens, words, people, lead_begin, lead_end);
  };
  std::vector<InterviewAnswer> run;  // the answers of the interview being read
  TokenRange speaker;
  std::size_t lead_begin = std::string_view::npos, lead_end = 0;
  int lead_paragraphs = 0;
  bool after_question = false;
  std::size_t d = 0;  // the next dialogue span
  auto close_run = [&]() {
    if (static_cast<int>(run.size()) >= kMinAnswers)
      for (InterviewAnswer& answer : run) answers.push_back(std::move(answer));
    run.clear();
    speaker = {};
  };
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const Paragraph p = read_paragraph(text, begin, end, words);
    begin = end + 1;
    if (p.begin >= p.end) continue;
    while (d < dialogue_spans.size() && dialogue_spans[d].end <= p.begin) ++d;
    const bool attributed = d < dialogue_spans.size() && dialogue_spans[d].begin < p.end;
    if (!p.dash_end || attributed) {
      // The author's own paragraph: a lead-in to the questions that follow, or the interview's end.
      if (!p.dash_end && !after_question && speaker.empty()) {
        if (lead_paragraphs == kMaxLeadParagraphs) lead_begin = std::string_view::npos, lead_paragraphs = 0;
        if (lead_begin == std::string_view::npos) lead_begin = p.begin;
        lead_end = p.end, ++lead_paragraphs;
      }
      if (attributed) close_run(), lead_begin = std::string_view::npos, lead_paragraphs = 0;
      after_question = false;
      continue;
    }
    // A question, alone or before its answer on the same line: the lead-in names who answers.
    if (p.question || p.answer_at) {
      if (speaker.empty() && lead_begin != std::string_view::npos) speaker = interviewee(lead_begin, lead_end);
      lead_begin = std::string_view::npos, lead_paragraphs = 0;
      after_question = !speaker.empty();
      if (p.question) continue;
    }
    if (after_question) {
      std::size_t first = p.answer_at ? p.answer_at + unicode::decode_at(text, p.answer_at).length : p.dash_end;
      while (first < p.end && is_blank(unicode::decode_at(text, first).value)) first += unicode::decode_at(text, first).length;
      InterviewAnswer answer;
      answer.span.span = {static_cast<uint32_t>(p.answer_at ? p.answer_at : p.begin), static_cast<uint32_t>(p.end)};
      answer.span.content = {static_cast<uint32_t>(first), static_cast<uint32_t>(p.end)};
      answer.attribution.mention = speaker;
      answer.attribution.mention_span = {tokens.span(speaker.first).begin, tokens.span(speaker.last - 1).end};
      if (first < p.end) run.push_back(std::move(answer));
    }
    after_question = false;
  }
  close_run();
  return answers;
}

}  // namespace article_lens
