#include "quotes/dialogue_speech.h"

#include <algorithm>

#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// A dashed paragraph with more inner dashes than this is a list or a table, not a dialogue line.
constexpr std::size_t kMaxInnerDashes = 8;

bool is_blank(char32_t cp) { return unicode::is_space(cp) && !unicode::is_line_break(cp); }

}  // namespace

bool DialogueSpeechFinder::is_dialogue_dash(std::size_t pos, std::size_t* length) const {
  const std::string_view text = tokens_.document().text;
  const auto cp = unicode::decode_at(text, pos);
  if (!unicode::is_dash(cp.value)) return false;
  // Wire copy typed without a dash key sets a spaced hyphen ("- Nie pozwolimy - dodał."); a hyphen
  // counts only with blanks on both sides, so "Kosiniak-Kamysz" and "2-3" are never speech.
  if (cp.value == '-' && !((pos == 0 || unicode::is_space(unicode::decode_before(text, pos).value)) &&
                           pos + 1 < text.size() && is_blank(static_cast<unsigned char>(text[pos + 1]))))
    return false;
  if (!words_.dialogue_dashes.contains_folded(text.substr(pos, cp.length))) return false;
  *length = cp.length;
  return true;
}

std::size_t DialogueSpeechFinder::resumption(std::size_t from, std::size_t end, std::size_t* length) const {
  const std::string_view text = tokens_.document().text;
  char32_t before = 0;  // the last character before the dash that is not blank
  for (std::size_t i = from; i < end;) {
    const auto cp = unicode::decode_at(text, i);
    if (is_dialogue_dash(i, length)) {
      // "заявил он. — Ответ", "сказал источник, — но": a dash after a clause's end resumes the speech.
      const bool after_blank = i > 0 && is_blank(unicode::decode_before(text, i).value);
      if (after_blank && (before == '.' || before == ',' || before == ':' || before == ';')) return i;
      // "—añadió el presidente—. Lo haremos": the dash closing the author's words, then a stop.
      if (!after_blank && i + cp.length < end && (text[i + cp.length] == '.' || text[i + cp.length] == ',')) {
        *length = 1;  // the speech opens after the stop
        return i + cp.length;
      }
      return end;  // a dash inside the author's words ("добавив, что X — это Y")
    }
    if (!is_blank(cp.value)) before = cp.value;
    i += cp.length;
  }
  return end;
}

std::size_t DialogueSpeechFinder::dash_after_sentence(std::size_t from, std::size_t end, std::size_t* length) const {
  // "Rada przyjęła projekt. – To budżet rozwoju – powiedział premier.": news also opens the speech
  // after a sentence of its own in the paragraph.
  const std::string_view text = tokens_.document().text;
  char32_t before = 0;  // the last character before the dash that is not blank
  for (std::size_t i = from; i < end;) {
    const auto cp = unicode::decode_at(text, i);
    if ((before == '.' || before == '!' || before == '?' || before == 0x2026 || before == ':') &&
        is_blank(unicode::decode_before(text, i).value) && is_dialogue_dash(i, length))
      return i;
    if (!is_blank(cp.value)) before = cp.value;
    i += cp.length;
  }
  return end;
}

bool DialogueSpeechFinder::colon_lead_in(std::size_t begin, std::size_t dash, std::size_t* floor) const {
  const std::string_view text = tokens_.document().text;
  std::size_t i = dash;
  while (i > begin && unicode::is_space(unicode::decode_before(text, i).value)) i -= unicode::decode_before(text, i).length;
  *floor = begin;
  if (i > begin) return text[i - 1] == ':';
  // The dash opens the paragraph: the lead-in is the paragraph before, when it ends in a colon.
  while (i > 0 && unicode::is_space(unicode::decode_before(text, i).value)) i -= unicode::decode_before(text, i).length;
  if (i == 0 || text[i - 1] != ':') return false;
  const std::size_t line = text.rfind('\n', i - 1);
  *floor = line == std::string_view::npos ? 0 : line + 1;
  return true;
}

