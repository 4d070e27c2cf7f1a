// Portuguese, added as data only (src/quotes/data/*_pt.txt): cues before and after the quote,
// "segundo" and "para" as sources, loaded cues, unnamed sources. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuotePortuguese, SpeakersCuesAndSources) {
  const auto pt = read_article_quotes(
      "O governo aprovou o novo orçamento. \"É um orçamento responsável\", disse o ministro das Finanças, Fernando Medina.\n\n"
      "\"Vamos votar contra\", afirmou o líder do PSD, Luís Montenegro. Ele acrescentou que o partido \"não será cúmplice\".\n\n"
      "\"Não há alternativa\", admitiu a ministra Marina Costa.\n\n"
      "Para o economista João Santos, a medida é \"insuficiente\".\n\n"
      "Fontes próximas ao governo disseram que o acordo está próximo.", "pt");
  // The reported clauses around marked words are read too: "o partido \"não será cúmplice\"",
  // "a medida é \"insuficiente\"".
  ASSERT_EQ(pt.quotes.size(), 8u);
  EXPECT_EQ(pt.quotes[0].speaker, "Fernando Medina");
  EXPECT_EQ(pt.quotes[0].cue, "disse");
  EXPECT_EQ(pt.quotes[1].speaker, "Luís Montenegro");
  EXPECT_EQ(pt.quotes[2].kind, "indirect");
  EXPECT_EQ(pt.quotes[2].text, "o partido \"não será cúmplice\"");
  EXPECT_EQ(pt.quotes[3].speaker, "Luís Montenegro");  // "Ele acrescentou"
  EXPECT_EQ(pt.quotes[4].speaker, "Marina Costa");
  EXPECT_EQ(pt.stats.loaded_cues, 1u);  // "admitiu"
  EXPECT_EQ(pt.quotes[5].kind, "indirect");
  EXPECT_EQ(pt.quotes[6].speaker, "João Santos");
  EXPECT_EQ(pt.quotes[7].kind, "indirect");
  EXPECT_EQ(pt.quotes[7].text, "o acordo está próximo");
  EXPECT_TRUE(pt.quotes[7].anonymous);
}

TEST(QuotePortuguese, SegundoWithANameOrAPronoun) {
  const auto pt = read_article_quotes("O presidente Carlos Lopes falou com os sindicatos. Segundo ele, as negociações devem "
                                      "avançar. Segundo a oposição, o texto \"não resolve os problemas do país\".", "pt");
  ASSERT_EQ(pt.quotes.size(), 2u);
  EXPECT_EQ(pt.quotes[0].kind, "indirect");
  EXPECT_EQ(pt.quotes[0].speaker, "Carlos Lopes");
  EXPECT_EQ(pt.quotes[1].kind, "direct");
  EXPECT_EQ(pt.quotes[1].mention, "a oposição");
}

}  // namespace
}  // namespace article_lens
