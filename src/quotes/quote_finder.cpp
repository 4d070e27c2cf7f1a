#include "quotes/quote_finder.h"

#include <algorithm>
#include <unordered_map>

#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/dialogue_speech.h"
#include "quotes/indirect_speech.h"
#include "quotes/source_anaphora.h"
#include "quotes/mentions.h"
#include "quotes/people.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_shape.h"
#include "quotes/quote_tokens.h"
#include "quotes/speaker_resolver.h"
#include "unicode/case_fold.h"

namespace article_lens {
namespace {

// A pronoun goes to the last speaker if they spoke within this many sentences.
constexpr long kRecentSentences = 3;
// Marked words no one is found to say are a name when they are this few and read as one.
constexpr uint32_t kMaxNameWords = 5;

struct Candidate {
  Quote quote;
  Attribution attribution;
  bool may_inherit = false;  // a quote standing alone may continue the previous speaker
  bool names = false;        // marked as a name or title by its context (not just unattributed)
  // Attributed to a pronoun right next to it ("« ... », a-t-il promis", "“...,” he says"), which may
  // mean the subject of the sentence before.
  bool adjacent_pronoun = false;
  bool name_like = false;    // a few words reading as a name: with no speaker found, a name or term
};

uint32_t count_words(const Document& document, Span span) {
  uint32_t words = 0;
  for (std::size_t k = document.first_token_at_or_after(span.begin);
       k < document.tokens.size() && document.tokens[k].span.end <= span.end; ++k)
    ++words;
  return words;
}

// Only a comma or a conjunction ("und", "oder") stands between two marked spans.
bool joins_a_list(const QuoteTokens& tokens, const QuoteLexicon& words, Span previous, Span next) {
  if (next.begin <= previous.end) return false;
  const std::string_view gap = tokens.document().text.substr(previous.end, next.begin - previous.end);
  const std::size_t word = gap.find_first_not_of(" ,");
  if (word == std::string_view::npos) return gap.find(',') != std::string_view::npos;
  const std::size_t k = tokens.first_at_or_after(previous.end);
  if (k >= tokens.size() || tokens.span(k).end > next.begin) return false;
  const bool coordinator = tokens.in(k, words.coordinators) ||
                           (tokens.in(k, words.clause_conjunctions) && !tokens.in(k, words.fillers));  // "und", "oder"
  return coordinator &&
         gap.find_first_not_of(" ,", tokens.span(k).end - previous.end) == std::string_view::npos;
}

// An attribution with a person for its speaker, not "man" or a thing ("Das nennt man einen
// „Split“", "Dieses Kriterium nennt man eine „Gefährdung“").
bool names_someone(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const Attribution& found) {
  if (!found.found() || found.mention.empty()) return false;
  return !(found.mention.size() == 1 && tokens.in(found.mention.first, words.group_pronouns)) && mentions.is_person_like(found.mention);
}

// The words' "speaker" is a title or motto: „Gewalt gegen Kinder“, so lautet der Titel der Studie.
// (A description's noun right after its article, not a name: "Sebastian Kurz".)
bool names_by_naming_word(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                          const Attribution& found) {
  constexpr std::size_t kMaxWordsToNoun = 3;
  if (!found.found() || found.mention.empty() || !mentions.is_description_start(found.mention.first)) return false;
  const WordSet& naming = WordSet::shared("naming_words", words.language);
  for (std::size_t m = found.mention.first + 1; m < found.mention.last && m <= found.mention.first + kMaxWordsToNoun; ++m)
    if (naming.contains_folded(tokens.folded(m)) && (!words.capitalised_nouns || tokens.capitalized(m)))
      return true;  // a noun ("der Titel"), not "ein nicht genannter Vertreter"
  return false;
}

bool has_line_break(std::string_view text) {
  return text.find('\n') != std::string_view::npos || text.find('\r') != std::string_view::npos;
}

// Assigns speakers in text order, remembering who spoke last for pronouns and quote-only sentences.
class SpeakerBook {
 public:
  SpeakerBook(const Document& document, const QuoteTokens& tokens, const MentionFinder& mentions, const AttributionFinder& attribution,
              const QuoteLexicon& words, const PeopleIndex& people, QuoteFindings& findings)
      : document_(document), tokens_(tokens), mentions_(mentions), attribution_(attribution), words_(words), people_(people),
        findings_(findings) {}

