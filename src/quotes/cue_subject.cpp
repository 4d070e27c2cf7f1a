// Who a cue's subject is: the mention before a speech verb ("Karen Olsen, a teacher, said"), past
// relative clauses, opening adverbs and infinitives ("who has served ... said", "Dopo, ha detto").
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/people.h"

namespace article_lens {

TokenRange AttributionFinder::subject_of(std::size_t cue, std::size_t cue_length, std::size_t floor, std::size_t limit,
                                         bool inverted_allowed) const {
  // "Paolo hatte den Auftrag mit den Worten abgelehnt:": a cue that ends in a noun of speech is
  // no verb; the person named nearest before it in the clause speaks.
  // ("said in a statement" opens with its verb: the subject before it speaks, as for "said").
  if (tokens_.in(cue + cue_length - 1, words_.speech_nouns) && !(cue_length > 1 && tokens_.in(cue, words_.cues))) {
    for (std::size_t k = cue; k-- > floor;) {
      if (!mentions_.is_name_word(k) && !mentions_.is_pronoun(k)) continue;
      // (Not a name closed by marks: a ship's or a paper's, "lenkte er die Fähre „Eagle“ ... und meldete sich mit den Worten".)
      if (k + 1 < cue && !tokens_.joined(k + 1) && tokens_.joined(k + 1, true)) {
        while (k > floor && tokens_.joined(k)) --k;  // back to the word after the opening mark ("„Sea Star“")
        continue;
      }
      const TokenRange person = mentions_.before(k + 1, floor);
      if (!person.empty()) return person;
    }
  }
  if (const TokenRange antecedent = relative_subject(cue, floor); !antecedent.empty()) return antecedent;
  TokenRange mention = mentions_.before(cue, floor);
  // An adverb opening the sentence, capitalised there, is no speaker ("Wörtlich hieß es:").
  if (words_.verb_second && is_opening_adverb(mention, floor)) mention = {};
  // "Becker wird mit den Worten zitiert": the words of speech before the cue are no subject.
  if (words_.verb_second && !mention.empty() && opens_object(mention.first) && tokens_.in(mention.last - 1, words_.speech_nouns))
    mention = {};
  // (A channel first: in "Er habe die Tat bereut, ließ er über seinen Anwalt erklären" the object
  // after "über" is no verb bracket's, though an auxiliary of the reported clause stands before it.)
  if (words_.verb_second)
    if (const TokenRange teller = channel_teller(mention, floor); !teller.empty()) return teller;
  // Nor is a genitive or dative right before the cue that closes a verb bracket ("hat Panetta
  // während seines Besuches verkündet"): the clause's subject speaks.
  // (Only when an auxiliary opens the bracket: "In dem Antrag heißt es" names its source.)
  if (words_.verb_second && mention.size() >= 2 && mention.last == cue && mention.first > floor && opens_object(mention.first) &&
      !tokens_.in(cue, words_.source_postpositions) && !tokens_.in(cue + cue_length - 1, words_.speech_nouns)) {
    constexpr std::size_t kMaxBracket = 16;
    bool bracket = false;
    for (std::size_t k = mention.first; k-- > floor && mention.first - k <= kMaxBracket && !bracket;)
      bracket = !tokens_.capitalized(k) && words_.perfect_auxiliaries.contains_folded(tokens_.folded(k));
    if (bracket) mention = {};
  }
  if (words_.verb_second && (mention.empty() || !mentions_.is_person_like(mention)))
    if (const TokenRange opener = opener_past_relative_clause(cue, floor); !opener.empty()) return opener;
  if (words_.verb_second && (mention.empty() || !mentions_.is_person_like(mention))) {
    // A verb-final clause ("…, dass Mindermann das Mädchen gefragt habe"): its subject follows the
    // complementizer; the words before the cue are its object.
    if (cue > floor && tokens_.gap_before(cue).find(',') == std::string_view::npos)
      if (const TokenRange subject = subordinate_subject(cue, floor); !subject.empty()) return subject;
    // The same clause opening the sentence, the cue closing it: "Wie ein Vertreter des Konzerns
    // heute mitteilte, …" (not "Als …, sagte Anna Berg": that cue opens the main clause).
    const bool closes_clause = cue + 1 < tokens_.size() && tokens_.gap_before(cue + 1).find(',') != std::string_view::npos;
    if (cue > floor + 1 && closes_clause &&
        (tokens_.in(floor, words_.subordinators) ||
         words_.source_clause_openers.contains_folded(tokens_.folded(floor)))) {
      const TokenRange subject = mentions_.after(floor + 1, cue);
      if (!subject.empty() && subject.first == floor + 1 && !opens_object(subject.first) &&
          (mentions_.is_person_like(subject) || mentions_.is_description_start(subject.first)))
        return subject;
    }
    if (const TokenRange bracketed = subject_of_bracket(cue, floor); !bracketed.empty()) return bracketed;
  }
  // "Kosslick says this strong showing signals “...”": a cue whose subject names no person, inside
  // the clause an earlier cue reports; the earlier cue's subject speaks.
  // (Not a person by its noun: "He said the man shouted: “...”".)
  if (!mention.empty() && mention.first > floor + 1 && tokens_.joined(mention.first) && !mentions_.is_person_like(mention) &&
      word_gender(words_, tokens_.folded(mention.last - 1)) == Gender::kUnknown) {
    std::size_t outer = mention.first - 1;
    if (tokens_.in(outer, words_.complementizers) && outer > floor + 1 && tokens_.joined(outer)) --outer;
    if (!tokens_.capitalized(outer) && tokens_.in(outer, words_.cues))
      if (const TokenRange speaker = mentions_.before(outer, floor); !speaker.empty() && mentions_.is_person_like(speaker))
        mention = speaker;
  }
  auto is_verb_like = [&](std::size_t k) {
    return !tokens_.capitalized(k) && !tokens_.in(k, words_.mention_stops) && !tokens_.in(k, words_.mention_links) &&
           !tokens_.in(k, words_.complementizers) && !mentions_.is_description_start(k) && !mentions_.is_pronoun(k);
  };
  // "Trump issued a statement saying", "The town released a statement calling": a participle after
  // the object of a verb, an object that names no person; the clause's subject speaks (not after
  // a preposition: "with one of her ads asking").
  // (A day may stand between: "The town released a statement Wednesday saying".)
  std::size_t after_mention = mention.last;
  // (Or a day after its preposition, late or early: "released a statement late on Friday saying";
  // data/day_modifiers_<lang>.txt.)
  const WordSet& day_modifiers = WordSet::shared("day_modifiers", words_.language);
  while (!mention.empty() && after_mention < cue && (words_.time_words.contains_folded(tokens_.folded(after_mention)) ||
                                                     tokens_.in(after_mention, words_.fillers) ||
                                                     day_modifiers.contains_folded(tokens_.folded(after_mention)) ||
                                                     (after_mention + 1 < cue && tokens_.in(after_mention, words_.mention_stops) &&
                                                      words_.time_words.contains_folded(tokens_.folded(after_mention + 1)))))
    ++after_mention;
  if (!mention.empty() && after_mention == cue && mention.first > floor && tokens_.joined(mention.first) &&
      !mentions_.is_person_like(mention) && words_.is_participle(tokens_.folded(cue)) &&
      is_verb_like(mention.first - 1)) {
    TokenRange subject = mentions_.joined_names_after(mentions_.clause_subject(floor, mention.first), mention.first);
    // (A body or office issues a statement as a person does: "The town released a statement
    // saying", "His office issued a statement saying"; data/speech_nouns_<lang>.txt. Its
    // description stops at the verb.)
    bool speech_object = false;  // (the mention may have run on over a day's word: "a statement late")
    for (std::size_t k = mention.first; k < mention.last && !speech_object; ++k) speech_object = tokens_.in(k, words_.speech_nouns);
    if (speech_object) subject = mentions_.before_past_tense(subject);
    if (!subject.empty() && subject.last < mention.first && (mentions_.is_person_like(subject) || speech_object)) mention = subject;
  }
  if (mention.empty()) mention = subject_of_infinitive(cue, floor);  // officials started to portray it as “...”
  if (mention.empty() && takes_clause_subject(cue, floor))
    mention = mentions_.before_past_tense(mentions_.clause_subject(floor, cue));  // He taught law, and added: “...”
  // "In seiner Stellungnahme befand der Premierminister ..., und nannte": the shared subject
  // follows the clause's first verb.
  if ((mention.empty() || !mentions_.is_person_like(mention)) && words_.verb_second && cue > floor + 1 &&
      tokens_.in(cue - 1, words_.coordinators)) {
    if (const TokenRange shared = subject_after_verb(floor, cue - 1); !shared.empty()) return shared;
  }
  // "Die Polizei bestätigte den Einsatz, teilte aber mit, …": a second verb after a comma, with no
  // subject after it before the next comma, shares the subject that opens the sentence.
  if ((mention.empty() || !mentions_.is_person_like(mention)) && words_.verb_second)
    if (const TokenRange shared = subject_of_second_verb(cue, cue_length, floor, limit); !shared.empty()) return shared;
  // Verb-second: a mention that does not open its clause sits in the phrase before the verb ("Über
  // Steve Fossett sagte Branson:"); the subject then follows the verb.
  // (Nor does a name in marks after a noun: "Gegenüber der Zeitung „Die Welt“ sagte Schulz".)
  // (Nor a name after a place noun or a preposition of place: "Im Dorf Bad Lenk sagte der
  // Bürgermeister" -- it names the place; data/place_nouns_<lang>.txt, place_prepositions_<lang>.txt.)
  // (A name, not a description: "In dem Antrag heißt es" names its source; and only in the phrase
  // that opens the clause: "Der Einsatzleiter der Polizei in Dortmund erklärte" is no place.)
  const WordSet& place_nouns = WordSet::shared("place_nouns", words_.language);
  const WordSet& place_prepositions = WordSet::shared("place_prepositions", words_.language);
  bool names_place = words_.verb_second && !mention.empty() && mention.first > floor && tokens_.joined(mention.first) &&
                     mentions_.is_name_word(mention.first) && !mentions_.title_at(mention.first, mention.last) &&
                     (place_nouns.contains_folded(tokens_.folded(mention.first - 1)) ||
                      place_prepositions.contains_folded(tokens_.folded(mention.first - 1)));
  const bool after_place = names_place;
  constexpr std::size_t kMaxPlaceOpening = 3;  // "In der Stadt Neu Ulm"
  for (std::size_t k = floor; names_place && k < mention.first; ++k)
    names_place = mention.first - floor <= kMaxPlaceOpening && (k == floor || tokens_.joined(k)) &&
                  (place_prepositions.contains_folded(tokens_.folded(k)) || place_nouns.contains_folded(tokens_.folded(k)) ||
                   tokens_.in(k, words_.mention_stops) || mentions_.is_description_start(k));
  // The place closing a description that opens the clause is part of it: "Der Leiter der Feuerwehr
  // in Neu Ulm erklärte" -- the leader speaks, not the town. A body with its place speaks without
  // it, also where the place alone was no mention: "Die Staatsanwaltschaft in Köln teilte mit",
  // "Het Openbaar Ministerie in Den Bosch meldde".
  const bool place_alone = words_.verb_second && mention.empty() && cue > floor + 3;
  if (((after_place && !names_place) || place_alone) && mentions_.is_description_start(floor)) {
    const TokenRange opener = mentions_.after(floor, cue);
    const std::size_t place = mention.empty() ? cue : mention.first;
    bool body = false;
    for (std::size_t m = opener.first; m < opener.last && !body; ++m)
      body = tokens_.capitalized(m) && names_a_body(words_, tokens_.folded(m), true);
    bool joined = !opener.empty() && opener.first == floor && opener.last < place && (mentions_.is_person_like(opener) || body);
    for (std::size_t k = opener.last; joined && k <= place && k < tokens_.size(); ++k) joined = tokens_.joined(k);
    // (With no mention found: a preposition of place right after the opener, then names to the cue.)
    if (place_alone && joined) {
      constexpr std::size_t kMaxPlaceWords = 3;
      joined = body && place_prepositions.contains_folded(tokens_.folded(opener.last)) && cue - opener.last - 1 <= kMaxPlaceWords;
      for (std::size_t k = opener.last + 1; joined && k < cue; ++k) joined = tokens_.capitalized(k) && !mentions_.is_known_person(k);
    }
    // (A body alone, with no title or link in it: the leader of the brigade keeps its place.)
    bool body_alone = body;
    for (std::size_t m = opener.first; m < opener.last && body_alone; ++m)
      body_alone = !tokens_.title(m) && !tokens_.in(m, words_.mention_links);
    if (joined) return body_alone ? opener : TokenRange{opener.first, mention.empty() ? cue : mention.last};
  }
  const bool opens_clause = mention.empty() || mention.first == floor ||
                            (!tokens_.joined(mention.first) && !(words_.verb_second && follows_quote(mention.first) &&
                                                                 tokens_.capitalized(mention.first - 1))) ||
                            (tokens_.joined(mention.first) && !tokens_.in(mention.first - 1, words_.mention_stops) && !names_place);
  const bool trusted = !mention.empty() && mentions_.is_person_like(mention) && (opens_clause || !words_.verb_second);
  if (!inverted_allowed) return mention;
  if (trusted) {
    // "Clinton “drew well” in the 2008 primary, said professor Paul Beck.": after a comma, a cue
    // with its speaker after it ending the sentence is an attribution of its own.
    if (mention.last == cue || tokens_.gap_before(cue).find(',') == std::string_view::npos) return mention;
    const TokenRange closing = mentions_.after(cue + cue_length, limit);
    if (closing.empty() || !mentions_.is_person_like(closing)) return mention;
    const std::string_view text = tokens_.document().text;
    const std::size_t end = text.find_first_not_of(" \t", mentions_.span_with_apposition(closing, cue, limit).end);
    return end == std::string_view::npos || text[end] == '.' || text[end] == '\n' ? closing : mention;
  }
  // The subject after the verb: "Said Olsen: “...”"; in verb-second languages whenever the words
  // before the verb are no speaker ("Nach der Kabinettssitzung sagte Bundesinnenminister Schily:").
  std::size_t first = cue + cue_length;
  // (Not across a comma: "Die Kanadier sagen, der Pilot trage ..." and "Wie X mitteilte, wird die
  // Brücke ..." -- the clause after it has its own subject.)
  for (int skipped = 0; skipped < 2 && first < limit && tokens_.joined(first) && tokens_.in(first, words_.fillers); ++skipped) ++first;
  TokenRange inverted = first < limit && tokens_.joined(first) ? mentions_.after(first, limit) : TokenRange{};
  if (words_.subject_after_setting && (inverted.empty() || !mentions_.is_person_like(inverted)))
    if (const TokenRange past = subject_past_setting(first, limit); !past.empty()) inverted = past;
  if (inverted.empty() && names_place) return {};
  if (inverted.empty()) {
    // Verb-second with the cue at the clause's end, after its auxiliary ("Stoiber hatte die Rolle
    // der Vorsitzenden betont:"): the words before the cue are its object; the clause's subject speaks.
    if (words_.verb_second && first == limit && (mention.empty() || !mentions_.is_person_like(mention))) {
      if (const TokenRange subject = subordinate_subject(cue, floor); !subject.empty()) return subject;
      const TokenRange subject = mentions_.clause_subject(floor, cue);
      if (!subject.empty() && mentions_.is_person_like(subject)) return subject;
    }
    return mention;
  }
  // Verb-second: what stands before the verb is often not its subject ("Dazu gab das russische
  // Außenministerium bekannt:"), but when neither phrase names a person, a description opening the
  // clause is ("Die Organisation verlangte eine Untersuchung", "Ein Beamter begründete seine Entscheidung").
  // (Not an adverb opening the sentence, capitalised there: "Unmissverständlich sagt das Gericht".)
  if (words_.verb_second && !mention.empty() && opens_clause && !mentions_.is_person_like(inverted) &&
      (mentions_.is_description_start(mention.first) || mention.first == floor) && !tokens_.in(mention.first, words_.possessives) &&
      !opens_object(mention.first) && !is_opening_adverb(mention, floor))
    return mention;
  // A possessive after the verb opens its object, not its subject ("Ein Vertreter der Firma
  // bezeichnet ihre Investition als „strategisch“"): the clause's subject speaks, if it names one.
  if (words_.verb_second && tokens_.in(inverted.first, words_.possessives) && !mentions_.is_person_like(inverted)) {
    const TokenRange subject = mentions_.clause_subject(floor, cue);
    return !subject.empty() && mentions_.is_person_like(subject) ? subject : mention;
  }
  if (words_.verb_second && (mention.empty() || !opens_clause || !mentions_.is_person_like(mention) ||
                             mentions_.is_person_like(inverted)))
    return inverted;
  // Elsewhere only a cue that opens its clause has its subject after it ("Said Olsen: “...”",
  // "..., said Olsen"), not one whose subject went unrecognised ("Will described Trump as").
  // (Also when the words before the comma name no person: "“...” in the 2008 primary, said Paul Beck".)
  // (An object pronoun before the cue leaves it opening its clause: "Lo ha detto il ministro: “...”".)
  std::size_t opening = cue;
  if (opening > floor && tokens_.joined(opening) &&
      words_.object_clitics.contains_folded(tokens_.folded(opening - 1)))
    --opening;
  const bool opens = opening == floor || tokens_.gap_before(opening).find(',') != std::string_view::npos;
  const bool no_person_before = (mention.empty() || (opens && cue > floor && !mentions_.is_person_like(mention))) &&
                                !mentions_.addressee_phrase_ending_at(cue + cue_length - 1, cue);  // "..., telling Fox 35"
  return no_person_before && opens && mentions_.is_person_like(inverted) ? inverted : mention;
}

TokenRange AttributionFinder::opener_past_relative_clause(std::size_t cue, std::size_t floor) const {
  // "Eva Lind, die am Montag … vorstellte, sagte": the person opening the sentence, then a
  // relative clause of any length closed by a comma right before the cue.
  if (cue <= floor + 2 || tokens_.gap_before(cue).find(',') == std::string_view::npos) return {};
  const TokenRange opener = mentions_.after(floor, cue);
  if (opener.empty() || opener.first != floor || opener.last + 1 >= cue ||
      tokens_.gap_before(opener.last).find(',') == std::string_view::npos ||
      !(tokens_.in(opener.last, words_.relative_pronouns) || mentions_.is_description_start(opener.last)) ||
      !mentions_.is_person_like(opener))
    return {};
  return opener;
}

bool AttributionFinder::is_opening_adverb(TokenRange mention, std::size_t floor) const {
  // One word opening the sentence, a filler or with an adjective's ending (-lich, -weise), no
  // name of a person.
  constexpr std::size_t kMinStemLetters = 3;
  if (mention.size() != 1 || mention.first != floor || mentions_.is_person_like(mention)) return false;
  if (tokens_.in(mention.first, words_.fillers)) return true;  // "Weiter hieß es:", "Zudem sagte …"
  const std::string_view word = tokens_.folded(mention.first);
  return lang_data::ends_with_entry("opening_adverb_endings", words_.language, word, kMinStemLetters);
}

TokenRange AttributionFinder::subject_of_infinitive(std::size_t cue, std::size_t floor) const {
  // "White House officials started to portray", "Trump continued to portray", "was trying
  // insistently to ask": back over the marker and the verb that governs it (with its auxiliaries
  // and adverbs, all lower case) to the mention before them.
  constexpr std::size_t kMaxGoverningWords = 4;
  if (cue < floor + 2 || !tokens_.joined(cue) || !tokens_.in(cue - 1, words_.infinitive_markers)) return {};
  std::size_t k = cue - 1;
  for (std::size_t n = 0; n < kMaxGoverningWords && k > floor && tokens_.joined(k); ++n) {
    const std::size_t word = k - 1;
    // (A source or role word is the subject's noun, not the verb: "White House officials started to".)
    if (tokens_.capitalized(word) || tokens_.in(word, words_.mention_stops) || mentions_.is_pronoun(word) ||
        mentions_.is_source_word(word) || tokens_.title(word))
      break;
    k = word;
  }
  if (k == cue - 1) return {};
  return mentions_.before(k, floor);
}

TokenRange AttributionFinder::channel_teller(TokenRange mention, std::size_t floor) const {
  // Not the one who passed the words on, after a preposition: "ließ er über seinen Anwalt
  // erklären"; the subject before it speaks (data/channel_prepositions_<lang>.txt). (The mention
  // may run over the preposition: "ließ er durch seinen Anwalt mitteilen".)
  if (mention.empty() || mention.first <= floor) return {};
  const WordSet& channels = WordSet::shared("channel_prepositions", words_.language);
  std::size_t channel = mention.first - 1;
  for (std::size_t k = mention.first + 1; k + 1 < mention.last && !channels.contains_folded(tokens_.folded(channel)); ++k)
    if (!tokens_.capitalized(k)) channel = k;
  if (channel <= floor || !channels.contains_folded(tokens_.folded(channel))) return {};
  // (The teller may also stand before the verb: "Der Bankchef ließ über seinen Anwalt erklären",
  // "Der Konzern teilte über einen Sprecher mit": "lassen" or a cue right before the preposition.)
  std::size_t end = channel;
  if (end > floor + 1 && !tokens_.capitalized(end - 1) &&
      (tokens_.in(end - 1, words_.cues) ||
       WordSet::shared("causative_auxiliaries", words_.language).contains_folded(tokens_.folded(end - 1))))
    --end;
  const TokenRange teller = mentions_.before(end, floor);
  return !teller.empty() && teller.last == end && (end < channel || mentions_.is_person_like(teller)) ? teller : TokenRange{};
}

TokenRange AttributionFinder::subject_of_second_verb(std::size_t cue, std::size_t cue_length, std::size_t floor,
                                                   std::size_t limit) const {
  constexpr std::size_t kMaxWordsAfterVerb = 3;  // "teilte jedoch zugleich mit,"
  if (cue <= floor + 2 || tokens_.capitalized(cue) || tokens_.gap_before(cue).find(',') == std::string_view::npos) return {};
  std::size_t k = cue + cue_length;
  while (k < limit && k < cue + cue_length + kMaxWordsAfterVerb && tokens_.joined(k) && !tokens_.capitalized(k) &&
         !mentions_.is_pronoun(k) && !mentions_.is_description_start(k))
    ++k;
  if (k >= limit || tokens_.gap_before(k).find(',') == std::string_view::npos) return {};
  // The sentence opens with its subject and its verb right after it (verb second).
  const TokenRange opener = mentions_.after(floor, cue);
  if (opener.empty() || opener.first != floor || opener.last + 1 >= cue || tokens_.capitalized(opener.last) ||
      !tokens_.joined(opener.last) || opens_object(floor) || !mentions_.is_person_like(opener))
    return {};
  return opener;
}

}  // namespace article_lens
