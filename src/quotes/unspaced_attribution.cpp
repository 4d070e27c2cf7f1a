// Attribution in languages written without spaces (Chinese, Japanese: orthography "unspaced").
// Their words are no tokens we can look up one by one (each ideograph or kana is a token), and
// their names carry no capitals, so the speaker is read off the characters next to the quote:
//
//   王毅表示：“……”            speaker, cue, (colon,) quote      (data/speech_cues_zh.txt)
//   “……”，他说。               quote, speaker, cue
//   岸田首相は「……」と述べた。  speaker, topic particle, quote, quote particle, cue
//   「……」と岸田首相は述べた。  quote, quote particle, speaker, topic particle, cue
//                               (data/topic_particles_ja.txt, quote_particles_ja.txt, speech_cues_ja.txt)
//
// The speaker runs from the clause's start to its cue or topic particle, and stops before a word
// that opens a setting (data/speaker_stops_<lang>.txt: 在, 于, 今天; a digit: "15日"): "外交部发言人毛宁
// 在例行记者会上表示" gives "外交部发言人毛宁".
//
// Reported speech has the same shapes without the marks, its clause running to the sentence's end
// or to the quote particle:
//
//   毛宁表示，中方……。          speaker, cue, comma, clause
//   据新华社报道，……。          source opener, speaker, cue, comma, clause (data/source_openers_zh.txt)
//   山田市長は、……と述べた。    speaker, topic particle, clause, quote particle, cue
#include <algorithm>

#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/attribution.h"
#include "quotes/unspaced_text.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::decode_at;
using unicode::decode_before;
using unspaced::clause_break;
using unspaced::comma_or_colon;
using unspaced::entry_at;

// A speaker and a cue lie within a few characters of each other and of the quote.
constexpr std::size_t kMaxSpeakerChars = 16;
constexpr std::size_t kMaxCueChars = 6;
// The longest ending a cue stem takes ("ていました").
constexpr std::size_t kMaxCueEndingChars = 5;
constexpr std::size_t kMaxParticleChars = 2;
// A manner phrase between a Japanese quote's particle and its cue ("笑顔で", "涙ながらに").
constexpr std::size_t kMaxMannerChars = 6;

// Whether an adverb's ending ends at byte `end`, after `from`: "力強く", "涙ながら" (data/manner_endings_<lang>.txt).
bool manner_word_ends_at(std::string_view text, std::size_t from, std::size_t end, std::string_view language) {
  for (std::string_view ending : lang_data::entries("manner_endings", language))
    if (end >= from + ending.size() && text.substr(end - ending.size(), ending.size()) == ending) return true;
  return false;
}

// Whether the character at byte `pos` is inside an adverb's ending that starts after `from` ("が" of "ながら").
bool inside_manner_word(std::string_view text, std::size_t from, std::size_t pos, std::string_view language) {
  const std::string_view character = text.substr(pos, decode_at(text, pos).length);
  for (std::string_view ending : lang_data::entries("manner_endings", language))
    for (std::size_t offset = ending.find(character); offset != std::string_view::npos; offset = ending.find(character, offset + 1))
      if (pos >= from + offset && text.substr(pos - offset, ending.size()) == ending) return true;
  return false;
}

// Where a short name in marks that opened before byte `from` closes (past its closing mark), or 0:
// "“中央社”", not a clause ("“我们将继续努力。”").
std::size_t marked_name_end(std::string_view text, std::size_t from, std::size_t end) {
  constexpr std::size_t kMaxNameChars = 10;
  for (std::size_t pos = from, n = 0; pos < end && n <= kMaxNameChars; ++n) {
    const auto cp = decode_at(text, pos);
    if (cp.value == 0x201D) return n > 0 ? pos + cp.length : 0;
    if (clause_break(cp.value)) return 0;
    pos += cp.length;
  }
  return 0;
}

// Whether a colon or comma and an opening mark follow byte `pos`: the words before introduce a quote.
bool introduces_quote(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  auto cp = decode_at(text, pos);
  if (!comma_or_colon(cp.value)) return false;
  pos += cp.length;
  if (pos >= text.size()) return false;
  cp = decode_at(text, pos);
  return cp.value == 0x201C || cp.value == 0x300C || cp.value == 0x300E || cp.value == '"';
}

