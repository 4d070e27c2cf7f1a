// A speaker's name in Chinese or Japanese, without the title written with it. Without spaces or
// capitals, a title is told only by the table: in Chinese it stands before the name ("外交部发言人毛宁"
// -> "毛宁"; data/titles_before_name_zh.txt), in Japanese after it ("山田太郎市長" -> "山田太郎";
// data/titles_after_name_ja.txt), where の links the name's owner before it ("外務省の小林報道官").
// The same person then gets one name however the text titles them, and a surname alone the full
// name written with a title shortly before ("石破茂首相は… 石破首相は" -> 石破茂). A mention that is a title alone
// ("发言人") is a description; one that ends in a word for an unnamed source, or holds a phrase
// that withholds the name, is anonymous (data/anonymous_sources_<lang>.txt: "知情人士";
// data/anonymity_phrases_<lang>.txt: "不愿透露姓名的官员").
#include "language/word_set.h"
#include "quotes/speaker_resolver.h"
#include "quotes/unspaced_text.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// Titles and phrases are a few characters long ("新闻发言人", "不愿透露姓名").
constexpr std::size_t kMaxTitleChars = 8;

// The longest entry of `set` starting at byte `pos` of `text`, in bytes (0 if none).
std::size_t entry_at(std::string_view text, std::size_t pos, const WordSet& set) {
  return unspaced::entry_at(text, pos, set, kMaxTitleChars);
}

// The full name a surname stands for: the longest "<surname><given name><title>" in the text just
// before byte `before`, or "" when there is none.
std::string full_name_before(std::string_view text, std::size_t before, std::string_view surname, const WordSet& titles) {
  constexpr std::size_t kWindowBytes = 4096;  // a few paragraphs: the search stays linear
  constexpr std::size_t kMaxGivenNameChars = 3;
  const std::size_t from = before > kWindowBytes ? before - kWindowBytes : 0;
  std::string best;
  for (std::size_t at = text.find(surname, from); at != std::string_view::npos && at + surname.size() < before;
       at = text.find(surname, at + 1)) {
    std::size_t end = at + surname.size();
    for (std::size_t n = 1; n <= kMaxGivenNameChars && end < before; ++n) {
      const auto cp = unicode::decode_at(text, end);
      if (!unicode::is_ideograph_or_kana(cp.value)) break;
      end += cp.length;
      if (entry_at(text, end, titles) > 0 && end - at > best.size()) best = std::string(text.substr(at, end - at));
    }
  }
  return best;
}

// The name before the title written last before byte `before` ("中谷元大臣" -> 中谷元), for "同大臣"
// and "同氏", "the said minister": the person just spoken of. "" when none is in reach.
std::string titled_name_before(std::string_view text, std::size_t before, const WordSet& titles) {
  constexpr std::size_t kWindowBytes = 4096;  // a few paragraphs: the search stays linear
  constexpr std::size_t kMaxNameChars = 4, kMinNameChars = 2;
  const std::size_t from = before > kWindowBytes ? before - kWindowBytes : 0;
  for (std::size_t at = before; at > from;) {
    at -= unicode::decode_before(text, at).length;
    if (entry_at(text, at, titles) == 0) continue;
    std::size_t start = at;
    for (std::size_t n = 0; n < kMaxNameChars && start > from; ++n) {
      const auto cp = unicode::decode_before(text, start);
      if (!unicode::is_ideograph_or_kana(cp.value) || (cp.value >= 0x3041 && cp.value <= 0x309F)) break;  // kana ends it: "の"
      start -= cp.length;
    }
    const std::string_view name = text.substr(start, at - start);
    if (unicode::count_code_points(name) >= kMinNameChars && !name.starts_with("同")) return std::string(name);
  }
  return {};
}

