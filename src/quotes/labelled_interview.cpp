// Answers in an interview printed with "Frage:" and "Antwort:" labels (see interview_answers.h).
// German and Dutch papers often set an interview so, naming the interviewee only in the lead-in or
// in the first question ("Herr Kraus, …"): the labels name no one, so the named-label reader finds
// nothing, and the answers have no marks.
#include "language/word_set.h"
#include "quotes/interview_answers.h"
#include "quotes/interview_layout.h"

namespace article_lens {
namespace {

constexpr int kMinAnswers = 2;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The byte after the colon that ends a label at byte `pos`, or npos. French sets a space, often a
// no-break one, before the colon ("Question : …", "Réponse\u202f: …"); Spanish, Portuguese and
// Italian papers often end the label with a full stop ("P. ¿Habrá acuerdo?", "R. Lo habrá.").
std::size_t after_colon(std::string_view text, std::size_t pos, std::size_t stop) {
  if (pos + 1 < stop && text[pos] == '.' && is_blank(text[pos + 1])) return pos + 1;
  for (std::string_view space : {"", " ", "\u00A0", "\u202F"})
    if (pos + space.size() < stop && text.substr(pos, space.size()) == space && text[pos + space.size()] == ':') return pos + space.size() + 1;
  return std::string_view::npos;
}

}  // namespace

std::vector<InterviewAnswer> find_labelled_interview_answers(const QuoteTokens& tokens, const QuoteLexicon& words,
                                                            const PeopleIndex& people) {
  std::vector<InterviewAnswer> answers;
  const WordSet& question_labels = WordSet::shared("question_labels", words.language);
  const WordSet& answer_labels = WordSet::shared("answer_labels", words.language);
  if (question_labels.empty() || answer_labels.empty()) return answers;
  const std::string_view text = tokens.document().text;
  TokenRange speaker;
  bool asked = false;  // whether an interviewee is being asked
  bool after_question = false;
  InterviewLeadIn lead;
  for (const Span paragraph : interview_paragraphs(text)) {
    const std::size_t pos = paragraph.begin, stop = paragraph.end;
    // The paragraph's label: one word at its start, a colon right after it.
    const std::size_t first = tokens.first_at_or_after(pos);
    const std::size_t label_end =
        first < tokens.size() && tokens.span(first).begin == pos ? after_colon(text, tokens.span(first).end, stop) : std::string_view::npos;
    const bool labelled = label_end != std::string_view::npos;
    const bool question = labelled && question_labels.contains_folded(tokens.folded(first));
    const bool answer = labelled && !question && answer_labels.contains_folded(tokens.folded(first));
    if (question) {
      if (!asked) {
        // The first question names whom it asks ("Herr Kraus, wie …"), else the lead-in does.
        const std::size_t last = tokens.first_at_or_after(stop);
        // (Not a person a label makes of the word after it, read as an initial, "P. Como nasceu
        // este livro?", nor one found again in a lower-case word: "R. Nasceu de uma perda".)
        const int label_person = text[tokens.span(first).end] == '.' && first + 1 < last ? people.find_token(first + 1) : -1;
        for (std::size_t k = first + 1; k < last && speaker.empty(); ++k) {
          const int person = people.find_token(k);
          if (person < 0 || person == label_person || !tokens.capitalized(k)) continue;
          std::size_t name_end = k + 1;
          while (name_end < last && tokens.joined(name_end) && people.find_token(name_end) == person) ++name_end;
          speaker = {k, name_end};
        }
        if (speaker.empty()) speaker = lead.person(tokens, words, people);
        asked = !speaker.empty();
      }
      after_question = asked;
      continue;
    }
    if (answer && after_question) {
      std::size_t content = label_end;
      while (content < stop && is_blank(text[content])) ++content;
      if (content < stop) {
        InterviewAnswer item;
        item.span.span = item.span.content = {static_cast<uint32_t>(content), static_cast<uint32_t>(stop)};
        item.attribution.mention = speaker;
        item.attribution.mention_span = {tokens.span(speaker.first).begin, tokens.span(speaker.last - 1).end};
        answers.push_back(std::move(item));
      }
    } else if (!asked && !labelled) {
      lead.add(paragraph);  // (an author's paragraph before the first question)
    }
    after_question = false;
  }
  if (static_cast<int>(answers.size()) < kMinAnswers) answers.clear();
  return answers;
}

}  // namespace article_lens
