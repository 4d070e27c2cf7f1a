// The page's own analyses (comparison, exercise): in the page for short texts, in the shared
// Web Worker for long ones, exactly as <article-lens> does.
import { createAnalyzer } from "article-lens";
import { createWorkerAnalyzer } from "../wasm/worker-client.js";

const WORKER_THRESHOLD = 50_000;
let worker = null;

export async function analyzeText(text, options = {}, signal) {
  if (text.length > WORKER_THRESHOLD) {
    worker ??= createWorkerAnalyzer();
    return worker.analyze(text, options, { signal });
  }
  const lens = await createAnalyzer();
  return lens.analyze(text, options);
}
