// Relative clauses around a quote's attribution: the antecedent of "who added" speaks, a relative
// clause between the speaker and the cue holds no cue, and a predicate before a colon is no
// apposition. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteRelativeClauses, TheAntecedentOfASubjectRelativePronounSpeaks) {
  const auto en = direct_quotes_of("\"It is over,\" said Anna Berg, who added that the party \"will go on\".", "en");
  ASSERT_EQ(en.size(), 2u);
  EXPECT_EQ(en[1].speaker, "Anna Berg");
  EXPECT_EQ(en[1].mention, "Anna Berg");
  EXPECT_EQ(en[0].mention, "Anna Berg");  // the reporting relative clause is not her apposition
  const auto es = direct_quotes_of("\"No vamos a dar marcha atrás\", dijo Yolanda Díaz, quien añadió que el Gobierno "
                                   "\"seguirá dialogando\".", "es");
  ASSERT_EQ(es.size(), 2u);
  EXPECT_EQ(es[1].speaker, "Yolanda Díaz");
  EXPECT_EQ(es[1].cue, "añadió");
  const auto ru = direct_quotes_of("Дмитрий Песков, который добавил, что ответ будет «симметричным».", "ru");
  ASSERT_EQ(ru.size(), 1u);
  EXPECT_EQ(ru[0].speaker, "Дмитрий Песков");
  EXPECT_EQ(ru[0].mention, "Дмитрий Песков");
}

TEST(QuoteRelativeClauses, ARelativeClauseBeforeTheCueHoldsNoCue) {
  const auto en = direct_quotes_of("\"I think it's a disgrace,\" one Conservative MP, who asked not to be named, told the BBC.", "en");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].cue, "told");
  EXPECT_TRUE(en[0].anonymous);
}

TEST(QuoteRelativeClauses, APredicateBeforeTheColonIsNoApposition) {
  const auto es = direct_quotes_of("El presidente del Gobierno, Pedro Sánchez, presentó la medida en el Congreso: "
                                   "\"Es de justicia social\".", "es");
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].speaker, "Pedro Sánchez");
  EXPECT_EQ(es[0].mention, "El presidente del Gobierno, Pedro Sánchez");
  // A role in apposition up to the colon stays ("Erkki Virtanen, Präsident des Rates:").
  const auto de = direct_quotes_of("Erkki Virtanen, Präsident des Rates: „Das Gesetz ist falsch.“", "de");
  ASSERT_EQ(de.size(), 1u);
  EXPECT_EQ(de[0].mention, "Erkki Virtanen, Präsident des Rates");
}

}  // namespace
}  // namespace article_lens
