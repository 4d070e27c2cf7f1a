#!/usr/bin/env node
// Development tool (not a test): scores our quotes on one evaluation set, on all of it or on one of
// its two halves, and prints the scorer's table and errors.
//
//   node tests/eval/quotes_dev.js polnear [all|dev|held] [--errors N] [--speaker resolved|named] [--cut-gold]
//                                 [--json METRICS.json]   (the scorer's figures unrounded, for comparing builds)
//   node tests/eval/quotes_dev.js nyt ...      PolNeAR's NYT articles, scored against their attributions
//   node tests/eval/quotes_dev.js german ...
//
// Halves: a document belongs to the development half or the held-out half by a hash of its id
// (quotes_support.js), so that figures on the held-out half show what tuning on the other did not see.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createAnalyzer } from "../../wasm/node.js";
import { addSpanTexts } from "../../wasm/result.js";
import { evalPath } from "./support.js";
import { asNamed, cutGoldSpeakers, goldSets, inHalf, predictQuotes } from "./quotes_support.js";
import { scratchDir } from "../scratch_dir.js";

const [set = "polnear", half = "all", ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : fallback;
};
const errors = option("--errors", "0");
const speakerField = option("--speaker", "resolved");

const { docs, language } = goldSets[set]();
const chosen = docs.filter((doc) => inHalf(doc.id, half));
// ARTICLE_LENS_DRIVER: a native program that reads "<lang> <bytes>\n<text>" records and prints one
// result JSON line each (a faster edit-build-measure loop than relinking the wasm module).
const lens = process.env.ARTICLE_LENS_DRIVER ? nativeAnalyzer(process.env.ARTICLE_LENS_DRIVER) : await createAnalyzer();
const started = performance.now();
const predicted = predictQuotes(lens, chosen, language);
const predictions = speakerField === "named" ? asNamed(predicted) : predicted;
const seconds = (performance.now() - started) / 1000;
const dir = scratchDir("quotes-dev");
// --cut-gold: the gold speaker without its apposition ("Kevin Brady, chairman of ..." -> "Kevin Brady").
const gold = rest.includes("--cut-gold") ? cutGoldSpeakers(chosen, language) : chosen;
writeFileSync(path.join(dir, "gold.json"), JSON.stringify(gold));
writeFileSync(path.join(dir, "pred.json"), JSON.stringify(predictions));
const run = spawnSync("python3", [evalPath("score_quotes.py"), path.join(dir, "gold.json"), path.join(dir, "pred.json"),
  "--errors", errors, ...(option("--json") ? ["--json", option("--json")] : [])], { encoding: "utf8" });
process.stdout.write(run.stdout + run.stderr);
console.log(`${set} ${half}: ${chosen.length} documents analysed in ${seconds.toFixed(2)} s`);

function nativeAnalyzer(driver) {
  return {
    analyzeAll(items) {
      const input = Buffer.concat(items.flatMap(([text, lang]) => {
        const bytes = Buffer.from(text, "utf8");
        return [Buffer.from(`${lang} ${bytes.length}\n`), bytes];
      }));
      const run = spawnSync(driver, { input, maxBuffer: 1 << 30 });
      if (run.status !== 0) throw new Error(`driver failed: ${run.stderr}`);
      const lines = run.stdout.toString("utf8").trim().split("\n");
      return lines.map((line, i) => addSpanTexts(items[i][0], JSON.parse(line)));
    },
  };
}
