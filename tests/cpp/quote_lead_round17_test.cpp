// Speakers the lead read right in round 17. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteLeadRound17, ALongRelativeClauseSetOffByCommasLeavesItsSubjectSpeaking) {
  const auto q = read_article_quotes(
      "The inspector, who had visited the site three times over the past two winters, said the walls were unsafe.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "the walls were unsafe");
  EXPECT_EQ(q[0].mention, "The inspector");
}

TEST(QuoteLeadRound17, AnOpinionOpenerTakesADescriptionByPartyOrTrade) {
  auto q = read_article_quotes(
      "O senador Renan Calheiros discursou na tribuna. Para o emedebista, a proposta \"não passa\".", "pt").quotes;
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().kind, "direct");
  EXPECT_EQ(q.back().text, "não passa");
  EXPECT_EQ(q.back().mention, "o emedebista");
  EXPECT_EQ(q.back().speaker, "Renan Calheiros");
  q = read_article_quotes("Marine Tondelier était à Rennes. Pour l'écologiste, la loi est « une faute ».", "fr").quotes;
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().text, "une faute");
  EXPECT_EQ(q.back().speaker, "Marine Tondelier");
}

TEST(QuoteLeadRound17, MarkedWordsAfterAnOpenerWhoseVerbCarriesItsSubjectAreTheSpeakersToo) {
  auto q = read_article_quotes(
      "– Zagraliśmy słabo – przyznał po meczu trener Rakowa Marek Papszun. Jak dodał, zespół „musi się podnieść”.", "pl").quotes;
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[2].kind, "direct");
  EXPECT_EQ(q[2].text, "musi się podnieść");
  EXPECT_EQ(q[2].speaker, "Marek Papszun");
  q = read_article_quotes("Министр Антон Силуанов выступил в Думе. Как добавил, бюджет «остается сбалансированным».", "ru").quotes;
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().text, "остается сбалансированным");
  EXPECT_EQ(q.back().speaker, "Антон Силуанов");
}

TEST(QuoteLeadRound17, WordsGivenAnAgeAfterASourceOpenTheClauseNotTheSourcesApposition) {
  auto q = read_article_quotes("According to the prosecutor, the driver, 52, had been drinking.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "the driver, 52, had been drinking");
  q = read_article_quotes("Según la Guardia Civil, la víctima, de 71 años, vivía sola.", "es").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "la víctima, de 71 años, vivía sola");
  EXPECT_EQ(q[0].speaker, "Guardia Civil");
  // An apposition without an age still belongs to the source.
  q = read_article_quotes("Según Ana Gil, portavoz de la Guardia Civil, la víctima vivía sola.", "es").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "la víctima vivía sola");
}

TEST(QuoteLeadRound17, AClauseSetAgainstTheQuoteWithItsOwnSubjectAndCueIsAReportOfItsOwn) {
  auto q = read_article_quotes(
      "Unions have called the plan a “raid on pensions”, but the minister says it will protect savers.").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "raid on pensions");
  EXPECT_NE(q[0].speaker, "the minister");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "it will protect savers");
  EXPECT_EQ(q[1].mention, "the minister");
  q = read_article_quotes("Los sindicatos hablan de un \"saqueo\", pero el ministro asegura que el plan protege a los ahorradores.", "es").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "los sindicatos");
}

TEST(QuoteLeadRound17, ACueClosingTheWholeSentenceStillCoversTheClauseBeforeBut) {
  const auto q = read_article_quotes(
      "Mayor Ruth Okafor spoke on Monday. The city was not “abandoning” anyone, but some services would move online, she said.").quotes;
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].text, "abandoning");
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Ruth Okafor");
}

TEST(QuoteLeadRound17, ABodysPronounAfterABodySpokeIsThatBody) {
  auto q = read_article_quotes(
      "В пресс-службе ГУ МЧС по Омской области сообщили, что возгорание ликвидировано. Там уточнили, что пострадавших нет.",
      "ru").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "пострадавших нет");
  EXPECT_EQ(q[1].speaker, q[0].speaker);
  q = read_article_quotes("Northwind said sales had fallen. However, it said margins would recover next year.").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Northwind");
  // Not after a person spoke, nor where it stands for no one.
  q = read_article_quotes("Chief executive Lena Hart said sales had fallen. It added that margins would recover.").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "");
  q = read_article_quotes("Northwind Foods said sales had fallen. It has been reported that the chain will close shops.").quotes;
  for (const auto& quote : q)
    if (quote.text == "the chain will close shops") EXPECT_EQ(quote.speaker, "");
}