  void assign(Candidate& candidate, const SpeakerResolver& resolver, const std::vector<Span>& quotes) {
    Quote& quote = candidate.quote;
    const long sentence = document_.sentence_at(quote.span.begin);
    const bool close = last_sentence_ >= 0 && sentence - last_sentence_ <= kRecentSentences;
    int32_t speaker = -1;
    bool named = last_speaker_named_;  // whether the speaker is a person the text names
    if (candidate.attribution.found()) {
      const Attribution& found = candidate.attribution;
      quote.speaker_mention = found.mention_span;
      quote.cue = found.cue;
      // Not when the pronoun cannot mean the last speaker ("she" after "Mr. Kirby said").
      // Nor when someone of the pronoun's gender was named since the last speaker spoke, and the
      // last speaker's gender is not known to match ("Dottie Deans, the chairwoman, ... she said").
      // For a pronoun: the subject of the sentence before, read only where it may be needed (after a
      // paragraph break since the last speaker, or with no one else to mean).
      const bool pronoun = candidate.adjacent_pronoun && is_pronoun_mention(found);
      Attribution subject;
      bool subject_read = false;
      auto sentence_subject = [&]() -> const Attribution& {
        if (!subject_read) subject = attribution_.reported_lead_in(MarkedSpan{quote.span, quote.content}, quotes), subject_read = true;
        return subject;
      };
      const bool newcomer_opens = pronoun && last_speaker_ >= 0 && quote.span.begin > last_end_ &&
                                  has_line_break(document_.text.substr(last_end_, quote.span.begin - last_end_)) &&
                                  opens_new_paragraph(sentence_subject(), found, resolver, quotes);
      const bool pronoun_misfits =
          is_pronoun_mention(found) && (resolver.pronoun_excludes(found.mention_span.begin, last_person_) ||
                                        newcomer_fits(resolver, found.mention_span.begin, quotes) || newcomer_opens);
      const bool close_speaker = close && last_speaker_ >= 0 && !pronoun_misfits;
      // "ont-ils déclaré": a group speaks, and no one person is named.
      // So does "sie" with a plural verb ("Sie schrieben: ...").
      const bool group = (found.pronoun_in_cue && words_.group_pronouns.contains_folded(unicode::fold_case(document_.slice(found.mention_span)))) ||
                         (found.mention.size() == 1 && mentions_.is_plural_by_verb(found.mention.first));
      if (group) {
        if (!quote.cue.empty()) quote.cue_tone = tone(quote.cue);
        return;
      }
      // (A subject in the verb's ending is the person named last, whoever spoke last: "Minister X
      // odwiedziła szpital. Jak dodała, ...".)
      SpeakerRef ref = newcomer_opens       ? resolver.resolve(sentence_subject().mention, -1, false, quotes)
                       : found.pronoun_in_cue ? resolver.resolve_pronoun(found.mention_span.begin, recent_person_,
                                                                         close_speaker && !found.subject_in_verb, quotes)
                                              : resolver.resolve(found.mention, recent_person_, close_speaker, quotes);
      // "Her neighbour, Tom Reed, agrees. “...,” he says": the newcomer, not the last speaker; nor,
      // with no one speaking close by, someone named after the newcomer ("Sen. Ann Cole criticised
      // Gov. Bill Hart. “...,” she said").
      if (!newcomer_opens && is_pronoun_mention(found) && !found.pronoun_in_cue) {
        if (const SpeakerRef newcomer = resolver.subject_newcomer(found.mention_span.begin, last_end_, quotes);
            newcomer.person >= 0 && newcomer.person != last_person_)
          ref = newcomer;
      }
      // «...», — сказал парламентарий / руководитель фракции: a bare role after the quote (a title and
      // lower-case words, no name), one the text gave no one. Where nouns take no article (quote_style
      // "names-after-nouns"), it refers back, as a pronoun would, to the person last named ("Член
      // совета Павел Безручко напомнил ... «...», — сказал эксперт").
      if (words_.names_after_nouns && close && ref.described && ref.person < 0 && !found.pronoun_in_cue &&
          found.mention_span.begin >= quote.span.end && is_bare_role(found.mention)) {
        if (const SpeakerRef back = resolver.resolve_pronoun(found.mention_span.begin, recent_person_, false, quotes); back.person >= 0)
          ref = back;
      }
      // "a précisé cette source", "las mismas fuentes": the unnamed source quoted just before.
      const int32_t earlier = ref.anonymous ? earlier_source(tokens_, mentions_, words_, found.mention, findings_) : -1;
      speaker = earlier >= 0 ? earlier : speaker_for(ref);
      named = true;
      // A pronoun right after someone spoke is theirs ("« ... », a-t-il ajouté").
      if (speaker < 0 && close_speaker && is_pronoun_mention(found)) speaker = last_speaker_, named = last_speaker_named_;
      // With no one to mean, it means the description the sentence before opens with ("Le Premier
      // ministre a présenté son plan. « ... », a-t-il promis").
      if (speaker < 0 && ref.person < 0 && pronoun && sentence_subject().found()) {
        speaker = speaker_for(resolver.resolve(sentence_subject().mention, recent_person_, false, quotes));
        named = false;
      }
      if (ref.person >= 0) recent_person_ = ref.person;
      if (ref.known()) last_person_ = ref.person;
    } else if (candidate.may_inherit && last_speaker_ >= 0 && inherits(quote, sentence, resolver, quotes)) {
      speaker = last_speaker_;
      quote.cue = candidate.attribution.cue;  // its own, when its subject is left out
    } else {
      quote.cue = candidate.attribution.cue;  // speech by its context, speaker unknown
    }
    if (!quote.cue.empty()) quote.cue_tone = tone(quote.cue);
    if (speaker < 0) return;
    quote.speaker = speaker;
    Speaker& entry = findings_.speakers[static_cast<std::size_t>(speaker)];
    if (quote.kind == QuoteKind::kIndirect) ++entry.indirect_quotes;
    else ++entry.direct_quotes, entry.quoted_words += count_words(document_, quote.content);
    if (!quote.speaker_mention.empty()) entry.mentions.push_back(quote.speaker_mention);
    if (!quote.cue.empty()) {
      std::string cue = unicode::fold_case(document_.slice(quote.cue));
      if (quote.cue_tone == CueTone::kLoaded) ++entry.loaded_cues;
      if (std::find(entry.cues.begin(), entry.cues.end(), cue) == entry.cues.end()) entry.cues.push_back(std::move(cue));
    }
    // Where this quote's attribution ends: after the quote, or in the sentence after it ("“...” Trump said.").
    const uint32_t end = std::max({quote.span.end, quote.cue.end, quote.speaker_mention.end});
    last_speaker_ = speaker;
    last_speaker_named_ = named;
    last_sentence_ = document_.sentence_at(end > 0 ? end - 1 : 0);
    last_end_ = end;
  }