// Whether the topic particle ending at byte `end` marks a subject matter or a setting, not a speaker
// (data/topic_postpositions_ja.txt: "については", "会見では").
bool subject_matter_before(std::string_view text, std::size_t from, std::size_t end, std::string_view language) {
  for (const std::string_view phrase : lang_data::entries("topic_postpositions", language))
    if (end >= from + phrase.size() && text.substr(end - phrase.size(), phrase.size()) == phrase) return true;
  return false;
}

// The end of `span` without the sentence's final punctuation and spaces.
std::size_t trimmed_end(std::string_view text, Span span) {
  std::size_t end = span.end;
  while (end > span.begin) {
    const auto cp = decode_before(text, end);
    if (!(clause_break(cp.value) || unicode::is_space(cp.value)) || cp.value == 0x201D || cp.value == 0x300D) break;
    end -= cp.length;
  }
  return end;
}

}  // namespace

std::size_t AttributionFinder::unspaced_cue_at(std::size_t pos) const {
  const std::string_view text = tokens_.document().text;
  const WordSet& cues = WordSet::shared("speech_cues", words_.language);
  const std::size_t stem = std::max(entry_at(text, pos, cues, kMaxCueChars), entry_at(text, pos, words_.loaded_cues, kMaxCueChars));
  // (Where the table holds stems, the ending after one is the cue's too: "話し" + "ています".)
  return stem == 0 ? 0 : stem + entry_at(text, pos + stem, WordSet::shared("speech_cue_endings", words_.language), kMaxCueEndingChars);
}

std::size_t AttributionFinder::quote_cue_at(std::size_t pos) const {
  const std::string_view text = tokens_.document().text;
  const std::size_t stem = entry_at(text, pos, WordSet::shared("quote_cues", words_.language), kMaxCueChars);
  if (stem == 0) return 0;
  // (The stem alone is no verb: its ending makes it one, "し" + "ている".)
  const std::size_t ending = entry_at(text, pos + stem, WordSet::shared("speech_cue_endings", words_.language), kMaxCueEndingChars);
  return ending == 0 ? 0 : stem + ending;
}

Span AttributionFinder::unspaced_speaker(std::size_t from, std::size_t to) const {
  const std::string_view text = tokens_.document().text;
  const WordSet& stops = WordSet::shared("speaker_stops", words_.language);
  // A dateline before the speaker ends in a space or a closing bracket ("新华社北京11月28日电 ",
  // "東京（共同）"): the speaker follows it.
  for (std::size_t pos = from; pos < to;) {
    const auto cp = decode_at(text, pos);
    pos += cp.length;
    if ((unicode::is_space(cp.value) || cp.value == 0xFF09 || cp.value == ')') && pos < to && !unicode::is_space(decode_at(text, pos).value))
      from = pos;
  }
  // Before a topic particle (Japanese) the speaker is what stands right before it: words before a
  // stop there are a setting ("初出場で優勝した鈴木選手は" -> "優勝した鈴木選手"). Elsewhere the
  // speaker opens the clause and a stop ends it ("毛宁在例行记者会上表示").
  if (!WordSet::shared("topic_particles", words_.language).empty()) {
    std::size_t start = from;
    for (std::size_t pos = from; pos < to;) {
      const auto cp = decode_at(text, pos);
      const std::size_t stop = unicode::is_decimal_digit(cp.value) || unicode::is_space(cp.value) ? cp.length : entry_at(text, pos, stops, 2);
      pos += stop > 0 ? stop : cp.length;
      if (stop > 0) start = pos;
    }
    return {static_cast<uint32_t>(start), static_cast<uint32_t>(to)};
  }
  std::size_t end = from;
  while (end < to) {
    const auto cp = decode_at(text, end);
    if (unicode::is_decimal_digit(cp.value) || unicode::is_space(cp.value) || entry_at(text, end, stops, 2) > 0) break;
    end += cp.length;
  }
  return {static_cast<uint32_t>(from), static_cast<uint32_t>(end)};
}

Span AttributionFinder::learned_from(Span speaker, std::size_t cue) const {
  const std::string_view text = tokens_.document().text;
  if (entry_at(text, cue, WordSet::shared("learning_cues", words_.language), kMaxCueChars) == 0) return speaker;
  const WordSet& prepositions = WordSet::shared("source_prepositions", words_.language);
  for (std::size_t pos = speaker.begin; pos < speaker.end; pos += decode_at(text, pos).length)
    if (const std::size_t from = entry_at(text, pos, prepositions, 1); from > 0 && pos + from < speaker.end)
      return {static_cast<uint32_t>(pos + from), speaker.end};
  return {};
}

