// French, Spanish, Italian and Portuguese news, round 16: an office held in a place runs on to the
// name after it ("a déclaré la présidente du groupe écologiste à l'Assemblée Nadia Ferrand"); a
// source's place after its name runs up to the comma ("Selon le délégué de la CGT à l'usine de
// Hayange, ..."); an office one person holds names the person just named without a title ("Mariano
// Vidal ... dijo el jefe de Estado") or by another name ("El rey Alfonso ... el jefe del Estado").
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRomanceRound16, AnOfficeHeldInAPlaceRunsOnToTheName) {
  const auto fr = read_article_quotes(
      "« Nous ne voterons pas ce texte », a affirmé la présidente du groupe écologiste à l'Assemblée Nadia Ferrand mardi.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Nous ne voterons pas ce texte");
  EXPECT_EQ(fr.quotes[0].speaker, "Nadia Ferrand");
  const auto es = read_article_quotes(
      "\"No apoyaremos los presupuestos\", aseguró la portavoz del grupo en el Senado Lucía Ferrer.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].speaker, "Lucía Ferrer");
  const auto it = read_article_quotes(
      "«Il decreto va cambiato», ha detto il capogruppo della Lega alla Camera Paolo Serra.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Paolo Serra");
  const auto pt = read_article_quotes(
      "\"O governo errou\", disse o líder do partido na Câmara Rogério Tavares a jornalistas.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Rogério Tavares");
}

TEST(QuoteRomanceRound16, AnOfficeInAPlaceWithNoNameAfterItStaysTheOffice) {
  const auto fr = read_article_quotes("« C'est non », a dit le maire de Lyon à la presse lundi.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "le maire de Lyon");
}

TEST(QuoteRomanceRound16, ASourcesPlaceAfterItsNameRunsUpToTheComma) {
  const auto fr = read_article_quotes(
      "Selon le délégué de la CGT à l'usine de Hayange, la direction prépare un plan social.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].text, "la direction prépare un plan social");
  EXPECT_EQ(fr.quotes[0].speaker, "le délégué de la CGT");
  const auto es = read_article_quotes(
      "Según el delegado sindical de UGT en la planta de Almussafes, la empresa cerrará en verano.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].text, "la empresa cerrará en verano");
}

TEST(QuoteRomanceRound16, AnOfficeOnePersonHoldsNamesThePersonJustNamedWithoutATitle) {
  const auto es = read_article_quotes(
      "Mariano Vidal encabezó el acto en la Casa Rosada. \"Vamos a bajar los impuestos\", dijo el jefe de Estado.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "Vamos a bajar los impuestos");
  EXPECT_EQ(es.quotes[0].speaker, "Mariano Vidal");
  const auto it = read_article_quotes(
      "Franca Neri ha incontrato i sindacati a Roma. «Nessuno resterà indietro», ha spiegato la premier.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Franca Neri");
  const auto fr = read_article_quotes(
      "Marc Aubry a réuni ses joueurs jeudi. « Il faut gagner samedi », a insisté l'entraîneur.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Marc Aubry");
}

TEST(QuoteRomanceRound16, AnOfficeManyHoldOrAnotherTitleBringsInSomeoneElse) {
  const auto many = read_article_quotes(
      "Mariano Vidal encabezó el acto. \"Vamos a bajar los impuestos\", dijo el ministro.\n", "es");
  ASSERT_EQ(many.quotes.size(), 1u);
  EXPECT_EQ(many.quotes[0].speaker, "el ministro");
  const auto titled = read_article_quotes(
      "El alcalde Mariano Vidal encabezó el acto. \"Vamos a bajar los impuestos\", dijo el jefe de Estado.\n", "es");
  ASSERT_EQ(titled.quotes.size(), 1u);
  EXPECT_EQ(titled.quotes[0].speaker, "el jefe de Estado");
}

TEST(QuoteRomanceRound16, TheHeadOfStateOrOfTheExecutiveByAnotherNameIsTheirs) {
  const auto es = read_article_quotes(
      "El rey Alfonso visitó Zaragoza. \"Las Fuerzas Armadas son un orgullo\", afirmó el jefe del Estado.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Alfonso");
  const auto pt = read_article_quotes(
      "O presidente Carlos Mendes participou da cerimônia em Brasília. \"O país voltou a crescer\", afirmou o chefe do Executivo.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Carlos Mendes");
}

TEST(QuoteRomanceRound16, SportsVerbsOfMoodAfterAQuoteAreCues) {
  const auto fr = read_article_quotes(
      "« On a été solides », a savouré Hugo Lamarre après la victoire. « Rien n'est fait », relativise-t-il.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "On a été solides");
  EXPECT_EQ(fr.quotes[0].speaker, "Hugo Lamarre");
  EXPECT_EQ(fr.quotes[1].kind, "direct");
  EXPECT_EQ(fr.quotes[1].speaker, "Hugo Lamarre");
}

TEST(QuoteRomanceRound16, AnOfficeOfABodyANounAndANameCallIsTheSubjectNotTheName) {
  const auto fr = read_article_quotes("Le président du groupe LR a déclaré que le texte était mauvais.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].text, "le texte était mauvais");
  EXPECT_EQ(fr.quotes[0].speaker, "le président du groupe LR");
  const auto region = read_article_quotes("La présidente de la région Occitanie a estimé que l'État devait payer.\n", "fr");
  ASSERT_EQ(region.quotes.size(), 1u);
  EXPECT_EQ(region.quotes[0].speaker, "la présidente de la région Occitanie");
  const auto titles = read_article_quotes("Le secrétaire général de la CGT a affirmé que la grève continuerait.\n", "fr");
  ASSERT_EQ(titles.quotes.size(), 1u);
  EXPECT_EQ(titles.quotes[0].speaker, "le secrétaire général de la CGT");
  const auto es = read_article_quotes("El portavoz del grupo del PP ha dicho que votará en contra.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "el portavoz del grupo del PP");
  const auto en = read_article_quotes("A spokesman for distributor Kanto said the film had sold well.\n", "en");
  ASSERT_EQ(en.quotes.size(), 1u);
  EXPECT_EQ(en.quotes[0].speaker, "a spokesman for distributor Kanto");
}

TEST(QuoteRomanceRound16, AnOfficeWithThePlaceWhereItIsHeldIsTheSubjectNotThePlace) {
  const auto fr = read_article_quotes("Le président du groupe LR au Sénat a déclaré que le texte était mauvais.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].speaker, "le président du groupe LR au Sénat");
  const auto it = read_article_quotes("Il capogruppo della Lega alla Camera ha detto che voterà contro.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "il capogruppo della Lega alla Camera");
}

TEST(QuoteRomanceRound16, ADatelineJoinedToItsFullStopIsNoSpeaker) {
  const auto es = read_article_quotes(
      "BUENOS AIRES.- La vicepresidenta Clara Ibarra rompió el silencio. \"No voy a renunciar\", dijo en una entrevista radial.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "No voy a renunciar");
  EXPECT_EQ(es.quotes[0].speaker, "Clara Ibarra");
}

TEST(QuoteRomanceRound16, RetortingSettingOutAndSayingOnlyThisMuchAreCues) {
  const auto pt = read_article_quotes(
      "\"É um discurso vazio\", rebateu o líder da oposição, Rogério Tavares.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].speaker, "Rogério Tavares");
  const auto limited = read_article_quotes(
      "\"Não comento decisões judiciais\", limitou-se a dizer o ministro da Justiça, Paulo Neves, à saída.\n", "pt");
  ASSERT_EQ(limited.quotes.size(), 1u);
  EXPECT_EQ(limited.quotes[0].speaker, "Paulo Neves");
  const auto es = read_article_quotes(
      "\"El Estado tiene una deuda con las víctimas\", planteó el ministro de Justicia, Jaime Olmos.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Jaime Olmos");
  const auto protested = read_article_quotes(
      "\"Fue un penal clarísimo\", protestó el técnico del club, Jorge Alcázar, tras el partido.\n", "es");
  ASSERT_EQ(protested.quotes.size(), 1u);
  EXPECT_EQ(protested.quotes[0].speaker, "Jorge Alcázar");
}

TEST(QuoteRomanceRound16, AnAdjectiveAfterTheOfficeKeepsItsBodyInTheMention) {
  const auto es = read_article_quotes(
      "Jonas Brandt habló en sala de prensa. El técnico alemán del Barça añadió que el equipo está bien.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].speaker, "Jonas Brandt");
  const auto fr = read_article_quotes("Le ministre français de l'Intérieur a déclaré que la police était prête.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "le ministre français de l'Intérieur");
}

TEST(QuoteRomanceRound16, APalaceIsNoOneNamedSinceTheSpeaker) {
  const auto es = read_article_quotes(
      "La presidenta de México, Laura Ortiz, recibió a los gobernadores en Palacio Nacional. "
      "La mandataria explicó que el plan de seguridad funciona.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].speaker, "Laura Ortiz");
}

TEST(QuoteRomanceRound16, ATitleOfWordsBeforeABodyHeadsTheMention) {
  const auto fr = read_article_quotes("Le milieu de terrain du PSG a déclaré que l'équipe devait progresser.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].speaker, "le milieu de terrain du PSG");
}

TEST(QuoteRomanceRound16, ACueOpeningTheSentenceCarriesItsUnsaidSubject) {
  const auto es = read_article_quotes("Luis Ferrán habló con la prensa. Luego agregó que la inflación bajará.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].text, "la inflación bajará");
  EXPECT_EQ(es.quotes[0].speaker, "Luis Ferrán");
  const auto it = read_article_quotes("Marco Gelli parla ai cronisti. Ha spiegato che la Regione farà ricorso.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "indirect");
  EXPECT_EQ(it.quotes[0].speaker, "Marco Gelli");
  const auto pt = read_article_quotes("Luís Morais falou aos jornalistas. Depois acrescentou que a inflação vai cair.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Luís Morais");
  const auto marked = read_article_quotes(
      "Il governatore Marco Gelli attacca: «Il governo ci ha abbandonati». Poi aggiunge che la Regione «farà ricorso al Tar».\n", "it");
  ASSERT_EQ(marked.quotes.size(), 3u);
  EXPECT_EQ(marked.quotes[1].kind, "indirect");
  EXPECT_EQ(marked.quotes[1].speaker, "Marco Gelli");
  EXPECT_EQ(marked.quotes[2].kind, "direct");
  EXPECT_EQ(marked.quotes[2].text, "farà ricorso al Tar");
  EXPECT_EQ(marked.quotes[2].speaker, "Marco Gelli");
}

TEST(QuoteRomanceRound16, APluralCueOrAnAdverbIsNoSpeaker) {
  const auto es = read_article_quotes("Los ministros hablaron. Luego agregaron que la inflación bajará.\n", "es");
  for (const auto& quote : es.quotes) EXPECT_NE(quote.speaker, "Luego");
}

TEST(QuoteRomanceRound16, AlwaysBetweenTheSubjectAndItsCueIsNoPartOfTheSpeaker) {
  const auto es = read_article_quotes("El acusado siempre ha sostenido que es inocente.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].speaker, "el acusado");
  const auto it = read_article_quotes("L'imputato ha sempre sostenuto che è innocente.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "l'imputato");
  const auto pt = read_article_quotes("O réu sempre afirmou que é inocente.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "o réu");
}

TEST(QuoteRomanceRound16, APlaceBeforeANameWithAParticleIsNoPartOfIt) {
  const auto it = read_article_quotes("Il governatore della Campania Vincenzo De Santis ha detto che serve tempo.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "indirect");
  EXPECT_EQ(it.quotes[0].speaker, "Vincenzo De Santis");
  const auto es = read_article_quotes("\"Hace falta\", dijo la ministra de Sanidad Ana de la Torre.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Ana de la Torre");
}

TEST(QuoteRomanceRound16, AnElidedPronounBeforeTheCueIsNoSpeaker) {
  const auto fr = read_article_quotes(
      "Le ministre de l'Économie l'a répété mardi : « Il n'y aura pas de hausse d'impôts ».\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "le ministre de l'Économie");
  const auto it = read_article_quotes("Il ministro l'ha detto chiaramente: «Non ci saranno tasse».\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "il ministro");
}

TEST(QuoteRomanceRound16, ThoseWhoSpeakForABodyAreAGroupNotTheBody) {
  const auto it = read_article_quotes("I rappresentanti della Fiom hanno definito l'incontro «interlocutorio».\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].speaker, "i rappresentanti della Fiom");
  const auto es = read_article_quotes("Los dirigentes del PSOE aseguraron que el pacto sigue vivo.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "los dirigentes del PSOE");
}

TEST(QuoteRomanceRound16, AReportWithMarkedWordsEndsBeforeAClauseOfItsOwnJoinedByAnd) {
  const auto es = read_article_quotes(
      "El presidente Tomás Reyes dijo que los legisladores \"le dan la espalda al pueblo\" y anunció una consulta popular.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].text, "los legisladores \"le dan la espalda al pueblo\"");
  EXPECT_EQ(es.quotes[0].speaker, "Tomás Reyes");
  const auto fr = read_article_quotes(
      "Le ministre a affirmé que la menace restait « très élevée » et a annoncé des renforts.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].text, "la menace restait « très élevée »");
}

TEST(QuoteRomanceRound16, AJusticeOfTheSupremeCourtIsTheMagistrate) {
  const auto pt = read_article_quotes(
      "O ministro do STF Paulo Dantas determinou a suspensão das emendas. "
      "Na decisão, o magistrado afirma que há \"graves indícios de irregularidades\".\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 2u);
  EXPECT_EQ(pt.quotes[0].kind, "indirect");
  EXPECT_EQ(pt.quotes[0].speaker, "Paulo Dantas");
}

TEST(QuoteRomanceRound16, AnnouncingAheadInCatalanSpanishIsACue) {
  const auto es = read_article_quotes(
      "El conseller Miquel Roca ha comparecido hoy. También ha avanzado que el presupuesto llegará al Parlament en marzo.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].text, "el presupuesto llegará al Parlament en marzo");
  EXPECT_EQ(es.quotes[0].speaker, "Miquel Roca");
}

TEST(QuoteRomanceRound16, AFillerSetOffByCommasBetweenCueAndThatIsSkipped) {
  const auto es = read_article_quotes("Su abogado sostiene, en cambio, que no hay pruebas suficientes.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].text, "no hay pruebas suficientes");
  EXPECT_EQ(es.quotes[0].speaker, "su abogado");
  const auto fr = read_article_quotes("L'avocat affirme, de son côté, qu'il n'y a pas de preuves.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].speaker, "l'avocat");
}

TEST(QuoteRomanceRound16, ASubjectAfterACueOpeningTheSentenceSpeaks) {
  const auto it = read_article_quotes("Fa sapere Palazzo Chigi che il vertice è stato rinviato.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "indirect");
  EXPECT_EQ(it.quotes[0].text, "il vertice è stato rinviato");
  EXPECT_EQ(it.quotes[0].speaker, "Palazzo Chigi");
  const auto es = read_article_quotes("Explica el ministro que la ley llegará pronto.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "el ministro");
}

TEST(QuoteRomanceRound16, ANameSetOffAfterTheRestOfABodysNameIsTheSource) {
  const auto fr = read_article_quotes(
      "D'après le président de la Fédération française de voile, Paul Royer, le tournoi a battu son record.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].text, "le tournoi a battu son record");
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Royer");
}

}  // namespace
}  // namespace article_lens