 private:
  // A quote standing alone continues the last speaker when it follows in the next sentence or in
  // the same paragraph.
  // A quote that is a paragraph of its own goes on with a dialogue over a sentence of narration
  // that names no one else ("“...,” Miller said into the phone. ¶ She pauses. ¶ “...”").
  bool inherits(const Quote& quote, long sentence, const SpeakerResolver& resolver, const std::vector<Span>& quotes) const {
    if (sentence - last_sentence_ <= 1) return true;
    if (quote.span.begin < last_end_) return false;
    const std::string_view gap = document_.text.substr(last_end_, quote.span.begin - last_end_);
    if (!has_line_break(gap)) return true;
    // (One sentence of narration at most: a pull quote or a header stands farther from its source.)
    constexpr long kMaxNarration = 2;
    if (sentence - last_sentence_ <= kMaxNarration && alone_in_paragraph(quote) &&
        !resolver.names_other_between(last_end_, quote.span.begin, last_person_, quotes))
      return true;
    return paragraph_goes_on(quote, gap);
  }

  // A paragraph of a quote alone, right after the paragraph where the last speaker spoke, with no
  // one else named since ("„...“, sagte Stein. Dann ging er.\n\n„Wir klagen.“"): theirs.
  bool paragraph_goes_on(const Quote& quote, std::string_view gap) const {
    constexpr std::size_t kMaxWordsBetween = 60;
    constexpr std::size_t kMaxBytesBetween = 1500;  // keeps the paragraph count linear over the text
    if (gap.size() > kMaxBytesBetween || paragraph_breaks(gap) != 1 || !alone_in_paragraph(quote)) return false;
    const std::size_t first = tokens_.first_at_or_after(last_end_);
    for (std::size_t k = first; k < tokens_.size() && tokens_.span(k).end <= quote.span.begin; ++k)
      if (k - first > kMaxWordsBetween || people_.find_token(k) >= 0) return false;
    return true;
  }

