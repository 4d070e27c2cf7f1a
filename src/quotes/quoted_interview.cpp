// Answers in an interview whose answers stand in quotation marks, a paragraph each, after a
// question paragraph with none, as Italian papers often set one:
//
//   Parla Luca Zaia, presidente del Veneto.
//   Presidente, l'autonomia è morta?
//   «No, è solo rinviata».
//
// The marks alone say who speaks to no one, so the quotes had no speaker: they are the answers of
// the person the lead-in names (interview_lead_person, as for dashed answers). A question is a
// paragraph with no opening mark that ends with a question mark; an answer is a paragraph that is
// one quotation, with at most a full stop after it; at least two answers make an interview.
#include "quotes/interview_answers.h"
#include "quotes/quote_marks.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

constexpr int kMinAnswers = 2;
constexpr int kMaxLeadParagraphs = 3;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::vector<InterviewAnswer> find_quoted_interview_answers(const QuoteTokens& tokens, const QuoteLexicon& words,
                                                           const PeopleIndex& people) {
  std::vector<InterviewAnswer> answers;
  const std::string_view text = tokens.document().text;
  const QuoteMarks& marks = QuoteMarks::shared();
  TokenRange speaker;
  bool asked = false, after_question = false;
  std::size_t lead_begin = std::string_view::npos, lead_end = 0;
  int lead_paragraphs = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::size_t pos = begin;
    begin = end + 1;
    while (pos < end && is_blank(text[pos])) ++pos;
    std::size_t stop = end;
    while (stop > pos && is_blank(text[stop - 1])) --stop;
    if (pos >= stop) continue;
    const auto opening = unicode::decode_at(text, pos);
    // (The closing mark, with a full stop after it or not: "«No, è solo rinviata»." )
    std::size_t close_end = stop;
    if (text[close_end - 1] == '.') --close_end;
    const auto closing = close_end > pos ? unicode::decode_before(text, close_end) : opening;
    const std::size_t close_begin = close_end - closing.length;
    // (One quotation: its marks stand nowhere inside, "«A», dice. «B»" has the author's words.)
    const std::string_view inner = text.substr(pos + opening.length, close_begin > pos + opening.length ? close_begin - pos - opening.length : 0);
    const bool quoted = marks.is_mark_character(opening.value) && !inner.empty() && marks.is_mark_character(closing.value) &&
                        inner.find(text.substr(pos, opening.length)) == std::string_view::npos &&
                        inner.find(text.substr(close_begin, closing.length)) == std::string_view::npos;
    if (!quoted && text[stop - 1] == '?') {
      if (!asked && lead_begin != std::string_view::npos) {
        speaker = interview_lead_person(tokens, words, people, lead_begin, lead_end);
        asked = !speaker.empty();
      }
      after_question = asked;
      continue;
    }
    if (quoted && after_question) {
      InterviewAnswer item;
      item.span.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(close_end)};
      item.span.content = {static_cast<uint32_t>(pos + opening.length), static_cast<uint32_t>(close_begin)};
      item.attribution.mention = speaker;
      item.attribution.mention_span = {tokens.span(speaker.first).begin, tokens.span(speaker.last - 1).end};
      answers.push_back(std::move(item));
    } else if (!asked) {
      // The author's paragraphs before the first question: the lead-in.
      if (lead_paragraphs == kMaxLeadParagraphs) lead_begin = std::string_view::npos, lead_paragraphs = 0;
      if (lead_begin == std::string_view::npos) lead_begin = pos;
      lead_end = stop, ++lead_paragraphs;
    }
    after_question = false;
  }
  if (static_cast<int>(answers.size()) < kMinAnswers) answers.clear();
  return answers;
}

}  // namespace article_lens
