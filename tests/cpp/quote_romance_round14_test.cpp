// French, Spanish, Italian, Portuguese and Dutch news as agencies and papers write it, round 14:
// a pronoun or possessive standing for the source ("Volgens haar moeten", "Pour lui,", "A su
// juicio,"), the imperfect of features ("regrettait X"), a rank as a title ("la número dos del
// PSOE"), the outlet told before the speaker, compounds that name a coach, investigators and courts
// as sources. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::QuoteRead;
using testing::QuoteReading;
using testing::first_of_kind;
using testing::read_article_quotes;

TEST(QuoteRomanceRound14, APronounThatIsAlsoAPossessiveStandsForTheSourceBeforeTheVerb) {
  // "Volgens haar moeten ...": the finite verb after "haar" shows it is no possessive.
  const auto nl = read_article_quotes(
      "\"Dit is een goede dag\", zegt Ingrid Bakker, voorzitter van de Patiëntenfederatie. Volgens haar moeten "
      "ziekenhuizen nu snel hun wachtlijsten verkorten.\n", "nl");
  const QuoteRead reported = first_of_kind(nl, "indirect");
  EXPECT_EQ(reported.text, "moeten ziekenhuizen nu snel hun wachtlijsten verkorten");
  EXPECT_EQ(reported.speaker, "Ingrid Bakker");
  // "volgens haar woordvoerder": a possessive before its noun names someone else.
  const auto spokesman = read_article_quotes(
      "Ingrid Bakker wil niet reageren. Volgens haar woordvoerder moeten ziekenhuizen hun wachtlijsten verkorten.\n", "nl");
  for (const QuoteRead& q : spokesman.quotes) EXPECT_NE(q.speaker, "Ingrid Bakker") << q.text;
}

TEST(QuoteRomanceRound14, APronounAfterAnOpenerAndItsCommaIsTheSource) {
  // "Pour lui, ...", "Para ella, ...", "Per lei, ...": the opinion's holder is the person just named.
  const auto fr = read_article_quotes(
      "« Le gouvernement n'a rien proposé », déplore Paul Renard, secrétaire général du syndicat. Pour lui, "
      "la grève de lundi « n'est qu'un début ».\n", "fr");
  const QuoteRead fr_reported = first_of_kind(fr, "indirect");
  EXPECT_EQ(fr_reported.speaker, "Paul Renard");
  EXPECT_EQ(fr_reported.text.rfind("la grève de lundi", 0), 0u) << fr_reported.text;
  const auto es = read_article_quotes(
      "La consejera de Sanidad, Elena Prieto, visitó el hospital. Para ella, el nuevo pabellón cambiará la "
      "atención en la comarca.\n", "es");
  const QuoteRead es_reported = first_of_kind(es, "indirect");
  EXPECT_EQ(es_reported.speaker, "Elena Prieto");
  EXPECT_EQ(es_reported.text, "el nuevo pabellón cambiará la atención en la comarca");
}

TEST(QuoteRomanceRound14, APossessiveInASourcePhraseStandsForTheSource) {
  // "A su juicio,", "A suo avviso", "à ses yeux,", "na sua opinião,".
  const auto es = read_article_quotes(
      "El alcalde de Vigo, Abel Rivas, presentó el plan de tráfico. A su juicio, la ciudad necesita menos coches "
      "y más autobuses.\n", "es");
  EXPECT_EQ(first_of_kind(es, "indirect").speaker, "Abel Rivas");
  EXPECT_EQ(first_of_kind(es, "indirect").text, "la ciudad necesita menos coches y más autobuses");
  const auto it = read_article_quotes(
      "La sindaca di Lecce, Carla Monti, ha inaugurato il nuovo molo. A suo avviso l'opera porterà migliaia "
      "di turisti in città.\n", "it");
  EXPECT_EQ(first_of_kind(it, "indirect").speaker, "Carla Monti");
  const auto fr = read_article_quotes(
      "La maire de Rennes, Sophie Marchal, a présenté le budget. À ses yeux, la ville doit investir dans les "
      "écoles.\n", "fr");
  EXPECT_EQ(first_of_kind(fr, "indirect").speaker, "Sophie Marchal");
  const auto pt = read_article_quotes(
      "A ministra da Cultura, Teresa Lopes, visitou o museu. Na sua opinião, o país precisa de mais "
      "bibliotecas.\n", "pt");
  EXPECT_EQ(first_of_kind(pt, "indirect").speaker, "Teresa Lopes");
  // "según su portavoz": the possessive before its noun is someone else.
  const auto spokesman = read_article_quotes(
      "Abel Rivas no quiso hablar. Según su portavoz, la ciudad necesita menos coches.\n", "es");
  for (const QuoteRead& q : spokesman.quotes) EXPECT_NE(q.speaker, "Abel Rivas") << q.text;
}

