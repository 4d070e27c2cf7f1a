// Sentences that name who said what the sentence or quote before them says ("Об этом заявил X"),
// and quotes of documents and bodies ("говорится в сообщении X", "подчеркнули в Кремле").
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteReferenceBack, TheSentenceBeforeIsReportedSpeech) {
  const auto ru = read_article_quotes("Россия готова к переговорам без предварительных условий. Об этом заявил "
                                      "пресс-секретарь президента Дмитрий Песков.", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "indirect");
  EXPECT_EQ(ru.quotes[0].text, "Россия готова к переговорам без предварительных условий");
  EXPECT_EQ(ru.quotes[0].speaker, "Дмитрий Песков");
  EXPECT_EQ(ru.quotes[0].cue, "заявил");
  const auto uk = read_article_quotes("Україна отримає нові системи ППО. Про це повідомив міністр оборони Рустем Умєров.", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].speaker, "Рустем Умєров");
  // The speaker before the cue ("Об этом Песков заявил журналистам").
  const auto before = read_article_quotes("Переговоры продолжатся на следующей неделе в Минске. Об этом Дмитрий Песков заявил журналистам.", "ru");
  ASSERT_EQ(before.quotes.size(), 1u);
  EXPECT_EQ(before.quotes[0].speaker, "Дмитрий Песков");
}

TEST(QuoteReferenceBack, AQuoteBeforeTakesTheSpeakerNamedAfterIt) {
  const auto ru = read_article_quotes("«Мы открыты для диалога». Об этом заявил Дмитрий Песков.", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "direct");
  EXPECT_EQ(ru.quotes[0].speaker, "Дмитрий Песков");
}

TEST(QuoteReferenceBack, NoReferenceNoReport) {
  // Without the opener, or without a speaker, the sentence before stays plain text.
  EXPECT_TRUE(read_article_quotes("Россия готова к переговорам. Дмитрий Песков прилетел в Минск.", "ru").quotes.empty());
  EXPECT_TRUE(read_article_quotes("Россия готова к переговорам. Об этом много писали.", "ru").quotes.empty());
}

TEST(QuoteReferenceBack, ADocumentOrABodyAfterItsCueIsNoSpeakerGuessedBefore) {
  // The quote keeps its cue and does not inherit the speaker of the quote before.
  const auto ru = read_article_quotes("«Мы готовы», — заявил Дмитрий Песков.\n\n"
                                      "«Ситуация остается сложной», — говорится в сообщении Минобороны.\n\n"
                                      "«Это провокация», — подчеркнули в Кремле.", "ru");
  ASSERT_EQ(ru.quotes.size(), 3u);
  EXPECT_NE(ru.quotes[1].speaker, "Дмитрий Песков");
  EXPECT_EQ(ru.quotes[1].cue.rfind("говорится", 0), 0u);
  EXPECT_EQ(ru.quotes[2].mention, "Кремле");
}

}  // namespace
}  // namespace article_lens