  static int paragraph_breaks(std::string_view text) {
    int breaks = 0;
    for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
      const std::size_t next = text.find_first_not_of(" \t\r", at + 1);
      if (next != std::string_view::npos && text[next] == '\n') ++breaks, at = next;
    }
    return breaks;
  }

  bool alone_in_paragraph(const Quote& quote) const {
    const std::string_view text = document_.text;
    const std::size_t before = text.find_last_not_of(" \t", quote.span.begin == 0 ? std::string_view::npos : quote.span.begin - 1);
    const std::size_t after = text.find_first_not_of(" \t.", quote.span.end);
    const bool starts = quote.span.begin == 0 || before == std::string_view::npos || text[before] == '\n';
    return starts && (after == std::string_view::npos || text[after] == '\n' || text[after] == '\r');
  }

  bool newcomer_fits(const SpeakerResolver& resolver, uint32_t pos, const std::vector<Span>& quotes) const {
    // After a description that names no one spoke, anyone named since may be meant ("Le Premier
    // ministre ... a-t-il promis. La présidente ..., Mathilde Rousseau, ... estime-t-elle").
    if (!last_speaker_named_) return resolver.named_since(pos, last_end_, quotes) >= 0;
    const int newcomer = resolver.pronoun_fits_newcomer(pos, last_end_, quotes);
    return newcomer >= 0 && newcomer != last_person_ && !resolver.pronoun_fits(pos, last_person_);
  }

  // The last speaker spoke paragraphs ago, and the sentence before the pronoun, in its paragraph,
  // opens with someone else ("Le ministre de l'Intérieur Paul Garnier a présenté son plan. « ... »,
  // a-t-il dit.").
  bool opens_new_paragraph(const Attribution& subject, const Attribution& found, const SpeakerResolver& resolver,
                           const std::vector<Span>& quotes) const {
    if (!subject.found() || subject.mention_span.begin < last_end_ ||
        !has_line_break(document_.text.substr(last_end_, subject.mention_span.begin - last_end_)))
      return false;
    // (Only a name opening its sentence, perhaps after its description — "Her neighbour, Tom Reed,
    // agrees." —; not "Clinton and husband Bill", nor a description alone.)
    const TokenRange mention = subject.mention;
    const long sentence = document_.sentence_at(subject.mention_span.begin);
    if (sentence < 0 || !mentions_.is_name_word(mention.last - 1)) return false;
    const std::size_t opening = tokens_.first_at_or_after(document_.sentences[static_cast<std::size_t>(sentence)].span.begin);
    if (opening != mention.first && !described_before(opening, mention.first)) return false;
    for (std::size_t k = mention.first; k < mention.last; ++k)
      if (tokens_.in(k, words_.coordinators)) return false;
    const int person = resolver.resolve(mention, -1, false, quotes).person;
    return person >= 0 && person != last_person_ && !resolver.pronoun_excludes(found.mention_span.begin, person);
  }

  // Tokens [first, name) are a short description set off by a comma before a name ("Her neighbour, Tom Reed").
  bool described_before(std::size_t first, std::size_t name) const {
    constexpr std::size_t kMaxDescriptionWords = 4;
    if (name <= first + 1 || name - first > kMaxDescriptionWords || !mentions_.is_description_start(first) ||
        tokens_.gap_before(name).find(',') == std::string_view::npos)
      return false;
    for (std::size_t k = first + 1; k < name; ++k)
      if (!tokens_.joined(k) || tokens_.capitalized(k) || tokens_.in(k, words_.cues) || tokens_.in(k, words_.finite_verbs)) return false;
    return true;
  }

