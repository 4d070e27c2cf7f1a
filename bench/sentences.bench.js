// Sentence splitting alone (`parts: ["sentences"]`) through the JS API on bbc_all.txt (5 MB), next to
// Intl.Segmenter (granularity "sentence") run line by line in the same process; linearity at 1x, 4x
// and 16x the corpus; and, in the same scoring harness, how many English Golden Rules each passes.
import { createAnalyzer } from "../wasm/node.js";
import { fixed, mbPerSecond, megabytes, readCorpus, time } from "./support.js";
import { goldenCases, predict, score } from "../tests/eval/segment_support.js";

const lens = await createAnalyzer();
const bbc = readCorpus("news/bbc_all.txt");
const ours = (text) => lens.analyze(text, { language: "en", parts: ["sentences"] }).sentences.length;
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const intl = (text) => {
  let count = 0;
  for (const line of text.split("\n")) for (const _ of segmenter.segment(line)) count++;
  return count;
};

const oursMs = time(() => ours(bbc), { runs: 5 });
const intlMs = time(() => intl(bbc), { runs: 5 });
const oursRate = mbPerSecond(bbc, oursMs);
const intlRate = mbPerSecond(bbc, intlMs);
console.log(`bbc_all.txt ${fixed(megabytes(bbc))} MB, sentences only:`);
console.log(`  article-lens   ${fixed(oursMs, 0)} ms  ${fixed(oursRate)} MB/s  (${ours(bbc)} sentences)`);
console.log(`  Intl.Segmenter ${fixed(intlMs, 0)} ms  ${fixed(intlRate)} MB/s  (${intl(bbc)} segments, line by line)`);
console.log(`  ratio article-lens / Intl.Segmenter: ${fixed(oursRate / intlRate)}x`);

console.log("linearity (sentences only):");
let base = 0;
for (const factor of [1, 4, 16]) {
  const text = Array(factor).fill(bbc).join("\n\n");
  const ms = time(() => ours(text), { runs: factor === 16 ? 1 : 3, warmup: factor === 16 ? 0 : 1 });
  const perMb = ms / megabytes(text);
  if (factor === 1) base = perMb;
  console.log(`  ${String(factor).padStart(2)}x ${fixed(megabytes(text), 1).padStart(5)} MB  ${fixed(ms, 0).padStart(6)} ms  ${fixed(mbPerSecond(text, ms))} MB/s  (time per MB ${fixed(perMb / base)}x the 1x run)`);
}

// Golden Rules in one harness: the same cases, the same scorer (whitespace-collapsed).
const rules = goldenCases("en").filter((c) => c.group === "golden_rules");
const intlPredictions = {};
for (const c of rules) intlPredictions[c.id] = [...segmenter.segment(c.text)].map((s) => s.segment);
const oursSummary = score("en", predict(lens, rules, "en"), { group: "golden_rules" }).files[0];
const intlSummary = score("en", intlPredictions, { group: "golden_rules" }).files[0];
console.log(`English Golden Rules (collapsed whitespace): article-lens ${oursSummary.passed}/${oursSummary.total}, Intl.Segmenter ${intlSummary.passed}/${intlSummary.total}`);
