// The JavaScript API: fixture spans, UTF-16 offsets, bad input, memoisation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createAnalyzer } from "../../wasm/node.js";

const root = new URL("../../", import.meta.url);
const seed = readFileSync(new URL("seeds/belta-lukashenko-security-council.txt", root), "utf8");
const fixture = JSON.parse(readFileSync(new URL("tests/fixtures/belta-lukashenko-security-council.expected.json", root), "utf8"));
const lens = await createAnalyzer();

test("createAnalyzer is memoised", async () => {
  assert.equal(await createAnalyzer(), lens);
  assert.ok(lens.languages.includes("en"));
});

test("the seed article's sentences equal the fixture", () => {
  const result = lens.analyze(seed);
  assert.equal(result.error, null);
  assert.equal(result.language, "en");
  assert.deepEqual(result.sentences.map(({ start, end, text }) => ({ start, end, text })), fixture.sentences);
  const roles = result.sentences.map((s) => s.role);
  assert.deepEqual(roles.slice(0, 6), ["headline", "dateline", "body", "boilerplate", "boilerplate", "boilerplate"]);
  assert.deepEqual(fixture.boilerplate, result.sentences.filter((s) => s.role === "boilerplate").map((s) => s.text));
});

test("the seed article's quotes equal the fixture", () => {
  const result = lens.analyze(seed);
  const pick = (q) => ({ start: q.start, end: q.end, contentStart: q.contentStart, contentEnd: q.contentEnd,
    text: q.text, speaker: q.speaker, speakerMention: q.speakerMention, cue: q.cue, kind: q.kind });
  assert.deepEqual(result.quotes.filter((q) => q.kind === "direct").map(pick), fixture.quotes.map(pick));
});

test("offsets are UTF-16: emoji, Cyrillic and combining marks slice exactly", () => {
  const text = "😀 Привет, мир! «Мы готовы», — сказал он. Cafe\u0301 😀😀 opened. “Great,” said Ann Lee.";
  const result = lens.analyze(text, { language: "en" });
  const sentences = result.sentences.map((s) => text.slice(s.start, s.end));
  assert.equal(sentences.join(" "), text);
  for (const s of result.sentences) assert.equal(s.text, text.slice(s.start, s.end));
  for (const q of result.quotes) {
    assert.equal(q.text, text.slice(q.contentStart, q.contentEnd));
    assert.match(text.slice(q.start, q.end), /^[«“].*[»”]$/u);
  }
  assert.deepEqual(result.quotes.map((q) => q.text), ["Мы готовы", "Great,"]);
  for (const k of result.keywords) {
    const forms = k.forms.map((form) => form.normalize("NFKC").toLowerCase());  // forms are written as in the text
    for (const o of k.occurrences) assert.ok(forms.includes(text.slice(o.start, o.end).normalize("NFKC").toLowerCase()), k.term);
  }
  assert.equal(result.stats.utf16Length, text.length);
});

test("lone surrogates count as one unit each and do not shift later offsets", () => {
  const text = "Bad \uD800 here. Then “quoted,” he said. Also \uDC00 end.";
  const result = lens.analyze(text);
  assert.equal(result.stats.utf16Length, text.length);
  assert.equal(result.quotes[0].text, "quoted,");
  assert.equal(text.slice(result.sentences.at(-1).start, result.sentences.at(-1).end), "Also \uDC00 end.");
});

test("empty and whitespace-only texts give empty results", () => {
  for (const text of ["", "   \n\n\t"]) {
    const result = lens.analyze(text);
    assert.equal(result.error, null);
    assert.deepEqual([result.sentences, result.quotes, result.keywords], [[], [], []]);
  }
});

test("an unknown language is an error in the result, not an exception", () => {
  const result = lens.analyze("Some text.", { language: "xx" });
  assert.match(result.error, /unsupported language 'xx'/);
  assert.deepEqual(result.sentences, []);
});

test("arguments of the wrong type throw TypeError", () => {
  assert.throws(() => lens.analyze(42), TypeError);
  assert.throws(() => lens.analyze("x", { hardWrap: "yes" }), TypeError);
  assert.throws(() => lens.analyze("x", { keywords: { top: -1 } }), TypeError);
  assert.throws(() => lens.analyze("x", { parts: ["everything"] }), TypeError);
});

test("unbalanced quotation marks never swallow the text", () => {
  const text = "He said “this never closes.\n\nA new paragraph. “And a closed one,” she said.";
  const result = lens.analyze(text);
  assert.equal(result.quotes.length, 2);
  assert.equal(result.quotes[0].unclosed, true);
  assert.equal(result.quotes[0].text, "this never closes.");
  assert.equal(result.quotes[1].text, "And a closed one,");
});

test("options reach the core: abbreviations, parts, keyword count", () => {
  const text = "It weighs abt. Five tons. Prices rose.";
  assert.equal(lens.analyze(text).sentences.length, 3);
  assert.equal(lens.analyze(text, { abbreviations: ["abt."] }).sentences.length, 2);
  const sentencesOnly = lens.analyze(text, { parts: ["sentences"] });
  assert.deepEqual([sentencesOnly.quotes, sentencesOnly.keywords], [[], []]);
  assert.equal(lens.analyze(seed, { keywords: { top: 3 } }).keywords.length, 3);
});

test("a large text is analysed whole", () => {
  const paragraph = "The council met again. “We agree,” the minister said.\n";
  const text = paragraph.repeat(20000); // about 1 MB
  const result = lens.analyze(text);
  assert.equal(result.sentences.length, 40000);
  assert.equal(result.quotes.length, 20000);
  assert.equal(result.sentences.at(-1).end, text.length - 1);
});
