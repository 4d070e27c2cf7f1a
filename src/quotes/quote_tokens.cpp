#include "quotes/quote_tokens.h"

#include <algorithm>

#include "language/word_set.h"
#include "quotes/quote_marks.h"
#include "quotes/web_address.h"
#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

constexpr std::size_t kMaxTitleSurnames = 16;  // a bound on the look-up below

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Whether `word` is a lower-case name prefix, a hyphen and a capitalised surname ("al-Jubeir").
bool prefixed_surname(std::string_view word, const WordSet& prefixes) {
  constexpr std::size_t kMaxPrefixBytes = 4;  // "bint"
  const std::size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen > kMaxPrefixBytes || hyphen + 1 >= word.size()) return false;
  return unicode::is_upper(unicode::decode_at(word, hyphen + 1).value) && prefixes.contains_folded(word.substr(0, hyphen));
}

}  // namespace

QuoteTokens::QuoteTokens(const Document& document, const QuoteLexicon& words) : document_(document), words_(words) {
  const WordSet& elided_articles = WordSet::shared("elided_articles", words.language);
  tokens_.reserve(document.tokens.size());
  for (const auto& token : document.tokens) {
    const std::size_t cut = elision_end(document.slice(token.span), elided_articles);
    if (cut == 0) {
      tokens_.push_back(token);
      continue;
    }
    const Span head{token.span.begin, static_cast<uint32_t>(token.span.begin + cut)};
    const auto rest = unicode::tokenize_words(document.text, Span{head.end, token.span.end}, 1);
    if (rest.empty() || rest.front().span.begin != head.end) {
      tokens_.push_back(token);
      continue;
    }
    tokens_.push_back({head, static_cast<uint16_t>(token.flags & (unicode::kHasLetter | unicode::kCapitalized))});
    tokens_.push_back({Span{head.end, token.span.end}, rest.front().flags});
  }
  join_web_addresses(document.text, words.language, tokens_);  // "tvn24.pl" is one word
  // "al-Jubeir", "el-Sisi": a surname behind a lower-case prefix is capitalised as a name word
  // (data/name_prefixes_any.txt).
  const WordSet& name_prefixes = WordSet::shared("name_prefixes", "any");
  for (auto& token : tokens_)
    if (!token.has(unicode::kCapitalized) && prefixed_surname(document.slice(token.span), name_prefixes))
      token.flags |= unicode::kCapitalized;
  folded_.reserve(document.text.size());
  folded_begin_.reserve(tokens_.size() + 1);
  for (const auto& token : tokens_) {
    folded_begin_.push_back(static_cast<uint32_t>(folded_.size()));
    const std::string_view word = document.slice(token.span);
    if (is_ascii(word)) {  // the common case, without a trip through utf8proc
      for (char c : word) folded_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else {
      unicode::append_folded(folded_, word);
    }
  }
  folded_begin_.push_back(static_cast<uint32_t>(folded_.size()));
  bits_.reserve(tokens_.size());
  for (std::size_t k = 0; k < tokens_.size(); ++k) bits_.push_back(words.bits(folded(k)));
  // A title that is also a surname ("Peter King", "Doug Bishop"; data/title_surnames_<lang>.txt) is
  // the surname right after a capitalised word that is no title, with no name after it ("King
  // Abdullah", "Saudi King Salman" keep the title).
  const WordSet& title_surnames = WordSet::shared("title_surnames", words.language);
  if (title_surnames.empty()) return;
  const WordSet& honorifics = WordSet::shared("honorifics", words.language);
  // Once read so, the surname alone later is the same ("King added"), unless a determiner makes it
  // a title again ("the King said").
  const uint64_t title_bit = uint64_t{1} << QuoteLexicon::kTitleBit;
  std::vector<std::string_view> surnames;  // few: only titles read as surnames
  for (std::size_t k = 1; k < tokens_.size(); ++k) {
    if (!(bits_[k] & title_bit) || !capitalized(k) || !title_surnames.contains_folded(folded(k))) continue;
    const bool after_name = joined(k) && capitalized(k - 1) && !(bits_[k - 1] & title_bit) && words.bits(folded(k - 1)) == 0;
    const bool name_follows = k + 1 < tokens_.size() && joined(k + 1) && capitalized(k + 1);
    const bool alone = !(joined(k) && (capitalized(k - 1) || words.determiners.contains_folded(folded(k - 1))));
    const bool known = std::find(surnames.begin(), surnames.end(), folded(k)) != surnames.end();
    // After an honorific it is a surname too: "Ms. Boxer said", "Mr. Singer" (data/honorifics_<lang>.txt).
    std::string_view before = joined(k) ? folded(k - 1) : std::string_view();
    if (before.ends_with('.')) before.remove_suffix(1);
    const bool after_honorific = !before.empty() && honorifics.contains_folded(before);
    if (name_follows || !(after_name || after_honorific || (alone && known))) continue;
    bits_[k] &= ~title_bit;
    if (!known && surnames.size() < kMaxTitleSurnames) surnames.push_back(folded(k));
  }
}

std::size_t QuoteTokens::first_at_or_after(std::size_t pos) const {
  const auto it = std::lower_bound(tokens_.begin(), tokens_.end(), pos,
                                   [](const unicode::WordToken& t, std::size_t p) { return t.span.begin < p; });
  return static_cast<std::size_t>(it - tokens_.begin());
}

bool QuoteTokens::elided(std::size_t k) const {
  if (k + 1 >= size() || tokens_[k].span.end != tokens_[k + 1].span.begin) return false;
  const std::string_view word = text(k);
  return word.ends_with('\'') || word.ends_with("\xE2\x80\x99") || word.ends_with("\xCA\xBC");
}

std::string_view QuoteTokens::gap_before(std::size_t k) const {
  // (Before the first word: the text's opening, which callers scanning back to a sentence's first
  // word reach when the sentence opens the text.)
  if (k == 0) return document_.text.substr(0, tokens_.empty() ? 0 : tokens_[0].span.begin);
  const uint32_t begin = tokens_[k - 1].span.end;
  const uint32_t end = tokens_[k].span.begin;
  return document_.text.substr(begin, end > begin ? end - begin : 0);
}

bool QuoteTokens::capitalized(std::size_t k) const {
  const auto& token = tokens_[k];
  if (token.has(unicode::kStartsWithDigit)) return number_compound(k);
  return token.has(unicode::kCapitalized) && !token.has(unicode::kIdeographic);
}

bool QuoteTokens::number_compound(std::size_t k) const {
  // A compound noun led by a number is capitalised after its hyphen: "die 29-Jährige", "der 62-Jährige".
  const std::string_view word = text(k);
  const std::size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= word.size()) return false;
  for (std::size_t i = 0; i < hyphen; ++i)
    if (word[i] < '0' || word[i] > '9') return false;
  const auto next = unicode::decode_at(word, hyphen + 1);
  return unicode::is_upper(next.value);
}

