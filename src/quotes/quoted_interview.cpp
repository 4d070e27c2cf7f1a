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
#include "quotes/interview_layout.h"
#include "quotes/quote_marks.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

constexpr int kMinAnswers = 2;

}  // namespace

std::vector<InterviewAnswer> find_quoted_interview_answers(const QuoteTokens& tokens, const QuoteLexicon& words,
                                                           const PeopleIndex& people) {
  std::vector<InterviewAnswer> answers;
  const std::string_view text = tokens.document().text;
  const QuoteMarks& marks = QuoteMarks::shared();
  TokenRange speaker;
  bool asked = false, after_question = false;
  InterviewLeadIn lead;
  for (const Span paragraph : interview_paragraphs(text)) {
    const std::size_t pos = paragraph.begin, stop = paragraph.end;
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
      if (!asked) {
        speaker = lead.person(tokens, words, people);
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
      lead.add(paragraph);  // (an author's paragraph before the first question)
    }
    after_question = false;
  }
  if (static_cast<int>(answers.size()) < kMinAnswers) answers.clear();
  return answers;
}

}  // namespace article_lens
