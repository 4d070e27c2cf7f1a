// The attributions that look beyond a quote's neighbours: a cue anywhere in its sentence, a
// colon introduction opening the sentence, the sentence before a quote standing alone, and a
// marked span that names a source. (attribution.cpp reads the words right next to a quote;
// reported_lead_in.cpp the sentences before reported speech.)
#include <algorithm>

#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/span_lookup.h"
#include "quotes/people.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// How far into the sentence a cue is looked for, either side of a quote (keeps long texts linear).
constexpr std::size_t kMaxSentenceWords = 60;
// Words allowed after a subject that follows a closing cue ("..., says the ministry on Monday.").
constexpr std::size_t kMaxWordsAfterClosingCue = 4;
// Words between a cue and a marked name it introduces ("laut einem Artikel von „BBC News“").
constexpr std::size_t kMaxWordsToSourceCue = 4;
// Words between a naming cue and the name it gives ("refers to the governor as “Chris.”").
constexpr std::size_t kMaxWordsToNamingCue = 5;

bool inside_any(const std::vector<Span>& quotes, uint32_t pos) { return span_holding(quotes, pos) != nullptr; }

}  // namespace

Attribution AttributionFinder::in_sentence(const MarkedSpan& quote, const std::vector<Span>& quotes) const {
  const Document& document = tokens_.document();
  const long first_sentence = document.sentence_at(quote.span.begin);
  const long last_sentence = document.sentence_at(quote.span.end > 0 ? quote.span.end - 1 : 0);
  if (first_sentence < 0 || last_sentence < 0) return {};
  // Without spaces, marked words inside the clause a sentence reports are the reporter's: "赖清德称，
  // 台湾“不会屈服于压力”" (unspaced_attribution.cpp).
  if (words_.unspaced) {
    Span content{};
    const Attribution report = unspaced_report(document.sentences[static_cast<std::size_t>(first_sentence)].span, content);
    if (report.found() && content.begin <= quote.span.begin && quote.span.end <= content.end) return report;
  }
  const std::size_t floor = tokens_.first_at_or_after(document.sentences[static_cast<std::size_t>(first_sentence)].span.begin);
  const std::size_t limit = tokens_.first_at_or_after(document.sentences[static_cast<std::size_t>(last_sentence)].span.end);
  const std::size_t quote_first = tokens_.first_at_or_after(quote.span.begin);
  const std::size_t quote_last = tokens_.first_at_or_after(quote.span.end);

  auto try_cue = [&](std::size_t k, std::size_t mention_floor, std::size_t mention_limit) -> Attribution {
    // (A cue that only follows a quote still serves a later quote of its sentence: "„…“, so X, wird „…“".)
    std::size_t cue = cue_at(k, mention_limit, follows_quote(k));
    if (cue == 1) k = whole_cue_start(k, mention_floor, mention_limit, cue);
    if (!cue) {
      // A noun of speech ("her claim that she “...”", "his call for “...”") says the quote is
      // speech, but not who spoke it.
      Attribution noun;
      if (used_as_noun(k) && !tokens_.capitalized(k) && raw_cue_at(k, mention_limit))
        noun.cue = {tokens_.span(k).begin, tokens_.span(k).end};
      return noun;
    }
    TokenRange mention;
    if (is_source_phrase(k, mention_limit)) {
      if (is_postposition(k, mention_limit)) mention = mentions_.before(k, mention_floor);  // dem Bericht zufolge
      if (mention.empty()) mention = source_of(k, cue, mention_limit);
      // "According to court documents, Smith “knowingly misled” investigators" (bare_source.cpp).
      if (mention.empty() && k == floor && cue >= 2) mention = bare_source(k + cue, quote_first);
      // "Jak dodał, drużyna „zasłużyła na punkt”": the phrase's verb carries its subject, as in
      // the report the sentence makes (indirect_speech.cpp).
      if (mention.empty() && k == floor && k + cue < quote_first && tokens_.gap_before(k + cue).find(',') != std::string_view::npos &&
          subject_in_ending(k + cue - 1))
        return unsaid_subject(k, cue);
    } else {
      mention = passive_agent(k, floor);
      if (mention.empty()) mention = relative_antecedent(k, floor, quotes);
      if (mention.empty()) mention = verb_final_subject(k, mention_floor, floor, quote_first);
      if (mention.empty()) mention = subject_of(k, cue, mention_floor, mention_limit, true);
      // "CLAUSE with “marks”, says the assembly government.": the subject after a finite cue that
      // closes the sentence, a body or description too, before the clause's own subject or a
      // thing before the comma ("after a rise of 6%, says ..."); not the listener after "told".
      if (k >= quote_last && (mention.empty() || (mention.last <= k && !mentions_.is_person_like(mention))) &&
          !words_.is_participle(tokens_.folded(k)) &&
          k + cue < mention_limit && tokens_.joined(k + cue) && !mentions_.addressee_phrase_ending_at(k + cue - 1, k)) {
        const TokenRange inverted = mentions_.after(k + cue, mention_limit);
        if (!inverted.empty() && inverted.first == k + cue && mention_limit - inverted.last <= kMaxWordsAfterClosingCue &&
            tokens_.gap_before(k).find(',') != std::string_view::npos)
          mention = inverted;
      }
      if (mention.empty() && takes_clause_subject(k, floor))
        mention = mentions_.before_past_tense(mentions_.clause_subject(floor, k));  // He dismissed it, calling the plan “a disaster”
      if (const TokenRange quoted = quoting_verb_object(mention, mention_limit); !quoted.empty()) mention = quoted;
      // "Poi aggiunge che la Regione «farà ricorso»": the cue opening the sentence carries its subject.
      if (mention.empty() && k < quote_first && unsaid_subject_at(floor, k, cue)) return unsaid_subject(k, cue);
    }
    mention = with_noun_before_marks(mention, floor, quotes);  // die Wochenzeitschrift „Jungle World“
    for (std::size_t m = mention.first; m < mention.last; ++m)
      if (inside_any(quotes, tokens_.span(m).begin) &&
          !(words_.capitalised_nouns && m > mention.first && mentions_.is_description_start(mention.first)))
        return {};  // the quote names the source („Computerwoche“)
    Attribution found = make(mention, k, cue, mention_limit);
    found.cue = {tokens_.span(k).begin, tokens_.span(k + cue - 1).end};
    return found;
  };
  // The nearest cue whose speaker is a person wins; else the nearest with any speaker ("those
  // calling for his withdrawal"), else the nearest cue alone.
  Attribution cue_alone, any_speaker;
  auto consider = [&](Attribution found) {
    if (found.cue_only() && cue_alone.cue.empty()) cue_alone = found;
    if (found.found() && !mentions_.is_person_like(found.mention)) {
      if (!any_speaker.found()) any_speaker = found;
      return false;
    }
    return found.found();
  };
  for (std::size_t k = quote_first; k-- > floor && quote_first - k <= kMaxSentenceWords;) {
    if (inside_any(quotes, tokens_.span(k).begin)) continue;
    if (Attribution found = noun_holder(k, quote_first); found.found()) return found;
    if (Attribution found = try_cue(k, floor, quote_first); consider(found)) return found;
  }
  for (std::size_t k = quote_last; k < limit && k - quote_last <= kMaxSentenceWords; ++k) {
    if (inside_any(quotes, tokens_.span(k).begin)) continue;
    if (opens_contrasting_report(k, limit)) break;
    if (Attribution found = closing_source(k, limit); found.found()) return found;
    if (Attribution found = try_cue(k, quote_last, limit); consider(found)) return found;
  }
  if (Attribution found = colon_introduction(quote); found.found()) return found;
  if (any_speaker.found()) return any_speaker;
  if (Attribution found = colon_lead_in(quote); found.found()) return found;
  // "Für den Minister ist die Lage „alarmierend“": an opinion's holder opening the sentence, or
  // the clause after its colon ("Di tutt'altro avviso l'opposizione: per il M5s si tratta di «…»").
  std::size_t opener = floor;
  for (std::size_t k = floor + 1; k + 1 < quote_first && !words_.source_openers.contains_folded(tokens_.folded(opener)); ++k)
    if (tokens_.gap_before(k).find(':') != std::string_view::npos) opener = k;
  if (opener + 1 < quote_first && words_.source_openers.contains_folded(tokens_.folded(opener))) {
    TokenRange holder = mentions_.after(opener + 1, quote_first);
    // "Para o delegado responsável pelo caso, Marcos Vieira, trata-se de “...”": a name between
    // commas after the description, before the clause, is the holder.
    constexpr std::size_t kMaxPlaceWords = 5, kMaxNameWords = 4;
    std::size_t comma = holder.empty() ? quote_first : holder.last;
    while (comma < quote_first && comma - holder.last <= kMaxPlaceWords && tokens_.joined(comma)) ++comma;
    std::size_t name_end = comma;
    while (name_end < quote_first && name_end - comma < kMaxNameWords && mentions_.is_name_word(name_end) && (name_end == comma || tokens_.joined(name_end)))
      ++name_end;
    if (comma < quote_first && tokens_.gap_before(comma).find(',') != std::string_view::npos && name_end - comma >= 2 &&
        name_end < quote_first && tokens_.gap_before(name_end).find(',') != std::string_view::npos && mentions_.is_known_person(name_end - 1))
      holder = {comma, name_end};
    bool named = false;
    for (std::size_t m = holder.first; m < holder.last && !named; ++m)
      named = mentions_.is_name_word(m) || mentions_.title_at(m, holder.last) > 0;
    if (named) return make(holder, opener, 1, quote_first);
  }
  if (cue_alone.cue.empty()) {
    // No cue of speech: a verb of thinking or wanting quotes its subject, a person named before it
    // ("Ryan worried that the safety net was becoming “a hammock ...”"); alone it says nothing.
    const WordSet& stance_verbs = WordSet::shared("stance_verbs", words_.language);
    for (std::size_t k = quote_first; k-- > floor && quote_first - k <= kMaxSentenceWords;) {
      if (inside_any(quotes, tokens_.span(k).begin) || tokens_.capitalized(k) || used_as_noun(k) ||
          !stance_verbs.contains_folded(tokens_.folded(k)))
        continue;
      const TokenRange subject = subject_of(k, 1, floor, quote_first, false);
      if (subject.empty() || !mentions_.is_person_like(subject) || mentions_.is_description_start(subject.first)) continue;
      bool quoted = false;
      for (std::size_t m = subject.first; m < subject.last; ++m) quoted = quoted || inside_any(quotes, tokens_.span(m).begin);
      if (!quoted) return make(subject, k, 1, quote_first);
    }
  }
  if (cue_alone.cue.empty()) {
    // No cue, but the sentence speaks in the mood of reported speech (German Konjunktiv I).
    for (std::size_t k = floor; k < limit && k < floor + 2 * kMaxSentenceWords; ++k) {
      const bool in_this_quote = tokens_.span(k).begin >= quote.content.begin && tokens_.span(k).end <= quote.content.end;
      if (!in_this_quote && inside_any(quotes, tokens_.span(k).begin)) continue;
      if (tokens_.in(k, words_.reported_speech_markers)) {
        cue_alone.reported_mood = true;
        break;
      }
    }
  }
  return cue_alone;
}

