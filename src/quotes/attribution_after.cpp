// Attributions after a quotation: "“…,” said Karen Olsen", "“…,” she said", "„…“, erklärte am
// Montag die Sprecherin", "« … », a-t-il déclaré".
#include "quotes/attribution.h"

#include <algorithm>

#include "language/word_set.h"
#include "quotes/attribution_gaps.h"

namespace article_lens {
namespace {

using attribution_gaps::is_attribution_gap;

// Lower-case words before a name that the title list does not know ("councilmember Mark Levine").
constexpr std::size_t kMaxUnlistedTitleWords = 3;

// Spaces and brackets, with at most the dot of an abbreviation: "(R-Wis.) ".
bool is_bracket_gap(std::string_view gap) {
  bool bracket = false;
  for (char c : gap) {
    if (c == '(' || c == ')') bracket = true;
    else if (c != ' ' && c != '.' && c != '-') return false;
  }
  return bracket;
}

// The dot of a short abbreviation, then a comma: "Rep. Glenn Thompson, R-Pa., said".
bool is_abbreviation_gap(const QuoteTokens& tokens, std::size_t k) {
  constexpr std::size_t kMaxAbbreviationBytes = 4;
  const std::string_view gap = tokens.gap_before(k);
  return gap.size() > 1 && gap.front() == '.' && tokens.text(k - 1).size() <= kMaxAbbreviationBytes &&
         tokens.capitalized(k - 1) && is_attribution_gap(gap.substr(1), false);
}

}  // namespace

TokenRange AttributionFinder::name_closing_description(TokenRange description, std::size_t limit) const {
  // Over nouns, links and commas only (no verb: the sentence goes on), to a name ending it.
  constexpr std::size_t kMaxDescriptionWords = 24;
  std::size_t last_comma = 0;
  std::size_t k = description.last;
  for (; k < limit && k - description.first <= kMaxDescriptionWords; ++k) {
    const std::string_view gap = tokens_.gap_before(k);
    if (gap.find(',') != std::string_view::npos) last_comma = k;
    else if (!tokens_.joined(k)) return {};
    if (!tokens_.capitalized(k) && !tokens_.in(k, words_.mention_links) && !tokens_.in(k, words_.mention_stops) &&
        !tokens_.in(k, words_.coordinators) && !mentions_.is_description_start(k))
      return {};
  }
  if (last_comma == 0 || k != limit) return {};
  const TokenRange name = mentions_.after(last_comma, limit);
  if (name.empty() || name.first != last_comma || name.last != limit || !mentions_.is_name_word(name.last - 1) ||
      !mentions_.is_person_like(name))
    return {};
  return {description.first, name.last};
}

std::size_t AttributionFinder::past_time_phrase(std::size_t k, std::size_t limit) const {
  // Verb-second: a day between the cue and its inverted subject, alone or after a preposition and
  // an article ("erklärte gestern", "sagte am Montag", "sagte in der Nacht").
  if (!words_.verb_second) return k;
  std::size_t day = k;
  if (day < limit && !tokens_.capitalized(day) && tokens_.in(day, words_.mention_stops) && !tokens_.in(day, words_.coordinators) &&
      !words_.time_words.contains_folded(tokens_.folded(day)))
    ++day;
  if (day > k && day < limit && mentions_.is_description_start(day) && tokens_.joined(day)) ++day;
  if (day < limit && tokens_.joined(day) && words_.time_words.contains_folded(tokens_.folded(day)) && day + 1 < limit &&
      tokens_.joined(day + 1))
    return day + 1;
  return k;
}

namespace {

bool holds_dash(std::string_view gap) {
  for (std::size_t i = 0; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    if (unicode::is_dash(cp.value)) return true;
    i += cp.length;
  }
  return false;
}

}  // namespace

Attribution AttributionFinder::after(const MarkedSpan& quote, std::size_t limit_byte) const {
  const std::size_t first = tokens_.first_at_or_after(quote.span.end);
  const std::size_t limit = tokens_.first_at_or_after(limit_byte);
  if (first >= limit) return {};
  const std::string_view gap = tokens_.document().text.substr(quote.span.end, tokens_.span(first).begin - quote.span.end);
  if (!is_attribution_gap(gap, false)) return {};
  // Where nouns take no article, speech closes before its attribution with a comma or dash
  // ("«…», — сказал", "„…” – powiedział"), or its own stop: a name in marks inside a sentence runs
  // on ("Нападник «Динамо» Владислав Ванат поділився емоціями").
  if (words_.names_after_nouns && gap.find(',') == std::string_view::npos && !holds_dash(gap)) {
    const std::string_view content = tokens_.document().slice(quote.content);
    const bool stop = !content.empty() && std::string_view(".!?").find(content.back()) != std::string_view::npos;
    if (!stop && !content.ends_with("\xE2\x80\xA6")) return {};
  }
  if (!holds_dash(gap) && opens_contrasting_report(first, limit)) return {};
  if (Attribution found = pronoun_in_cue(first, limit); found.found()) return found;
  const std::size_t reach = first + MentionFinder::kMaxWords + MentionFinder::kMaxApposition;
  for (std::size_t k = first; k < limit && k <= reach; ++k) {
    // Words, commas around an apposition ("“...,” Sam Nunberg, a former aide, said") and a
    // bracket after a name ("Sen. Ron Johnson (R-Wis.) said"); no more.
    if (k > first && !tokens_.joined(k, true) && !is_attribution_gap(tokens_.gap_before(k), false) &&
        !is_bracket_gap(tokens_.gap_before(k)) && !is_abbreviation_gap(tokens_, k))
      return {};
    // “...,” one MP, who asked not to be named, told the BBC: the relative clause's verb is no cue.
    if (k > first && tokens_.in(k, words_.relative_pronouns) && tokens_.gap_before(k).find(',') != std::string_view::npos) {
      std::size_t close = k + 1;
      while (close < limit && close <= reach && tokens_.joined(close)) ++close;
      if (close < limit && tokens_.gap_before(close).find(',') != std::string_view::npos) {
        k = close - 1;
        continue;
      }
    }
    const std::size_t cue = cue_at(k, limit, k == first);
    if (!cue) continue;
    std::size_t leading = first;  // auxiliaries before the speaker: „…“, hat Merkel gesagt
    while (leading < k && tokens_.in(leading, words_.fillers)) ++leading;
    if (leading == k) {  // “...,” said Karen Olsen. / „...“, äußerte sich der Chef ...
      std::size_t subject = k + cue;
      // (A cue that is no verb takes its speaker at once: in "„…“, so wurde sein Werk …" "so" is
      // no attribution.)
      const bool verbless = tokens_.in(k, words_.post_quote_cues) && !tokens_.in(k, words_.cues);
      for (int skipped = 0; skipped < 2 && !verbless && subject < limit && tokens_.in(subject, words_.fillers); ++skipped)
        ++subject;
      if (verbless && subject < limit && tokens_.in(subject, words_.fillers)) subject = limit;
      subject = past_time_phrase(subject, limit);  // „…“, erklärte am Montag die Sprecherin
      // (Not across a comma: "Wie „heise online“ berichtet, sperrten Behörden ...".)
      // (Not after a verb whose object is the listener: "“...,” telling Fox 35 that ...".)
      // (Nor after a participle: "“...,” promising the Friends of Abe will return" has its object
      // after it; the subject of the clause the quote sits in speaks, found below.)
      const bool participle = cue == 1 && words_.is_participle(tokens_.folded(k));
      TokenRange speaker = subject < limit && tokens_.joined(subject) && !participle && !mentions_.addressee_phrase_ending_at(k + cue - 1, k)
                               ? mentions_.after(subject, limit)
                               : TokenRange{};
      // "«…», ha detto in aula il sindaco": a setting between the verb and its subject.
      // (Also over a preposition the mention ran across: "a déclaré à la presse le ministre".)
      if (words_.subject_after_setting && !participle &&
          (speaker.empty() || !mentions_.is_person_like(speaker) || (subject < limit && tokens_.in(subject, words_.mention_stops))))
        if (const TokenRange past = subject_past_setting(subject, limit); !past.empty()) speaker = past;
      // «...», — сказал РИА Новости эксперт Иван Петров / — сообщила в пятницу пресс-служба вуза
      if (const TokenRange past = speaker_past_complements(k + cue, limit); !past.empty()) speaker = past;
      // «...», — подчеркнули в Кремле; «...», — сообщили ТАСС в пресс-службе (not the outlet told)
      if (const TokenRange body = speaker.empty() || speaker.first == subject ? body_after_cue(k, cue, limit) : TokenRange{};
          !body.empty() && (speaker.empty() || speaker.last <= body.first))
        speaker = body;
      // The outlet told is no speaker: in "«…», ha detto all'ANSA." and "…, disse à Lusa." the
      // subject is left out. (Not an article: "afirmou a Polícia Federal".)
      const bool told_outlet = subject < limit && past_addressee(subject, limit) > subject && !tokens_.in(subject, words_.determiners);
      if (!speaker.empty() && told_outlet && speaker.first <= subject + 1) speaker = {};
      // "– powiedział PAP.", "— сказал ТАСС.": an outlet told that ends the clause is no speaker.
      const std::size_t told_end = subject < limit && tokens_.joined(subject) ? told_outlet_end(subject, limit) : subject;
      if (told_end > subject && !speaker.empty() && speaker.first == subject && speaker.last <= told_end) speaker = {};
      // An outlet in marks, told before the speaker is named ("— сказал «Интерфаксу» депутат Иван
      // Петров"): the person after it speaks, within the sentence.
      std::size_t speaker_limit = limit;
      if (speaker.empty() && subject < limit && follows_quote(subject)) {
        const long sentence = tokens_.document().sentence_at(tokens_.span(subject).begin);
        const std::size_t sentence_end =
            sentence < 0 ? limit : tokens_.first_at_or_after(tokens_.document().sentences[static_cast<std::size_t>(sentence)].span.end);
        constexpr std::size_t kMaxMarkedWords = 4;
        for (std::size_t j = subject + 1; j < sentence_end && j <= subject + kMaxMarkedWords; ++j) {
          if (!follows_quote(j)) continue;
          const TokenRange person = mentions_.after(j, sentence_end);
          if (tokens_.gap_before(j).find(',') == std::string_view::npos && mentions_.is_person_like(person))
            speaker = person, speaker_limit = sentence_end;
          break;
        }
      }
      // (Where the subject follows its verb, a person the tables do not know, in lower case, closing
      // the sentence: "«…», — говорит староста", "„…” – mówi sołtys".)
      if (speaker.empty() && words_.names_after_nouns && subject < limit && tokens_.joined(subject) && !participle)
        speaker = lower_case_person_closing(subject, limit);
      if (speaker.empty()) speaker = document_owner(k, cue, limit), speaker_limit = speaker.empty() ? limit : speaker.last;  // «...», — говорится в сообщении Минобороны
      // „...“, zitiert die Zeitung den Minister: the quoting verb's object speaks, not its subject.
      // A medium in marks ends the words this quote may take ("zitiert die „Computerwoche“ Lynch"):
      // its object goes on to the end of the sentence.
      std::size_t object_limit = limit;
      if (!speaker.empty() && speaker.last == limit && limit < tokens_.size() && follows_quote(limit)) {
        const long sentence = tokens_.document().sentence_at(tokens_.span(limit - 1).begin);
        if (sentence >= 0)
          object_limit = std::max(limit, tokens_.first_at_or_after(tokens_.document().sentences[static_cast<std::size_t>(sentence)].span.end));
      }
      // (The words a quoting verb names may open its object: "— приводит слова голкипера сайт клуба".)
      if (cue == 1 && speaker.empty() && words_.names_after_nouns && words_.quoting_verbs.contains_folded(tokens_.folded(k)) &&
          k + 2 < limit && tokens_.joined(k + 1) && tokens_.joined(k + 2) &&
          WordSet::shared("quoted_words", words_.language).contains_folded(tokens_.folded(k + 1)))
        speaker = object_before_outlet(k, mentions_.after(k + 2, limit));
      if (cue == 1 && !speaker.empty() && words_.quoting_verbs.contains_folded(tokens_.folded(k)))
        speaker = object_before_outlet(k, object_before_subject(k, quoted_person(speaker, object_limit)));
      // „…“, sagte der Vorsitzende des Ausschusses für Umwelt, Naturschutz und Reaktorsicherheit, Max
      // Muster.: a description whose list of nouns holds commas, then the name closing the sentence.
      if (words_.capitalised_nouns && !speaker.empty() && mentions_.is_description_start(speaker.first))
        if (const TokenRange named = name_closing_description(speaker, speaker_limit); !named.empty()) speaker = named;
      TokenRange named = without_addressee(mentions_.joined_names_after(speaker, speaker_limit));
      if (is_source_phrase(k, limit)) named = document_issuer(named, speaker_limit);  // "according to a statement from the club"
      Attribution found = make(named, k, cue, speaker_limit);
      const std::string_view content = tokens_.document().slice(quote.content);
      const bool comma = gap.find(',') != std::string_view::npos || (!content.empty() && content.back() == ',');
      if (!found.found() && k == first && comma) {
        // “...,” claiming that ...: the subject of the clause the quote sits in speaks.
        const long sentence = tokens_.document().sentence_at(quote.span.begin);
        const std::size_t floor = sentence < 0 ? first : tokens_.first_at_or_after(tokens_.document().sentences[static_cast<std::size_t>(sentence)].span.begin);
        if (floor < tokens_.first_at_or_after(quote.span.begin)) {
          found = make(mentions_.clause_subject(floor, tokens_.first_at_or_after(quote.span.begin)), k, cue);
        }
      }
      // "«...», — говорится в сообщении": an impersonal cue names no speaker, and none is to be
      // looked for elsewhere (data/impersonal_cues_<lang>.txt).
      const bool impersonal = WordSet::shared("impersonal_cues", words_.language).contains_folded(tokens_.folded(k));
      // (Not when a name follows that the search missed: "подтвердил «Медузе» заведующий ... Петр Цветков".)
      bool named_after = false;
      for (std::size_t j = std::max(k + cue, told_end); j < limit && !named_after; ++j)  // (a place after its preposition names no one)
        named_after = tokens_.capitalized(j) && !tokens_.in(j - 1, words_.mention_stops) && !tokens_.in(j - 1, words_.mention_links) &&
                      !tokens_.elided(j - 1) && !(told_outlet && j < past_addressee(subject, limit));
      if (!found.found() && k == first && (impersonal || ((comma || told_end > subject) && !named_after && !is_source_phrase(k, limit)))) {
        found.cue = {tokens_.span(k).begin, tokens_.span(k + cue - 1).end};
        // "«...», ha assicurato.": a verb with its subject left out, which the text was just about.
        found.implicit_subject = !impersonal;
      }
      return found;
    }
    TokenRange mention = mentions_.before(k, first);
    if (words_.verb_second)  // „…“, ließ er durch seinen Anwalt mitteilen
      if (const TokenRange teller = channel_teller(mention, first); !teller.empty()) mention = teller;
    // “...,” Jeffrey Lewis of the Center for Nonproliferation Studies wrote / “...,” experts David
    // Albright and Serena Kelleher of the Institute for Science and International Security wrote:
    // the name right after the quote speaks, the body after its link belongs to its mention.
    const TokenRange forward = mentions_.joined_names_after(mentions_.after(leading, k), k);
    if (!forward.empty() && (mention.empty() || mention.first > forward.first)) {
      for (std::size_t m = forward.first + 1; m <= forward.last && m < k; ++m) {
        if (!tokens_.joined(m)) break;
        if (mentions_.is_name_word(m - 1) && words_.origin_links.contains_folded(tokens_.folded(m))) {
          mention = forward;
          break;
        }
      }
    }
    if (mention.empty()) return {};
    // Words between the quote and the mention may only be an apposition's ("“...,” California Rep.
    // Duncan Hunter's chief of staff, Joe Kasper, told"), never a clause ("to win many of the states").
    for (std::size_t m = leading; m < mention.first; ++m)
      if (tokens_.in(m, words_.mention_stops) || cue_at(m, k, false)) return {};
    // Words the mention did not take at its start are unlisted titles ("councilmember Mark Levine").
    if (mention.first > leading && mention.first - leading <= kMaxUnlistedTitleWords) {
      bool plain = true;
      for (std::size_t m = leading + 1; m <= mention.first && plain; ++m)
        plain = tokens_.joined(m) && !tokens_.in(m - 1, words_.mention_stops);
      if (plain) mention.first = leading;
    }
    return make(mention, k, cue);
  }
  return {};
}

}  // namespace article_lens
