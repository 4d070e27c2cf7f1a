// Keywords against human keyphrases: 500N-KPCrowd's 150 dev articles, macro F1@10 with the shared
// scorer (Porter-stemmed matching), default options. Fails below the figure reached when the
// ranking was built (0.2007, measured beside the scorer's TF baseline 0.1628); skips without data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createAnalyzer } from "../../wasm/node.js";
import { evalPath, runScorer, skipReason } from "./support.js";

const GOLD = "keywords/500n_kpcrowd_dev150.json";
const MIN_F1 = 0.2;

const f1Of = (report) => Number(/F1@10=([0-9.]+)/.exec(report)[1]);

test("500N-KPCrowd dev: macro F1@10 at least 0.20 and above the TF baseline", { skip: skipReason }, async () => {
  const lens = await createAnalyzer();
  const docs = JSON.parse(readFileSync(evalPath(GOLD), "utf8"));
  const predictions = {};
  for (const doc of docs) predictions[doc.id] = lens.analyze(doc.text).keywords.map((k) => k.term);
  const f1 = f1Of(runScorer("score_keywords.py", GOLD, predictions));
  const baseline = f1Of(runScorer("score_keywords.py", GOLD, {}, ["--baseline", "tf"]));
  console.log(`# keywords F1@10 ${f1.toFixed(4)} (TF baseline ${baseline.toFixed(4)})`);
  assert.ok(f1 >= MIN_F1, `F1@10 ${f1} < ${MIN_F1}`);
  assert.ok(f1 > baseline, `F1@10 ${f1} not above the TF baseline ${baseline}`);
});
