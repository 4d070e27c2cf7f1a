// The seed fixture's keywords block: what must (and must not) be in the default top ten, and the
// counts of two surface forms. Runs without ../shared/eval: the seed and fixture are in the repo.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createAnalyzer } from "../../wasm/node.js";
import { projectRoot } from "./support.js";

const text = readFileSync(`${projectRoot}seeds/belta-lukashenko-security-council.txt`, "utf8");
const fixture = JSON.parse(readFileSync(`${projectRoot}tests/fixtures/belta-lukashenko-security-council.expected.json`, "utf8"));
const expected = fixture.keywords;

// The fixture names a term by its base form ("issue", "talk"); a keyword matches when the term or one
// of its forms (written as in the text, so compared in lower case) is that word, a plain plural of
// it, or a name ending in it ("vladimir putin").
function matches(keyword, term) {
  const forms = keyword.forms.map((form) => form.toLowerCase());
  return [keyword.term, ...forms].some((form) => {
    if (form === term || form === `${term}s` || form === `${term}es`) return true;
    return form.endsWith(` ${term}`) && forms.includes(term);
  });
}

test("seed keywords: the fixture's terms are in the default top ten, banned words nowhere", async () => {
  const lens = await createAnalyzer();
  const { keywords } = lens.analyze(text);
  assert.equal(keywords.length, 10);
  for (const term of expected.topTenMustInclude)
    assert.ok(keywords.some((k) => matches(k, term)), `${term} missing from ${keywords.map((k) => k.term).join(", ")}`);
  for (const word of expected.mustNotInclude)
    assert.ok(!keywords.some((k) => k.term === word || k.forms.some((form) => form.toLowerCase() === word)), `${word} listed`);
});

// Margin: the fixture's terms should not hang on the last places of the list, where a small change
// in any weight would push them out. Each is within the top nine.
test("seed keywords: the fixture's terms rank in the top nine", async () => {
  const lens = await createAnalyzer();
  const { keywords } = lens.analyze(text, { keywords: { top: 9 } });
  for (const term of expected.topTenMustInclude)
    assert.ok(keywords.some((k) => matches(k, term)), `${term} not in the top nine: ${keywords.map((k) => k.label).join(", ")}`);
});

test("seed keywords: labels are written forms, a sentence's first capital is not kept", async () => {
  const lens = await createAnalyzer();
  const { keywords } = lens.analyze(text, { keywords: { top: 100 } });
  const byTerm = Object.fromEntries(keywords.map((k) => [k.term, k]));
  assert.equal(byTerm["security council"].label, "Security Council");
  assert.equal(byTerm.russia.label, "Russia");
  assert.equal(byTerm.talks.label, "talks");  // "talks" inside sentences; never capitalised there
  for (const k of keywords) {
    assert.equal(k.label, k.forms[0], k.term);
    assert.equal(k.label.toLowerCase().normalize("NFKC"), k.term, k.label);  // English: case is the only difference
  }
});

test("seed keywords: surface-form counts and spans as the fixture says", async () => {
  const lens = await createAnalyzer();
  const { keywords } = lens.analyze(text, { keywords: { top: 100 } });
  for (const [form, count] of Object.entries(expected.counts)) {
    const spans = keywords.flatMap((k) => k.occurrences).filter((o) => text.slice(o.start, o.end).toLowerCase() === form);
    assert.equal(spans.length, count, form);
  }
  for (const k of keywords) assert.equal(k.count, k.occurrences.length, k.term);
});
