// Keyword options through the JS API and the CLI, and keyword spans in UTF-16 units.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createAnalyzer } from "../../wasm/node.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const lens = await createAnalyzer();
const text = "😀 Talks began. The talks stalled; Security Council members talk again. " +
  "The Security Council met. The Security Council voted. Budget budget budget.";

const terms = (result) => result.keywords.map((k) => k.term);

test("keyword occurrences are UTF-16 spans of the forms they list", () => {
  const { keywords } = lens.analyze(text, { language: "en", keywords: { top: 50 } });
  assert.ok(keywords.length > 0);
  for (const k of keywords) {
    assert.equal(k.count, k.occurrences.length);
    // Forms are written as in the text; only a clause-opening capital may differ ("Talks" -> "talks").
    const forms = k.forms.map((form) => form.toLowerCase());
    for (const { start, end } of k.occurrences) assert.ok(forms.includes(text.slice(start, end).toLowerCase()), k.term);
  }
});

test("a keyword's label is its most frequent form as written; term stays the folded key", () => {
  const { keywords } = lens.analyze(text, { language: "en", keywords: { top: 50 } });
  const council = keywords.find((k) => k.term === "security council");
  assert.equal(council.label, "Security Council");
  assert.deepEqual(council.forms, ["Security Council"]);
  const talks = keywords.find((k) => k.term === "talks");
  assert.equal(talks.label, "talks");  // "Talks began." opens a sentence: its capital says nothing
  assert.deepEqual(talks.forms, ["talks", "talk"]);
  for (const k of keywords) assert.equal(k.label, k.forms[0]);
});

test("keywords options: top, minCount, stemming, phrases, stopwords", () => {
  const base = { language: "en" };
  assert.equal(lens.analyze(text, { ...base, keywords: { top: 2 } }).keywords.length, 2);
  const frequent = lens.analyze(text, { ...base, keywords: { top: 50, minCount: 3 } }).keywords;
  assert.ok(frequent.every((k) => k.count >= 3));
  const grouped = lens.analyze(text, { ...base, keywords: { top: 50 } });
  assert.equal(grouped.keywords.find((k) => k.term === "talks").count, 3);
  assert.ok(terms(grouped).includes("security council"));
  const apart = lens.analyze(text, { ...base, keywords: { top: 50, stemming: false } });
  assert.equal(apart.keywords.find((k) => k.term === "talks").count, 2);
  const words = lens.analyze(text, { ...base, keywords: { top: 50, phrases: false } });
  assert.ok(terms(words).every((term) => !term.includes(" ")));
  const without = lens.analyze(text, { ...base, keywords: { top: 50, stopwords: ["Budget"] } });
  assert.ok(!terms(without).includes("budget"));
  assert.throws(() => lens.analyze(text, { keywords: { minCount: 0 } }), TypeError);
  assert.throws(() => lens.analyze(text, { keywords: { stemming: "no" } }), TypeError);
});

test("the CLI passes --top, --min-count, --stopword, --no-stemming and --no-phrases", () => {
  const run = (...args) => {
    const out = spawnSync(process.execPath, [`${root}bin/article-lens.js`, "analyze", "-", "--json", "--lang", "en", ...args],
      { input: text, encoding: "utf8" });
    assert.equal(out.status, 0, out.stderr);
    return JSON.parse(out.stdout);
  };
  assert.equal(run("--top", "1").keywords.length, 1);
  assert.ok(run("--min-count", "3").keywords.every((k) => k.count >= 3));
  assert.ok(!terms(run("--stopword", "budget")).includes("budget"));
  assert.equal(run("--no-stemming", "--top", "50").keywords.find((k) => k.term === "talks").count, 2);
  assert.ok(terms(run("--no-phrases", "--top", "50")).every((term) => !term.includes(" ")));
  const bad = spawnSync(process.execPath, [`${root}bin/article-lens.js`, "analyze", "-", "--min-count", "zero"], { input: text, encoding: "utf8" });
  assert.equal(bad.status, 2);
});
