// Compares a student's marked quotes with the analysis: which direct quotes they found, missed or
// added, and whether they named the right speaker. A point for each quote found, a point for each
// right speaker; added marks score nothing but are listed, because the analysis can be wrong too.
//
// The scored task is direct quotes: words in quotation marks that someone says. Reported speech
// (no marks; where it begins and ends is a judgement call, and the analysis finds it less surely)
// and scare quotes or titles (marks, but nobody speaking) are listed after checking for discussion,
// with the student's mark if they made one, and never count for or against the student.

/** Quotes a student is asked to find: direct quotes. */
export const isExerciseQuote = (quote) => quote.kind === "direct";

/** Shown after checking, never scored: reported speech, and scare quotes or titles. */
export const isDiscussionQuote = (quote) => quote.kind === "indirect" || quote.kind === "scare";

/**
 * marks: [{start, end, speaker}]; result: an analysis. Returns
 * {items: [{status: "found"|"missed"|"added"|"reported"|"scare", quote, mark, speakerCorrect}],
 *  found, missed, added, reportedMarked, scareMarked, speakersRight, speakersScored, score, maxScore}
 * "reported" and "scare" items carry the student's mark when they made one; they are not scored.
 */
export function scoreExercise(result, marks) {
  const indexed = result.quotes.map((quote, index) => ({ ...quote, index }));
  const quotes = indexed.filter(isExerciseQuote);
  const discussion = indexed.filter(isDiscussionQuote);
  // Direct quotes first, so a mark is only ever matched to reported speech or scare quotes when
  // it does not find a direct quote.
  const { quoteMatch, markMatch } = match(quotes, marks, new Set());
  const other = match(discussion, marks, new Set(markMatch.keys()));

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
  let reportedMarked = 0, scareMarked = 0;
  discussion.forEach((quote, d) => {
    const mark = other.quoteMatch.has(d) ? marks[other.quoteMatch.get(d)] : null;
    const status = quote.kind === "indirect" ? "reported" : "scare";
    if (mark && status === "reported") reportedMarked++;
    if (mark && status === "scare") scareMarked++;
    const speakerCorrect = mark && quote.speaker !== null ? sameSpeaker(mark.speaker, quote, result) : null;
    items.push({ status, quote, mark, speakerCorrect });
  });
  marks.forEach((mark, m) => {
    if (!markMatch.has(m) && !other.markMatch.has(m)) items.push({ status: "added", quote: null, mark, speakerCorrect: null });
  });
  items.sort((x, y) => (x.quote ?? x.mark).start - (y.quote ?? y.mark).start);
  const found = quoteMatch.size;
  return {
    items, found, missed: quotes.length - found,
    added: marks.length - markMatch.size - other.markMatch.size,
    reportedMarked, scareMarked,
    speakersRight, speakersScored,
    score: found + speakersRight,
    maxScore: quotes.length + quotes.filter((quote) => quote.speaker !== null).length,
  };
}

/**
 * One-to-one matching of quotes and marks, largest overlap first. A mark finds a quote when it
 * covers at least half of it (a whole-sentence mark around a short quote counts; a few words out
 * of a long quote do not). Marks in `taken` are already matched elsewhere.
 */
function match(quotes, marks, taken) {
  const pairs = [];
  quotes.forEach((quote, q) => marks.forEach((mark, m) => {
    if (taken.has(m)) return;
    const overlap = Math.min(quote.end, mark.end) - Math.max(quote.start, mark.start);
    if (overlap > 0 && overlap >= 0.5 * (quote.end - quote.start)) pairs.push({ q, m, overlap });
  }));
  pairs.sort((x, y) => y.overlap - x.overlap || x.q - y.q || x.m - y.m);
  const quoteMatch = new Map(), markMatch = new Map();
  for (const { q, m } of pairs) {
    if (quoteMatch.has(q) || markMatch.has(m)) continue;
    quoteMatch.set(q, m);
    markMatch.set(m, q);
  }
  return { quoteMatch, markMatch };
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
