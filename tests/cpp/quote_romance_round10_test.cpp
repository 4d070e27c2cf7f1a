// French, Spanish, Italian and Portuguese news as agencies and papers write it: a description set
// before a name by a comma, reported clauses that hold marked words, descriptions resolved to the
// person named before, unnamed sources pointed back to, outlets told that are no speakers.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRomanceRound10, ADescriptionBeforeTheNameBelongsToTheMention) {
  const auto es = read_article_quotes(
      "La ministra de Hacienda, Elena Martín, dijo que el déficit bajará este año.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].speaker, "Elena Martín");
  EXPECT_EQ(es.quotes[0].mention, "La ministra de Hacienda, Elena Martín");
  const auto it = read_article_quotes(
      "Il presidente della Provincia, Carlo Neri, ha dichiarato: «Le strade saranno riaperte domani».\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Carlo Neri");
  EXPECT_EQ(it.quotes[0].mention, "Il presidente della Provincia, Carlo Neri");
  // Not a clause before the comma, nor a name right after the title ("le président Lula").
  const auto fr = read_article_quotes(
      "Il a rencontré le président Lula, Fernando Haddad et Marina Silva. « Le dialogue reprend », a déclaré Haddad.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Fernando Haddad");
  // The description's own words with a sentence opening a clause give no description.
  const auto en = read_article_quotes(
      "He had dealings with the candidate many years ago in Atlantic City, N.J., and was impressed. "
      "\"He listens,\" the candidate said.\n", "en");
  ASSERT_EQ(en.quotes.size(), 1u);
  EXPECT_NE(en.quotes[0].speaker, "N.J");
}

