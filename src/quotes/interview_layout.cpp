// Paragraphs and lead-ins of printed interviews (see interview_layout.h).
#include "quotes/interview_layout.h"

#include "quotes/interview_answers.h"

namespace article_lens {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::vector<Span> interview_paragraphs(std::string_view text) {
  std::vector<Span> paragraphs;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::size_t pos = begin;
    begin = end + 1;
    while (pos < end && is_blank(text[pos])) ++pos;
    while (end > pos && is_blank(text[end - 1])) --end;
    if (pos < end) paragraphs.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(end)});
  }
  return paragraphs;
}

void InterviewLeadIn::add(Span paragraph) {
  if (paragraphs_ == kMaxParagraphs) paragraphs_ = 0;
  if (paragraphs_ == 0) span_.begin = paragraph.begin;
  span_.end = paragraph.end, ++paragraphs_;
}

TokenRange InterviewLeadIn::person(const QuoteTokens& tokens, const QuoteLexicon& words, const PeopleIndex& people) const {
  return paragraphs_ == 0 ? TokenRange{} : interview_lead_person(tokens, words, people, span_.begin, span_.end);
}

}  // namespace article_lens