  // A title, then a lower-case word at most: "эксперт", "руководитель фракции", "глава государства".
  bool is_bare_role(TokenRange mention) const {
    // (A longer description brings someone new: "сотрудник иркутского министерства лесного комплекса".)
    constexpr std::size_t kMaxRoleWords = 2;
    if (mention.empty() || mention.size() > kMaxRoleWords) return false;
    const std::string_view first = tokens_.text(mention.first);
    if (!words_.is_title(unicode::fold_case(first))) return false;
    for (std::size_t k = mention.first; k < mention.last; ++k) {
      const std::string_view word = tokens_.text(k);
      if (unicode::fold_case(word) != word) return false;
    }
    return true;
  }

  bool is_pronoun_mention(const Attribution& found) const {
    if (found.pronoun_in_cue) return true;
    if (found.mention.size() != 1) return false;
    const std::string_view mention = document_.slice(found.mention_span);
    return words_.pronouns.contains(mention) || words_.source_pronouns.contains(mention);
  }

  CueTone tone(Span cue) const {
    const std::string folded = unicode::fold_case(document_.slice(cue));
    if (words_.loaded_cues.contains_folded(folded)) return CueTone::kLoaded;
    for (std::size_t begin = 0; begin < folded.size();) {  // "has claimed", "a prétendu"
      std::size_t end = folded.find(' ', begin);
      if (end == std::string::npos) end = folded.size();
      if (words_.loaded_cues.contains_folded(std::string_view(folded).substr(begin, end - begin))) return CueTone::kLoaded;
      begin = end + 1;
    }
    return CueTone::kNeutral;
  }

  int32_t speaker_for(const SpeakerRef& ref) {
    if (!ref.known()) return -1;
    // People by index; other speakers by their folded words, anonymous ones apart.
    std::string key(1, ref.person >= 0 ? 'p' : ref.anonymous ? 'a' : ref.described ? 'd' : 'n');
    key += ref.person >= 0 ? std::to_string(ref.person) : unicode::fold_case(ref.name);
    const auto [it, inserted] = by_key_.emplace(std::move(key), static_cast<int32_t>(findings_.speakers.size()));
    if (inserted) {
      Speaker speaker;
      speaker.name = ref.name;
      speaker.anonymous = ref.anonymous;
      speaker.described = ref.described;
      findings_.speakers.push_back(std::move(speaker));
    }
    return it->second;
  }

  const Document& document_;
  const QuoteTokens& tokens_;
  const MentionFinder& mentions_;
  const AttributionFinder& attribution_;
  const QuoteLexicon& words_;
  const PeopleIndex& people_;
  QuoteFindings& findings_;
  std::unordered_map<std::string, int32_t> by_key_;
  int recent_person_ = -1;
  bool last_speaker_named_ = true;
  int last_person_ = -1;  // the person the last speaker is, if a person
  int32_t last_speaker_ = -1;
  long last_sentence_ = -1;
  uint32_t last_end_ = 0;
};

}  // namespace

QuoteFinder::QuoteFinder(std::string_view language) : language_(language), pairer_(language) {}

QuoteFindings QuoteFinder::find(const Document& document) const { return find(document, pairer_.pair(document.text)); }