TokenRange AttributionFinder::with_noun_before_marks(TokenRange mention, std::size_t floor, const std::vector<Span>& quotes) const {
  // Where nouns are capitalised, a marked name is the apposition of the noun before it: "die
  // linksextreme Wochenzeitschrift „Jungle World“ hatte kritisiert" names the magazine.
  // So is a genitive's: "Einem Bericht der „Zeit“ zufolge" names the report.
  constexpr std::size_t kMaxNounWords = 4;
  if (!words_.capitalised_nouns || mention.empty() || mention.first <= floor || !tokens_.joined(mention.first, true) ||
      tokens_.joined(mention.first) || !inside_any(quotes, tokens_.span(mention.first).begin) ||
      !(tokens_.capitalized(mention.first - 1) || mentions_.is_description_start(mention.first - 1)))
    return mention;
  std::size_t start = mention.first;
  for (std::size_t k = mention.first - 1; k >= floor && mention.first - k <= kMaxNounWords; --k) {
    if (tokens_.in(k, words_.mention_stops) || tokens_.in(k, words_.cues)) break;
    if (mentions_.is_description_start(k)) start = k;
    if (k == floor || !tokens_.joined(k)) break;
  }
  return start < mention.first ? TokenRange{start, mention.last} : mention;
}

Attribution AttributionFinder::noun_holder(std::size_t k, std::size_t limit) const {
  // "Auf den Vorwurf der CDU, es handele sich um einen „sozialistischen Antrag“, …": a noun of
  // speech with its holder in the genitive, then the words it reports after a comma. Where nouns
  // are capitalised, so the noun is told from a verb.
  if (!words_.capitalised_nouns || !tokens_.capitalized(k) || !tokens_.in(k, words_.speech_nouns) || k + 2 >= limit ||
      !tokens_.joined(k + 1) || !mentions_.is_description_start(k + 1) || opens_object(k + 1))
    return {};
  const TokenRange holder = mentions_.after(k + 1, limit);
  if (holder.empty() || holder.last >= limit || tokens_.gap_before(holder.last).find(',') == std::string_view::npos) return {};
  bool speaks = mentions_.is_person_like(holder) || names_a_body_here(holder);
  for (std::size_t m = holder.first + 1; m < holder.last && !speaks; ++m) speaks = is_acronym(tokens_.text(m));
  if (!speaks) return {};
  return make(holder, k, 1, holder.last);
}

