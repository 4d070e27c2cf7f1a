// Shared helpers for the evaluation checks: they read the public evaluation data from
// ../shared/eval (or ARTICLE_LENS_EVAL_DIR), which is never committed, and skip cleanly without it.
import { existsSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { scratchDir } from "../scratch_dir.js";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const evalDir = process.env.ARTICLE_LENS_EVAL_DIR || path.resolve(projectRoot, "../shared/eval");
export const haveEval = existsSync(evalDir);
export const skipReason = haveEval ? false : `no evaluation data at ${evalDir}`;

export const evalPath = (...parts) => path.join(evalDir, ...parts);

// Runs one of the shared Python scorers on predictions and returns its stdout. `goldFile` is
// relative to the evaluation folder, or absolute.
export function runScorer(scorer, goldFile, predictions, extraArgs = []) {
  const dir = scratchDir("eval");
  const predFile = path.join(dir, "pred.json");
  writeFileSync(predFile, JSON.stringify(predictions));
  const run = spawnSync("python3", [evalPath(scorer), path.resolve(evalDir, goldFile), predFile, ...extraArgs], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${scorer} failed: ${run.stderr}`);
  return run.stdout;
}
