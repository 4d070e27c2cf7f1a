// A compact form of an analysis for the trip between the worker and the page: the many small
// spans (sentences, keyword occurrences) become flat Uint32Arrays that can be transferred, and
// the texts the page already has are left out. unpackResult() restores the documented shape.

export function packResult(result) {
  const roles = [];
  const roleIndex = new Map();
  const sentenceSpans = new Uint32Array(result.sentences.length * 3);
  result.sentences.forEach((sentence, i) => {
    if (!roleIndex.has(sentence.role)) {
      roleIndex.set(sentence.role, roles.length);
      roles.push(sentence.role);
    }
    sentenceSpans[i * 3] = sentence.start;
    sentenceSpans[i * 3 + 1] = sentence.end;
    sentenceSpans[i * 3 + 2] = roleIndex.get(sentence.role);
  });
  const transfer = [sentenceSpans.buffer];
  const keywords = result.keywords.map(({ occurrences, ...keyword }) => {
    const spans = new Uint32Array(occurrences.length * 2);
    occurrences.forEach((occurrence, i) => {
      spans[i * 2] = occurrence.start;
      spans[i * 2 + 1] = occurrence.end;
    });
    transfer.push(spans.buffer);
    return { ...keyword, occurrences: spans };
  });
  const quotes = result.quotes.map(({ text, speakerMention, cue, ...quote }) => quote);
  const speakers = result.speakers.map(({ mentions, ...speaker }) => ({
    ...speaker, mentions: mentions.map(({ start, end }) => [start, end]),
  }));
  const packed = { ...result, sentences: { roles, spans: sentenceSpans }, quotes, speakers, keywords };
  return { packed, transfer };
}

const slice = (text, start, end) => (start === null || end === null ? null : text.slice(start, end));

export function unpackResult(text, packed) {
  const { roles, spans } = packed.sentences;
  const sentences = new Array(spans.length / 3);
  for (let i = 0; i < sentences.length; i++) {
    const start = spans[i * 3], end = spans[i * 3 + 1];
    sentences[i] = { start, end, text: text.slice(start, end), role: roles[spans[i * 3 + 2]] };
  }
  const quotes = packed.quotes.map((quote) => ({
    ...quote,
    text: text.slice(quote.contentStart, quote.contentEnd),
    speakerMention: slice(text, quote.speakerMentionStart, quote.speakerMentionEnd),
    cue: slice(text, quote.cueStart, quote.cueEnd),
  }));
  const speakers = packed.speakers.map((speaker) => ({
    ...speaker, mentions: speaker.mentions.map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
  }));
  const keywords = packed.keywords.map((keyword) => {
    const occurrences = new Array(keyword.occurrences.length / 2);
    for (let i = 0; i < occurrences.length; i++) {
      occurrences[i] = { start: keyword.occurrences[i * 2], end: keyword.occurrences[i * 2 + 1] };
    }
    return { ...keyword, occurrences };
  });
  return { ...packed, sentences, quotes, speakers, keywords };
}
