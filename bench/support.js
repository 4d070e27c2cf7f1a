// Timing helpers for the benchmarks: warm runs, the median of several, throughput in MB/s.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));
export const evalDir = process.env.ARTICLE_LENS_EVAL_DIR || path.resolve(projectRoot, "../shared/eval");

export function readCorpus(relative) {
  const file = path.join(evalDir, relative);
  if (!existsSync(file)) {
    console.log(`skipped: ${file} is absent`);
    process.exit(0);
  }
  return readFileSync(file, "utf8");
}

// Median wall time in milliseconds of `runs` calls after `warmup` calls.
export function time(fn, { runs = 5, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export const megabytes = (text) => Buffer.byteLength(text, "utf8") / 1e6;
export const mbPerSecond = (text, ms) => megabytes(text) / (ms / 1000);
export const fixed = (value, digits = 2) => value.toFixed(digits);