bool DialogueSpeechFinder::speaks_before_colon(const Attribution& lead) const {
  if (!lead.found() || lead.cue.end <= lead.cue.begin) return false;
  if (tokens_.document().slice(lead.cue) != ":") return true;
  // The colon alone is a cue after a full name only ("Сергей ИВАНОВ: — ..."), not after a heading
  // before a list ("Сроки: — первый этап ...; — второй ...").
  bool name = lead.mention.size() >= 2;
  for (std::size_t k = lead.mention.first; k < lead.mention.last && name; ++k) name = tokens_.capitalized(k);
  return name;
}

std::vector<DialogueSpeech> DialogueSpeechFinder::find() const {
  std::vector<DialogueSpeech> found;
  if (words_.dialogue_dashes.empty()) return found;
  const std::string_view text = tokens_.document().text;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    in_paragraph(begin, end, found);
    begin = end + 1;
  }
  return found;
}

void DialogueSpeechFinder::in_paragraph(std::size_t begin, std::size_t end, std::vector<DialogueSpeech>& found) const {
  const std::string_view text = tokens_.document().text;
  std::size_t pos = begin;
  while (pos < end && is_blank(unicode::decode_at(text, pos).value)) pos += unicode::decode_at(text, pos).length;
  std::size_t dash_length = 0;
  if (pos < end && !is_dialogue_dash(pos, &dash_length)) pos = dash_after_sentence(pos, end, &dash_length);
  if (pos >= end) return;
  std::size_t lead_in = begin;
  const bool after_colon = colon_lead_in(begin, pos, &lead_in);
  // Where the speech may end: the dashes after a space ("провокация, — заявил", "atrás —aseguró").
  std::vector<std::size_t> inner;
  std::size_t commas = 0;
  for (std::size_t i = pos + dash_length; i < end;) {
    const auto cp = unicode::decode_at(text, i);
    std::size_t length = 0;
    if (is_dialogue_dash(i, &length) && is_blank(unicode::decode_before(text, i).value)) {
      if (inner.size() - commas == kMaxInnerDashes) return;
      inner.push_back(i);
    } else if (words_.comma_incise && cp.value == ',' && commas < kMaxInnerDashes && i + 1 < end && is_blank(static_cast<unsigned char>(text[i + 1]))) {
      // French: the author's words follow a comma, with no dash ("— On a tout perdu, raconte Jeanne.").
      inner.push_back(i), ++commas;
    }
    i += cp.length;
  }
  // The speech from the dash at `open` to `close`, its content without blanks and edge commas.
  auto speech = [&](std::size_t open, std::size_t length, std::size_t close) {
    MarkedSpan span;
    std::size_t first = open + length;
    while (first < close && is_blank(unicode::decode_at(text, first).value)) first += unicode::decode_at(text, first).length;
    std::size_t last = close;
    while (last > first) {
      const auto cp = unicode::decode_before(text, last);
      if (!is_blank(cp.value) && cp.value != ',') break;
      last -= cp.length;
    }
    // (Resumed after "—dijo X—.", the stop belongs to the author's words, not to the speech.)
    const bool opened_by_stop = text[open] == '.' || text[open] == ',';
    span.span = {static_cast<uint32_t>(opened_by_stop ? first : open), static_cast<uint32_t>(last)};
    span.content = {static_cast<uint32_t>(first), static_cast<uint32_t>(last)};
    return span;
  };
  // Each stretch of speech ends at the first dash whose words attribute it; after those words the
  // next dash resumes the speech, and a resumed stretch with no attribution of its own runs to the
  // paragraph's end and keeps the speaker.
  std::size_t open = pos, open_length = dash_length, d = 0;
  for (bool resumed = false;; resumed = true) {
    std::size_t words_end = end;
    for (; d < inner.size(); ++d) {
      if (inner[d] <= open) continue;
      const MarkedSpan said = speech(open, open_length, inner[d]);
      if (said.content.empty()) break;
      // "—¿Se arrepiente de algo? —No, de nada —respondió el exministro.": a question or sentence
      // closed, then a dash and a stretch that the next dash's cue attributes, is a new turn. The
      // first stretch is the other speaker's, whom the words do not name.
      if (d + 1 < inner.size() && opens_new_turn(said, inner[d], inner[d + 1])) {
        found.push_back({said, {}});
        open = inner[d];
        is_dialogue_dash(open, &open_length);
        continue;
      }
      Attribution attribution = attribution_.adjacent(said, begin, end);
      // (A lead-in before the colon gives way to the author's words after this stretch: "Tusk
      // powiedział: – To dobra wiadomość – dodał. – …".)
      const Attribution lead = after_colon && !resumed && attribution.found() && attribution.cue.end <= open ? attribution : Attribution{};
      if (lead.found()) attribution = {};
      // "– Szkoły muszą być bezpieczne – dodała.": the cue's ending is its speaker, the person named last.
      // (The cue alone closes its sentence.)
      // (Or an outlet told closes it, whatever the cue's tense: "– powiedział PAP.", "– mówi „Wyborczej”.")
      const std::size_t cue = tokens_.first_at_or_after(inner[d]);
      const bool told = cue + 1 < tokens_.size() && attribution_.told_outlet_end(cue + 1, tokens_.first_at_or_after(end)) > cue + 1;
      // (Or whom it was said to and where, with no one named: "– powiedział dziennikarzom w Sejmie.")
      auto closes = [&](std::size_t j) {
        return j >= tokens_.size() || tokens_.span(j).begin >= end || tokens_.gap_before(j).find_first_of(".!?") != std::string_view::npos;
      };
      std::size_t rest = cue + 1;
      while (!closes(rest) && tokens_.joined(rest) && tokens_.in(rest, words_.fillers)) ++rest;  // "dziennikarzom", "nam"
      if (constexpr std::size_t kMaxPlaceWords = 3; rest > cue && !closes(rest) && tokens_.joined(rest) && tokens_.in(rest, words_.mention_stops)) {
        std::size_t j = rest + 1;
        while (!closes(j) && j - rest <= kMaxPlaceWords && tokens_.joined(j) && (j == rest + 1 || !tokens_.capitalized(j))) ++j;
        if (closes(j)) rest = j;
      }
      if (!attribution.found() && cue < tokens_.size() && tokens_.span(cue).begin < end && attribution_.cue_at(cue, tokens_.size(), true) == 1 &&
          (attribution_.subject_in_ending(cue) || told) && (told || closes(rest))) {
        attribution.mention = {cue, cue + 1};
        attribution.mention_span = attribution.cue = tokens_.span(cue);
        attribution.pronoun_in_cue = attribution.subject_in_verb = true;
      }
      // (Or a person the tables do not know, in lower case, closing the sentence: "– mówi sołtys.")
      if (!attribution.found() && cue + 1 < tokens_.size() && tokens_.span(cue).begin < end && tokens_.joined(cue + 1) &&
          attribution_.cue_at(cue, tokens_.size(), true) == 1)
        if (const TokenRange person = attribution_.lower_case_person_closing(cue + 1, tokens_.first_at_or_after(end)); !person.empty()) {
          attribution.mention = person;
          attribution.mention_span = {tokens_.span(person.first).begin, tokens_.span(person.last - 1).end};
          attribution.cue = tokens_.span(cue);
        }
      if (!attribution.found() && speaks_before_colon(lead)) attribution = lead;
      if (!attribution.found()) continue;
      found.push_back({said, attribution});
      // (A lead-in's words end before the speech: look for its resumption after the stretch.)
      words_end = std::max<std::size_t>({attribution.mention_span.end, attribution.cue.end, said.content.end});
      break;
    }
    if (words_end == end) {  // no attribution after this stretch
      if (resumed) {
        const MarkedSpan rest = speech(open, open_length, end);
        if (!rest.content.empty()) found.push_back({rest, {}});
      } else if (after_colon) {
        // The speech a lead-in introduces, attributed by the words before its colon.
        const MarkedSpan rest = speech(open, open_length, end);
        if (const Attribution lead = rest.content.empty() ? Attribution{} : attribution_.adjacent(rest, lead_in, end); speaks_before_colon(lead))
          found.push_back({rest, lead});
      }
      return;
    }
    const std::size_t resume = resumption(words_end, end, &open_length);
    if (resume == end || resume <= open) return;
    open = resume;
    while (d < inner.size() && inner[d] <= open) ++d;
  }
}

