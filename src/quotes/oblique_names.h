// Names and roles the text writes only in an oblique case, put in the nominative where a given
// name's or a role noun's form tells the case (data/given_names_male_/female_<lang>.txt,
// role_nominative_endings_<lang>.txt).
//
//   nominative_by_given_name("Андрею Петрову", "ru")  // "Андрей Петров"
//   nominative_by_given_name("Валентина Матвиенко", "ru")  // "" (a woman's nominative too)
#pragma once

#include <string>
#include <string_view>

#include "quotes/quote_lexicon.h"

namespace article_lens {

// Whether a case-folded word is a given name in the nominative.
bool is_nominative_given_name(std::string_view folded_word, std::string_view lang);

// The nominative of a name of two or three words whose first word is a known given name in an
// oblique case, where the genitive, dative and instrumental tables agree on one reading; "" where
// the name opens with a nominative given name, fits none, or reads two ways.
std::string nominative_by_given_name(std::string_view name, std::string_view lang);

// Whether `held_folded` (a given name as first written, maybe in an oblique case) opens with the
// stem of `seen_folded` ("андрієм" and "андрій").
bool same_given_name(std::string_view held_folded, std::string_view seen_folded);

// The nominative of a role word written in an oblique case, its case ending cut off in `stem`,
// where the title and person-noun lists know it ("ministrem" -> "minister", "пенсионерку" ->
// "пенсионерка"); "" if none.
std::string nominative_role(const QuoteLexicon& words, std::string_view folded_role, std::string_view stem);

}  // namespace article_lens
