// German speakers and reports that round 12 reads right. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::direct_quotes_of;
using testing::read_article_quotes;

std::vector<testing::QuoteRead> indirect_quotes_of(const std::string& text, const std::string& language = "de") {
  std::vector<testing::QuoteRead> indirect;
  for (testing::QuoteRead& q : read_article_quotes(text, language).quotes)
    if (q.kind == "indirect") indirect.push_back(std::move(q));
  return indirect;
}

TEST(QuoteGermanRound12, ASourcePhraseBeforeAFiniteAuxiliaryOpensTheReport) {
  // Verb-second: "Laut Polizei wurde …", "Nach Angaben der Feuerwehr konnten …": the finite verb
  // right after the source opens the reported clause, with no comma.
  const auto q = indirect_quotes_of(
      "Laut Polizei wurde der Fahrer schwer verletzt. Nach Angaben der Bergwacht konnten alle Wanderer "
      "gerettet werden.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "wurde der Fahrer schwer verletzt");
  EXPECT_EQ(q[0].mention, "Polizei");
  EXPECT_EQ(q[1].text, "konnten alle Wanderer gerettet werden");
  EXPECT_EQ(q[1].mention, "der Bergwacht");
  // Any lower-case word after the source's noun that is no preposition or article is the verb
  // ("brach"); a preposition goes on with the source ("Polizei aus Ulm").
  const auto fire = indirect_quotes_of("Laut Feuerwehr brach der Brand im Keller aus. Laut Polizei aus Ulm starb der Mann.");
  ASSERT_EQ(fire.size(), 2u);
  EXPECT_EQ(fire[0].text, "brach der Brand im Keller aus");
  EXPECT_EQ(fire[0].mention, "Feuerwehr");
  EXPECT_EQ(fire[1].text, "starb der Mann");
  EXPECT_EQ(fire[1].mention, "Polizei aus Ulm");
}

TEST(QuoteGermanRound12, ASentenceInTheKonjunktivGoesOnWithTheLastSpeaker) {
  // The narrator does not use the Konjunktiv I: a sentence in it right after speech is the
  // speaker's, cue or not ("sei", or a verb in -e next to "er", "sie", "man").
  const auto q = indirect_quotes_of(
      "„Wir brauchen mehr Wohnungen“, sagte Bauministerin Lena Vogt am Dienstag. "
      "Die Lage auf dem Mietmarkt sei in vielen Städten angespannt. Sie hoffe auf eine Einigung mit den Ländern.\n\n"
      "Der Stadtrat Paul Ernst erklärte, die Pläne seien unbezahlbar. Zudem bedaure er den Streit.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].text, "Die Lage auf dem Mietmarkt sei in vielen Städten angespannt");
  EXPECT_EQ(q[0].speaker, "Lena Vogt");
  EXPECT_EQ(q[1].text, "Sie hoffe auf eine Einigung mit den Ländern");
  EXPECT_EQ(q[1].speaker, "Lena Vogt");
  EXPECT_EQ(q[3].text, "Zudem bedaure er den Streit");
  EXPECT_EQ(q[3].speaker, "Paul Ernst");
  // The Konjunktiv II stands in where the Konjunktiv I reads as the indicative ("bräuchten").
  const auto banks = indirect_quotes_of("„Europa darf sich nicht im Weg stehen“, sagte Bankchef Jonas Sewald. "
                                        "Die Banken bräuchten Spielraum.");
  ASSERT_EQ(banks.size(), 1u);
  EXPECT_EQ(banks[0].speaker, "Jonas Sewald");
}

TEST(QuoteGermanRound12, TheIndicativeAndNarrationAreNoContinuation) {
  // "Er sagte" is past tense; a Konjunktiv sentence with no speech before it reports no one; the
  // French conditional hedges the narrator's own words.
  EXPECT_TRUE(indirect_quotes_of("„Wir sind bereit“, sagte Lena Vogt. Er wurde danach nicht mehr gesehen. Sie machte eine Pause.").empty());
  EXPECT_TRUE(indirect_quotes_of("Lena Vogt wohnt in Bonn. Das Wetter war schön. Die Lage sei ruhig gewesen.").empty());
  EXPECT_TRUE(indirect_quotes_of("« Nous sommes prêts », a déclaré le ministre Jean Dupont. Le gouvernement aurait déjà décidé.", "fr").empty());
}

TEST(QuoteGermanRound12, ASentenceTakingUpTheQuoteWithSoNamesItsSpeaker) {
  // "„…“ So kommentiert der Hydrologe Jens Kahl die Flut.": "So" takes up the quotation, the
  // speaker follows the verb; the Konjunktiv sentence after goes on with him.
  const auto reading = read_article_quotes(
      "„Das war eine Katastrophe mit Ansage.“ So kommentiert der Hydrologe Jens Kahl die Flut im Tal. "
      "Die Warnungen seien ignoriert worden.", "de");
  const auto& q = reading.quotes;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Jens Kahl");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].speaker, "Jens Kahl");
}

TEST(QuoteGermanRound12, ARoleDescriptionNamesAgainThePersonJustNamed) {
  // "Kanzlerin Lena Vogt … sagte die CDU-Politikerin": German varies the words for one person; a
  // compound or modified role right after her naming means her.
  const auto q = direct_quotes_of(
      "Bundeskanzlerin Lena Vogt hat die Länder kritisiert. „Wir brauchen mehr Tempo“, sagte die CDU-Politikerin "
      "am Dienstag.\n\nPaul Ernst verteidigte seinen Entscheid. „Ich habe richtig gehandelt“, sagte der frühere "
      "Bundespräsident.", "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Lena Vogt");
  EXPECT_EQ(q[1].speaker, "Paul Ernst");
}

TEST(QuoteGermanRound12, ARoleDescriptionStaysWhenItCannotMeanThePersonJustNamed) {
  // Two people named before, a role of the other gender, a bare office, or a role naming someone
  // else near a person (a spokesman): the description stays.
  const auto q = direct_quotes_of(
      "Lena Vogt traf Paul Ernst in Berlin. „Wir sind einig“, sagte der SPD-Politiker.\n\n"
      "Bundeskanzlerin Lena Vogt reiste ab. „Das ist gut“, sagte der frühere Bundespräsident.\n\n"
      "Trainer Paul Ernst lobte das Team. „Das war stark“, sagte der Präsident.\n\n"
      "Ministerin Lena Vogt schwieg. „Kein Kommentar“, sagte der Regierungssprecher.", "de");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "der SPD-Politiker");
  EXPECT_EQ(q[1].speaker, "der frühere Bundespräsident");
  EXPECT_EQ(q[2].speaker, "der Präsident");
  EXPECT_EQ(q[3].speaker, "der Regierungssprecher");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteGermanRound12, AQuotingVerbsObjectSpeaksInALeadIn) {
  // "Ein Sender zitierte Korakis mit den Worten: „…“": the station passes the words on; the person
  // it quotes said them, a name with no article where nouns are capitalised too. An object that is
  // a document is no one: the subject stays.
  const auto q = direct_quotes_of(
      "Ein Fernsehsender zitierte Korakis mit den Worten: „Ich klebe nicht an meinem Stuhl.“\n\n"
      "Die Agentur zitierte den Minister Paul Ernst mit den Worten: „Wir bleiben hart.“\n\n"
      "Die Zeitung zitierte den Bericht der Kommission: „Die Lage ist ernst.“", "de");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Korakis");
  EXPECT_EQ(q[1].speaker, "Paul Ernst");
  EXPECT_EQ(q[2].speaker, "die Zeitung");
}

TEST(QuoteGermanRound12, APlacesGenitiveAfterADescribedTitleIsNoPerson) {
  // "Der oberste Führer Irans": one word in the genitive after a title an article opens names the
  // place, even where the text never writes "Iran" bare; the name set apart after it speaks.
  const auto q = direct_quotes_of(
      "Der oberste geistliche Führer Irans sagte am Freitag: „Wir weichen nicht.“\n\n"
      "„Wir weichen nicht“, sagte der Außenminister Russlands.\n\n"
      "Der Regierungschef Ungarns, Viktor Orbán, sagte: „Wir weichen nicht.“", "de");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_NE(q[0].speaker, "Irans");
  EXPECT_EQ(q[1].speaker, "der Außenminister Russlands");
  EXPECT_EQ(q[2].speaker, "Viktor Orbán");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteGermanRound12, TheOutletToldAfterTheSpeakerIsNoPartOfThem) {
  // "sagte Nagel der F.A.Z.", "sagte der 35-Jährige der „Rundschau“": after a name, which takes no
  // genitive, the dative article opens the outlet told. After a role it opens the role's genitive.
  const auto reading = read_article_quotes(
      "Bundesbankchef Jonas Nagel warnte. Es wäre ein Fehler, jetzt nachzulassen, sagte Nagel der F.A.Z.\n\n"
      "Paul Ernst denkt nicht ans Aufhören. „Ich spiele weiter“, sagte der 35-Jährige der „Rundschau“.\n\n"
      "„Das ist gut“, sagte Berger der Abendzeitung.\n\n"
      "„Das ist gut“, sagte der Chefredakteur der „Rundschau“.", "de");
  std::vector<testing::QuoteRead> said;
  for (const auto& q : reading.quotes)
    if (q.kind != "scare") said.push_back(q);
  ASSERT_EQ(said.size(), 4u);
  EXPECT_EQ(said[0].speaker, "Jonas Nagel");
  EXPECT_EQ(said[0].mention, "Nagel");
  EXPECT_EQ(said[1].speaker, "Paul Ernst");  // the age names him again
  EXPECT_EQ(said[1].mention, "der 35-Jährige");
  EXPECT_EQ(said[2].mention, "Berger");
  EXPECT_EQ(said[3].speaker, "der Chefredakteur der „Rundschau“");
  // A name's particle before its article is no name told anything: "sagte von der Brücke".
  const auto particle = direct_quotes_of("„Wir bleiben hart“, sagte von der Brücke in Berlin.", "de");
  ASSERT_EQ(particle.size(), 1u);
  EXPECT_EQ(particle[0].mention, "von der Brücke");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteGermanRound12, AColonAfterTheCueIntroducesTheReportedClause) {
  // "Felbermayr warnt dennoch vor Entwarnung: Die Preise stiegen weiter." The colon does what the
  // comma does; a colon with no cue before it reports nothing.
  const auto q = indirect_quotes_of(
      "Ökonom Paul Ernst warnt dennoch vor Entwarnung: Die Dienstleistungspreise stiegen weiter kräftig.\n\n"
      "Das Ergebnis ist klar: Die Preise stiegen weiter.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Die Dienstleistungspreise stiegen weiter kräftig");
  EXPECT_EQ(q[0].speaker, "Paul Ernst");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteGermanRound12, TheSpeakerAfterAnInvertedCueWhateverTheirName) {
  // "CLAUSE, sagte der Niederländer." / "…, sagte Ursula von der Brücke.": the subject found before
  // the comma is the clause's own; the speaker follows the cue even when no title or plain name
  // shows them to be a person. An object after the cue is no speaker.
  const auto q = indirect_quotes_of(
      "Die Lage sei ernst, sagte der Niederländer.\n\n"
      "Die Chancen seien vergeben, sagte Kees van der Brücke am Montag.\n\n"
      "Das Werk, ein Juwel, bestätigte den Verkauf.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Die Lage sei ernst");
  EXPECT_EQ(q[0].mention, "der Niederländer");
  EXPECT_EQ(q[1].speaker, "Kees van der Brücke");
  // A pronoun opening the clause is the clause's subject, not the speaker.
  const auto pronoun = indirect_quotes_of("Man müsse jetzt handeln, sagte Blume auf einer Versammlung. Er habe keine Zeit, sagte Paul Ernst.");
  ASSERT_EQ(pronoun.size(), 2u);
  EXPECT_EQ(pronoun[0].mention, "Blume");
  EXPECT_EQ(pronoun[1].speaker, "Paul Ernst");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteGermanRound12, AKonjunktivSentenceWithMarkedWordsGoesOnToo) {
  // "Die Grünen seien „nicht regierungsfähig“." after speech: the clause around the marks is
  // reported too; a quotation standing alone after speech is no report.
  const auto reading = read_article_quotes(
      "„Mit uns wird es das nicht geben“, sagte Paul Ernst dem Rundfunk. Die Grünen seien „nicht regierungsfähig“.\n\n"
      "„Wir sind bereit“, sagte Lena Vogt. „Die Lage ist ernst.“", "de");
  std::vector<testing::QuoteRead> indirect;
  for (const auto& q : reading.quotes)
    if (q.kind == "indirect") indirect.push_back(q);
  ASSERT_EQ(indirect.size(), 1u);
  EXPECT_EQ(indirect[0].text, "Die Grünen seien „nicht regierungsfähig“");
  EXPECT_EQ(indirect[0].speaker, "Paul Ernst");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteGermanRound12, AClauseWithMarkedWordsBeforeItsInvertedCueIsReported) {
  // Verb-second: "Es gebe noch „große Brocken“ zu lösen, sagte Babler." The clause opens the
  // sentence and holds the marks; the speaker after the cue is a surname or a body.
  const auto q = indirect_quotes_of(
      "Es gebe noch „große Brocken“ zu lösen, sagte Babler im Radio.\n\n"
      "Israel werde sich verteidigen, „mit oder ohne Hilfe“, erklärte sein Büro.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Es gebe noch „große Brocken“ zu lösen");
  EXPECT_EQ(q[0].mention, "Babler");
  EXPECT_EQ(q[1].text, "Israel werde sich verteidigen, „mit oder ohne Hilfe“");
  EXPECT_EQ(q[1].mention, "sein Büro");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteGermanRound12, ARelativeClauseAfterTheSpeakerReportsOnlyWithACueOfItsOwn) {
  // "„…“, sagt ein Beamter, der namentlich nicht genannt werden will": the relative clause
  // describes the speaker; it reports nothing.
  const auto q = indirect_quotes_of("„Wir haben so etwas noch nie gesehen“, sagt ein Beamter, der namentlich nicht genannt werden will.");
  EXPECT_TRUE(q.empty());
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteGermanRound12, ASubjectWithItsAppositionIsNoClauseBeforeItsSpeaker) {
  // Verb-second puts the cue right after a reported clause ("…, sagte X"); "Der Führer Irans, Ali
  // Chamenei, hat den Westen kritisiert" is a subject and its apposition, no report.
  EXPECT_TRUE(indirect_quotes_of("Teheran (dpa) - Der oberste geistliche Führer Irans, Ajatollah Ali Chamenei, hat den Westen "
                                 "scharf kritisiert.").empty());
  EXPECT_TRUE(indirect_quotes_of("Der Präsident, Ali Chamenei, hat den Westen scharf kritisiert.").empty());
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteGermanRound12, AStatesNameIsNoPersonForARoleToFind) {
  // "der Führer der Islamischen Republik Iran": "Republik" heads a state's name, no person's; a
  // later description by the same role finds no one and stays.
  const auto q = direct_quotes_of(
      "Das Gremium folgte dem geistigen Führer der Islamischen Republik Iran. Der oberste geistliche Führer Irans, "
      "der den Sieg als „Fest“ bezeichnete, ordnete eine Untersuchung an.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "der oberste geistliche Führer Irans");
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteGermanRound12, APhraseOfPlaceMayCloseTheSentenceAfterAnInvertedSpeaker) {
  // "…, erklärte Trump in seinem Onlinedienst Truth Social": more words than a bare speaker, opened
  // by a preposition. Judges' plural verb is a cue ("urteilten die Richter").
  const auto q = indirect_quotes_of(
      "Die Maßnahme solle die Einwanderung stoppen, erklärte Paul Ernst in seinem Onlinedienst Truth Social.\n\n"
      "Die Klausel sei wirksam, urteilten die Richter.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Paul Ernst");
  EXPECT_EQ(q[1].text, "Die Klausel sei wirksam");
  EXPECT_EQ(q[1].mention, "die Richter");
  // "sich befand" locates; it reports nothing.
  EXPECT_TRUE(direct_quotes_of("In der Simulation „Second Life“ haben Hacker mit einer „virtuellen Bombe“ die Insel gesprengt, "
                               "auf der sich das Hauptquartier befand.", "de").empty());
}

}  // namespace
}  // namespace article_lens

namespace article_lens {
namespace {

TEST(QuoteGermanRound12, ATradeNamesAgainAndAColonIntroducesAClauseWithMarks) {
  // "Christian Drosten … sagt der Virologe"; "Die Ministerin äußerte sich: Sie sei „erschüttert“"
  // reports the clause around the marks (a colon before marks alone does not).
  const auto q = direct_quotes_of(
      "Jonas Brandt ist vorsichtig geworden. „Ich sage heute nichts mehr“, sagt der Virologe.", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jonas Brandt");
  const auto r = indirect_quotes_of("Die Ministerin äußerte sich am Abend: Sie sei „zutiefst erschüttert“.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "Sie sei „zutiefst erschüttert“");
  EXPECT_EQ(r[0].mention, "Die Ministerin");
}

}  // namespace
}  // namespace article_lens