Attribution AttributionFinder::closing_source(std::size_t k, std::size_t limit) const {
  // A cue that otherwise follows its quote at once closes the sentence after a comma, with only
  // its speaker after it: „...“ beenden, so Rice.
  if (k == 0 || tokens_.gap_before(k).find(',') == std::string_view::npos) return {};
  const std::size_t cue = tokens_.phrase_at(words_.post_quote_cues, k, limit);
  if (!cue) return {};
  const TokenRange mention = mentions_.after(k + cue, limit);
  if (mention.empty() || !mentions_.is_person_like(mention)) return {};
  const std::string_view text = tokens_.document().text;
  const std::size_t end = text.find_first_not_of(" \t", mentions_.span_with_apposition(mention, k, limit).end);
  if (end != std::string_view::npos && text[end] != '.' && text[end] != '\n') return {};
  return make(mention, k, cue, limit);
}

Attribution AttributionFinder::colon_introduction(const MarkedSpan& quote) const {
  const Document& document = tokens_.document();
  const long sentence = document.sentence_at(quote.span.begin);
  if (sentence < 0) return {};
  const std::size_t floor = tokens_.first_at_or_after(document.sentences[static_cast<std::size_t>(sentence)].span.begin);
  const std::size_t quote_first = tokens_.first_at_or_after(quote.span.begin);
  if (quote_first <= floor) return {};
  const TokenRange opener = mentions_.after(floor, quote_first);
  if (opener.empty() || opener.last >= quote_first || !mentions_.is_person_like(opener) ||
      tokens_.gap_before(opener.last).find(':') == std::string_view::npos)
    return {};
  Attribution found = make(opener, opener.last, 1, opener.last);
  const uint32_t colon_at = static_cast<uint32_t>(tokens_.span(opener.last - 1).end + tokens_.gap_before(opener.last).find(':'));
  found.cue = {colon_at, colon_at + 1};
  return found;
}

