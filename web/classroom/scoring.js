// Compares a student's marked quotes with the analysis: which quotes they found, missed or added,
// and whether they named the right speaker. A point for each quote found, a point for each right
// speaker; added marks score nothing but are listed, because the analysis can be wrong too.

/** Quotes a student is asked to find: speech, direct or indirect (not scare quotes or titles). */
export const isExerciseQuote = (quote) => quote.kind === "direct" || quote.kind === "indirect";

/**
 * marks: [{start, end, speaker}]; result: an analysis. Returns
 * {items: [{status: "found"|"missed"|"added", quote, mark, speakerCorrect}], found, missed, added,
 *  speakersRight, speakersScored, score, maxScore}
 */
export function scoreExercise(result, marks) {
  const quotes = result.quotes.map((quote, index) => ({ ...quote, index })).filter(isExerciseQuote);
  const pairs = [];
  quotes.forEach((quote, q) => marks.forEach((mark, m) => {
    const overlap = Math.min(quote.end, mark.end) - Math.max(quote.start, mark.start);
    // Found = the mark covers at least half of the quote (a whole-sentence mark around a short
    // quote counts; a few words out of a long quote do not).
    if (overlap > 0 && overlap >= 0.5 * (quote.end - quote.start)) pairs.push({ q, m, overlap });
  }));
  // Greedy one-to-one matching, largest overlap first.
  pairs.sort((x, y) => y.overlap - x.overlap || x.q - y.q || x.m - y.m);
  const quoteMatch = new Map(), markMatch = new Map();
  for (const { q, m } of pairs) {
    if (quoteMatch.has(q) || markMatch.has(m)) continue;
    quoteMatch.set(q, m);
    markMatch.set(m, q);
  }
  const items = [];
  let speakersRight = 0, speakersScored = 0;
  quotes.forEach((quote, q) => {
    if (!quoteMatch.has(q)) {
      items.push({ status: "missed", quote, mark: null, speakerCorrect: null });
      return;
    }
    const mark = marks[quoteMatch.get(q)];
    const speakerCorrect = quote.speaker === null ? null : sameSpeaker(mark.speaker, quote, result);
    if (speakerCorrect !== null) {
      speakersScored++;
      if (speakerCorrect) speakersRight++;
    }
    items.push({ status: "found", quote, mark, speakerCorrect });
  });
  marks.forEach((mark, m) => {
    if (!markMatch.has(m)) items.push({ status: "added", quote: null, mark, speakerCorrect: null });
  });
  items.sort((x, y) => (x.quote ?? x.mark).start - (y.quote ?? y.mark).start);
  const found = quoteMatch.size;
  return {
    items, found, missed: quotes.length - found, added: marks.length - markMatch.size,
    speakersRight, speakersScored,
    score: found + speakersRight,
    maxScore: quotes.length + quotes.filter((quote) => quote.speaker !== null).length,
  };
}

const normalise = (name) => String(name ?? "").toLowerCase().normalize("NFKC").replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();
const lastWord = (name) => name.split(" ").pop();

/** The student's answer names the speaker: the full name, a mention used in the text, or the surname. */
export function sameSpeaker(answer, quote, result) {
  const given = normalise(answer);
  if (!given || quote.speaker === null) return false;
  const speaker = result.speakers[quote.speakerIndex];
  const names = [quote.speaker, quote.speakerMention, ...(speaker?.mentions ?? []).map((m) => m.text)].map(normalise).filter(Boolean);
  if (names.includes(given)) return true;
  const surname = lastWord(normalise(quote.speaker));
  return surname.length > 1 && lastWord(given) === surname;
}
