// Direct speech set off by dashes instead of quotation marks, the convention of Russian, Ukrainian,
// Polish and Spanish news (the dashes: data/dialogue_dashes_<lang>.txt):
//
//   — Это провокация, — заявил Песков. — Ответ будет симметричным.
//   – To tylko gra pozorów – ocenił poseł Jacek Sasin.
//   —No vamos a dejar a nadie atrás —aseguró Sánchez—.
//
// A paragraph that opens with such a dash (or a dash after a sentence of the paragraph) speaks up to a later dash after a space, when the words
// after that dash attribute the speech (a cue and a speaker, as after a closing quotation mark); a
// dash after those words opens the speech again, to the paragraph's end. A dash inside the speech
// ("Это — провокация") is passed over because no attribution follows it. A dashed paragraph that
// names no speaker (an interview's questions and answers, a list) is left alone.
//
//   DialogueSpeechFinder dialogue(tokens, words, attribution);
//   for (const DialogueSpeech& speech : dialogue.find()) ... speech.span, speech.attribution
#pragma once

#include <vector>

#include "quotes/attribution.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_pairer.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

struct DialogueSpeech {
  MarkedSpan span;           // from the opening dash; the content without the dash and edge commas
  Attribution attribution;   // the author's words after it; empty for speech resumed after them
};

class DialogueSpeechFinder {
 public:
  DialogueSpeechFinder(const QuoteTokens& tokens, const QuoteLexicon& words, const AttributionFinder& attribution)
      : tokens_(tokens), words_(words), attribution_(attribution) {}

  // In text order; empty for a language without dialogue dashes. Linear in the text.
  std::vector<DialogueSpeech> find() const;
  // A quotation in marks that the author's words interrupt between dashes, "«Это ошибка, — сказал
  // он. — Мы её исправим»", „Jest blisko – mówił Tusk. – Potrzebujemy tygodnia”, appended to `out`
  // as its stretches of speech (the first keeps the opening mark, the last the closing one); any
  // other span is appended whole. The words between are left for the attribution of each stretch.
  void split_interrupted(const MarkedSpan& span, std::vector<MarkedSpan>& out) const;

 private:
  void in_paragraph(std::size_t begin, std::size_t end, std::vector<DialogueSpeech>& found) const;
  // Whether the stretch after the dash at byte `dash` is a new turn: `said` closes a sentence, the
  // stretch opens with a capital and the dash at `next_dash` opens the author's words with a cue.
  bool opens_new_turn(const MarkedSpan& said, std::size_t dash, std::size_t next_dash) const;
  bool is_dialogue_dash(std::size_t pos, std::size_t* length) const;
  // The first dialogue dash in [from, end) after a sentence's end and a space, else `end`.
  std::size_t dash_after_sentence(std::size_t from, std::size_t end, std::size_t* length) const;
  // Where the speech resumes after the author's words that end at `from` (the byte its opening
  // mark starts at, `length` its width); `end` when it does not.
  std::size_t resumption(std::size_t from, std::size_t end, std::size_t* length) const;
  // Whether the speech opening at the dash at byte `dash`, in the paragraph from `begin`, follows a
  // lead-in that ends in a colon: in this paragraph ("Tusk powiedział: – To dobra wiadomość") or
  // closing the one before ("Tusk powiedział:\n– To ..."); `floor` is where that lead-in's paragraph starts.
  bool colon_lead_in(std::size_t begin, std::size_t dash, std::size_t* floor) const;
  // Whether `lead`, found before such a colon, attributes the speech: a cue of words, or the colon
  // alone after a full name ("Сергей ИВАНОВ: — ...").
  bool speaks_before_colon(const Attribution& lead) const;

  const QuoteTokens& tokens_;
  const QuoteLexicon& words_;
  const AttributionFinder& attribution_;
};

}  // namespace article_lens
