#include "quotes/quote_finder.h"

#include <algorithm>

#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/dialogue_speech.h"
#include "quotes/interview_answers.h"
#include "quotes/indirect_speech.h"
#include "quotes/mentions.h"
#include "quotes/people.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_shape.h"
#include "quotes/quote_tokens.h"
#include "quotes/speaker_book.h"
#include "quotes/speaker_resolver.h"

namespace article_lens {
namespace {

// Marked words no one is found to say are a name when they are this few and read as one.
constexpr uint32_t kMaxNameWords = 5;

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
  // (Only where a capital tells the naming word a noun: elsewhere the table's words are also
  // adjectives, "the turmoil after the so-called Brexit vote".)
  if (!words.capitalised_nouns || !found.found() || found.mention.empty() || !mentions.is_description_start(found.mention.first)) return false;
  const WordSet& naming = WordSet::shared("naming_words", words.language);
  for (std::size_t m = found.mention.first + 1; m < found.mention.last && m <= found.mention.first + kMaxWordsToNoun; ++m)
    if (naming.contains_folded(tokens.folded(m)) && tokens.capitalized(m))
      return true;  // a noun ("der Titel"), not "ein nicht genannter Vertreter"
  return false;
}

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
  std::vector<QuoteCandidate> dialogue;
  std::vector<Span> dialogue_spans;
  const DialogueSpeechFinder dialogue_finder(tokens, words, attribution);
  for (const DialogueSpeech& speech : dialogue_finder.find()) {
    QuoteCandidate candidate;
    candidate.quote.span = speech.span.span;
    candidate.quote.content = speech.span.content;
    candidate.attribution = speech.attribution;
    candidate.may_inherit = !speech.attribution.found();
    dialogue.push_back(std::move(candidate));
    dialogue_spans.push_back(speech.span.span);
  }
  // An interview's answers ("Weiß: Wir wollten alle hören.", or dashed lines after dashed
  // questions), in text order among the dialogue.
  std::vector<InterviewAnswer> answers = find_interview_answers(tokens, people);
  for (InterviewAnswer& answer : find_dashed_interview_answers(tokens, words, people, dialogue_spans)) answers.push_back(std::move(answer));
  for (InterviewAnswer& answer : find_labelled_interview_answers(tokens, words, people)) answers.push_back(std::move(answer));
  for (InterviewAnswer& answer : find_quoted_interview_answers(tokens, words, people)) answers.push_back(std::move(answer));
  if (!answers.empty()) {
    for (InterviewAnswer& answer : answers) {
      QuoteCandidate candidate;
      candidate.quote.span = answer.span.span;
      candidate.quote.content = answer.span.content;
      candidate.attribution = answer.attribution;
      dialogue.push_back(std::move(candidate));
    }
    std::sort(dialogue.begin(), dialogue.end(),
              [](const QuoteCandidate& a, const QuoteCandidate& b) { return a.quote.span.begin < b.quote.span.begin; });
    dialogue_spans.clear();
    for (const QuoteCandidate& candidate : dialogue) dialogue_spans.push_back(candidate.quote.span);
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

  std::vector<QuoteCandidate> candidates;
  for (std::size_t q = 0; q < marked.size(); ++q) {
    const MarkedSpan& span = marked[q];
    QuoteCandidate candidate;
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
    // (Over two such names: "— сказал «Интерфаксу» президент «АвтоВАЗа» Максим Соколов".)
    constexpr std::size_t kMaxNamesInMarks = 2;
    auto holds_name = [&](const MarkedSpan& next) {
      return noun_before(tokens, mentions, words, next) == NounBefore::kNamedByNoun || reads_as_name(tokens, next);
    };
    std::size_t past_names = q + 1;
    while (words.names_after_nouns && past_names < marked.size() && past_names - q <= kMaxNamesInMarks && holds_name(marked[past_names]))
      ++past_names;
    if (past_names > q + 1) next_begin = past_names < marked.size() ? marked[past_names].span.begin : document.text.size();
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
    // (Words said with an inverted cue after them read as no name: „Schwierig“, sagt er.)
    if (candidate.name_like && said_before_inverted_cue(document, span, candidate.attribution)) candidate.name_like = false;
    // "Die „Bild“ zitiert den Minister": where nouns are capitalised, marked words after an article
    // with their cue right after them, no comma between, are the cue's subject: a name.
    if (noun == NounBefore::kNaming && words.capitalised_nouns && !candidate.attribution.cue.empty() &&
        candidate.attribution.cue.begin >= span.span.end &&
        document.text.substr(span.span.end, candidate.attribution.cue.begin - span.span.end).find_first_not_of(' ') == std::string_view::npos) {
      candidate.quote.kind = QuoteKind::kScare;
      candidate.names = true;
      candidate.attribution = Attribution{};
      candidates.push_back(std::move(candidate));
      continue;
    }
    // „...“ und „...“: a quote listed after an attributed one shares its speaker.
    if (!candidate.attribution.found() && !candidates.empty() && candidates.back().quote.kind == QuoteKind::kDirect &&
        candidates.back().attribution.found() && joins_a_list(tokens, words, candidates.back().quote.span, span.span))
      candidate.attribution = candidates.back().attribution;
    // „…“ und „…“, zitiert CNN: words of a sentence listed before an attributed quote share its
    // speaker (not a title or a letter: "“Parks and Recreation” and ...", "“R,” ...").
    constexpr std::size_t kMinListedSpeechSpaces = 4;
    const std::string_view listed = document.text.substr(span.content.begin, span.content.end - span.content.begin);
    if (!candidate.attribution.found() && q + 1 < marked.size() &&
        (reads_as_utterance(document, span) ||
         static_cast<std::size_t>(std::count(listed.begin(), listed.end(), ' ')) >= kMinListedSpeechSpaces) &&
        joins_a_list(tokens, words, span.span, marked[q + 1].span))
      candidate.attribution = attribution.adjacent(marked[q + 1], span.span.end,
                                                   q + 2 < marked.size() ? marked[q + 2].span.begin : document.text.size());
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
      // (Someone: a person the text names, a title or a description of one, "o réu", "l'imputato";
      // not a capitalised word opening the sentence.)
      if (subject.found() && resolver.resolve(subject.mention, -1, false, quote_spans).person < 0) {
        const TokenRange described = subject.mention;
        bool titled = described.size() >= 2 && mentions.is_description_start(described.first) &&
                      mentions.heads_person(described.last - 1, described.last);
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
    // CNN's “State of the Union,” said he would …: a show's or work's title, whatever cue follows.
    // (So is a title joined by "and" to a title before it: who's starred in “Parks and Recreation”
    // and “Guardians of the Galaxy,” posted the clip.)
    auto after_title = [&]() {
      if (candidates.empty() || candidates.back().quote.kind != QuoteKind::kScare || candidates.back().quote.span.end > span.span.begin) return false;
      const std::size_t joiner = tokens.first_at_or_after(candidates.back().quote.span.end);
      return joiner + 1 == tokens.first_at_or_after(span.span.begin) && tokens.in(joiner, words.coordinators) &&
             looks_like_title(tokens, mentions, words, span);
    };
    if (candidate.attribution.found() &&
        (owned_title(tokens, mentions, words, span) || introduced_title(tokens, mentions, words, span) || after_title())) {
      candidate.attribution = {};
      candidate.quote.kind = QuoteKind::kScare;
      candidate.names = true;
    }
    // (An impersonal cue after it, "«...», — говорится в сообщении", leaves it speech with no speaker.)
    else if (!candidate.attribution.found() && !candidate.attribution.cue_only()) {
      if ((reads_as_utterance(document, span) && !title_before_noun(tokens, mentions, words, span)) || noun == NounBefore::kSpeech) {
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
        // (A source or outlet named in marks keeps no report out of its sentence: "В ЦБ «Интерфаксу»
        // пояснили, что ...".)
        candidate.names = candidate.quote.kind == QuoteKind::kScare;
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
    // « ... », a-t-elle martelé devant les députés, « ... »: a quote after the incise shares the cue,
    // and so the speaker, of the quote before it, when only the cue is found for it.
    if (candidate.attribution.cue_only() && !candidate.attribution.cue.empty() && !candidates.empty() &&
        candidates.back().quote.kind == QuoteKind::kDirect && candidates.back().attribution.found() &&
        candidates.back().attribution.cue.begin < candidate.attribution.cue.end &&
        candidate.attribution.cue.begin < candidates.back().attribution.cue.end &&
        candidates.back().quote.span.end <= candidates.back().attribution.cue.begin &&
        candidates.back().attribution.mention_span.end <= candidate.quote.span.begin) {  // (the incise between the two)
      candidate.attribution = candidates.back().attribution;
      candidate.adjacent_pronoun = candidates.back().adjacent_pronoun;
    }
    // "The so-called “peace plan” has been criticised": words the writer keeps at a distance, with
    // no one found to have said them, are a scare quote, not speech (a cue alone names no one).
    if (candidate.quote.kind == QuoteKind::kDirect && !candidate.attribution.found() && follows_distancing_word(tokens, words, span)) {
      candidate.quote.kind = QuoteKind::kScare;
      candidate.attribution = {};
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
  for (const QuoteCandidate& candidate : candidates)
    if (!candidate.names || !words.names_after_nouns) speech_spans.push_back(candidate.quote.span);
  std::sort(speech_spans.begin(), speech_spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  const IndirectSpeechFinder indirect(tokens, mentions, words, attribution);
  for (const ReportedSpeech& report : indirect.find(speech_spans)) {
    QuoteCandidate candidate;
    candidate.quote.span = candidate.quote.content = report.content;
    candidate.quote.kind = QuoteKind::kIndirect;
    candidate.attribution = report.attribution;
    candidate.may_inherit = candidate.continues = report.continues;
    candidates.push_back(std::move(candidate));
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const QuoteCandidate& a, const QuoteCandidate& b) {
                     // (A reported clause before the marked words it opens with: the outer span first.)
                     return a.quote.span.begin < b.quote.span.begin ||
                            (a.quote.span.begin == b.quote.span.begin && a.quote.span.end > b.quote.span.end);
                   });

  // Marked words inside a reported clause, found by the same cue, take the report's source: its
  // search knows where the clause opens ("Según la portavoz del PP en el Congreso, Ester Muñoz,
  // el presidente “vive en una realidad paralela”": Ester Muñoz, not "la portavoz del PP").
  const QuoteCandidate* report = nullptr;
  for (QuoteCandidate& candidate : candidates) {
    if (candidate.quote.kind == QuoteKind::kIndirect) {
      report = candidate.attribution.found() && !candidate.attribution.cue.empty() ? &candidate : nullptr;
      continue;
    }
    if (!report || candidate.quote.kind != QuoteKind::kDirect || candidate.quote.span.end > report->quote.span.end ||
        !candidate.attribution.found())
      continue;
    const Attribution& source = report->attribution;
    const Attribution& own = candidate.attribution;
    // (Only where the report found its source past the words the quote's own search stopped at.)
    if (own.cue.begin < source.cue.end && source.cue.begin < own.cue.end && own.mention_span.begin >= source.cue.end &&
        source.mention_span.begin >= own.mention_span.end)
      candidate.attribution = source;
  }
  // "— заявил министр Тарас Лис": a cue's ending tells its named speaker's gender, which later
  // pronouns need ("— додала вона" cannot mean him).
  for (const QuoteCandidate& candidate : candidates) {
    const Attribution& said = candidate.attribution;
    if (said.found() && !said.pronoun_in_cue && !said.cue.empty() && said.mention.size() >= 2)
      people.learn_gender_from_cue(said.mention, tokens.first_at_or_after(said.cue.end) - 1);
  }
  SpeakerBook book(document, tokens, mentions, attribution, words, people, findings);
  QuoteFigures& figures = findings.figures;
  for (QuoteCandidate& candidate : candidates) {
    // „Gewalt gegen Kinder“, so lautet der Titel der Studie: the words' "speaker" is a title or motto.
    if (candidate.quote.kind == QuoteKind::kDirect && names_by_naming_word(tokens, mentions, words, candidate.attribution)) {
      candidate.quote.kind = QuoteKind::kScare;
      candidate.attribution = {};
    }
    // A dateline names a place and an agency, no speaker ("AMSTERDAM (NRC) - “...”, laat een
    // woordvoerder weten"; the sentences' role, as keywords leave datelines out too).
    if (const Attribution& said = candidate.attribution; said.found() && !said.mention.empty()) {
      const long where = document.sentence_at(said.mention_span.begin);
      if (where >= 0 && document.sentences[static_cast<std::size_t>(where)].role == SentenceRole::kDateline) candidate.attribution = {};
    }
    if (candidate.quote.kind != QuoteKind::kScare) book.assign(candidate, resolver, quote_spans);
    if (candidate.continues && candidate.quote.speaker < 0) continue;
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