bool QuoteTokens::in_title_case(std::size_t k) const {
  // How many words of a sentence tell whether it is written in title case.
  constexpr std::size_t kContextWords = 40;
  const long sentence = document_.sentence_at(span(k).begin);
  if (sentence < 0) return false;
  if (title_case_.empty()) title_case_.assign(document_.sentences.size(), -1);
  int8_t& known = title_case_[static_cast<std::size_t>(sentence)];
  if (known < 0) {
    const Span around = document_.sentences[static_cast<std::size_t>(sentence)].span;
    std::size_t words = 0, capitalised = 0;
    for (std::size_t m = first_at_or_after(around.begin); m < size() && span(m).begin < around.end && words < kContextWords; ++m) {
      ++words;
      capitalised += capitalized(m) ? 1 : 0;
    }
    known = words >= 3 && capitalised * 5 >= words * 3 ? 1 : 0;
  }
  return known == 1;
}

bool QuoteTokens::possessive(std::size_t k) const {
  const std::string_view word = folded(k);
  for (std::string_view ending : {"'s", "\xE2\x80\x99s"})
    if (word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending) return true;
  // A plural's or a name's in -s with the apostrophe alone after it: "the Times' Ben Sisario".
  if (word.size() > 2 && word.back() == 's' && k + 1 < size()) {
    const std::string_view gap = gap_before(k + 1);
    for (std::string_view apostrophe : {"'", "\xE2\x80\x99"})
      if (gap.size() > apostrophe.size() && gap.starts_with(apostrophe) &&
          gap.substr(apostrophe.size()).find_first_not_of(" ") == std::string_view::npos)
        return true;
  }
  return false;
}

