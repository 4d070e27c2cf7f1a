// A person's name given only in an oblique case, put back in the nominative for display: "по словам
// Сергея Лаврова" -> "Сергей Лавров". Only where the case is certain (after a phrase that governs
// the genitive, data/genitive_openers_<lang>.txt) and both words agree on one gender's endings
// (data/name_genitives_<lang>.txt); anything else stays as written. The mention keeps the text.
//
//   nominative_name("Марии Ивановой", "ru")  // "Мария Иванова"
//   nominative_name("Дональда Трампа", "ru") // "Дональд Трамп"
//   nominative_name("Джона Доу", "ru")       // "" (no surname ending known: left as written)
#pragma once

#include <string>
#include <string_view>

namespace article_lens {

// The nominative of a genitive name of two or three words (first name, patronymic, surname), or ""
// when the endings do not all fit one gender's table.
// `table` names the endings' data kind: "name_genitives", or "name_instrumentals" for a name after
// a preposition governing the instrumental ("с Олегом Роговым" -> "Олег Рогов").
std::string nominative_name(std::string_view genitive_name, std::string_view lang, std::string_view table = "name_genitives");

// The nominative of one surname in the genitive, a man's first ("Пескова" -> "Песков", "Kowalskiego"
// -> "Kowalski", "Захаровой" -> "Захарова"); "" when no ending of the table fits. For a single word
// whose case is certain: after a phrase governing the genitive ("по словам Пескова").
// Whether a run of three or more capitalised words after a phrase governing the genitive is a
// genitive name and one word more, the clause's subject where no comma follows the source
// ("Zdaniem Rafała Trzaskowskiego Warszawa potrzebuje"): all but the last word read as one genitive
// name, and all of them as none.
bool genitive_name_then_word(std::string_view run, std::string_view lang);

// `table` as for nominative_name ("name_datives": "Tuskowi" -> "Tusk").
std::string nominative_surname(std::string_view genitive_surname, std::string_view lang, std::string_view table = "name_genitives");

// A body or group named in an oblique case, its head put in the nominative for display: "пресс-службе
// Минтранса" -> "пресс-служба Минтранса", "Нацполіції" -> "Нацполіція", "спасателей" -> "спасатели"
// (data/body_nominatives_<lang>.txt: word forms that are never nominative). Only a mention whose
// first word the table knows, or up to two adjectives before such a word, is changed, and only the
// words it knows (the genitive after the head stays); an adjective agrees with its head's gender
// ("военном ведомстве" -> "военное ведомство"; data/adjective_nominatives_<lang>.txt), else the
// mention stays as written. "" when nothing changes.
std::string nominative_body(std::string_view words, std::string_view lang);

// A source word right after a phrase governing the genitive, whose genitive singular is also its
// nominative plural, put in the nominative singular: "за словами джерела в СБУ" -> "джерело в
// СБУ", "według źródła w rządzie" -> "źródło w rządzie" (data/opener_genitives_<lang>.txt; not
// after a verb: "повідомили джерела" stays plural). "" when the first word is not one of them.
std::string nominative_after_opener(std::string_view words, std::string_view lang);

// Whether one capitalised word after a title reads as the place or body it serves, in the genitive
// ("мэр Москвы", "rzecznik Pentagonu", "kanclerz Niemiec"; data/title_genitive_endings_<lang>.txt,
// title_genitive_words_<lang>.txt), not as a surname.
bool serves_place_or_body(std::string_view folded_word, std::string_view lang);

}  // namespace article_lens
