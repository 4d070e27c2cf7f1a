// Speakers the lead read right in round 18. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::read_article_quotes;

TEST(QuoteLeadRound18, AJapaneseSentenceOpeningWithItsSourceReportsThatSource) {
  auto q = read_article_quotes("市の担当者によりますと、けが人はいないということです。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "けが人はいないということです");
  EXPECT_EQ(q[0].mention, "市の担当者");
  q = read_article_quotes("消防によると、火は約2時間後に消し止められた。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "消防");
  // A source phrase inside the sentence, not opening it, cites no one: the sentence is narration.
  EXPECT_TRUE(read_article_quotes("調査によると結果は来月に公表される見通しだ。", "ja").quotes.empty());
}

TEST(QuoteLeadRound18, AJapaneseMannerPhraseBetweenTheQuoteParticleAndTheCueKeepsTheSpeaker) {
  const auto q = read_article_quotes("山田監督は試合後、「選手たちを誇りに思う」と記者団に語った。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "山田");
}

TEST(QuoteLeadRound18, AChineseViewSomeoneHoldsIsReported) {
  const auto q = read_article_quotes("专家认为，就业市场“总体向好”。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].mention, "专家");
}

TEST(QuoteLeadRound18, AChineseReporterLearnsFromTheSourceAfterThePreposition) {
  auto q = read_article_quotes("记者从省交通运输厅获悉，这条高速公路将于年底通车。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "这条高速公路将于年底通车");
  EXPECT_EQ(q[0].mention, "省交通运输厅");
  // Without the source the reporter names no one.
  EXPECT_TRUE(read_article_quotes("记者获悉，这条高速公路将于年底通车。", "zh").quotes.empty());
}

TEST(QuoteLeadRound18, ATitleEndingASentenceIsNoTitleOfTheNameOpeningTheNext) {
  const auto q = read_article_quotes(
      "La ministra de Hacienda, María Jesús Montero, y el líder del PP, Alberto Núñez Feijóo, chocaron en el pleno. "
      "\"Ustedes mienten\", espetó la ministra. Feijóo respondió con dureza.", "es").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "la ministra");
  EXPECT_EQ(q[0].speaker, "María Jesús Montero");
}

TEST(QuoteLeadRound18, AJapanesePronounBeforeAnyoneSpokeMeansTheTitledTopicOfTheSentenceBefore) {
  auto q = read_article_quotes("山本一郎知事は20日、国土交通大臣と面会した。「全面的に協力したい」と彼は語った。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "彼");
  EXPECT_EQ(q[0].speaker, "山本一郎");
  // A pronoun is never a name: with no one before it, no speaker.
  q = read_article_quotes("「全面的に協力したい」と彼女は語った。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
}

TEST(QuoteLeadRound18, ASpeakersMentionSharedByAReportAndItsMarkedWordsIsListedOnce) {
  Options options;
  options.language = "fr";
  const Analysis result = analyze("Marine Le Pen a estimé que la réforme était « injuste et inefficace ».", options);
  ASSERT_EQ(result.quotes.size(), 2u);
  ASSERT_EQ(result.speakers.size(), 1u);
  EXPECT_EQ(result.speakers[0].mentions.size(), 1u);
}

TEST(QuoteLeadRound18, APersonNounOpeningTheSentenceBeforeANameIsTheirRole) {
  auto q = read_article_quotes("Resident Paul Evans, who lives next to the site, said: \"This is a disgrace.\"").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Paul Evans");
  q = read_article_quotes("The crash shook the village. Witness Amy Jones said: \"It was terrifying.\"").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Amy Jones");
}

TEST(QuoteLeadRound18, GermanCompoundsOfBoardAndEconomistAreTitles) {
  auto q = read_article_quotes("Personalvorstand Martin Seiler nannte den Streik „völlig unverhältnismäßig“.", "de").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Martin Seiler");
  q = direct_quotes_of("Chefökonom Jörg Krämer sagte, die Lage sei „ernst“.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jörg Krämer");
}

TEST(QuoteLeadRound18, AnObjectPronounAfterAnAppositionLeavesTheSubjectSpeaking) {
  auto q = read_article_quotes("La vicepresidenta, Yolanda Díaz, lo ha calificado de \"día histórico\".", "es").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Yolanda Díaz");
  EXPECT_EQ(q[0].mention, "La vicepresidenta, Yolanda Díaz");
  q = read_article_quotes("\"Estudiaremos el texto\", se ha limitado a decir su portavoz, Míriam Nogueras.", "es").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Míriam Nogueras");
}

TEST(QuoteLeadRound18, APolishSurnameInTheGenitiveTellsItsGender) {
  const auto q = direct_quotes_of(
      "– To budżet rozwoju – powiedział minister Andrzej Domański. Według Janusza Cieszyńskiego to „budżet na kredyt”. "
      "– Rząd zadłuża nasze dzieci – mówił w Sejmie.", "pl");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[2].speaker, "Janusz Cieszyński");
}

TEST(QuoteLeadRound18, AJapaneseTopicThatIsASubjectMatterIsNoSpeaker) {
  const auto q = read_article_quotes(
      "植田和男総裁は会見で「確度が高まった」と述べた。その上で、今後の利上げについては「予断を持たずに判断していく」と強調した。", "ja").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "植田和男");
}

TEST(QuoteLeadRound18, AChinesePronounBeforeAnyoneSpokeMeansTheTitledNameOpeningTheSentenceBefore) {
  auto q = read_article_quotes("市长王建国在会上介绍了新的交通规划。“我们将优先发展公共交通。”他说。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "王建国");
  // Or the name it opens with, a common surname and a given name.
  q = read_article_quotes("李强会见了来访的德国总理。“中德合作潜力巨大。”他说。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "李强");
  // A title with no name after it names no one.
  q = read_article_quotes("专家指出了问题。“这很重要。”他说。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
}

TEST(QuoteLeadRound18, JapaneseWordsForUnnamedSourcesAreAnonymous) {
  const auto q = read_article_quotes("捜査関係者は「計画的な犯行だ」と話している。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].anonymous);
}

TEST(QuoteLeadRound18, ASpokespersonForABodyWithItsOwnNameHeadsTheMention) {
  auto q = direct_quotes_of("Un porte-parole du ministère des Armées a déclaré que les accusations étaient « fausses ».", "fr");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Un porte-parole du ministère des Armées");
  q = direct_quotes_of("Un porte-parole du ministère de la Défense a déclaré que c'était « faux ».", "fr");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Un porte-parole du ministère de la Défense");
  q = direct_quotes_of("Een woordvoerder van het ministerie van Defensie zegt dat het kabinet \"zorgvuldig\" zal kijken.", "nl");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Een woordvoerder van het ministerie van Defensie");
}

TEST(QuoteLeadRound18, ImperfectivePastCuesAttribute) {
  auto q = direct_quotes_of("Minister odpowiadał, że deficyt „jest pod kontrolą”.", "pl");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Minister");
  q = direct_quotes_of("— Всё под контролем, — отвечал министр.", "ru");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "министр");
}

TEST(QuoteLeadRound18, ADescriptionMeansTheSubjectAfterAPhraseSetBeforeIt) {
  const auto q = direct_quotes_of(
      "Preguntado por Dani Olmo, Hansi Flick se mostró tranquilo. \"Volverá pronto\", zanjó el técnico alemán.", "es");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hansi Flick");
}

TEST(QuoteLeadRound18, TheOneOnTrialNamedBeforeIsTheDefendant) {
  auto q = direct_quotes_of("John Smith was arrested in May. \"I am innocent,\" the defendant told the court.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "John Smith");
  q = direct_quotes_of("Jean Dupont a été interpellé mardi. « Je suis innocent », a déclaré le prévenu.", "fr");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jean Dupont");
  q = direct_quotes_of("Peter Huber muss sich seit Montag verantworten. „Ich bereue nichts“, sagte der Angeklagte.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Peter Huber");
}

TEST(QuoteLeadRound18, AOneWordNameInAppositionToARoleSpeaks) {
  auto q = direct_quotes_of("O técnico do Flamengo, Tite, disse que o time \"jogou mal\".", "pt");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tite");
  q = direct_quotes_of("The owner of Linfield Rovers, Ruth Avery, said the club was \"not for sale\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ruth Avery");
  // Not a place after another apposition.
  q = direct_quotes_of("Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said it was \"curious\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Oxfordshire");
}

TEST(QuoteLeadRound18, TraditionalChineseOfficesAndASettingBeforeTheCue) {
  auto q = read_article_quotes("「我們會持續努力」，台北市長蔣萬安受訪時強調。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "蔣萬安");
  q = read_article_quotes("「全力で取り組む」と小池百合子都知事は語った。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "小池百合子");
}

TEST(QuoteLeadRound18, AJapaneseQuoteTheSubjectMaintainsIsTheirs) {
  auto q = read_article_quotes("政府は「遺憾だ」とした。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "政府");
  // "とする" with no quote before it is no speech.
  EXPECT_TRUE(read_article_quotes("政府は2030年までに達成することを目標としている。", "ja").quotes.empty());
}

TEST(QuoteLeadRound18, APersonFromABodyInARegionSpeaks) {
  const auto q = read_article_quotes(
      "Інспектор Іван Бойко з Головного управління Нацполіції у Львівській області повідомив, що водій був тверезий.", "uk").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Іван Бойко");
}

}  // namespace
}  // namespace article_lens
