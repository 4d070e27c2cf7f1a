// French, Spanish, Italian, Portuguese and Dutch news as agencies and papers write it, round 12:
// descriptions that stand for the person just named ("la syndicaliste", "o petista", "il leader
// del M5s"), offices written with their body before a name ("presidente del Consiglio Mario
// Draghi"). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRomanceRound12, AnOfficeWithItsBodyBeforeTheNameIsTheWholeOffice) {
  // "presidente del Consiglio Mario Draghi": the office is "presidente del consiglio", which the
  // role groups call "premier".
  const auto it = read_article_quotes(
      "Il presidente del Consiglio Marco Bruni ha parlato a Torino. "
      "«Non ci faremo intimidire», ha aggiunto il premier.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Marco Bruni");
  // Over the article after the link: "République" is the body, not a first name.
  const auto fr = read_article_quotes(
      "Le président de la République Paul Garnier a visité l'usine. "
      "« Nous tiendrons », a assuré le chef de l'État.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Garnier");
}

TEST(QuoteRomanceRound12, ADescriptionByPartyOrTradeMeansThePersonJustNamed) {
  const auto fr = read_article_quotes(
      "Pour Sylvie Marchand, secrétaire générale du syndicat, la réforme est injuste. "
      "« On ne peut pas demander toujours aux mêmes », juge la syndicaliste.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[1].speaker, "Sylvie Marchand");
  const auto pt = read_article_quotes(
      "O presidente Carlos Tavares da Rocha falou em Brasília. "
      "\"Quem aposta contra o país vai perder\", disse o petista.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Carlos Tavares da Rocha");
  const auto es = read_article_quotes(
      "El líder de la oposición, Andrés Moreno, replicó que el Gobierno \"vive de la propaganda\". "
      "\"Solo piensa en sí mismo\", dijo el popular.\n", "es");
  ASSERT_EQ(es.quotes.size(), 3u);
  EXPECT_EQ(es.quotes[2].speaker, "Andrés Moreno");
  // Adjectives may follow the epithet: "el líder socialista", "le leader insoumis".
  const auto adjective = read_article_quotes(
      "\"Vamos a blindar el sistema\", afirmó el presidente, Tomás Reyes. "
      "El líder socialista añadió que la ley llegará antes del verano.\n", "es");
  ASSERT_EQ(adjective.quotes.size(), 2u);
  EXPECT_EQ(adjective.quotes[1].speaker, "Tomás Reyes");
  // A source word after a definite article is the person just named, not an unnamed source.
  const auto source = read_article_quotes(
      "\"A situação é insustentável\", alertou a bastonária, Rita Moura, em declarações à rádio. "
      "A responsável defendeu que o ministério \"tem de agir já\".\n", "pt");
  ASSERT_FALSE(source.quotes.empty());
  EXPECT_EQ(source.quotes.back().speaker, "Rita Moura");
  EXPECT_FALSE(source.quotes.back().anonymous);
}

TEST(QuoteRomanceRound12, AnOfficeInTheSameSentenceMeansThePersonNamedThere) {
  // Named in the quote's own sentence, with another title ("ex premier"): the party leader is him.
  const auto it = read_article_quotes(
      "Il presidente Luca Neri ha parlato al Quirinale. "
      "L'ex premier Paolo Fabbri ha accusato il governo: \"Si pensa solo alla propaganda\", ha detto il leader del partito.\n",
      "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Paolo Fabbri");
}

TEST(QuoteRomanceRound12, AnotherOfficeThanTheOneThePersonHoldsMeansSomeoneElse) {
  // The president visited; the mayor, unnamed, spoke.
  const auto fr = read_article_quotes(
      "Le président Paul Garnier s'est rendu à Lyon mardi. Il a visité une école.\n"
      "« C'est une honte », a réagi le maire de la ville.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_NE(fr.quotes[0].speaker, "Paul Garnier");
  // A passer-by named in the story is no source a description stands for.
  const auto es = read_article_quotes(
      "Juan Pérez, de 45 años, resultó herido en el accidente. "
      "El responsable de la empresa aseguró que se investigarán las causas.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_NE(es.quotes[0].speaker, "Juan Pérez");
  // Nor is someone of the other gender: "la dirigeante" after a man.
  const auto gender = read_article_quotes(
      "Le ministre Paul Garnier a répondu aux questions. « Nous verrons », a déclaré la dirigeante.\n", "fr");
  ASSERT_EQ(gender.quotes.size(), 1u);
  EXPECT_NE(gender.quotes[0].speaker, "Paul Garnier");
}

TEST(QuoteRomanceRound12, AWireDatelineWithALowerCaseMonthIsNoSpeaker) {
  // "12 mars", "10 jan 2024": the month in lower case after the day; "Lisboa" with an initial only,
  // before a date and the agency in brackets.
  const auto fr = read_article_quotes(
      "PARIS, 12 mars (AFP) - Le ministre, Paul Garnier, a affirmé mardi que le plan sera présenté.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Garnier");
  const auto pt = read_article_quotes(
      "Lisboa, 10 jan 2024 (Lusa) - O ministro, Rui Tavares Costa, afirmou hoje que o plano será apresentado.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Rui Tavares Costa");
  // A name with a party in brackets before a spaced hyphen opens no dateline: no date.
  const auto party = read_article_quotes("Rui Costa (PS) - o deputado disse que o plano será apresentado.\n", "pt");
  ASSERT_EQ(party.quotes.size(), 1u);
}

TEST(QuoteRomanceRound12, ARequestIsNoReportedSpeech) {
  // What someone is asked to do is no statement of theirs.
  const auto pt = read_article_quotes("O prefeito, Rui Tavares, pediu à população que poupe água durante o verão.\n", "pt");
  EXPECT_TRUE(pt.quotes.empty());
  const auto es = read_article_quotes("La ministra, Ana Ruiz, ha pedido a los ciudadanos que se vacunen antes del invierno.\n", "es");
  EXPECT_TRUE(es.quotes.empty());
  const auto it = read_article_quotes("Il sindaco Marco Neri ha chiesto che i fondi vengano sbloccati.\n", "it");
  EXPECT_TRUE(it.quotes.empty());
  // The same cue still attributes a quotation in marks, and "said that" is still reported speech.
  const auto fr = read_article_quotes(
      "La maire, Claire Morel, a demandé que les écoles restent fermées. « Où sont les fonds ? », a-t-elle demandé. "
      "Elle a ajouté que la ville paierait.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "Claire Morel");
  EXPECT_EQ(fr.quotes[1].kind, "indirect");
}

TEST(QuoteRomanceRound12, AReportedClauseBeforeAnInvertedCueWithItsPronounInside) {
  // "a-t-il ajouté", "estime-t-elle": the pronoun is inside the cue's word; no marks.
  const auto fr = read_article_quotes(
      "Le procureur, Paul Garnier, est arrivé mardi. Une enquête a été ouverte, a-t-il ajouté. "
      "La maire, Claire Morel, est arrivée ensuite. L'enquête avance vite, estime-t-elle.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].text, "Une enquête a été ouverte");
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Garnier");
  EXPECT_EQ(fr.quotes[1].text, "L'enquête avance vite");
  EXPECT_EQ(fr.quotes[1].speaker, "Claire Morel");
  // The occasion after the inverted subject, set off by a comma, does not hide the report.
  const auto occasion = read_article_quotes(
      "Le gouvernement ne reculera pas, a affirmé la Première ministre Claire Morel, au lendemain d'une journée de grève.\n",
      "fr");
  ASSERT_EQ(occasion.quotes.size(), 1u);
  EXPECT_EQ(occasion.quotes[0].text, "Le gouvernement ne reculera pas");
  EXPECT_EQ(occasion.quotes[0].speaker, "Claire Morel");
}

TEST(QuoteRomanceRound12, ASourcePhraseKeepsItsArticleAndLeavesTheClausesSubject) {
  // "des" is an article here, not the link "de les"; the name after the comma is the clause's subject.
  const auto fr = read_article_quotes(
      "D'après des proches du président, Paul Garnier souhaite s'exprimer avant l'été.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].mention, "des proches du président");
  EXPECT_EQ(fr.quotes[0].text, "Paul Garnier souhaite s'exprimer avant l'été");
  // A name closed by a comma is still the source's apposition.
  const auto apposition = read_article_quotes("Selon le porte-parole, Jean Martin, le texte sera retiré.\n", "fr");
  ASSERT_EQ(apposition.quotes.size(), 1u);
  EXPECT_EQ(apposition.quotes[0].speaker, "Jean Martin");
  EXPECT_EQ(apposition.quotes[0].text, "le texte sera retiré");
}

TEST(QuoteRomanceRound12, ASourcePhraseEndingInItsPrepositionTakesABareNoun) {
  const auto it = read_article_quotes(
      "Secondo quanto riferito dalla questura, due persone sono state denunciate.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "questura");
  EXPECT_EQ(it.quotes[0].text, "due persone sono state denunciate");
  // What a body gathered: the body after "par" speaks, not "les informations".
  const auto fr = read_article_quotes(
      "D'après les informations recueillies par la gendarmerie, le conducteur était ivre.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "la gendarmerie");
}

TEST(QuoteRomanceRound12, APlaceOrMediumBeforeANameIsNoPartOfIt) {
  const auto fr = read_article_quotes("Sur Twitter Claire Morel a dénoncé une « provocation ».\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Claire Morel");
  EXPECT_EQ(fr.quotes[0].mention, "Claire Morel");
  const auto it = read_article_quotes("Su Facebook Marco Neri ha scritto che il governo sbaglia.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Marco Neri");
  // A two-word name after the preposition is left as it is.
  const auto two = read_article_quotes("Pour Claire Morel, le texte est injuste.\n", "fr");
  ASSERT_EQ(two.quotes.size(), 1u);
  EXPECT_EQ(two.quotes[0].speaker, "Claire Morel");
}

TEST(QuoteRomanceRound12, ARelativeClauseBetweenTheSubjectAndItsCue) {
  const auto fr = read_article_quotes(
      "Un magistrat qui a requis l'anonymat rappelle que la loi est la même pour tous.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "un magistrat");
  EXPECT_TRUE(fr.quotes[0].anonymous);
  const auto es = read_article_quotes("El juez que instruye la causa explicó que no hay pruebas.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "el juez");
  // "che" after a cue is its complementizer: the subject after it speaks.
  const auto it = read_article_quotes("Renzi ha detto al ministro che il governo ha spiegato tutto.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].text, "il governo ha spiegato tutto");
}

TEST(QuoteRomanceRound12, AnAppositionAfterASourceClosesBeforeTheQuotation) {
  // The apposition's comma, then the quotation: no reported clause made of the apposition.
  const auto fr = read_article_quotes(
      "Pour Claire Morel, secrétaire générale du syndicat, « le gouvernement se trompe de cible ».\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "Claire Morel");
  const auto es = read_article_quotes("Según Pedro Soto, portavoz del sindicato, \"el Gobierno se equivoca\".\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
}

TEST(QuoteRomanceRound12, ASentenceAfterTheQuoteNamesItsSpeakerWithNoVerb) {
  const auto it = read_article_quotes(
      "\"Abbiamo fatto tutto il possibile\". Così l'amministratore delegato, Marco Neri, in un'intervista.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Marco Neri");
  const auto vox = read_article_quotes("«È una vergogna». A parlare è Luisa, 52 anni, che aspetta da tre mesi.\n", "it");
  ASSERT_EQ(vox.quotes.size(), 1u);
  EXPECT_EQ(vox.quotes[0].speaker, "Luisa");
  // "Palabra" opening the sentence is no first name.
  const auto es = read_article_quotes("\"Vamos a ganar\". Palabra de Pedro Soto, que ayer cerró la campaña.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Pedro Soto");
}

TEST(QuoteRomanceRound12, AFormerHolderAndATradeNameThePersonJustNamed) {
  const auto pt = read_article_quotes(
      "O ex-presidente Carlos Tavares voltou a criticar o tribunal. \"Estou sendo perseguido\", disse o ex-mandatário.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Carlos Tavares");
  const auto es = read_article_quotes(
      "El expresidente Mariano Soto criticó la ley. \"Es un error histórico\", ha dicho el exlíder popular.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Mariano Soto");
  const auto it = read_article_quotes(
      "Il direttore generale, Ciro Neri, ha parlato ai medici. «Stiamo assumendo», assicura il manager.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Ciro Neri");
}

TEST(QuoteRomanceRound12, ReportedClausesOpenWhereTheirSubjectDoes) {
  // "qu'elle": the pronoun after the complementizer's apostrophe is the clause's subject.
  const auto fr = read_article_quotes("Claire Morel a ajouté qu'elle ne participerait plus à ces rencontres.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].text, "elle ne participerait plus à ces rencontres");
  // Dutch puts the verb second after "Volgens X": any lower-case word there is that verb.
  const auto nl = read_article_quotes("Volgens het Centraal Planbureau valt de groei lager uit.\n", "nl");
  ASSERT_EQ(nl.quotes.size(), 1u);
  EXPECT_EQ(nl.quotes[0].text, "valt de groei lager uit");
  // A body's name runs on over its particle to the comma; a bare plural of those around someone is a source.
  const auto pt = read_article_quotes(
      "Segundo fonte da Metro do Porto, as obras deverão arrancar no verão. "
      "Segundo aliados, ele pretende recorrer da decisão.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 2u);
  EXPECT_EQ(pt.quotes[0].text, "as obras deverão arrancar no verão");
  EXPECT_EQ(pt.quotes[0].mention, "fonte da Metro do Porto");
  EXPECT_EQ(pt.quotes[1].speaker, "aliados");
}

TEST(QuoteRomanceRound12, ANameWithParticlesInAppositionAfterADescription) {
  const auto fr = read_article_quotes(
      "« Nous proposerons un plan », a annoncé lundi sa présidente, Ursula van der Berg.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Ursula van der Berg");
  const auto pt = read_article_quotes("\"Vamos propor um plano\", disse o presidente, Carlos Inácio Souza da Silva.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].mention, "o presidente, Carlos Inácio Souza da Silva");
  // A day with its article between the cue and the speaker ("el lunes") is no part of the mention.
  const auto es = read_article_quotes("La Comisión propondrá un plan, anunció el lunes su presidenta, Ana Ruiz.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].mention, "su presidenta, Ana Ruiz");
}

TEST(QuoteRomanceRound12, ALongDescriptionBeforeANameKeepsItsAdjectiveAndCoordinatedOffices) {
  const auto es = read_article_quotes(
      "La vicepresidenta segunda del Gobierno y ministra de Trabajo y Economía Social del Reino de España, "
      "Yolanda Ruiz, ha defendido que la jornada se reducirá.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Yolanda Ruiz");
  EXPECT_EQ(es.quotes[0].mention.rfind("La vicepresidenta segunda", 0), 0u);
}

TEST(QuoteRomanceRound12, SpeakingOfSomethingInMarksSaysIt) {
  const auto it = read_article_quotes("L'opposizione di centrodestra parla di «propaganda».\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  const auto fr = read_article_quotes("Le député Paul Garnier parle d'une « trahison ».\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Garnier");
}

TEST(QuoteRomanceRound12, AMemberOfParliamentIsTheSecondOfficeOfThePersonJustNamed) {
  const auto es = read_article_quotes(
      "La exministra Irene Soto ha cargado contra el Gobierno. \"Nos han traicionado\", afirmó la eurodiputada de Podemos.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Irene Soto");
  const auto pt = read_article_quotes(
      "O deputado Nuno Ferreira publicou um vídeo. \"Isso é um escândalo\", disse o parlamentar bolsonarista.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Nuno Ferreira");
}

TEST(QuoteRomanceRound12, SportsRolesAndEpithetsHeadASpeakersDescription) {
  // "El técnico italiano": a role with an adjective after it is someone who reports.
  const auto es = read_article_quotes(
      "\"Estará de baja tres semanas\", precisó Carlo Bianchi en rueda de prensa. "
      "El técnico italiano aseguró que el equipo \"sabrá sufrir\" sin su delantero.\n", "es");
  ASSERT_EQ(es.quotes.size(), 3u);
  EXPECT_EQ(es.quotes[1].kind, "indirect");
  EXPECT_EQ(es.quotes[1].speaker, "Carlo Bianchi");
  EXPECT_EQ(es.quotes[2].speaker, "Carlo Bianchi");
  // "a réclamé" attributes its quotation; "L'élu socialiste" reports.
  const auto fr = read_article_quotes(
      "Le maire, Paul Garnier, a réclamé « des moyens supplémentaires ». "
      "L'élu socialiste a estimé que la ville était « abandonnée par l'État ».\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 3u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Garnier");
  EXPECT_EQ(fr.quotes[1].kind, "indirect");
  EXPECT_EQ(fr.quotes[1].speaker, "Paul Garnier");
}

TEST(QuoteRomanceRound12, AnUnnamedSpeakerAfterTheOutletToldAndABareSourceBeforeTheVerb) {
  // After the outlet told, an indefinite description speaks, unnamed.
  const auto es = read_article_quotes("\"Necesitamos más manos\", explicó a EFE un voluntario.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "un voluntario");
  EXPECT_TRUE(es.quotes[0].anonymous);
  const auto pt = read_article_quotes("\"Perdemos tudo\", disse à Lusa uma moradora.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_TRUE(pt.quotes[0].anonymous);
  // Dutch: a bare source word, then the verb in second place.
  const auto nl = read_article_quotes("Volgens ingewijden overweegt het bedrijf een reorganisatie.\n", "nl");
  ASSERT_EQ(nl.quotes.size(), 1u);
  EXPECT_EQ(nl.quotes[0].text, "overweegt het bedrijf een reorganisatie");
  EXPECT_EQ(nl.quotes[0].speaker, "ingewijden");
}

TEST(QuoteRomanceRound12, WordsAfterAnInvertedSubjectAreAnOccasionOnlyAfterAPrepositionOrArticle) {
  // A comma and a pronoun: the reported clause goes on after the cue; no report of two words.
  const auto ru = read_article_quotes(
      "В будущем, рассказала Анна Петрова, ей хотелось бы больше работать с молодыми актерами.\n", "ru");
  for (const auto& q : ru.quotes) EXPECT_NE(q.text, "В будущем");
  // A topic is no reported clause.
  const auto fr = read_article_quotes(
      "Sur le rôle de la langue bretonne dans les écoles, a parlé la ministre Claire Morel, lors d'une visite à Rennes.\n", "fr");
  for (const auto& q : fr.quotes) EXPECT_NE(q.kind, "indirect");
}

}  // namespace
}  // namespace article_lens
