// Sources named by a pronoun ("according to her", "по его словам", "selon lui"), pronouns that look
// back only, a name in apposition after a possessive description, and a reported clause after a
// cue's object. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::QuoteRead;
using testing::read_article_quotes;

// The only quote of `text`, read in `language`; fails the test when there is not exactly one.
QuoteRead only_quote(const std::string& text, const std::string& language) {
  const auto reading = read_article_quotes(text, language);
  EXPECT_EQ(reading.quotes.size(), 1u) << text;
  return reading.quotes.empty() ? QuoteRead{} : reading.quotes.front();
}

TEST(QuoteSourcePronouns, APronounInsideTheSourcePhraseNamesThePersonBefore) {
  // The reported clause, then the marked words in it.
  const auto ru_all = read_article_quotes("Министр обороны Андрей Белоусов провёл совещание. По его словам, первые поставки "
                                          "ожидаются «уже в этом месяце».", "ru");
  ASSERT_EQ(ru_all.quotes.size(), 2u);
  EXPECT_EQ(ru_all.quotes[0].kind, "indirect");
  EXPECT_EQ(ru_all.quotes[0].speaker, "Андрей Белоусов");
  const QuoteRead ru = ru_all.quotes[1];
  EXPECT_EQ(ru.kind, "direct");
  EXPECT_EQ(ru.speaker, "Андрей Белоусов");
  EXPECT_EQ(ru.mention, "его");
  const auto uk = read_article_quotes("Міністр Рустем Умєров провів нараду. За його словами, перші поставки очікуються "
                                      "«вже цього місяця».", "uk");
  ASSERT_EQ(uk.quotes.size(), 2u);
  EXPECT_EQ(uk.quotes[1].speaker, "Рустем Умєров");
  const QuoteRead pl = only_quote("Jan Kowalski spotkał się z ministrem. Jego zdaniem porozumienie jest blisko.", "pl");
  EXPECT_EQ(pl.kind, "indirect");
  EXPECT_EQ(pl.speaker, "Jan Kowalski");
  EXPECT_EQ(pl.text, "porozumienie jest blisko");
}

TEST(QuoteSourcePronouns, APronounAfterTheSourcePhraseNamesThePersonBefore) {
  // The reported clause, then the marked words in it: both the source's.
  const auto en = read_article_quotes("Mathilde Panot criticised the reform. According to her, the text \"hits the poorest first\".", "en");
  ASSERT_EQ(en.quotes.size(), 2u);
  EXPECT_EQ(en.quotes[0].kind, "indirect");
  EXPECT_EQ(en.quotes[0].speaker, "Mathilde Panot");
  EXPECT_EQ(en.quotes[1].speaker, "Mathilde Panot");
  EXPECT_EQ(en.quotes[1].mention, "her");
  const auto fr = read_article_quotes("Mathilde Panot a critiqué la réforme. Selon elle, le texte « frappe d'abord les plus "
                                      "modestes ».", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].text, "le texte « frappe d'abord les plus modestes »");
  EXPECT_EQ(fr.quotes[1].speaker, "Mathilde Panot");
  const QuoteRead es = only_quote("Pedro Sánchez habló con los sindicatos. Según él, el acuerdo está cerca.", "es");
  EXPECT_EQ(es.kind, "indirect");
  EXPECT_EQ(es.speaker, "Pedro Sánchez");
  EXPECT_EQ(es.text, "el acuerdo está cerca");
  // Polish writes no comma after the source.
  const QuoteRead pl = only_quote("Jan Kowalski spotkał się z ministrem. Według niego rozmowy potrwają do piątku.", "pl");
  EXPECT_EQ(pl.speaker, "Jan Kowalski");
  EXPECT_EQ(pl.text, "rozmowy potrwają do piątku");
}

TEST(QuoteSourcePronouns, APossessiveBeforeANounIsNotTheSource) {
  // "her spokesman" speaks, not "her".
  const QuoteRead en = only_quote("Anna Berg met the unions. According to her spokesman, the deal is close.", "en");
  EXPECT_EQ(en.kind, "indirect");
  EXPECT_EQ(en.mention, "her spokesman");
}

TEST(QuoteSourcePronouns, APronounNeverMeansSomeoneNamedOnlyLater) {
  // Nobody is named before "il": Mathilde Panot, named in the next paragraph, did not say it.
  const auto reading = read_article_quotes(
      "Le Premier ministre a défendu la réforme. « Nous irons jusqu'au bout », a-t-il déclaré.\n\n"
      "« Cette réforme est injuste », a répliqué Mathilde Panot, présidente du groupe La France insoumise.", "fr");
  ASSERT_EQ(reading.quotes.size(), 2u);
  EXPECT_NE(reading.quotes[0].speaker, "Mathilde Panot");
  EXPECT_EQ(reading.quotes[1].speaker, "Mathilde Panot");
}

TEST(QuoteSourcePronouns, ANameInAppositionAfterAPossessiveDescriptionSpeaks) {
  const QuoteRead en = only_quote("'It is not good enough,' said Labour's shadow energy secretary, Ed Miliband.", "en");
  EXPECT_EQ(en.speaker, "Ed Miliband");
  EXPECT_EQ(en.mention, "Labour's shadow energy secretary, Ed Miliband");
}

TEST(QuoteSourcePronouns, TheReportedClauseFollowsTheCuesObject) {
  const QuoteRead told = only_quote("Sarah Jones told the BBC she had stopped using her tumble dryer.", "en");
  EXPECT_EQ(told.kind, "indirect");
  EXPECT_EQ(told.text, "she had stopped using her tumble dryer");
  EXPECT_EQ(only_quote("The minister told reporters he would resign.", "en").text, "he would resign");
  EXPECT_EQ(only_quote("He said the talks had stalled.", "en").text, "the talks had stalled");
}

}  // namespace
}  // namespace article_lens
