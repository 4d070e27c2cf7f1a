#include "quotes/attribution.h"

#include <algorithm>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/quote_marks.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// Words after an attribution that stands as a sentence of its own ("“...” Trump said on Monday in Ohio.").
constexpr std::size_t kMaxWordsAfterAttribution = 8;
// Lower-case words before a name that the title list does not know ("councilmember Mark Levine").
constexpr std::size_t kMaxUnlistedTitleWords = 3;

// Text between a quote and its attribution: spaces (line breaks only if `line_breaks`), commas,
// colons and dashes; never a sentence end.
bool is_attribution_gap(std::string_view gap, bool line_breaks, bool* colon = nullptr, bool marks = false) {
  for (std::size_t i = 0; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    i += cp.length;
    if (cp.value == ':') {
      if (colon) *colon = true;
      continue;
    }
    if (unicode::is_line_break(cp.value)) {
      if (!line_breaks) return false;
      continue;
    }
    if (unicode::is_space(cp.value) || cp.value == ',' || unicode::is_dash(cp.value)) continue;
    if (marks && QuoteMarks::shared().is_mark_character(cp.value)) continue;  // he 'said', “...”
    return false;
  }
  return true;
}

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

bool has_dash(std::string_view gap) {
  for (std::size_t i = 0; i < gap.size();) {
    const auto cp = unicode::decode_at(gap, i);
    i += cp.length;
    if (unicode::is_dash(cp.value)) return true;
  }
  return false;
}

// Whether a word ends in one of the endings (and is longer than the ending by three letters or more).
bool has_ending(std::string_view kind, std::string_view language, std::string_view folded_word) {
  for (std::string_view ending : lang_data::entries(kind, language))
    if (folded_word.size() >= ending.size() + 3 && folded_word.ends_with(ending)) return true;
  return false;
}

bool has_line_break(std::string_view text) {
  for (char c : text)
    if (c == '\n' || c == '\r') return true;
  return false;
}

bool ends_with_colon(std::string_view text) {
  for (std::size_t end = text.size(); end > 0;) {
    const auto cp = unicode::decode_before(text, end);
    if (!unicode::is_space(cp.value)) return cp.value == ':';
    end -= cp.length;
  }
  return false;
}

}  // namespace

Attribution AttributionFinder::make(TokenRange mention, std::size_t cue, std::size_t cue_length, std::size_t limit) const {
  Attribution found;
  if (mention.empty()) return found;
  if (const TokenRange object = quoted_as(cue, cue_length, limit); !object.empty()) mention = object;
  // In the passive the subject heard the words ("Blumenthal was asked, “...”"): speech, by no one named.
  if (in_passive(cue, limit)) {
    found.cue = {tokens_.span(cue).begin, tokens_.span(cue + cue_length - 1).end};
    return found;
  }
  // An article alone after a preposition is a relative pronoun: its antecedent is the source, and
  // with none found, no one is named ("auf dem geschrieben stand").
  if (mention.size() == 1 && words_.verb_second && mentions_.is_description_start(mention.first) &&
      !mentions_.is_pronoun(mention.first) && mention.first > 0 && tokens_.in(mention.first - 1, words_.mention_stops)) {
    mention = prepositional_antecedent(mention.first, 0);
    if (mention.empty()) {
      found.cue = {tokens_.span(cue).begin, tokens_.span(cue + cue_length - 1).end};
      return found;
    }
  }
  found.mention = mention;
  found.mention_span = mentions_.span_with_apposition(mention, cue, limit);
  // The subject before its cue with the description a comma sets before the name ("El presidente
  // del Gobierno, Pedro Sánchez, dijo"): the whole noun phrase names the speaker.
  if (cue >= mention.last) found.mention_span.begin = tokens_.span(mentions_.leading_description(mention.first)).begin;
  found.cue = {tokens_.span(cue).begin, tokens_.span(cue + cue_length - 1).end};
  return found;
}

