// Where a name particle is also the word that joins a person to the body they speak for (Dutch
// "van"), it joins only after a full name: "zegt Jesse Klaver van GroenLinks", "Jan de Vries van LTO
// Nederland" name Klaver and De Vries of a body, while "Ruud van Nistelrooy" and "Anna Maria van
// Dijk" (a second given name, data/given_names_*_<lang>.txt) carry the particle in the name.
#include "quotes/mentions.h"

namespace article_lens {

bool MentionFinder::origin_particle(std::size_t k) const {
  if (k < 2 || k + 1 >= tokens_.size() || tokens_.capitalized(k) || !tokens_.in(k, words_.name_particles) ||
      !words_.origin_links.contains_folded(tokens_.folded(k)) || !tokens_.joined(k) || !tokens_.joined(k - 1) ||
      !tokens_.joined(k + 1))
    return false;
  // The family name before it: no given name, title or particle of its own.
  const std::size_t family = k - 1;
  if (!could_be_name(family) || is_given_name(family) || tokens_.title(family)) return false;
  // Before that a given name, or the family name's own particles after one ("Jan de Vries",
  // "Caroline van der Plas").
  constexpr std::size_t kMaxParticles = 2;
  std::size_t given = k - 2;
  for (std::size_t particles = 0; tokens_.in(given, words_.name_particles) && !tokens_.capitalized(given); ++particles) {
    if (particles == kMaxParticles || given == 0 || !tokens_.joined(given)) return false;
    --given;
  }
  if (!could_be_name(given) || tokens_.title(given)) return false;
  // After it the body's name, its article first or not ("van de FNV", "van GroenLinks").
  const std::size_t body = tokens_.in(k + 1, words_.determiners) && k + 2 < tokens_.size() && tokens_.joined(k + 2) ? k + 2 : k + 1;
  return tokens_.capitalized(body);
}

}  // namespace article_lens
