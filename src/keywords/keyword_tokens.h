// The words keyword extraction counts: the document's word tokens in the sentences that carry the
// article (boilerplate, datelines and bylines left out), each with its case-folded surface form,
// its grouping key (the Snowball stem) and what phrase building needs to know about its place.
//
//   KeywordTokens words = read_keyword_tokens(document, language);
//   for (const KeywordToken& t : words.tokens) words.forms[t.form] ... words.keys[words.form_key[t.form]]
//
// CJK text has no spaces: a run of Han characters gives overlapping character bigrams (one Han
// character alone stays a unit), a katakana run is one word, and hiragana (mostly particles) is
// skipped. Apostrophes follow the language's data: "Putin’s" counts as "Putin", "l’Europe" as "Europe".
// Parts of web and e-mail addresses (www.example.com, name@example.org) and the language's speech
// verbs (reporting_verbs_<lang>.txt: said, told, warned) are skipped like stopwords.
//
// Each distinct spelling is a `surface`; for every folded form, `form_display` names the spelling
// written most often where capitals carry meaning (inside a sentence, not in a headline), so a word
// capitalised only because it opens a sentence can be shown as it is written elsewhere.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "document.h"
#include "keywords/keyword_language.h"

namespace article_lens {

enum KeywordTokenFlag : uint16_t {
  kSkipped = 1u << 0,       // a stopword, number or single letter: never a keyword, ends phrases
  kBreakBefore = 1u << 1,   // punctuation or a sentence start lies between this word and the last
  kCapitalised = 1u << 2,   // first letter upper case
  kOpensClause = 1u << 3,   // first word of a sentence or after an opening quote, colon or dash,
                            // where capitals say nothing about names
  kHeadline = 1u << 4,
  kTitleWord = 1u << 5,     // President, Minister: ends a phrase before a name
  kAllUpper = 1u << 6,      // an acronym (in a sentence that is not all capitals)
  kStandalone = 1u << 7,    // CJK unit: counted alone, never part of a phrase
  kPhraseOnly = 1u << 8,    // "new": a keyword only inside a phrase (New York)
  kNameLink = 1u << 9,      // "of": may join two name words into one phrase (Bank of America)
  kModifier = 1u << 10,     // "Oscar-winning": describes what follows, so never ends a phrase
};

inline constexpr uint32_t kNoSurface = UINT32_MAX;

struct KeywordToken {
  Span span;              // the word as counted (apostrophe prefixes and suffixes cut off)
  uint32_t form = 0;      // index into KeywordTokens::forms
  uint32_t sentence = 0;  // index into Document::sentences
  uint32_t rank = 0;      // ordinal of that sentence among the sentences read (0 = the first)
  uint32_t surface = 0;   // index into KeywordTokens::surfaces
  uint16_t flags = 0;
  bool has(KeywordTokenFlag flag) const { return (flags & flag) != 0; }
  // Whether its capital letters mean something: not opening a clause, not in a headline.
  bool case_informative() const { return (flags & (kOpensClause | kHeadline)) == 0; }
};

struct KeywordTokens {
  std::vector<KeywordToken> tokens;  // text order
  std::vector<std::string> forms;    // case-folded surface forms, by form index
  std::vector<uint32_t> form_key;    // key index of each form
  std::vector<std::string> keys;     // grouping keys (stems), by key index
  std::vector<Span> surfaces;        // each distinct spelling, as first seen, by surface index
  std::vector<uint32_t> form_display;  // per form: the spelling most often written where case is
                                       // informative, or kNoSurface when it never is
  uint32_t counted_sentences = 0;    // sentences that were read
  bool capitalised_nouns = false;    // the language writes nouns with a capital wherever they stand
};

KeywordTokens read_keyword_tokens(const Document& document, KeywordLanguage& language);

}  // namespace article_lens
