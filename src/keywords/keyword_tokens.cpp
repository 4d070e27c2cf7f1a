#include "keywords/keyword_tokens.h"

#include <unordered_map>

#include "keywords/surface_index.h"
#include "unicode/case_fold.h"
#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

using unicode::CodePoint;
using unicode::decode_at;

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
bool is_hiragana(char32_t cp) { return cp >= 0x3040 && cp <= 0x309F; }
bool is_katakana(char32_t cp) { return cp >= 0x30A0 && cp <= 0x30FF; }

enum class CjkKind { kHan, kKatakana, kHiragana };

CjkKind cjk_kind(std::string_view text, Span span) {
  const char32_t cp = decode_at(text, span.begin).value;
  if (is_hiragana(cp)) return CjkKind::kHiragana;
  if (is_katakana(cp)) return CjkKind::kKatakana;
  return CjkKind::kHan;
}

bool skipped_sentence(SentenceRole role) {
  return role == SentenceRole::kBoilerplate || role == SentenceRole::kDateline || role == SentenceRole::kByline;
}

// Whether a sentence is written in capitals throughout (a shouted headline): then capitals say
// nothing about names or acronyms.
bool all_capitals(const std::vector<unicode::WordToken>& tokens, std::size_t begin, std::size_t end) {
  std::size_t lettered = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (!tokens[i].has(unicode::kHasLetter)) continue;
    ++lettered;
    if (!tokens[i].has(unicode::kAllUpper)) return false;
  }
  return lettered >= 3;
}

class Reader {
 public:
  Reader(const Document& document, KeywordLanguage& language) : document_(document), language_(language) {}

  KeywordTokens read() {
    const auto& tokens = document_.tokens;
    out_.tokens.reserve(tokens.size());
    out_.capitalised_nouns = language_.capitalises_nouns();
    std::size_t t = 0;
    for (std::size_t s = 0; s < document_.sentences.size(); ++s) {
      const Sentence& sentence = document_.sentences[s];
      while (t < tokens.size() && tokens[t].span.begin < sentence.span.begin) ++t;
      std::size_t end = t;
      while (end < tokens.size() && tokens[end].span.end <= sentence.span.end) ++end;
      if (!skipped_sentence(sentence.role) && end > t) {
        read_sentence(s, t, end);
        ++out_.counted_sentences;
      }
      t = end;
    }
    choose_display_spellings();
    return std::move(out_);
  }

 private:
  void read_sentence(std::size_t sentence, std::size_t begin, std::size_t end) {
    const auto& tokens = document_.tokens;
    const Sentence& s = document_.sentences[sentence];
    const bool shouting = all_capitals(tokens, begin, end);
    uint16_t base = s.role == SentenceRole::kHeadline ? kHeadline : 0;
    if (shouting) base |= kOpensClause;
    uint32_t previous_end = s.span.begin;
    for (std::size_t i = begin; i < end;) {
      const unicode::WordToken& token = tokens[i];
      uint16_t flags = base | gap_flags(previous_end, token.span.begin, i == begin);
      if (token.has(unicode::kIdeographic)) {
        std::size_t run_end = i + 1;
        while (run_end < end && tokens[run_end].has(unicode::kIdeographic) &&
               tokens[run_end].span.begin == tokens[run_end - 1].span.end)
          ++run_end;
        add_cjk_run(sentence, i, run_end, flags);
        previous_end = tokens[run_end - 1].span.end;
        i = run_end;
        continue;
      }
      if (token.has(unicode::kCapitalized)) flags |= kCapitalised;
      if (token.has(unicode::kAllUpper) && !shouting) flags |= kAllUpper;
      if (in_address(i, begin, end)) flags |= kSkipped;
      add_word(sentence, trim_apostrophes(token.span, flags), flags, token.has(unicode::kHasLetter));
      previous_end = token.span.end;
      ++i;
    }
  }

  // What lies between two words: punctuation breaks a phrase; an opening quote, bracket, colon or
  // dash starts a clause whose first word is capitalised for grammar, not because it is a name.
  uint16_t gap_flags(uint32_t from, uint32_t to, bool first) const {
    if (first) return kBreakBefore | kOpensClause;
    uint16_t flags = 0;
    char32_t last = 0;
    const std::string_view text = document_.text;
    for (std::size_t i = from; i < to;) {
      const CodePoint cp = decode_at(text, i);
      i += cp.length;
      if (unicode::is_space(cp.value)) continue;
      flags |= kBreakBefore;
      last = cp.value;
    }
    if (last && (unicode::is_opening_punctuation(last) || unicode::is_dash(last) || last == ':' || last == '"' ||
                 last == '\'' || last == 0x2022))
      flags |= kOpensClause;
    return flags;
  }

