// French, Spanish, Italian and Portuguese news, round 18: a phrase set before a sentence's subject
// ("Interrogé sur X, le technicien a répondu", "Durante a audiência no Tribunal de Y, o arguido")
// names no subject, and the description or office after it means whom the text named before; an
// office after two named together is the one who has not just spoken, or the one of its gender;
// positions on the pitch head a description before a club ("l'ailier du Paris FC"); a place's name
// after its link ("na Cidade do Desporto") is no person; a party's epithet ("o petista") means the one
// the brackets gave that party ("Rui Lopes (PT)"). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRomanceRound18, AnEpithetAfterAnAskingPhraseMeansWhoWasNamedBefore) {
  const auto fr = read_article_quotes(
      "Paulo Fonseca a tenu sa conférence de presse jeudi. Questionné sur Lucas Berthier, le technicien portugais a répondu : "
      "« Il est prêt à jouer. »\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Il est prêt à jouer.");
  EXPECT_EQ(fr.quotes[0].speaker, "Paulo Fonseca");
  const auto it = read_article_quotes(
      "Paolo Vanoli ha parlato alla vigilia della trasferta. Interpellato su Luca Ferri, il tecnico granata ha spiegato: "
      "«Sta meglio, domani decideremo».\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].text, "Sta meglio, domani decideremo");
  EXPECT_EQ(it.quotes[0].speaker, "Paolo Vanoli");
}

