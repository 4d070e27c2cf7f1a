// Sentence statistics for the structure panel: words per sentence and readability.
import { READABILITY } from "./readability.js";

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
// Only running text: headlines, datelines, bylines and share lines would skew the figures.
const COUNTED_ROLES = new Set(["body", "list-item"]);

export function sentenceStats(result, language) {
  const formula = READABILITY[language] ?? null;
  const lengths = [];
  let words = 0, syllables = 0;
  for (let i = 0; i < result.sentences.length; i++) {
    const sentence = result.sentences[i];
    if (!COUNTED_ROLES.has(sentence.role)) continue;
    let n = 0;
    for (const match of sentence.text.matchAll(WORD)) {
      n++;
      if (formula) syllables += formula.syllables(match[0]);
    }
    if (!n) continue;
    lengths.push({ index: i, words: n });
    words += n;
  }
  const sorted = lengths.map((l) => l.words).sort((a, b) => a - b);
  const mean = lengths.length ? words / lengths.length : 0;
  const median = sorted.length ? (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2 : 0;
  const longest = [...lengths].sort((a, b) => b.words - a.words || a.index - b.index).slice(0, 5);
  let readability = null;
  if (formula && words > 0) {
    const value = formula.score({ wordsPerSentence: mean, syllablesPerWord: syllables / words });
    readability = { id: formula.id, value };
  }
  return { counted: lengths.length, words, mean, median, longest, histogram: histogram(sorted), readability };
}

const BIN = 5, LAST = 50; // 1–5, 6–10, ... 46–50, over 50 words

function histogram(sortedLengths) {
  const bins = [];
  for (let from = 1; from <= LAST; from += BIN) bins.push({ from, to: from + BIN - 1, count: 0 });
  bins.push({ from: LAST + 1, to: null, count: 0 });
  for (const n of sortedLengths) bins[Math.min(bins.length - 1, Math.floor((n - 1) / BIN))].count++;
  return bins;
}