Attribution AttributionFinder::lead_in(const MarkedSpan& quote, const std::vector<Span>& quotes) const {
  const Document& document = tokens_.document();
  const long sentence = document.sentence_at(quote.span.begin);
  if (sentence <= 0) return {};
  const Span previous = document.sentences[static_cast<std::size_t>(sentence - 1)].span;
  // Right before the quote: at most one paragraph break between, and no quotation inside.
  const std::string_view between = document.text.substr(previous.end, quote.span.begin > previous.end ? quote.span.begin - previous.end : 0);
  if (std::count(between.begin(), between.end(), '\n') > 2 || between.find_first_not_of(" \t\r\n") != std::string_view::npos) return {};
  const auto overlapping = std::lower_bound(quotes.begin(), quotes.end(), previous.begin, [](const Span& s, uint32_t p) { return s.end <= p; });
  if (overlapping != quotes.end() && overlapping->begin < previous.end) return {};
  // Nor a sentence that attributes the quote before it ("“...” Trump said.").
  if (overlapping != quotes.begin()) {
    const Span before = *std::prev(overlapping);
    const std::string_view gap = document.text.substr(before.end, previous.begin > before.end ? previous.begin - before.end : 0);
    if (before.end <= previous.begin && gap.find_first_not_of(" \t") == std::string_view::npos) return {};
  }
  const std::size_t first = tokens_.first_at_or_after(previous.begin);
  const std::size_t last = tokens_.first_at_or_after(previous.end);
  return person_with_cue(first, last);
}

