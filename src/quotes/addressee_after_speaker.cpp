// The outlet a speaker told, named right after the speaker in the dative: "sagte Nagel der
// F.A.Z.", "sagte der 35-Jährige der „Süddeutschen Zeitung“". The mention stops before it; the
// outlet is no part of who spoke (data/addressee_articles_<lang>.txt).
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/people.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {

bool AttributionFinder::told_in_marks(std::size_t article) const {
  // After a role the article opens a genitive ("der Chefredakteur der „Zeit“"), unless a paper,
  // named in marks by what it is (data/outlet_heads_<lang>.txt: "Zeitung", "Post", "-Anzeiger"),
  // follows a role that works at none (data/media_roles_<lang>.txt): "sagte der CDU-Politiker der
  // „Rheinischen Post“", "sagte die Stadträtin der „Nürnberger Zeitung“".
  constexpr std::size_t kMaxOutletWords = 5;
  const std::size_t first = article + 1;
  if (first >= tokens_.size() || !follows_quote(first) ||
      WordSet::shared("media_roles", words_.language).contains_folded(tokens_.folded(article - 1)))
    return false;
  std::size_t last = first;
  while (last + 1 < tokens_.size() && last + 1 < first + kMaxOutletWords && tokens_.joined(last + 1) && !follows_quote(last + 1)) ++last;
  if (last + 1 < tokens_.size() && !follows_quote(last + 1)) return false;  // (no closing mark near)
  return lang_data::ends_with_entry("outlet_heads", words_.language, tokens_.folded(last), 0);
}

TokenRange AttributionFinder::without_addressee(TokenRange speaker) const {
  speaker = without_dative_name(speaker);  // "Как сказал Дмитрий Песков Зеленскому, ..."
  // The people told, after the speaker: "dijo el alcalde a los periodistas", "ha detto il sindaco ai
  // giornalisti", "disse o ministro aos jornalistas" (a preposition of data/addressees_<lang>.txt,
  // then a noun of data/addressee_nouns_<lang>.txt, with its article between).
  const WordSet& told = WordSet::shared("addressee_nouns", words_.language);
  for (std::size_t k = speaker.first + 1; !told.empty() && k + 1 < speaker.last; ++k) {
    if (!tokens_.in(k, words_.addressees) || !tokens_.joined(k)) continue;
    std::size_t noun = k + 1;
    while (noun + 1 < speaker.last && tokens_.in(noun, words_.determiners)) ++noun;
    if (noun + 1 == speaker.last && told.contains_folded(tokens_.folded(noun))) return {speaker.first, k};
    // (Or the microphones of an outlet named after them: "ha spiegato il ct ai microfoni di Rai
    // Sport", "a déclaré l'entraîneur au micro de France Bleu".)
    bool outlet = noun + 2 < speaker.last && told.contains_folded(tokens_.folded(noun)) && tokens_.in(noun + 1, words_.mention_links);
    for (std::size_t j = noun + 2; j < speaker.last && outlet; ++j) outlet = tokens_.capitalized(j) || tokens_.in(j, words_.determiners);
    if (outlet && tokens_.capitalized(speaker.last - 1)) return {speaker.first, k};
  }
  // The outlet told, named after the speaker and ending the mention: "contó Marta Ruiz a Europa
  // Press", "relató un testigo a EFE", "ha raccontato un testimone all'Ansa".
  constexpr std::size_t kMaxOutletWords = 4;
  for (std::size_t k = speaker.first + 1; k + 1 < speaker.last; ++k) {
    if (!tokens_.in(k, words_.addressees) || !tokens_.joined(k) || !tokens_.joined(k + 1) || speaker.last - k - 1 > kMaxOutletWords)
      continue;
    bool outlet = true;
    for (std::size_t j = k + 1; j < speaker.last && outlet; ++j)
      outlet = tokens_.capitalized(j) || (j > k + 1 && (tokens_.in(j, words_.mention_links) || tokens_.in(j, words_.name_particles)));
    // (After a person's name or a plain noun: not after an office and its body, whose place the
    // preposition may open, "l'assessore all'Istruzione", "il capogruppo della Lega alla Camera X".)
    const bool after_speaker = mentions_.is_known_person(k - 1) || (!tokens_.capitalized(k - 1) && !tokens_.title(k - 1));
    // (Nor a place and a person's name after it: "le président du groupe centriste au Sénat Agnès Roux".)
    constexpr std::size_t kPlaceAndName = 3;
    const bool place_and_name = speaker.last - k - 1 >= kPlaceAndName && mentions_.is_known_person(speaker.last - 1);
    if (outlet && after_speaker && tokens_.capitalized(speaker.last - 1) && !place_and_name) return {speaker.first, k};
  }
  const WordSet& articles = WordSet::shared("addressee_articles", words_.language);
  const WordSet& datives = WordSet::shared("dative_articles", words_.language);
  if (articles.empty() || speaker.size() < 2) return speaker;
  // (The outlet in marks may stand past the mention: "der 35-Jährige der „Zeit“".)
  for (std::size_t k = speaker.first + 1; k < speaker.last && k + 1 < tokens_.size(); ++k) {
    const bool dative = datives.contains_folded(tokens_.folded(k));
    if (!(dative || articles.contains_folded(tokens_.folded(k))) || !tokens_.joined(k) ||
        !(tokens_.joined(k + 1) || follows_quote(k + 1)))
      continue;
    // An article only the dative takes ("dem", data/dative_articles_<lang>.txt) opens no genitive,
    // after a role word too: "sagte die Amtsleiterin dem „Kölner Stadt-Anzeiger“", "sagte der
    // SPD-Politiker den Zeitungen der Funke Mediengruppe".
    if (dative && tokens_.capitalized(k - 1) && !tokens_.in(k - 1, words_.name_particles) &&
        (follows_quote(k + 1) || tokens_.capitalized(k + 1)))
      return {speaker.first, k};
    if (!articles.contains_folded(tokens_.folded(k))) continue;
    // (After a role the article opens its genitive: "der Chefredakteur der „Zeit“".) After a name,
    // which takes no genitive, it opens the outlet: a name known, a word right after the cue with no
    // article ("sagte Merkel der …"), or a noun made of an adjective ("der 35-Jährige der „SZ“").
    // (Nor in a name's particle: "von der Leyen".)
    if (tokens_.title(k - 1) || mentions_.is_source_word(k - 1))
      return told_in_marks(k) ? TokenRange{speaker.first, k} : speaker;
    if (!tokens_.capitalized(k - 1) || tokens_.in(k - 1, words_.name_particles)) return speaker;
    const bool bare_name = k - 1 == speaker.first && !tokens_.in(speaker.first, words_.determiners);
    const bool adjective_noun = k - 1 > speaker.first && tokens_.in(speaker.first, words_.determiners) && tokens_.folded(k - 1).ends_with('e');
    if (!(mentions_.is_known_person(k - 1) || mentions_.is_name_word(k - 1) || bare_name || adjective_noun)) return speaker;
    // (An outlet's short name in capitals: "F", "SZ", "NZZ", "ARD".)
    if (follows_quote(k + 1) || tokens_.capitalized(k + 1) || unicode::count_capitals_of_upper_case_word(tokens_.text(k + 1)) > 0)
      return {speaker.first, k};
    return speaker;
  }
  return speaker;
}

}  // namespace article_lens
