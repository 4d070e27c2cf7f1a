// A pronoun where the text names no one: court and police reports, sport and local news often
// never name the person they quote ("The defendant admitted the charges. “I am sorry,” he said",
// "L'accusé a reconnu les faits. « Je regrette », a-t-il déclaré"). The pronoun then means the
// person the sentence before describes as its subject: a definite description (or, where nouns take
// no article, a noun opening the sentence: "Обвиняемый признал вину") headed by a title or a word for
// a person (data/person_nouns_<lang>.txt; person_titles_, epithet_nouns_, bare_epithet_nouns_,
// unnamed_person_nouns_<lang>), of the pronoun's gender where both tell one; not a group ("the
// officials") nor a body ("the company"); the one whose title it is may follow it in the genitive
// ("Der Mannschaftsarzt Kimmichs äußerte sich. Er sagte, …": the doctor speaks, named or not). A
// setting may open that sentence, up to its comma: "Devant la cour d'assises du Rhône, l'accusé a
// maintenu sa version. « … », a-t-il répété".
#include "language/word_set.h"
#include "quotes/described_head.h"
#include "quotes/people.h"
#include "quotes/speaker_resolver.h"

namespace article_lens {

namespace {

// Where nouns compound, a word for a person heads the compound it ends ("Hauptangeklagte",
// "Nebenklägerin"): an entry of five letters or more after three at least.
bool ends_in_person_noun(const WordSet& nouns, std::string_view word) {
  constexpr std::size_t kMinPart = 5, kMinPrefix = 3;
  for (std::size_t i = kMinPrefix; i + kMinPart <= word.size(); ++i)
    if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80 && nouns.contains_folded(word.substr(i))) return true;
  return false;
}

}  // namespace

SpeakerRef SpeakerResolver::described_subject(uint32_t pos, Gender gender, const std::vector<Span>& quotes, bool only_whose) const {
  if (words_.unspaced) return unspaced_subject(pos, quotes);
  const Document& document = tokens_.document();
  const long here = document.sentence_at(pos);
  if (here <= 0) return {};
  const Span sentence = document.sentences[static_cast<std::size_t>(sentence_back(here, 1, quotes))].span;
  std::size_t first = tokens_.first_at_or_after(sentence.begin);
  const std::size_t last = tokens_.first_at_or_after(sentence.end);
  if (first >= last || tokens_.span(first).begin != sentence.begin) return {};
  // (Past a setting that opens the sentence, the description after its first comma.)
  constexpr std::size_t kMaxSettingWords = 10;  // "Durante a audiência no Tribunal de Braga,"
  if (!words_.names_after_nouns && !mentions_.is_description_start(first))
    for (std::size_t k = first + 1; k < last && k - first <= kMaxSettingWords; ++k)
      if (tokens_.gap_before(k).find(',') != std::string_view::npos) {
        first = k;
        break;
      }
  // (Where the verb comes second, past a setting and the verb: "Im Prozess um den Brandanschlag hat
  // der Angeklagte sein Schweigen gebrochen", the subject after the lower-case word right before it.)
  bool inverted = false;
  if (words_.verb_second && tokens_.in(first, words_.mention_stops))
    for (std::size_t k = first + 2; k + 1 < last && k - first <= kMaxSettingWords && tokens_.joined(k); ++k)
      if (mentions_.is_description_start(k) && !WordSet::shared("oblique_determiners", words_.language).contains_folded(tokens_.folded(k)) &&
          !tokens_.capitalized(k - 1) && !tokens_.in(k - 1, words_.mention_stops) &&
          !tokens_.in(k - 1, words_.determiners) && !tokens_.in(k - 1, words_.mention_links) && tokens_.capitalized(k - 2)) {
        first = k;
        inverted = true;
        break;
      }
  if (!words_.names_after_nouns && !mentions_.is_description_start(first)) return {};
  TokenRange mention = mentions_.after(first, last);
  constexpr std::size_t kMaxDescriptionWords = 4;  // "the 34-year-old defendant"
  constexpr std::size_t kMaxPossessorWords = 3;
  // (Past the link to the one whose title it is, when they have a title of their own and adjectives
  // before it, which end the mention: "Die Witwe des Bauunternehmers Gerd Lohmann", "Die Tochter des
  // verstorbenen Verlegers Hubert Kessler".)
  if (!mention.empty() && mention.last + 2 < last && tokens_.joined(mention.last) && tokens_.in(mention.last, words_.mention_links)) {
    std::size_t title = mention.last + 1;
    while (title + 1 < last && title - mention.last < kMaxPossessorWords && tokens_.joined(title) && !tokens_.capitalized(title)) ++title;
    std::size_t end = title + 1;
    while (end < last && tokens_.joined(end) && mentions_.is_known_person(end)) ++end;
    if (end > title + 1 && tokens_.joined(title) && tokens_.capitalized(title) && !mentions_.is_known_person(title) &&
        (tokens_.title(title) || genitive_person_word(tokens_, words_, title)))
      mention.last = end;
  }
  // Its head, the last word: a person by title or trade, no group, no name -- but for the one whose
  // title it is, after it in the genitive or a link ("Der Mannschaftsarzt Kimmichs äußerte sich",
  // "Die Witwe von Helmut Kohl", "Die Bürgermeisterin von Bad Tölz": a place the index took for a name).
  // (Where nouns are lower case the mention may run over the verb after the name: "De weduwe van
  // zanger André Hazes trad op" ends at the name.)
  if (!words_.capitalised_nouns && mention.size() >= 3 && !tokens_.capitalized(mention.last - 1) &&
      mentions_.is_known_person(mention.last - 2) && tokens_.joined(mention.last - 1))
    --mention.last;
  std::size_t named = mention.last;
  while (named > mention.first && mentions_.is_known_person(named - 1)) --named;
  const bool genitive = mention.size() >= 3 && people_.genitive_after_described_title(mention.last - 1);
  // (The one whose title it is may have a title of their own, and adjectives before it: "Die Witwe
  // des Bauunternehmers Gerd Lohmann", "Die Sprecherin von Ministerpräsident Hendrik Wüst", "Die
  // Tochter des verstorbenen Verlegers Hubert Kessler".)
  std::size_t possessor = named;  // the possessor's first word, after the link
  if (named < mention.last && named > mention.first + 3 && (tokens_.title(named - 1) || genitive_person_word(tokens_, words_, named - 1))) {
    std::size_t k = named - 1;
    while (k > mention.first + 3 && named - k < kMaxPossessorWords && tokens_.joined(k) && !tokens_.in(k - 1, words_.mention_links) &&
           !tokens_.capitalized(k - 1))
      --k;
    if (tokens_.in(k - 1, words_.mention_links)) possessor = k;
  }
  const bool linked = !genitive && named < mention.last && possessor >= mention.first + 3 &&
                      (tokens_.in(possessor - 1, words_.mention_links) || words_.origin_links.contains_folded(tokens_.folded(possessor - 1))) &&
                      (possessor < named || !tokens_.in(named - 1, words_.determiners));
  // (Also an auxiliary a list of stops holds: "De advocaat van verdachte Jaap K. heeft vrijspraak geëist".)
  const bool followed_by_verb = mentions_.followed_by_verb(mention, last) ||
                                (mention.last < last && tokens_.joined(mention.last) && tokens_.in(mention.last, words_.finite_verbs));
  if (mention.first != first || mention.size() < (words_.names_after_nouns ? 1u : 2u) ||
      mention.size() > kMaxDescriptionWords + (linked ? mention.last - possessor : 0) || (!inverted && !followed_by_verb))
    return {};
  // (A person's, not a place's: "Der Präsident Frankreichs" may be the one just named.)
  if (only_whose && !((genitive && mentions_.is_known_person(mention.last - 1)) || linked)) return {};
  std::size_t head = genitive ? mention.last - 2 : linked ? possessor - 2 : mention.last - 1;
  // (Before the adjectives that follow it: "O treinador leonino não quis falar".)
  if (!genitive && !linked && !mentions_.heads_person(head, head + 1))
    if (const std::size_t noun = person_head(tokens_, mentions_, words_, mention); noun < mention.last) head = noun;
  const std::string_view head_word = tokens_.folded(head);
  auto compound_person = [&](std::string_view word) {
    return words_.capitalised_nouns && ends_in_person_noun(WordSet::shared("person_nouns", words_.language), word);
  };
  if (!mentions_.heads_person(head, head + 1) && !compound_person(head_word)) return {};
  for (std::size_t k = mention.first; k <= head; ++k)
    if (mentions_.is_name_word(k)) return {};
  const Gender described = description_gender(words_, tokens_.folded(first), head_word);
  if (gender != Gender::kUnknown && described != Gender::kUnknown && gender != described) return {};
  SpeakerRef ref = words_of(mention, false);
  ref.described = true;
  return ref;
}

}  // namespace article_lens