// The name before a title and topic particle in `sentence` ("岸田文雄首相は" -> 岸田文雄): the sentence's
// subject. "" when the sentence opens with none.
std::string titled_subject(std::string_view text, Span sentence, const WordSet& titles, const WordSet& topic) {
  constexpr std::size_t kMaxNameChars = 4, kMinNameChars = 2;
  for (std::size_t at = sentence.begin; at < sentence.end; at += unicode::decode_at(text, at).length) {
    const std::size_t title = entry_at(text, at, titles);
    if (title == 0 || at + title >= sentence.end || unspaced::entry_at(text, at + title, topic, 1) == 0) continue;
    std::size_t start = at;
    for (std::size_t n = 0; n < kMaxNameChars && start > sentence.begin; ++n) {
      const auto cp = unicode::decode_before(text, start);
      if (!unicode::is_ideograph_or_kana(cp.value) || (cp.value >= 0x3041 && cp.value <= 0x309F)) break;  // kana ends it: "の"
      start -= cp.length;
    }
    const std::string_view name = text.substr(start, at - start);
    return unicode::count_code_points(name) >= kMinNameChars ? std::string(name) : std::string();
  }
  return {};
}

// The name after the first title in `sentence` ("国务院总理李强会见了…" -> 李强): two or three characters
// up to one that opens the verb (data/name_stops_zh.txt). "" when there is none.
std::string name_after_title(std::string_view text, Span sentence, const WordSet& titles, const WordSet& stops) {
  constexpr std::size_t kMaxNameChars = 3, kMinNameChars = 2;
  for (std::size_t at = sentence.begin; at < sentence.end; at += unicode::decode_at(text, at).length) {
    const std::size_t title = entry_at(text, at, titles);
    if (title == 0) continue;
    std::size_t end = at + title, n = 0;
    for (; n < kMaxNameChars && end < sentence.end; ++n) {
      const auto cp = unicode::decode_at(text, end);
      if (!unicode::is_ideograph_or_kana(cp.value) || stops.contains(text.substr(end, cp.length))) break;
      end += cp.length;
    }
    if (n >= kMinNameChars && (end >= sentence.end || stops.contains(text.substr(end, unicode::decode_at(text, end).length)) ||
                               !unicode::is_ideograph_or_kana(unicode::decode_at(text, end).value)))
      return std::string(text.substr(at + title, end - at - title));
    at += title - unicode::decode_at(text, at).length;
  }
  return {};
}

// The name `sentence` opens with, a common surname and a given name of one or two characters up to
// one that opens the verb ("李强会见了…" -> 李强; data/surnames_zh.txt, name_stops_zh.txt). "" when
// it opens otherwise.
std::string name_opening(std::string_view text, Span sentence, const WordSet& surnames, const WordSet& stops) {
  constexpr std::size_t kMaxSurnameChars = 2, kMaxGivenNameChars = 2;
  const std::size_t surname = unspaced::entry_at(text, sentence.begin, surnames, kMaxSurnameChars);
  if (surname == 0) return {};
  std::size_t end = sentence.begin + surname, n = 0;
  for (; n < kMaxGivenNameChars && end < sentence.end; ++n) {
    const auto cp = unicode::decode_at(text, end);
    if (!unicode::is_ideograph_or_kana(cp.value) || stops.contains(text.substr(end, cp.length))) break;
    end += cp.length;
  }
  if (n == 0 || end >= sentence.end || !stops.contains(text.substr(end, unicode::decode_at(text, end).length))) return {};
  return std::string(text.substr(sentence.begin, end - sentence.begin));
}

}  // namespace

SpeakerRef SpeakerResolver::unspaced_subject(uint32_t pos, const std::vector<Span>& quotes) const {
  // A pronoun where no one has spoken yet means the person the sentence before is about, titled
  // and set as its topic ("岸田文雄首相は15日、…と会談した。「…」と彼は語った"), not the one they met.
  // In Chinese, the name after the title the sentence before opens with ("国务院总理李强会见了…。“…”他说"),
  // or the name it opens with ("李强会见了…").
  const WordSet& titles = WordSet::shared("titles_after_name", words_.language);
  const WordSet& titles_before = WordSet::shared("titles_before_name", words_.language);
  const WordSet& topic = WordSet::shared("topic_particles", words_.language);
  const Document& document = tokens_.document();
  const long here = document.sentence_at(pos);
  if (here <= 0) return {};
  const Span before = document.sentences[static_cast<std::size_t>(sentence_back(here, 1, quotes))].span;
  SpeakerRef ref;
  if (!titles.empty() && !topic.empty()) ref.name = titled_subject(document.text, before, titles, topic);
  else if (!titles_before.empty()) {
    const WordSet& stops = WordSet::shared("name_stops", words_.language);
    ref.name = name_after_title(document.text, before, titles_before, stops);
    if (ref.name.empty()) ref.name = name_opening(document.text, before, WordSet::shared("surnames", words_.language), stops);
  }
  return ref.name.empty() ? SpeakerRef{} : ref;
}