Attribution AttributionFinder::unspaced_attribution(Span speaker, Span cue) const {
  Attribution found;
  if (speaker.empty() || cue.empty()) return found;
  found.mention = {tokens_.first_at_or_after(speaker.begin), tokens_.first_at_or_after(speaker.end)};
  if (found.mention.empty()) return {};
  found.mention_span = speaker;
  found.cue = cue;
  return found;
}

Attribution AttributionFinder::unspaced_adjacent(const MarkedSpan& quote, std::size_t previous_end, std::size_t next_begin) const {
  const std::string_view text = tokens_.document().text;
  const WordSet& topic = WordSet::shared("topic_particles", words_.language);
  const WordSet& quoting = WordSet::shared("quote_particles", words_.language);
  const WordSet& stops = WordSet::shared("speaker_stops", words_.language);
  auto skip_punctuation = [&](std::size_t pos) {
    while (pos < text.size() && pos < next_begin) {
      const auto cp = decode_at(text, pos);
      if (!(cp.value == 0xFF0C || cp.value == ',' || unicode::is_space(cp.value)) || unicode::is_line_break(cp.value)) break;
      pos += cp.length;
    }
    return pos;
  };
  // The clause before the quote, without the colon or comma that introduces it ("她还说，“…”").
  std::size_t before_end = quote.span.begin;
  if (before_end > previous_end) {
    const auto cp = decode_before(text, before_end);
    if (comma_or_colon(cp.value)) before_end -= cp.length;
  }
  std::size_t start = before_end;
  while (start > previous_end) {
    const auto cp = decode_before(text, start);
    if (clause_break(cp.value)) break;
    start -= cp.length;
  }
  // Before the quote: the clause ends in its cue ("王毅表示：").
  if (topic.empty() && before_end > start) {
    for (std::size_t k = start; k < before_end;) {
      const std::size_t cue = unspaced_cue_at(k);
      if (cue > 0 && k + cue == before_end && k > start)
        return unspaced_attribution(learned_from(unspaced_speaker(start, k), k), {static_cast<uint32_t>(k), static_cast<uint32_t>(k + cue)});
      k += decode_at(text, k).length;
    }
  }
  // After the quote: a quote particle (と), then a speaker with its topic particle, and the cue.
  std::size_t after = skip_punctuation(quote.span.end);
  const std::size_t particle = quoting.empty() ? 0 : entry_at(text, after, quoting, kMaxParticleChars);
  if (!quoting.empty() && particle == 0) after = text.size();  // (Japanese quotes are followed by と)
  else after += particle;
  if (after < text.size() && after < next_begin) {
    std::size_t pos = after, topic_end = 0;
    Span speaker{};
    for (std::size_t n = 0; n <= kMaxSpeakerChars && pos < text.size() && pos < next_begin; ++n) {
      // (Right after the quote's particle, a verb that is a cue only there: "「…」としている";
      // data/quote_cues_ja.txt.)
      const std::size_t cue = pos == after && particle > 0 && unspaced_cue_at(pos) == 0 ? quote_cue_at(pos) : unspaced_cue_at(pos);
      if (cue > 0) {
        const Span cue_span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + cue)};
        if (!topic.empty() && topic_end > 0) return unspaced_attribution(speaker, cue_span);
        // (Not a cue that introduces the next quote: "“…”她还说，“…”".)
        if (topic.empty() && pos > after && !introduces_quote(text, pos + cue))
          return unspaced_attribution(unspaced_speaker(after, pos), cue_span);
        // (In Chinese a cue right after the closing mark has the marked words as its subject, a
        // name: "台湾“中央社”报道".)
        if (topic.empty() && pos == after && particle == 0) return {};
        // (A short manner or addressee phrase may stand between: "「…」と笑顔で話しました",
        // "「…」と記者団に語った"; it ends in a setting's particle, data/speaker_stops_ja.txt.)
        // (Or an adverb: "と力強く語った", "と涙ながら語った"; data/manner_endings_ja.txt.)
        const bool manner_between = !topic.empty() && topic_end == 0 && pos > after && n <= kMaxMannerChars &&
                                    (entry_at(text, pos - decode_before(text, pos).length, stops, 1) > 0 || manner_word_ends_at(text, after, pos, words_.language));
        if (pos == after || manner_between) {
          // The cue right after the quote: the speaker opens the sentence, with its topic particle,
          // also across a comma ("岸田首相は「…」と述べた", "林官房長官は会見で、…について「…」と語った").
          std::size_t opens = quote.span.begin;
          while (opens > previous_end) {
            const auto cp = decode_before(text, opens);
            if (cp.value == 0x3002 || cp.value == 0xFF01 || cp.value == 0xFF1F || unicode::is_line_break(cp.value) || cp.value == 0x300D)
              break;
            opens -= cp.length;
          }
          std::size_t topic_at = before_end;
          for (std::size_t k = opens, n = 0; k < before_end && n <= kMaxSpeakerChars; ++n) {
            if (const std::size_t t = entry_at(text, k, topic, 1); t > 0 && k > opens && !subject_matter_before(text, opens, k + t, words_.language)) {
              topic_at = k;
              break;
            }
            k += decode_at(text, k).length;
          }
          // (A source phrase before a comma tells where the words came from, not who said them:
          // "警察によりますと、男は「…」と供述した" is the man's.)
          for (std::size_t k = opens; k < topic_at;) {
            const auto cp = decode_at(text, k);
            k += cp.length;
            if (cp.value == 0x3001) opens = k;  // 、
          }
          if (topic_at < before_end) return unspaced_attribution(unspaced_speaker(opens, topic_at), cue_span);
          // No speaker in the sentence: the one the text was just about ("また、「…」と強調した").
          Attribution cue_only;
          cue_only.cue = cue_span;
          cue_only.implicit_subject = true;
          return cue_only;
        }
        break;
      }
      const auto cp = decode_at(text, pos);
      if (clause_break(cp.value)) break;
      // (Not the particle's character inside an adverb: the が of "涙ながら".)
      if (!topic.empty() && topic_end == 0 && pos > after && entry_at(text, pos, topic, 1) > 0 && !inside_manner_word(text, after, pos, words_.language)) {
        speaker = unspaced_speaker(after, pos);
        topic_end = pos + cp.length;
      }
      pos += cp.length;
    }
  }
  return {};
}