  // Whether a word is part of a web or e-mail address: joined to a neighbouring word by a dot or
  // an at sign with no space, the word after it in lower case ("www.example.com",
  // "name@example.org"; not "said.The", a missing space). Such parts name no topic.
  bool in_address(std::size_t i, std::size_t begin, std::size_t end) const {
    const auto& tokens = document_.tokens;
    const auto joined = [&](std::size_t left) {
      const unicode::WordToken& next = tokens[left + 1];
      if (next.span.begin != tokens[left].span.end + 1 || !next.has(unicode::kHasLetter) ||
          next.has(unicode::kCapitalized))
        return false;
      const char c = document_.text[tokens[left].span.end];
      return c == '.' || c == '@';
    };
    return (i > begin && joined(i - 1)) || (i + 1 < end && joined(i));
  }

  // For every form, the spelling seen most often where capitals mean something ("Council" inside
  // sentences, so a headline's "COUNCIL" or a sentence-initial "Talks" can be shown as written).
  void choose_display_spellings() {
    out_.form_display.assign(out_.forms.size(), kNoSurface);
    std::vector<uint32_t> best(out_.forms.size(), 0);
    for (uint32_t s = 0; s < surface_informative_.size(); ++s) {
      const uint32_t form = surface_form_[s];
      if (surface_informative_[s] > best[form]) {
        best[form] = surface_informative_[s];
        out_.form_display[form] = s;
      }
    }
  }

  // Cuts an elided article before an apostrophe (l’Europe) and a clitic after one (Putin’s).
  Span trim_apostrophes(Span span, uint16_t& flags) {
    if (!language_.has_apostrophe_rules()) return span;
    const std::string_view text = document_.text;
    std::size_t first = std::string_view::npos, last = 0, last_length = 0;
    for (std::size_t i = span.begin; i < span.end;) {
      const CodePoint cp = decode_at(text, i);
      if (is_apostrophe(cp.value)) {
        if (first == std::string_view::npos) first = i;
        last = i;
        last_length = cp.length;
      }
      i += cp.length;
    }
    if (first == std::string_view::npos) return span;
    if (language_.is_clitic(fold(span.end > last + last_length ? text.substr(last + last_length, span.end - last - last_length) : "")))
      span.end = static_cast<uint32_t>(last);
    if (first < span.end && language_.is_elision(fold(text.substr(span.begin, first - span.begin)))) {
      const uint32_t rest = static_cast<uint32_t>(first + decode_at(text, first).length);
      if (rest < span.end) {
        span.begin = rest;
        flags &= static_cast<uint16_t>(~(kCapitalised | kAllUpper));
        if (unicode::is_upper(decode_at(text, rest).value)) flags |= kCapitalised;
      }
    }
    return span;
  }

  void add_cjk_run(std::size_t sentence, std::size_t begin, std::size_t end, uint16_t flags) {
    const auto& tokens = document_.tokens;
    const std::string_view text = document_.text;
    flags |= kStandalone | kBreakBefore;
    for (std::size_t i = begin; i < end;) {
      const CjkKind kind = cjk_kind(text, tokens[i].span);
      std::size_t j = i + 1;
      while (j < end && cjk_kind(text, tokens[j].span) == kind) ++j;
      if (kind == CjkKind::kKatakana) {
        add_word(sentence, Span{tokens[i].span.begin, tokens[j - 1].span.end}, flags, true);
      } else if (kind == CjkKind::kHan) {
        add_han_segment(sentence, i, j, flags);
      }
      i = j;
    }
  }

