// Answers in an interview set as "Name: answer" paragraphs, with no quotation marks:
//
//   Frage: Frau Weiß, warum kommt die Reform so spät?
//   Weiß: Wir wollten alle Beteiligten hören.
//
// A paragraph opening with one to three capitalised words and a colon is an answer when the label
// names a person the text names, the paragraph before is a question (its label, "Frage" or the
// outlet, names no one) and at least two answers have that label. A lead-in ("Fazit: ..."), a
// list ("Clinton: 2,316.") or a transcript between two named people is no printed interview.
//
//   for (const InterviewAnswer& answer : find_interview_answers(tokens, people)) ...
#pragma once

#include <vector>

#include "quotes/attribution.h"
#include "quotes/people.h"
#include "quotes/quote_pairer.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

struct InterviewAnswer {
  MarkedSpan span;          // the answer after the colon to the paragraph's end
  Attribution attribution;  // the label as mention, the colon as cue
};

// In text order. Linear in the text.
std::vector<InterviewAnswer> find_interview_answers(const QuoteTokens& tokens, const PeopleIndex& people);

}  // namespace article_lens
