// Interview answers in "Name: answer" paragraphs (see interview_answers.h). One answer is enough
// where the question before it speaks to the person its label names ("SPIEGEL: Frau Baerbock, …? /
// Baerbock: …"): an excerpt of an interview often prints a single exchange.
#include "quotes/interview_answers.h"

#include <string>
#include <unordered_map>

namespace article_lens {
namespace {

constexpr std::size_t kMaxLabelWords = 3;  // "Karla Weiß:", "Dr. Karla Weiß:"
constexpr int kMinAnswers = 2;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::vector<InterviewAnswer> find_interview_answers(const QuoteTokens& tokens, const PeopleIndex& people) {
  const std::string_view text = tokens.document().text;
  std::vector<InterviewAnswer> found;
  std::unordered_map<std::string, int> labels;  // how many paragraphs open with each label
  std::vector<std::string> keys;
  // Whether the last paragraph with words opened with a label naming no person (a question).
  bool after_question = false;
  std::string_view question_text;  // that question's words
  std::vector<bool> addressed;     // whether the question before an answer speaks to its label's name
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::size_t pos = begin;
    while (pos < end && is_blank(text[pos])) ++pos;
    const std::size_t first = tokens.first_at_or_after(pos);
    const bool question = after_question;
    if (pos < end) after_question = false;
    if (pos < end && first < tokens.size() && tokens.span(first).begin == pos && tokens.capitalized(first)) {
      for (std::size_t last = first; last < tokens.size() && last - first < kMaxLabelWords && tokens.span(last).end < end; ++last) {
        if (last > first && (tokens.gap_before(last) != " " || !tokens.capitalized(last))) break;
        const std::size_t colon = tokens.span(last).end;
        if (text[colon] != ':') continue;
        std::size_t answer = colon + 1;
        while (answer < end && is_blank(text[answer])) ++answer;
        std::size_t answer_end = end;
        while (answer_end > answer && is_blank(text[answer_end - 1])) --answer_end;
        if (answer == colon + 1 || answer >= answer_end) break;
        if (people.find_token(last) < 0) {
          after_question = true;
          question_text = text.substr(answer, answer_end - answer);
          break;
        }
        if (!question) break;
        InterviewAnswer item;
        item.span.span = item.span.content = {static_cast<uint32_t>(answer), static_cast<uint32_t>(answer_end)};
        item.attribution.mention = {first, last + 1};
        item.attribution.mention_span = {tokens.span(first).begin, tokens.span(last).end};
        item.attribution.cue = {static_cast<uint32_t>(colon), static_cast<uint32_t>(colon + 1)};
        std::string key(text.substr(tokens.span(first).begin, colon - tokens.span(first).begin));
        addressed.push_back(question_text.find(key) != std::string_view::npos);
        ++labels[key];
        keys.push_back(std::move(key));
        found.push_back(std::move(item));
        break;
      }
    }
    begin = end + 1;
  }
  std::vector<InterviewAnswer> answers;
  for (std::size_t i = 0; i < found.size(); ++i)
    if (labels[keys[i]] >= kMinAnswers || addressed[i]) answers.push_back(std::move(found[i]));
  return answers;
}

}  // namespace article_lens
