// Quotation finding: linear time on text full of unmatched marks (1x, 4x, 16x up to 5 MB), the
// same for Russian speech set off by dialogue dashes (with dashes inside the speech, and lines of
// dashes alone), and quote throughput on the BBC corpus. Run with `npm run bench`.
import { createAnalyzer } from "../wasm/node.js";
import { fixed, mbPerSecond, megabytes, readCorpus, time } from "./support.js";

const lens = await createAnalyzer();
const quotesOnly = { language: "en", parts: ["quotes"] };

// A paragraph with real quotes and speakers, and one with a dozen marks that never close.
function unit(i) {
  return (
    `“We will rebuild the bridge ${i},” Mayor Karen Olsen said on Monday. A senior official said the work ` +
    `would take “months, not weeks”. According to the ministry, costs rose.\n` +
    `Stray marks ${i}: “open ‘single «guillemet „low ‹angle "straight 'apostrophe` +
    ` 6.1" and ’90s and “more ”closing alone« and »reversed and ‚low and 「corner.\n\n`
  );
}
function text(bytes) {
  let out = "";
  for (let i = 0; out.length < bytes; i++) out += unit(i);
  return out;
}

const base = text(5e6 / 16);
const sizes = [1, 4, 16].map((factor) => ({ factor, text: base.repeat(factor) }));
lens.analyze(sizes[2].text, quotesOnly);  // grow the wasm memory once, so no size pays for it
let baseline = 0;
for (const { factor, text: sample } of sizes) {
  const ms = time(() => lens.analyze(sample, quotesOnly), { runs: factor === 16 ? 3 : 5 });
  baseline ||= ms;
  const marks = (sample.match(/[“”‘’«»„‹›"'「‚]/g) || []).length;
  const found = lens.analyze(sample, quotesOnly);
  const unclosed = found.quotes.filter((q) => q.unclosed).length;
  console.log(`unmatched marks ${factor}x: ${fixed(megabytes(sample))} MB, ${marks} marks, ${found.quotes.length} quotes ` +
              `(${unclosed} unclosed): ${fixed(ms, 0)} ms, ${fixed(ms / baseline)}x the 1x time, ${fixed(mbPerSecond(sample, ms))} MB/s`);
}

// Dialogue dashes: speech resumed after the author's words, dashes inside speech, dash-only lines.
function dashUnit(i) {
  return `— Это — провокация ${i}, — заявил Дмитрий Песков. — Ответ — будет — «симметричным».\n` +
         `— ${"— ".repeat(40)}конец ${i}\n— Вы поедете в Женеву?\n`;
}
const dashBase = (() => {
  let out = "";
  for (let i = 0; out.length < 5e6 / 16; i++) out += dashUnit(i);
  return out;
})();
const russian = { language: "ru", parts: ["quotes"] };
lens.analyze(dashBase.repeat(16), russian);
let dashBaseline = 0;
for (const factor of [1, 4, 16]) {
  const sample = dashBase.repeat(factor);
  const ms = time(() => lens.analyze(sample, russian), { runs: factor === 16 ? 3 : 5 });
  dashBaseline ||= ms;
  const found = lens.analyze(sample, russian);
  console.log(`dialogue dashes ${factor}x: ${fixed(megabytes(sample))} MB, ${found.quotes.length} quotes: ${fixed(ms, 0)} ms, ` +
              `${fixed(ms / dashBaseline)}x the 1x time, ${fixed(mbPerSecond(sample, ms))} MB/s`);
}

const bbc = readCorpus("news/bbc_all.txt");
const bbcMs = time(() => lens.analyze(bbc, quotesOnly), { runs: 3 });
const result = lens.analyze(bbc, quotesOnly);
const byKind = (kind) => result.quotes.filter((q) => q.kind === kind).length;
console.log(`bbc_all.txt (${fixed(megabytes(bbc))} MB), sentences + quotes: ${fixed(bbcMs, 0)} ms, ` +
            `${fixed(mbPerSecond(bbc, bbcMs))} MB/s; ${byKind("direct")} direct, ${byKind("indirect")} indirect, ` +
            `${byKind("scare")} scare quotes, ${result.speakers.length} speakers`);
const sentencesMs = time(() => lens.analyze(bbc, { language: "en", parts: ["sentences"] }), { runs: 3 });
console.log(`bbc_all.txt, sentences alone: ${fixed(sentencesMs, 0)} ms, so quotes take ${fixed(bbcMs - sentencesMs, 0)} ms ` +
            `(${fixed(mbPerSecond(bbc, bbcMs - sentencesMs))} MB/s)`);