QuoteFindings QuoteFinder::find(const Document& document, const std::vector<MarkedSpan>& paired) const {
  QuoteFindings findings;
  const QuoteLexicon& words = QuoteLexicon::shared(language_);
  const QuoteTokens tokens(document, words);
  MentionFinder mentions(tokens, words);
  PeopleIndex people(tokens, mentions, words);
  mentions.set_known_person([&people](std::size_t k) { return people.find_token(k) >= 0; });
  const AttributionFinder attribution(tokens, mentions, words);
  const SpeakerResolver resolver(tokens, mentions, people, words);

  // Speech set off by dashes; the quotation marks inside it are quotes within the speech.
  std::vector<Candidate> dialogue;
  std::vector<Span> dialogue_spans;
  const DialogueSpeechFinder dialogue_finder(tokens, words, attribution);
  for (const DialogueSpeech& speech : dialogue_finder.find()) {
    Candidate candidate;
    candidate.quote.span = speech.span.span;
    candidate.quote.content = speech.span.content;
    candidate.attribution = speech.attribution;
    candidate.may_inherit = !speech.attribution.found();
    dialogue.push_back(std::move(candidate));
    dialogue_spans.push_back(speech.span.span);
  }
  std::vector<MarkedSpan> marked;
  for (std::size_t q = 0, d = 0; q < paired.size(); ++q) {
    const MarkedSpan& span = paired[q];
    while (d < dialogue_spans.size() && dialogue_spans[d].end <= span.span.begin) ++d;
    const bool in_dialogue = d < dialogue_spans.size() && dialogue_spans[d].begin <= span.span.begin;
    if (span.depth == 0 && !span.content.empty() && !in_dialogue) dialogue_finder.split_interrupted(span, marked);
  }
  std::vector<Span> quote_spans = dialogue_spans;
  for (const MarkedSpan& span : marked) quote_spans.push_back(span.span);
  std::sort(quote_spans.begin(), quote_spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  people.learn_genders_from_pronouns(quote_spans);

  std::vector<Candidate> candidates;
  for (std::size_t q = 0; q < marked.size(); ++q) {
    const MarkedSpan& span = marked[q];
    Candidate candidate;
    candidate.quote.span = span.span;
    candidate.quote.content = span.content;
    candidate.quote.unclosed = span.unclosed;
    // (Not words opening with a pronoun, a sentence: „Wir erwarten euch“.)
    candidate.name_like = words.capitalised_nouns && reads_as_name(tokens, span) && count_words(document, span.content) <= kMaxNameWords &&
                          !mentions.is_pronoun(tokens.first_at_or_after(span.content.begin));
    // Speech resumed after the author's words inside its marks goes on with their speaker.
    if (span.resumed) {
      candidate.may_inherit = true;
      candidates.push_back(std::move(candidate));
      continue;
    }
    // The words before a quote may reach back over a scare quote ("he 'said', “...”"), not over speech.
    std::size_t previous_end = 0;
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it)
      if (it->quote.kind != QuoteKind::kScare) {
        previous_end = it->quote.span.end;
        break;
      }
    // The attribution after a quote may name a marked source („…“, schrieb „Die Zeit“).
    std::size_t next_begin = q + 1 < marked.size() ? marked[q + 1].span.end : document.text.size();
    // Where the next marks hold a name, the speaker may go on past them ("«...», — сказал директор
    // АО «Северный ветер» Олег Сомов", "– powiedział w rozmowie z „Faktem” lider związkowców Piotr Duda").
    if (words.names_after_nouns && q + 1 < marked.size() &&
        (noun_before(tokens, mentions, words, marked[q + 1]) == NounBefore::kNamedByNoun || reads_as_name(tokens, marked[q + 1])))
      next_begin = q + 2 < marked.size() ? marked[q + 2].span.begin : document.text.size();
    // Speech or scare quote, by context: an attribution beside it, standing as an utterance of its
    // own, or a cue elsewhere in its sentence (unless it reads as a title).
    const NounBefore noun = noun_before(tokens, mentions, words, span);
    // A span listed with a name or title before it is one too: „Touareg“ und „Phaeton“, („Hartz IV“, „Rente mit 67“).
    const bool listed_with_name = !candidates.empty() && candidates.back().names &&
                                  joins_a_list(tokens, words, candidates.back().quote.span, span.span);
    // «Первый шаг», «Второй шаг» и «Третий шаг»: name-like spans listed together name things.
    const bool defined_or_told = words.names_after_nouns && (defined_by_dash(tokens, words, span) || told_outlet(tokens, mentions, words, span));
    const bool listed_names = words.names_after_nouns && reads_as_name(tokens, span) &&
                              ((q + 1 < marked.size() && joins_a_list(tokens, words, span.span, marked[q + 1].span) &&
                                reads_as_name(tokens, marked[q + 1])) ||
                               (q > 0 && joins_a_list(tokens, words, marked[q - 1].span, span.span) &&
                                reads_as_name(tokens, marked[q - 1])));
    if (is_gloss_or_label(document, span) || noun == NounBefore::kNamedByNoun || follows_naming_word(tokens, words, span) ||
        followed_by_byline(tokens, words, span) ||
        listed_with_name || listed_names || defined_or_told) {
      candidate.quote.kind = QuoteKind::kScare;
      candidate.names = true;
      candidates.push_back(std::move(candidate));
      continue;
    }
    candidate.attribution = attribution.adjacent(span, previous_end, next_begin);
    // „...“ und „...“: a quote listed after an attributed one shares its speaker.
    if (!candidate.attribution.found() && !candidates.empty() && candidates.back().quote.kind == QuoteKind::kDirect &&
        candidates.back().attribution.found() && joins_a_list(tokens, words, candidates.back().quote.span, span.span))
      candidate.attribution = candidates.back().attribution;
    candidate.adjacent_pronoun = candidate.attribution.pronoun_in_cue ||
                                 (candidate.attribution.mention.size() == 1 &&
                                  (tokens.in(candidate.attribution.mention.first, words.pronouns) ||
                                   words.source_pronouns.contains_folded(tokens.folded(candidate.attribution.mention.first))));
    // «...», — сказал он. Об этом заявил глава МЧС Александр Куренков.
    if (candidate.adjacent_pronoun && !candidate.attribution.implicit_subject && attribution.named_after(span, candidate.attribution))
      candidate.adjacent_pronoun = false;
    // «...», ha assicurato: the subject left out is the person the sentence before names, else the
    // last speaker.
    if (candidate.attribution.implicit_subject) {
      Attribution subject = attribution.lead_in(span, quote_spans);
      if (!subject.found()) subject = attribution.reported_lead_in(span, quote_spans);
      // (Someone: a person the text names or a title, not a capitalised word opening the sentence.)
      if (subject.found() && resolver.resolve(subject.mention, -1, false, quote_spans).person < 0) {
        bool titled = false;
        for (std::size_t k = subject.mention.first; k < subject.mention.last && !titled; ++k) titled = tokens.title(k);
        if (!titled) subject = {};
      }
      if (subject.found()) {
        subject.cue = candidate.attribution.cue;
        candidate.attribution = subject;
      } else {
        candidate.may_inherit = true;
      }
    }
    // (An impersonal cue after it, "«...», — говорится в сообщении", leaves it speech with no speaker.)
    if (!candidate.attribution.found() && !candidate.attribution.cue_only()) {
      if (reads_as_utterance(document, span) || noun == NounBefore::kSpeech) {
        // An utterance may still have its cue earlier in the sentence ("Sanders tells reporters
        // that “... fine. If ...”"); else it may continue the last speaker.
        Attribution within = attribution.in_sentence(span, quote_spans);
        if (!within.found()) within = attribution.signed_after(span);
        if (!within.found()) within = attribution.follow_up(span);
        if (!within.found()) within = attribution.lead_in(span, quote_spans);
        // The person the sentence before names as its subject, with no cue ("Sein Bruder Georg war
        // eingeweiht. „Er wünscht sich Ruhe.“").
        if (!within.found()) within = attribution.reported_lead_in(span, quote_spans);
        if (within.found()) candidate.attribution = within;
        else candidate.may_inherit = true;
      } else if (noun == NounBefore::kNaming || attribution.names_a_source(span)) {
        // Title-cased words are speech in a headline that names its speaker with a colon.
        candidate.attribution = attribution.colon_introduction(span);
        if (!candidate.attribution.found()) candidate.quote.kind = QuoteKind::kScare;
      } else if (looks_like_title(tokens, mentions, words, span)) {
        // The same, or the name someone gives ("he called Rubio “Little Marco”").
        candidate.attribution = attribution.colon_introduction(span);
        if (!candidate.attribution.found()) candidate.attribution = attribution.names_as(span);
        if (!candidate.attribution.found() && !candidate.attribution.cue_only()) candidate.quote.kind = QuoteKind::kScare;
      } else {
        candidate.attribution = attribution.in_sentence(span, quote_spans);
        if (!candidate.attribution.found() && candidate.attribution.reported_mood) {
          if (Attribution lead = attribution.reported_lead_in(span, quote_spans); lead.found()) candidate.attribution = lead;
        }
        if (!candidate.attribution.found() && !candidate.attribution.cue_only()) candidate.quote.kind = QuoteKind::kScare;
        if (noun == NounBefore::kCalled && !names_someone(tokens, mentions, words, candidate.attribution)) {
          candidate.quote.kind = QuoteKind::kScare;
          candidate.attribution = {};
        }
        candidate.may_inherit = candidate.attribution.reported_mood;
      }
    }
    // "стройка, которую СМИ назвали «Дворцом Путина»": a name given, no speech.
    if (candidate.quote.kind == QuoteKind::kDirect && names_by_naming_verb(tokens, words, span, candidate.attribution)) {
      candidate.quote.kind = QuoteKind::kScare;
      candidate.attribution = {};
      candidate.names = true;
    }
    candidates.push_back(std::move(candidate));
  }
  candidates.insert(candidates.end(), dialogue.begin(), dialogue.end());
  // Where the press marks the names of bodies and works (quote_style "names-after-nouns"), such a
  // name keeps no reported speech out of its sentence ("Глава компании «Ромашка» Иван Петров
  // заявил, что ..."); other quotes do.
  std::vector<Span> speech_spans;
  for (const Candidate& candidate : candidates)
    if (!candidate.names || !words.names_after_nouns) speech_spans.push_back(candidate.quote.span);
  std::sort(speech_spans.begin(), speech_spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  const IndirectSpeechFinder indirect(tokens, mentions, words, attribution);
  for (const ReportedSpeech& report : indirect.find(speech_spans)) {
    Candidate candidate;
    candidate.quote.span = candidate.quote.content = report.content;
    candidate.quote.kind = QuoteKind::kIndirect;
    candidate.attribution = report.attribution;
    candidates.push_back(std::move(candidate));
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) {
                     // (A reported clause before the marked words it opens with: the outer span first.)
                     return a.quote.span.begin < b.quote.span.begin ||
                            (a.quote.span.begin == b.quote.span.begin && a.quote.span.end > b.quote.span.end);
                   });

  // "— заявил министр Тарас Лис": a cue's ending tells its named speaker's gender, which later
  // pronouns need ("— додала вона" cannot mean him).
  for (const Candidate& candidate : candidates) {
    const Attribution& said = candidate.attribution;
    if (said.found() && !said.pronoun_in_cue && !said.cue.empty() && said.mention.size() >= 2)
      people.learn_gender_from_cue(said.mention, tokens.first_at_or_after(said.cue.end) - 1);
  }
  SpeakerBook book(document, tokens, mentions, attribution, words, people, findings);
  QuoteFigures& figures = findings.figures;
  for (Candidate& candidate : candidates) {
    // „Gewalt gegen Kinder“, so lautet der Titel der Studie: the words' "speaker" is a title or motto.
    if (candidate.quote.kind == QuoteKind::kDirect && names_by_naming_word(tokens, mentions, words, candidate.attribution)) {
      candidate.quote.kind = QuoteKind::kScare;
      candidate.attribution = {};
    }
    if (candidate.quote.kind != QuoteKind::kScare) book.assign(candidate, resolver, quote_spans);
    // "Sein Werk entstand 1978: „Le Grand Macabre“.", "„Uncle Ted“, wie er genannt wurde": marked
    // words reading as a name that no one is found to say are the name, not speech.
    if (candidate.name_like && candidate.quote.kind == QuoteKind::kDirect && candidate.quote.speaker < 0) {
      candidate.quote.kind = QuoteKind::kScare;
      candidate.quote.cue = {};
      candidate.quote.cue_tone = CueTone::kNone;
    }
    const Quote& quote = candidate.quote;
    switch (quote.kind) {
      case QuoteKind::kDirect: ++figures.direct_quotes, figures.unattributed_quotes += quote.speaker < 0; break;
      case QuoteKind::kIndirect: ++figures.indirect_quotes; break;
      case QuoteKind::kScare: ++figures.scare_quotes; break;
    }
    if (quote.cue_tone == CueTone::kLoaded) ++figures.loaded_cues;
    if (quote.cue_tone == CueTone::kNeutral) ++figures.neutral_cues;
    findings.quotes.push_back(quote);
  }
  for (const Speaker& speaker : findings.speakers)
    (speaker.anonymous ? figures.anonymous_sources : speaker.described ? figures.described_sources : figures.named_sources) += 1;
  return findings;
}

}  // namespace article_lens
