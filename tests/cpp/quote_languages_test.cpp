// Quotes and speakers in each language with data: the same phenomena, written the local way.
#include <gtest/gtest.h>

#include <string>

#include "article_lens.h"
#include "test_support.h"

namespace article_lens {
namespace {

struct Expect {
  std::string language;
  std::string text;
  std::string quote;    // the first quote's content
  std::string speaker;
  std::string cue;
  QuoteKind kind = QuoteKind::kDirect;
};

void check(const Expect& e) {
  Options options;
  options.language = e.language;
  const Analysis result = analyze(e.text, options);
  ASSERT_TRUE(result.ok()) << e.language << ": " << result.error;
  ASSERT_FALSE(result.quotes.empty()) << e.language;
  const Quote& q = result.quotes.front();
  EXPECT_EQ(testing::text_of(e.text, q.content), e.quote) << e.language;
  EXPECT_EQ(q.kind, e.kind) << e.language;
  ASSERT_GE(q.speaker, 0) << e.language;
  EXPECT_EQ(result.speakers[static_cast<std::size_t>(q.speaker)].name, e.speaker) << e.language;
  EXPECT_EQ(testing::text_of(e.text, q.cue), e.cue) << e.language;
}

TEST(QuoteLanguages, Russian) {
  check({"ru", "Президент Белоруссии Александр Лукашенко провёл встречу. «Мы открыты для диалога», — заявил глава государства.",
         "Мы открыты для диалога", "Александр Лукашенко", "заявил"});
  check({"ru", "По словам Сергея Лаврова, переговоры прошли успешно.", "переговоры прошли успешно", "Сергей Лавров",
         "По словам", QuoteKind::kIndirect});
}

TEST(QuoteLanguages, Ukrainian) {
  check({"uk", "«Ми не відступимо», — заявив президент України Володимир Зеленський.", "Ми не відступимо",
         "Володимир Зеленський", "заявив"});
}

TEST(QuoteLanguages, German) {
  check({"de", "„Wir schaffen das“, sagte Bundeskanzlerin Angela Merkel am Montag.", "Wir schaffen das", "Angela Merkel", "sagte"});
  check({"de", "Nach der Sitzung sagte Bundesinnenminister Otto Schily: „Der Beschluss ist wichtig.“", "Der Beschluss ist wichtig.",
         "Otto Schily", "sagte"});
  // Verb second: the phrase before the verb may be its object, and the subject follows the verb.
  check({"de", "Die geplante Reform des Gesundheitssystems kritisierte der Grünen-Politiker Jan Becker scharf: „Das ist ungerecht.“",
         "Das ist ungerecht.", "Jan Becker", "kritisierte"});
  check({"de", "Als ein Zuschauer eingriff, schlug der Fahrer den Mann und rief: „Weg hier!“", "Weg hier!", "der Fahrer", "rief"});
  // The cue at the clause's end after its auxiliary: the clause's subject speaks.
  check({"de", "Hans Müller sprach in Berlin. Müller hatte vor allem die Bedeutung der Forschung betont: „Ohne sie geht es nicht.“",
         "Ohne sie geht es nicht.", "Hans Müller", "betont"});
  // A colon introduction without a cue: a description opening the clause speaks, or a pronoun
  // after the verb when the words before it are its object.
  check({"de", "Der Ermittler, der als Zeuge gilt, will seine Arbeit beenden: „Mehr kommt nicht.“", "Mehr kommt nicht.",
         "der Ermittler", ":"});
  check({"de", "Hans Müller kam spät. Das Angebot, ihn zu fahren, lehnte er jedoch ab: „Ich gehe zu Fuß.“", "Ich gehe zu Fuß.",
         "Hans Müller", ":"});
  // "so" with its speaker closing the sentence after a comma, the quote inside the sentence.
  check({"de", "Anna Weber kam nach Berlin. Die Stadt müsse „deutlich mehr Wohnungen“ bauen, so Weber.", "deutlich mehr Wohnungen",
         "Anna Weber", "so"});
  // A genitive goes on to its noun, and the apposition after it names the speaker.
  check({"de", "„Wir helfen weiter“, erklärte die Sprecherin des Vereins, Anna Berger.", "Wir helfen weiter", "Anna Berger",
         "erklärte"});
  check({"de", "„Wir wachsen“, sagte der Leiter der Agentur für Arbeit, Peter Lang.", "Wir wachsen", "Peter Lang", "sagte"});
  // Konjunktiv I reports speech; a marked name after "laut" is no quote.
  Options options;
  options.language = "de";
  const std::string text = "Angela Merkel sprach in Berlin. Die Lage sei „ernst“. Laut „Spiegel“ ist es ruhig.";
  const Analysis result = analyze(text, options);
  ASSERT_EQ(result.quotes.size(), 2u);
  EXPECT_EQ(result.quotes[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(result.quotes[1].kind, QuoteKind::kScare);
}

TEST(QuoteLanguages, French) {
  check({"fr", "« Nous ne céderons pas », a déclaré le ministre.", "Nous ne céderons pas", "le ministre", "a déclaré"});
  check({"fr", "Le ministre Gérald Darmanin était là. « C’est inacceptable », a-t-il ajouté.", "C’est inacceptable",
         "Gérald Darmanin", "ajouté"});
}

TEST(QuoteLanguages, Spanish) {
  check({"es", "«Me encantan los gatos», afirmó Burtón.", "Me encantan los gatos", "Burtón", "afirmó"});
  check({"es", "\"Es una vergüenza\", dijo el presidente del Gobierno, Pedro Sánchez.", "Es una vergüenza", "Pedro Sánchez", "dijo"});
}

TEST(QuoteLanguages, Italian) {
  check({"it", "«Non ci sono alternative», ha detto il presidente del Consiglio Mario Draghi.", "Non ci sono alternative",
         "Mario Draghi", "ha detto"});
}

TEST(QuoteLanguages, Polish) {
  check({"pl", "„Nie zgadzamy się na to” – powiedział premier Donald Tusk.", "Nie zgadzamy się na to", "Donald Tusk", "powiedział"});
  check({"pl", "Według rzecznika rządu, rozmowy trwają.", "rozmowy trwają", "rzecznik rządu", "Według", QuoteKind::kIndirect});
}

}  // namespace
}  // namespace article_lens
