// How printed interviews are laid out: paragraphs, and the lead-in before the first question that
// names the interviewee. Shared by the readers of labelled and quoted answers.
#pragma once

#include <string_view>
#include <vector>

#include "quotes/people.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

// The paragraphs (lines) of `text` without the blanks at either end, in order; blank lines left out.
std::vector<Span> interview_paragraphs(std::string_view text);

// The author's paragraphs before an interview's first question, up to three (a fourth starts it afresh).
class InterviewLeadIn {
 public:
  void add(Span paragraph);
  // The person the lead-in names as the interviewee (interview_lead_person); empty if none.
  TokenRange person(const QuoteTokens& tokens, const QuoteLexicon& words, const PeopleIndex& people) const;

 private:
  static constexpr int kMaxParagraphs = 3;
  Span span_{};
  int paragraphs_ = 0;
};

}  // namespace article_lens
