// Adds the texts of the spans the core returned as offsets, so results read well on their own.

const slice = (text, start, end) => (start === null || end === null ? null : text.slice(start, end));

export function addSpanTexts(text, result) {
  for (const sentence of result.sentences) sentence.text = text.slice(sentence.start, sentence.end);
  for (const quote of result.quotes) {
    quote.text = text.slice(quote.contentStart, quote.contentEnd);
    quote.speakerMention = slice(text, quote.speakerMentionStart, quote.speakerMentionEnd);
    quote.cue = slice(text, quote.cueStart, quote.cueEnd);
  }
  for (const speaker of result.speakers) {
    speaker.mentions = speaker.mentions.map(([start, end]) => ({ start, end, text: text.slice(start, end) }));
  }
  for (const keyword of result.keywords) {
    keyword.occurrences = keyword.occurrences.map(([start, end]) => ({ start, end }));
  }
  return result;
}
