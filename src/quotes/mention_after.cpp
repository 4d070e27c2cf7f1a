// The mention a cue points to after it: "said Karen Olsen, a teacher", "sagte der Sprecher des
// Ministeriums", "— заявил глава МИД России Сергей Лавров" (mention_before.cpp reads the words
// before a cue).
#include "quotes/mentions.h"

#include <algorithm>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/mention_gaps.h"
#include "quotes/people.h"

namespace article_lens {

using mention_gaps::is_comma_gap;

std::size_t MentionFinder::head_noun_end(std::size_t k, std::size_t limit) const {
  // The noun a name qualifies, and a role or source word right after it ("a Trump campaign aide").
  std::size_t end = k + 1;
  for (std::size_t m = k + 1; m < limit && m <= k + kMaxRoleWords - 1 && tokens_.joined(m) && !tokens_.capitalized(m); ++m)
    if (tokens_.title(m) || is_source_word(m)) end = m + 1;
  return end;
}

std::size_t MentionFinder::person_after_place(std::size_t first, std::size_t at, std::size_t limit, bool role_words) const {
  // A place and a name: "Республике Алтай Геннадий Сумин", "Москве Иван Петров", "Львівській
  // області Максим Козицький" (a place's lower-case noun among its words).
  // Or a committee's subject: "председатель комитета Госдумы по транспорту Евгений Москвичев"
  // (data/topic_links_<lang>.txt; its words in lower case).
  constexpr std::size_t kMinWords = 3, kMaxWordsAfterLink = 6, kMaxLowerCase = 2;
  // (An article may open the place: "le président du groupe LR à l'Assemblée Jean Dupont", "la
  // portavoz del PP en el Senado Alicia García".)
  const std::size_t place =
      at + 1 + (at + 2 < limit && (tokens_.elided(at + 1) || (tokens_.in(at + 1, words_.determiners) && tokens_.joined(at + 2))) ? 1 : 0);
  const bool topic = WordSet::shared("topic_links", words_.language).contains_folded(tokens_.folded(at));
  if (!known_person_ || place >= limit || !tokens_.joined(at + 1) || (!could_be_name(place) && !topic) ||
      (!topic && !WordSet::shared("place_links", words_.language).contains_folded(tokens_.folded(at))))
    return 0;
  bool role = role_words;
  for (std::size_t k = first; k < at && !role; ++k) role = tokens_.title(k);
  if (!role) return 0;
  std::size_t end = place;
  for (std::size_t lower = 0; end < limit && end - at <= kMaxWordsAfterLink && tokens_.joined(end); ++end) {
    if (could_be_name(end)) continue;
    if (tokens_.capitalized(end) || tokens_.in(end, words_.mention_stops) || tokens_.in(end, words_.cues) || ++lower > kMaxLowerCase)
      break;
  }
  while (end > place && !could_be_name(end - 1)) --end;
  if (end - place < kMinWords || end - at > kMaxWordsAfterLink || !could_be_name(end - 2) || !known_person_(end - 1)) return 0;
  return end;
}

TokenRange MentionFinder::after(std::size_t first, std::size_t limit) const {
  if (first >= limit || first >= tokens_.size()) return {};
  // A family name after its particles, the person named before in full: "sagte zu Guttenberg",
  // where "zu" would be a preposition (mention_particles.cpp).
  if (const std::size_t particles = tokens_.capitalized(first) ? 0 : noble_particles_at(first);
      particles && first + particles < limit && is_known_person(first + particles))
    return {first, first + particles + 1};
  if (const std::size_t end = extended_attribute_end(first, limit)) return {first, end};  // "eine mit den Plänen vertraute Person"
  if (tokens_.in(first, words_.mention_stops) || tokens_.in(first, words_.complementizers)) return {};
  // ("ihr Sprecher Ole Jansen": a pronoun that is also a possessive opens a description before a noun.)
  const bool possessive = words_.capitalised_nouns && tokens_.in(first, words_.possessives) && first + 1 < limit &&
                          tokens_.joined(first + 1) && tokens_.capitalized(first + 1);
  if ((is_pronoun(first) && !possessive) || is_demonstrative_alone(first)) return {first, first + 1};
  // A participle opening its sentence is no name ("Boasting 108,000 residents, the town ...",
  // "Reprising one of her lines, the former secretary said").
  if (tokens_.capitalized(first) && words_.is_participle(tokens_.folded(first)) && !(known_person_ && known_person_(first))) {
    const long sentence = tokens_.document().sentence_at(tokens_.span(first).begin);
    if (sentence >= 0 && tokens_.document().sentences[static_cast<std::size_t>(sentence)].span.begin == tokens_.span(first).begin)
      return {};
  }
  if (!is_starter(first) && !could_be_name(first) && title_at(first, limit) < 2) {  // (a title of words: "master of ceremonies")
    // Lower-case role words the title list does not know, before a name: "insisted baker Tomas
    // Reyes", "said longtime resident Ann Lee".
    std::size_t name = first;
    while (name < limit && name - first < kMaxRoleWords && tokens_.joined(name + 1) && !tokens_.capitalized(name) &&
           (!tokens_.in(name, words_.mention_stops) || joins_roles(name, limit)) && !tokens_.in(name, words_.complementizers) &&
           !tokens_.in(name, words_.topic_prepositions) &&
           !(words_.origin_links.contains_folded(tokens_.folded(name)) && !words_.capitalised_nouns) &&  // "from New Hampshire"
           !tokens_.in(name, words_.cues) && !tokens_.in(name, words_.loaded_cues))
      ++name;
    // "подтвердил заведующий лабораторией в Институте леса Петр Цветков": the role's place, then the name.
    if (name > first && name < limit && tokens_.in(name, words_.mention_stops))
      if (const std::size_t named_end = person_after_place(first, name, limit, true)) return {first, named_end};
    // A headline's role with its adjectives, closing the clause: "'We will not back down,' says
    // defiant mayor".
    // (Where nouns take no article, a group too after its adjectives: "По словам местных жителей, ...";
    // not "в этом случае власти": data/adjective_endings_<lang>.txt.)
    bool adjectives = words_.names_after_nouns && tokens_.in(name, words_.group_nouns);
    for (std::size_t k = first; k < name && adjectives; ++k)
      adjectives = lang_data::ends_with_entry("adjective_endings", words_.language, tokens_.folded(k), 3);
    const bool role = tokens_.title(name) || adjectives;
    if (name > first && name < limit && !tokens_.capitalized(name) && role && (name + 1 >= limit || !tokens_.joined(name + 1)))
      return {first, name + 1};
    // (With no comma after it too, before a lower-case word that is no title: "Według okolicznych
    // mieszkańców prąd wyłączono", "По словам местных жителей пожар начался"; the source's reader
    // decides where the clause opens, as after the group alone.)
    if (words_.names_after_nouns) {
      std::size_t group = first;
      while (group < name && lang_data::ends_with_entry("adjective_endings", words_.language, tokens_.folded(group), 3)) ++group;
      if (group > first && group < name && tokens_.in(group, words_.group_nouns) && !tokens_.capitalized(group + 1) &&
          !tokens_.title(group + 1) && !tokens_.in(group + 1, words_.group_nouns))
        if (const TokenRange grouped = after(group, limit); grouped.first == group) return {first, grouped.last};
    }
    // So does one before where it sits, where nouns take no article: "говорит наш собеседник из
    // Администрации президента", "przekonuje nasz rozmówca z Kancelarii Prezydenta".
    if (words_.names_after_nouns && name > first && name < limit && tokens_.in(name, words_.mention_stops) &&
        !tokens_.capitalized(name - 1) && (tokens_.title(name - 1) || tokens_.in(name - 1, words_.anonymous_sources)))
      return {first, name};
    // (Or before a capitalised title and its name: "said lead researcher Prof Ann Lee".)
    if (name == first || name >= limit || !(could_be_name(name) || (!words_.capitalised_nouns && tokens_.capitalized(name) && tokens_.title(name)))) return {};
    const TokenRange named = after(name, limit);
    if (named.empty()) return {};
    return {first, named.last};
  }
  // The run of words the mention may take, then its end: after the last name word when there is
  // one ("said Clinton's top foreign policy aide Jake Sullivan on Monday"), else the whole run
  // ("said a spokesman for the company").
  std::size_t run_end = first + 1;
  std::size_t place_link = 0;  // "в" in "член штаба ОНФ в Республике Алтай Геннадий Сумин"
  while (run_end < limit && run_end - first < kMaxWords && tokens_.joined(run_end, true)) {
    // "il ministro all'uscita dal vertice", "el ministro al término de la reunión": a link that opens
    // an occasion ends the mention before it (data/occasion_nouns_<lang>.txt).
    if (!occasion_nouns_->empty() && !tokens_.capitalized(run_end) && occasion_nouns_->contains_folded(tokens_.folded(run_end))) {
      std::size_t cut = run_end;
      while (cut > first + 1 && !tokens_.capitalized(cut - 1) &&
             (tokens_.in(cut - 1, words_.mention_links) || tokens_.in(cut - 1, words_.determiners) || tokens_.in(cut - 1, words_.mention_stops)))
        --cut;
      if (cut < run_end) {
        run_end = cut;
        break;
      }
    }
    // (Not at a link that a stop word ends or is: "a source familiar with the talks", "an adviser to Trump".)
    // (A stop that is a link on its own, German "für", still stops: only a phrase or a role's link goes on.)
    // (Nor at a stop that opens a link of several words: "une source au sein de la préfecture".)
    const bool link = tokens_.phrase_ending_at(words_.mention_links, run_end, first) > 1 || role_link(run_end) ||
                      tokens_.phrase_at(words_.mention_links, run_end, limit) > 1;
    if (tokens_.in(run_end, words_.mention_stops) && !link && !joins_roles(run_end, limit) && !joins_body_topics(run_end, first) &&
        !body_name_link(run_end, first)) {
      if (const std::size_t named_end = person_after_place(first, run_end, limit)) place_link = run_end, run_end = named_end;
      break;
    }
    if (tokens_.in(run_end, words_.complementizers) ||
        (tokens_.in(run_end, words_.finite_verbs) && (words_.capitalised_nouns || !tokens_.capitalized(run_end))) || is_pronoun(run_end) ||  // ("de São Paulo")
        (tokens_.in(run_end, words_.cues) && !tokens_.capitalized(run_end) && !(run_end == first + 1 && is_description_start(first) && !words_.is_participle(tokens_.folded(run_end))) &&  // ("el acusado")
         !(cue_in_description(run_end) && (run_end + 2 >= limit || !tokens_.joined(run_end + 2, true) || tokens_.in(run_end + 2, words_.mention_stops)))))  // ("said the 24-time grand slam champion.")
      break;
    ++run_end;
  }
  // A name the word limit cuts goes on to its end ("the former top aide to President George W. Bush").
  const bool cut_by_limit = run_end - first == kMaxWords;
  for (std::size_t extra = 0; cut_by_limit && extra < kMaxNameOverrun && run_end < limit &&
                              tokens_.joined(run_end, true) && could_be_name(run_end - 1) && could_be_name(run_end);
       ++extra)
    ++run_end;
  // Whether the run closes where it ends, and not on a word that goes on with the sentence ("a
  // German user from Hanover going by the handle ...").
  const bool run_closes = run_end >= limit || !tokens_.joined(run_end) || tokens_.in(run_end, words_.cues) ||
                          is_relative_pronoun(run_end);
  std::size_t end = first + 1;
  bool named = could_be_name(first);
  // A description (a determiner, no title among its capitalised words) may hold names that
  // qualify its noun: "a Democratic strategist", not "the Arkansas Gov. Mike Huckabee".
  // (Where every noun is capitalised, the capitalised word is the noun: "der Randalierer".)
  bool description = is_description_start(first) && !words_.capitalised_nouns;
  // A particle inside a name ("Ursula von der Leyen"), not a determiner after one ("der
  // Randalierer den Fluggast").
  auto particle = [&](std::size_t k) {
    if (k + 1 >= run_end) return false;
    // Where every noun is capitalised, a description goes on over a link to the noun it qualifies
    // ("der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise"), up to its apposition.
    if (words_.capitalised_nouns && is_description_start(first) && tokens_.in(k, words_.mention_links) && could_be_name(k + 1))
      return true;
    if (!tokens_.in(k, words_.name_particles)) return false;
    const bool before_name = could_be_name(k + 1) ||
                             (tokens_.in(k + 1, words_.name_particles) && k + 2 < run_end && could_be_name(k + 2));
    // A linking determiner goes on to the noun it qualifies: "die Geschäftsführerin der Organisation, Manuela Roßbach".
    // Where only names are capitalised, an article between two names is a particle ("Hugo de Jonge").
    return before_name && (!is_description_start(k) || tokens_.in(k - 1, words_.name_particles) || tokens_.in(k, words_.mention_links) ||
                           (!words_.capitalised_nouns && could_be_name(k - 1) &&
                            (could_be_name(k + 1) || tokens_.in(k + 1, words_.name_particles))));
  };
  // A number inside a club's or firm's name goes on to the name word after it ("der Sportchef von
  // Bayer 04 Leverkusen", "Hannover 96"), not one that ends the name ("Merkel 2005").
  auto number_in_name = [&](std::size_t k) {
    if (!named || k + 1 >= run_end || !tokens_.joined(k + 1) || !could_be_name(k + 1)) return false;
    const std::string_view word = tokens_.text(k);
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  bool titled = tokens_.title(first);  // a title before the first name: "el alcalde Tomás Gil"
  bool counted_after = false;  // a description ended by the number its object opens with
  for (std::size_t k = first + 1; k < run_end; ++k) {
    if (!named && tokens_.title(k)) titled = true;
    // (Where nouns are capitalised, a number after the noun counts the next noun, the object's:
    // "forderte die Oberstaatsanwältin acht Jahre Haft".)
    if (!named && k + 1 < run_end && tokens_.capitalized(k - 1) && !tokens_.capitalized(k) && counted_noun(k + 1)) {
      end = k;
      counted_after = true;
      break;
    }
    if (k == place_link) {
      end = run_end;
      break;
    }
    if (could_be_name(k)) {
      end = k + 1;
      named = true;
    } else if (k + 1 < run_end && joins_body_topics(k, first)) {
      end = ++k + 1;  // "das Bundesamt für Migration und Flüchtlinge"
    } else if (const std::size_t body_link = body_name_link(k, first); body_link && k + body_link < run_end) {
      k += body_link;
      end = k + 1;  // "het Centraal Bureau voor de Statistiek"
    } else if (number_in_name(k)) {
      continue;
    } else if (tokens_.title(k) && tokens_.capitalized(k)) {
      description = false;
    } else if (named && description && tokens_.title(k) && !tokens_.capitalized(k)) {
      end = k + 1;  // "a senior Cruz adviser", "the Trump campaign adviser Kellyanne Conway"
    } else if (named && !tokens_.title(k) && !tokens_.capitalized(k) && !particle(k)) {
      // "said Karen Olsen yesterday" ends at the name; "Democratic front-runner Hillary Clinton"
      // and "Republican party boss Reince Priebus" go on to the name after their role words.
      // A body's name runs on over its link to a name: "said the Bank of England", "the Telecom
      // Regulatory Authority of India", "the British Chambers of Commerce" (a person takes no "the").
      if (end == k && k + 1 < run_end && could_be_name(first + (is_description_start(first) ? 1 : 0)) &&
          words_.origin_links.contains_folded(tokens_.folded(k)) && tokens_.joined(k + 1) && could_be_name(k + 1) &&
          (names_a_body(words_, tokens_.folded(k - 1), false) || (is_description_start(first) && !tokens_.title(k - 1))))
        continue;
      // (Over two roles joined by "and", a capitalised title too: "Acme founder and CEO Jordan Blake".)
      std::size_t next = k, joined_roles = 0;
      while (next < run_end && next - k < kMaxRoleWords + joined_roles && !could_be_name(next) &&
             (!tokens_.capitalized(next) || (joined_roles && tokens_.title(next)))) {
        if (joins_roles(next, run_end)) joined_roles = 2;
        ++next;
      }
      // (Not nouns a number counts: "die Staatsanwältin sechs Jahre Haft".)
      if (next < run_end && next - k < kMaxRoleWords + joined_roles && could_be_name(next) && next + 1 < run_end &&
          tokens_.joined(next + 1) && could_be_name(next + 1) && !counted_noun(next)) {
        k = next - 1;
        continue;
      }
      // A name after its title closes the mention: in "El alcalde Tomás Gil visitó la zona" the
      // words after the name are the predicate, no noun the name qualifies. (Not before the place
      // or body the person is of: "Representative Peter T. King of New York".)
      if (titled && !tokens_.possessive(end - 1) && !words_.capitalised_nouns && !words_.names_after_nouns &&
          !words_.origin_links.contains_folded(tokens_.folded(k))) {
        end = std::max(end, body_adjectives_end(first, end, k, run_end, limit));  // "della Protezione civile, X"
        break;
      }
      // Names that qualify a noun after them: a possessive ("Clinton’s campaign", on to a name
      // after its role words: "Clinton’s top foreign policy aide Jake Sullivan"), or names after a
      // determiner ("a Democratic strategist", "a senior Cruz adviser", "the Clinton campaign").
      const bool possessive = tokens_.possessive(end - 1);
      if (!possessive && !description) {
        // Names that qualify a group or role noun a few lower-case words on: "White House officials",
        // "Nuclear proliferation experts", "Federal labor organizations". (Not a person's name
        // where names follow the nouns they qualify: in "Według prezesa PiS Jarosława Kaczyńskiego
        // rząd …" the noun after the name opens the clause; "пресс-служба Российского
        // антидопингового агентства" goes on.)
        if (words_.names_after_nouns && is_known_person(k - 1)) break;
        std::size_t head = k;
        while (head < run_end && head - k < kMaxRoleWords && !tokens_.capitalized(head) && !tokens_.title(head) &&
               !is_source_word(head))
          ++head;
        if (head < run_end && head - k < kMaxRoleWords && !tokens_.capitalized(head) && (tokens_.title(head) || is_source_word(head)))
          end = head + 1;
        break;
      }
      if (possessive) {
        next = k;
        while (next < run_end && !tokens_.capitalized(next)) ++next;
        if (next < run_end && could_be_name(next)) {
          k = next - 1;
          continue;
        }
      }
      end = head_noun_end(k, run_end);
      // A compound noun after the names, to a run that closes: "said the printed Cruz slate card."
      if (description && run_closes && run_end > end && run_end - end < kMaxRoleWords) {
        bool nouns = true;
        for (std::size_t m = end; m < run_end && nouns; ++m)
          nouns = !tokens_.capitalized(m) && !words_.is_participle(tokens_.folded(m)) && !tokens_.in(m, words_.mention_links);
        if (nouns) end = run_end;
      }
      break;
    }
  }
  if (!named && !counted_after) end = run_end;
  // A description the word limit cuts ends on its last noun, not on a link ("une source au sein de
  // la préfecture de la Gironde" -> "... de la préfecture").
  while (!named && end > first + 1 && (tokens_.in(end - 1, words_.mention_links) || is_description_start(end - 1)))
    --end;
  // A description qualified by a name goes on over a link after its noun to the run's end ("said
  // one Democrat familiar with the discussion", "a Trump adviser close to the family").
  if (named && run_closes && !could_be_name(first) && end < run_end && !could_be_name(end - 1) &&
      (tokens_.phrase_at(words_.mention_links, end, run_end) || tokens_.phrase_at(words_.mention_links, end - 1, run_end) > 1 ||
       role_link(end)))
    end = run_end;
  // Where nouns are capitalised, a description ends with its noun: the lower-case words after it
  // belong to the predicate ("der Bundestrainer zufrieden:").
  if (!named && words_.capitalised_nouns)
    while (end > first + 1 && !tokens_.capitalized(end - 1)) --end;
  // A determiner alone names nobody ("what he calls the “lie”").
  if (end == first + 1 && (is_description_start(first) || tokens_.in(first, words_.title_modifiers))) return {};
  // A name in apposition after a description: "el presidente del Gobierno, Pedro Sánchez", also
  // one that a possessive opens ("Labour's shadow energy secretary, Ed Miliband").
  const bool described = !could_be_name(first) || (tokens_.possessive(first) && end > first + 1 && !could_be_name(end - 1));
  // (Particles may stand inside it: "Bruno Le Maire", "Ursula von der Leyen", "Lula da Silva".)
  auto name_word_at = [&](std::size_t k) {
    const bool inside = tokens_.in(k, words_.name_particles) && k + 1 < limit && tokens_.joined(k + 1) &&
                        (tokens_.capitalized(k) || (k > end && !words_.capitalised_nouns));  // (German "das Pontifikat")
    return could_be_name(k) ||
           (inside && (could_be_name(k + 1) || (k + 2 < limit && tokens_.in(k + 1, words_.name_particles) && could_be_name(k + 2))));
  };
  // (Over a bracket with the body's short name: "der Deutschen Lufthansa (DLH), Carsten Spohr".)
  std::size_t apposition = end;
  if (described && end + 1 < limit && tokens_.gap_before(end).find('(') != std::string_view::npos &&
      tokens_.gap_before(end).find(',') == std::string_view::npos && tokens_.capitalized(end)) {
    const std::string_view closing = tokens_.gap_before(end + 1);
    // (A person the text names: not a list of parties, "Liberaldemokraten (PLDM), Demokratischer Partei (PDM)".)
    if (closing.size() > 1 && closing[0] == ')' && is_comma_gap(closing.substr(1)) && end + 2 < limit && is_known_person(end + 2) &&
        !names_a_body(words_, tokens_.folded(end + 2), true))
      apposition = end + 1;
  }
  // (After a title of its own: "Her colleague, Dr. Raj Patel".)
  const std::size_t name_at =
      apposition + (apposition + 1 < limit && tokens_.capitalized(apposition) && tokens_.title(apposition) && tokens_.joined(apposition + 1) ? 1 : 0);
  if (described && apposition < limit && (apposition > end || is_comma_gap(tokens_.gap_before(end))) && could_be_name(name_at) &&
      name_at + 1 < limit && tokens_.joined(name_at + 1) && name_word_at(name_at + 1)) {
    std::size_t name_end = name_at + 2;
    while (name_end < limit && name_end - apposition < kMaxAppositionName && tokens_.joined(name_end) && name_word_at(name_end)) ++name_end;
    end = name_end;
  } else if (words_.capitalised_nouns && is_description_start(first) && end < limit && tokens_.joined(end) && is_preposition(end)) {
    // Where the description's place or body comes first: "die Sprecherin der Fraktion im
    // Bundestag, Anna Weiß" (the apposition needs a full name: two name words).
    constexpr std::size_t kMaxPlaceWords = 4;
    std::size_t k = end + 1;
    while (k < limit && k - end <= kMaxPlaceWords && tokens_.joined(k) && !tokens_.in(k, words_.cues) &&
           !tokens_.in(k, words_.complementizers) && !tokens_.in(k, words_.finite_verbs))
      ++k;
    // (Over the body's short name in brackets: "des Bundesamts für Sicherheit in der
    // Informationstechnik (BSI), Tim Griese".)
    const std::size_t before_name = k;
    if (k + 2 < limit && k > end + 1 && tokens_.gap_before(k) == " (" && tokens_.gap_before(k + 1).starts_with(')') &&
        is_comma_gap(tokens_.gap_before(k + 1).substr(1)) && is_acronym(tokens_.text(k)))
      ++k;
    if (k > end + 1 && k + 1 < limit && (k == before_name ? is_comma_gap(tokens_.gap_before(k)) : true) && could_be_name(k) &&
        tokens_.joined(k + 1) && could_be_name(k + 1) && tokens_.capitalized(k - 1)) {
      std::size_t name_end = k + 2;
      while (name_end < limit && name_end - k < 4 && tokens_.joined(name_end) && could_be_name(name_end)) ++name_end;
      end = name_end;
    }
  }
  return {first, end};
}

TokenRange MentionFinder::before_own_verb(TokenRange mention) const {
  if (!words_.capitalised_nouns || mention.size() < 3 || !is_description_start(mention.first)) return mention;
  for (std::size_t k = mention.first + 2; k < mention.last; ++k) {
    if (is_known_person(k - 1)) return mention;  // a name in it: "der Trainer Jürgen Klopp"
    if (tokens_.capitalized(k) || !tokens_.capitalized(k - 1)) continue;
    if (tokens_.in(k, words_.determiners) || tokens_.in(k, words_.mention_links) || tokens_.in(k, words_.name_particles) ||
        tokens_.in(k, words_.coordinators) || tokens_.title(k) || is_preposition(k) || words_.origin_links.contains_folded(tokens_.folded(k)))
      return mention;
    return {mention.first, k};
  }
  return mention;
}

}  // namespace article_lens