// French inversion: "dit-il", "a-t-elle déclaré": the pronoun is part of the cue's word.
Attribution AttributionFinder::pronoun_in_cue(std::size_t k, std::size_t limit) const {
  const std::string_view word = tokens_.text(k);
  const std::size_t hyphen = word.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return {};
  const std::string_view folded = tokens_.folded(k);
  const std::size_t folded_hyphen = folded.rfind('-');
  // "a-t-il ajouté", and "ont-ils déclaré" (a group: speech, but nobody named).
  if (folded_hyphen == std::string_view::npos || (!words_.pronouns.contains_folded(folded.substr(folded_hyphen + 1)) &&
                                                  !words_.group_pronouns.contains_folded(folded.substr(folded_hyphen + 1))))
    return {};
  std::string_view head = folded.substr(0, folded_hyphen);
  if (head.size() > 2 && head.substr(head.size() - 2) == "-t") head.remove_suffix(2);  // a-t-il
  Attribution found;
  const uint32_t begin = tokens_.span(k).begin;
  found.mention_span = {static_cast<uint32_t>(begin + hyphen + 1), tokens_.span(k).end};
  found.pronoun_in_cue = true;
  if (words_.cues.contains_folded(head) || words_.loaded_cues.contains_folded(head)) {
    found.cue = {begin, static_cast<uint32_t>(begin + word.substr(0, hyphen).size())};
    if (found.cue.end > begin + 2 && word.substr(found.cue.end - begin - 2, 2) == "-t") found.cue.end -= 2;
    return found;
  }
  if (words_.fillers.contains_folded(head) && k + 1 < limit && tokens_.joined(k + 1)) {
    if (const std::size_t cue = cue_at(k + 1, limit, false)) {
      found.cue = {tokens_.span(k + 1).begin, tokens_.span(k + cue).end};
      return found;
    }
  }
  return {};
}

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

