// Where nouns take no article, a description right after a person named without any title often
// names that person by the office the text had not given yet:
// - the head of a body named with it, which one person holds at a time ("Jarosław Kaczyński
//   skrytykował rząd. Jak stwierdził prezes PiS, ...", "... — заявил глава МИД России"), as a
//   unique office does (office_antecedent.cpp); data/body_heads_<lang>.txt;
// - any office, where the sentence before asked that person ("Журналисты спросили Дмитрия
//   Пескова ... «…», — ответил пресс-секретарь президента"): the one asked answers;
//   data/asking_words_<lang>.txt, the words right before the name.
// A deputy or a spokesman of a body ("представитель МВД") is one of many and brings in someone new.
#include "language/word_set.h"
#include "quotes/name_case.h"
#include "quotes/speaker_resolver.h"
#include "quotes/subject_opening.h"

namespace article_lens {
namespace {

constexpr std::size_t kMaxMentionWords = 4;  // "пресс-секретарь президента России"
constexpr long kMaxSentencesBack = 2;
constexpr std::size_t kMaxAskingWords = 3;  // "поинтересовались у", "zwrócili się do"

}  // namespace

bool SpeakerResolver::asked_at(std::size_t name) const {
  const WordSet& asking = WordSet::shared("asking_words", words_.language);
  // (Back over the name's own words: the index may record any of them.)
  while (name > 0 && tokens_.joined(name) && tokens_.capitalized(name - 1) && people_.find_token(name - 1) >= 0) --name;
  std::string phrase;
  for (std::size_t k = name, words = 0; k > 0 && words < kMaxAskingWords && tokens_.joined(k); --k, ++words) {
    phrase.insert(0, std::string(tokens_.folded(k - 1)) + (phrase.empty() ? "" : " "));
    if (asking.contains_folded(phrase)) return true;
  }
  return false;
}

int SpeakerResolver::body_head_antecedent(TokenRange mention, int recent, const std::vector<Span>& quotes) const {
  if (!words_.names_after_nouns || mention.empty() || mention.size() > kMaxMentionWords) return -1;
  for (std::size_t k = mention.first + 1; k < mention.last; ++k)
    if (!tokens_.joined(k)) return -1;  // (no apposition or list)
  const uint32_t at = tokens_.span(mention.first).begin;
  const int named = people_.last_mentioned_before(at, quotes);
  if (named < 0 || !people_.person(named).roles.empty() || named_in_reach(named, at, quotes, kMaxSentencesBack) < 0) return -1;
  const Gender gender = description_gender(words_, tokens_.folded(mention.first), tokens_.folded(mention.first));
  const Gender known = people_.gender(named);
  if (gender != Gender::kUnknown && known != Gender::kUnknown && gender != known) return -1;
  const uint32_t named_at = people_.last_mention_of(named, at, &quotes);
  if (!only_one_named_since(named, named_at, at, quotes, kMaxSentencesBack)) return -1;
  if (mentions_.title_at(mention.first, mention.last) > 0 && asked_at(tokens_.first_at_or_after(named_at))) return named;
  // A head of a body, the body after it: "prezes PiS", "главы МИД России" (in the nominative).
  std::string head(tokens_.folded(mention.first));
  if (std::string nominative = nominative_body(head, words_.language); !nominative.empty()) head = std::move(nominative);
  if (mention.size() < 2 || !WordSet::shared("body_heads", words_.language).contains_folded(head)) return -1;
  if (named == recent) return named;
  return opens_sentence_as_subject(tokens_, mentions_, words_, named_at) ? named : -1;
}

}  // namespace article_lens
