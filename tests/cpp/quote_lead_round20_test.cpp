// Speakers the lead read right in round 20. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteLeadRound20, AnOfficesSubjectBetweenTheTitleAndTheNameKeepsTheName) {
  auto q = read_article_quotes("«Ми відкрили центр», — сказала під час відкриття міністерка у справах ветеранів Олена Гребенюк.", "uk").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Олена Гребенюк");
  EXPECT_EQ(q[0].mention, "міністерка у справах ветеранів Олена Гребенюк");
  q = read_article_quotes("– Nie ma na to zgody – powiedział minister do spraw europejskich Jan Wróblewski.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jan Wróblewski");
  q = read_article_quotes("Pełnomocnik rządu ds. cyberbezpieczeństwa Marek Lis powiedział, że atak odparto.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Marek Lis");
  // A place after the role is no subject: the role alone speaks, and the name is no one's here.
  q = read_article_quotes("«Ми відкрили центр», — сказав мер у Львові.", "uk").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "мер");
}

TEST(QuoteLeadRound20, AnAgeBeforeTheNameInAnAppositionKeepsTheNameAsSpeaker) {
  auto q = read_article_quotes("A neighbour, 72-year-old Joan Pike, said she heard a bang.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Joan Pike");
  q = read_article_quotes("One of the first patients, 29-year-old Sergeant Tom Reed, said he had waited six months.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Reed");
  q = read_article_quotes("Один із перших пацієнтів, 29-річний сержант Андрій, розповів, що чекав пів року.", "uk").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Андрій");
  // An age with a role after a name, or an age alone, describes the one named or described before.
  q = read_article_quotes("John Pike, 72-year-old Labour MP, said he would stand down.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "John Pike");
  q = read_article_quotes("The minister, 54, said he would not resign.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The minister");
}

TEST(QuoteLeadRound20, AMilitaryRankBeforeANameIsATitle) {
  auto q = read_article_quotes("Один из пациентов, сержант Андрей Мельник, рассказал, что ждал полгода.", "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Андрей Мельник");
  q = read_article_quotes("«Ha agito da solo», ha spiegato il maresciallo Franco Rizzo.", "it").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Franco Rizzo");
}

TEST(QuoteLeadRound20, ARomanceGerundAfterACommaReportsForTheClausesSubject) {
  auto q = read_article_quotes("Il sindaco Marco Bassi ha visitato il cantiere, spiegando che i lavori termineranno entro giugno.", "it").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "i lavori termineranno entro giugno");
  EXPECT_EQ(q[0].speaker, "Marco Bassi");
  q = read_article_quotes("Le maire Paul Girard a visité le chantier, expliquant que les travaux se termineraient en juin.", "fr").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Paul Girard");
  q = read_article_quotes("El alcalde Luis Prado visitó las obras, asegurando que terminarán en junio.", "es").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Luis Prado");
  // A word that only ends like a gerund is none: "quando" opens a clause of time, not a report.
  EXPECT_TRUE(read_article_quotes("Il sindaco Marco Bassi ha visitato il cantiere, quando i lavori erano fermi.", "it").quotes.empty());
}

TEST(QuoteLeadRound20, AnUnnamedPersonOpeningTheSentenceIsAnAnonymousSourceNotANamedOne) {
  auto reading = read_article_quotes("Соседка рассказала, что слышала хлопок.", "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_EQ(reading.quotes[0].mention, "Соседка");
  EXPECT_TRUE(reading.quotes[0].anonymous);
  EXPECT_EQ(reading.stats.named_sources, 0u);
  EXPECT_EQ(reading.stats.anonymous_sources, 1u);
  reading = read_article_quotes("Sąsiadka powiedziała, że słyszała huk.", "pl");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_TRUE(reading.quotes[0].anonymous);
  // A surname opening the sentence is still a name.
  reading = read_article_quotes("Песков заявил, что Кремль не комментирует слухи.", "ru");
  ASSERT_EQ(reading.quotes.size(), 1u);
  EXPECT_FALSE(reading.quotes[0].anonymous);
  EXPECT_EQ(reading.stats.named_sources, 1u);
}

TEST(QuoteLeadRound20, AShortStatementIsReportedByTheSentenceThatRefersBackToIt) {
  auto q = read_article_quotes("Пожар ликвидирован. Об этом сообщили в МЧС.", "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "Пожар ликвидирован");
  EXPECT_EQ(q[0].speaker, "МЧС");
  // A dateline is no statement.
  EXPECT_TRUE(read_article_quotes("ЛОНДОН, 9 августа. Об этом заявил Дмитрий Песков.", "ru").quotes.empty());
}

TEST(QuoteLeadRound20, TheCueMayComeBeforeTheReferenceBack) {
  auto q = read_article_quotes("Pożar został ugaszony. Poinformowała o tym straż pożarna.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Pożar został ugaszony");
  EXPECT_EQ(q[0].mention, "straż pożarna");
  q = read_article_quotes("Пожежу на складі під Києвом ліквідовано. Повідомили про це в ДСНС.", "uk").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "ДСНС");
  q = read_article_quotes("Пожар на складе ликвидирован, сообщили об этом в МЧС.", "ru").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "МЧС");
}

