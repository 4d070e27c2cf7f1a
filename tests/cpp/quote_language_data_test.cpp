// The per-language quote data of fr, es, it, pl, ru and uk, exercised with news-like sentences: the
// forms news writes (plurals, feminines, compound pasts, inversions, genitive titles after "по
// словам" / "według"), loaded cues classified loaded, and "according to" phrases giving reported
// speech with the right speaker.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "article_lens.h"
#include "language/lang_tables.h"
#include "test_support.h"

namespace article_lens {
namespace {

struct Case {
  std::string text;
  std::string quote;  // the first quote's content
  std::string speaker;
  std::string cue;
  QuoteKind kind = QuoteKind::kDirect;
  CueTone tone = CueTone::kNeutral;
};

void check(const char* language, const Case& c) {
  Options options;
  options.language = language;
  const Analysis result = analyze(c.text, options);
  ASSERT_TRUE(result.ok()) << c.text << ": " << result.error;
  ASSERT_FALSE(result.quotes.empty()) << c.text;
  const Quote& q = result.quotes.front();
  EXPECT_EQ(testing::text_of(c.text, q.content), c.quote) << c.text;
  EXPECT_EQ(q.kind, c.kind) << c.text;
  EXPECT_EQ(testing::text_of(c.text, q.cue), c.cue) << c.text;
  EXPECT_EQ(q.cue_tone, c.tone) << c.text;
  ASSERT_GE(q.speaker, 0) << c.text;
  EXPECT_EQ(result.speakers[static_cast<std::size_t>(q.speaker)].name, c.speaker) << c.text;
}

void check_all(const char* language, const std::vector<Case>& cases) {
  for (const Case& c : cases) check(language, c);
}

constexpr QuoteKind kIndirect = QuoteKind::kIndirect;
constexpr CueTone kLoaded = CueTone::kLoaded;
constexpr CueTone kNeutral = CueTone::kNeutral;

TEST(QuoteLanguageData, French) {
  check_all("fr", {
      {"« Nous ne céderons pas », ont déclaré les syndicats.", "Nous ne céderons pas", "les syndicats", "ont déclaré"},
      {"« C’est une erreur », a reconnu la ministre Élisabeth Borne.", "C’est une erreur", "Élisabeth Borne", "a reconnu",
       QuoteKind::kDirect, kLoaded},
      // Inversions: the verb and its pronoun are one word ("reconnaît-elle"), or the auxiliary and
      // its pronoun are ("s’est-elle exclamée").
      {"La ministre Élisabeth Borne était à Lyon. « C’est une erreur », reconnaît-elle.", "C’est une erreur", "Élisabeth Borne",
       "reconnaît", QuoteKind::kDirect, kLoaded},
      {"La ministre Élisabeth Borne était à Lyon. « Nous irons jusqu’au bout », poursuit-elle.", "Nous irons jusqu’au bout",
       "Élisabeth Borne", "poursuit"},
      {"La ministre Élisabeth Borne était à Lyon. « Nous irons jusqu’au bout », s’est-elle exclamée.", "Nous irons jusqu’au bout",
       "Élisabeth Borne", "exclamée"},
      {"« Nous irons jusqu’au bout », s'est félicité le maire de Paris, Jean Martin.", "Nous irons jusqu’au bout", "Jean Martin",
       "s'est félicité"},
      // A day between the cue and its speaker.
      {"« Nous irons jusqu’au bout », a déclaré mardi le ministre de l'Intérieur, Gérald Darmanin.", "Nous irons jusqu’au bout",
       "Gérald Darmanin", "a déclaré"},
      {"« La situation est grave », prévient la présidente de la région, Carole Delga.", "La situation est grave", "Carole Delga",
       "prévient"},
      {"« Je n’ai rien reçu », a démenti l'ancien président Nicolas Sarkozy.", "Je n’ai rien reçu", "Nicolas Sarkozy", "a démenti",
       QuoteKind::kDirect, kLoaded},
      // Titles after an elided article are one word: "l'avocate", "l'économiste".
      {"Selon les propos de l'avocate Marie Leroy, le dossier est vide.", "le dossier est vide", "Marie Leroy", "Selon les propos de",
       kIndirect},
      {"Aux yeux de l'économiste Thomas Piketty, la taxe est juste.", "la taxe est juste", "Thomas Piketty", "Aux yeux de", kIndirect},
      {"La procureure Marie Leroy a estimé que les faits étaient graves.", "les faits étaient graves", "Marie Leroy", "a estimé",
       kIndirect},
  });
}

TEST(QuoteLanguageData, Spanish) {
  check_all("es", {
      {"«No vamos a ceder», han asegurado los sindicatos.", "No vamos a ceder", "los sindicatos", "han asegurado"},
      {"«No vamos a ceder», afirmaron los sindicatos.", "No vamos a ceder", "los sindicatos", "afirmaron"},
      {"«Fue un error», reconoció la ministra de Hacienda, María Jesús Montero.", "Fue un error", "María Jesús Montero", "reconoció",
       QuoteKind::kDirect, kLoaded},
      {"«Fue un error», admitió el expresidente Mariano Rajoy.", "Fue un error", "Mariano Rajoy", "admitió", QuoteKind::kDirect,
       kLoaded},
      {"«Es una vergüenza», se quejó la concejala Ana Pérez.", "Es una vergüenza", "Ana Pérez", "se quejó", QuoteKind::kDirect,
       kLoaded},
      {"«La situación es grave», advierte la epidemióloga Ana Pérez.", "La situación es grave", "Ana Pérez", "advierte"},
      {"«La situación es grave», dijo ayer el consejero de Sanidad, Enrique Ruiz Escudero.", "La situación es grave",
       "Enrique Ruiz Escudero", "dijo"},
      {"Según explicó el alcalde de Madrid, José Luis Martínez-Almeida, las obras terminarán en mayo.", "las obras terminarán en mayo",
       "José Luis Martínez-Almeida", "Según explicó", kIndirect},
      {"En opinión de la economista Ana López, la inflación bajará.", "la inflación bajará", "Ana López", "En opinión de", kIndirect},
      {"La ministra Yolanda Díaz insistió en que la reforma es necesaria.", "la reforma es necesaria", "Yolanda Díaz", "insistió",
       kIndirect, kLoaded},
      {"El ministro asimismo subrayó que la medida es temporal.", "la medida es temporal", "el ministro", "subrayó", kIndirect},
  });
}

TEST(QuoteLanguageData, Italian) {
  check_all("it", {
      {"«Non ci sono alternative», hanno detto i sindacati.", "Non ci sono alternative", "i sindacati", "hanno detto"},
      {"«È stato un errore», ha ammesso il ministro dell'Economia Giancarlo Giorgetti.", "È stato un errore", "Giancarlo Giorgetti",
       "ha ammesso", QuoteKind::kDirect, kLoaded},
      {"«È stato un errore», ammette l'assessore Marco Rossi.", "È stato un errore", "Marco Rossi", "ammette", QuoteKind::kDirect,
       kLoaded},
      {"«Siamo pronti», ha dichiarato ieri la segretaria del Pd, Elly Schlein.", "Siamo pronti", "Elly Schlein", "ha dichiarato"},
      // "da" joined to the article: "dal portavoce".
      {"Secondo quanto riferito dal portavoce Marco Rossi, i negoziati proseguono.", "i negoziati proseguono", "Marco Rossi",
       "Secondo quanto riferito dal", kIndirect},
      {"Come ha spiegato il sindaco di Milano, Giuseppe Sala, i lavori finiranno a maggio.", "i lavori finiranno a maggio",
       "Giuseppe Sala", "Come ha spiegato", kIndirect},
      {"La premier Giorgia Meloni si è detta convinta che l'accordo sia vicino.", "l'accordo sia vicino", "Giorgia Meloni",
       "si è detta", kIndirect},
      {"Il ministro avrebbe detto che i negoziati proseguono.", "i negoziati proseguono", "il ministro", "detto", kIndirect},
  });
}

TEST(QuoteLanguageData, Russian) {
  check_all("ru", {
      // The addressee or the day between the cue and the speaker.
      {"«Это провокация», — заявил журналистам пресс-секретарь президента Дмитрий Песков.", "Это провокация", "Дмитрий Песков",
       "заявил"},
      {"«Это провокация», — заявила вчера официальный представитель МИД Мария Захарова.", "Это провокация", "Мария Захарова",
       "заявила"},
      {"«Ошибки были», — признала глава Центробанка Эльвира Набиуллина.", "Ошибки были", "Эльвира Набиуллина", "признала",
       QuoteKind::kDirect, kLoaded},
      {"«Ошибки были», — признался министр финансов Антон Силуанов.", "Ошибки были", "Антон Силуанов", "признался",
       QuoteKind::kDirect, kLoaded},
      {"«Мы ничего не нарушали», — утверждают представители компании.", "Мы ничего не нарушали", "представители компании",
       "утверждают", QuoteKind::kDirect, kLoaded},
      {"«Это ложь», — отрезал Дмитрий Песков.", "Это ложь", "Дмитрий Песков", "отрезал", QuoteKind::kDirect, kLoaded},
      // The neuter past of an institution, the plural present of a group.
      {"Министерство обороны сообщило, что учения завершились.", "учения завершились", "Министерство обороны", "сообщило", kIndirect},
      {"Эксперты считают, что цены вырастут.", "цены вырастут", "Эксперты", "считают", kIndirect},
      {"Как отметила председатель Совета Федерации Валентина Матвиенко, закон вступит в силу в июне.", "закон вступит в силу в июне",
       "Валентина Матвиенко", "Как отметила", kIndirect},
      {"Закон вступит в силу в июне, как отметила председатель Совета Федерации Валентина Матвиенко.", "Закон вступит в силу в июне",
       "Валентина Матвиенко", "как отметила", kIndirect},
      // Titles in the genitive after "по словам".
      {"По словам судьи Ивана Петрова, дело закрыто.", "дело закрыто", "Иван Петров", "По словам", kIndirect},
      {"Со слов очевидцев, взрыв произошёл утром.", "взрыв произошёл утром", "очевидцев", "Со слов", kIndirect},
  });
}

TEST(QuoteLanguageData, Ukrainian) {
  check_all("uk", {
      {"«Ми не відступимо», — заявила журналістам речниця МЗС Ольга Петренко.", "Ми не відступимо", "Ольга Петренко", "заявила"},
      {"«Це була помилка», — визнала депутатка Ірина Коваль.", "Це була помилка", "Ірина Коваль", "визнала", QuoteKind::kDirect,
       kLoaded},
      {"«Ціни зростуть», — поскаржилася мешканка Києва Ганна Шевчук.", "Ціни зростуть", "Ганна Шевчук", "поскаржилася",
       QuoteKind::kDirect, kLoaded},
      {"Міністерство оборони повідомило, що навчання завершилися.", "навчання завершилися", "Міністерство оборони", "повідомило",
       kIndirect},
      // Titles in the genitive after "за словами"; feminine titles.
      {"За словами голови Верховної Ради Руслана Стефанчука, закон ухвалять у червні.", "закон ухвалять у червні",
       "Руслан Стефанчук", "За словами", kIndirect},
      {"За словами речниці МЗС Ольги Петренко, переговори тривають.", "переговори тривають", "Ольга Петренко", "За словами",
       kIndirect},
      {"Як повідомила міністерка економіки Юлія Свириденко, експорт зріс.", "експорт зріс", "Юлія Свириденко", "Як повідомила",
       kIndirect},
      {"Зі слів очевидців, вибух стався вранці.", "вибух стався вранці", "очевидців", "Зі слів", kIndirect},
  });
}

TEST(QuoteLanguageData, Polish) {
  check_all("pl", {
      {"„Nie zgadzamy się na to” – skarżył się poseł Jan Kowalski.", "Nie zgadzamy się na to", "Jan Kowalski", "skarżył się",
       QuoteKind::kDirect, kLoaded},
      {"„Nie zgadzamy się na to” – powiedziała dziennikarzom rzeczniczka rządu Anna Nowak.", "Nie zgadzamy się na to", "Anna Nowak",
       "powiedziała"},
      {"„To był błąd” – przyznała minister finansów Anna Nowak.", "To był błąd", "Anna Nowak", "przyznała", QuoteKind::kDirect, kLoaded},
      {"„Ceny wzrosną” – ostrzegła wczoraj prezes banku Anna Nowak.", "Ceny wzrosną", "Anna Nowak", "ostrzegła"},
      {"Ministerstwo zdrowia poinformowało, że szczepienia ruszą w maju.", "szczepienia ruszą w maju", "Ministerstwo zdrowia",
       "poinformowało", kIndirect},
      // Titles in the genitive after "według", "zdaniem", "w ocenie".
      {"Według rzeczniczki rządu Anny Nowak, rozmowy trwają.", "rozmowy trwają", "Anna Nowak", "Według", kIndirect},
      {"Zdaniem przewodniczącego komisji Jana Kowalskiego, ustawa jest zła.", "ustawa jest zła", "Jan Kowalski", "Zdaniem",
       kIndirect},
      {"W ocenie ekonomisty Jana Kowalskiego, ceny wzrosną.", "ceny wzrosną", "Jan Kowalski", "W ocenie", kIndirect},
      {"Ceny wzrosną, jak przekazała rzeczniczka banku Anna Nowak.", "Ceny wzrosną", "Anna Nowak", "jak przekazała", kIndirect},
  });
}

// Unnamed officials and informants are anonymous sources, in reported and direct speech.
TEST(QuoteLanguageData, UnnamedSourcesAreAnonymous) {
  const std::vector<std::pair<const char*, std::string>> cases = {
      {"fr", "Un haut fonctionnaire a confié que la réforme serait retirée."},
      {"es", "Un alto funcionario señaló que las negociaciones continúan."},
      {"it", "Un alto funzionario ha riferito che i negoziati proseguono."},
      {"ru", "По данным источников, сделка сорвалась."},
      {"pl", "„Umowa upadła” – przekazał informator."},
      {"pl", "Według informatora, umowa upadła."},
  };
  for (const auto& [language, text] : cases) {
    Options options;
    options.language = language;
    const Analysis result = analyze(text, options);
    ASSERT_EQ(result.quotes.size(), 1u) << text;
    ASSERT_GE(result.quotes[0].speaker, 0) << text;
    EXPECT_TRUE(result.speakers[static_cast<std::size_t>(result.quotes[0].speaker)].anonymous) << text;
  }
}

// A loaded cue is a cue: the mention finder stops at cue words by speech_verbs alone, so every
// loaded cue is listed there too (as English does).
TEST(QuoteLanguageData, LoadedCuesAreListedAsCues) {
  for (const char* language : {"fr", "es", "it", "pl", "ru", "uk"}) {
    const auto cues = lang_data::entries("speech_verbs", language);
    for (std::string_view loaded : lang_data::entries("loaded_cues", language)) {
      EXPECT_NE(std::find(cues.begin(), cues.end(), loaded), cues.end()) << language << ": " << loaded;
    }
  }
}

// The past tense of the Slavic languages in every gender and number.
TEST(QuoteLanguageData, SlavicPastInEveryGenderAndNumber) {
  const std::vector<std::pair<const char*, std::vector<std::string_view>>> forms = {
      {"ru", {"сказал", "сказала", "сказало", "сказали", "высказался", "высказалась", "высказались"}},
      {"uk", {"розповів", "розповіла", "розповіло", "розповіли", "висловився", "висловилася", "висловилися"}},
      {"pl", {"powiedział", "powiedziała", "powiedziało", "powiedzieli", "powiedziały", "stwierdzili", "stwierdziły"}},
  };
  for (const auto& [language, words] : forms) {
    const auto cues = lang_data::entries("speech_verbs", language);
    for (std::string_view word : words) EXPECT_NE(std::find(cues.begin(), cues.end(), word), cues.end()) << language << ": " << word;
  }
}

}  // namespace
}  // namespace article_lens
