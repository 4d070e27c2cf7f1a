#include "quotes/speaker_book.h"

#include <algorithm>

#include "quotes/source_anaphora.h"
#include "unicode/case_fold.h"
#include "unicode/utf8.h"

namespace article_lens {
namespace {

// A pronoun goes to the last speaker if they spoke within this many sentences.
constexpr long kRecentSentences = 3;

bool has_line_break(std::string_view text) {
  return text.find('\n') != std::string_view::npos || text.find('\r') != std::string_view::npos;
}

}  // namespace

uint32_t count_words(const Document& document, Span span) {
  uint32_t words = 0;
  for (std::size_t k = document.first_token_at_or_after(span.begin);
       k < document.tokens.size() && document.tokens[k].span.end <= span.end; ++k)
    ++words;
  return words;
}

void SpeakerBook::assign(QuoteCandidate& candidate, const SpeakerResolver& resolver, const std::vector<Span>& quotes) {
  Quote& quote = candidate.quote;
  const long sentence = document_.sentence_at(quote.span.begin);
  const bool close = last_sentence_ >= 0 && sentence - last_sentence_ <= kRecentSentences;
  int32_t speaker = -1;
  bool named = last_speaker_named_;  // whether the speaker is a person the text names
  Gender pronoun_said = last_pronoun_gender_;  // kept when the quote inherits its speaker
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
    // (Nor when the last speaker came by a pronoun of the other gender: "“...,” she said. ¶ Paul
    // Grant arrived. “...,” he said.")
    pronoun_said = is_pronoun_mention(found) ? resolver.pronoun_gender(found.mention_span.begin) : Gender::kUnknown;
    const bool other_gender = pronoun_said != Gender::kUnknown && last_pronoun_gender_ != Gender::kUnknown &&
                              pronoun_said != last_pronoun_gender_;
    // "it said": a body, never a person who spoke before.
    const bool neuter = found.mention.size() == 1 &&
                        WordSet::shared("neuter_pronouns", words_.language).contains_folded(tokens_.folded(found.mention.first));
    const bool pronoun_misfits =
        is_pronoun_mention(found) && (other_gender || (neuter && last_speaker_ >= 0 && person_speaker_[static_cast<std::size_t>(last_speaker_)]) || resolver.pronoun_excludes(found.mention_span.begin, last_person_) ||
                                      newcomer_fits(resolver, found.mention_span.begin, quotes) || newcomer_opens ||
                                      person_before_body(found, resolver, quotes));
    const bool close_speaker = close && last_speaker_ >= 0 && !pronoun_misfits;
    // "ont-ils déclaré": a group speaks, and no one person is named.
    // So does "sie" with a plural verb ("Sie schrieben: ...").
    const bool group = (found.pronoun_in_cue && words_.group_pronouns.contains_folded(unicode::fold_case(document_.slice(found.mention_span)))) ||
                       (found.mention.size() == 1 && mentions_.is_plural_by_verb(found.mention.first));
    // "Du côté de l'Élysée, on assure": the body the sentence opens with speaks, not a group.
    const SpeakerRef opener = opener_body(found, resolver, quotes);
    if (group && !opener.known()) {
      if (!quote.cue.empty()) quote.cue_tone = tone(quote.cue);
      return;
    }
    // (A subject in the verb's ending is the person named last, whoever spoke last: "Minister X
    // odwiedziła szpital. Jak dodała, ...".)
    SpeakerRef ref = newcomer_opens       ? resolver.resolve(sentence_subject().mention, -1, false, quotes)
                     : found.pronoun_in_cue ? resolver.resolve_pronoun(found.mention_span.begin, recent_person_,
                                                                       close_speaker && !found.subject_in_verb, quotes)
                                            : resolver.resolve(found.mention, recent_person_, close_speaker, quotes);
    // "„…”, zei hij. Een buurvrouw zag alles. „…”, zei ze": a pronoun of the other gender does not
    // mean the person the last one did, whose gender the text tells no other way.
    if (other_gender && ref.person >= 0 && ref.person == last_person_) ref = {};
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
    // "la replica di Palazzo Chigi: «...»": an article alone is no speaker; the noun of speech's owner is.
    if (found.mention.size() == 1 && ref.person < 0 && tokens_.in(found.mention.first, words_.determiners) &&
        !mentions_.is_pronoun(found.mention.first) && !found.pronoun_in_cue)
      if (const SpeakerRef owner = speech_noun_owner(found, resolver, quotes); owner.known()) ref = owner;
    if (opener.known() && ref.person < 0) ref = opener;
    // "a prévenu le chef d'état-major, le général Thierry Burkhard": the description names no one,
    // its apposition does.
    if (ref.person < 0 && !ref.anonymous && !found.pronoun_in_cue)
      if (const SpeakerRef named_after = apposition_person(found, resolver, quotes); named_after.person >= 0) ref = named_after;
    // "По данным издания", "Jak ustaliła gazeta": the outlet named just before.
    if (ref.person < 0 && !ref.anonymous && !found.pronoun_in_cue)
      if (const TokenRange outlet = earlier_outlet(tokens_, mentions_, words_, found.mention); !outlet.empty())
        if (const SpeakerRef named_outlet = resolver.resolve(outlet, -1, false, quotes); named_outlet.known()) ref = named_outlet;
    // "a précisé cette source", "las mismas fuentes": the unnamed source quoted just before.
    const int32_t earlier = ref.anonymous ? earlier_source(tokens_, mentions_, words_, found.mention, findings_) : -1;
    speaker = earlier >= 0 ? earlier : speaker_for(ref);
    named = true;
    // A pronoun right after someone spoke is theirs ("« ... », a-t-il ajouté"); a body's pronoun,
    // a body's that spoke ("Acme said … It added", "В МЧС сообщили … Там уточнили"), unless it
    // stands for no one before a passive ("it has been widely predicted that").
    if (speaker < 0 && close_speaker &&
        (is_pronoun_mention(found) || (neuter && !person_speaker_[static_cast<std::size_t>(last_speaker_)] && !before_passive(found.mention.first))))
      speaker = last_speaker_, named = last_speaker_named_;
    // A pronoun means no one the quote itself names in the third person: in "“..., Gordon Brown's
    // record is very mixed,” he said" after Vince Cable spoke, "he" is Cable.
    // (Only to a person who spoke close by and whom the pronoun fits.)
    if (is_pronoun_mention(found) && speaker >= 0 && speaker != last_speaker_ && close && last_speaker_ >= 0 &&
        person_speaker_[static_cast<std::size_t>(last_speaker_)] && !other_gender &&
        !resolver.pronoun_excludes(found.mention_span.begin, last_person_) && named_inside(speaker, quote.content) &&
        !named_inside(last_speaker_, quote.content))
      speaker = last_speaker_, named = last_speaker_named_;
    // With no one to mean, it means the description the sentence before opens with ("Le Premier
    // ministre a présenté son plan. « ... », a-t-il promis").
    // "The British Chambers of Commerce welcomed the plan. “...,” it said.": the body the sentence
    // before opens with.
    if (speaker < 0 && neuter) {
      const SpeakerRef body = body_before(quote.span.begin, resolver, quotes);
      if (body.known() && body.person < 0) speaker = speaker_for(body), named = true;
    }
    // (Not a body for "he" or "she": "PC Pro tested the laptop. “...,” he said" names no one.)
    if (speaker < 0 && ref.person < 0 && pronoun && sentence_subject().found()) {
      const SpeakerRef subject_ref = resolver.resolve(sentence_subject().mention, recent_person_, false, quotes);
      if (pronoun_said == Gender::kUnknown || !names_a_known_body(subject_ref)) speaker = speaker_for(subject_ref), named = false;
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
  // (Once each: a report and the marked words inside it share their mention.)
  const bool listed = !entry.mentions.empty() && entry.mentions.back().begin == quote.speaker_mention.begin &&
                      entry.mentions.back().end == quote.speaker_mention.end;
  if (!quote.speaker_mention.empty() && !listed) entry.mentions.push_back(quote.speaker_mention);
  if (!quote.cue.empty()) {
    std::string cue = unicode::fold_case(document_.slice(quote.cue));
    if (quote.cue_tone == CueTone::kLoaded) ++entry.loaded_cues;
    if (std::find(entry.cues.begin(), entry.cues.end(), cue) == entry.cues.end()) entry.cues.push_back(std::move(cue));
  }
  // Where this quote's attribution ends: after the quote, or in the sentence after it ("“...” Trump said.").
  const uint32_t end = std::max({quote.span.end, quote.cue.end, quote.speaker_mention.end});
  last_speaker_ = speaker;
  last_pronoun_gender_ = pronoun_said;
  last_speaker_named_ = named;
  last_sentence_ = document_.sentence_at(end > 0 ? end - 1 : 0);
  last_end_ = end;
}

bool SpeakerBook::inherits(const Quote& quote, long sentence, const SpeakerResolver& resolver, const std::vector<Span>& quotes) const {
  if (sentence - last_sentence_ <= 1) return true;
  if (quote.span.begin < last_end_) return false;
  const std::string_view gap = document_.text.substr(last_end_, quote.span.begin - last_end_);
  if (!has_line_break(gap)) return true;
  // (One sentence of narration at most: a pull quote or a header stands farther from its source.)
  constexpr long kMaxNarration = 2;
  if (sentence - last_sentence_ <= kMaxNarration && alone_in_paragraph(quote) &&
      !resolver.names_other_between(last_end_, quote.span.begin, last_person_, quotes))
    return true;
  return paragraph_goes_on(quote, gap) || after_pronoun_narration(quote, sentence, resolver);
}

bool SpeakerBook::paragraph_goes_on(const Quote& quote, std::string_view gap) const {
  constexpr std::size_t kMaxWordsBetween = 60;
  constexpr std::size_t kMaxBytesBetween = 1500;  // keeps the paragraph count linear over the text
  if (gap.size() > kMaxBytesBetween || paragraph_breaks(gap) != 1 || !alone_in_paragraph(quote)) return false;
  const std::size_t first = tokens_.first_at_or_after(last_end_);
  for (std::size_t k = first; k < tokens_.size() && tokens_.span(k).end <= quote.span.begin; ++k)
    if (k - first > kMaxWordsBetween || people_.find_token(k) >= 0) return false;
  return true;
}

int SpeakerBook::paragraph_breaks(std::string_view text) {
  int breaks = 0;
  for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
    const std::size_t next = text.find_first_not_of(" \t\r", at + 1);
    if (next != std::string_view::npos && text[next] == '\n') ++breaks, at = next;
  }
  return breaks;
}

bool SpeakerBook::alone_in_paragraph(const Quote& quote) const {
  const std::string_view text = document_.text;
  const std::size_t before = text.find_last_not_of(" \t", quote.span.begin == 0 ? std::string_view::npos : quote.span.begin - 1);
  const std::size_t after = text.find_first_not_of(" \t.", quote.span.end);
  const bool starts = quote.span.begin == 0 || before == std::string_view::npos || text[before] == '\n';
  return starts && (after == std::string_view::npos || text[after] == '\n' || text[after] == '\r');
}

bool SpeakerBook::newcomer_fits(const SpeakerResolver& resolver, uint32_t pos, const std::vector<Span>& quotes) const {
  // After a description that names no one spoke, anyone named since may be meant ("Le Premier
  // ministre ... a-t-il promis. La présidente ..., Mathilde Rousseau, ... estime-t-elle").
  if (!last_speaker_named_) return resolver.named_since(pos, last_end_, quotes) >= 0;
  const int newcomer = resolver.pronoun_fits_newcomer(pos, last_end_, quotes);
  return newcomer >= 0 && newcomer != last_person_ && !resolver.pronoun_fits(pos, last_person_);
}

bool SpeakerBook::opens_new_paragraph(const Attribution& subject, const Attribution& found, const SpeakerResolver& resolver,
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

bool SpeakerBook::described_before(std::size_t first, std::size_t name) const {
  constexpr std::size_t kMaxDescriptionWords = 4;
  if (name <= first + 1 || name - first > kMaxDescriptionWords || !mentions_.is_description_start(first) ||
      tokens_.gap_before(name).find(',') == std::string_view::npos)
    return false;
  for (std::size_t k = first + 1; k < name; ++k)
    if (!tokens_.joined(k) || tokens_.capitalized(k) || tokens_.in(k, words_.cues) || tokens_.in(k, words_.finite_verbs)) return false;
  return true;
}

bool SpeakerBook::is_bare_role(TokenRange mention) const {
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

bool SpeakerBook::is_pronoun_mention(const Attribution& found) const {
  if (found.pronoun_in_cue) return true;
  if (found.mention.size() != 1) return false;
  const std::string_view mention = document_.slice(found.mention_span);
  return words_.pronouns.contains(mention) || words_.source_pronouns.contains(mention);
}

CueTone SpeakerBook::tone(Span cue) const {
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

bool SpeakerBook::named_inside(int32_t speaker, Span content) const {
  const std::string& name = findings_.speakers[static_cast<std::size_t>(speaker)].name;
  const std::size_t space = name.rfind(' ');
  const std::string last_name = unicode::fold_case(space == std::string::npos ? name : name.substr(space + 1));
  if (last_name.empty()) return false;
  for (std::size_t k = tokens_.first_at_or_after(content.begin); k < tokens_.size() && tokens_.span(k).end <= content.end; ++k)
    if (tokens_.capitalized(k) && strip_possessive(tokens_.folded(k)) == last_name) return true;  // (also "Brown's record")
  return false;
}

bool SpeakerBook::before_passive(std::size_t k) const {
  constexpr std::size_t kMaxAuxiliaries = 2;  // "it has been", "it is"
  const WordSet& auxiliaries = WordSet::shared("passive_auxiliaries", words_.language);
  for (std::size_t j = k + 1; j < tokens_.size() && j <= k + kMaxAuxiliaries && tokens_.joined(j); ++j)
    if (auxiliaries.contains_folded(tokens_.folded(j))) return true;
  return false;
}

SpeakerRef SpeakerBook::body_before(uint32_t pos, const SpeakerResolver& resolver, const std::vector<Span>& quotes) const {
  const long sentence = document_.sentence_at(pos);
  if (sentence <= 0) return {};
  const Span before = document_.sentences[static_cast<std::size_t>(sentence - 1)].span;
  const std::size_t first = tokens_.first_at_or_after(before.begin);
  const std::size_t last = tokens_.first_at_or_after(before.end);
  if (first >= last) return {};
  // A subject opening the sentence (or its clause after a comma) that ends in a name or a body's
  // word: "The British Chambers of Commerce welcomed ...", "The ministry said ..."; not "In a
  // statement Google said", nor a description running into its predicate.
  const TokenRange subject = mentions_.clause_subject(first, last);
  if (subject.empty() || mentions_.is_pronoun(subject.first) ||
      (subject.first != first && tokens_.gap_before(subject.first).find(',') == std::string_view::npos))
    return {};
  const std::size_t end = subject.last - 1;
  if (!mentions_.is_name_word(end) && !names_a_body(words_, tokens_.folded(end), false) && !mentions_.is_source_word(end))
    return {};
  // A description ("the ministry", "The MPAA") or a name of two words or more ("Age Concern"); not
  // a capitalised word opening the sentence ("Movie piracy cost ...") nor what someone has ("His record").
  const bool described = tokens_.in(subject.first, words_.determiners) && !tokens_.in(subject.first, words_.possessives) &&
                         !words_.source_pronouns.contains_folded(tokens_.folded(subject.first));
  bool named = subject.size() >= 2;
  for (std::size_t k = subject.first; k < subject.last && named; ++k) named = mentions_.is_name_word(k);
  if (!described && !named) return {};
  return resolver.resolve(subject, -1, false, quotes);
}

int32_t SpeakerBook::speaker_for(const SpeakerRef& ref) {
  if (!ref.known()) return -1;
  // People by index; other speakers by their folded words, anonymous ones apart.
  std::string key(1, ref.person >= 0 ? 'p' : ref.anonymous ? 'a' : ref.described ? 'd' : 'n');
  key += ref.person >= 0 ? std::to_string(ref.person) : unicode::fold_case(ref.name);
  const auto [it, inserted] = by_key_.emplace(std::move(key), static_cast<int32_t>(findings_.speakers.size()));
  if (inserted) {
    Speaker speaker;
    speaker.name = unicode::with_plain_spaces(ref.name);
    speaker.anonymous = ref.anonymous;
    speaker.described = ref.described;
    findings_.speakers.push_back(std::move(speaker));
    person_speaker_.push_back(ref.person >= 0);
    body_speaker_.push_back(names_a_known_body(ref));
  }
  return it->second;
}

}  // namespace article_lens