bool DialogueSpeechFinder::opens_new_turn(const MarkedSpan& said, std::size_t dash, std::size_t next_dash) const {
  const std::string_view text = tokens_.document().text;
  if (said.content.empty()) return false;
  const char32_t last = unicode::decode_before(text, said.content.end).value;
  if (last != '?' && last != '!' && last != '.') return false;
  // The stretch after the dash opens with a capital (or an opening ¿ ¡), as speech does; the
  // author's words open in lower case.
  std::size_t length = 0;
  if (!is_dialogue_dash(dash, &length)) return false;
  const std::size_t first = tokens_.first_at_or_after(dash + length);
  if (first >= tokens_.size() || tokens_.span(first).begin >= next_dash || !tokens_.capitalized(first)) return false;
  // And the next dash opens the author's words with a cue: "—respondió el exministro".
  const std::size_t cue = tokens_.first_at_or_after(next_dash);
  return cue < tokens_.size() && !tokens_.capitalized(cue) && attribution_.cue_at(cue, tokens_.size(), true) > 0;
}

void DialogueSpeechFinder::split_interrupted(const MarkedSpan& span, std::vector<MarkedSpan>& out) const {
  const std::string_view text = tokens_.document().text;
  MarkedSpan rest = span;
  std::size_t dashes = 0;
  for (std::size_t i = rest.content.begin; !words_.dialogue_dashes.empty() && i < rest.content.end && dashes < kMaxInnerDashes;) {
    const auto cp = unicode::decode_at(text, i);
    std::size_t length = 0;
    // French sets the author's words off by commas alone: "« Nous sommes prêts, a assuré le maire.
    // Les travaux commencent lundi. »" (quote_style comma-incise).
    const bool comma = words_.comma_incise && cp.value == ',' && i + 1 < rest.content.end && is_blank(static_cast<unsigned char>(text[i + 1]));
    if (!comma && (!is_dialogue_dash(i, &length) || !is_blank(unicode::decode_before(text, i).value))) {
      i += cp.length;
      continue;
    }
    ++dashes;
    // The speech before the dash, without blanks and edge commas, as a quote closing there.
    std::size_t last = i;
    while (last > rest.content.begin) {
      const auto before = unicode::decode_before(text, last);
      if (!is_blank(before.value) && before.value != ',') break;
      last -= before.length;
    }
    MarkedSpan said = rest;
    said.span.end = said.content.end = static_cast<uint32_t>(last);
    said.unclosed = false;
    // Author's words after the dash (not a cue before the quotation), then a dash resuming the speech.
    const Attribution words = last > rest.content.begin ? attribution_.adjacent(said, said.span.begin, rest.content.end) : Attribution{};
    std::size_t resume = rest.content.end, resume_length = 0;
    if (words.found() && words.cue.begin > i) {
      const std::size_t words_end = std::max<std::size_t>(words.mention_span.end, words.cue.end);
      resume = resumption(words_end, rest.content.end, &resume_length);
      // „Zdążymy – zapewnia burmistrz – ale …”: Polish closes the author's words with the dash alone.
      std::size_t next = words_end;
      while (next < rest.content.end && is_blank(unicode::decode_at(text, next).value)) next += unicode::decode_at(text, next).length;
      if (resume >= rest.content.end && next > words_end && next < rest.content.end && is_dialogue_dash(next, &resume_length))
        resume = next;
      // After a comma incise the speech goes on after the stop that closes the author's words.
      if (comma && resume >= rest.content.end && next + 1 < rest.content.end && (text[next] == '.' || text[next] == ','))
        resume = next, resume_length = 1;
    }
    if (resume >= rest.content.end) {
      i += cp.length;
      continue;
    }
    out.push_back(said);
    std::size_t first = resume + resume_length;
    while (first < rest.content.end && is_blank(unicode::decode_at(text, first).value)) first += unicode::decode_at(text, first).length;
    rest.resumed = true;
    // (Resumed after "—dijo Sánchez—, porque": the comma belongs to the author's words.)
    rest.span.begin = static_cast<uint32_t>(text[resume] == '.' || text[resume] == ',' ? first : resume);
    rest.content.begin = static_cast<uint32_t>(first);
    i = first;
  }
  out.push_back(rest);
}

}  // namespace article_lens
