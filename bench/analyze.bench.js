// Whole-analysis throughput through the JS API, the warm time of one seed article, and the
// shipped size of the wasm module with its JS glue (gzip -9).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createAnalyzer } from "../wasm/node.js";
import { fixed, mbPerSecond, megabytes, projectRoot, readCorpus, time } from "./support.js";

const lens = await createAnalyzer();
const seed = readFileSync(`${projectRoot}seeds/belta-lukashenko-security-council.txt`, "utf8");
const seedMs = time(() => lens.analyze(seed), { runs: 51, warmup: 20 });
console.log(`seed article (${seed.length} chars), warm analyze(): ${fixed(seedMs, 3)} ms (median of 51)`);

const bbc = readCorpus("news/bbc_all.txt");
const fullMs = time(() => lens.analyze(bbc), { runs: 3 });
console.log(`bbc_all.txt (${fixed(megabytes(bbc))} MB), full analysis: ${fixed(fullMs, 0)} ms, ${fixed(mbPerSecond(bbc, fullMs))} MB/s`);

for (const file of ["article_lens_core.wasm", "article_lens_core.mjs"]) {
  const bytes = readFileSync(`${projectRoot}wasm/gen/${file}`);
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} KiB, gzip -9 ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KiB`);
}