TEST(QuoteLeadRound17, JapaneseCuesTakeTheirPoliteAndProgressiveEndings) {
  // The broadcasters' style: "と話しています", "と呼びかけています", "と述べました".
  auto q = read_article_quotes("住民の佐々木さんは「水が一気に来た」と話しています。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "佐々木");
  EXPECT_EQ(q[0].cue, "話しています");
  q = read_article_quotes("市の担当者は「不要な外出は控えて」と呼びかけていました。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].cue, "呼びかけていました");
}

TEST(QuoteLeadRound17, AJapaneseSourcePhraseBeforeACommaIsNotTheSpeaker) {
  const auto q = read_article_quotes("捜査関係者によりますと、女は「覚えていない」と供述しているということです。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "女");
}

TEST(QuoteLeadRound17, AOneCharacterSurnameWithATitleIsTheFullNameWrittenBefore) {
  const auto q = read_article_quotes(
      "森裕子議員は「説明が足りない」と述べました。森議員は「再質問する」とも話しました。", "ja").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "森裕子");
  EXPECT_EQ(q[1].speaker, "森裕子");
}

TEST(QuoteLeadRound17, AnOpinionOpenerAfterAColonAndACliticBeforeTheVerb) {
  auto q = read_article_quotes("Diversa la lettura dei sindacati: per la Cgil si tratta di «un passo indietro».", "it").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].mention, "la Cgil");
  q = read_article_quotes("Para el PSOE se trata de un \"error histórico\".", "es").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "el PSOE");
}

TEST(QuoteLeadRound17, ANameRightAfterTheOutletOfAnInterviewSpeaks) {
  auto q = read_article_quotes("– Nie oddamy tego projektu – mówił w rozmowie z Radio ZET Szymon Hołownia.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Szymon Hołownia");
  q = read_article_quotes("— Мы не отступим, — заявил в интервью РБК Олег Дерипаска.", "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Олег Дерипаска");
}

TEST(QuoteLeadRound17, AnObjectPronounBeforeTheCueIsNotPartOfTheSpeaker) {
  const auto q = read_article_quotes("Vox los calificó de \"chiringuitos\" durante el pleno.", "es").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Vox");
}

TEST(QuoteLeadRound17, ChineseMarkedWordsInsideAReportAreTheReportersAndACitedSourceLeadsToItsSpeaker) {
  auto q = read_article_quotes("王毅说，中方“坚决反对”这种做法。", "zh").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].text, "坚决反对");
  EXPECT_EQ(q[1].speaker, "王毅");
  q = read_article_quotes("据新华社报道，海关总署新闻发言人吕大良表示，前十个月进出口保持增长。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "前十个月进出口保持增长");
  EXPECT_EQ(q[0].speaker, "吕大良");
  // An outlet named in marks before its cue is a name, and the speaker it reports speaks.
  q = read_article_quotes("香港“明报”报道，李家超称，特区政府“会全力配合”。", "zh").quotes;
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].kind, "scare");
  EXPECT_EQ(q.back().text, "会全力配合");
  EXPECT_EQ(q.back().speaker, "李家超");
}

TEST(QuoteLeadRound17, JapaneseMannerCuesAndAClauseBeforeATitledName) {
  const auto q = read_article_quotes("初出場で優勝した鈴木選手は「まだ信じられない」と声を弾ませていました。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "鈴木");
}

TEST(QuoteLeadRound17, ABareSourceAfterItsPhraseSpeaksMarkedWordsToo) {
  const auto q = read_article_quotes("According to hospital records, the patient was \"left unattended\" for hours.").quotes;
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().kind, "direct");
  EXPECT_EQ(q.back().text, "left unattended");
  EXPECT_EQ(q.back().speaker, "hospital records");
}

TEST(QuoteLeadRound17, JapaneseTheSaidTitleIsThePersonJustSpokenOf) {
  const auto q = read_article_quotes(
      "経済産業省の武藤容治大臣は「支援を続ける」と述べた。同大臣は「補正予算で手当てする」とも語った。", "ja").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].mention, "同大臣");
  EXPECT_EQ(q[1].speaker, "武藤容治");
}

}  // namespace
}  // namespace article_lens
