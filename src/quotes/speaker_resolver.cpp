#include "quotes/speaker_resolver.h"

#include "language/word_set.h"
#include "quotes/name_case.h"
#include "quotes/pronoun_past_opening.h"
#include "quotes/quote_marks.h"
#include "unicode/case_fold.h"

#include <algorithm>
#include <functional>

namespace article_lens {
namespace {

// Descriptions are matched against the first people the article names, not all of a huge text's.
constexpr std::size_t kMaxPeopleScanned = 256;

// Whether a description ("le Premier ministre", "la ministre") may be what a pronoun of `gender` means.
bool description_fits(const QuoteTokens& tokens, const QuoteLexicon& words, TokenRange description, Gender gender) {
  if (gender == Gender::kUnknown) return true;
  const Gender described = description_gender(words, tokens.folded(description.first), tokens.folded(description.last - 1));
  return described == Gender::kUnknown || described == gender;
}

}  // namespace

SpeakerRef SpeakerResolver::person(int index) const {
  if (index < 0) return {};
  return {index, people_.person(index).name, false};
}

bool SpeakerResolver::owner_in_genitive(TokenRange mention) const {
  // Where nouns are capitalised, a name takes the genitive's "s" after the title it owns: the name
  // written so is the person's name and that "s" ("Kachelmanns" of Jörg Kachelmann), after a title or
  // a word for a person.
  if (!words_.capitalised_nouns || mention.size() < 2) return false;
  const std::size_t name = mention.last - 1, title = name - 1;
  const int index = people_.find_token(name);
  if (index < 0 || !tokens_.joined(name) || mentions_.is_name_word(title) ||
      !(tokens_.title(title) || genitive_person_word(tokens_, words_, title) || mentions_.heads_person(title, name)))
    return false;
  const std::string& full = people_.person(index).name;
  const std::string surname = unicode::fold_case(std::string_view(full).substr(full.rfind(' ') == std::string::npos ? 0 : full.rfind(' ') + 1));
  const std::string_view written = tokens_.folded(name);
  return written.size() == surname.size() + 1 && written.ends_with('s') && written.starts_with(surname);
}

SpeakerRef SpeakerResolver::words_of(TokenRange range, bool anonymous) const {
  if (range.empty()) return {};
  Span span{tokens_.span(range.first).begin, tokens_.span(range.last - 1).end};
  // A name in marks ends the words: its closing mark belongs to them ("der „Zeit“", "издание
  // «Городская газета»").
  span.end = end_past_closing_mark(tokens_.document().text, span);
  std::string name(tokens_.document().slice(span));
  // "The minister said" opens a sentence; the speaker is "the minister".
  const std::string_view first = tokens_.folded(range.first);
  if (tokens_.capitalized(range.first) && (tokens_.in(range.first, words_.determiners) || tokens_.in(range.first, words_.indefinites)))
    name.replace(0, tokens_.text(range.first).size(), first);
  // A body in an oblique case is named in the nominative ("сообщили в пресс-службе" -> "пресс-служба").
  if (std::string nominative = nominative_body(name, words_.language); !nominative.empty()) name = std::move(nominative);
  // So is a surname alone after a phrase governing the genitive ("по словам Пескова" -> "Песков"),
  // and a source word there whose genitive reads as a plural ("за словами джерела" -> "джерело").
  if (range.first >= 1 && tokens_.joined(range.first)) {
    const WordSet& openers = WordSet::shared("genitive_openers", words_.language);
    const std::size_t k = range.first;
    const bool opened = !openers.empty() && (openers.contains_folded(tokens_.folded(k - 1)) ||
                                             (k >= 2 && tokens_.joined(k - 1) &&
                                              openers.contains_folded(std::string(tokens_.folded(k - 2)) + " " + std::string(tokens_.folded(k - 1)))));
    if (opened && range.size() == 1 && tokens_.capitalized(range.first))
      if (std::string nominative = nominative_surname(name, words_.language); !nominative.empty()) name = std::move(nominative);
    if (opened && !tokens_.capitalized(range.first))
      if (std::string nominative = nominative_after_opener(name, words_.language); !nominative.empty()) name = std::move(nominative);
  }
  return {-1, std::move(name), anonymous};
}

Gender SpeakerResolver::pronoun_gender(uint32_t pos) const {
  const std::size_t k = tokens_.first_at_or_after(pos);
  if (k < tokens_.size() && tokens_.span(k).begin == pos) {
    const Gender said = word_gender(words_, tokens_.folded(k));
    if (said != Gender::kUnknown || !tokens_.in(k, words_.cues)) return said;
    // A subject in the cue's ending ("— добавила.", "– dodał."): its gender, where the ending tells it
    // (data/verb_gender_endings_<lang>.txt; the first ending that fits).
    return verb_gender(words_.language, tokens_.folded(k));
  }
  // A pronoun inside its cue's word ("a-t-elle ajouté", "dit-il"): the word's end from it.
  if (k == 0 || tokens_.span(k - 1).begin > pos || tokens_.span(k - 1).end <= pos) return Gender::kUnknown;
  const Span inside{pos, tokens_.span(k - 1).end};
  return word_gender(words_, unicode::fold_case(tokens_.document().slice(inside)));
}

bool SpeakerResolver::pronoun_excludes(uint32_t pos, int index) const {
  const Gender pronoun = pronoun_gender(pos);
  const Gender known = people_.gender(index);
  return pronoun != Gender::kUnknown && known != Gender::kUnknown && pronoun != known;
}

int SpeakerResolver::pronoun_fits_newcomer(uint32_t pos, uint32_t since, const std::vector<Span>& quotes) const {
  const Gender gender = pronoun_gender(pos);
  if (gender == Gender::kUnknown) return -1;
  const int named = people_.last_mentioned_before(pos, quotes, gender);
  if (named < 0 || people_.gender(named) != gender) return -1;
  return people_.last_mention_of(named, pos) >= since ? named : -1;
}

int SpeakerResolver::named_since(uint32_t pos, uint32_t since, const std::vector<Span>& quotes) const {
  const int named = past_dative(people_.last_mentioned_before(pos, quotes, pronoun_gender(pos)), pos, quotes, pronoun_gender(pos));
  if (named < 0 || pronoun_excludes(pos, named)) return -1;
  return people_.last_mention_of(named, pos) >= since ? named : -1;
}

bool SpeakerResolver::pronoun_fits(uint32_t pos, int index) const {
  const Gender pronoun = pronoun_gender(pos);
  return pronoun != Gender::kUnknown && people_.gender(index) == pronoun;
}

SpeakerRef SpeakerResolver::resolve_pronoun(uint32_t pos, int recent, bool recent_is_close,
                                            const std::vector<Span>& quotes) const {
  if (recent_is_close) return {};  // the caller's last speaker, whoever that was
  // "she" goes to no one the text calls "Mr." and prefers a woman named in the last sentences.
  const Gender gender = pronoun_gender(pos);
  const int named = past_dative(people_.last_mentioned_before(pos, quotes, gender), pos, quotes, gender);
  // (Not someone named last in the genitive after the title of the sentence before's subject: in
  // "Der Mannschaftsarzt Kimmichs äußerte sich. Er sagte, …" the doctor speaks.)
  if (named >= 0)
    if (SpeakerRef holder = described_subject(pos, gender, quotes, true); holder.known()) return holder;
  // (Nor the person named before someone the sentence before brings in unnamed: "Een demonstrante
  // stond bij de ingang. „…”, zei ze".)
  if (named >= 0)
    if (SpeakerRef newcomer = unnamed_newcomer(pos, gender, people_.last_mention_of(named, pos, &quotes), quotes); newcomer.known())
      return newcomer;
  // (Nor the person named inside the phrase set before the subject of the sentence that named them
  // last: "Face à Jordan Bardella, le Premier ministre a haussé le ton. « … », a-t-il lancé".)
  if (named >= 0)
    if (const TokenRange subject = described_past_opening(tokens_, mentions_, words_, people_.last_mention_of(named, pos, &quotes));
        !subject.empty() && description_fits(tokens_, words_, subject, gender))
      if (SpeakerRef described = resolve(subject, recent, false, quotes); described.known() && described.person != named &&
          !(described.person >= 0 && pronoun_excludes(pos, described.person)))
        return described;
  if (named >= 0) return person(named);
  // (With no one of its gender named, the one whose title opens the sentence before, ahead of the
  // person of the other gender in the genitive after it: "Der Anwalt der Sängerin Lena Berger
  // äußerte sich. Er sagte, …".)
  if (gender != Gender::kUnknown)
    if (SpeakerRef holder = described_subject(pos, gender, quotes, true); holder.known()) return holder;
  if (recent >= 0 && !pronoun_excludes(pos, recent)) return person(recent);
  // A pronoun looks back: the main subject is its antecedent only once the text has named them.
  const int main = people_.main_subject();
  if (main < 0 || people_.person(main).first_at >= pos) return recent < 0 ? described_subject(pos, gender, quotes) : SpeakerRef{};
  return pronoun_excludes(pos, main) ? SpeakerRef{} : person(main);
}

SpeakerRef SpeakerResolver::resolve(TokenRange mention, int recent, bool recent_is_close,
                                    const std::vector<Span>& quotes) const {
  if (mention.empty()) return {};
  // Two speakers joined ("Blumenthal and Cohen", "Trump and Ryan"): each resolved, named together.
  for (std::size_t k = mention.first + 1; k + 1 < mention.last; ++k) {
    if (!tokens_.in(k, words_.coordinators) || !mentions_.is_name_word(k - 1)) continue;
    // "Richard and Judy executive producer Amanda Ross", "Ant and Dec presenter": names joined
    // before a lower-case role name the show or pair the role serves; the person after it speaks.
    if (mentions_.names_qualify_role(k + 1, mention.last)) break;
    const SpeakerRef left = resolve({mention.first, k}, recent, false, quotes);
    const SpeakerRef right = resolve({k + 1, mention.last}, recent, false, quotes);
    if (!left.known() || !right.known() || left.anonymous || right.anonymous) break;
    // (Both halves one person, whose name holds the word: "José Ortega y Gasset".)
    if (left.name == right.name) break;
    SpeakerRef both;
    both.name = left.name + " " + std::string(tokens_.text(k)) + " " + right.name;
    return both;
  }
  // "пресс-служба прокуратуры РА", "специалисты республиканского Комитета": where the head of a
  // phrase comes first, a source word opening the mention heads it, and the names after it (with no
  // title or comma before them) qualify the body, which speaks as the text describes it.
  // (After a possessive of the outlet's own: "Nasze źródło w Ministerstwie Finansów", "наш собеседник
  // в правительстве"; data/source_possessives_<lang>.txt.)
  const std::size_t source_head =
      mention.first + (mention.size() > 2 && WordSet::shared("source_possessives", words_.language).contains_folded(tokens_.folded(mention.first)) &&
                       mentions_.is_source_word(mention.first + 1));
  if (words_.names_after_nouns && mention.size() > 1 && mentions_.is_source_word(source_head)) {
    bool named_apart = false;
    for (std::size_t k = source_head + 1; k < mention.last && !named_apart; ++k)
      named_apart = tokens_.gap_before(k).find(',') != std::string_view::npos ||
                    (mentions_.is_name_word(k) && mentions_.title_ending_at(k - 1, mention.first) > 0);
    if (!named_apart) {
      const bool anonymous = tokens_.in(source_head, words_.anonymous_sources);
      SpeakerRef body = words_of(mention, anonymous);
      body.described = !anonymous;
      return body;
    }
  }
  // "Федеральной таможенной службы (ФТС) РФ": a body's name that a place word opens
  // (data/place_heads_<lang>.txt) and that names no person the index knows speaks whole.
  // (Capitalised: "российский президент" is a person described, not a body.)
  if (words_.names_after_nouns && mention.size() > 1 && tokens_.capitalized(mention.first) &&
      place_heads_.contains_folded(tokens_.folded(mention.first))) {
    bool person = false;
    for (std::size_t k = mention.first; k < mention.last && !person; ++k) person = people_.find_token(k) >= 0;
    if (!person) {
      SpeakerRef body = words_of(mention, false);
      body.described = true;
      return body;
    }
  }
  // A person the index knows, named in the mention ("Mr. Lavrov", "Russia's Putin") -- unless a
  // common noun heads the mention, and the names only qualify it ("Obama administration officials",
  // "Shop owners", "Clinton's campaign"). Where every noun is capitalised, only a person word
  // known as such heads it.
  // "Rep. Tom Cole of Oklahoma", "Jason Gilbert of Cheyenne": the person named before the link
  // speaks, not the place or body after it -- when a first name or a title shows that a person is
  // named there ("Bank of America" names none; in "Secretary of State John Kerry" the role's "of"
  // follows no name).
  for (std::size_t k = mention.first + 1; k + 1 < mention.last; ++k) {
    // (Not a body's name: "the Reserve Bank of India".)
    // (A particle that links after a full name: "Jan de Vries van LTO Nederland".)
    if (mentions_.origin_particle(k)) return resolve({mention.first, k}, recent, recent_is_close, quotes);
    if (!words_.origin_links.contains_folded(tokens_.folded(k)) || tokens_.in(k, words_.name_particles) ||
        !mentions_.is_name_word(k - 1) || (!words_.capitalised_nouns && names_a_body(words_, tokens_.folded(k - 1), false)))
      continue;
    std::size_t name = k - 1;
    while (name > mention.first && mentions_.is_name_word(name - 1) && tokens_.joined(name)) --name;
    const bool titled = name > mention.first && mentions_.title_ending_at(name - 1, mention.first) > 0;
    // (A person takes no "the": "the British Chambers of Commerce" is a body.)
    if (!titled && !words_.capitalised_nouns && tokens_.in(mention.first, words_.determiners)) break;
    if (k - name >= 2 || titled) return resolve({mention.first, k}, recent, recent_is_close, quotes);
    break;
  }
  const std::size_t head = mention.last - 1;
  bool headed_by_noun = !tokens_.capitalized(head) && !mentions_.is_pronoun(head) &&
                        !tokens_.in(head, words_.name_particles);
  // "an Iowa Democrat", "a Trump supporter": an indefinite description, unless a name stands apart
  // in it ("a spokeswoman, Anna Richardson White", "an aide, Sen. Bob Casey").
  if (tokens_.in(mention.first, words_.indefinites)) {
    // (Not a place the person is from: "a woman in Worcester, Massachusetts".)
    auto place_link = [&](std::size_t k) {
      return words_.origin_links.contains_folded(tokens_.folded(k)) ||
             (!tokens_.capitalized(k) && tokens_.in(k, words_.mention_stops) && !tokens_.in(k, words_.mention_links) &&
              !tokens_.in(k, words_.clause_conjunctions));
    };
    bool named_apart = false;
    for (std::size_t k = mention.first + 1; k < mention.last && !named_apart && !place_link(k); ++k)
      named_apart = mentions_.is_name_word(k) && (tokens_.gap_before(k).find(',') != std::string_view::npos ||
                                                  mentions_.title_ending_at(k - 1, mention.first));
    // (Or a full name closing it after a comma, past the place: "ein Sprecher des Bundesamts für
    // Sicherheit in der Informationstechnik (BSI), Michael Schmidt".)
    constexpr std::size_t kMaxNameWords = 4;
    for (std::size_t k = mention.last; !named_apart && k-- > mention.first + 1 && mention.last - k <= kMaxNameWords;) {
      if (!mentions_.is_name_word(k)) break;
      named_apart = tokens_.gap_before(k).find(',') != std::string_view::npos && mention.last - k >= 2 && people_.find_token(k) >= 0;
    }
    headed_by_noun = headed_by_noun || !named_apart;
  }
  // "A spokesman for the Kremlin", "Sources close to the White House": a source word or role before
  // a link heads the mention, and the name after the link is the body it speaks for (not when the
  // link is inside a title: "Secretary of State John Kerry").
  bool apposition = false;  // "le maire de Paris, Jean Martin": the name apart names the person
  for (std::size_t k = mention.first + 1; k < mention.last && !apposition; ++k)
    apposition = tokens_.gap_before(k).find(',') != std::string_view::npos;
  for (std::size_t k = mention.first + 1; k < mention.last && !headed_by_noun && !apposition; ++k) {
    const std::size_t link = std::max<std::size_t>(tokens_.phrase_at(words_.mention_links, k, mention.last),
                                                   mentions_.role_link(k) ? 1 : 0);
    if (!link || mentions_.is_name_word(k - 1) || !(tokens_.title(k - 1) || mentions_.is_source_word(k - 1)) ||
        mentions_.title_at(k - 1, mention.last) > 1 || (k >= 2 && mentions_.title_at(k - 2, mention.last) > 2))
      continue;
    // "il sindaco di Milano Giuseppe Sala": the place, then a person's full name after it.
    std::size_t names = 0;
    for (std::size_t j = k + link; j < mention.last; ++j) names += mentions_.is_name_word(j);
    // (Never after a role's link: "the former top aide to President George W. Bush" serves him.)
    // (Or a full name after a lower-case topic: "l'assessore ai trasporti Marco Granelli".)
    const bool after_topic = names >= 2 && names == mention.last - (k + link) - 1 && k + link < mention.last &&
                             !tokens_.capitalized(k + link) && !tokens_.in(k + link, words_.determiners) &&
                             mentions_.is_name_word(mention.last - names);
    const bool person_after_place = (names >= 3 || after_topic) && people_.find_token(mention.last - 1) >= 0 && !mentions_.role_link(k);
    headed_by_noun = !person_after_place;
  }
  // "The Trayvon Martin Foundation", "the Clinton Foundation": a body's word ends the name, and the
  // person in it only names the body (data/organisation_words_<lang>.txt).
  // So does a body's word before its link, or a name after "the": "the Federation of Small
  // Businesses", "the Muslim Council of Britain", "the British Chambers of Commerce".
  bool body_named = !words_.capitalised_nouns && tokens_.capitalized(head) && names_a_body(words_, tokens_.folded(head), false);
  for (std::size_t k = mention.first + 1; !words_.capitalised_nouns && !body_named && k + 1 < mention.last; ++k)
    body_named = words_.origin_links.contains_folded(tokens_.folded(k)) && tokens_.capitalized(k - 1) &&
                 tokens_.capitalized(k + 1) && !tokens_.title(k - 1) &&
                 (names_a_body(words_, tokens_.folded(k - 1), false) || tokens_.in(mention.first, words_.determiners));
  // "Transport for London", "the Institute for Fiscal Studies": name words on both sides of a link
  // of purpose name a body, not the person the words after it would make.
  // (Not when a person the index knows is named before the link: "Ed Brown for Congress".)
  for (std::size_t k = mention.first + 1; !words_.capitalised_nouns && !headed_by_noun && !body_named && k + 1 < mention.last; ++k) {
    if (tokens_.capitalized(k) || !tokens_.in(k, words_.mention_links) || words_.origin_links.contains_folded(tokens_.folded(k))) continue;
    const std::size_t body_start = tokens_.in(mention.first, words_.determiners) ? mention.first + 1 : mention.first;
    bool named_both_sides = body_start < k;
    for (std::size_t n = body_start; n < mention.last && named_both_sides; ++n)
      named_both_sides = n == k || (mentions_.is_name_word(n) && !tokens_.title(n) && (n > k || people_.find_token(n) < 0));
    body_named = named_both_sides;
    break;
  }
  // "Der Anwalt Kachelmanns", "Ein Sprecher Merkels": a person word before a known person's name in
  // the genitive heads the mention; the one named owns the title and does not speak.
  const bool possessor_named = !headed_by_noun && !body_named && owner_in_genitive(mention);
  headed_by_noun = headed_by_noun || possessor_named;
  for (std::size_t k = mention.last; !headed_by_noun && !body_named && k-- > mention.first;) {
    if (!tokens_.capitalized(k)) continue;
    if (const int index = people_.find_token(k); index >= 0) return person(index);
  }
  const std::size_t first = mention.first;
  // "Dieser", "letztere": the person named last, whoever spoke last.
  if (mention.size() == 1 && mentions_.is_demonstrative_alone(first)) {
    const int named = people_.last_mentioned_before(tokens_.span(first).begin, quotes);
    return named >= 0 ? person(named) : SpeakerRef{};
  }
  // (Without spaces a pronoun may take two tokens: "彼女".)
  const bool unspaced_pronoun = words_.unspaced && words_.pronouns.contains_folded(tokens_.document().slice({tokens_.span(first).begin, tokens_.span(mention.last - 1).end}));
  if ((mention.size() == 1 && (tokens_.in(first, words_.pronouns) || words_.source_pronouns.contains_folded(tokens_.folded(first)))) || unspaced_pronoun)
    return resolve_pronoun(tokens_.span(first).begin, recent, recent_is_close, quotes);
  if (mention.size() == 1 && tokens_.in(first, words_.group_pronouns)) return {};
  if (words_.unspaced) return unspaced_name(mention);

  // A body whose name runs across a link between name words ("Bank of America", "University of
  // Michigan") is named whole: its last word alone names a place, not the speaker.
  // (After its determiner too: "the Federation of Small Businesses".)
  const std::size_t body_first = tokens_.in(first, words_.determiners) && !words_.capitalised_nouns ? first + 1 : first;
  if (!headed_by_noun && mention.last >= body_first + 3 && mentions_.is_name_word(body_first) &&
      mentions_.is_name_word(mention.last - 1)) {
    std::size_t links = 0;
    bool all_names = true;
    // (A club's name links with a particle of its own language: "Sporting Clube de Portugal", "Real
    // Club Celta de Vigo"; data/club_words_<lang>.txt.)
    const WordSet& club_words = WordSet::shared("club_words", words_.language);
    bool club = false;
    for (std::size_t k = body_first; k < mention.last && !club; ++k) club = tokens_.capitalized(k) && club_words.contains_folded(tokens_.folded(k));
    for (std::size_t k = body_first + 1; k + 1 < mention.last && all_names; ++k) {
      // (Or a link of purpose: "Transport for London", "the Institute for Fiscal Studies".)
      if (words_.origin_links.contains_folded(tokens_.folded(k)) || (!tokens_.capitalized(k) && tokens_.in(k, words_.mention_links)) ||
          (club && !tokens_.capitalized(k) && tokens_.in(k, words_.name_particles)))
        ++links;
      else all_names = mentions_.is_name_word(k);
    }
    if (all_names && links == 1) return words_of(mention, false);
  }
  // A nationality written with a capital, where nouns take no article, stands for the person just
  // named ("– stwierdził Niemiec" after Hansi Flick), no one called so.
  if (mention.size() == 1 && words_.names_after_nouns && tokens_.capitalized(first))
    if (const int antecedent = bare_epithet_antecedent(mention, recent, quotes); antecedent >= 0) return person(antecedent);
  // A name the index does not know: the last run of name words, without titles ("Spokeswoman
  // Haley Morris", "el presidente del Gobierno, Pedro Sánchez") -- unless a person word heads the
  // mention ("Sanders's campaign manager").
  const bool description = tokens_.in(first, words_.determiners) || tokens_.in(first, words_.indefinites);
  const bool ends_in_name = mentions_.is_name_word(mention.last - 1);
  std::string body_key;  // the body a title serves ("представитель Минобороны"): its holder must be of it
  if ((!description || ends_in_name) && !headed_by_noun) {
    TokenRange name{mention.last, mention.last};
    for (std::size_t k = mention.last; k-- > mention.first;) {
      if (mentions_.is_name_word(k) && (name.empty() || (k + 1 == name.first && tokens_.joined(name.first)))) {
        if (name.empty()) name.last = k + 1;
        name.first = k;
      } else if (!name.empty()) {
        break;
      }
    }
    // (A body's head word the name words stopped at opens the run: "rzecznik Komendy Wojewódzkiej
    // Policji", data/place_heads_<lang>.txt.)
    if (words_.names_after_nouns && !name.empty() && name.first > first + 1 && tokens_.joined(name.first) &&
        tokens_.capitalized(name.first - 1) && place_heads_.contains_folded(tokens_.folded(name.first - 1)))
      --name.first;
    // A title before a body's acronym describes someone of that body ("глава МИД").
    // So does one opening a body's name ("представитель МЧС России"), where persons are never so named.
    // So does one before a body's short name ("представитель Минфина России"; data/place_heads_<lang>.txt).
    const bool acronym = is_acronym(tokens_.text(name.first)) &&
                         (name.size() == 1 || (words_.names_after_nouns && tokens_.text(name.first).size() <= 8));
    // So does one before a place or body in the genitive ("мэр Москвы", "rzecznik Pentagonu").
    const bool short_name = !name.empty() && (place_heads_.contains_folded(tokens_.folded(name.first)) ||
                                              (name.size() == 1 && serves_place_or_body(tokens_.folded(name.first), words_.language)));
    const bool body = ((acronym || short_name) && name.first > first && mentions_.title_ending_at(name.first - 1, first) > 0) ||
                      place_after_title_noun(name, first);
    if (body && short_name) body_key = tokens_.folded(name.first);
    // (Nor a place in the genitive after a title: "der Präsident Frankreichs".)
    const bool genitive_place = name.size() == 1 && name.first > mention.first &&
                                (people_.genitive_of_bare_word(name.first) || people_.genitive_after_described_title(name.first));
    // (Nor the place a description names the person by: "Police in Leeds", "Officials in Kyiv".)
    const bool place_of_description = !name.empty() && name.first > mention.first &&
                                      mentions_.described_by_place(name.first, name.last, mention.first) == mention.first;
    // (Nor a people's name in two words after an article: "the South African", "the Northern Irishman".)
    const bool people_name = description && !name.empty() && names_by_epithet(tokens_.folded(name.last - 1), false);
    if (!name.empty() && !body && !genitive_place && !place_of_description && !people_name &&
        (!description || tokens_.gap_before(name.first).find(',') != std::string_view::npos || name.size() >= 2))
      return words_of(name, false);
  }
  // Unnamed sources: a word such as "officials" or "a source", or one person described with an
  // indefinite ("a senior official", "an Iowa Democrat"); a group ("some residents") is described.
  bool anonymous = tokens_.in(first, words_.indefinites) && !tokens_.in(head, words_.group_nouns);
  for (std::size_t k = mention.first; k < mention.last; ++k)
    anonymous = anonymous || tokens_.in(k, words_.anonymous_sources);
  // (Or the apposition right after it says so: "сотрудник колонии, пожелавший остаться
  // неизвестным, рассказал", "przedstawiciel spółki, proszący o anonimowość, powiedział".)
  // (Set off by commas on both sides: not "По данным следствия, чиновник получил взятку".)
  constexpr std::size_t kMaxAppositionWords = 6;
  if (!anonymous && mention.last < tokens_.size() && tokens_.gap_before(mention.last).find(',') != std::string_view::npos) {
    bool asks = false;
    for (std::size_t k = mention.last; k < tokens_.size() && k - mention.last < kMaxAppositionWords; ++k) {
      if (k > mention.last && !tokens_.joined(k)) {
        anonymous = asks && tokens_.gap_before(k).find(',') != std::string_view::npos;
        break;
      }
      if (tokens_.in(k, words_.cues)) break;
      asks = asks || tokens_.in(k, words_.anonymous_sources);
    }
  }
  // (Or a phrase right after it, before the cue: "Представитель РЖД на условиях анонимности
  // рассказал"; data/anonymity_phrases_<lang>.txt.)
  constexpr std::size_t kMaxPhraseWords = 4;
  const WordSet& anonymity = WordSet::shared("anonymity_phrases", words_.language);
  std::string phrase;
  for (std::size_t k = mention.last; !anonymous && !anonymity.empty() && k + 1 < tokens_.size() && k - mention.last < kMaxPhraseWords && tokens_.joined(k); ++k) {
    phrase.append(phrase.empty() ? "" : " ").append(tokens_.folded(k));
    anonymous = anonymity.contains_folded(phrase) && tokens_.joined(k + 1) && tokens_.in(k + 1, words_.cues);
  }
  // (Not a source word after a definite article that stands for the person just named: "Ana Rita
  // Cavaco ... A responsável defendeu".)
  if (anonymous)
    if (const int antecedent = description_antecedent(mention, recent, quotes, true); antecedent >= 0) return person(antecedent);
  if (anonymous) return words_of(mention, true);
  // A description: the person with one of its titles or role words, or an equivalent one
  // ("the head of state" -> a president), preferring the last speaker and the main subject.
  std::vector<std::string> keys;
  const WordSet& qualifiers = WordSet::shared("role_qualifiers", words_.language);
  for (std::size_t k = mention.first; k < mention.last; ++k) {
    // "the shadow chancellor": the qualified office whole, as the person was given it.
    if (qualifiers.contains_folded(tokens_.folded(k)) && k + 1 < mention.last) {
      std::string office(tokens_.folded(k));
      for (std::size_t n = k + 1; n < mention.last; ++n) office.append(" ").append(tokens_.folded(n));
      keys.push_back(std::move(office));
      break;
    }
    if (const std::size_t title = mentions_.title_at(k, mention.last); title > 1) {
      std::string phrase(tokens_.folded(k));
      for (std::size_t n = 1; n < title; ++n) phrase.append(" ").append(tokens_.folded(k + n));
      keys.push_back(std::move(phrase));
      k += title - 1;
      continue;
    }
    const std::string_view word = tokens_.folded(k);
    // A title alone in a case that is never its nominative is looked up in the nominative: "по
    // словам тренера", "według ministra" name the "тренер", the "minister" (data/body_nominatives_<lang>.txt;
    // so after its adjectives, "по словам российского лидера"; a title with its body,
    // "руководителя региона", is looked up whole, below).
    std::string nominative = k + 1 == mention.last ? nominative_body(word, words_.language) : std::string();
    if (!nominative.empty() && (!words_.is_title(nominative) || tokens_.in(k, words_.group_nouns))) nominative.clear();  // (not "специалистов")
    if (!tokens_.in(k, words_.determiners) && !tokens_.in(k, words_.mention_links) &&
        !tokens_.in(k, words_.title_modifiers))
      keys.push_back(nominative.empty() ? std::string(word) : std::move(nominative));
  }
  // The whole office too, which role groups may name another way ("le ministre de la Justice" ~
  // "garde des sceaux").
  const std::size_t word_keys = keys.size();
  std::size_t office = mention.first;
  while (office < mention.last && tokens_.in(office, words_.determiners)) ++office;
  // (Two words too where a title takes its body in the genitive: "глава региона" ~ "губернатор".)
  if (mention.last - office >= 3 || (mention.last - office == 2 && words_.names_after_nouns)) {
    std::string phrase(tokens_.folded(office));
    for (std::size_t k = office + 1; k < mention.last; ++k) phrase.append(" ").append(tokens_.folded(k));
    if (std::string nominative = nominative_body(phrase, words_.language); !nominative.empty()) phrase = std::move(nominative);
    keys.push_back(std::move(phrase));
  }
  // A role word the text gives the person ("the Russian leader" -> Russian) counts before an
  // equivalent role ("leader" ~ president).
  auto exact = [&](int index) {
    for (const std::string& key : keys)
      if (people_.has_role(index, key)) return true;
    return false;
  };
  // Every word of it beats some word: "the French minister" is the minister who is French, not
  // the British one who spoke last.
  auto every = [&](int index) {
    for (std::size_t k = 0; k < word_keys; ++k)
      if (!people_.has_role(index, keys[k])) return false;
    return word_keys > 1;
  };
  // (The equivalent roles are looked up once, not per person the search weighs.)
  std::vector<std::string> equivalents;
  for (const std::string& key : keys)
    for (std::string& role : words_.equivalent_roles(key)) equivalents.push_back(std::move(role));
  auto equivalent = [&](int index) {
    for (const std::string& role : equivalents)
      if (people_.has_role(index, role)) return true;
    return false;
  };
  // Where titles compound, a bare title means a person given a compound of it: "der Minister" ->
  // "Innenminister Schäuble", "der Trainer" -> "Bundestrainer Prokop" -- not a deputy or a former
  // holder ("Vizekanzler", "Exminister": data/deputy_prefixes_<lang>.txt).
  auto compound = [&](int index) {
    for (const std::string& key : keys) {
      if (std::find(words_.title_suffixes.begin(), words_.title_suffixes.end(), key) == words_.title_suffixes.end()) continue;
      for (const std::string& role : people_.person(index).roles) {
        if (role.size() < key.size() + 3 || !role.ends_with(key)) continue;
        std::string_view modifier(role.data(), role.size() - key.size());
        if (modifier.ends_with('-')) modifier.remove_suffix(1);
        if (std::find(words_.deputy_prefixes.begin(), words_.deputy_prefixes.end(), modifier) == words_.deputy_prefixes.end())
          return true;
      }
    }
    return false;
  };
  // Only someone the text has introduced before the description can be meant by it: the last
  // speaker, else the main subject, else the person last named, else anyone introduced before.
  const uint32_t at = tokens_.span(mention.first).begin;
  // (A headline names its people by office before the story does: "..., says judge" is the judge
  // the first sentences after it name.)
  const uint32_t horizon = headline_horizon(at);
  auto introduced = [&](int index) { return index >= 0 && people_.person(index).first_at < horizon; };
  const std::size_t candidates = std::min<std::size_t>(people_.people().size(), kMaxPeopleScanned);
  // "Джонсон ... — заявил британский лидер": an adjective and a trade word that no one carries
  // together call the person just named, before anyone who is only some "лидер".
  if (const int antecedent = mention.size() >= 2 ? bare_epithet_antecedent(mention, recent, quotes) : -1; antecedent >= 0) {
    bool carried = false;
    for (std::size_t i = 0; i < candidates && !carried; ++i) carried = introduced(static_cast<int>(i)) && every(static_cast<int>(i));
    if (!carried) return person(antecedent);
  }
  // "the British prime minister": of the people just named, the one of that nation, before any
  // prime minister.
  if (const int antecedent = origin_antecedent(mention, quotes); antecedent >= 0) return person(antecedent);
  if (const int antecedent = former_holder(mention); antecedent >= 0) return person(antecedent);
  const std::function<bool(int)> stages[] = {every, exact, compound, equivalent};
  for (const auto& role_matches : stages) {
    const std::function<bool(int)> matches = [&](int index) {
      return role_matches(index) && (body_key.empty() || people_.has_role(index, body_key));
    };
    // Someone with the role introduced after the last speaker, and named since that speaker was,
    // is the one meant: "Foreign Minister A said ... Later, Defence Minister B arrived. '...,' the
    // minister said." -> B.
    // (The same word only, not an equivalent role: "the Russian leader" is no FIFA president named since.)
    const int named = people_.last_mentioned_matching(at, matches);
    if (&role_matches != &stages[3] && named >= 0 && named != recent && introduced(named) && introduced(recent) && matches(recent) &&
        people_.person(named).first_at > people_.person(recent).first_at)
      return person(named);
    for (const int preferred : {recent, people_.main_subject()})
      if (introduced(preferred) && matches(preferred)) return person(preferred);
    if (named >= 0) return person(named);
    for (std::size_t i = 0; i < candidates; ++i)
      if (introduced(static_cast<int>(i)) && matches(static_cast<int>(i))) return person(static_cast<int>(i));
  }
  // (Nor the one whose title it is: "der Anwalt Kachelmanns" names no one else the text names.)
  if (possessor_named) {
    SpeakerRef described = words_of(mention, false);
    described.described = true;
    return described;
  }
  // Nobody with that role: a description standing for the person just named ("la syndicaliste",
  // "der SPD-Politiker").
  if (const int antecedent = unruled_antecedent(mention, description_antecedent(mention, recent, quotes), quotes); antecedent >= 0)
    return person(antecedent);
  if (const int antecedent = bare_epithet_antecedent(mention, recent, quotes); antecedent >= 0) return person(antecedent);
  if (const int antecedent = office_antecedent(mention, recent, quotes); antecedent >= 0) return person(antecedent);
  if (const int antecedent = body_head_antecedent(mention, recent, quotes); antecedent >= 0) return person(antecedent);
  if (const int antecedent = body_epithet_antecedent(mention, quotes); antecedent >= 0) return person(antecedent);
  // Nobody just named: a passer-by the text never names is an unnamed source ("— говорит мужчина",
  // "– mówi starsza kobieta"; data/unnamed_person_nouns_<lang>.txt), not a body described.
  constexpr std::size_t kMaxUnnamedPersonWords = 3;  // "пожилая местная жительница"
  const WordSet& unnamed = WordSet::shared("unnamed_person_nouns", words_.language);
  if (!unnamed.empty() && mention.size() <= kMaxUnnamedPersonWords)
    for (std::size_t k = mention.first; k < mention.last; ++k)
      if (unnamed.contains_folded(tokens_.folded(k))) return words_of(mention, true);
  // Nobody with that role: a group or body described ("shop owners", "the ministry", "das Gericht").
  SpeakerRef described = words_of(mention, false);
  described.described = true;
  return described;
}

}  // namespace article_lens
