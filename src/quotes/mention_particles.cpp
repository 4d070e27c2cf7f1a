// Family names with particles where nouns are capitalised: "Ursula von der Leyen", "Karl-Theodor
// zu Guttenberg", "Alexander Van der Bellen". German writes the same words as prepositions and
// articles ("Kritik von der Opposition", "sagte Scholz zu Journalisten"), and a word after "der"
// is the noun it governs; so a name runs on over particles only where the shape is a name's: one
// given name, after a title, a cue, an auxiliary or "und" (or opening a clause, before two
// particles), then a family name that has no common noun's ending (data/noble_particles_<lang>.txt,
// common_noun_endings_<lang>.txt).
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/mention_gaps.h"
#include "quotes/mentions.h"
#include "quotes/people.h"

namespace article_lens {
namespace {

constexpr std::size_t kMaxParticles = 3;  // "von und zu"
constexpr std::size_t kMinStem = 3;        // of a word with a common noun's ending ("Leung", "Chung" are names)

bool common_noun(const QuoteLexicon& words, std::string_view folded) {
  return lang_data::ends_with_entry("common_noun_endings", words.language, folded, kMinStem);
}

}  // namespace

std::size_t MentionFinder::noble_particles_at(std::size_t k) const {
  constexpr std::size_t kMaxParticleBytes = 3;  // "von", "der", "zu", "van", "ter": a cheap test first
  if (noble_particles_->empty() || k >= tokens_.size() || tokens_.text(k).size() > kMaxParticleBytes) return 0;
  // (Every particle phrase opens with a particle of its own: "von" of "von der", "von und zu".)
  if (!noble_particles_->contains_folded(tokens_.folded(k)) || !tokens_.joined(k)) return 0;
  std::string phrase;
  std::size_t found = 0;
  for (std::size_t n = 1; n <= kMaxParticles && k + n <= tokens_.size() && tokens_.joined(k + n - 1); ++n) {
    if (n > 1) phrase.push_back(' ');
    phrase.append(tokens_.folded(k + n - 1));
    if (noble_particles_->contains_folded(phrase)) found = n;
  }
  return found;
}

std::size_t MentionFinder::particles_before_family_name(std::size_t k, std::size_t floor) const {
  if (noble_particles_->empty() || !is_known_person(k) || !tokens_.joined(k)) return 0;
  std::string phrase;
  for (std::size_t n = 1; n <= kMaxParticles && k >= floor + n; ++n) {
    if (n > 1 && !tokens_.joined(k - n + 1)) return 0;
    phrase.insert(0, n > 1 ? std::string(tokens_.folded(k - n)) + " " : std::string(tokens_.folded(k - n)));
    if (noble_particles_->contains_folded(phrase)) {
      // (The whole run: "von der", not "der" of it.)
      if (k - n > floor && tokens_.joined(k - n) && noble_particles_->contains_folded(std::string(tokens_.folded(k - n - 1)) + " " + phrase)) continue;
      return n;
    }
  }
  return 0;
}

bool MentionFinder::in_particle_name(std::size_t k) const {
  if (!words_.capitalised_nouns || noble_particles_->empty() || !tokens_.capitalized(k)) return false;
  if (in_particle_name_.size() != tokens_.size()) in_particle_name_.assign(tokens_.size(), -1);
  if (in_particle_name_[k] < 0) in_particle_name_[k] = particle_name_shape(k) ? 1 : 0;
  return in_particle_name_[k] == 1;
}

bool MentionFinder::particle_name_shape(std::size_t k) const {
  constexpr std::size_t kMaxParticleBytes = 3;  // a particle on either side, or no particle name
  const bool short_after = k + 1 < tokens_.size() && tokens_.text(k + 1).size() <= kMaxParticleBytes;
  const bool short_before = k > 0 && tokens_.text(k - 1).size() <= kMaxParticleBytes;
  if (!short_after && !short_before) return false;
  // The given name at `given`, `particles` particles after it, the family name after those.
  auto name_shape = [&](std::size_t given, std::size_t particles) {
    const std::size_t family = given + particles + 1;
    if (family >= tokens_.size() || !tokens_.joined(family) || !tokens_.capitalized(family) || !could_be_name(family) ||
        common_noun(words_, tokens_.folded(family)) || names_a_body(words_, tokens_.folded(family), true) ||
        is_acronym(tokens_.text(family)))
      return false;
    // After an article among the particles, a word in "-e" is the noun it governs: "von der Sonne",
    // "von der Seite" (data/article_noun_endings_<lang>.txt; not "von der Leyen").
    if (tokens_.in(given + particles, words_.determiners) &&
        lang_data::ends_with_entry("article_noun_endings", words_.language, tokens_.folded(family), kMinStem))
      return false;
    if (!tokens_.capitalized(given) || !could_be_name(given) || governed_by_article(given) ||
        common_noun(words_, tokens_.folded(given)))
      return false;
    // What stands before the given name: a title ("EU-Kommissionspräsidentin Ursula"), a cue
    // ("sagte Karl-Theodor"), an auxiliary or "und"; never another name word ("Sabine Müller von
    // der Verbraucherzentrale" is a name and where she works).
    if (given > 0 && tokens_.joined(given) && title_ending_at(given - 1, given >= 4 ? given - 4 : 0)) return true;
    // Opening a clause: before two particles, or before one where the name is followed by its cue,
    // its party in brackets or an apposition that opens with a title: "Beatrix von Storch sagte",
    // "Beatrix von Storch (AfD) sagte", "Konstantin von Notz, Vizechef der Fraktion, sagte"; not
    // "Hilfe von Freunden kam".
    const std::size_t after = family + 1;
    bool cue_after = false;
    if (after < tokens_.size() && tokens_.joined(after) && !tokens_.capitalized(after))
      cue_after = tokens_.in(after, words_.cues) || tokens_.in(after, words_.loaded_cues);
    else if (after < tokens_.size() && tokens_.gap_before(after).find('(') != std::string_view::npos)
      cue_after = is_acronym(tokens_.text(after));
    else if (after < tokens_.size() && mention_gaps::is_comma_gap(tokens_.gap_before(after)))
      cue_after = title_at(after, std::min(tokens_.size(), after + 3)) > 0;
    // (Opening the sentence after an adverb: "Auch Konstantin von Notz äußerte sich".)
    const bool opening = given == 0 || !tokens_.joined(given) ||
                         (tokens_.capitalized(given - 1) && !could_be_name(given - 1) && (given == 1 || !tokens_.joined(given - 1)));
    if (opening) return particles >= 2 || cue_after;
    if (tokens_.capitalized(given - 1)) return false;
    // (A verb or "und" before it, not an adjective: "ihr jeweiliger Abstand von der Sonne".)
    return tokens_.in(given - 1, words_.cues) || tokens_.in(given - 1, words_.loaded_cues) ||
           tokens_.in(given - 1, words_.coordinators) || tokens_.in(given - 1, words_.perfect_auxiliaries);
  };
  if (const std::size_t particles = k + 1 < tokens_.size() ? noble_particles_at(k + 1) : 0; particles && name_shape(k, particles))
    return true;
  for (std::size_t particles = 1; particles <= kMaxParticles && k > particles; ++particles)
    if (noble_particles_at(k - particles) == particles && name_shape(k - particles - 1, particles)) return true;
  return false;
}

}  // namespace article_lens
