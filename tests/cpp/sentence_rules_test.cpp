// The English splitter's rules one phenomenon at a time, and its behaviour on bad input.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "sentences/sentence_splitter.h"
#include "test_support.h"

namespace article_lens {
namespace {

using Sentences = std::vector<std::string>;

Sentences split(const std::string& text, bool hard_wrapped = false, std::vector<std::string> abbreviations = {}) {
  SentenceSplitterOptions options;
  options.hard_wrapped = hard_wrapped;
  options.extra_abbreviations = std::move(abbreviations);
  Sentences out;
  for (const auto& sentence : SentenceSplitter("en", options).split(text)) out.push_back(testing::text_of(text, sentence.span));
  return out;
}

TEST(SentenceRules, AbbreviationKinds) {
  // Generic: ends only before a sentence starter.
  EXPECT_EQ(split("I live in the U.S. How about you?"), (Sentences{"I live in the U.S.", "How about you?"}));
  EXPECT_EQ(split("I work for the U.S. Government in Virginia."), (Sentences{"I work for the U.S. Government in Virginia."}));
  // Title: never before a name. Number: never before its number.
  EXPECT_EQ(split("Gen. Smith met Sen. Jones on No. 5 Main St. today."),
            (Sentences{"Gen. Smith met Sen. Jones on No. 5 Main St. today."}));
  // Final (a.m./p.m., etc.): ends before any capital, except after an introductory phrase.
  EXPECT_EQ(split("We bought apples, pears etc. Oranges were sold out."),
            (Sentences{"We bought apples, pears etc.", "Oranges were sold out."}));
  EXPECT_EQ(split("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went home."),
            (Sentences{"At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went home."}));
}

TEST(SentenceRules, InitialsAndLabels) {
  EXPECT_EQ(split("We make a good team, you and I. Did you see Albert I. Jones?"),
            (Sentences{"We make a good team, you and I.", "Did you see Albert I. Jones?"}));
  EXPECT_EQ(split("Q. What is his name? A. His name is Alfred E. Sloan."),
            (Sentences{"Q. What is his name?", "A. His name is Alfred E. Sloan."}));
}

TEST(SentenceRules, NumbersUrlsAndGluedSentences) {
  EXPECT_EQ(split("She has $100.00. It is in her bag."), (Sentences{"She has $100.00.", "It is in her bag."}));
  EXPECT_EQ(split("Mail Jane.Doe@example.com. See https://example.com/a.html. Done."),
            (Sentences{"Mail Jane.Doe@example.com.", "See https://example.com/a.html.", "Done."}));
  EXPECT_EQ(split("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot."),
            (Sentences{"Hello world.", "Today is Tuesday.", "Mr. Smith bought 1,000.", "That is a lot."}));
}

TEST(SentenceRules, QuotesBracketsAndExclamations) {
  EXPECT_EQ(split("He teaches science (He worked 5 years as an engineer.) at the University."),
            (Sentences{"He teaches science (He worked 5 years as an engineer.) at the University."}));
  EXPECT_EQ(split("\"It was late!\" (Dinah was the cat.) \"I hope so.\""),
            (Sentences{"\"It was late!\"", "(Dinah was the cat.)", "\"I hope so.\""}));
  EXPECT_EQ(split("She works at Yahoo! in the accounting department."),
            (Sentences{"She works at Yahoo! in the accounting department."}));
  EXPECT_EQ(split("Mix it, and -- voila! -- you have cake. What do you see? - Sentinels stand."),
            (Sentences{"Mix it, and -- voila! -- you have cake.", "What do you see?", "- Sentinels stand."}));
  // A multi-sentence quotation gives one sentence per sentence inside it.
  EXPECT_EQ(split("“We are done here. We leave now,” he said."),
            (Sentences{"“We are done here.", "We leave now,” he said."}));
}

TEST(SentenceRules, Ellipses) {
  EXPECT_EQ(split("I never meant that.... She left."), (Sentences{"I never meant that....", "She left."}));
  EXPECT_EQ(split("He talks slowly... And then stops."), (Sentences{"He talks slowly...", "And then stops."}));
  EXPECT_EQ(split("the thing is . . . I didn't mean it."), (Sentences{"the thing is . . . I didn't mean it."}));
  EXPECT_EQ(split("compounds. . . . The practice was not abandoned. . . ."),
            (Sentences{"compounds.", ". . . The practice was not abandoned. . . ."}));
}

TEST(SentenceRules, Lists) {
  EXPECT_EQ(split("1. The first item 2. The second item"), (Sentences{"1. The first item", "2. The second item"}));
  EXPECT_EQ(split("a) here it is b) another c) one more"), (Sentences{"a) here it is", "b) another", "c) one more"}));
  EXPECT_EQ(split("• 9. The first item • 10. The second item"),
            (Sentences{"• 9. The first item", "• 10. The second item"}));
  EXPECT_EQ(split("(a) Hello world. (b) Hello world."), (Sentences{"(a) Hello world.", "(b) Hello world."}));
  EXPECT_EQ(split("As payment for 1. above, pay us a fee."), (Sentences{"As payment for 1. above, pay us a fee."}));
}

TEST(SentenceRules, LineBreaks) {
  EXPECT_EQ(split("It was a cold \nnight in the city."), (Sentences{"It was a cold \nnight in the city."}));
  EXPECT_EQ(split("features\ncontact manager\nevents, activities\n"),
            (Sentences{"features", "contact manager", "events, activities"}));
  EXPECT_EQ(split("A line ends with the\nnext line going on."), (Sentences{"A line ends with the\nnext line going on."}));
  EXPECT_EQ(split("Paragraph one\n\nparagraph two"), (Sentences{"Paragraph one", "paragraph two"}));
  EXPECT_EQ(split("This is a sentence\ncut off in the middle because pdf.", true),
            (Sentences{"This is a sentence\ncut off in the middle because pdf."}));
  EXPECT_EQ(split("• 9. Stop smoking \n• 10. Get some rest", true), (Sentences{"• 9. Stop smoking", "• 10. Get some rest"}));
  EXPECT_EQ(split("Windows line\r\nBreaks here.\r\n\r\nNew paragraph."),
            (Sentences{"Windows line", "Breaks here.", "New paragraph."}));
}

TEST(SentenceRules, DatelinesAndSeparators) {
  EXPECT_EQ(split("WASHINGTON (AP) — The president spoke. Then he left."),
            (Sentences{"WASHINGTON (AP) —", "The president spoke.", "Then he left."}));
  EXPECT_EQ(split("Before.\n* * *\n______\nAfter."), (Sentences{"Before.", "After."}));
}

TEST(SentenceRules, UserAbbreviations) {
  EXPECT_EQ(split("It weighs approx. Ten tons."), (Sentences{"It weighs approx. Ten tons."}));
  EXPECT_EQ(split("Call Supv. Jones now. Thanks."), (Sentences{"Call Supv.", "Jones now.", "Thanks."}));
  EXPECT_EQ(split("Call Supv. Jones now. Thanks.", false, {"Supv"}), (Sentences{"Call Supv. Jones now.", "Thanks."}));
  EXPECT_EQ(split("Call Supv. Jones now. Thanks.", false, {"supv."}), (Sentences{"Call Supv. Jones now.", "Thanks."}));
}

TEST(SentenceRules, BadInputHasADefinedResult) {
  EXPECT_TRUE(split("").empty());
  EXPECT_EQ(split("\xFF\xFE broken. Text."), (Sentences{"\xFF\xFE broken.", "Text."}));
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 131) % 256);
  for (const auto& sentence : split(junk)) EXPECT_FALSE(sentence.empty());
  EXPECT_EQ(split("Unclosed (bracket. Still splits. Here."), (Sentences{"Unclosed (bracket.", "Still splits.", "Here."}));
}

