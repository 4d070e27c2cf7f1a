// Answers in an interview set as "Name: answer" paragraphs, with no quotation marks:
//
//   Frage: Frau Weiß, warum kommt die Reform so spät?
//   Weiß: Wir wollten alle Beteiligten hören.
//
// A paragraph opening with one to three capitalised words and a colon is an answer when the label
// names a person the text names, the paragraph before is a question (its label, "Frage" or the
// outlet, names no one) and at least two answers have that label, or the question names the label's
// person ("SPIEGEL: Frau Baerbock, …?"). A lead-in ("Fazit: ..."), a
// list ("Clinton: 2,316.") or a transcript between two named people is no printed interview.
//
//   for (const InterviewAnswer& answer : find_interview_answers(tokens, people)) ...
#pragma once

#include <vector>

#include "quotes/attribution.h"
#include "quotes/quote_lexicon.h"
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

// The same for an interview set as dashed paragraphs, the questions and answers with no names
// (interview_dashes.cpp):
//
//   Тренер «Зенита» Сергей Семак ответил на вопросы «СЭ».
//   — Как оцениваете первый круг?
//   — Мы набрали меньше очков, чем планировали.
//
// A dashed paragraph that no author's words attribute (none in `dialogue_spans`, sorted) and that
// follows a dashed question is an answer of the person the lead-in before the first question names
// (not its interviewer: data/interviewer_words_<lang>.txt); at least two answers make an interview.
// The answer's attribution has that name as mention and no cue. Linear in the text.
std::vector<InterviewAnswer> find_dashed_interview_answers(const QuoteTokens& tokens, const QuoteLexicon& words,
                                                          const PeopleIndex& people, const std::vector<Span>& dialogue_spans);

// The same for an interview whose questions and answers are labelled, not named (labelled_interview.cpp):
//
//   Der Betriebsrat Peter Kraus kämpft um das Werk. Ein Gespräch.
//   Frage: Herr Kraus, wie geht es weiter?
//   Antwort: Wir kämpfen um jeden Arbeitsplatz.
//
// A paragraph opening with an answer label and a colon (data/answer_labels_<lang>.txt) right after
// one opening with a question label (data/question_labels_<lang>.txt) is an answer of the person
// the first question names, else the lead-in before it (as for dashed answers); at least two
// answers make an interview. The answer's attribution has that name as mention and no cue.
std::vector<InterviewAnswer> find_labelled_interview_answers(const QuoteTokens& tokens, const QuoteLexicon& words,
                                                            const PeopleIndex& people);

// The same for an interview whose answers are each a paragraph in quotation marks after a question
// paragraph without them (quoted_interview.cpp):
//
//   Parla Luca Zaia, presidente del Veneto.
//   Presidente, l'autonomia è morta?
//   «No, è solo rinviata».
//
// The answers are the lead-in's interviewee's; at least two make an interview. Linear in the text.
std::vector<InterviewAnswer> find_quoted_interview_answers(const QuoteTokens& tokens, const QuoteLexicon& words,
                                                           const PeopleIndex& people);

// The person a lead-in to an interview names as the interviewee, in the words [lead_begin,
// lead_end) of the text (interview_dashes.cpp); empty when it names none.
TokenRange interview_lead_person(const QuoteTokens& tokens, const QuoteLexicon& words, const PeopleIndex& people,
                                 std::size_t lead_begin, std::size_t lead_end);

}  // namespace article_lens