bool QuoteTokens::joined(std::size_t k, bool allow_marks) const {
  if (k == 0 || k >= size()) return false;
  const std::string_view gap = gap_before(k);
  if (gap.empty()) return elided(k - 1);
  const QuoteMarks& marks = QuoteMarks::shared();
  bool period = false, space = false;
  for (std::size_t i = 0; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    const bool first = i == 0;
    i += cp.length;
    if (unicode::is_line_break(cp.value)) return false;
    // A plural's possessive apostrophe: "the traders' association", "the players’ union".
    if (first && (cp.value == '\'' || cp.value == 0x2019) && i < gap.size() && folded(k - 1).back() == 's') continue;
    if (unicode::is_space(cp.value)) {
      space = true;
    } else if (cp.value == '.' && !period && !space) {
      period = true;
    } else if (!(allow_marks && marks.is_mark_character(cp.value))) {
      return false;
    }
  }
  if (!period) return true;
  // "J. R. Smith": a one-letter initial; "Mr. Lew": a title abbreviation; "U.S.": letters and dots.
  const std::string_view left = folded(k - 1);
  const std::string_view right = folded(k);
  if (!space && unicode::decode_at(left, 0).length == left.size() && unicode::decode_at(right, 0).length == right.size())
    return true;
  // A party and state after a name: "R-S.D.", "D-N.Y.", "R-W.Va." (one letter after the hyphen).
  constexpr std::size_t kMaxStateLetters = 2;
  const std::size_t hyphen = left.rfind('-');
  if (!space && hyphen != std::string_view::npos && hyphen + 2 == left.size() && right.size() <= kMaxStateLetters)
    return true;
  // (And a modifier abbreviated before its rank: "mł. bryg. Jan Kowal", "st. asp. Anna Nowak".
  // A title written out whole may end its sentence: "…, espetó la ministra. Feijóo respondió".)
  const bool abbreviation = space && (unicode::decode_at(left, 0).length == left.size() || in(k - 1, words_.titles) ||
                   (in(k - 1, words_.title_modifiers) && !capitalized(k)));
  return abbreviation && document_.sentence_at(span(k - 1).begin) == document_.sentence_at(span(k).begin);
}

std::size_t QuoteTokens::phrase_at(const LexiconSet& set, std::size_t k, std::size_t end) const {
  if (k >= end) return 0;
  const std::size_t single = in(k, set) ? 1 : 0;
  if (set.indexed() && !((bits_[k] >> (32 + set.id())) & 1u)) return single;  // no phrase of the set starts here
  std::string phrase(folded(k));
  std::size_t best = single;
  const std::size_t longest = std::min(set.max_words_per_entry(), end - k);
  for (std::size_t n = 2; n <= longest; ++n) {
    if (!joined(k + n - 1)) break;
    phrase.push_back(' ');
    phrase.append(folded(k + n - 1));
    if (set.contains_folded(phrase)) best = n;
  }
  return best;
}

std::size_t QuoteTokens::phrase_ending_at(const LexiconSet& set, std::size_t k, std::size_t floor) const {
  if (set.empty() || k < floor || k >= size()) return 0;
  std::size_t best = 0;
  const std::size_t longest = std::min(set.max_words_per_entry(), k - floor + 1);
  for (std::size_t n = 1; n <= longest; ++n)
    if (phrase_at(set, k + 1 - n, k + 1) == n) best = n;
  return best;
}

}  // namespace article_lens