TEST(QuoteLeadRound20, AGermanSourcePhraseWithHisWordsMeansThePersonNamedBefore) {
  auto q = read_article_quotes("Innenminister Jan Berg sagte, die Lage sei ruhig. Nach seinen Worten soll das Gesetz im Mai kommen.", "de").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "soll das Gesetz im Mai kommen");
  EXPECT_EQ(q[1].speaker, "Jan Berg");
  q = read_article_quotes("Innenminister Jan Berg sagte, die Lage sei ruhig. Seinen Worten zufolge soll das Gesetz im Mai kommen.", "de").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Jan Berg");
  EXPECT_EQ(q[1].mention, "Seinen");
}

TEST(QuoteLeadRound20, AnOccasionAfterTheSpeakersDescriptionIsNoPartOfTheMention) {
  auto q = read_article_quotes("Il ministro Carlo Neri è arrivato a Bruxelles. «È una vittoria», ha commentato il ministro all'uscita dal vertice.", "it").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "il ministro");
  EXPECT_EQ(q[0].speaker, "Carlo Neri");
  q = read_article_quotes("Il ministro Carlo Neri è arrivato a Bruxelles. «È una vittoria», ha commentato il ministro nel corso dell'audizione.", "it").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "il ministro");
  q = read_article_quotes("El ministro Luis Prado llegó a Bruselas. \"Es una victoria\", dijo el ministro al término de la reunión.", "es").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "el ministro");
  // A topic after the link is the office's: "l'assessore ai trasporti Marco Bassi".
  q = read_article_quotes("«Serve più coraggio», ha detto l'assessore ai trasporti Marco Bassi.", "it").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "l'assessore ai trasporti Marco Bassi");
}

TEST(QuoteLeadRound20, AJapaneseAdverbBetweenTheQuoteParticleAndTheCueKeepsTheSpeaker) {
  auto q = read_article_quotes("山田さんは「本当に悔しい」と涙ながらに語った。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "山田");
  q = read_article_quotes("田中社長は「全力を尽くす」と力強く語った。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "田中");
  // The subject after the quote still speaks: "「…」と山田さんが語った".
  q = read_article_quotes("「本当に悔しい」と山田さんが語った。", "ja").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "山田");
}

TEST(QuoteLeadRound20, AChineseTitleAfterTheNameIsNoPartOfIt) {
  auto q = read_article_quotes("王刚部长说：“我们愿同各方加强沟通。”", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "王刚");
  EXPECT_EQ(q[0].mention, "王刚部长");
  q = read_article_quotes("张伟教授认为，人工智能将改变教育。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "张伟");
  // A title with no name is a description.
  q = read_article_quotes("外交部发言人表示，中方对此表示关切。", "zh").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].described);
}

TEST(QuoteLeadRound20, AnIndefiniteAppositionDescribesTheDefiniteDescriptionBeforeIt) {
  auto q = read_article_quotes("The defendant, a 34-year-old man, said he had never hit his partner.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The defendant");
  q = read_article_quotes("Le prévenu, un homme de 34 ans, a affirmé qu'il n'avait jamais frappé sa compagne.", "fr").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Le prévenu");
  // A name in apposition still speaks.
  q = read_article_quotes("Her chief aide, Jake Moss, said the talks had stalled.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jake Moss");
}

TEST(QuoteLeadRound20, ARomanceCueMayReportAnInfinitive) {
  auto q = read_article_quotes("Le ministre Paul Girard a affirmé avoir reçu des menaces.", "fr").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "avoir reçu des menaces");
  EXPECT_EQ(q[0].speaker, "Paul Girard");
  q = read_article_quotes("Il ministro Carlo Neri ha dichiarato di aver ricevuto minacce.", "it").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "aver ricevuto minacce");
  q = read_article_quotes("El ministro Luis Prado afirmó haber recibido amenazas.", "es").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "haber recibido amenazas");
  // A request's infinitive is what is asked, not said; "ayer" only ends like an infinitive.
  EXPECT_TRUE(read_article_quotes("Il sindaco Marco Bassi ha chiesto di avere più fondi.", "it").quotes.empty());
  q = read_article_quotes("El ministro dijo ayer que habrá cambios.", "es").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "habrá cambios");
}

