// Words around the speaker that are not the speaker: a phrase that sets the speaker off ("de son
// côté", "por su parte") between speaker and cue, and a name inside an opening phrase ("Asked by
// CNN, ..."). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;

TEST(QuoteClauseOpeners, APhraseBetweenSpeakerAndCueIsPassedOver) {
  const auto fr = direct_quotes_of("Emmanuel Macron a de son côté dénoncé « une faute politique ».", "fr");
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].speaker, "Emmanuel Macron");
  const auto es = direct_quotes_of("Alberto Núñez Feijóo por su parte aseguró que la decisión es «electoralista».", "es");
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].speaker, "Alberto Núñez Feijóo");
}

TEST(QuoteClauseOpeners, ANameAfterAPrepositionInAnOpeningPhraseIsNoSpeaker) {
  const auto en = direct_quotes_of("Asked by CNN, the economy minister, Anna Berg, said growth would be \"on time\".", "en");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].speaker, "Anna Berg");
  const auto fr = direct_quotes_of("Interrogé par Le Monde, le ministre de l'Intérieur, Gérald Darmanin, a assuré que la "
                                   "situation était « sous contrôle ».", "fr");
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].speaker, "Gérald Darmanin");
}

}  // namespace
}  // namespace article_lens