TEST(QuoteRomanceRound14, TheImperfectOfFeaturesIsACue) {
  // « ... », regrettait X / expliquait-il; "...", explicava o treinador.
  const auto fr = read_article_quotes(
      "« On a manqué d'efficacité », regrettait Marc Aubry, l'entraîneur rennais, après le match.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Marc Aubry");
  EXPECT_EQ(fr.quotes[0].cue, "regrettait");
  const auto inverted = read_article_quotes(
      "Claire Morin a ouvert sa librairie en 1998. « Les gens lisent encore, et beaucoup », expliquait-elle samedi.\n", "fr");
  ASSERT_EQ(inverted.quotes.size(), 1u);
  EXPECT_EQ(inverted.quotes[0].speaker, "Claire Morin");
  const auto pt = read_article_quotes(
      "\"Faltou calma no último passe\", comentava Jorge Sousa, treinador do Boavista, no fim do jogo.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Jorge Sousa");
}

TEST(QuoteRomanceRound14, ARankInAPartyIsATitle) {
  // "la número dos del PSOE, X," names X; the party is no speaker.
  const auto es = read_article_quotes(
      "La número dos del partido, Lucía Gallardo, ha dicho que \"no habrá adelanto electoral\".\n", "es");
  ASSERT_FALSE(es.quotes.empty());
  EXPECT_EQ(es.quotes[0].speaker, "Lucía Gallardo");
  // The subject of the sentence before speaks the next quote.
  const auto next = read_article_quotes(
      "El número dos del Gobierno, Andrés Polo, ha defendido la ley. \"No daremos marcha atrás\", ha asegurado "
      "en rueda de prensa.\n", "es");
  ASSERT_EQ(next.quotes.size(), 1u);
  EXPECT_EQ(next.quotes[0].speaker, "Andrés Polo");
  const auto fr = read_article_quotes(
      "« Il n'y aura pas de dissolution », a assuré le numéro deux du parti, Julien Roche.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Julien Roche");
}

TEST(QuoteRomanceRound14, TheOutletToldIsNoSpeaker) {
  // An opening phrase with the outlet told: the person after it speaks.
  const auto es = read_article_quotes(
      "En declaraciones a La Razón, el consejero de Industria, Tomás Vega, calificó de \"inasumible\" la subida.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Tomás Vega");
  // After an inverted cue, the outlet's word and the speaker's first and last names run together.
  const auto it = read_article_quotes(
      "\"La situazione è sotto controllo\", spiega alla Stampa Giorgio Ferraris, primario dell'ospedale.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Giorgio Ferraris");
  const auto fr = read_article_quotes(
      "« Le virus circule encore », explique au Parisien Hélène Masson, infectiologue à Lille.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Hélène Masson");
}

TEST(QuoteRomanceRound14, ACompoundWithTheClubNamesTheCoachJustNamed) {
  // "aldus de Ajax-trainer" after "Trainer X": the compound describes X.
  const auto nl = read_article_quotes(
      "Trainer Ruud Visser was na afloop teleurgesteld. \"We hebben te weinig gecreëerd\", aldus de Ajax-trainer.\n", "nl");
  ASSERT_EQ(nl.quotes.size(), 1u);
  EXPECT_EQ(nl.quotes[0].speaker, "Ruud Visser");
  const auto es = read_article_quotes(
      "El ministro de Transportes, Óscar Puente, habló en la radio. Para el funcionario, las obras \"van a buen "
      "ritmo\".\n", "es");
  ASSERT_FALSE(es.quotes.empty());
  for (const QuoteRead& q : es.quotes) EXPECT_EQ(q.speaker, "Óscar Puente") << q.text;
}