TEST(QuoteLeadRound20, APlaceAfterItsHeadWordEndsBeforeTheFirstName) {
  auto q = read_article_quotes("– Nie było innego wyjścia – przyznał wójt gminy Zawonia Jan Kowalski.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jan Kowalski");
  // Without a name the office speaks, no place.
  q = read_article_quotes("– Nie było innego wyjścia – przyznał wójt gminy Zawonia.", "pl").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "wójt gminy Zawonia");
  EXPECT_NE(q[0].speaker, "Zawonia");
}

TEST(QuoteLeadRound20, AnHonorificIsNoOfficeThatRulesOutAnother) {
  const auto q = read_article_quotes(
      "Sir Keir Lane has ruled out a rise in income tax. \"Working people should not pay more,\" the prime minister told reporters.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Keir Lane");
}

TEST(QuoteLeadRound20, ATitleAfterItsOwnersPossessiveIsNoQuoteWhateverCueFollows) {
  auto q = read_article_quotes("Appearing on NBC's \"Meet the Press,\" Vance said the administration would not back down.").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "scare");
  EXPECT_EQ(q[0].text, "Meet the Press,");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "the administration would not back down");
  EXPECT_EQ(q[1].speaker, "Vance");
  // (A lower-case owner too: "Fox News channel's “Sunday Morning Futures,” Rep. Ann Lee said".)
  q = read_article_quotes("On Fox News channel's \"Sunday Morning Futures,\" Rep. Ann Lee said the deal was dead.").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "scare");
  EXPECT_EQ(q[1].speaker, "Ann Lee");
  q = read_article_quotes("Initiatives such as Microsoft's \"Plays for Sure\" failed, he said.").quotes;
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].kind, "scare");
}

TEST(QuoteLeadRound20, ATitleOpeningALineBeforeTheNounItQualifiesIsNoUtterance) {
  auto q = read_article_quotes("Getty.\n\n\"Broad City\" star Arturo Castro turned the tables on Hollywood.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "scare");
  // An utterance before its speaker stays one.
  q = read_article_quotes("Getty.\n\n\"We Will Win\" he said.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
}

TEST(QuoteLeadRound20, ATitleJoinedToATitleBeforeItIsOneWhateverCueFollows) {
  const auto q = read_article_quotes(
      "Pratt, who's starred in \"Parks and Recreation\" and \"Guardians of the Galaxy,\" posted the clip on Thursday.").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "scare");
  EXPECT_EQ(q[1].kind, "scare");
}

TEST(QuoteLeadRound20, ALineOfOneWordAndItsColonInMarksIsALabel) {
  const auto q = read_article_quotes("Paul said the plan was weak.\n\n\"Related:\"\n\nCandidates Reject The Idea.").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[1].kind, "scare");
}

TEST(QuoteLeadRound20, ATitleAfterAWordThatIntroducesOneIsOneWhateverCueFollows) {
  auto q = read_article_quotes("\"Of course he is fair game,\" Fiorina told \"Fox and Friends,\" reminding the hosts of it.").quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Fiorina");
  EXPECT_EQ(q[1].kind, "scare");
  q = read_article_quotes("A group is performing a play called \"Los Hijos de Trump,\" a popular play said to mock him.").quotes;
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].kind, "scare");
}

TEST(QuoteLeadRound20, AnOpeningMarkSetOffByASpaceBeforeAnEllipsisOpens) {
  const auto q = read_article_quotes("As Politico reported, “ … if the primary were held today, Trump would win.”").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "… if the primary were held today, Trump would win.");
  EXPECT_EQ(q[0].speaker, "Politico");
}

TEST(QuoteLeadRound20, AnAppositionMissingItsClosingCommaDescribesTheNameBeforeIt) {
  auto q = read_article_quotes("Marc Ostwald, a strategist at Monument Securities told Reuters that no impact could be expected.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marc Ostwald");
  q = read_article_quotes("\"We are checking,\" Michael Lamberty, a Lufthansa spokesman told the BBC.").quotes;
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Michael Lamberty");
}

}  // namespace
}  // namespace article_lens
