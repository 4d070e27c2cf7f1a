// French, Spanish, Italian and Portuguese news, round 17: a description that rules out the person
// just named, by a rival role ("l'attaquant" is not the coach) or by its gender ("l'élue" is not
// Bruno Retailleau), means the one person in reach it does not rule out; sports positions name a
// player just named in French ("a confié l'attaquant"); a run after "au" is a place, not a person
// ("au Parc des Princes"). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRomanceRound17, ARivalRoleRulesOutTheCoachJustNamed) {
  const auto fr = read_article_quotes(
      "Lyon s'est imposé grâce à un doublé de Lucas Berthier. « C'était un match piège », a reconnu l'entraîneur Paulo Fonseca. "
      "« On a souffert jusqu'au bout », a ajouté l'attaquant.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].speaker, "Paulo Fonseca");
  EXPECT_EQ(fr.quotes[1].kind, "direct");
  EXPECT_EQ(fr.quotes[1].text, "On a souffert jusqu'au bout");
  EXPECT_EQ(fr.quotes[1].speaker, "Lucas Berthier");
  const auto es = read_article_quotes(
      "El Betis ganó con un doblete de Marcos Herrera. \"Fue un partido trampa\", reconoció el entrenador Manuel Ortega. "
      "\"Sufrimos hasta el final\", añadió el delantero argentino.\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[1].kind, "direct");
  EXPECT_EQ(es.quotes[1].speaker, "Marcos Herrera");
  const auto it = read_article_quotes(
      "Il Torino ha vinto grazie a una doppietta di Luca Ferri. «È stata dura», ha ammesso l'allenatore Paolo Vanoli. "
      "«Abbiamo sofferto», ha aggiunto l'attaccante.\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[1].speaker, "Luca Ferri");
}

TEST(QuoteRomanceRound17, TwoOthersNamedInReachLeaveTheDescriptionAlone) {
  // Two players named before the coach: the forward could be either.
  const auto fr = read_article_quotes(
      "Lucas Berthier et Hugo Ménard ont marqué. « C'était dur », a reconnu l'entraîneur Paulo Fonseca. "
      "« On a tenu », a ajouté l'attaquant.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[1].kind, "direct");
  EXPECT_EQ(fr.quotes[1].speaker, "l'attaquant");
}

TEST(QuoteRomanceRound17, AFeminineDescriptionRulesOutTheManNamedLast) {
  const auto fr = read_article_quotes(
      "Claire Vasseur et Bruno Lemaître ont débattu jeudi soir. « Nous ne lâcherons rien », a assuré l'élue écologiste.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Nous ne lâcherons rien");
  EXPECT_EQ(fr.quotes[0].speaker, "Claire Vasseur");
  // The masculine one the last named fits stays his.
  const auto he = read_article_quotes(
      "Claire Vasseur et Bruno Lemaître ont débattu jeudi soir. « Nous ne lâcherons rien », a assuré l'élu écologiste.\n", "fr");
  ASSERT_EQ(he.quotes.size(), 1u);
  EXPECT_NE(he.quotes[0].speaker, "Claire Vasseur");
}

TEST(QuoteRomanceRound17, AFrenchPositionNamesThePlayerJustNamed) {
  const auto fr = read_article_quotes(
      "Lucas Berthier a retrouvé le chemin des filets samedi soir au Stade de France. « Je me sens bien », a confié l'attaquant.\n",
      "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Je me sens bien");
  EXPECT_EQ(fr.quotes[0].speaker, "Lucas Berthier");
  // The goalkeeper under another name is the one given that role.
  const auto keeper = read_article_quotes(
      "Le gardien Théo Marchand a été élu homme du match. « Je fais mon travail », a déclaré le portier des Bleus.\n", "fr");
  ASSERT_EQ(keeper.quotes.size(), 1u);
  EXPECT_EQ(keeper.quotes[0].speaker, "Théo Marchand");
}

TEST(QuoteRomanceRound17, ARoleHeldAtAPlaceAfterAuStillRunsOnToTheName) {
  const auto fr = read_article_quotes(
      "« Ce texte est mauvais », a affirmé la présidente du groupe centriste au Sénat Agnès Roux lors d'un point presse.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Agnès Roux");
}

TEST(QuoteRomanceRound17, APlaceBeforeARelativeOfPlaceIsNoSpeaker) {
  const auto es = read_article_quotes(
      "El ministro de Cultura, Andrés Molina, defendió la ley. \"Es una ley para todos\", afirmó en Sevilla, donde añadió: "
      "\"No hay marcha atrás\".\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "Es una ley para todos");
  EXPECT_EQ(es.quotes[0].speaker, "Andrés Molina");
  EXPECT_EQ(es.quotes[1].text, "No hay marcha atrás");
  EXPECT_EQ(es.quotes[1].speaker, "Andrés Molina");
  const auto pt = read_article_quotes(
      "O ministro Rui Tavares esteve no Porto. \"O país precisa de estabilidade\", afirmou em Braga, onde acrescentou: "
      "\"Não haverá crise\".\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 2u);
  EXPECT_EQ(pt.quotes[1].speaker, "Rui Tavares");
}

TEST(QuoteRomanceRound17, APlaceOfSeveralWordsBetweenCueAndSubjectIsASetting) {
  const auto es = read_article_quotes(
      "\"La inflación seguirá bajando\", aseguró desde Ciudad de México la secretaria de Hacienda, Lucía Ramírez.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "La inflación seguirá bajando");
  EXPECT_EQ(es.quotes[0].speaker, "Lucía Ramírez");
}

TEST(QuoteRomanceRound17, ANationalityBeforeANameTellsWhichOfTwoItMeans) {
  const auto es = read_article_quotes(
      "El argentino Tomás Ferreyra y el polaco Marek Nowicki coincidieron en la gala. \"Estoy muy feliz\", dijo el argentino.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "Estoy muy feliz");
  EXPECT_EQ(es.quotes[0].speaker, "Tomás Ferreyra");
  // French writes the noun with a capital: a role opening the run, not part of the name.
  const auto fr = read_article_quotes(
      "Tomás Ferreyra et le Belge Pieter Claes se sont salués. « C'est un ami », a souri le Belge.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Pieter Claes");
}

TEST(QuoteRomanceRound17, AParticipleOpeningTheSentenceIsNoName) {
  const auto fr = read_article_quotes(
      "Interrogé sur l'absence de son capitaine, l'entraîneur Paulo Fonseca a botté en touche : « Je ne parle pas des absents. »\n",
      "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Je ne parle pas des absents.");
  EXPECT_EQ(fr.quotes[0].speaker, "Paulo Fonseca");
}

TEST(QuoteRomanceRound17, ThePersonToldBetweenAnInvertedCueAndItsSubjectIsASetting) {
  const auto it = read_article_quotes(
      "«Non è il momento delle polemiche», ha detto ai cronisti il sindaco di Bergamo Marco Ferri, a margine di un evento.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "direct");
  EXPECT_EQ(it.quotes[0].text, "Non è il momento delle polemiche");
  EXPECT_EQ(it.quotes[0].speaker, "Marco Ferri");
  // The same fused preposition linking a role to its field stays inside the mention.
  const auto field = read_article_quotes("«Le piste sono una priorità», ha detto l'assessore ai trasporti Marco Ferri.\n", "it");
  ASSERT_EQ(field.quotes.size(), 1u);
  EXPECT_EQ(field.quotes[0].speaker, "Marco Ferri");
}

TEST(QuoteRomanceRound17, APortugueseJusticeIsTheMagistrateJustNamed) {
  const auto pt = read_article_quotes(
      "O ministro Paulo Gusmão, do STF, determinou a suspensão das emendas. \"Não há transparência\", escreveu o magistrado na decisão.\n",
      "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "Não há transparência");
  EXPECT_EQ(pt.quotes[0].speaker, "Paulo Gusmão");
}

TEST(QuoteRomanceRound17, ARelativeOfPlaceAfterTheSettingsPlaceGoesWithIt) {
  const auto fr = read_article_quotes(
      "« Nous irons jusqu'au bout », a affirmé à Lyon, où il tenait meeting, le porte-parole du parti, Karim Benali.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].text, "Nous irons jusqu'au bout");
  EXPECT_EQ(fr.quotes[0].speaker, "Karim Benali");
}

TEST(QuoteRomanceRound17, AnOutletToldWithItsNounIsPartOfTheSetting) {
  const auto pt = read_article_quotes(
      "\"A situação é preocupante\", disse à agência Lusa o presidente da Câmara de Sines, Nuno Mascarenhas.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "A situação é preocupante");
  EXPECT_EQ(pt.quotes[0].speaker, "Nuno Mascarenhas");
}

TEST(QuoteRomanceRound17, InformingIsACueAndOpensASourceInThePerfect) {
  const auto es = read_article_quotes("El secretario de Seguridad, Omar Reyes, informó que fueron detenidas doce personas.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].text, "fueron detenidas doce personas");
  EXPECT_EQ(es.quotes[0].speaker, "Omar Reyes");
  const auto perfect = read_article_quotes("Según ha explicado la Guardia Civil, el conductor dio positivo en alcohol.\n", "es");
  ASSERT_EQ(perfect.quotes.size(), 1u);
  EXPECT_EQ(perfect.quotes[0].kind, "indirect");
  EXPECT_EQ(perfect.quotes[0].text, "el conductor dio positivo en alcohol");
  EXPECT_EQ(perfect.quotes[0].speaker, "Guardia Civil");
}

TEST(QuoteRomanceRound17, TheOutletToldAfterTheSpeakerIsNoPartOfIt) {
  const auto es = read_article_quotes("\"Fue horrible\", contó Marta Ruiz a Europa Press.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "Fue horrible");
  EXPECT_EQ(es.quotes[0].speaker, "Marta Ruiz");
  const auto it = read_article_quotes("«È stato terribile», ha raccontato un testimone all'Ansa.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].mention, "un testimone");
}

TEST(QuoteRomanceRound17, TwoFullNamesJoinedByYAreTwoPeople) {
  // "y" is also a particle inside one Iberian name: there it stays one person, named once.
  const auto one = read_article_quotes("\"La ciencia es universal\", escribió José Ortega y Gasset en 1930.\n", "es");
  ASSERT_EQ(one.quotes.size(), 1u);
  EXPECT_EQ(one.quotes[0].kind, "direct");
  EXPECT_EQ(one.quotes[0].text, "La ciencia es universal");
  EXPECT_EQ(one.quotes[0].speaker, "José Ortega y Gasset");
  // Two full names: a singular epithet after them is no pair.
  const auto two = read_article_quotes(
      "Tomás Ferreyra y Marek Nowicki coincidieron en la gala. \"Estoy muy feliz\", dijo el argentino.\n", "es");
  ASSERT_EQ(two.quotes.size(), 1u);
  EXPECT_EQ(two.quotes[0].kind, "direct");
  EXPECT_EQ(two.quotes[0].speaker.find(" y "), std::string::npos);
}

TEST(QuoteRomanceRound17, APlaceAfterThePrepositionOfPersonToldIsASetting) {
  const auto pt = read_article_quotes("\"Vamos avançar\", disse no Rio de Janeiro o governador Renato Lacerda.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].kind, "direct");
  EXPECT_EQ(pt.quotes[0].text, "Vamos avançar");
  EXPECT_EQ(pt.quotes[0].speaker, "Renato Lacerda");
  const auto it = read_article_quotes("«Il governo ha sbagliato», ha detto a Reggio di Calabria il sindaco Marco Ferri.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Marco Ferri");
}

TEST(QuoteRomanceRound17, JulioIsAGivenNameNotAMonth) {
  const auto es = read_article_quotes(
      "Marcos Herrera marcó dos goles. \"Fue un partido trampa\", reconoció el entrenador Julio Pellegrino.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "direct");
  EXPECT_EQ(es.quotes[0].text, "Fue un partido trampa");
  EXPECT_EQ(es.quotes[0].speaker, "Julio Pellegrino");
}

}  // namespace
}  // namespace article_lens
