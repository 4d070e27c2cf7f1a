// Splits an analysed text into chunks at sentence ends and lists what decorates each chunk, so the
// reader can lay out plain text at once and add the markup only for chunks near the viewport.

const CHUNK_CHARS = 4000;
const CUT_SEARCH = 200; // without sentences, look this far for a space to cut at

/** Chunk boundaries [0, ..., text.length], each chunk about CHUNK_CHARS long, cut at sentence ends. */
export function chunkBoundaries(text, sentences) {
  const bounds = [0];
  let last = 0;
  if (sentences.length) {
    for (const sentence of sentences) {
      if (sentence.end - last >= CHUNK_CHARS && sentence.end < text.length) {
        bounds.push(sentence.end);
        last = sentence.end;
      }
    }
  } else {
    while (text.length - last > CHUNK_CHARS) {
      let cut = last + CHUNK_CHARS;
      const limit = Math.min(text.length, cut + CUT_SEARCH);
      while (cut < limit && !/\s/.test(text[cut])) cut++;
      // Never cut a surrogate pair in two.
      if (cut < text.length && /[\uDC00-\uDFFF]/.test(text[cut])) cut++;
      bounds.push(cut);
      last = cut;
    }
  }
  bounds.push(text.length);
  return bounds;
}

/** The index of the chunk holding `offset`. */
export function chunkAt(bounds, offset) {
  let lo = 0, hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Everything drawn over the text: quotes, their cues and speaker mentions. Sorted by start.
 * {start, end, type: "quote"|"cue"|"mention", quote: index}
 */
export function decorations(result) {
  const list = [];
  result.quotes.forEach((quote, index) => {
    list.push({ start: quote.start, end: quote.end, type: "quote", quote: index });
    if (quote.cueStart !== null && quote.cueEnd > quote.cueStart) {
      list.push({ start: quote.cueStart, end: quote.cueEnd, type: "cue", quote: index });
    }
    if (quote.speakerMentionStart !== null && quote.speakerMentionEnd > quote.speakerMentionStart) {
      list.push({ start: quote.speakerMentionStart, end: quote.speakerMentionEnd, type: "mention", quote: index });
    }
  });
  return list.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** For each chunk, the decorations that overlap it. Linear in chunks plus overlaps. */
export function decorationsByChunk(bounds, list) {
  const byChunk = Array.from({ length: bounds.length - 1 }, () => []);
  for (const item of list) {
    if (item.end <= item.start) continue;
    const first = chunkAt(bounds, item.start);
    for (let c = first; c < byChunk.length && bounds[c] < item.end; c++) byChunk[c].push(item);
  }
  return byChunk;
}

/**
 * The pieces of [from, to): maximal runs with the same sentence and the same decorations.
 * sentences: sorted spans; items: the chunk's decorations. Returns [{start, end, sentence, items}].
 */
export function pieces(from, to, sentences, firstSentence, items) {
  const cuts = [from, to];
  for (let s = firstSentence; s < sentences.length && sentences[s].start < to; s++) {
    cuts.push(Math.max(from, sentences[s].start), Math.min(to, sentences[s].end));
  }
  for (const item of items) cuts.push(Math.max(from, item.start), Math.min(to, item.end));
  const points = [...new Set(cuts)].sort((a, b) => a - b);
  const out = [];
  let s = firstSentence;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    while (s < sentences.length && sentences[s].end <= start) s++;
    const sentence = s < sentences.length && sentences[s].start <= start ? s : null;
    out.push({ start, end, sentence, items: items.filter((item) => item.start <= start && item.end >= end) });
  }
  return out;
}
