// Distinctive words of one text against another by log-likelihood (G², Rayson & Garside 2000):
// how surprising a term's count in A is if A and B used it at the same rate.

export const SIGNIFICANT_G2 = 3.84; // p < 0.05 with one degree of freedom

/** G² for a term seen `a` times in a text of `sizeA` words and `b` times in one of `sizeB`. */
export function logLikelihood(a, sizeA, b, sizeB) {
  const total = a + b;
  if (!total || !sizeA || !sizeB) return 0;
  const expectedA = (sizeA * total) / (sizeA + sizeB);
  const expectedB = (sizeB * total) / (sizeA + sizeB);
  let g2 = 0;
  if (a > 0) g2 += a * Math.log(a / expectedA);
  if (b > 0) g2 += b * Math.log(b / expectedB);
  return 2 * g2;
}

/**
 * Terms overused in A relative to B, strongest first: [{term, a, b, g2, significant}].
 * countsA/countsB: Map(term -> count); sizes are word counts.
 */
export function distinctiveTerms(countsA, sizeA, countsB, sizeB, limit = 15) {
  const out = [];
  for (const [term, a] of countsA) {
    const b = countsB.get(term) ?? 0;
    if (a / sizeA <= b / sizeB) continue;
    const g2 = logLikelihood(a, sizeA, b, sizeB);
    out.push({ term, a, b, g2, significant: g2 >= SIGNIFICANT_G2 });
  }
  return out.sort((x, y) => y.g2 - x.g2 || y.a - x.a || x.term.localeCompare(y.term)).slice(0, limit);
}

/**
 * Term counts of two analyses, keyed so that the same word matches across them: a keyword of B
 * that shares a surface form with one of A takes A's term.
 */
export function alignedCounts(keywordsA, keywordsB) {
  const countsA = new Map(), countsB = new Map(), byForm = new Map();
  for (const keyword of keywordsA) {
    countsA.set(keyword.term, (countsA.get(keyword.term) ?? 0) + keyword.count);
    for (const form of [keyword.term, ...keyword.forms]) if (!byForm.has(form)) byForm.set(form, keyword.term);
  }
  for (const keyword of keywordsB) {
    const match = [keyword.term, ...keyword.forms].map((form) => byForm.get(form)).find(Boolean);
    const term = match ?? keyword.term;
    countsB.set(term, (countsB.get(term) ?? 0) + keyword.count);
  }
  return { countsA, countsB };
}
