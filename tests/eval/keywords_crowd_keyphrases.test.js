// Keywords against human keyphrases: 500N-KPCrowd's 150 dev articles, macro F1@10 with the shared
// scorer (Porter-stemmed matching), default options, the label a reader sees. The ranking weights
// were chosen on half A (the 79 articles whose id's MD5 starts with an even byte) and are checked
// on half B, which they never saw. Fails below the figures reached: 0.2056 on all 150 and 0.2193
// on half B (half A 0.1933) at the third round; the first had 0.2007 / 0.2146, the second 0.2034 /
// 0.2154; the scorer's TF baseline is 0.1628. Skips without data. The set's gold keyphrases are
// written without hyphens, so a hyphenated label never matches here whatever its merit: the rule
// that keeps compound modifiers out of the list gains a little on this set for that reason too. See src/keywords/keyword_ranking.h for why the weights
// that score highest here (0.2114, half B 0.2255) were not taken.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createAnalyzer } from "../../wasm/node.js";
import { spawnSync } from "node:child_process";
import { evalPath, runScorer, skipReason } from "./support.js";
import { scratchDir } from "../scratch_dir.js";

const GOLD = "keywords/500n_kpcrowd_dev150.json";
const MIN_F1 = 0.205;
const MIN_F1_HELD_OUT_HALF = 0.219;
const half = (id) => (createHash("md5").update(String(id)).digest()[0] % 2 === 0 ? "A" : "B");

const f1Of = (report) => Number(/F1@10=([0-9.]+)/.exec(report)[1]);

test("500N-KPCrowd dev: macro F1@10 at least 0.205 (0.219 on the held-out half), above the TF baseline", { skip: skipReason }, async () => {
  const lens = await createAnalyzer();
  const docs = JSON.parse(readFileSync(evalPath(GOLD), "utf8"));
  const predictions = {};
  for (const doc of docs) predictions[doc.id] = lens.analyze(doc.text).keywords.map((k) => k.label);
  const f1 = f1Of(runScorer("score_keywords.py", GOLD, predictions));
  const baseline = f1Of(runScorer("score_keywords.py", GOLD, {}, ["--baseline", "tf"]));
  // The scorer reads a gold file: write each half's gold to a temporary one (never committed).
  const dir = scratchDir("kpcrowd");
  const halfF1 = {};
  for (const h of ["A", "B"]) {
    const file = path.join(dir, `half_${h}.json`);
    writeFileSync(file, JSON.stringify(docs.filter((d) => half(d.id) === h)));
    const predFile = path.join(dir, "pred.json");
    writeFileSync(predFile, JSON.stringify(predictions));
    const run = spawnSync("python3", [evalPath("score_keywords.py"), file, predFile], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    halfF1[h] = f1Of(run.stdout);
  }
  console.log(`# keywords F1@10 ${f1.toFixed(4)} (half A, tuned on: ${halfF1.A.toFixed(4)}; half B, held out: ` +
              `${halfF1.B.toFixed(4)}; TF baseline ${baseline.toFixed(4)})`);
  assert.ok(f1 >= MIN_F1, `F1@10 ${f1} < ${MIN_F1}`);
  assert.ok(halfF1.B >= MIN_F1_HELD_OUT_HALF, `held-out half F1@10 ${halfF1.B} < ${MIN_F1_HELD_OUT_HALF}`);
  assert.ok(f1 > baseline, `F1@10 ${f1} not above the TF baseline ${baseline}`);
});
