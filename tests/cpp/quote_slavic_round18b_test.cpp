// Round 18b, Russian, Ukrainian and Polish: a name only ever written in an oblique case, shown in
// the nominative where its given name tells the case; a role given in another case than the
// description that takes it up; a plural country's genitive after a title. All sentences are
// written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "quote_readout.h"

namespace article_lens {
namespace {

using testing::expect_first;

TEST(QuoteSlavicRound18b, ANameOnlyWrittenInAnObliqueCaseIsShownInTheNominativeWhereItsGivenNameTellsTheCase) {
  expect_first("Суд присяжных вынес оправдательный вердикт Сергею Волкову. «Я благодарен присяжным», — сказал он.\n", "ru",
               "direct", "Я благодарен присяжным", "Сергей Волков");
  expect_first("Губернатор вручил награду Марии Соколовой. «Это награда всей нашей школы», — сказала она.\n", "ru", "direct",
               "Это награда всей нашей школы", "Мария Соколова");
  expect_first("Sąd wymierzył Tomaszowi Nowickiemu karę dwóch lat więzienia. – Odwołam się od tego wyroku – zapowiedział.\n", "pl",
               "direct", "Odwołam się od tego wyroku", "Tomasz Nowicki");
}

TEST(QuoteSlavicRound18b, AnEndingTwoNominativesShareLeavesTheNameAsWritten) {
  // A nominative first name is left alone, though its surname might read as a man's genitive;
  // so is a woman's name a man's genitive shares ("Валентина" of "Валентин").
  expect_first("Премию получила Валентина Гончаренко. «Я не ожидала», — сказала она.\n", "ru", "direct", "Я не ожидала",
               "Валентина Гончаренко");
  expect_first("Нагороду отримала Олена Петрова. «Я не чекала цього», — сказала вона.\n", "uk", "direct", "Я не чекала цього",
               "Олена Петрова");
}

TEST(QuoteSlavicRound18b, ARoleGivenInAnotherCaseIsTheDescriptionsAntecedent) {
  expect_first("Корреспондент застал у подъезда жительницу Ольгу Васильеву.\n— Лифт не работает с весны, — жалуется жительница.\n", "ru",
               "direct", "Лифт не работает с весны", "Ольга Васильева");
  expect_first("Rozmawialiśmy z ministrem Krzysztofem Lisem o reformie szkół. Minister przekonywał, że zmiany wejdą w życie od września.\n", "pl",
               "indirect", "zmiany wejdą w życie od września", "Krzysztof Lis");
}

TEST(QuoteSlavicRound18b, ASharesNounBeforeAGroupWithNoCommaAfterIt) {
  expect_first("Zdaniem większości rolników susza zniszczy tegoroczne zbiory.\n", "pl", "indirect", "susza zniszczy tegoroczne zbiory",
               "większości rolników");
}

TEST(QuoteSlavicRound18b, APluralCountrysGenitiveAfterATitleIsNoPerson) {
  expect_first("Premier spotkał się w Rzymie z premierem Włoch. – Rozmawialiśmy o migracji – powiedział po spotkaniu szef rządu.\n", "pl",
               "direct", "Rozmawialiśmy o migracji", "szef rządu");
}

}  // namespace
}  // namespace article_lens
