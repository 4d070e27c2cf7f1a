// French, Spanish, Italian, Portuguese and Dutch news as agencies and papers write it, round 13:
// a name in the apposition of a description, a quote resumed after an incise, regional offices and
// bodies, bodies' names over "do" and "d'", the Dutch "ze". Sentences written for these tests.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <utility>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::read_article_quotes;

TEST(QuoteRomanceRound13, ANameInTheAppositionOfADescriptionSpeaks) {
  // "le chef d'état-major, le général X": the apposition, with its own article and title, names
  // the person; the office is no speaker.
  const auto fr = read_article_quotes(
      "« Nos stocks ne suffisent pas », a prévenu le chef d'état-major de l'armée de terre, le général Paul Ferrand.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Ferrand");
  const auto es = read_article_quotes(
      "\"La misión seguirá\", dijo el jefe del Estado Mayor, el almirante Luis Cardona.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Luis Cardona");
  // A description with no name after it stays what it is.
  const auto bare = read_article_quotes("« Nos stocks ne suffisent pas », a prévenu le chef d'état-major.\n", "fr");
  ASSERT_EQ(bare.quotes.size(), 1u);
  EXPECT_NE(bare.quotes[0].speaker, "");
}

TEST(QuoteRomanceRound13, AQuoteResumedAfterAnInciseKeepsItsSpeaker) {
  // « ... », a-t-elle martelé devant les députés, « ... »: one cue for both parts.
  const auto fr = read_article_quotes(
      "La ministre Claire Dorval a défendu le texte. « Nous ne reculerons pas », a-t-elle martelé devant les "
      "députés, « car l'urgence est là ».\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(fr.quotes[0].speaker, "Claire Dorval");
  EXPECT_EQ(fr.quotes[1].speaker, "Claire Dorval");
  // The mention stops before where the words were said.
  const auto place = read_article_quotes(
      "« Nous ne reculerons pas », a déclaré la ministre Claire Dorval devant les députés.\n", "fr");
  ASSERT_EQ(place.quotes.size(), 1u);
  EXPECT_EQ(place.quotes[0].mention, "la ministre Claire Dorval");
  // Not a quote the cue's own subject holds: "‘Time’ Announced Its ‘Person Of The Year’".
  const auto title = read_article_quotes("‘Time’ Just Announced Its ‘Person Of The Year’ And Everyone Noticed.\n", "en");
  ASSERT_FALSE(title.quotes.empty());
  EXPECT_EQ(title.quotes.back().speaker.find("Person"), std::string::npos) << title.quotes.back().speaker;
}

TEST(QuoteRomanceRound13, ARegionalGovernmentIsABodyAndItsPresidentHasOtherNames) {
  // "la Generalitat Valenciana" is no person; "el jefe del Consell" is its president.
  const auto es = read_article_quotes(
      "El president de la Generalitat Valenciana, Jordi Vidal, compareció este viernes. "
      "\"No voy a dimitir\", aseguró el jefe del Consell ante los diputados.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Jordi Vidal");
  // "presidente della Regione Lombardia": the region is a body, the name after the comma the person.
  const auto it = read_article_quotes(
      "Il presidente della Regione Lombardia, Marco Ferri, ha replicato: «Il Comune deve chiarire».\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Marco Ferri");
  // "il titolare del Tesoro" is the minister of the economy.
  const auto tesoro = read_article_quotes(
      "Il ministro dell'Economia, Giulio Neri, ha presentato la manovra. "
      "«Non ci sono margini», ha detto il titolare del Tesoro.\n", "it");
  ASSERT_EQ(tesoro.quotes.size(), 1u);
  EXPECT_EQ(tesoro.quotes[0].speaker, "Giulio Neri");
}

TEST(QuoteRomanceRound13, ABodysNameRunsOverDoAndElidedDe) {
  const auto pt = read_article_quotes("Segundo o Palácio do Planalto, o presidente vai telefonar ao primeiro-ministro.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "o Palácio do Planalto");
  const auto it = read_article_quotes("Secondo la Banca d'Italia, il debito pubblico salirà ancora nel prossimo anno.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "la Banca d'Italia");
  // A body's name after the particle the mention stopped on: "la Delegación del Gobierno".
  const auto es = read_article_quotes("Según la Delegación del Gobierno, la manifestación reunió a 10.000 personas.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_NE(es.quotes[0].speaker.find("Delegación del Gobierno"), std::string::npos) << es.quotes[0].speaker;
  // The mention stops before the people told: "aos jornalistas".
  const auto told = read_article_quotes(
      "O primeiro-ministro, Rui Matos, falou hoje. \"Cumpriremos o que prometemos\", disse o chefe do executivo aos jornalistas.\n", "pt");
  ASSERT_EQ(told.quotes.size(), 1u);
  EXPECT_EQ(told.quotes[0].speaker, "Rui Matos");
}

TEST(QuoteRomanceRound13, DutchZeIsSheWithASingularVerb) {
  const auto nl = read_article_quotes(
      "Burgemeester Anna de Wit noemde de rellen onacceptabel. \"We zullen hard optreden\", zei ze.\n", "nl");
  ASSERT_EQ(nl.quotes.size(), 1u);
  EXPECT_EQ(nl.quotes[0].speaker, "Anna de Wit");
  // With a plural verb it is "they": no one person.
  const auto plural = read_article_quotes(
      "Burgemeester Anna de Wit sprak met de bewoners. \"We zijn bang\", zeiden ze.\n", "nl");
  ASSERT_EQ(plural.quotes.size(), 1u);
  EXPECT_EQ(plural.quotes[0].speaker, "");
}

TEST(QuoteRomanceRound13, AnUntitledSubjectIsMeantByTheDescriptionAfterIt) {
  // The press names the people it is about without a title, then calls them by an office or a
  // party: the subject opening the sentence before is meant.
  const auto es = read_article_quotes(
      "Lucía Ferrer criticó este martes el pacto migratorio. "
      "\"Es una vergüenza para Europa\", afirmó la eurodiputada de Podemos.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Lucía Ferrer");
  const auto it = read_article_quotes(
      "Matteo Ricci ha attaccato l'Unione europea: «Bruxelles ci tratta come un \"paese di serie B\"», "
      "ha detto il leader leghista a un comizio.\n", "it");
  ASSERT_FALSE(it.quotes.empty());
  EXPECT_EQ(it.quotes[0].speaker, "Matteo Ricci");
  // A title of several words heads the description: "l'ancien Premier ministre".
  const auto fr = read_article_quotes(
      "Paul Lenoir a reconnu mardi des erreurs. « J'assume », a déclaré l'ancien Premier ministre.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Lenoir");
  // Not someone set off by an apposition, a passer-by in the story.
  const auto witness = read_article_quotes(
      "Jean Dupont, 45 ans, a vu les flammes depuis sa fenêtre. « Le feu est maîtrisé », a déclaré le maire.\n", "fr");
  ASSERT_EQ(witness.quotes.size(), 1u);
  EXPECT_NE(witness.quotes[0].speaker, "Jean Dupont");
  // Nor a bare office of one word, which brings someone new: the convicted man is not "l'avocat".
  const auto lawyer = read_article_quotes(
      "Jean Martin a été condamné lundi. « Nous allons faire appel », a déclaré l'avocat.\n", "fr");
  ASSERT_EQ(lawyer.quotes.size(), 1u);
  EXPECT_NE(lawyer.quotes[0].speaker, "Jean Martin");
  // A feminine description needs a woman: an untitled man is not "la portavoz".
  const auto gender = read_article_quotes(
      "Tomás Rey compareció ayer en Moncloa. \"No habrá cambios\", dijo la portavoz.\n", "es");
  ASSERT_EQ(gender.quotes.size(), 1u);
  EXPECT_NE(gender.quotes[0].speaker, "Tomás Rey");
}

TEST(QuoteRomanceRound13, ItalianSourcePhrasesWithSiApprende) {
  const auto it = read_article_quotes(
      "Secondo quanto si apprende da fonti investigative, gli inquirenti avrebbero già individuato un sospettato.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].kind, "indirect");
  EXPECT_EQ(it.quotes[0].speaker, "fonti investigative");
}

TEST(QuoteRomanceRound13, APrepositionalSettingIsNoReportedClause) {
  // "During the press conference, the minister criticised the plan": the phrase before the comma
  // says where, not what was said.
  for (const auto& [text, lang] : std::initializer_list<std::pair<const char*, const char*>>{
           {"Tras la reunión con los sindicatos, el ministro criticó el acuerdo.\n", "es"},
           {"En declaraciones a la Cadena SER, la diputada Marta Gil criticó el pacto.\n", "es"},
           {"Lors de son passage à Lyon, le ministre a critiqué la réforme.\n", "fr"},
           {"Durante la conferenza stampa, il ministro ha criticato la riforma.\n", "it"},
           {"During the press conference, the minister criticised the plan.\n", "en"}}) {
    const auto read = read_article_quotes(text, lang);
    EXPECT_TRUE(read.quotes.empty()) << text;
  }
  // A clause with its verb still reports.
  const auto en = read_article_quotes("In the end, the economy will recover, the minister said.\n", "en");
  ASSERT_EQ(en.quotes.size(), 1u);
  EXPECT_EQ(en.quotes[0].kind, "indirect");
}

TEST(QuoteRomanceRound13, ANameAfterTheSourcesPlaceIsItsApposition) {
  // "Según la portavoz del PP en el Congreso, Ester Muñoz, CLAUSE": the name is the source's, and
  // the clause opens after it.
  const auto es = read_article_quotes(
      "Según la portavoz del PSOE en el Congreso, Elena Vidal, el Gobierno ha perdido la mayoría.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].text, "el Gobierno ha perdido la mayoría");
  EXPECT_EQ(es.quotes[0].speaker, "Elena Vidal");
  // Marked words inside that clause are hers too.
  const auto marked = read_article_quotes(
      "Según la portavoz del PSOE en el Congreso, Elena Vidal, el presidente \"vive en una realidad paralela\".\n", "es");
  ASSERT_EQ(marked.quotes.size(), 2u);
  EXPECT_EQ(marked.quotes[0].speaker, "Elena Vidal");
  EXPECT_EQ(marked.quotes[1].speaker, "Elena Vidal");
}

TEST(QuoteRomanceRound13, ANationalityOrTeamRoleStandsForThePlayerJustNamed) {
  const auto es = read_article_quotes(
      "Lucas Moreau marcó dos goles en Mestalla. \"Hemos fallado a la afición\", reconoció el francés en zona mixta.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Lucas Moreau");
  const auto it = read_article_quotes("Luca Berger ha vinto a Melbourne. «Sono felicissimo», ha detto l'altoatesino.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Luca Berger");
  const auto pt = read_article_quotes("Rui Costa Matos marcou dois golos. \"Estou feliz\", disse o avançado.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Rui Costa Matos");
}

TEST(QuoteRomanceRound13, MoreReportingVerbsAndContractedSourcePhrases) {
  // "a répété qu'il irait « jusqu'au bout »": repeating reports.
  const auto fr = read_article_quotes(
      "Le président Paul Garnier a répété mardi qu'il irait « jusqu'au bout » de son mandat.\n", "fr");
  ASSERT_FALSE(fr.quotes.empty());
  EXPECT_EQ(fr.quotes[0].kind, "indirect");
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Garnier");
  // "a juicio del gobernador": "de" joined to the article.
  const auto es = read_article_quotes(
      "A juicio del gobernador del banco, Luis Ortega, la economía resiste bien a la subida de tipos.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].kind, "indirect");
  EXPECT_EQ(es.quotes[0].speaker, "Luis Ortega");
  const auto pt = read_article_quotes("\"Não há desculpas\", vincou o líder do partido, Rui Pinto.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Rui Pinto");
}

TEST(QuoteRomanceRound13, PlacesOpenedBySaoOrSanAreNoPersons) {
  // "São" is also a verb ("são"): mid-name it is a place's first word, and "São Paulo" is no person
  // a later "o governador" could mean.
  const auto pt = read_article_quotes(
      "O governador de São Paulo, Tiago Lemos, disse que não será candidato. "
      "\"Meu compromisso é com São Paulo\", afirmou o governador.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 2u);
  EXPECT_EQ(pt.quotes[0].speaker, "Tiago Lemos");
  EXPECT_EQ(pt.quotes[1].speaker, "Tiago Lemos");
  const auto after = read_article_quotes(
      "\"Meu compromisso é com o estado\", afirmou o governador de São Paulo, Tiago Lemos.\n", "pt");
  ASSERT_EQ(after.quotes.size(), 1u);
  EXPECT_EQ(after.quotes[0].speaker, "Tiago Lemos");
}

TEST(QuoteRomanceRound13, ARegionNamedAfterItsNounIsNoSpeaker) {
  // "La présidente de la région Occitanie, Carole Delga, a jugé": the name in apposition speaks.
  const auto fr = read_article_quotes(
      "La présidente de la région Occitanie, Marie Delmas, a jugé que le gouvernement devait revoir sa copie.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Marie Delmas");
  const auto it = read_article_quotes(
      "Il presidente della regione Lombardia, Marco Ferri, ha detto che il governo deve agire subito.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Marco Ferri");
}

TEST(QuoteRomanceRound13, ASpanishGovernmentSpokeswomanIsAMinisterAndTheAccusedSpeaks) {
  const auto es = read_article_quotes(
      "La portavoz del Gobierno, Pilar Soto, ha defendido la gestión. \"Estamos cumpliendo\", ha afirmado la ministra.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Pilar Soto");
  // "el acusado": a participle after its article is the noun, not the cue.
  const auto accused = read_article_quotes("\"No recuerdo nada\", declaró el acusado ante el tribunal.\n", "es");
  ASSERT_EQ(accused.quotes.size(), 1u);
  EXPECT_EQ(accused.quotes[0].mention, "el acusado");
}

TEST(QuoteRomanceRound13, ThePeopleToldAreNoPartOfTheSpeaker) {
  const auto es = read_article_quotes("\"Es un día triste\", dijo el alcalde a los periodistas.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].mention, "el alcalde");
  const auto it = read_article_quotes("«È un giorno triste», ha detto il sindaco ai giornalisti.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].mention, "il sindaco");
  const auto pt = read_article_quotes("\"É triste\", disse a ministra aos jornalistas.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].mention, "a ministra");
  // A role's own topic stays: "l'assessore ai trasporti Marco Granelli" is Granelli.
  const auto role = read_article_quotes("«Serve un piano», ha detto l'assessore ai trasporti Marco Ghezzi.\n", "it");
  ASSERT_EQ(role.quotes.size(), 1u);
  EXPECT_EQ(role.quotes[0].speaker, "Marco Ghezzi");
}

TEST(QuoteRomanceRound13, AdverbsBetweenAuxiliaryAndParticipleAndTrades) {
  // "a aussitôt fait savoir": the adverb is no part of the speaker.
  const auto fr = read_article_quotes(
      "Le ministre Paul Kovacs a aussitôt fait savoir que son pays ne soutiendra pas ce paquet.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Paul Kovacs");
  // "il banchiere": a trade for the person just named.
  const auto it = read_article_quotes(
      "«Abbiamo chiuso il miglior anno», ha dichiarato l'amministratore delegato, Marco Orsi. "
      "«Siamo pronti a crescere», ha aggiunto il banchiere.\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[1].speaker, "Marco Orsi");
}

TEST(QuoteRomanceRound13, ATitleWithAdjectivesBeforeItsBodyLeavesTheNameToSpeak) {
  // "El vicepresident primero del Consell, X, ha asegurado": the body is no speaker.
  const auto es = read_article_quotes(
      "El vicepresident primero del Consell, Jaume Ferrer, ha asegurado que las obras avanzan a buen ritmo.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Jaume Ferrer");
  const auto pt = read_article_quotes(
      "A líder parlamentar do PS, Marta Leal, considerou que o Presidente fez bem em alertar.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 1u);
  EXPECT_EQ(pt.quotes[0].speaker, "Marta Leal");
  // After the cue, the words of the body the mention left off, then the name.
  const auto it = read_article_quotes("«Una riforma pericolosa», ha commentato il capogruppo del Pd alla Camera, Chiara Ferri.\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Chiara Ferri");
  // "fanno sapere": a cue.
  const auto told = read_article_quotes("Fonti della procura di Milano fanno sapere che l'inchiesta è ancora nelle fasi iniziali.\n", "it");
  ASSERT_EQ(told.quotes.size(), 1u);
  EXPECT_EQ(told.quotes[0].kind, "indirect");
}

TEST(QuoteRomanceRound13, AnOfficesOtherNamesLeaveThePersonsGenderAlone) {
  // The other names of an office hold no gendered word, so a minister stays "ele".
  const auto pt = read_article_quotes(
      "O ministro da Fazenda, Paulo Matos, disse nesta terça que o arcabouço fiscal está de pé. "
      "Segundo ele, o governo vai cumprir a meta de déficit zero.\n", "pt");
  ASSERT_EQ(pt.quotes.size(), 2u);
  EXPECT_EQ(pt.quotes[1].speaker, "Paulo Matos");
  // A regional president is "el jefe del Ejecutivo"; an Italian governor "il presidente della Regione".
  const auto es = read_article_quotes(
      "El presidente de la Junta de Andalucía, Juan Morales, ha anunciado una rebaja fiscal. "
      "\"Queremos que se queden\", ha explicado el jefe del Ejecutivo andaluz.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Juan Morales");
  const auto it = read_article_quotes(
      "«Il Sud chiede investimenti», ha detto il governatore della Campania, Marco Russo. "
      "Il presidente della Regione ha poi criticato il governo: «Stanno sbagliando tutto».\n", "it");
  ASSERT_EQ(it.quotes.size(), 2u);
  EXPECT_EQ(it.quotes[1].speaker, "Marco Russo");
}

TEST(QuoteRomanceRound13, ASurnameThatIsANounAndPronominalCues) {
  // "Luis de la Fuente": "Fuente" (a source) is a surname after the particles.
  const auto es = read_article_quotes(
      "\"Estos chicos lo dan todo\", afirmó el seleccionador, Luis de la Fuente.\n", "es");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].speaker, "Luis de la Fuente");
  // "« ... », s'alarme X": a pronominal verb of feeling introduces the words.
  const auto fr = read_article_quotes("« On ne peut pas continuer comme ça », s'alarme Sophie Lenoir.\n", "fr");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Sophie Lenoir");
}

TEST(QuoteRomanceRound13, TheOwnerOfANounOfSpeechBeforeAColonSpeaks) {
  // "Pronta la replica di Palazzo Chigi: «...»": not the article, the owner of the reply.
  const auto it = read_article_quotes("Arriva la replica del ministro Carlo Neri: «Nessuna fuga, solo impegni».\n", "it");
  ASSERT_EQ(it.quotes.size(), 1u);
  EXPECT_EQ(it.quotes[0].speaker, "Carlo Neri");
}

}  // namespace
}  // namespace article_lens