TEST(QuoteRomanceRound10, ALaterDescriptionMeansThePersonItDescribedBefore) {
  // The title of the description before the comma is the person's role.
  const auto pt = read_article_quotes(
      "O ministro da Educação, Rui Lopes, visitou a escola. \"As obras terminam em março\", garantiu o ministro.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Rui Lopes");
  EXPECT_EQ(pt.quotes[0].mention, "o ministro");
  // Offices named another way (role_groups_<lang>.txt): "il primo cittadino" is the mayor.
  const auto it = read_article_quotes(
      "«Non lasceremo nessuno indietro», ha detto il sindaco di Parma, Marco Valli. "
      "Il primo cittadino ha poi annunciato che le scuole riapriranno lunedì.\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[1].kind, "indirect");
  EXPECT_EQ(it.quotes[1].speaker, "Marco Valli");
  const auto pt_mayor = read_article_quotes(
      "O presidente da Câmara Municipal do Porto, Nuno Reis, apresentou o orçamento. \"É realista\", afirmou o autarca.\n", "pt");
  ASSERT_EQ(pt_mayor.quotes.size(), 1u);
  EXPECT_EQ(pt_mayor.quotes[0].speaker, "Nuno Reis");
  // The body or place inside the description is no person a description can mean.
  const auto es = read_article_quotes(
      "\"Abriremos más camas\", anunció el consejero de Salud de Aragón, Luis Pardo. "
      "El consejero explicó que los hospitales contratarán a cien enfermeras.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[1].speaker, "Luis Pardo");
  // A body whose name opens with its kind of body ("Serviço Nacional de Saúde") is no person.
  const auto body = read_article_quotes(
      "Temos um Serviço Nacional de Saúde forte. A ministra da Saúde, Teresa Lima, admitiu que \"há muito a fazer\".\n", "pt");
  ASSERT_EQ(body.quotes.size(), 1u);
  EXPECT_EQ(body.quotes[0].speaker, "Teresa Lima");
}

TEST(QuoteRomanceRound10, AReportedClauseHoldingMarkedWordsIsReportedToo) {
  const auto fr = read_article_quotes(
      "Le préfet, Henri Vasseur, a affirmé que la situation restait « très tendue » dans le quartier.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].text, "la situation restait « très tendue » dans le quartier");
  EXPECT_EQ(fr.quotes[0].speaker, "Henri Vasseur");
  EXPECT_EQ(fr.quotes[1].kind, "direct");
  EXPECT_EQ(fr.quotes[1].text, "très tendue");
  EXPECT_EQ(fr.quotes[1].speaker, "Henri Vasseur");
  // The clause opening inside the marks takes them in, with an elided "que".
  const auto elided = read_article_quotes("La députée a reconnu qu'« aucun accord » n'était possible.\n", "fr");
  ASSERT_EQ(elided.quotes.size(), 2u);
  EXPECT_EQ(elided.quotes[0].kind, "indirect");
  EXPECT_EQ(elided.quotes[0].text, "« aucun accord » n'était possible");
  const auto es = read_article_quotes("Según fuentes judiciales, las pruebas son «insuficientes» por ahora.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[0].text, "las pruebas son «insuficientes» por ahora");
  EXPECT_TRUE(es.quotes[0].anonymous);
  const auto it = read_article_quotes("Il ministro ha spiegato che la riforma \"non toccherà le pensioni\".\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[0].text, "la riforma \"non toccherà le pensioni\"");
}

TEST(QuoteRomanceRound10, MarkedWordsWithAnAttributionOfTheirOwnStayAlone) {
  // A clause that is nothing but the quotation reports nothing more.
  const auto whole = read_article_quotes("Le maire a déclaré que « rien ne changera ».\n", "fr");
  ASSERT_EQ(whole.quotes.size(), 1u);
  EXPECT_EQ(whole.quotes[0].kind, "direct");
  // The cue inside the marks is the quotation's own words.
  const auto inside = read_article_quotes(
      "« Je n'ai jamais dit que ce serait facile », a insisté le ministre Paul Roux.\n", "fr");
  ASSERT_EQ(inside.quotes.size(), 1u);
  EXPECT_EQ(inside.quotes[0].speaker, "Paul Roux");
  // A colon opens speech of its own after the reported clause.
  const auto colon = read_article_quotes(
      "Der Minister sagte, die Lage sei ernst: „Wir müssen jetzt handeln.“\n", "de");
  for (const auto& quote : colon.quotes) EXPECT_NE(quote.text, "die Lage sei ernst: „Wir müssen jetzt handeln.“");
  // A quotation attributed after the clause ("… asked Dunn") is no part of a report before it.
  const auto own = read_article_quotes(
      "As many critics argue, but the ministry denies — \"why would you hide it?\" asked Ruth Dane.\n", "en");
  ASSERT_EQ(own.quotes.size(), 1u);
  EXPECT_EQ(own.quotes[0].speaker, "Ruth Dane");
}

TEST(QuoteRomanceRound10, AnUnnamedSourcePointedBackIsTheSourceQuotedBefore) {
  const auto fr = read_article_quotes(
      "Selon une source proche de l'enquête, le suspect a été arrêté à Lille. "
      "« Il n'a opposé aucune résistance », a ajouté cette source.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].speaker, "une source proche de l'enquête");
  EXPECT_EQ(fr.quotes[1].speaker, "une source proche de l'enquête");
  EXPECT_TRUE(fr.quotes[1].anonymous);
  const auto es = read_article_quotes(
      "Según fuentes de la investigación, el detenido tenía antecedentes. Las mismas fuentes indicaron que actuó solo.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[0].speaker, "fuentes de la investigación");  // unnamed, not the investigation
  EXPECT_TRUE(es.quotes[0].anonymous);
  EXPECT_EQ(es.quotes[1].speaker, es.quotes[0].speaker);
  // A source that points back to nobody stays as written.
  const auto alone = read_article_quotes("«Non ci sono novità», ha detto questa fonte.\n", "it");
  ASSERT_EQ(alone.quotes.size(), 1u);
  EXPECT_EQ(alone.quotes[0].speaker, "questa fonte");
}

TEST(QuoteRomanceRound10, SourcesKeepTheirBodyAndNotWhoConsultedThem) {
  const auto fr = read_article_quotes(
      "« La décision est prise », a confié une source au sein du ministère.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "une source au sein du ministère");
  const auto es = read_article_quotes(
      "Fuentes del Ministerio de Trabajo consultadas por este periódico aseguraron que la reforma llegará en mayo.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Fuentes del Ministerio de Trabajo");
  EXPECT_TRUE(es.quotes[0].anonymous);
  const auto pt = read_article_quotes(
      "Fontes do Itamaraty ouvidas pela reportagem afirmaram que a viagem foi adiada.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Fontes do Itamaraty");
}

TEST(QuoteRomanceRound10, AnOutletToldAfterASubjectlessCueIsNoSpeaker) {
  const auto pt = read_article_quotes(
      "A deputada Sofia Matos criticou o acordo. \"É uma rendição\", disse à Lusa.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Sofia Matos");
  EXPECT_EQ(pt.quotes[0].cue, "disse");
  const auto es = read_article_quotes(
      "El alcalde Tomás Gil visitó la zona. \"Reconstruiremos todo\", dijo a Efe.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Tomás Gil");
  // An article is no preposition: the body after it speaks.
  const auto body = read_article_quotes("\"Não há provas\", afirmou a Polícia Federal.\n", "pt");
  ASSERT_EQ(body.quotes.size(), 1u);
  EXPECT_EQ(body.quotes[0].mention, "a Polícia Federal");
  // Dutch: the listener after "tegen" is no part of the speaker.
  const auto nl = read_article_quotes(
      "Minister Karin de Wit bezocht het ziekenhuis. \"Dit moet beter\", zei de minister tegen de NOS.\n", "nl");
  ASSERT_EQ(nl.quotes.size(), 1u);
  EXPECT_EQ(nl.quotes[0].speaker, "Karin de Wit");
}

TEST(QuoteRomanceRound10, ACliticOrAStressedPronounBeforeTheCueIsNoSpeaker) {
  // Spanish dialogue: the clitic before the cue is its object ("le preguntó").
  const auto es = read_article_quotes("Llegamos al puerto de madrugada.\n\n—¿Cuándo zarpan? —le preguntó una turista.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "una turista");
  EXPECT_EQ(es.quotes[0].cue, "preguntó");
  // French: "elle" between commas takes up the subject before it, not the last speaker.
  const auto fr = read_article_quotes(
      "« Nous tiendrons », a dit Marc Biron. La mairie, elle, affirme avoir proposé « un compromis ».\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[1].speaker, "la mairie");
  EXPECT_EQ(fr.quotes[1].mention, "La mairie, elle");
}

TEST(QuoteRomanceRound10, DutchSourcesBeforeTheVerbReportTheClause) {
  // Verb second: no comma after the source, the finite verb opens the clause.
  const auto nl = read_article_quotes("Volgens de brandweer is het vuur onder controle.\n", "nl");
  ASSERT_EQ(nl.quotes.size(), 1u);
  EXPECT_EQ(nl.quotes[0].kind, "indirect");
  EXPECT_EQ(nl.quotes[0].mention, "de brandweer");
  EXPECT_EQ(nl.quotes[0].text, "is het vuur onder controle");
  const auto unnamed = read_article_quotes("Volgens ingewijden wordt het plan uitgesteld.\n", "nl");
  ASSERT_EQ(unnamed.quotes.size(), 1u);
  EXPECT_EQ(unnamed.quotes[0].speaker, "ingewijden");
  EXPECT_TRUE(unnamed.quotes[0].anonymous);
}

TEST(QuoteRomanceRound10, AFeminineTitleOrArticleTellsWhomShePointsTo) {
  // "la ministra", "a presidente": the woman of two people named, not the last speaker.
  const auto es = read_article_quotes(
      "La ministra de Vivienda, Isabel Rodríguez, y el presidente de la patronal, Juan Soler, se reunieron. "
      "\"Falta voluntad\", dijo Soler. Según ella, la ley \"saldrá adelante\" este año.\n", "es");
  ASSERT_EQ(es.quotes.size(), 3u);
  EXPECT_EQ(es.quotes[0].speaker, "Juan Soler");
  EXPECT_EQ(es.quotes[1].speaker, "Isabel Rodríguez");
  EXPECT_EQ(es.quotes[2].speaker, "Isabel Rodríguez");
  const auto pt = read_article_quotes(
      "A presidente do partido, Carla Dias, e o ministro Rui Costa discordaram. \"Não há margem\", disse Costa. "
      "Segundo ela, o governo \"precisa ouvir a base\".\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 3u);
  EXPECT_EQ(pt.quotes[2].speaker, "Carla Dias");
  const auto fr = read_article_quotes(
      "La ministre des Sports, Claire Vidal, et le maire, Paul Roux, ont inauguré le stade. "
      "« C'est un grand jour », a dit Paul Roux. « Le sport nous rassemble », a-t-elle ajouté.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[1].speaker, "Claire Vidal");
}

TEST(QuoteRomanceRound10, AnOutletWithALinkInItsNameIsNoSpeaker) {
  const auto it = read_article_quotes(
      "«Il piano è pronto», ha detto al Corriere della Sera il ministro dei Trasporti, Paolo Galli.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Paolo Galli");
  // An agency's acronym ends the outlet; the person named after it speaks, first name and all.
  const auto fr = read_article_quotes(
      "« Le dossier avance », a déclaré à l'AFP Marie Lenoir, avocate des familles.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Marie Lenoir");
  EXPECT_EQ(fr.quotes[0].mention, "Marie Lenoir, avocate des familles");
}

TEST(QuoteRomanceRound10, FrenchDialogueDashesEndAtTheCommaBeforeTheAuthorsWords) {
  const auto fr = read_article_quotes(
      "Au marché, les commerçants s'inquiètent.\n\n"
      "— Les clients ne viennent plus, soupire Nadia Benali, fleuriste depuis vingt ans.\n\n"
      "— Faut-il fermer le dimanche ?\n\n"
      "— Personne ne le sait, mais il faudra choisir.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);  // the questions and answers naming no one are left alone
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Les clients ne viennent plus");
  EXPECT_EQ(fr.quotes[0].speaker, "Nadia Benali");
  EXPECT_EQ(fr.quotes[0].cue, "soupire");
}

}  // namespace
}  // namespace article_lens
