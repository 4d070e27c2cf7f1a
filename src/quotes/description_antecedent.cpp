// A definite description standing in for the person just named. News in many languages never
// repeats a name twice in a row and calls the person by a party, a trade or an office instead:
// "Sophie Binet ... La syndicaliste juge", "Lula ... disse o petista", "Conte ... ha detto il leader
// del M5s", "Olaf Scholz ... sagte der SPD-Politiker". Where no one carries the description's role,
// it means the person the text has just named. What a language needs is data:
// - description_articles_<lang> (or epithet_articles_<lang>, for epithets alone): the articles that
//   open such a description (definite, singular, demonstrative; never a possessive: "son avocat"
//   is someone else);
// - epithet_nouns_<lang>: words naming a person by party or trade ("syndicaliste", "petista");
// - epithet_suffixes_<lang>: the same as the last part of a compound ("SPD-Politiker", "CDU-Chef");
// - former_modifiers_<lang>, masculine_ and feminine_determiners_<lang> (below);
// - going_on_words_<lang>: words of a cue that say the last speaker goes on ("a ajouté", "également"),
//   which make an office with its body theirs ("«…», a ajouté la ministre des Finances").
// Where nouns take no article (Russian, Ukrainian, Polish) the description is a trade or a standing
// alone, with its adjectives: "Мария Захарова заявила ... Дипломат также отметила", "Борис Джонсон
// ... заявил британский лидер" (data/bare_epithet_nouns_<lang>.txt; offices are not among them).
// Both forms look back the same way (named_in_reach): the person named last, within the
// description's sentence or the two before it. Where two were named, a gendered description picks
// the one of its gender from a pair ("X et Y"), and an epithet the subject of the sentence before.
#include <algorithm>
#include <string>
#include <vector>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/name_case.h"
#include "quotes/opening_phrase.h"
#include "quotes/span_lookup.h"
#include "quotes/speaker_resolver.h"
#include "quotes/subject_opening.h"
#include "unicode/case_fold.h"