TEST(QuoteRomanceRound14, InvestigatorsAndCourtsAreSources) {
  const auto it = read_article_quotes(
      "Per gli investigatori, la banda avrebbe rubato oltre cento auto in due anni.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "indirect");
  EXPECT_EQ(it.quotes[0].text, "la banda avrebbe rubato oltre cento auto in due anni");
  const auto nl = read_article_quotes(
      "Volgens de rechters heeft de man \"bewust\" gelogen over zijn inkomen.\n", "nl");
  const QuoteRead reported = first_of_kind(nl, "indirect");
  EXPECT_EQ(reported.mention, "de rechters");
}

TEST(QuoteRomanceRound14, AnObjectPronounBeforeTheCueIsNoSpeaker) {
  // "Lo ha detto X:", "Lo dijo X:": the speaker follows the cue.
  const auto it = read_article_quotes("Lo ha annunciato il ministro della Salute, Paolo Serra: \"Assumeremo mille medici\".\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Paolo Serra");
  const auto after = read_article_quotes("\"Assumeremo mille medici\", lo ha annunciato il ministro Paolo Serra.\n", "it");
  ASSERT_EQ(after.quotes.size(), 1u);
  EXPECT_EQ(after.quotes[0].speaker, "Paolo Serra");
  const auto es = read_article_quotes("Lo dijo la ministra de Sanidad, Rosa Blanco: \"Habrá más médicos\".\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Rosa Blanco");
}

TEST(QuoteRomanceRound14, ASettingMayStandBetweenTheCueAndItsSubject) {
  // "ha tuonato a fine gara il tecnico X", "ha sostenuto in aula il pm X", "afirmó este martes el ministro".
  const auto it = read_article_quotes(
      "\"Una sconfitta che brucia\", ha ammesso a fine partita il tecnico della Lazio Marco Baroni.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Marco Baroni");
  const auto court = read_article_quotes(
      "\"L'imputato ha mentito\", ha sostenuto in aula il pubblico ministero Sara Greco.\n", "it");
  ASSERT_EQ(court.quotes.size(), 1u);
  EXPECT_EQ(court.quotes[0].speaker, "Sara Greco");
  const auto es = read_article_quotes(
      "\"No habrá subida de impuestos\", afirmó este martes el consejero de Hacienda, Jaime Ortega.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Jaime Ortega");
  // The setting's own nouns are no part of the subject: "a déclaré à la presse le ministre".
  const auto fr = read_article_quotes("« Rien n'est décidé », a déclaré à la presse le ministre de la Santé.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].mention, "le ministre de la Santé");
  // A name after the setting's preposition is where or on what: "sur TF1", "su Instagram".
  const auto tv = read_article_quotes(
      "« Je ne me représenterai pas », a annoncé dimanche sur France 2 l'ancien ministre Paul Garnier.\n", "fr");
  ASSERT_EQ(tv.quotes.size(), 1u);
  EXPECT_EQ(tv.quotes[0].speaker, "Paul Garnier");
  // The clause's own words after the cue are no setting: "ha detto in aula che il ministro ...".
  const auto clause = read_article_quotes(
      "\"Basta\", ha detto in aula che il ministro Paolo Serra deve dimettersi.\n", "it");
  for (const QuoteRead& q : clause.quotes) EXPECT_NE(q.speaker, "Paolo Serra") << q.text;
}

TEST(QuoteRomanceRound14, AFillerBetweenCommasLeavesTheSubjectBeforeIt) {
  // "Le ministre, de son côté, a affirmé que", "La defensa, en cambio, sostiene que".
  const auto fr = read_article_quotes("Le préfet, de son côté, a affirmé que la route rouvrirait lundi.\n", "fr");
  const QuoteRead fr_reported = first_of_kind(fr, "indirect");
  EXPECT_EQ(fr_reported.mention, "Le préfet");
  EXPECT_EQ(fr_reported.text, "la route rouvrirait lundi");
  const auto es = read_article_quotes("La defensa, en cambio, sostiene que el contrato \"nunca existió\".\n", "es");
  EXPECT_EQ(first_of_kind(es, "indirect").mention, "La defensa");
  EXPECT_EQ(first_of_kind(es, "direct").mention, "La defensa");
  const auto it = read_article_quotes("Il ministro Carlo Ferri, dal canto suo, ha detto che la gara sarà rifatta.\n", "it");
  EXPECT_EQ(first_of_kind(it, "indirect").speaker, "Carlo Ferri");
}

TEST(QuoteRomanceRound14, TheComplementizerAfterANamedSourceOpensNoClause) {
  // "Fanno sapere da Palazzo Chigi che CLAUSE": the clause starts after "che".
  const auto it = read_article_quotes("Fanno sapere da Palazzo Madama che la seduta è rinviata a martedì.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].text, "la seduta è rinviata a martedì");
}

TEST(QuoteRomanceRound14, ExpressingWhatIsMarkedIsSayingIt) {
  const auto it = read_article_quotes("Il sindaco Franco Neri ha espresso \"profondo dolore\" per la tragedia.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].speaker, "Franco Neri");
  const auto fr = read_article_quotes("La maire Anne Vidal a exprimé « sa profonde tristesse » après l'incendie.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Anne Vidal");
}

TEST(QuoteRomanceRound14, ANameAfterTheDescriptionOfAnOpinionsHolderHoldsIt) {
  // "Para o delegado responsável pelo caso, X, trata-se de “...”": X holds the opinion.
  const auto pt = read_article_quotes(
      "Para o comandante da operação, Rui Lacerda, trata-se de \"um grupo muito perigoso\".\n", "pt");
  ASSERT_FALSE(pt.quotes.empty());
  EXPECT_EQ(pt.quotes[0].speaker, "Rui Lacerda");
  // Without a name the description holds it.
  const auto bare = read_article_quotes("Para o comandante da operação, trata-se de \"um grupo muito perigoso\".\n", "pt");
  ASSERT_FALSE(bare.quotes.empty());
  EXPECT_EQ(bare.quotes[0].mention, "o comandante da operação");
}

TEST(QuoteRomanceRound14, ACueWordAfterAnArticleIsANoun) {
  // "el acusado", "un comunicado": no cue; "la acusó" (a pronoun) still is one.
  const auto es = read_article_quotes(
      "La Fiscalía pide seis años para el acusado, que según el sumario robó en tres farmacias.\n", "es");
  for (const QuoteRead& q : es.quotes) EXPECT_NE(q.cue, "acusado") << q.text;
  const auto verb = read_article_quotes("La jueza la acusó de \"mentir sin pudor\" ante el tribunal.\n", "es");
  ASSERT_FALSE(verb.quotes.empty());
  EXPECT_EQ(verb.quotes[0].cue, "acusó");
}

TEST(QuoteRomanceRound14, ADepartmentInBracketsAfterANameIsNoOne) {
  // "Minister X (Economische Zaken)": the department is no person the description could mean.
  const auto nl = read_article_quotes(
      "Minister Sander Kok (Economische Zaken) reageert verheugd. \"Dit is goed nieuws\", aldus de bewindsman.\n", "nl");
  ASSERT_EQ(nl.quotes.size(), 1u);
  EXPECT_EQ(nl.quotes[0].speaker, "Sander Kok");
}

TEST(QuoteRomanceRound14, ARelativeSourceStandsForItsAntecedent) {
  // "X, secondo cui ...", "X, para quien ...", "X, pour qui ...", "X, para quem ...".
  const auto it = read_article_quotes(
      "Ha parlato anche il rettore, Luca Bassi, secondo cui il taglio \"colpisce la ricerca\".\n", "it");
  ASSERT_FALSE(it.quotes.empty());
  EXPECT_EQ(first_of_kind(it, "direct").speaker, "Luca Bassi");
  const auto es = read_article_quotes(
      "Intervino la concejala, Marta Gil, para quien el plan \"llega tarde\".\n", "es");
  EXPECT_EQ(first_of_kind(es, "direct").speaker, "Marta Gil");
  const auto fr = read_article_quotes(
      "Le texte est défendu par la députée Claire Morin, pour qui la loi « ne va pas assez loin ».\n", "fr");
  EXPECT_EQ(first_of_kind(fr, "direct").speaker, "Claire Morin");
  const auto pt = read_article_quotes(
      "A lei foi criticada pelo deputado Rui Rocha, para quem o Governo \"perdeu o norte\".\n", "pt");
  EXPECT_EQ(first_of_kind(pt, "direct").speaker, "Rui Rocha");
}

TEST(QuoteRomanceRound14, SayingOneselfSoQuotesWhatIsMarked) {
  // "s'est dite « soulagée »", "declarou-se \"satisfeito\"".
  const auto fr = read_article_quotes(
      "La présidente du club, Martine Roux, s'est dite « soulagée » par la décision.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "Martine Roux");
  const auto pt = read_article_quotes("O treinador Rui Vitória declarou-se \"muito satisfeito\" com a equipa.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Rui Vitória");
}

}  // namespace
}  // namespace article_lens