// "気象庁によりますと、台風10号は…おそれがあります。": a sentence with no cue of its own that
// opens with its source and a source phrase (data/source_postpositions_ja.txt) reports that source.
Attribution AttributionFinder::source_postposition_report(std::size_t start, std::size_t end, Span& content) const {
  const std::string_view text = tokens_.document().text;
  const WordSet& postpositions = WordSet::shared("source_postpositions", words_.language);
  constexpr std::size_t kMaxPhraseChars = 6;
  for (std::size_t pos = start, n = 0; pos < end && n <= kMaxSpeakerChars; ++n) {
    if (const std::size_t phrase = pos > start ? entry_at(text, pos, postpositions, kMaxPhraseChars) : 0; phrase > 0) {
      const std::size_t after = pos + phrase;
      if (after >= end || !(comma_or_colon(decode_at(text, after).value) || decode_at(text, after).value == 0x3001)) return {};  // 、
      const std::size_t from = after + decode_at(text, after).length;
      if (unicode::count_code_points(text.substr(from, end - from)) < 2) return {};
      const Span speaker = unspaced_speaker(start, pos);
      if (speaker.empty()) return {};
      content = {static_cast<uint32_t>(from), static_cast<uint32_t>(end)};
      return unspaced_attribution(speaker, {static_cast<uint32_t>(pos), static_cast<uint32_t>(after)});
    }
    const auto cp = decode_at(text, pos);
    if (clause_break(cp.value)) return {};
    pos += cp.length;
  }
  return {};
}