namespace article_lens {
namespace {

// How far back the person may have been named: their sentence, or the two before it.
constexpr long kMaxSentencesBack = 2;
// An age given with the name tells whom it means from further off.
constexpr long kMaxAgeSentencesBack = 4;
// An epithet without an article and at most two adjectives before it ("бывший британский лидер").
constexpr std::size_t kMaxBareEpithetWords = 3;
// The party or body after a bare epithet ("poseł PiS", "депутат Госдумы"), in words.
constexpr std::size_t kMaxBodyWords = 2;
// A compound's first part must be a word of its own ("SPD-" in "SPD-Politiker", "Bundes" in
// "Bundespräsident"), not an inflection of the suffix.
constexpr std::size_t kMinCompoundModifier = 3;

// Whether an adjective of origin fits one of a person's role words by its stem: "российский" ~
// "России", "британский" ~ "Великобритании", "polski" ~ "Polski" (the first letters in common).
bool adjective_fits(const Person& person, std::string_view adjective) {
  constexpr std::size_t kMinStemBytes = 8;  // four Cyrillic letters, or "polsk"-like Latin stems
  const std::size_t stem = std::min(adjective.size(), std::max(kMinStemBytes, adjective.size() / 2));
  for (const std::string& role : person.roles) {
    std::size_t common = 0;
    while (common < role.size() && common < adjective.size() && role[common] == adjective[common]) ++common;
    if (common >= kMinStemBytes || role.find(adjective.substr(0, stem)) != std::string::npos) return true;
  }
  return false;
}

// Whether the text gives `person` the origin an adjective of nationality says: a role of the country
// ("India's Narendra Modi": "india" ~ "indian") or the adjective itself right before their first
// mention ("his Chinese counterpart Wang Yi").
bool of_origin(const QuoteTokens& tokens, const Person& person, std::string_view adjective) {
  constexpr std::size_t kMinStem = 4;  // "chin" of "china" and "chinese"
  constexpr std::size_t kMaxWordsBefore = 3;
  for (const std::string& role : person.roles) {
    std::size_t common = 0;
    while (common < role.size() && common < adjective.size() && role[common] == adjective[common]) ++common;
    if (common >= kMinStem && common + 3 >= std::max(role.size(), adjective.size())) return true;
  }
  const std::size_t first = tokens.first_at_or_after(person.first_at);
  for (std::size_t k = first, n = 0; k > 0 && k < tokens.size() && n < kMaxWordsBefore && tokens.joined(k); ++n)
    if (tokens.folded(--k) == adjective) return true;
  return false;
}

// Whether `word` stands in the few words right before the name at byte `named_at`, joined to it:
// "defendant Liam Ross", "Arsenal winger Bukayo Saka".
bool word_before_name(const QuoteTokens& tokens, uint32_t named_at, std::string_view word) {
  constexpr std::size_t kMaxWordsBefore = 2;
  const std::size_t name = tokens.first_at_or_after(named_at);
  for (std::size_t k = name, n = 0; k > 0 && k < tokens.size() && n < kMaxWordsBefore && tokens.joined(k); ++n)
    if (tokens.folded(--k) == word) return true;
  return false;
}

// Whether a word of the cue, in the description's clause, says the speaker goes on: "a ajouté le
// sélectionneur des Bleus", "Le chef de l'État a également promis" (data/going_on_words_<lang>.txt).
bool cue_word_near(const QuoteTokens& tokens, TokenRange mention, const WordSet& words) {
  constexpr std::size_t kReach = 3;  // "a ajouté", "ha inoltre annunciato": the words next to it
  if (words.empty()) return false;
  for (std::size_t k = mention.first, n = 0; n < kReach && tokens.joined(k); ++n)
    if (words.contains_folded(tokens.folded(--k))) return true;
  for (std::size_t k = mention.last, n = 0; n < kReach && tokens.joined(k); ++n, ++k)
    if (words.contains_folded(tokens.folded(k))) return true;
  return false;
}

// The person who opens `sentence` as its subject ("Jannik Sinner ha battuto Carlos Alcaraz"), or -1.
// (After a club and a title, the name they run into: "Tottenham manager Martin Jol acclaimed",
// where the club is no one.)
int opening_subject(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                    const PeopleIndex& people, Span sentence) {
  constexpr std::size_t kMaxOpeningWords = 6;
  // (Past the phrases set before the subject: "Preguntado por Dani Olmo, Hansi Flick se mostró
  // tranquilo"; opening_phrase.cpp.)
  std::size_t opening = tokens.first_at_or_after(sentence.begin);
  if (opening < tokens.size()) opening = clause_after_opening(tokens, words, opening);
  if (opening >= tokens.size() || !opens_sentence_as_subject(tokens, mentions, words, tokens.span(opening).begin)) return -1;
  std::size_t k = opening;
  while (k + 1 < tokens.size() && k - opening < kMaxOpeningWords && tokens.joined(k + 1) && mentions.is_name_word(k)) ++k;
  if (k > opening && k + 1 < tokens.size() && tokens.title(k) && !tokens.capitalized(k) && tokens.joined(k + 1) && mentions.is_name_word(k + 1)) {
    std::size_t last = k + 1;
    while (last + 1 < tokens.size() && last - k < kMaxOpeningWords && tokens.joined(last + 1) && mentions.is_name_word(last + 1)) ++last;
    return people.find_token(last);
  }
  return people.find_token(opening);
}

// The person named last whom the text gave the role a compound with a name ends in ("de
// Oranje-coach" -> "bondscoach Ronald Koeman"), or -1.
int compound_role_holder(const QuoteLexicon& words, const PeopleIndex& people, std::string_view head_word, uint32_t at) {
  // The role after the last dash, after a name of at least two letters ("PSV-trainer", "DFB-Trainer").
  const std::size_t dash = head_word.rfind('-');
  if (dash == std::string_view::npos || dash < 2 || dash + 1 >= head_word.size()) return -1;
  const std::string_view role = head_word.substr(dash + 1);
  if (!words.is_title(role)) return -1;
  std::vector<std::string> fitting = words.equivalent_roles(role);
  fitting.emplace_back(role);
  // The role itself, an equivalent one ("trainer" ~ "coach"), or a compound of one ("bondscoach").
  const int holder = people.last_mentioned_matching(at, [&](int index) {
    for (const std::string& given : people.person(index).roles)
      for (const std::string& wanted : fitting)
        if (given == wanted || (given.size() > wanted.size() && given.ends_with(wanted) && given.find(' ') == std::string::npos)) return true;
    return false;
  });
  return holder;
}

// Whether `head_word` stands a few words before the name at byte `named_at`, a link right after it:
// "Entführer des Geschäftsmanns Peter Schulte", "l'avocat de l'acteur Tom Berger".
bool linked_before_name(const QuoteTokens& tokens, const QuoteLexicon& words, uint32_t named_at, std::string_view head_word) {
  constexpr std::size_t kMaxWordsBetween = 4;  // "des bekannten Geschäftsmanns"
  const std::size_t name = tokens.first_at_or_after(named_at);
  for (std::size_t k = name, n = 0; k > 0 && k < tokens.size() && n <= kMaxWordsBetween && tokens.joined(k); ++n) {
    --k;
    if (tokens.folded(k) == head_word && k + 1 < name && tokens.in(k + 1, words.mention_links)) return true;
  }
  return false;
}

}  // namespace

bool SpeakerResolver::same_description_before(TokenRange mention) const {
  // The same words after the same article, in the description's sentence or the two before it.
  const Document& document = tokens_.document();
  const long here = document.sentence_at(tokens_.span(mention.first).begin);
  if (here < 0) return false;
  const std::size_t from = tokens_.first_at_or_after(document.sentences[static_cast<std::size_t>(std::max(0L, here - 2))].span.begin);
  const std::size_t length = mention.size();
  for (std::size_t k = from; k + length <= mention.first; ++k) {
    std::size_t same = 0;
    while (same < length && tokens_.folded(k + same) == tokens_.folded(mention.first + same)) ++same;
    if (same == length) return true;
  }
  return false;
}

long SpeakerResolver::sentence_back(long here, long steps, const std::vector<Span>& quotes) const {
  // Sentences inside a quotation are the speaker's, not steps of the text away from a name:
  // "Александр Лукашенко обратил внимание ... «Нельзя жить старым багажом. Промышленность должна
  // обновляться», – подчеркнул Глава государства" is one sentence on.
  constexpr long kMaxSentencesRead = 64;
  const Document& document = tokens_.document();
  long k = here;
  while (steps > 0 && k > 0 && here - k < kMaxSentencesRead) {
    const Span sentence = document.sentences[static_cast<std::size_t>(--k)].span;
    const Span* quote = span_holding(quotes, sentence.begin);
    steps -= !(quote && quote->end >= sentence.end);
  }
  return k;
}

int SpeakerResolver::named_in_reach(int named, uint32_t at, const std::vector<Span>& quotes, long sentences_back) const {
  if (named < 0) return -1;
  const Document& document = tokens_.document();
  const long here = document.sentence_at(at);
  const long there = document.sentence_at(people_.last_mention_of(named, at, &quotes));
  return here >= 0 && there >= 0 && there <= here && there >= sentence_back(here, sentences_back, quotes) ? named : -1;
}

bool SpeakerResolver::only_one_named_since(int named, uint32_t named_at, uint32_t at, const std::vector<Span>& quotes,
                                           long sentences_back) const {
  const Document& document = tokens_.document();
  const long here = document.sentence_at(at);
  const uint32_t since = document.sentences[static_cast<std::size_t>(here > 0 ? sentence_back(here, sentences_back, quotes) : 0)].span.begin;
  const int other = people_.last_mentioned_before(named_at, quotes);
  if (other < 0 || other == named) return named_at >= since;
  // (One named in a phrase set before the subject is whom the subject was asked about or met:
  // "Questionato su Matteo Salvini, Antonio Tajani ha minimizzato"; opening_phrase.cpp.)
  const uint32_t other_at = people_.last_mention_of(other, named_at, &quotes);
  const TokenRange opening = opening_phrases(tokens_, words_, other_at);
  const bool in_opening = !opening.empty() && tokens_.span(opening.first).begin <= other_at && other_at < tokens_.span(opening.last - 1).end;
  return named_at >= since && (in_opening || other_at < since);
}

int SpeakerResolver::person_of_age(std::string_view head_word, uint32_t at, const std::vector<Span>& quotes) const {
  std::size_t digits = 0;
  while (digits < head_word.size() && head_word[digits] >= '0' && head_word[digits] <= '9') ++digits;
  if (digits == 0 || digits + 1 >= head_word.size() || head_word[digits] != '-') return -1;
  const std::string_view age = head_word.substr(0, digits);
  // The name's last word, then the age after a comma or in brackets: "Jane Roe, 22,", "Huber (35)".
  return people_.last_mentioned_matching(at, [&](int index) {
    const uint32_t named_at = people_.last_mention_of(index, at, &quotes);
    std::size_t k = tokens_.first_at_or_after(named_at);
    if (k >= tokens_.size() || tokens_.span(k).begin != named_at) return false;
    while (k + 1 < tokens_.size() && tokens_.joined(k + 1) && tokens_.capitalized(k + 1)) ++k;
    if (k + 1 >= tokens_.size() || tokens_.text(k + 1) != age) return false;
    const std::string_view gap = tokens_.gap_before(k + 1);
    return gap == ", " || gap == " (";
  });
}

bool SpeakerResolver::names_by_epithet(std::string_view head_word, bool modified) const {
  if (WordSet::shared("epithet_nouns", words_.language).contains_folded(head_word)) return true;
  // A bare office ("der Präsident") means its holder, whom roles find; a compound or a modifier
  // describes the person instead ("der SPD-Politiker", "der frühere Präsident").
  // (A count in figures is a word of its own however short: "the 24-time champion", "the 3-time winner".)
  for (std::string_view suffix : lang_data::entries("epithet_suffixes", words_.language)) {
    if (!head_word.ends_with(suffix)) continue;
    const std::string_view modifier = head_word.substr(0, head_word.size() - suffix.size());
    const bool count = !modifier.empty() && modifier.find_first_not_of("0123456789") == std::string_view::npos;
    if (modified || count || head_word.size() >= suffix.size() + kMinCompoundModifier) return true;
  }
  return false;
}

int SpeakerResolver::description_antecedent(TokenRange mention, int recent, const std::vector<Span>& quotes,
                                            bool epithet_only) const {
  // (Where no article opens an office so, epithets alone: data/epithet_articles_<lang>.txt, English
  // "the veteran", "the Portuguese"; "the judge" there brings in someone new.)
  const bool titles_too = !WordSet::shared("description_articles", words_.language).empty();
  const WordSet& articles = WordSet::shared(titles_too ? "description_articles" : "epithet_articles", words_.language);
  if (articles.empty() || mention.size() < 2 || !articles.contains_folded(tokens_.folded(mention.first))) return -1;
  // The head: past modifiers that come before it ("le nouveau ministre", "der frühere Präsident";
  // where nouns are capitalised, any lower-case word before the noun is one).
  std::size_t head = mention.first + 1;
  while (head + 1 < mention.last &&
         (tokens_.in(head, words_.title_modifiers) || articles.contains_folded(tokens_.folded(head)) ||
          (words_.capitalised_nouns && !tokens_.capitalized(head))))
    ++head;
  // An epithet before an office is its adjective where the text has used the same description
  // for someone it met: "Rishi Sunak met the Indian prime minister ... the Indian prime minister
  // said" is the one met, not Sunak ("Zelensky ... the Ukrainian president said" is still him).
  if (head + 1 < mention.last && !tokens_.capitalized(head + 1) && mentions_.title_at(head + 1, mention.last) > 0 &&
      names_by_epithet(tokens_.folded(head), false) && same_description_before(mention))
    return -1;
  // A former holder is named by the office too ("o ex-mandatário", "el exlíder popular").
  std::string_view head_word = tokens_.folded(head);
  bool modified = head > mention.first + 1 || head + 1 < mention.last;
  if (const std::size_t dash = head_word.find('-'); dash != std::string_view::npos && words_.title_modifiers.contains_folded(head_word.substr(0, dash))) {
    head_word.remove_prefix(dash + 1);
    modified = true;
  } else if (head_word.size() > 6 && head_word.starts_with("ex") && words_.title_modifiers.contains_folded("ex") &&
             (names_by_epithet(head_word.substr(2), true) || words_.is_title(head_word.substr(2)))) {
    head_word.remove_prefix(2);
    modified = true;
  }
  // Where the article opens epithets alone (English), the noun comes last, after lower-case words
  // that qualify it: "the former glamour model", "the veteran pop singer" (a capitalised one makes
  // it a body's: "the Labour veteran", body_epithet_antecedent.cpp). A people's name in two
  // capitalised words is one epithet: "the South African", "the Northern Irishman".
  bool noun_last = false;
  if (!titles_too && !names_by_epithet(head_word, head > mention.first + 1) && head + 1 < mention.last &&
      names_by_epithet(tokens_.folded(mention.last - 1), true)) {
    noun_last = true;
    const bool people_name = tokens_.capitalized(mention.last - 1);
    for (std::size_t k = head; k + 1 < mention.last && noun_last; ++k)
      noun_last = (!tokens_.capitalized(k) || people_name) && !tokens_.title(k) && !tokens_.in(k, words_.mention_links) && !tokens_.possessive(k);
    if (noun_last) head_word = tokens_.folded(mention.last - 1);
  }
  const bool epithet = names_by_epithet(head_word, head > mention.first + 1 || noun_last);
  // A bare office ("le ministre", "der Kanzler") means its holder, whom roles find, not whoever
  // was named last; an office described ("le nouveau ministre", "il leader del M5s") may be them.
  // (Save one the last speaker holds by another name, in a cue that says they go on: below.)
  const bool office = tokens_.title(head) || words_.is_title(head_word) || mentions_.title_at(head, mention.last) > 1;
  const bool bare_office = !epithet && !epithet_only && titles_too && !modified &&
                           (office || !words_.equivalent_roles(head_word).empty());
  if (!epithet && !bare_office && (epithet_only || !titles_too || !modified || !office)) return -1;
  // A name of its own means someone else ("l'avocat de Nicolas Sarkozy"); a club or body after a
  // preposition fused with its article, read as a name that opens with no given name and that the
  // text has not named before, does not: "l'attaquant du Real Madrid" (data/article_contractions_<lang>.txt).
  const WordSet& contractions = WordSet::shared("article_contractions", words_.language);
  for (std::size_t k = mention.first, body = 0; k < mention.last; ++k) {
    if (!tokens_.capitalized(k) || k == head) continue;
    const bool opens_body = k > mention.first && contractions.contains_folded(tokens_.folded(k - 1)) && !mentions_.is_given_name(k);
    if (opens_body || (body && body == k - 1)) body = k;
    const int other = people_.find_token(k);
    if (other >= 0 && (body != k || people_.person(other).first_at < tokens_.span(mention.first).begin)) return -1;
  }
  const uint32_t at = tokens_.span(mention.first).begin;
  // A nationality before an office names the one the text gave that origin, whoever was named
  // since: "Antony Blinken met his Chinese counterpart Wang Yi. «…», Blinken said. «…», the Chinese
  // foreign minister said" is Wang Yi.
  // (An office ends the description after its adjective: "the Chinese foreign minister".)
  bool before_office = false;
  for (std::size_t k = head + 1; k < mention.last && !before_office; ++k) before_office = mentions_.title_at(k, mention.last) == mention.last - k;
  if (epithet && !noun_last && before_office) {
    const int fitting = people_.last_mentioned_matching(at, [&](int index) { return of_origin(tokens_, people_.person(index), head_word); });
    if (fitting >= 0 && named_in_reach(fitting, at, quotes, kMaxSentencesBack) >= 0) return fitting;
  }
  // An age is the person's the text gave it to, whoever was named since: "Jane Roe, 22, ... Tom
  // Bell ... the 22-year-old said", "Peter Huber (35) ... sagte der 35-Jährige".
  if (epithet)
    if (const int aged = person_of_age(head_word, at, quotes); aged >= 0) return named_in_reach(aged, at, quotes, kMaxAgeSentencesBack);
  // A team's or body's name joined to a role names whoever the text gave that role, whoever was
  // named since: "Bondscoach Ronald Koeman … over Memphis Depay. «…», zei de Oranje-coach".
  if (epithet)
    if (const int holder = named_in_reach(compound_role_holder(words_, people_, head_word, at), at, quotes, kMaxSentencesBack); holder >= 0)
      return holder;
  // The word written before a name in reach names that person, whoever was named since:
  // "Prosecutor Anne Hale questioned defendant Liam Ross ... the defendant said".
  if (epithet && !noun_last)
    if (const int written = named_in_reach(people_.last_mentioned_matching(at, [&](int index) {
          return word_before_name(tokens_, people_.last_mention_of(index, at, &quotes), head_word);
        }), at, quotes, kMaxSentencesBack); written >= 0)
      return written;
  int named = people_.last_mentioned_before(at, quotes);  // the nearest, of whichever gender
  if (named < 0) return -1;
  const Gender gender = description_gender(words_, tokens_.folded(mention.first), head_word);
  const Document& document = tokens_.document();
  const long here = document.sentence_at(at);
  // Two named together ("X et Y", "X y Y") in the sentence before, the description's gender tells
  // one from the other where one is known to be of it and the other is not: "Emmanuel Macron et
  // Marine Le Pen se sont affrontés. « … », a lancé la candidate du RN".
  bool paired = false;
  if (const int other = people_.last_mentioned_before(people_.last_mention_of(named, at, &quotes), quotes);
      gender != Gender::kUnknown && other >= 0 && other != named && named != recent && other != recent &&
      (people_.gender(named) == gender) != (people_.gender(other) == gender)) {
    const std::size_t second = tokens_.first_at_or_after(people_.last_mention_of(named, at, &quotes));
    const long pair_sentence = document.sentence_at(tokens_.span(second).begin);
    paired = second >= 2 && second < tokens_.size() && tokens_.in(second - 1, words_.coordinators) && tokens_.joined(second - 1) &&
             people_.find_token(second - 2) == other && pair_sentence >= sentence_back(here, 1, quotes) && pair_sentence < here;
    if (paired && people_.gender(named) != gender) named = other;
  }
  const Gender known = people_.gender(named);
  if (gender != Gender::kUnknown && known != Gender::kUnknown && known != gender) return -1;
  if (named_in_reach(named, at, quotes, kMaxSentencesBack) < 0) return -1;
  // (Named in a quotation is not named by the text: "«La señora Ayuso debería pagar», ha añadido
  // la portavoz" is not Ayuso.)
  const uint32_t named_at = people_.last_mention_of(named, at, &quotes);
  const long there = document.sentence_at(named_at);
  // The same head written before the name with a link to it is someone else: "Die Entführer des
  // Geschäftsmanns Peter Schulte … Die Entführer teilten mit" are not Schulte.
  if (linked_before_name(tokens_, words_, named_at, head_word)) return -1;
  // Named in the genitive or after a link behind the title of the sentence before's subject, they
  // are whose that subject is, not the one it describes: "Die Pflegetochter der ermordeten Rentnerin
  // Erika Hahn sagte aus. „…“, sagte die 31-Jährige" is the foster daughter (described_subject.cpp).
  if (named != recent && there == sentence_back(here, 1, quotes) && described_subject(at, gender, quotes, true).known()) return -1;
  bool of_body = false;  // (nothing after a noun that comes last: "the Northern Irishman")
  for (std::size_t k = noun_last ? mention.last : head + 1; k < mention.last && !of_body; ++k)
    of_body = tokens_.in(k, words_.mention_links) || tokens_.capitalized(k);
  if (paired) return epithet || of_body ? named : -1;
  // Who it can mean: the person named in the description's own sentence, the last to speak, or
  // the only person named since the sentence before; not the last of several ("Lena Vogt traf Paul
  // Ernst. „…“, sagte der SPD-Politiker" could mean either). Save an epithet alone after a sentence
  // that opens with one of them as its subject, who it is about: "Jannik Sinner ha battuto Carlos
  // Alcaraz. «…», ha detto l'altoatesino".
  if (here != there && named != recent && !only_one_named_since(named, named_at, at, quotes)) {
    // (Not an epithet before an office, which is the office's adjective: "Rishi Sunak met Narendra
    // Modi. «…», the Indian prime minister said" tells nothing of which one.)
    if (!epithet || of_body || bare_office || before_office || there != sentence_back(here, 1, quotes)) return -1;
    const int subject = opening_subject(tokens_, mentions_, words_, people_, document.sentences[static_cast<std::size_t>(there)].span);
    // (No clause with a subject of its own between them: "Serena Williams watched as Coco Gauff
    // beat Aryna Sabalenka" tells nothing of whom "the 20-year-old" is; "after beating" does.)
    bool one_clause = subject >= 0;
    for (std::size_t k = tokens_.first_at_or_after(document.sentences[static_cast<std::size_t>(there)].span.begin);
         one_clause && k + 1 < tokens_.size() && tokens_.span(k).begin < named_at; ++k)
      one_clause = !(tokens_.in(k, words_.subordinators) && tokens_.joined(k + 1) && mentions_.is_name_word(k + 1));
    if (!one_clause || subject == named || (gender != Gender::kUnknown && people_.gender(subject) != Gender::kUnknown && people_.gender(subject) != gender) ||
        document.sentence_at(people_.last_mention_of(subject, at, &quotes)) != there)
      return -1;
    return subject;
  }
  // A bare office by another name than the last speaker's title, as they go on: "il ministro Carlo
  // Nordio ... Il Guardasigilli ha aggiunto" (role groups: "ministro della giustizia, guardasigilli").
  if (bare_office) {
    if (named != recent || here - there > 1 ||
        !cue_word_near(tokens_, mention, WordSet::shared("going_on_words", words_.language)))
      return -1;
    for (const std::string& role : words_.equivalent_roles(head_word))
      if (people_.has_role(named, role) || people_.has_role(named, std::string_view(role).substr(0, role.find(' ')))) return named;
    return -1;
  }
  // Named in the sentence itself, they are meant. Named before it, an office other than one they
  // hold means someone else ("Emmanuel Macron s'est rendu à Lyon. « ... », a réagi le maire"),
  // unless the description only names a party or trade, with nothing after it ("la syndicaliste";
  // adjectives may follow, "le leader insoumis", not a body, "du PS").
  if (here == there || (epithet && !of_body)) return named;
  // The last speaker, named in the sentence before, described by an epithet or a rank with its
  // body ("«…», ha afirmado Montero. «…», ha añadido la número dos del PSOE", "il leader della
  // Lega"): an epithet is no office that someone else holds there.
  if (named == recent && here - there <= 1 && WordSet::shared("epithet_nouns", words_.language).contains_folded(head_word)) return named;
  // (A former office is no conflict: "la exministra" is now "la eurodiputada";
  // data/former_modifiers_<lang>.txt, alone or joined to the title: "ex", "exministra", "ex-premier".)
  const WordSet& former = WordSet::shared("former_modifiers", words_.language);
  const auto& roles = people_.person(named).roles;
  for (const std::string& role : roles) {
    const std::size_t dash = role.find('-');
    if (former.contains_folded(role) || (dash != std::string::npos && former.contains_folded(role.substr(0, dash))) ||
        (role.size() > 5 && former.contains_folded(role.substr(0, 2)) && words_.is_title(role.substr(2))))
      return named;
  }
  // An office the text gave them, by another name, is theirs: "l'ancien président Nicolas Sarkozy
  // ... l'ex-chef de l'État" (data/role_groups_<lang>.txt).
  if (of_body) {
    std::string office(head_word);
    for (std::size_t k = head + 1; k < mention.last; ++k) office.append(" ").append(tokens_.folded(k));
    for (const std::string& role : words_.equivalent_roles(office))
      if (people_.has_role(named, role)) return named;
  }
  // A description by a body ("der Leiter der Schule", "le maire de Lyon") names whoever holds
  // that office there, someone else than a person named before its sentence; unless that person,
  // given no title, opened the sentence before as its subject ("Lucía Ferrer criticó el pacto.
  // «…», afirmó la eurodiputada de Podemos"; subject_opening.cpp).
  // (The last speaker, named in the sentence before, going on: an office with its body that no
  // title of theirs contradicts is theirs, "«…», a ajouté la ministre des Finances"; a reaction,
  // "«…», a réagi le maire de Lyon", is someone else's.)
  const bool goes_on = named == recent && here - there <= 1 &&
                       cue_word_near(tokens_, mention, WordSet::shared("going_on_words", words_.language));
  if (of_body && !goes_on && (people_.person(named).titled ||
                  !untitled_subject_fits(tokens_, mentions_, words_, people_, named, mention, epithet, gender)))
    return -1;
  for (const std::string& role : roles) {
    if (role.find(' ') != std::string::npos || role == head_word || names_by_epithet(role, false)) continue;
    if (words_.titles.contains_folded(role)) return -1;
  }
  return named;
}


int SpeakerResolver::bare_epithet_antecedent(TokenRange mention, int recent, const std::vector<Span>& quotes) const {
  const WordSet& epithets = WordSet::shared("bare_epithet_nouns", words_.language);
  if (epithets.empty() || mention.empty() || mention.size() > kMaxBareEpithetWords) return -1;
  // The words as the tables list them, in the nominative where the mention is in another case ("По
  // словам белорусского лидера" -> "белорусский лидер"; data/body_nominatives_<lang>.txt).
  std::vector<std::string> words;
  std::string phrase;
  for (std::size_t k = mention.first; k < mention.last; ++k) {
    words.emplace_back(tokens_.folded(k));
    phrase.append(phrase.empty() ? "" : " ").append(words.back());
  }
  if (const std::string nominative = nominative_body(phrase, words_.language); !nominative.empty()) {
    std::vector<std::string> read;
    for (std::size_t from = 0; from <= nominative.size();) {
      const std::size_t space = std::min(nominative.find(' ', from), nominative.size());
      read.push_back(unicode::fold_case(std::string_view(nominative).substr(from, space - from)));
      from = space + 1;
    }
    if (read.size() == words.size()) words = std::move(read);
  }
  auto word = [&](std::size_t k) -> std::string_view { return words[k - mention.first]; };
  // The epithet may have its party or body after it, capitalised ("– mówił poseł PiS"): the last
  // speaker only, as the text does not tell whose member anyone is.
  std::size_t head = mention.last - 1;
  while (head > mention.first && mention.last - head <= kMaxBodyWords && tokens_.capitalized(head) && !epithets.contains_folded(word(head)))
    --head;
  const bool with_body = head + 1 < mention.last;
  if (!epithets.contains_folded(word(head)) || (with_body && !tokens_.capitalized(mention.last - 1))) return -1;
  // The words before it are adjectives, no name of their own ("британский", not "Иван").
  for (std::size_t k = mention.first; k < head; ++k) {
    if (people_.find_token(k) >= 0 || (tokens_.capitalized(k) && k > mention.first)) return -1;
    if (!lang_data::ends_with_entry("apposition_adjective_endings", words_.language, word(k), 3)) return -1;
  }
  const uint32_t at = tokens_.span(mention.first).begin;
  int named = people_.last_mentioned_before(at, quotes);
  if (named < 0) return -1;
  // An adjective of origin that fits not them but someone named before: "Путин говорил с Моди ...
  // подчеркнул российский лидер" is Putin.
  for (std::size_t k = mention.first; k < head; ++k) {
    const std::string_view adjective = word(k);
    if (adjective_fits(people_.person(named), adjective)) continue;
    const int fitting = people_.last_mentioned_matching(at, [&](int index) { return adjective_fits(people_.person(index), adjective); });
    if (fitting >= 0) named = fitting;
    // (No one fits, and the one named last has roles the adjective does not fit: someone else,
    // "нападающий «Спартака» Иван Петров … По словам белорусского лидера".)
    else if (!people_.person(named).roles.empty()) return -1;
    break;
  }
  // Of the gender the epithet tells, where both are told ("– каже жінка" is no man just named).
  const Gender told = word_gender(words_, word(head)), gender = people_.person(named).gender();
  if (told != Gender::kUnknown && gender != Gender::kUnknown && told != gender) return -1;
  // Someone the text presents as a source: given a title, or the last to speak; or of the gender
  // the epithet tells ("Ольга Коваль живе у Харкові. «…», – каже жінка").
  if (!(told != Gender::kUnknown && told == gender && !with_body) && (!people_.person(named).titled || with_body) && named != recent) return -1;
  return named_in_reach(named, at, quotes, kMaxSentencesBack);
}

}  // namespace article_lens