Attribution AttributionFinder::signed_after(const MarkedSpan& quote) const {
  const std::string_view text = tokens_.document().text;
  std::size_t pos = quote.span.end;
  std::size_t line_breaks = 0;
  while (pos < text.size()) {
    const auto cp = unicode::decode_at(text, pos);
    if (!unicode::is_space(cp.value)) break;
    line_breaks += unicode::is_line_break(cp.value) ? 1 : 0;
    pos += cp.length;
  }
  if (pos >= text.size() || line_breaks > 2) return {};
  const auto dash = unicode::decode_at(text, pos);
  if (!unicode::is_dash(dash.value)) return {};
  const std::size_t first = tokens_.first_at_or_after(pos + dash.length);
  if (first >= tokens_.size()) return {};
  // The signature is the rest of its line: a name, perhaps its role or place after a comma.
  const std::size_t line_end = text.find('\n', pos);
  const std::size_t limit = tokens_.first_at_or_after(line_end == std::string_view::npos ? text.size() : line_end);
  const std::string_view gap = text.substr(pos + dash.length, tokens_.span(first).begin - pos - dash.length);
  if (gap.find_first_not_of(' ') != std::string_view::npos) return {};
  const TokenRange mention = mentions_.after(first, limit);
  if (mention.empty() || !mentions_.is_name_word(mention.last - 1)) return {};
  Attribution found;
  found.mention = mention;
  found.mention_span = {tokens_.span(mention.first).begin, tokens_.span(mention.last - 1).end};
  found.cue = {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + dash.length)};
  return found;
}

Attribution AttributionFinder::names_as(const MarkedSpan& quote) const {
  const Document& document = tokens_.document();
  const long sentence = document.sentence_at(quote.span.begin);
  if (sentence < 0) return {};
  const std::size_t floor = tokens_.first_at_or_after(document.sentences[static_cast<std::size_t>(sentence)].span.begin);
  const std::size_t quote_first = tokens_.first_at_or_after(quote.span.begin);
  // The name a speaker gives follows its cue or the cue's object, not a possessive ("ABC’s “...”").
  if (quote_first <= floor || tokens_.possessive(quote_first - 1)) return {};
  const WordSet& links = WordSet::shared("naming_links", words_.language);
  for (std::size_t k = quote_first; k-- > floor && quote_first - k <= kMaxWordsToNamingCue;) {
    if (!tokens_.joined(k + 1, true)) return {};
    if (const std::size_t cue = cue_at(k, quote_first, false); cue && !is_source_phrase(k, quote_first)) {
      Attribution found = make(subject_of(k, cue, floor, quote_first, false), k, cue, quote_first);
      found.cue = {tokens_.span(k).begin, tokens_.span(k + cue - 1).end};
      return found;
    }
    // Over the cue's object, not a preposition ("in an interview with “...”") unless the cue ends
    // in it ("refers to").
    const bool preposition = tokens_.in(k, words_.mention_stops) || tokens_.in(k, words_.topic_prepositions);
    if (preposition && !links.contains_folded(tokens_.folded(k)) && !(k > floor && cue_at(k - 1, quote_first, false) > 1))
      return {};
  }
  return {};
}