SpeakerRef SpeakerResolver::unspaced_name(TokenRange mention) const {
  const Span span{tokens_.span(mention.first).begin, tokens_.span(mention.last - 1).end};
  const std::string_view words = tokens_.document().slice(span);
  SpeakerRef ref;
  ref.name = std::string(words);
  // A name has two characters at least ("毛宁", "岸田").
  constexpr std::size_t kMinNameChars = 2;
  const WordSet& before = WordSet::shared("titles_before_name", words_.language);
  const WordSet& after = WordSet::shared("titles_after_name", words_.language);
  const WordSet& anonymous = WordSet::shared("anonymous_sources", words_.language);
  const WordSet& anonymity = WordSet::shared("anonymity_phrases", words_.language);
  std::string_view name = words;
  bool titled = false;
  // Through the last title before the name (one that ends the words may be the title after it:
  // "李强总理"; else no name follows, "外交部发言人").
  bool ends_in_title = false;
  for (std::size_t pos = 0; pos < words.size();) {
    const std::size_t title = entry_at(words, pos, before);
    if (title > 0 && pos + title == words.size()) ends_in_title = true;
    if (title > 0 && pos + title < words.size()) {
      titled = true;
      name = words.substr(pos + title);
      pos += title;
      continue;
    }
    if (anonymous.contains_folded(words.substr(pos)) || entry_at(words, pos, anonymity) > 0) ref.anonymous = true;
    pos += unicode::decode_at(words, pos).length;
  }
  // The title after the name, then the owner before it.
  bool title_after = false;
  for (std::size_t pos = 0; pos < name.size(); pos += unicode::decode_at(name, pos).length)
    if (entry_at(name, pos, after) == name.size() - pos) {
      titled = title_after = true;
      name = name.substr(0, pos);
      break;
    }
  if (ends_in_title && !title_after) {
    titled = true;
    name = {};
  }
  if (const std::size_t link = name.rfind("の"); link != std::string_view::npos && titled)
    name = name.substr(link + std::string_view("の").size());
  // (A clause before the name ends in kana, the name is written in kanji: "優勝した佐藤選手" -> 佐藤;
  // a given name in kana stays whole, "土井たか子".)
  if (titled && !after.empty()) {
    std::size_t last_kana_end = 0;
    for (std::size_t pos = 0; pos < name.size();) {
      const auto cp = unicode::decode_at(name, pos);
      pos += cp.length;
      if (cp.value >= 0x3041 && cp.value <= 0x309F) last_kana_end = pos;
    }
    if (last_kana_end > 0 && unicode::count_code_points(name.substr(last_kana_end)) >= kMinNameChars) name = name.substr(last_kana_end);
  }
  if (ref.anonymous) return ref;
  // "同大臣は", "同氏は": the said minister, the person just spoken of (data/anaphoric_determiners_ja.txt).
  if (titled && WordSet::shared("anaphoric_determiners", words_.language).contains(name))
    if (std::string earlier = titled_name_before(tokens_.document().text, span.begin, after); !earlier.empty()) {
      ref.name = std::move(earlier);
      if (std::string full = full_name_before(tokens_.document().text, span.begin, ref.name, after); !full.empty()) ref.name = std::move(full);
      return ref;
    }
  // (A surname of one character is a name where the full name was written shortly before: "林芳正
  // 官房長官は… 林官房長官は" -> 林芳正; alone it may be "同" of "同長官", "the said minister".)
  std::string full = titled && !after.empty() && !name.empty() ? full_name_before(tokens_.document().text, span.begin, name, after) : std::string();
  if (unicode::count_code_points(name) >= kMinNameChars) ref.name = full.empty() ? std::string(name) : std::move(full);
  else if (!full.empty()) ref.name = std::move(full);
  else if (titled) ref.described = true;
  return ref;
}

}  // namespace article_lens
