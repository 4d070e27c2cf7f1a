// Quotations and speakers on the public evaluation sets, scored by ../shared/eval/score_quotes.py.
// Each check fails below the figure measured when it was written (see the thresholds) and skips
// when the evaluation data is absent.
//
// What is submitted: every direct quote (indirect and scare quotes are not what these sets
// annotate), as code-point offsets (the sets have no characters above U+FFFF, so they equal our
// UTF-16 offsets), with `speaker` = the resolved speaker, or the words naming them when nobody
// could be resolved. CoreNLP's cases keep unclosed quotes apart, as CoreNLP's own annotation does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAnalyzer } from "../../wasm/node.js";
import { spawnSync } from "node:child_process";
import { evalPath, skipReason } from "./support.js";

const load = (file) => JSON.parse(readFileSync(evalPath(file), "utf8"));

function predict(lens, docs, language) {
  return docs.map((doc) => {
    const result = lens.analyze(doc.text, { language: language ?? doc.lang ?? "en", parts: ["quotes"] });
    const direct = result.quotes.filter((q) => q.kind === "direct");
    const entry = (q) => ({ start: q.start, end: q.end, speaker: q.speaker ?? q.speakerMention, cue: q.cue });
    return {
      id: doc.id,
      quotes: direct.map(entry),
      closed: direct.filter((q) => !q.unclosed).map(entry),
      unclosed: direct.filter((q) => q.unclosed).map(entry),
    };
  });
}

// Runs score_quotes.py on gold (an eval file's name, or documents) and predictions; its metrics.
function runQuoteScorer(gold, predictions, mode = "lenient") {
  const dir = mkdtempSync(path.join(tmpdir(), "article-lens-quotes-"));
  const goldFile = typeof gold === "string" ? evalPath(gold) : path.join(dir, "gold.json");
  if (typeof gold !== "string") writeFileSync(goldFile, JSON.stringify(gold));
  const predFile = path.join(dir, "pred.json");
  const out = path.join(dir, "metrics.json");
  writeFileSync(predFile, JSON.stringify(predictions));
  const run = spawnSync("python3", [evalPath("score_quotes.py"), goldFile, predFile, "--json", out], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`score_quotes.py failed: ${run.stderr}`);
  return JSON.parse(readFileSync(out, "utf8"))[mode];
}
const score = (gold, predictions) => runQuoteScorer(gold, predictions, "lenient");

test("PolNeAR train (English political news): lenient F1 and speaker accuracy", { skip: skipReason }, async () => {
  const lens = await createAnalyzer();
  const docs = load("quotes/polnear_train.json");
  const predictions = predict(lens, docs, "en");
  const all = score("quotes/polnear_train.json", predictions);
  // The gold's quote segments of the New York Times articles were cut without the '' ... ''
  // marks that paper's text uses (its annotated attributions do contain them), so its 1,800 real
  // quotations count as false positives there; the figures without those 120 articles are the
  // fair ones and are checked too.
  const others = docs.filter((d) => d.publisher !== "nyt");
  const fair = score(others, predictions);
  // Gold speakers often carry their apposition ("Paloma Wu, legal director for ..."), and the
  // scorer then looks for its last word; scored again with the gold speaker cut at its first comma.
  const cut = (s) => (s ? s.split(/,| \(/)[0] : s);
  const trimmed = score(others.map((d) => ({ ...d, quotes: d.quotes.map((q) => ({ ...q, speaker: cut(q.speaker) })) })), predictions);
  console.log(`polnear all: F1 ${all.f1}, speaker (non-pronoun gold) ${all.speaker_acc_nonpronoun_gold}; ` +
              `without NYT: P ${fair.precision} R ${fair.recall} F1 ${fair.f1}, speaker ${fair.speaker_acc_nonpronoun_gold}; ` +
              `gold speakers without appositions: ${trimmed.speaker_acc_nonpronoun_gold}`);
  assert.ok(all.f1 >= 0.83, `F1 ${all.f1}`);
  assert.ok(fair.f1 >= 0.93, `F1 without NYT ${fair.f1}`);
  assert.ok(fair.speaker_acc_nonpronoun_gold >= 0.68, `speaker accuracy ${fair.speaker_acc_nonpronoun_gold}`);
  assert.ok(trimmed.speaker_acc_nonpronoun_gold >= 0.81, `speaker accuracy, appositions cut ${trimmed.speaker_acc_nonpronoun_gold}`);
});

test("German WikiNews train: direct quotes without titles and names, and their speakers", { skip: skipReason }, async () => {
  const lens = await createAnalyzer();
  const predictions = predict(lens, load("quotes/german_wikinews_train.json"), "de");
  const metrics = score("quotes/german_wikinews_train.json", predictions);
  console.log(`german wikinews: P ${metrics.precision} R ${metrics.recall} F1 ${metrics.f1}, speaker ${metrics.speaker_acc_nonpronoun_gold}`);
  assert.ok(metrics.f1 >= 0.80, `F1 ${metrics.f1}`);
  assert.ok(metrics.speaker_acc_nonpronoun_gold >= 0.51, `speaker accuracy ${metrics.speaker_acc_nonpronoun_gold}`);
});

// One unit case passes when our quotes match the expected ones exactly (same content spans, none
// missing, none extra), and the expected speaker when there is one.
function caseResults(lens, docs, field) {
  const predictions = predict(lens, docs.filter((d) => d.complete !== false));
  return predictions.map((prediction) => {
    const doc = docs.find((d) => d.id === prediction.id);
    const exact = runQuoteScorer([doc], [{ id: doc.id, quotes: prediction[field] }], "exact");
    const spansOk = exact.fp === 0 && exact.fn === 0;
    const speakerOk = exact.speaker_n === 0 || exact.speaker_acc_nonpronoun_gold !== 0;
    return { id: doc.id, pass: spansOk && speakerOk };
  });
}

test("CoreNLP quote cases: every complete case passes but the one that tests a maxLength setting", { skip: skipReason }, async () => {
  const lens = await createAnalyzer();
  const results = caseResults(lens, load("quotes/corenlp_quote_tests.json"), "closed");
  const failing = results.filter((r) => !r.pass).map((r) => r.id);
  console.log(`corenlp: ${results.length - failing.length}/${results.length} complete cases pass; failing: ${failing.join(", ")}`);
  // testMaxLength expects a 5-character quote limit (CoreNLP's maxLength=5 pipeline); we have no
  // such option and keep the longer quote.
  assert.deepEqual(failing, ["corenlp/QuoteAnnotatorITest/testMaxLength#1"]);
});

test("textacy quote cases: every complete case passes", { skip: skipReason }, async () => {
  const lens = await createAnalyzer();
  const results = caseResults(lens, load("quotes/textacy_quote_tests.json"), "quotes");
  assert.deepEqual(results.filter((r) => !r.pass).map((r) => r.id), []);
});