Attribution AttributionFinder::person_with_cue(std::size_t first, std::size_t last) const {
  for (std::size_t k = first; k < last && k - first <= kMaxSentenceWords; ++k) {
    const std::size_t cue = cue_at(k, last, false);
    if (!cue || is_source_phrase(k, last)) continue;
    TokenRange mention = subject_of(k, cue, first, last, words_.verb_second);
    if (mention.empty() && takes_clause_subject(k, first)) mention = mentions_.before_past_tense(mentions_.clause_subject(first, k));
    // "Danach gab es Musik": an impersonal subject is no one (data/impersonal_pronouns_<lang>.txt).
    if (mention.size() == 1 && WordSet::shared("impersonal_pronouns", words_.language).contains_folded(tokens_.folded(mention.first)))
      continue;
    // "Informację potwierdził nam rzecznik resortu Jakub Nowak": where the object may open the
    // sentence, words naming no one known and no title, then a person after the verb, who speaks.
    bool object_first = words_.names_after_nouns && !mention.empty() && mention.size() <= 3 && mention.first == first &&
                        !mentions_.is_pronoun(first);
    for (std::size_t m = mention.first; m < mention.last && object_first; ++m)
      object_first = !mentions_.is_known_person(m) && !tokens_.title(m) && (m == first || !tokens_.capitalized(m));
    if (object_first) {
      TokenRange after = speaker_past_complements(k + cue, last);
      if (after.empty() && k + cue < last && tokens_.joined(k + cue)) after = mentions_.after(k + cue, last);
      bool named = false;
      for (std::size_t m = after.first; m < after.last && !named; ++m) named = tokens_.title(m) || mentions_.is_known_person(m);
      if (named && mentions_.is_person_like(after)) mention = after;
    }
    if (!mention.empty() && (mentions_.is_person_like(mention) || (mention.first == first && names_a_body_here(mention))))
      return make(mention, k, cue, last);
  }
  return {};
}

bool AttributionFinder::names_a_body_here(TokenRange mention) const {
  // Where nouns compound and are capitalised, a body opening the clause speaks as one ("Die
  // Opposition sieht das anders.", "Die Landesregierung erklärte"), not an object ("den Verband").
  if (!words_.capitalised_nouns || mention.empty() || opens_object(mention.first)) return false;
  for (std::size_t m = mention.first; m < mention.last; ++m)
    if (tokens_.capitalized(m) && names_a_body(words_, tokens_.folded(m), true)) return true;
  return false;
}

Attribution AttributionFinder::follow_up(const MarkedSpan& quote) const {
  // „Ja, es gibt Zumutungen“. Das musste Minister X einräumen.
  const Document& document = tokens_.document();
  const long sentence = document.sentence_at(quote.span.end > 0 ? quote.span.end - 1 : 0);
  if (sentence < 0 || static_cast<std::size_t>(sentence) + 1 >= document.sentences.size() ||
      (words_.quote_references.empty() && words_.reference_openers.empty()))
    return {};
  const Span next = document.sentences[static_cast<std::size_t>(sentence) + 1].span;
  if (next.begin < quote.span.end || document.text.substr(quote.span.end, next.begin - quote.span.end).find('\n') != std::string_view::npos)
    return {};
  const std::size_t first = tokens_.first_at_or_after(next.begin);
  const std::size_t last = tokens_.first_at_or_after(next.end);
  if (Attribution found = reference_back(first, last); found.found()) return found;  // «...». Об этом заявил X.
  // „…“ Mit diesen Worten reagierte X auf …: a phrase that takes up the quote, then the verb and
  // its subject (data/quote_reference_phrases_<lang>.txt).
  if (const std::size_t phrase = phrase_in(WordSet::shared("quote_reference_phrases", words_.language), first, last)) {
    // (The verb may be an auxiliary: "Mit diesen Worten hat die Ministerin … beendet".)
    TokenRange subject = subject_after_verb(first + phrase, last);
    if (subject.empty() && first + phrase + 1 < last && tokens_.in(first + phrase, words_.fillers)) {
      subject = mentions_.after(first + phrase + 1, last);
      if (!subject.empty() && !mentions_.is_person_like(subject)) subject = {};
    }
    if (!subject.empty()) return make(subject, first, phrase, last);
  }
  // «…». Così il ministro. / «…». A parlare è Luisa, 52 anni.: a phrase that takes the quote up,
  // then its speaker with no verb of their own (data/speaker_openers_<lang>.txt).
  if (const std::size_t phrase = phrase_in(WordSet::shared("speaker_openers", words_.language), first, last)) {
    const TokenRange subject = first + phrase < last ? mentions_.after(first + phrase, last) : TokenRange{};
    if (!subject.empty() && subject.first == first + phrase && mentions_.is_person_like(subject))
      return make(subject, first, phrase, last);
  }
  if (first + 2 >= last || !words_.quote_references.contains_folded(tokens_.folded(first))) return {};
  const TokenRange subject = subject_after_verb(first + 1, last);
  if (subject.empty()) return {};
  for (std::size_t k = first + 1; k < last && k - first <= kMaxSentenceWords; ++k) {
    if (k >= subject.first && k < subject.last) continue;
    if (const std::size_t cue = cue_at(k, last, false); cue && !is_source_phrase(k, last)) return make(subject, k, cue, last);
  }
  return {};
}