TEST(SentenceRules, LinearOnPathologicalInput) {
  // Long runs of marks, brackets and dots must not make any decision look far.
  std::string text;
  for (int i = 0; i < 200000; ++i) text += i % 3 ? "(." : ". ";
  text += std::string(200000, '.') + std::string(200000, '(') + std::string(200000, ')');
  for (int i = 0; i < 100000; ++i) text += "Mr. ";         // one long sentence full of candidates
  for (int i = 0; i < 100000; ++i) text += "It is. ";      // many sentences on one line
  text += std::string(300000, ' ') + "\n" + std::string(300000, 'a') + "\nb";  // long lines to look back over
  const auto begin = std::chrono::steady_clock::now();
  split(text);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  EXPECT_LT(seconds, 2.0);
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(SentenceRules, TextWithoutCapitals) {
  std::string text;
  for (int i = 0; i < 12; ++i) text += "i think we should go home now. then we can rest for a while. ";
  const auto sentences = split(text);
  EXPECT_EQ(sentences.size(), 24u);
  EXPECT_EQ(sentences[0], "i think we should go home now.");
  // A few lower-case continuations in ordinary text still do not split.
  EXPECT_EQ(split("The med. staff here is kind. We like them."), (Sentences{"The med. staff here is kind.", "We like them."}));
}

}  // namespace
}  // namespace article_lens
