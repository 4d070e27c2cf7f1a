// Keyword throughput on the 5 MB BBC corpus through the JS API, next to the full analysis and to
// sentences alone (which every analysis runs first), so the keywords' own cost is visible. The
// language is given ("en"), so language detection, which is not the keywords' cost, is left out.
import { createAnalyzer } from "../wasm/node.js";
import { fixed, mbPerSecond, megabytes, readCorpus, time } from "./support.js";

const lens = await createAnalyzer();
const bbc = readCorpus("news/bbc_all.txt");
const runs = { runs: 3 };
const language = "en";

const sentencesMs = time(() => lens.analyze(bbc, { language, parts: [] }), runs);
const keywordsMs = time(() => lens.analyze(bbc, { language, parts: ["keywords"] }), runs);
const fullMs = time(() => lens.analyze(bbc, { language }), runs);
const report = (label, ms) => console.log(`${label.padEnd(34)} ${fixed(ms, 0).padStart(6)} ms  ${fixed(mbPerSecond(bbc, ms)).padStart(6)} MB/s`);
console.log(`bbc_all.txt (${fixed(megabytes(bbc))} MB) as one text, median of ${runs.runs}:`);
report("sentences only", sentencesMs);
report("sentences + keywords", keywordsMs);
report("full analysis (sentences, quotes, keywords)", fullMs);
const ownMs = Math.max(keywordsMs - sentencesMs, 1e-3);
console.log(`keywords alone (difference): ${fixed(ownMs, 0)} ms, ${fixed(mbPerSecond(bbc, ownMs))} MB/s`);

// Article-sized texts one at a time, as the page and the CLI see them: the corpus has no article
// separator, so it is cut at paragraph breaks into pieces of about 2 KB (a BBC article's size).
const pieces = [];
let piece = "";
for (const paragraph of bbc.split("\n\n")) {
  piece += `${paragraph}\n\n`;
  if (piece.length >= 2000) { pieces.push(piece); piece = ""; }
}
if (piece) pieces.push(piece);
const piecesMs = time(() => { for (const p of pieces) lens.analyze(p, { language, parts: ["keywords"] }); }, { runs: 1 });
console.log(`${pieces.length} pieces of ~2 KB one by one, sentences + keywords: ${fixed(piecesMs, 0)} ms, ` +
            `${fixed(mbPerSecond(bbc, piecesMs))} MB/s`);
