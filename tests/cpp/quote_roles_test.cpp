// Speakers named through their roles: a title with the body or place it belongs to, and the name
// given in apposition to such a role; appositions that are really clauses stay out of mentions.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRoles, TheNameInAppositionToARoleSpeaksNotThePlaceOfTheRole) {
  const auto en = read_article_quotes("The mayor of Lyon, Anne Berthier, denounced \"a publicity stunt.\"\n", "en");
  ASSERT_EQ(en.quotes.size(), 1u);
  EXPECT_EQ(en.quotes[0].speaker, "Anne Berthier");
  // "de" after a title links the place; it is no particle of a name ("alcalde de Sevilla").
  // The reported clause around the marked words comes first, then the marked words; the mention
  // keeps the description before the name.
  const auto es = read_article_quotes("El alcalde de Sevilla, José Robles, dijo que su ciudad \"no firmará\".\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].text, "su ciudad \"no firmará\"");
  EXPECT_EQ(es.quotes[1].speaker, "José Robles");
  EXPECT_EQ(es.quotes[1].mention, "El alcalde de Sevilla, José Robles");
}

TEST(QuoteRoles, ATitleWithItsBodyGivesThePersonTheRoleForLaterDescriptions) {
  const auto fr = read_article_quotes(
      "Le ministre de l'Intérieur Paul Garnier a présenté un plan lundi. Le ministre a reconnu que « la situation est difficile ».\n",
      "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].mention, "Le ministre");
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Garnier");
  const auto it = read_article_quotes(
      "Il ministro dell'Economia Marco Bellini ha presentato la manovra. Secondo il ministro, i conti sono \"sotto controllo\".\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[0].kind, "indirect");
  EXPECT_EQ(it.quotes[0].text, "i conti sono \"sotto controllo\"");
  // The reported clause after the source's comma is no apposition of the source.
  EXPECT_EQ(it.quotes[1].mention, "il ministro");
  EXPECT_EQ(it.quotes[1].speaker, "Marco Bellini");
}

TEST(QuoteRoles, InflectedRolesAndOfficesNamedAnotherWay) {
  // The office in genitives before the name gives the role; "міністра" is its genitive.
  const auto uk = read_article_quotes(
      "Міністр оборони України Петро Коваль провів зустріч. За словами міністра, домовленості вже підписані.\n", "uk");
  ASSERT_EQ(uk.quotes.size(), 1u);
  EXPECT_EQ(uk.quotes[0].kind, "indirect");
  EXPECT_EQ(uk.quotes[0].speaker, "Петро Коваль");
  // "глава МИД" is the same office as "министр иностранных дел" (role_groups_ru.txt).
  const auto ru = read_article_quotes(
      "Министр иностранных дел России Иван Соколов провёл переговоры.\n\n«Мы открыты», — сказал глава МИД.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "Иван Соколов");
}

TEST(QuoteRoles, ASourceSpeakingForABodyIsNotTheBody) {
  const auto en = read_article_quotes(
      "A spokesman for the Kremlin said the talks \"went nowhere.\" Sources close to the White House said the plan was \"dead.\"\n", "en");
  // Each sentence: its reported clause, then the marked words (round 14: "the talks “went
  // nowhere”" is a clause too, its past tense in marks).
  ASSERT_EQ(en.quotes.size(), 4u);
  EXPECT_EQ(en.quotes[1].mention, "A spokesman for the Kremlin");
  EXPECT_EQ(en.quotes[1].speaker, "a spokesman for the Kremlin");
  EXPECT_TRUE(en.quotes[1].anonymous);
  EXPECT_EQ(en.quotes[2].kind, "indirect");
  EXPECT_EQ(en.quotes[3].speaker, "Sources close to the White House");
  EXPECT_TRUE(en.quotes[3].anonymous);
  const auto es = read_article_quotes("Fuentes del Gobierno reconocieron que la negociación \"no será fácil\".\n", "es");
  ASSERT_EQ(es.quotes.size(), 2u);  // the reported clause, then the marked words in it
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[1].speaker, "Fuentes del Gobierno");
  EXPECT_TRUE(es.quotes[1].anonymous);
  // A title whose "of" belongs to it still names the person after it.
  const auto kerry = read_article_quotes("Secretary of State John Kerry said the deal was \"a good one.\"\n", "en");
  ASSERT_EQ(kerry.quotes.size(), 2u);  // the reported clause, then the marked words in it
  EXPECT_EQ(kerry.quotes[0].speaker, "John Kerry");
  EXPECT_EQ(kerry.quotes[1].speaker, "John Kerry");
}

TEST(QuoteRoles, AVerbOpeningACuePhraseTakesItsSubjectNotTheNearestName) {
  // "said in a statement" ends in a noun of speech but opens with its verb.
  const auto r = read_article_quotes(
      "Jennifer Palmer, communications director for the Clinton campaign, said in a statement: \"This is a tragedy.\"\n", "en");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].speaker, "Jennifer Palmer");
  // After a title and its link, the first of three capitalised words is the place.
  const auto it = read_article_quotes("Il sindaco di Milano Giuseppe Rossi ha ribadito che la città \"non si ferma\".\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);  // the reported clause, then the marked words in it
  EXPECT_EQ(it.quotes[0].speaker, "Giuseppe Rossi");
  EXPECT_EQ(it.quotes[1].speaker, "Giuseppe Rossi");
}

TEST(QuoteRoles, AGroupPronounInTheCueSpeaksButNamesNobody) {
  const auto fr = read_article_quotes(
      "Le ministre Paul Garnier a parlé. « Nous refusons », ont-elles répondu. « Je reste », a-t-il ajouté.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].cue, "répondu");
  EXPECT_EQ(fr.quotes[0].speaker, "");
  EXPECT_EQ(fr.quotes[1].speaker, "Paul Garnier");
}

TEST(QuoteRoles, GroupsAndBodiesSpeakDescribedInEveryLanguage) {
  const auto ru = read_article_quotes("Как сообщило министерство обороны, учения завершены.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].kind, "indirect");
  EXPECT_EQ(ru.quotes[0].speaker, "министерство обороны");
  EXPECT_TRUE(ru.quotes[0].described);
  EXPECT_FALSE(ru.quotes[0].anonymous);
  const auto fr = read_article_quotes("Les habitants ont dénoncé « un scandale ».\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, "direct");
  EXPECT_EQ(fr.quotes[0].speaker, "les habitants");
  EXPECT_TRUE(fr.quotes[0].described);
  const auto pl = read_article_quotes("Jak poinformowało ministerstwo zdrowia, szczepienia ruszą w maju.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "ministerstwo zdrowia");
}

TEST(QuoteRoles, ASourcePhraseClosedByANameWithoutAComma) {
  // Polish and German write no comma after the source: the name ends it.
  const auto pl = read_article_quotes("Według posła Jana Wrony rozmowy trwają.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].kind, "indirect");
  EXPECT_EQ(pl.quotes[0].text, "rozmowy trwają");
  EXPECT_EQ(pl.quotes[0].mention, "posła Jana Wrony");
  // A source that is no name still needs its comma.
  const auto plain = read_article_quotes("Według danych rozmowy trwają.\n", "pl");
  EXPECT_TRUE(plain.quotes.empty());
}

TEST(QuoteRoles, AnOutletInMarksToldBeforeTheSpeakerIsNoSpeaker) {
  const auto ru = read_article_quotes("«Это провокация», — сказал «Интерфаксу» депутат Иван Петров.\n", "ru");
  ASSERT_FALSE(ru.quotes.empty());
  EXPECT_EQ(ru.quotes[0].kind, "direct");
  EXPECT_EQ(ru.quotes[0].speaker, "Иван Петров");
  EXPECT_EQ(ru.quotes[0].cue, "сказал");
}

TEST(QuoteRoles, APartyAcronymBeforeAFullNameIsNoPartOfIt) {
  const auto pl = read_article_quotes("Poseł PiS Jan Wrona powiedział: „To gra pozorów”.\n", "pl");
  ASSERT_EQ(pl.quotes.size(), 1u);
  EXPECT_EQ(pl.quotes[0].speaker, "Jan Wrona");
  // A title before a body's acronym describes someone of that body: the acronym is no speaker.
  const auto ru = read_article_quotes("«Мы открыты для диалога», — сказал глава МИД.\n", "ru");
  ASSERT_EQ(ru.quotes.size(), 1u);
  EXPECT_EQ(ru.quotes[0].speaker, "глава МИД");
  // A two-word name keeps its first word, however short.
  const auto en = read_article_quotes("\"We disagree,\" said Al Brennan.\n", "en");
  ASSERT_EQ(en.quotes.size(), 1u);
  EXPECT_EQ(en.quotes[0].speaker, "Al Brennan");
}

TEST(QuoteRoles, AClauseRunningIntoTheQuoteIsNoApposition) {
  const auto r = read_article_quotes(
      "\"These are fair accounts,\" said Lena Moretti, who admitted that \"the timetable is tight.\"\n", "en");
  ASSERT_EQ(r.quotes.size(), 2u);
  EXPECT_EQ(r.quotes[0].mention, "Lena Moretti");
  EXPECT_EQ(r.quotes[0].speaker, "Lena Moretti");
  EXPECT_EQ(r.quotes[1].speaker, "Lena Moretti");
  // A relative clause that ends before the quote stays a description of the speaker.
  const auto kept = read_article_quotes("\"We will rebuild,\" said Tomas Reyes, whose family has run the bakery for years.\n", "en");
  ASSERT_EQ(kept.quotes.size(), 1u);
  EXPECT_EQ(kept.quotes[0].mention, "Tomas Reyes, whose family has run the bakery for years");
}

TEST(QuoteRoles, ASourceOpeningTheSentenceBeforeAPersonAndAComma) {
  // "Pour X, ..." / "Per X, ...": the opinion of X, in marks or reported.
  const auto fr = read_article_quotes(
      "Pour Claire Dumas, présidente du groupe, ces annonces sont « insuffisantes ».\n\nPour Paul Garnier, le plan est solide.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 3u);
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].text, "ces annonces sont « insuffisantes »");
  EXPECT_EQ(fr.quotes[1].kind, "direct");
  EXPECT_EQ(fr.quotes[1].speaker, "Claire Dumas");
  EXPECT_EQ(fr.quotes[1].mention, "Claire Dumas, présidente du groupe");
  EXPECT_EQ(fr.quotes[2].kind, "indirect");
  EXPECT_EQ(fr.quotes[2].text, "le plan est solide");
  EXPECT_EQ(fr.quotes[2].speaker, "Paul Garnier");
  // Not before a thing, nor inside the sentence: "pour" is then a preposition.
  const auto plain = read_article_quotes("Pour la première fois, le mot « crise » a été prononcé.\n", "fr");
  ASSERT_EQ(plain.quotes.size(), 1u);
  EXPECT_EQ(plain.quotes[0].kind, "scare");
  const auto it = read_article_quotes("Per il leader della Lega, Matteo Rinaldi, si tratta di \"una svolta storica\".\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[0].kind, "indirect");
  EXPECT_EQ(it.quotes[0].text, "si tratta di \"una svolta storica\"");
  EXPECT_EQ(it.quotes[1].speaker, "Matteo Rinaldi");
  EXPECT_EQ(it.quotes[1].mention, "il leader della Lega, Matteo Rinaldi");
}

TEST(QuoteRoles, AnAuxiliaryBetweenAnAppositionAndItsParticipleIsNoPartOfTheMention) {
  const auto r = read_article_quotes("La maire de Lyon, Anne Berthier, a dénoncé « une opération de communication ».\n", "fr");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].mention, "La maire de Lyon, Anne Berthier");
  EXPECT_EQ(r.quotes[0].speaker, "Anne Berthier");
}

}  // namespace
}  // namespace article_lens