  // Han characters between particles: one character alone is a unit, longer runs give bigrams.
  void add_han_segment(std::size_t sentence, std::size_t begin, std::size_t end, uint16_t flags) {
    const auto& tokens = document_.tokens;
    const std::string_view text = document_.text;
    std::size_t from = begin;
    for (std::size_t k = begin; k <= end; ++k) {
      const bool particle = k < end && language_.is_cjk_particle(text.substr(tokens[k].span.begin, tokens[k].span.size()));
      if (k < end && !particle) continue;
      if (k - from == 1) add_word(sentence, tokens[from].span, flags, true);
      for (std::size_t b = from; b + 1 < k; ++b) add_word(sentence, Span{tokens[b].span.begin, tokens[b + 1].span.end}, flags, true);
      from = k + 1;
    }
  }

  void add_word(std::size_t sentence, Span span, uint16_t flags, bool has_letter) {
    KeywordToken token;
    token.span = span;
    token.sentence = static_cast<uint32_t>(sentence);
    token.rank = out_.counted_sentences;
    // Most words repeat with the same spelling: fold each spelling once.
    const std::string_view text = document_.text;
    const std::string_view surface = text.substr(span.begin, span.size());
    uint64_t hash = 0;
    uint32_t id = surface_ids_.find(surface, hash, [&](uint32_t known) {
      return text.substr(out_.surfaces[known].begin, out_.surfaces[known].size());
    });
    if (id == SurfaceIndex::kNone) {
      id = static_cast<uint32_t>(out_.surfaces.size());
      surface_ids_.insert(hash, id);
      out_.surfaces.push_back(span);
      surface_form_.push_back(intern_form(surface, flags & kStandalone, has_letter));
      surface_informative_.push_back(0);
    }
    token.surface = id;
    token.form = surface_form_[token.surface];
    token.flags = flags | form_flags_[token.form];
    if (token.case_informative() && !token.has(kSkipped)) ++surface_informative_[token.surface];
    out_.tokens.push_back(token);
  }

  uint32_t intern_form(std::string_view surface, bool cjk, bool has_letter) {
    folded_ = fold(surface);
    auto [it, inserted] = form_ids_.try_emplace(folded_, static_cast<uint32_t>(out_.forms.size()));
    if (!inserted) return it->second;
    uint16_t flags = 0;
    if (!has_letter || language_.is_stopword(folded_) || language_.is_speech_verb(folded_) ||
        (!cjk && code_points(folded_) < 2))
      flags |= kSkipped;
    if (language_.is_title_word(folded_)) flags |= kTitleWord;
    if (language_.is_phrase_only(folded_)) flags |= kPhraseOnly;
    if (language_.is_name_link(folded_)) flags |= kNameLink;
    if (language_.is_compound_modifier(folded_)) flags |= kPhraseOnly | kModifier;
    // "73-year-old", "1990s", "10th": a word that starts with a digit describes, it is no topic.
    if (!folded_.empty() && folded_[0] >= '0' && folded_[0] <= '9') flags |= kPhraseOnly;
    form_flags_.push_back(flags);
    out_.form_key.push_back(intern_key(language_.key(folded_)));
    out_.forms.push_back(folded_);
    return it->second;
  }

  uint32_t intern_key(std::string_view key) {
    auto [it, inserted] = key_ids_.try_emplace(std::string(key), static_cast<uint32_t>(out_.keys.size()));
    if (inserted) out_.keys.emplace_back(key);
    return it->second;
  }

  // NFKC case folding, with typographic apostrophes read as the ASCII one the data files use.
  static std::string fold(std::string_view surface) {
    std::string folded = unicode::fold_case(surface);
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size();) {
      const CodePoint cp = decode_at(folded, i);
      if (cp.value != '\'' && is_apostrophe(cp.value)) out.push_back('\'');
      else out.append(folded, i, cp.length);
      i += cp.length;
    }
    return out;
  }

  static std::size_t code_points(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++n) i += decode_at(text, i).length;
    return n;
  }

  const Document& document_;
  KeywordLanguage& language_;
  KeywordTokens out_;
  SurfaceIndex surface_ids_;
  std::vector<uint32_t> surface_form_;         // form of each surface
  std::vector<uint32_t> surface_informative_;  // case-informative occurrences of each surface
  std::unordered_map<std::string, uint32_t> form_ids_;
  std::unordered_map<std::string, uint32_t> key_ids_;
  std::vector<uint16_t> form_flags_;
  std::string folded_;
};

}  // namespace

KeywordTokens read_keyword_tokens(const Document& document, KeywordLanguage& language) {
  return Reader(document, language).read();
}

}  // namespace article_lens
