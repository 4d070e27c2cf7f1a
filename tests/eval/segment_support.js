// Runs the sentence splitter over pragmatic_segmenter's golden files (../shared/eval/segment) through
// the JS API and scores the result with the shared scorer. Used by segment.test.js and the bench.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { evalPath, runScorer } from "./support.js";
import { scratchDir } from "../scratch_dir.js";

export const goldenLanguages = () =>
  readdirSync(evalPath("segment"))
    .filter((name) => /^golden_[a-z]+\.json$/.test(name))
    .map((name) => name.slice(7, -5));

export const goldenCases = (lang) => JSON.parse(readFileSync(evalPath("segment", `golden_${lang}.json`), "utf8"));

// Predictions {id: [sentence texts]}. `language` is the case's language or "auto"; the hard-wrap
// option is used only for cases whose doc_type is "pdf" (text copied from a PDF); `options` adds others.
export function predict(lens, cases, language, options = {}) {
  const predictions = {};
  for (const c of cases) {
    const result = lens.analyze(c.text, { ...options, language, hardWrap: c.doc_type === "pdf", parts: ["sentences"] });
    predictions[c.id] = result.sentences.map((s) => s.text);
  }
  return predictions;
}

// Scores predictions with score_segment.py; returns its JSON summary ({files: [{passed, total, by_group}]}).
export function score(lang, predictions, { collapse = true, group = null } = {}) {
  const summaryFile = path.join(scratchDir("segment"), "summary.json");
  const args = ["--json", summaryFile];
  if (collapse) args.push("--collapse-ws");
  if (group) args.push("--group", group);
  runScorer("score_segment.py", `segment/golden_${lang}.json`, predictions, args);
  return JSON.parse(readFileSync(summaryFile, "utf8"));
}