TokenRange AttributionFinder::subordinate_subject(std::size_t cue, std::size_t floor) const {
  // (A verb-final clause may run long: "…, weil die Regierung das Land nach dem kurzen Krieg mit
  // Russland im letzten Monat als „…“ bezeichnet hat".)
  constexpr std::size_t kMaxClauseWords = 32;
  for (std::size_t k = cue; k-- > floor + 1 && cue - k <= kMaxClauseWords;) {
    if (tokens_.gap_before(k).find(',') == std::string_view::npos) continue;
    // The clause opens after the comma with a relative pronoun (an article) or a subordinator.
    const bool opens = mentions_.is_description_start(k) || tokens_.in(k, words_.subordinators) ||
                       tokens_.in(k, words_.complementizers);
    if (!opens || k + 1 >= cue) return {};
    const TokenRange subject = mentions_.after(k + 1, cue);
    if (owned_by_person(subject)) return {};  // "…, der Merkels Politik als „…“ bezeichnete": her policy is the object
    bool named = false;
    for (std::size_t m = subject.first; m < subject.last && !named; ++m)
      named = mentions_.is_name_word(m) || mentions_.title_at(m, subject.last) > 0 || mentions_.is_pronoun(m) ||
              (m > subject.first && !opens_object(subject.first) &&
               names_a_body(words_, tokens_.folded(m), true));  // "…, weil die US-Regierung Georgien als „…“ bezeichnet hat"
    return named ? subject : TokenRange{};
  }
  return {};
}

bool AttributionFinder::owned_by_person(TokenRange mention) const {
  // The genitive of a person the text names, then one noun: "Merkels Politik" (with Angela Merkel
  // named) is a thing she has, not a person called so. The noun is no known name ("Hans Kahl" beside
  // "Hans Berg" stays a person); only where a genitive "-s" sticks to the name (data/name_endings).
  std::size_t owner = mention.first;
  while (owner < mention.last && !tokens_.capitalized(owner)) ++owner;  // "zunächst Merkels Politik"
  if (!words_.verb_second || owner + 2 != mention.last || !tokens_.folded(owner).ends_with('s')) return false;
  return mentions_.is_known_person(owner) && !mentions_.is_known_person(owner + 1) && tokens_.capitalized(owner + 1);
}

TokenRange AttributionFinder::subject_after_verb(std::size_t first, std::size_t limit) const {
  // The finite verb is the clause's first lower-case word that is no function word (an adjective
  // may come first: then the words after it name nobody, and the next candidate is tried).
  constexpr std::size_t kMaxWordsBeforeVerb = 16;
  constexpr int kMaxCandidates = 2;
  int candidates = 0;
  for (std::size_t k = first; k < limit && k < first + kMaxWordsBeforeVerb && candidates < kMaxCandidates; ++k) {
    if (k > first && !tokens_.joined(k)) break;
    if (tokens_.capitalized(k) || tokens_.in(k, words_.mention_stops) || tokens_.in(k, words_.mention_links) ||
        mentions_.is_description_start(k) || tokens_.in(k, words_.fillers) || mentions_.is_pronoun(k) ||
        tokens_.token(k).has(unicode::kStartsWithDigit))
      continue;
    ++candidates;
    std::size_t subject = k + 1;
    while (subject < limit && tokens_.in(subject, words_.fillers)) ++subject;
    if (subject >= limit || !tokens_.joined(subject)) continue;
    const TokenRange mention = mentions_.after(subject, limit);
    if (!mention.empty() && mentions_.is_person_like(mention)) return mention;
  }
  return {};
}