TEST(QuoteRomanceRound18, AnOfficeAfterAnAskingPhraseMeansWhoWasNamedBefore) {
  const auto es = read_article_quotes(
      "Manuel Ortega atendió a los medios en la ciudad deportiva. Preguntado por Marcos Herrera, el seleccionador contestó: "
      "«Está listo para el sábado».\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "Está listo para el sábado");
  EXPECT_EQ(es.quotes[0].speaker, "Manuel Ortega");
  const auto fr = read_article_quotes(
      "Claire Vasseur s'est exprimée devant les sénateurs. Interpellée sur Bruno Lemaître, la Première ministre a répliqué : "
      "« Ses chiffres sont faux. »\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].text, "Ses chiffres sont faux.");
  EXPECT_EQ(fr.quotes[0].speaker, "Claire Vasseur");
}

TEST(QuoteRomanceRound18, TheSubjectAfterAnAskingPhraseOpensItsSentence) {
  // "Questionado sobre X, Y disse": Y, not X, is whom the office after means.
  const auto pt = read_article_quotes(
      "Questionado sobre Marcos Silva, Rui Lopes fugiu ao tema. «Ele é o nosso capitão», insistiu o selecionador.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "Ele é o nosso capitão");
  EXPECT_EQ(pt.quotes[0].speaker, "Rui Lopes");
  // So does a setting: "Em declarações aos jornalistas, à saída da reunião, X afastou ...".
  const auto setting = read_article_quotes(
      "Em declarações aos jornalistas, à saída da reunião, Rui Lopes afastou a demissão. «Não saio», garantiu o primeiro-ministro.\n", "pt");
  ASSERT_EQ(setting.quotes.size(), 1u);
  EXPECT_EQ(setting.quotes[0].text, "Não saio");
  EXPECT_EQ(setting.quotes[0].speaker, "Rui Lopes");
}

TEST(QuoteRomanceRound18, AnAppositionClosedByACommaStillDescribesTheName) {
  // "Selon Jean Dupont, le maire de Lyon, ...": the comma closes an apposition, so the mayor is him.
  const auto fr = read_article_quotes(
      "Selon Jean Dupont, le maire de Lyon, la ville paiera. « Nous tiendrons nos engagements », a assuré le maire de Lyon.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[1].kind, "direct");
  EXPECT_EQ(fr.quotes[1].speaker, "Jean Dupont");
}

TEST(QuoteRomanceRound18, AnOfficeAfterAPairIsTheOneWhoHasNotJustSpoken) {
  const auto fr = read_article_quotes(
      "Claire Vasseur et Paul Ernaut ont débattu mardi soir. « Vous avez échoué », a lancé la députée de la Somme. "
      "« C'est inexact », a répliqué le chef de l'État.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[1].kind, "direct");
  EXPECT_EQ(fr.quotes[1].text, "C'est inexact");
  EXPECT_EQ(fr.quotes[1].speaker, "Paul Ernaut");
  const auto es = read_article_quotes(
      "Lucía Ferrer y Andrés Molina coincidieron en el acto. «No nos rendimos», proclamó la presidenta regional. "
      "«Estamos para sumar», respondió el presidente del Gobierno.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[1].kind, "direct");
  EXPECT_EQ(es.quotes[1].speaker, "Andrés Molina");
}

TEST(QuoteRomanceRound18, APositionOnThePitchHeadsADescriptionBeforeAClub) {
  const auto fr = read_article_quotes(
      "Lucas Berthier a marqué deux fois contre Nantes. « On a montré du caractère », a réagi l'ailier du Paris Saint-Germain.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "Lucas Berthier");
  const auto es = read_article_quotes(
      "Marcos Herrera marcó dos goles ante el Girona. «Estoy feliz», dijo el extremo del Real Betis.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Marcos Herrera");
}

TEST(QuoteRomanceRound18, APlaceNamedAfterItsLinkIsNoPerson) {
  const auto pt = read_article_quotes(
      "Rui Lopes falou aos jornalistas na Cidade do Desporto. «O grupo está unido», respondeu o selecionador.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "O grupo está unido");
  EXPECT_EQ(pt.quotes[0].speaker, "Rui Lopes");
}

TEST(QuoteRomanceRound18, APartysEpithetMeansTheOneTheBracketsGaveThatParty) {
  const auto pt = read_article_quotes(
      "Rui Lopes (PT) e Marcos Silva (Republicanos) disputam a prefeitura. \"A cidade precisa de creches\", disse o petista.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "A cidade precisa de creches");
  EXPECT_EQ(pt.quotes[0].speaker, "Rui Lopes");
  const auto it = read_article_quotes(
      "Luca Ferri (Lega) e Paola Neri (Pd) si sono scontrati in consiglio. «Il bilancio è solido», ha detto il leghista.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Luca Ferri");
}

TEST(QuoteRomanceRound18, AnAskingPhraseBeforeItsSubjectIsNoReport) {
  // "CLAUSE, X ha ...": the phrase is what X was asked about, no clause X reports.
  const auto it = read_article_quotes("Questionato dai giornalisti su Paola Neri, Luca Ferri ha minimizzato.\n", "it");
  EXPECT_TRUE(it.quotes.empty());
  const auto fr = read_article_quotes("Interrogé sur la candidature de Paul Ernaut, Jean Dupont a botté en touche.\n", "fr");
  EXPECT_TRUE(fr.quotes.empty());
}

TEST(QuoteRomanceRound18, TheOutletsMicrophonesAreNoPartOfTheSpeaker) {
  const auto it = read_article_quotes(
      "Paolo Vanoli non cerca alibi. «Abbiamo concesso troppo», ha spiegato il tecnico ai microfoni di Sky Sport.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].text, "Abbiamo concesso troppo");
  EXPECT_EQ(it.quotes[0].speaker, "Paolo Vanoli");
}

TEST(QuoteRomanceRound18, ThePresidentAfterAPairIsTheOneOfItsGender) {
  const auto fr = read_article_quotes(
      "Paul Ernaut et Claire Vasseur se sont affrontés jeudi. « Vous mentez », a lancé la candidate écologiste. "
      "« C'est faux », a rétorqué le président.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].speaker, "Claire Vasseur");
  EXPECT_EQ(fr.quotes[1].kind, "direct");
  EXPECT_EQ(fr.quotes[1].text, "C'est faux");
  EXPECT_EQ(fr.quotes[1].speaker, "Paul Ernaut");
}

TEST(QuoteRomanceRound18, ASubjectRunsIntoItsVerbOverAReflexivePronoun) {
  const auto it = read_article_quotes(
      "Paolo Vanoli si è presentato sorridente in sala stampa. «I ragazzi sono stati straordinari», ha detto l'allenatore del Torino.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].text, "I ragazzi sono stati straordinari");
  EXPECT_EQ(it.quotes[0].speaker, "Paolo Vanoli");
  const auto es = read_article_quotes(
      "Manuel Ortega se mostró molesto tras el empate. «No hay excusas», afirmó el entrenador del Betis.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Manuel Ortega");
}

TEST(QuoteRomanceRound18, ASubjectWithAnAppositionIsNoClauseItReports) {
  // "Le prévenu, un homme de 34 ans, a nié": the apposition is no speaker of "Le prévenu".
  const auto fr = read_article_quotes(
      "À la barre, le prévenu, un homme de 34 ans, a nié les faits. « Je ne l'ai jamais touchée », a-t-il répété.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Je ne l'ai jamais touchée");
  EXPECT_EQ(fr.quotes[0].speaker, "le prévenu");
}

TEST(QuoteRomanceRound18, AnOfficeWithItsPartyAfterAPairIsTheOneWhoHasNotJustSpoken) {
  const auto fr = read_article_quotes(
      "Claire Vasseur et Paul Ernaut se sont écharpés sur le plateau. « Vous mentez », a accusé la secrétaire nationale des Écologistes. "
      "« Mensonge », a rétorqué le président du RN.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[1].kind, "direct");
  EXPECT_EQ(fr.quotes[1].text, "Mensonge");
  EXPECT_EQ(fr.quotes[1].speaker, "Paul Ernaut");
  // After one person who spoke, the office with its body is someone else's to find.
  const auto alone = read_article_quotes(
      "Paul Ernaut s'est rendu à Lyon mardi. « C'est une belle ville », a dit Ernaut. « Merci », a réagi le président du Sénat.\n", "fr");
  ASSERT_EQ(alone.quotes.size(), 2u);
  EXPECT_NE(alone.quotes[1].speaker, "Paul Ernaut");
}

TEST(QuoteRomanceRound18, ANewspapersNameIsNoPersonJustNamed) {
  const auto it = read_article_quotes(
      "«Serve stabilità». Lo dice Luca Ferri in un'intervista al Corriere della Sera. «Non faremo nuovo deficit», aggiunge il ministro dell'Economia.\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[1].kind, "direct");
  EXPECT_EQ(it.quotes[1].text, "Non faremo nuovo deficit");
  EXPECT_EQ(it.quotes[1].speaker, "Luca Ferri");
}

TEST(QuoteRomanceRound18, ANameOfOneWordWithItsPartyIsAPerson) {
  const auto pt = read_article_quotes(
      "Marcos Silva (PL) e Tiririca (PT) voltaram a trocar farpas. \"Quem destruiu a cidade foi ele\", rebateu o petista.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].speaker, "Tiririca");
}

TEST(QuoteRomanceRound18, ATitleAfterAPairIsTheOneOfItsGenderWhoHasNotJustSpoken) {
  const auto es = read_article_quotes(
      "Andrés Molina y Lucía Ferrer se enzarzaron en el pleno. «Ustedes han mentido», acusó la portavoz de Podemos. "
      "«Y ustedes han callado», replicó el diputado socialista.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[0].speaker, "Lucía Ferrer");
  EXPECT_EQ(es.quotes[1].kind, "direct");
  EXPECT_EQ(es.quotes[1].text, "Y ustedes han callado");
  EXPECT_EQ(es.quotes[1].speaker, "Andrés Molina");
}

TEST(QuoteRomanceRound18, ATitleEndingInACapitalIsReadWholeBeforeItsCue) {
  const auto fr = read_article_quotes(
      "Jean Dupont a défendu sa réforme mardi. Le garde des Sceaux a répondu : « Je ne reculerai pas. »\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Je ne reculerai pas.");
  EXPECT_EQ(fr.quotes[0].speaker, "Jean Dupont");
}

TEST(QuoteRomanceRound18, AnUnsaidSubjectIsTheDescriptionBeforeAPastTense) {
  // No one named: the cue's unsaid subject is the one the sentence before describes, up to its verb.
  const auto pt = read_article_quotes("A testemunha manteve a versão. «Vi o carro a fugir», garantiu.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "Vi o carro a fugir");
  EXPECT_EQ(pt.quotes[0].speaker, "a testemunha");
  const auto es = read_article_quotes(
      "En la vista celebrada ayer, el acusado rechazó los hechos. «Yo no estaba allí», aseguró.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "el acusado");
}

}  // namespace
}  // namespace article_lens
