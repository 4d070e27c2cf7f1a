// Mentions that end before a cue: "Sergei Lavrov, the foreign minister, said", "Sen. Ron
// Johnson (R-Wis.) said", "a spokesman for the company said". This file decides where the mention
// ends and which run before the cue it is (commas, appositions, fillers, brackets);
// mention_run_before.cpp reads the run itself, mentions.cpp the rest.
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/mention_gaps.h"
#include "quotes/mentions.h"
#include "quotes/name_case.h"
#include "quotes/people.h"

namespace article_lens {

using mention_gaps::is_comma_gap;
using mention_gaps::without_leading_marks;
using mention_gaps::within_clause;

std::size_t MentionFinder::bracket_before(std::size_t end, std::size_t floor) const {
  std::string_view gap = tokens_.gap_before(end);
  while (!gap.empty() && (gap.back() == ' ' || gap.back() == ',')) gap.remove_suffix(1);
  if (gap.empty() || gap.back() != ')') return end;
  for (std::size_t k = end; k-- > floor + 1 && end - k <= kMaxBracketWords;) {
    const std::string_view before = tokens_.gap_before(k);
    if (before.find(')') != std::string_view::npos && k + 1 < end) return end;  // another bracket
    if (before.find('(') != std::string_view::npos) return before.find_first_not_of(" (") == std::string_view::npos ? k : end;
  }
  return end;
}

TokenRange MentionFinder::nearest_before(std::size_t cue, std::size_t floor) const {
  std::size_t end = cue;
  // An elided word right before the cue is its object pronoun, no article: "Le ministre l'a martelé".
  if (end > floor + 1 && tokens_.elided(end - 1) && !tokens_.capitalized(end - 1) && tokens_.joined(end - 1)) --end;
  // So is an object pronoun written apart: "El PP los calificó de …", "Il Pd lo ha definito"
  // (data/object_clitics_<lang>.txt; an article never stands right before a verb), also after an
  // apposition's comma: "La vicepresidenta, Yolanda Díaz, lo calificó de …".
  else if (end > floor + 1 && !tokens_.capitalized(end - 1) && tokens_.joined(end) &&
           (tokens_.joined(end - 1) || tokens_.gap_before(end - 1).find(',') != std::string_view::npos) &&
           words_.object_clitics.contains_folded(tokens_.folded(end - 1)))
    --end;
  for (int skipped = 0; skipped < 3 && end > floor + 1 && tokens_.joined(end) && !tokens_.capitalized(end - 1); ++skipped) {
    // One word ("also", "hat") or a phrase of them ("de son côté", "pour sa part").
    const std::size_t filler = tokens_.phrase_ending_at(words_.fillers, end - 1, floor + 1);
    if (!filler) break;
    end -= filler;
  }
  // A day between the speaker and the cue, with its preposition ("Obama on Tuesday said").
  if (end > floor + 1 && tokens_.joined(end) && words_.time_words.contains_folded(tokens_.folded(end - 1))) {
    std::size_t day = end - 1;
    // "during a Sunday": over its determiner to the preposition.
    if (day > floor + 2 && tokens_.joined(day) && tokens_.joined(day - 1) && is_description_start(day - 1) &&
        is_preposition(day - 2))
      --day;
    if (day > floor + 1 && tokens_.joined(day) && !tokens_.capitalized(day - 1) && is_preposition(day - 1)) --day;
    // (Not a day the participle of a description takes: "A statement released Friday said".)
    const bool participle_day = day > floor + 1 && tokens_.joined(day) && is_past_tense(day - 1);
    if (day > floor && !participle_day) end = day;
    // And a filler before the day: "Der Arzt hat gestern erklärt".
    while (end > floor + 1 && tokens_.joined(end) && !tokens_.capitalized(end - 1) &&
           tokens_.phrase_ending_at(words_.fillers, end - 1, floor + 1) == 1)
      --end;
  }
  if (end <= floor) return {};
  if (const TokenRange source = tokens_.joined(end, true) ? source_with_place(end, floor) : TokenRange{}; !source.empty())
    return source;  // "Источник в правительстве сообщил"
  // The occasion between the speaker and the cue: "Анатолий Орлов в беседе с журналистами заявил",
  // "Adam Nowak podczas konferencji powiedział", "Іван Лис в інтерв'ю РБК заявив" (not the outlet
  // or the person the occasion names). Only where news sets such a phrase there (quote_style
  // "names-after-nouns"); the subject is joined to the phrase, with no comma between.
  // (Not when a person's full name stands right before the cue, after no preposition: "председатель
  // комитета Госдумы по транспорту Евгений Москвичев заявил" is no occasion; "в беседе с Иваном
  // Петровым заявил" is.)
  const bool named_subject = end >= 3 && tokens_.capitalized(end - 1) && is_known_person(end - 1) && tokens_.joined(end - 1) &&
                             is_known_person(end - 2) && tokens_.joined(end - 2) && !is_preposition(end - 3);
  if (words_.names_after_nouns && tokens_.joined(end, true) && !named_subject) {
    constexpr std::size_t kMaxOccasionWords = 6;
    // (The subject ends in a name, a title or is a pronoun: "фондом по назначению врача согласно"
    // has none; a conjunction ends the scan: "он озвучил на сессии и заверил".)
    // (One word opening the sentence is a subject only as a title or a known person: "Судья в
    // приговоре подчеркнула", not "Не так давно глава ВОЗ предупредил".)
    for (std::size_t p = end - 1; p > floor && end - p <= kMaxOccasionWords && tokens_.joined(p + 1, true); --p) {
      // (Unless "and" joins two places or names inside the phrase: "В ГУ МВД по Петербургу и
      // Ленобласти сообщили", "в беседе с Иваном Петровым и Анной Смирновой заявил".)
      const bool joins_names = tokens_.in(p, words_.coordinators) && !tokens_.capitalized(p) && tokens_.capitalized(p - 1) &&
                               tokens_.capitalized(p + 1) && tokens_.joined(p);
      if ((tokens_.in(p, words_.clause_conjunctions) || tokens_.in(p, words_.coordinators)) && !joins_names) break;
      if (!is_preposition(p) || tokens_.capitalized(p) || !tokens_.joined(p)) continue;
      if (p == floor + 1 && !tokens_.title(floor) && !is_known_person(floor)) continue;
      const TokenRange subject = plain_before(p, floor);
      if (subject.empty() || subject.last != p || !is_person_like(subject)) continue;
      // (Or a title heads it, with whose it is after: "Сотрудник мэрии в разговоре с журналистами".)
      const bool ends_in_someone = (tokens_.capitalized(p - 1) && is_name_word(p - 1)) || tokens_.title(p - 1) ||
                                   (subject.size() == 1 && is_pronoun(p - 1)) ||
                                   (subject.size() <= 3 && subject.first == floor && tokens_.title(subject.first));
      if (ends_in_someone) return joined_names_before(subject, floor);
    }
  }
  // "La direction, elle, affirme": a stressed pronoun between commas takes up the subject that
  // opens the clause before it (data/dislocation_pronouns_<lang>.txt).
  if (const std::size_t pronoun = end - 1; pronoun > floor + 1 && is_comma_gap(tokens_.gap_before(pronoun)) &&
                                           is_comma_gap(tokens_.gap_before(end)) &&
                                           WordSet::shared("dislocation_pronouns", words_.language).contains_folded(tokens_.folded(pronoun))) {
    const TokenRange subject = after(floor, pronoun);
    if (!subject.empty() && subject.last == pronoun && (is_person_like(subject) || is_description_start(subject.first))) return subject;
  }
  if (const TokenRange subject = subject_before_incise(end, floor); !subject.empty()) return subject;  // "X, de son côté, a affirmé"
  if (tokens_.joined(end, true)) {  // he 'said'
    TokenRange plain = body_before_name(joined_names_before(plain_before(end, floor), floor), floor);
    // "В военном ведомстве заявили": a body's adjectives after its preposition belong to it, where
    // they agree with it (data/adjective_nominatives_<lang>.txt).
    if (words_.names_after_nouns && plain.size() <= 3 && !plain.empty() && !tokens_.capitalized(plain.first)) {
      std::size_t adjective = plain.first;
      while (adjective > floor + 1 && plain.first - adjective < 2 && tokens_.joined(adjective) && !tokens_.capitalized(adjective - 1) &&
             !is_preposition(adjective - 1) && !tokens_.in(adjective - 1, words_.cues))
        --adjective;
      if (adjective < plain.first && tokens_.joined(adjective) && is_preposition(adjective - 1)) {
        const Span words{tokens_.span(adjective).begin, tokens_.span(plain.last - 1).end};
        if (!nominative_body(tokens_.document().slice(words), words_.language).empty()) plain.first = adjective;
      }
    }
    // "В интервью РБК министр Антон Силуанов заявил", "W rozmowie z Gazetą Wyborczą minister …": the
    // outlet the phrase before names is no part of the speaker, who starts at the title.
    if (words_.names_after_nouns && !plain.empty() && plain.first > floor && !tokens_.capitalized(plain.first - 1) &&
        tokens_.joined(plain.first, true)) {
      std::size_t title = plain.first;
      while (title < plain.last && title - plain.first < 3 && tokens_.capitalized(title) && !title_at(title, plain.last)) ++title;
      if (title > plain.first && title < plain.last && title_at(title, plain.last)) plain.first = title;
    }
    // "В пресс-службе Минтранса ТАСС сообщили": the outlet told stands before the cue; the words
    // before it speak (data/told_outlets_<lang>.txt).
    if (words_.names_after_nouns && !plain.empty() && plain.last == end) {
      const WordSet& outlets = WordSet::shared("told_outlets", words_.language);
      std::size_t cut = outlets.contains_folded(tokens_.folded(end - 1)) ? 1 : 0;
      if (!cut && plain.size() >= 3 && tokens_.joined(end - 1) &&
          outlets.contains_folded(std::string(tokens_.folded(end - 2)) + " " + std::string(tokens_.folded(end - 1))))
        cut = 2;
      if (cut && plain.size() > cut) return {plain.first, plain.last - cut};
      // The outlet alone, after a body the sentence opens with and a plural cue that takes it
      // ("В пресс-службе компании «Северный ветер» ТАСС сообщили"; data/body_cues_<lang>.txt).
      if (cut && plain.first > floor + 1 && tokens_.joined(floor + 1) &&
          words_.body_cues.contains_folded(std::string(tokens_.folded(cue)) + " " + std::string(tokens_.folded(floor)))) {
        // (The whole phrase up to the outlet, a name in marks included.)
        constexpr std::size_t kMaxBodyWords = 6;
        bool joined = plain.first - floor - 1 <= kMaxBodyWords;
        for (std::size_t k = floor + 2; k <= plain.first && joined; ++k) joined = tokens_.joined(k, true);
        const TokenRange body = after(floor + 1, plain.first);
        if (joined && !body.empty() && body.first == floor + 1) return {floor + 1, plain.first};
      }
    }
    // "Another source speaking to Fox News said": the listener is the object of a verb inside the
    // subject; the words before that verb speak. (The listener may be a bare noun the search takes
    // for no mention: "Fontes do Itamaraty ouvidas pela reportagem afirmaram".)
    std::size_t listener = plain.empty() ? end : plain.first;
    for (std::size_t k = end - 1; plain.empty() && k > floor + 1 && end - k <= 2 && tokens_.joined(k); --k)
      if (addressee_phrase_ending_at(k - 1, floor)) listener = k;
    if (listener < end && listener > floor + 1 && tokens_.joined(listener)) {
      const std::size_t verb = addressee_phrase_ending_at(listener - 1, floor);
      if (verb && listener - verb > floor && tokens_.joined(listener - verb)) {
        const TokenRange subject = plain_before(listener - verb, floor);
        if (!subject.empty() && is_person_like(subject)) return subject;
      }
    }
    // "Marc Ostwald, a strategist at Monument Securities told Reuters": an apposition whose closing
    // comma was left out describes the name that opens the clause before it, who speaks. (Not where
    // every noun is capitalised: German sets its commas by rule, and there the change cost speaker
    // accuracy on WikiNews, 0.7124 -> 0.7101.)
    if (!words_.capitalised_nouns && !plain.empty() && plain.first > floor + 1 && tokens_.in(plain.first, words_.indefinites) &&
        is_comma_gap(tokens_.gap_before(plain.first)))
      if (const TokenRange named = name_before(plain.first, floor);
          !named.empty() && named.first == floor && named.last == plain.first && is_name_word(named.last - 1))
        return named;
    return plain;
  }
  // A party or place in brackets after the name: "Sen. Ron Johnson (R-Wis.) said",
  // "Ministerin Gitta Trauernicht (SPD) sagte".
  if (const std::size_t open = bracket_before(end, floor); open != end) {
    const TokenRange named = plain_before(open, floor);
    if (!named.empty() && (is_name_word(named.last - 1) || could_be_name(named.last - 1))) return named;
  }
  // (A name in marks may close the apposition: "Олена Шуляк, голова партії «Слуга народу», заявила";
  // where speech in marks never runs into its cue with a bare comma.)
  const std::string_view end_gap = words_.names_after_nouns ? without_leading_marks(tokens_.gap_before(end)) : tokens_.gap_before(end);
  if (!is_comma_gap(end_gap)) return {};
  // The commas before the cue within its clause, nearest first.
  constexpr std::size_t kMaxCommas = 4;
  std::size_t commas[kMaxCommas];
  std::size_t count = 0;
  for (std::size_t k = end - 1; k > floor && end - k <= 2 * kMaxApposition && count < kMaxCommas; --k) {
    const std::string_view gap = tokens_.gap_before(k);
    // A bracket after a name closes before the comma: "Sen. Claire McCaskill (D-Mo.), who ...".
    const std::size_t bracket = gap.find(')') != std::string_view::npos ? bracket_before(k, floor) : k;
    const bool after_bracket = bracket != k && bracket > floor + 1 && is_name_word(bracket - 1) &&
                               is_comma_gap(gap.substr(gap.find(')') + 1));
    // (A name in marks may close an apposition's head: "Источник «Медузы», знакомый с ..., сказал".)
    const bool after_marks = words_.names_after_nouns && is_comma_gap(without_leading_marks(gap));
    if (is_comma_gap(gap) || after_bracket || after_marks) commas[count++] = k;
    else if (!within_clause(gap) && !tokens_.joined(k)) break;  // "Fraktionschefin von Bündnis 90/Die Grünen,"; not "Sen. Ann Lee"
  }
  if (count == 0) return {};
  if (end - commas[0] > kMaxApposition) {
    // One long apposition after the name, opened as one: "Lesley Deutch, a senior vice president in
    // the Boca Raton office of John Burns Real Estate Consulting, said".
    if (count > 1 || !opens_apposition(commas[0]) || opens_predicate(commas[0])) return {};
    const TokenRange head = name_before(commas[0], floor);
    if (head.empty() || (head.first > floor && tokens_.joined(head.first) && is_preposition(head.first - 1))) return {};
    return joined_names_before(head, floor);
  }
  // A predicate between the commas is no apposition ("Petrilli, president of the institute, tied
  // the scores to the law, saying"; "Ryan endorsed him, but only after ..., telling"): the
  // clause's subject speaks, found by the caller.
  // (An adjective or participle that opens the apposition is none: "Источник, близкий к компании,
  // сообщил"; data/apposition_adjective_endings_<lang>.txt.)
  if (opens_predicate(commas[0]) && !opens_with_adjective(commas[0])) return {};
  // A name with its verb after the last comma opens a clause, not an apposition ("Speaking in
  // Salem, New Hampshire, Trump went after Bush, calling him"): the caller finds its subject.
  if (is_name_word(commas[0])) {
    const TokenRange subject = after(commas[0], end);
    if (!subject.empty() && subject.last < end && is_name_word(subject.last - 1) && tokens_.joined(subject.last) &&
        followed_by_verb(subject, end)) {
      // Unless the name is a possessive before its noun ("Jeff Weaver, Sanders’ campaign manager, said").
      const std::string_view rest = tokens_.document().text.substr(tokens_.span(subject.last - 1).end);
      if (!tokens_.possessive(subject.last - 1) && !rest.starts_with("'") && !rest.starts_with("\xE2\x80\x99")) return {};
    }
  }
  // The name before the first apposition that opens as one ("Michael Seaman, who lives outside
  // the state capital, Sacramento, said"; "Dean Johnson, a salesman from Sumter, South Carolina, says").
  // (Not a title of a name that runs to the cue after a description: "The chairman of Fox News,
  // Sir Andrew Green, said" names him after the description, below; nor an age before a name:
  // "Соседка, 72-летняя Анна Смирнова, рассказала".)
  constexpr std::size_t kMaxDescriptionReach = 5;  // "the owner of Linfield Rovers"
  auto titled_name_to_cue = [&](std::size_t k) {
    if (!tokens_.title(k) || is_name_word(k) || !tokens_.capitalized(k) || k + 2 >= end) return false;
    for (std::size_t n = k + 1; n < end; ++n)
      if (!is_name_word(n) || !tokens_.joined(n)) return false;
    for (std::size_t n = k - 1; n > floor && k - n <= kMaxDescriptionReach && (n + 1 == k || tokens_.joined(n + 1)); --n)
      if (!tokens_.capitalized(n) && !tokens_.in(n, words_.mention_links) && !tokens_.in(n, words_.determiners) &&
          !tokens_.in(n, words_.name_particles))
        return !tokens_.in(n, words_.mention_stops) && !tokens_.in(n, words_.cues);
    return false;
  };
  for (std::size_t i = count; i-- > 0;) {
    if (!opens_apposition(commas[i]) || (i == 0 && (titled_name_to_cue(commas[i]) || aged_name_at(commas[i], end)))) continue;
    const TokenRange head = name_before(commas[i], floor);
    // A name after a preposition is an object in an opening phrase ("Asked by CNN, the minister,
    // Bruno Le Maire, said"), not the subject. (So is an outlet told: "En declaraciones a El Mundo,
    // la presidenta madrileña, Isabel Díaz Ayuso, calificó ...".)
    // (A name inside an apposition a lower-case link opens after a name is that name's place:
    // "Prof Naveed Sattar, from the University of Glasgow, who was not involved, said" is Sattar's.)
    if (!head.empty() && i + 1 < count && head.first == commas[i + 1] + 1 && head.first > floor + 1 &&
        !tokens_.capitalized(commas[i + 1]) && tokens_.in(commas[i + 1], words_.mention_links)) {
      const TokenRange named = name_before(commas[i + 1], floor);
      if (!named.empty() && is_name_word(named.last - 1) &&
          !(named.first > floor && tokens_.joined(named.first) && is_preposition(named.first - 1)))
        return joined_names_before(named, floor);
    }
    if (!head.empty() && head.first > floor && tokens_.joined(head.first) &&
        (is_preposition(head.first - 1) || tokens_.in(head.first - 1, words_.addressees)))
      continue;
    if (!head.empty()) return joined_names_before(head, floor);
    // (A description before an age or an aside a participle opens: "The minister, 54, said", "The
    // authors, writing in the BMJ, said".)
    // (Not an age before a name: "A neighbour, 72-year-old Joan Smith, said" is hers, below.)
    const bool aged_name = aged_name_at(commas[i], end);
    if ((tokens_.token(commas[i]).has(unicode::kStartsWithDigit) && !aged_name) ||
        WordSet::shared("parenthetical_participles", words_.language).contains_folded(tokens_.folded(commas[i]))) {
      const TokenRange described = plain_before(commas[i], floor);
      if (!described.empty() && is_description_start(described.first) &&
          !(described.first > floor && tokens_.joined(described.first) && is_preposition(described.first - 1)))
        return described;
    }
  }
  // An apposition or clause between commas ends at the cue ("Cruz, the only candidate to
  // campaign there, told"): prefer the name before it, else the apposition itself when it is a
  // description.
  const std::size_t comma = commas[0];
  TokenRange head = plain_before(comma, floor);
  // "Источник «Медузы», знакомый с ходом проверки, утверждает": the outlet (in marks or not)
  // belongs to the source word before it, which heads the mention.
  if (words_.names_after_nouns && !head.empty() && head.first > floor && tokens_.joined(head.first, true) && is_source_word(head.first - 1) &&
      !is_source_word(head.first))
    head.first -= 1;
  // An unnamed source with where it sits: "Источник в правительстве, знакомый с ситуацией, пояснил".
  if (const TokenRange source = count == 1 && !is_name_word(comma) ? source_with_place(comma, floor) : TokenRange{}; !source.empty())
    return source;
  // "Mr. Daniloff, now retired in Cambridge, Mass., said": a place after a preposition is no
  // subject; the name before the first comma is.
  if (count > 1 && !head.empty() && is_name_word(head.last - 1) && head.first > floor && tokens_.joined(head.first) &&
      is_preposition(head.first - 1)) {
    const TokenRange earliest = name_before(commas[count - 1], floor);
    if (!earliest.empty()) return joined_names_before(earliest, floor);
  }
  // "A woman in Worcester, Massachusetts, told him": a place after a preposition is no subject; the
  // description before the preposition speaks, with the place it is from.
  if (!head.empty() && is_name_word(head.last - 1) && head.first > floor + 2 && tokens_.joined(head.first) &&
      WordSet::shared("place_prepositions", words_.language).contains_folded(tokens_.folded(head.first - 1)) &&
      tokens_.joined(head.first - 1)) {
    const TokenRange described = plain_before(head.first - 1, floor);
    if (!described.empty() && is_description_start(described.first) && !is_name_word(described.last - 1) &&
        !is_pronoun(described.last - 1))
      return {described.first, end};
  }
  // (An age before the name belongs to the apposition: "A neighbour, 72-year-old Joan Smith, said",
  // "Соседка, 72-летняя Анна Смирнова, рассказала".)
  std::size_t opening = comma;
  while (opening + 1 < end && is_age_epithet(opening) && tokens_.joined(opening + 1)) ++opening;
  const TokenRange apposition = plain_before(end, opening);
  // (Not a party of a place: "Representative Peter T. King, Republican of New York, said".)
  bool of_place = false;
  for (std::size_t k = apposition.first; k < apposition.last && !of_place; ++k)
    of_place = words_.origin_links.contains_folded(tokens_.folded(k));
  // (After a title of the name's own: "The chairman of Fox News, Sir Andrew Green, said".)
  constexpr std::size_t kMaxNameTitles = 2;  // "Professor Sir"
  std::size_t name_first = apposition.first;
  while (!apposition.empty() && name_first + 2 < apposition.last && name_first - apposition.first < kMaxNameTitles &&
         tokens_.title(name_first) && tokens_.capitalized(name_first) && !is_name_word(name_first))
    ++name_first;
  // (Or one word, no body's, after a role that opens the clause: "O técnico do Flamengo, Tite, disse";
  // not a place after another apposition: "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said".)
  const bool named_apposition = !apposition.empty() && apposition.first == opening &&
                                (apposition.last - name_first >= 2 ||
                                 (count == 1 && apposition.last == name_first + 1 && !names_a_body(words_, tokens_.folded(name_first), true))) &&
                                is_name_word(name_first) && is_name_word(apposition.last - 1) && !of_place;
  if (!head.empty() && (is_name_word(head.last - 1) || is_pronoun(head.last - 1))) {
    // "The mayor of Paris, Anne Hidalgo, said": the name in apposition to a role, not the place
    // or body the role belongs to.
    bool role_head = false;
    // (A person with the place they are from is no role: "Stacy Baker of Columbia, South Carolina, said".)
    for (std::size_t k = head.first; k + 1 < head.last; ++k)
      role_head = role_head || (!is_name_word(k) && !words_.origin_links.contains_folded(tokens_.folded(k)));
    // (A title, perhaps with lower-case adjectives after it, before the link: "El vicepresident primero del
    // Consell, X", "A líder parlamentar do PS, X".)
    auto title_before_link = [&](std::size_t link) {
      constexpr std::size_t kMaxAdjectives = 2;
      for (std::size_t j = link, skipped = 0; j > floor + 1 && skipped <= kMaxAdjectives && tokens_.joined(j); --j, ++skipped) {
        if (title_ending_at(j - 1, j >= floor + 3 ? j - 3 : floor) > 0) return true;
        if (tokens_.capitalized(j - 1) || tokens_.in(j - 1, words_.determiners) || tokens_.in(j - 1, words_.mention_links)) return false;
      }
      return false;
    };
    if (head.first >= floor + 2 && tokens_.joined(head.first) && tokens_.in(head.first - 1, words_.mention_links))
      role_head = role_head || title_before_link(head.first - 1);
    // (Also over a place noun after the link: "La présidente de la région Occitanie, Carole Delga", "il
    // presidente della regione Lombardia, Attilio Fontana".)
    // (And over the seat of a body, back to the body: "Le président du groupe LR au Sénat, Mathieu
    // Darnaud"; data/seat_prepositions_<lang>.txt.)
    std::size_t body = head.first;
    if (const WordSet& seats = WordSet::shared("seat_prepositions", words_.language); !seats.empty()) {
      std::size_t seat = body;
      if (seat > floor + 1 && tokens_.joined(seat) && tokens_.in(seat - 1, words_.determiners)) --seat;
      if (seat > floor + 2 && tokens_.joined(seat) && seats.contains_folded(tokens_.folded(seat - 1)) && tokens_.joined(seat - 1) &&
          is_name_word(seat - 2))
        for (body = seat - 2; body > floor + 1 && tokens_.joined(body) && is_name_word(body - 1);) --body;
    }
    if (std::size_t k = body; !role_head && k >= floor + 3 && tokens_.joined(k) && !tokens_.capitalized(k - 1) && !is_name_word(k - 1)) {
      for (--k; k > floor + 1 && tokens_.joined(k) && tokens_.in(k - 1, words_.determiners) && !tokens_.in(k - 1, words_.mention_links); --k) {}
      if (k > floor + 1 && tokens_.joined(k) && tokens_.in(k - 1, words_.mention_links)) role_head = title_before_link(k - 1);
    }
    const bool person_head = known_person_ && known_person_(head.last - 1);
    // (A seat's letters after its party or place, no person's: "The local Conservative MP, Damian Green".)
    role_head = role_head || (!person_head && seat_letters(head.last - 1));
    if (!(named_apposition && role_head && !person_head && !is_pronoun(head.last - 1))) return head;
  }
  // "Источник, знакомый с ситуацией, пояснил": an unnamed source before its apposition speaks.
  // (Or heads the outlet's name after it: "Джерело «Дзеркала тижня», обізнане з ..., стверджує".)
  // So does a described person before a participle or relative clause, where nouns take no article:
  // "Rzecznik spółki, proszący o anonimowość, powiedział", "Сотрудник министерства, который ...".
  const bool described = words_.names_after_nouns && !head.empty() &&
                         ((opens_with_adjective(comma) && !aged_name_at(comma, end)) || is_relative_pronoun(comma)) &&
                         is_person_like(head);
  if (count == 1 && !head.empty() && !is_name_word(comma) &&
      (tokens_.in(head.last - 1, words_.anonymous_sources) || described ||
       (words_.names_after_nouns && tokens_.in(head.first, words_.anonymous_sources))))
    return head;
  // "The defendant, a 34-year-old man, said": an indefinite apposition describes the one a definite
  // description before it names.
  if (!head.empty() && tokens_.in(comma, words_.indefinites) && is_description_start(head.first) &&
      !tokens_.in(head.first, words_.indefinites) && !is_name_word(head.last - 1) &&
      (is_person_like(head) || heads_person(head.last - 1, head.last)))
    return head;
  if (apposition.empty() || apposition.first != opening) return {};
  // "Her chief policy aide, Jake Sullivan, calls ...": the name in apposition speaks.
  if (is_name_word(apposition.last - 1)) return apposition;
  if (is_description_start(comma) || tokens_.title(comma)) return apposition;
  return {};
}

bool MentionFinder::opens_with_adjective(std::size_t k) const {
  if (tokens_.capitalized(k) || k + 1 >= tokens_.size() || !tokens_.joined(k + 1)) return false;
  const std::string_view word = tokens_.folded(k);
  return lang_data::ends_with_entry("apposition_adjective_endings", words_.language, word, 4);
}

bool MentionFinder::is_age_epithet(std::size_t k) const {
  // A number, a hyphen and a word of age: "72-year-old", "29-річний" (data/age_epithet_stems_<lang>.txt).
  const std::string_view word = tokens_.folded(k);
  const std::size_t hyphen = word.find('-');
  if (hyphen == 0 || hyphen == std::string_view::npos || word[0] < '0' || word[0] > '9') return false;
  for (std::string_view stem : lang_data::entries("age_epithet_stems", words_.language))
    if (word.substr(hyphen + 1).starts_with(stem)) return true;
  return false;
}

bool MentionFinder::aged_name_at(std::size_t k, std::size_t end) const {
  return is_age_epithet(k) && k + 1 < end && tokens_.joined(k + 1) && (is_name_word(k + 1) || tokens_.title(k + 1));
}

TokenRange MentionFinder::joined_names_before(TokenRange mention, std::size_t floor) const {
  if (!mention.empty() && is_name_word(mention.first))
    if (const std::size_t described = described_by_place(mention.first, mention.last, floor); described < mention.first)
      return {described, mention.last};
  // "Harry Bond of Charlotte, N.C., who ...", "Stacy Baker of Columbia, South Carolina says": a
  // place after a comma goes on with the place a person is from.
  if (!mention.empty() && mention.first > floor + 3 && is_name_word(mention.first) && tokens_.gap_before(mention.first) == ", ") {
    const TokenRange earlier = plain_before(mention.first, floor);
    // (Not a body named after a preposition, before the speaker: "In a speech at the London
    // School of Economics, William Donaldson said".)
    const bool object = !earlier.empty() && earlier.first > floor && tokens_.joined(earlier.first) &&
                        is_preposition(earlier.first - 1);
    bool origin = false;
    for (std::size_t k = earlier.first + 1; k + 1 < earlier.last && !origin; ++k)
      origin = is_name_word(k - 1) && words_.origin_links.contains_folded(tokens_.folded(k));
    if (origin && !object && is_name_word(earlier.last - 1)) mention.first = earlier.first;
  }
  // "Blumenthal and Cohen wrote", "Trump and Ryan issued a statement": two names joined speak
  // together; so do two bodies where nouns are capitalised ("Polizei und Staatsanwaltschaft").
  if (mention.empty() || !joinable_head(mention.last - 1) || mention.first < floor + 2 || !tokens_.joined(mention.first) ||
      !tokens_.in(mention.first - 1, words_.coordinators) || !tokens_.joined(mention.first - 1))
    return mention;
  const TokenRange other = plain_before(mention.first - 1, floor);
  if (other.empty() || !joinable_head(other.last - 1)) return mention;
  // (Not an object after a preposition, the clause before the "and" ends with it: "gave $1m to the
  // Red Cross and actor Leonardo DiCaprio pledged".)
  if (other.first > floor && tokens_.joined(other.first) && is_preposition(other.first - 1)) return mention;
  return {other.first, mention.last};
}

TokenRange MentionFinder::name_before(std::size_t end, std::size_t floor) const {
  // A party or place in brackets after the name: "Sen. Claire McCaskill (D-Mo.), who ...".
  if (const std::size_t open = bracket_before(end, floor); open != end) {
    const TokenRange named = plain_before(open, floor);
    if (!named.empty() && is_name_word(named.last - 1)) return named;
  }
  const TokenRange head = plain_before(end, floor);
  if (!head.empty() && (is_name_word(head.last - 1) || is_pronoun(head.last - 1))) return head;
  return {};
}

}  // namespace article_lens