Attribution AttributionFinder::after(const MarkedSpan& quote, std::size_t limit_byte) const {
  const std::size_t first = tokens_.first_at_or_after(quote.span.end);
  const std::size_t limit = tokens_.first_at_or_after(limit_byte);
  if (first >= limit) return {};
  const std::string_view gap = tokens_.document().text.substr(quote.span.end, tokens_.span(first).begin - quote.span.end);
  if (!is_attribution_gap(gap, false)) return {};
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
      if (cue == 1 && !speaker.empty() && words_.quoting_verbs.contains_folded(tokens_.folded(k)))
        speaker = quoted_person(speaker, object_limit);
      // „…“, sagte der Vorsitzende des Ausschusses für Umwelt, Naturschutz und Reaktorsicherheit, Max
      // Muster.: a description whose list of nouns holds commas, then the name closing the sentence.
      if (words_.capitalised_nouns && !speaker.empty() && mentions_.is_description_start(speaker.first))
        if (const TokenRange named = name_closing_description(speaker, speaker_limit); !named.empty()) speaker = named;
      Attribution found = make(without_addressee(mentions_.joined_names_after(speaker, speaker_limit)), k, cue, speaker_limit);
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

std::size_t AttributionFinder::whole_cue_start(std::size_t k, std::size_t floor, std::size_t end, std::size_t& cue) const {
  const std::size_t whole = k > floor ? tokens_.phrase_ending_at(words_.cues, k, floor) : 0;
  if (whole <= 1 || cue_at(k + 1 - whole, end, false) != whole) return k;
  cue = whole;
  return k + 1 - whole;
}

Attribution AttributionFinder::before(const MarkedSpan& quote, std::size_t floor_byte) const {
  const Document& document = tokens_.document();
  const std::size_t end = tokens_.first_at_or_after(quote.span.begin);
  const long sentence = document.sentence_at(quote.span.begin);
  std::size_t floor = floor_byte;
  if (sentence >= 0) floor = std::max<std::size_t>(floor, document.sentences[static_cast<std::size_t>(sentence)].span.begin);
  bool line_breaks = false;
  if (tokens_.first_at_or_after(floor) >= end && sentence > 0) {
    // The quote opens its sentence: the previous one may introduce it ("Lukashenko said:\n“...”").
    const Span previous = document.sentences[static_cast<std::size_t>(sentence - 1)].span;
    if (previous.begin < floor_byte || !ends_with_colon(document.slice(previous))) return {};
    floor = previous.begin;
    line_breaks = true;
  }
  const std::size_t floor_token = tokens_.first_at_or_after(floor);
  if (end <= floor_token) return {};
  const uint32_t lead_begin = tokens_.span(end - 1).end;
  bool colon = false;
  if (!is_attribution_gap(document.text.substr(lead_begin, quote.span.begin - lead_begin), line_breaks, &colon, true)) return {};

  const std::size_t reach = colon ? kMaxWordsBeforeColon : kMaxWordsAfterCue;
  for (std::size_t k = end; k-- > floor_token && end - k <= reach + 1;) {
    std::size_t cue = cue_at(k, end, false);
    if (!cue) continue;
    if (cue == 1) k = whole_cue_start(k, floor_token, end, cue);
    const std::size_t after_cue = k + cue;
    const bool source = is_source_phrase(k, end);
    if (source && !is_postposition(k, end)) {  // "nach Angaben des künstlerischen Leiters „...“": the source sits between
      const TokenRange mention = source_of(k, cue, end);
      if (!mention.empty() && (mention.last == end || colon)) return make(mention, k, cue, end);
    }
    std::size_t between = after_cue;  // "bekräftigt auch, „...“": fillers may stand between
    while (between < end && tokens_.in(between, words_.fillers)) ++between;
    // (Where word order is free, also a titled speaker after the cue and before the colon: "На
    // вопрос журналистов ответила глава ЦБ Эльвира Набиуллина: «...»".)
    const bool titled_before_colon = words_.names_after_nouns && colon && between < end && tokens_.title(between);
    if (!source && between < end && between == after_cue && (k == floor_token || follows_quote(k) || titled_before_colon)) {
      // The speaker after a cue that follows a quote or opens the sentence, right before the
      // quote: the second half of a split quote ("“...,” said an Iowa Democrat, “and ...”"), or
      // "Said Karen Olsen: “...”". (Elsewhere the words after the cue are its object: "told his
      // supporters, “...”".)
      const TokenRange inverted = mentions_.after(between, end);
      if (!inverted.empty() && mentions_.is_person_like(inverted) &&
          tokens_.first_at_or_after(mentions_.span_with_apposition(inverted, k, end).end) == end)
        return make(inverted, k, cue, end);
    }
    // (Verb second, an article before lower-case words: "forderte einen „offensiven Umgang …“".)
    const std::size_t inside = tokens_.first_at_or_after(quote.content.begin);
    const bool article_only = words_.verb_second && end - between == 1 && mentions_.is_description_start(between) &&
                              !mentions_.is_pronoun(between) && inside < tokens_.size() &&
                              tokens_.span(inside).begin < quote.content.end && !tokens_.capitalized(inside);
    if (between < end && !colon && !article_only && tokens_.phrase_at(words_.complementizers, between, end) != end - between)
      continue;  // only "told reporters:" or "said that “" may put words between cue and quote
    TokenRange mention;
    if (source) {
      // Dem Bericht zufolge: „...“ -- else According to the ministry, “...”
      if (is_postposition(k, end)) mention = mentions_.before(k, floor_token);
      if (mention.empty()) mention = source_of(k, cue, end);
    } else {
      mention = subject_of(k, cue, floor_token, end, colon);
      if (const TokenRange quoted = quoting_verb_object(mention, end); !quoted.empty()) mention = quoted;
    }
    return make(mention, k, cue, end);
  }
  if (!colon) return {};
  // A colon introduction without a cue: the clause's first mention speaks ("Burton: “I love cats.”"),
  // or a name set off before the colon by a dash or a link ("Pollsters agree - Carl Bialik: “...”",
  // "More from Blumenthal and Cohen: “...”").
  TokenRange mention = mentions_.after(floor_token, end);
  const TokenRange last_name = mentions_.names_before(end, floor_token);
  if (!last_name.empty() && last_name.first > mention.first && mentions_.is_name_word(last_name.last - 1) &&
      (has_dash(tokens_.gap_before(last_name.first)) ||
       tokens_.in(last_name.first - 1, words_.mention_links) ||  // "More from Blumenthal and Cohen:"
       WordSet::shared("byline_links", words_.language).contains_folded(tokens_.folded(last_name.first - 1))))  // "“...,” by Times' Ben Sisario:"
    mention = last_name;
  // Verb second, one opening word before the speaker: "Dazu Ministerin Anna Berg: „...“".
  if (words_.verb_second && (mention.empty() || mention.first > floor_token) && !last_name.empty() &&
      last_name.first == floor_token + 1 && last_name.last == end && !tokens_.in(floor_token, words_.mention_stops))
    mention = last_name;
  bool person_like = false;  // "Burton: “...”", not "His first great work appeared: „...“"
  for (std::size_t m = mention.first; m < mention.last && !person_like; ++m)
    person_like = mentions_.is_name_word(m) || mentions_.is_pronoun(m) || mentions_.title_at(m, mention.last) ||
                  mentions_.is_source_word(m);
  // "Работа строится просто: «...»": where nouns are lower case, a lone capital opening the sentence
  // names no one unless the colon follows it ("Петров: «...»") or the article names that person.
  if (person_like && words_.names_after_nouns && mention.size() == 1 && mention.first == floor_token &&
      mention.last < end && mentions_.is_name_word(mention.first) && !mentions_.is_known_person(mention.first))
    person_like = false;
  // Verb second: a description opening the clause with its verb after it is the clause's subject
  // ("Der Ermittler, der als Zeuge gilt, will seine Arbeit beenden: „...“"; not what someone has:
  // "Seine Zuversicht gründet sich auf Erfahrungen:"), unless a pronoun
  // after the verb is ("Das Angebot, Verwundete zu behandeln, lehnt er jedoch ab: „...“").
  if (!person_like && words_.verb_second && !mention.empty() && mention.first == floor_token &&
      mentions_.is_description_start(mention.first) && !tokens_.in(mention.first, words_.possessives) &&
      !opens_object(mention.first) && mentions_.followed_by_verb(mention, end)) {
    person_like = true;
    // (A description with its verb right after it is the subject: "Der Student schlief ein, war er ...".)
    for (std::size_t m = mention.last; m < end && !tokens_.joined(mention.last); ++m) {
      if (mentions_.is_pronoun(m) && tokens_.joined(m)) {
        mention = {m, m + 1};
        break;
      }
    }
  }
  // Verb second, the phrase before the verb no speaker: the subject after it ("Jede Mitschuld weist
  // Hartmann von sich:").
  if (!person_like && words_.verb_second) {
    if (const TokenRange subject = subject_after_verb(floor_token, end); !subject.empty()) {
      std::size_t verb = subject.first - 1;
      while (verb > floor_token && tokens_.in(verb, words_.fillers)) --verb;
      return make(subject, verb, 1, end);
    }
  }
  if (!person_like) return {};
  Attribution found = make(mention, floor_token, 1);
  if (!found.found()) return {};
  // "El presidente, Pedro Sánchez, defendió la medida:": words that run on to the colon from a
  // lower-case word that opens no description or title are the clause's predicate, not an
  // apposition of its subject ("Erkki Tuomioja, Präsident des Rats:" is one).
  const std::size_t after = mention.last;
  if (after < end && tokens_.first_at_or_after(found.mention_span.end) >= end && !tokens_.capitalized(after) &&
      !mentions_.is_description_start(after) && !tokens_.title(after) && !tokens_.in(after, words_.title_modifiers))
    found.mention_span = {tokens_.span(mention.first).begin, tokens_.span(mention.last - 1).end};
  const std::size_t colon_at = document.text.find(':', lead_begin);
  found.cue = {static_cast<uint32_t>(colon_at), static_cast<uint32_t>(colon_at + 1)};
  return found;
}

Attribution AttributionFinder::adjacent(const MarkedSpan& quote, std::size_t previous_end, std::size_t next_begin) const {
  const Document& document = tokens_.document();
  // After the quote, the attribution stays inside the sentence where the quote ends.
  const long sentence = document.sentence_at(quote.span.end > 0 ? quote.span.end - 1 : 0);
  if (sentence < 0) return before(quote, previous_end);
  const auto& sentences = document.sentences;
  const std::size_t index = static_cast<std::size_t>(sentence);
  const std::size_t later_limit = std::min<std::size_t>(next_begin, sentences[index].span.end);
  const Attribution later = credited_source(after(quote, later_limit), later_limit);
  if (later.found()) return later;
  if (Attribution found = before(quote, previous_end); found.found()) return found;
  if (later.cue_only()) return later;  // "«...», — говорится в сообщении": speech, no speaker
  // “Who pays?” Trump asked. -- the sentence ended inside the quote; its attribution follows.
  const std::string_view content = document.slice(quote.content);
  if (content.empty() || sentences[index].span.end > quote.span.end + 1 || index + 1 >= sentences.size()) return {};
  // Only a quote that is a sentence of its own: "Morris says ... and will “compete.” O’Malley’s
  // move was reported by MSNBC." has its attribution before it.
  if (tokens_.first_at_or_after(sentences[index].span.begin) < tokens_.first_at_or_after(quote.span.begin)) return {};
  const bool asks_or_exclaims = content.back() == '?' || content.back() == '!';
  const Span next = sentences[index + 1].span;
  if (next.begin < quote.span.end || has_line_break(document.text.substr(quote.span.end, next.begin - quote.span.end))) return {};
  const std::size_t next_limit = std::min<std::size_t>(next_begin, next.end);
  Attribution found = after(quote, next_limit);
  if (!found.found()) return found;
  // The attribution opens the next sentence: a mention and its cue, or the cue and its mention.
  const std::size_t opening = tokens_.first_at_or_after(next.begin);
  // (Or the mention opens it and its apposition runs up to the cue: "Miller, a retired worker from a
  // nuclear plant, said".)
  if (tokens_.first_at_or_after(found.cue.begin) > opening + MentionFinder::kMaxWords &&
      !(found.mention.first == opening && mentions_.is_person_like(found.mention) && found.mention.last < tokens_.size() &&
        tokens_.gap_before(found.mention.last).find(',') != std::string_view::npos &&
        tokens_.first_at_or_after(found.mention_span.end) == tokens_.first_at_or_after(found.cue.begin)))
    return {};
  if (asks_or_exclaims) return credited_source(found, next_limit);
  // After a full stop only a sentence that is nothing but the attribution ("“...” Trump said.",
  // "“...” Reeves wrote, citing precedent."), not one that reports more ("Trump said the plan ...").
  const std::size_t rest = tokens_.first_at_or_after(std::max(found.cue.end, found.mention_span.end));
  const std::size_t next_end = tokens_.first_at_or_after(next.end);
  if (rest >= next_end) return found;
  if (next_end - rest > kMaxWordsAfterAttribution || tokens_.gap_before(rest).find(',') != std::string_view::npos) {
    return next_end - rest > kMaxWordsAfterAttribution ? Attribution{} : credited_source(found, next_limit);
  }
  // What may follow: a prepositional phrase or an adverb ("on Monday", "of the swirl", "later").
  // (After an adverb of manner: "said pleasantly into the phone".)
  std::size_t after_adverb = rest;
  if (rest + 1 < next_end && tokens_.joined(rest + 1) && has_ending("adverb_endings", words_.language, tokens_.folded(rest)))
    ++after_adverb;
  const bool circumstance = tokens_.in(after_adverb, words_.mention_stops) || tokens_.in(after_adverb, words_.mention_links) ||
                            tokens_.in(after_adverb, words_.fillers);
  return circumstance && !tokens_.in(rest, words_.complementizers) ? credited_source(found, next_limit) : Attribution{};
}

}  // namespace article_lens
