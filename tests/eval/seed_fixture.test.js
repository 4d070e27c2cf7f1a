// The seed fixture, scored like the evaluation sets: sentences and quote contents exact.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createAnalyzer } from "../../wasm/node.js";
import { projectRoot } from "./support.js";

test("seed fixture: 36 sentences and 5 quote contents exact", async () => {
  const lens = await createAnalyzer();
  const text = readFileSync(`${projectRoot}seeds/belta-lukashenko-security-council.txt`, "utf8");
  const fixture = JSON.parse(readFileSync(`${projectRoot}tests/fixtures/belta-lukashenko-security-council.expected.json`, "utf8"));
  const result = lens.analyze(text);
  assert.deepEqual(result.sentences.map((s) => [s.start, s.end]), fixture.sentences.map((s) => [s.start, s.end]));
  assert.deepEqual(result.quotes.filter((q) => q.kind === "direct").map((q) => [q.contentStart, q.contentEnd]), fixture.quotes.map((q) => [q.contentStart, q.contentEnd]));
});