Attribution AttributionFinder::unspaced_report(Span sentence, Span& content) const {
  const std::string_view text = tokens_.document().text;
  const WordSet& topic = WordSet::shared("topic_particles", words_.language);
  std::size_t start = sentence.begin;
  while (start < sentence.end && unicode::is_space(decode_at(text, start).value)) start += decode_at(text, start).length;
  const std::size_t end = trimmed_end(text, {static_cast<uint32_t>(start), sentence.end});
  // A speaker is a pronoun or two characters at least: "小说，" holds 说 but reports nothing.
  const WordSet& pronouns = WordSet::shared("pronouns", words_.language);
  auto speaks = [&](Span speaker) {
    const std::string_view words = text.substr(speaker.begin, speaker.end - speaker.begin);
    return unicode::count_code_points(words) >= 2 || pronouns.contains_folded(words);
  };
  if (topic.empty()) {
    // Chinese: the speaker, a setting, the cue and a comma or colon open the sentence.
    start += entry_at(text, start, WordSet::shared("source_openers", words_.language), 2);
    constexpr std::size_t kMaxLeadChars = 40;  // speaker and setting: "毛宁在例行记者会上表示"
    // The speaker and cue opening the clause from `from`, and where the clause after them starts.
    auto lead = [&](std::size_t from, Span& speaker, Span& cue_span) -> std::size_t {
      std::size_t pos = from;
      for (std::size_t n = 0; n < kMaxLeadChars && pos < end; ++n) {
        const std::size_t cue = unspaced_cue_at(pos);
        if (cue > 0 && pos > from && pos + cue < end) {
          const auto after = decode_at(text, pos + cue);
          if (comma_or_colon(after.value) && pos + cue + after.length < end) {
            speaker = learned_from(unspaced_speaker(from, pos), pos);
            cue_span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + cue)};
            return speaks(speaker) ? pos + cue + after.length : 0;
          }
        }
        const auto cp = decode_at(text, pos);
        // (A name in marks belongs to the lead: "台湾“中央社”报道，".)
        if (const std::size_t name_end = cp.value == 0x201C ? marked_name_end(text, pos + cp.length, end) : 0; name_end > 0) {
          pos = name_end;
          continue;
        }
        if (clause_break(cp.value)) return 0;
        pos += cp.length;
      }
      return 0;
    };
    // (A cue with no one named before its comma cites no one: "据报道，赖清德称，…".)
    if (const std::size_t bare = unspaced_cue_at(start); bare > 0 && start + bare < end && comma_or_colon(decode_at(text, start + bare).value))
      start += bare + decode_at(text, start + bare).length;
    Span speaker{}, cue_span{};
    std::size_t clause = lead(start, speaker, cue_span);
    if (clause == 0) return {};
    // "据新华社报道，国家统计局新闻发言人付凌晖表示，…", "台湾“中央社”报道，赖清德称，…": the source
    // cited, then the speaker it reports.
    Span inner_speaker{}, inner_cue{};
    if (const std::size_t inner = lead(clause, inner_speaker, inner_cue); inner > 0)
      clause = inner, speaker = inner_speaker, cue_span = inner_cue;
    content = {static_cast<uint32_t>(clause), static_cast<uint32_t>(end)};
    return unspaced_attribution(speaker, cue_span);
  }
  // Japanese: the sentence ends in the quote particle and the cue; its speaker opens it, with the
  // topic particle.
  const WordSet& quoting = WordSet::shared("quote_particles", words_.language);
  std::size_t cue_begin = end, particle_begin = end;
  for (std::size_t pos = start, n = 0; pos < end; ++n) {
    if (const std::size_t cue = unspaced_cue_at(pos); cue > 0 && pos + cue == end) {
      for (std::size_t back = pos, k = 0; back > start && k < kMaxParticleChars; ++k) {
        back -= decode_before(text, back).length;
        if (entry_at(text, back, quoting, kMaxParticleChars) == pos - back) particle_begin = back;
      }
      if (particle_begin < pos) cue_begin = pos;
      break;
    }
    pos += decode_at(text, pos).length;
  }
  if (cue_begin == end) return source_postposition_report(start, end, content);
  std::size_t topic_at = start;
  for (std::size_t n = 0; n <= kMaxSpeakerChars && topic_at < particle_begin; ++n) {
    if (entry_at(text, topic_at, topic, 1) > 0 && topic_at > start) break;
    const auto cp = decode_at(text, topic_at);
    if (clause_break(cp.value)) return {};
    topic_at += cp.length;
  }
  if (topic_at >= particle_begin || entry_at(text, topic_at, topic, 1) == 0) return {};
  const Span speaker = unspaced_speaker(start, topic_at);
  if (!speaks(speaker)) return {};
  // The clause opens after the particle, or after a setting closed by a comma ("記者会見で、").
  std::size_t from = topic_at + decode_at(text, topic_at).length;
  constexpr std::size_t kMaxSettingChars = 12;
  for (std::size_t pos = from, n = 0; pos < particle_begin && n <= kMaxSettingChars; ++n) {
    const auto cp = decode_at(text, pos);
    pos += cp.length;
    if (cp.value == 0x3001 || cp.value == 0xFF0C || cp.value == ',') {
      from = pos;
      break;
    }
  }
  if (unicode::count_code_points(text.substr(from, particle_begin - from)) < 2) return {};
  content = {static_cast<uint32_t>(from), static_cast<uint32_t>(particle_begin)};
  return unspaced_attribution(speaker, {static_cast<uint32_t>(cue_begin), static_cast<uint32_t>(end)});
}

}  // namespace article_lens
