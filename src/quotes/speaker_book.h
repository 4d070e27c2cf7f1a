// Assigns each quote its speaker in text order, remembering who spoke last: the memory that
// pronouns, quote-only sentences and subjects left in a verb need.
//
//   SpeakerBook book(document, tokens, mentions, attribution, words, people, findings);
//   for (QuoteCandidate& candidate : candidates) book.assign(candidate, resolver, quote_spans);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document.h"
#include "quotes/attribution.h"
#include "quotes/mentions.h"
#include "quotes/people.h"
#include "quotes/quote_finder.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_tokens.h"
#include "quotes/speaker_resolver.h"

namespace article_lens {

// A quote found, with what the search around it found, before its speaker is assigned.
struct QuoteCandidate {
  Quote quote;
  Attribution attribution;
  bool may_inherit = false;  // a quote standing alone may continue the previous speaker
  bool continues = false;    // reported speech going on with no cue: dropped when no speaker continues
  bool names = false;        // marked as a name or title by its context (not just unattributed)
  // Attributed to a pronoun right next to it ("« ... », a-t-il promis", "“...,” he says"), which may
  // mean the subject of the sentence before.
  bool adjacent_pronoun = false;
  bool name_like = false;    // a few words reading as a name: with no speaker found, a name or term
};

// The number of word tokens inside `span`.
uint32_t count_words(const Document& document, Span span);

// Assigns speakers in text order, remembering who spoke last for pronouns and quote-only sentences.
class SpeakerBook {
 public:
  SpeakerBook(const Document& document, const QuoteTokens& tokens, const MentionFinder& mentions, const AttributionFinder& attribution,
              const QuoteLexicon& words, const PeopleIndex& people, QuoteFindings& findings)
      : document_(document), tokens_(tokens), mentions_(mentions), attribution_(attribution), words_(words), people_(people),
        findings_(findings) {}

  void assign(QuoteCandidate& candidate, const SpeakerResolver& resolver, const std::vector<Span>& quotes);

 private:
  // A quote standing alone continues the last speaker when it follows in the next sentence or in
  // the same paragraph.
  // A quote that is a paragraph of its own goes on with a dialogue over a sentence of narration
  // that names no one else ("“...,” Miller said into the phone. ¶ She pauses. ¶ “...”").
  bool inherits(const Quote& quote, long sentence, const SpeakerResolver& resolver, const std::vector<Span>& quotes) const;

  // A paragraph of a quote alone, right after the paragraph where the last speaker spoke, with no
  // one else named since ("„...“, sagte Stein. Dann ging er.\n\n„Wir klagen.“"): theirs.
  bool paragraph_goes_on(const Quote& quote, std::string_view gap) const;

  static int paragraph_breaks(std::string_view text);

  bool alone_in_paragraph(const Quote& quote) const;
  // "She laughed. “...”": the quote's paragraph opens with one short sentence whose subject is a
  // pronoun that fits the last speaker (narration_before_quote.cpp).
  bool after_pronoun_narration(const Quote& quote, long sentence, const SpeakerResolver& resolver) const;

  bool newcomer_fits(const SpeakerResolver& resolver, uint32_t pos, const std::vector<Span>& quotes) const;

  // The last speaker spoke paragraphs ago, and the sentence before the pronoun, in its paragraph,
  // opens with someone else ("Le ministre de l'Intérieur Paul Garnier a présenté son plan. « ... »,
  // a-t-il dit.").
  bool opens_new_paragraph(const Attribution& subject, const Attribution& found, const SpeakerResolver& resolver,
                           const std::vector<Span>& quotes) const;

  // Tokens [first, name) are a short description set off by a comma before a name ("Her neighbour, Tom Reed").
  bool described_before(std::size_t first, std::size_t name) const;

  // A title, then a lower-case word at most: "эксперт", "руководитель фракции", "глава государства".
  bool is_bare_role(TokenRange mention) const;
  // The person an apposition after a description names ("a prévenu le chef d'état-major des armées,
  // le général Thierry Burkhard"), when the description itself names no one (apposition_speaker.cpp).
  SpeakerRef apposition_person(const Attribution& found, const SpeakerResolver& resolver, const std::vector<Span>& quotes) const;
  // "la replica di Palazzo Chigi: «...»": where the mention is an article alone before a noun of speech,
  // whose words they are: the owner after its link (apposition_speaker.cpp).
  SpeakerRef speech_noun_owner(const Attribution& found, const SpeakerResolver& resolver, const std::vector<Span>& quotes) const;
  // "Du côté de l'Élysée, on assure", "Desde Vox, su portavoz ha asegurado": the body the sentence
  // opens with, where the mention is an impersonal pronoun or a possessive description; empty
  // otherwise (opener_body.cpp).
  SpeakerRef opener_body(const Attribution& found, const SpeakerResolver& resolver, const std::vector<Span>& quotes) const;

  bool is_pronoun_mention(const Attribution& found) const;

  CueTone tone(Span cue) const;

  int32_t speaker_for(const SpeakerRef& ref);
  // Whether a speaker not in the index is known to be a body: a body's word ends its name, it is
  // an acronym in capitals (body_speaker.cpp).
  bool names_a_known_body(const SpeakerRef& ref) const;
  // "he" or "she" after a body spoke last, with a person of the pronoun's gender named before: the
  // pronoun means that person, not the body (body_speaker.cpp).
  bool person_before_body(const Attribution& found, const SpeakerResolver& resolver, const std::vector<Span>& quotes) const;
  // Whether the quote's words name this speaker in the third person (their last name, capitalised).
  bool named_inside(int32_t speaker, Span content) const;
  // Whether a passive auxiliary follows the pronoun at token k within two words ("it has been
  // predicted that", "it is understood"): the pronoun stands for no one.
  bool before_passive(std::size_t k) const;
  // What the subject of the sentence before `pos` names: the body an "it said" means.
  SpeakerRef body_before(uint32_t pos, const SpeakerResolver& resolver, const std::vector<Span>& quotes) const;

  const Document& document_;
  const QuoteTokens& tokens_;
  const MentionFinder& mentions_;
  const AttributionFinder& attribution_;
  const QuoteLexicon& words_;
  const PeopleIndex& people_;
  QuoteFindings& findings_;
  std::unordered_map<std::string, int32_t> by_key_;
  std::vector<bool> person_speaker_;  // per speaker: a person of the index, not a body or group
  std::vector<bool> body_speaker_;    // per speaker: known to be a body (names_a_known_body)
  int recent_person_ = -1;
  bool last_speaker_named_ = true;
  int last_person_ = -1;  // the person the last speaker is, if a person
  int32_t last_speaker_ = -1;
  // The gender of the pronoun that gave the last speaker ("she said"), kUnknown when none did: a
  // pronoun of the other gender next is someone else.
  Gender last_pronoun_gender_ = Gender::kUnknown;
  long last_sentence_ = -1;
  uint32_t last_end_ = 0;
};

}  // namespace article_lens