namespace article_lens {

SpeakerRef SpeakerResolver::unnamed_newcomer(uint32_t pos, Gender gender, uint32_t named_at, const std::vector<Span>& quotes) const {
  // "Premier Dick Schoof sprak in Den Haag. … Een demonstrante stond bij de ingang. „…”, zei ze":
  // the sentence before opens with someone the text does not name, after the person it named last
  // (or a place it took for one): the pronoun means the newcomer, an unnamed source.
  const Document& document = tokens_.document();
  const long here = document.sentence_at(pos);
  if (here <= 0) return {};
  const Span sentence = document.sentences[static_cast<std::size_t>(sentence_back(here, 1, quotes))].span;
  if (sentence.begin <= named_at) return {};
  const std::size_t first = tokens_.first_at_or_after(sentence.begin);
  const std::size_t last = tokens_.first_at_or_after(sentence.end);
  if (first >= last || tokens_.span(first).begin != sentence.begin || !tokens_.in(first, words_.indefinites)) return {};
  const TokenRange mention = mentions_.after(first, last);
  constexpr std::size_t kMaxNewcomerWords = 3;  // "een oudere demonstrante"
  // (Its verb right after it: "Een demonstrante stond", "Eine Anwohnerin wartete".)
  if (mention.first != first || mention.size() < 2 || mention.size() > kMaxNewcomerWords || mention.last >= last ||
      !tokens_.joined(mention.last) || tokens_.capitalized(mention.last) || tokens_.in(mention.last, words_.relative_pronouns) ||
      !mentions_.heads_person(mention.last - 1, mention.last) || tokens_.in(mention.last - 1, words_.group_nouns))
    return {};
  const Gender described = description_gender(words_, tokens_.folded(first), tokens_.folded(mention.last - 1));
  if (gender != Gender::kUnknown && described != Gender::kUnknown && gender != described) return {};
  return words_of(mention, true);
}

}  // namespace article_lens
