// Direct speech set off by dialogue dashes instead of quotation marks (ru, uk, pl, es news).
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteDialogue, RussianDashSpeechIsDirectAndResumesAfterTheAuthorsWords) {
  const std::string text =
      "Пресс-секретарь Кремля Дмитрий Песков прокомментировал заявление.\n\n"
      "— Это — провокация, — заявил Песков журналистам. — Ответ будет «симметричным».\n\n"
      "— Мы не видим готовности к диалогу! — добавил он.\n";
  const auto r = read_article_quotes(text, "ru");
  ASSERT_EQ(r.quotes.size(), 3u);
  // The dash inside the speech is passed over: no attribution follows it.
  EXPECT_EQ(r.quotes[0].kind, "direct");
  EXPECT_EQ(r.quotes[0].text, "Это — провокация");
  EXPECT_EQ(r.quotes[0].speaker, "Дмитрий Песков");
  EXPECT_EQ(r.quotes[0].cue, "заявил");
  // Resumed after the author's words; the marks inside it are a quote within the speech.
  EXPECT_EQ(r.quotes[1].kind, "direct");
  EXPECT_EQ(r.quotes[1].text, "Ответ будет «симметричным».");
  EXPECT_EQ(r.quotes[1].speaker, "Дмитрий Песков");
  EXPECT_EQ(r.quotes[2].text, "Мы не видим готовности к диалогу!");
  EXPECT_EQ(r.quotes[2].speaker, "Дмитрий Песков");
  EXPECT_EQ(r.stats.direct_quotes, 3u);
  EXPECT_EQ(r.stats.indirect_quotes, 0u);
}

TEST(QuoteDialogue, PolishEnDashesAndSpanishRayas) {
  const auto pl = read_article_quotes(
      "Premier Donald Tusk zapowiedział zmiany.\n\n– Potrzebujemy nowej energii – powiedział Tusk. – Lista jest gotowa.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 2u);
  EXPECT_EQ(pl.quotes[0].text, "Potrzebujemy nowej energii");
  EXPECT_EQ(pl.quotes[0].speaker, "Donald Tusk");
  EXPECT_EQ(pl.quotes[1].text, "Lista jest gotowa.");
  EXPECT_EQ(pl.quotes[1].speaker, "Donald Tusk");
  // The raya closing the author's words, then a stop, resumes the speech.
  const auto es = read_article_quotes(
      "Pedro Sánchez habló ayer.\n\n—No vamos a dejar a nadie atrás —aseguró Sánchez—. Es una cuestión de justicia.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[0].text, "No vamos a dejar a nadie atrás");
  EXPECT_EQ(es.quotes[0].speaker, "Pedro Sánchez");
  EXPECT_EQ(es.quotes[0].cue, "aseguró");
  EXPECT_EQ(es.quotes[1].text, "Es una cuestión de justicia.");
  EXPECT_EQ(es.quotes[1].speaker, "Pedro Sánchez");
}

TEST(QuoteDialogue, DashedLinesThatNameNoSpeakerAreNotQuotes) {
  // An interview's lines and a list: no attribution after a dash, so no speech is claimed.
  const auto interview = read_article_quotes("Мы поговорили с министром.\n\n— Вы поедете в Женеву?\n— Пока не решено.\n", "ru");
  EXPECT_TRUE(interview.quotes.empty());
  const auto list = read_article_quotes("Lista zadań:\n– budżet,\n– obronność – najważniejsza sprawa.\n", "pl");
  EXPECT_TRUE(list.quotes.empty());
  // English has no dialogue dashes: a dashed line stays text.
  const auto en = read_article_quotes("— This is a list item — said to be the last one.\n", "en");
  EXPECT_TRUE(en.quotes.empty());
}

}  // namespace
}  // namespace article_lens