bool AttributionFinder::names_a_source(const MarkedSpan& quote) const {
  // "Wie „heise online“ berichtet, ...": a cue right after the marks, with no comma, has the
  // marked words for its subject.
  // Not when the marked words end a sentence or a clause (a comma of their own: "“...,” adding
  // that"), and not before a capitalised word ("“... ask.” Asked which county ...").
  const std::size_t next = tokens_.first_at_or_after(quote.span.end);
  const std::size_t opening = tokens_.first_at_or_after(quote.span.begin);
  if (opening > 0 && words_.predicative_markers.contains_folded(tokens_.folded(opening - 1))) return false;
  const std::string_view content = tokens_.document().slice(quote.content);
  const bool ends_sentence = !content.empty() && (content.back() == '.' || content.back() == '!' || content.back() == '?' ||
                                                  content.back() == ',');
  if (next < tokens_.size() && !ends_sentence && !tokens_.capitalized(next) && cue_at(next, tokens_.size(), false)) {
    const std::string_view gap = tokens_.document().text.substr(quote.span.end, tokens_.span(next).begin - quote.span.end);
    if (!gap.empty() && gap.find_first_not_of(' ') == std::string_view::npos) return true;
  }
  const std::size_t first = tokens_.first_at_or_after(quote.span.begin);
  if (first == 0) return false;
  const std::string_view gap = tokens_.document().text.substr(tokens_.span(first - 1).end, quote.span.begin - tokens_.span(first - 1).end);
  for (char c : gap)
    if (c != ' ') return false;
  // Right before the mark: a source phrase ("laut „Welt“"), or a determiner or link reached from a
  // cue over determiners and links only ("verkündete der „DFB“", "Laut einem Artikel von „BBC“").
  auto connective = [&](std::size_t k) {
    return tokens_.in(k, words_.determiners) || tokens_.in(k, words_.indefinites) ||
           tokens_.in(k, words_.mention_links);
  };
  if (tokens_.phrase_ending_at(words_.source_phrases, first - 1, first >= 4 ? first - 4 : 0)) return true;
  // A cue right after a quote, then the marks: its inverted subject ("„...“, schrieb „Die Zeit“").
  if (tokens_.in(first - 1, words_.cues) && follows_quote(first - 1)) return true;
  if (!connective(first - 1)) return false;
  bool only_determiners = true;
  for (std::size_t k = first - 1; k-- > 0 && first - k <= kMaxWordsToSourceCue;) {
    if (!tokens_.joined(k + 1)) return false;
    if (tokens_.in(k, words_.complementizers)) return false;  // "warned that the “Washington cartel” is ..."
    if (tokens_.phrase_ending_at(words_.source_phrases, k, k >= 3 ? k - 3 : 0)) return true;
    // In verb-second languages a verb's inverted subject follows it directly ("verkündete der
    // „DFB“"); elsewhere, and after "von" or a noun, it is the verb's object or topic ("calls her
    // “breaking barriers” agenda", "sprach von einer „Gefahr“").
    // (Every word between the cue and the marks a determiner: "nannte Shultz einen „…“" has an object.)
    only_determiners = only_determiners && (tokens_.in(k + 1, words_.determiners) ||
                                            tokens_.in(k + 1, words_.indefinites));
    if (words_.verb_second && only_determiners && cue_at(k, first, false)) return true;
    // Nouns between ("laut einem Artikel von") in languages where case marks them, else stop.
    if (!connective(k) && !(words_.capitalised_nouns && tokens_.capitalized(k))) return false;
  }
  return false;
}

}  // namespace article_lens
