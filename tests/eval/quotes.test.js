// Quotations and speakers on the public evaluation sets, scored by ../shared/eval/score_quotes.py.
// Each check fails below the figure measured when it was written (see the thresholds) and skips
// when the evaluation data is absent.
//
// What is submitted: every direct quote (indirect and scare quotes are not what these sets
// annotate), as code-point offsets (the sets have no characters above U+FFFF, so they equal our
// UTF-16 offsets). Speakers are scored three ways (quotes_support.js): our resolved `speaker`
// against the gold as annotated; the same against the gold cut before its apposition ("Kevin
// Brady, chairman of ..." -> "Kevin Brady") and before a place or body after a name ("Rep. Tom
// Cole of Oklahoma" -> "Rep. Tom Cole"): who speaks; and our mention with its apposition
// (bare pronouns resolved) against the gold as annotated (how the source is named).
//
// Each set is split in two halves by a hash of the document id (quotes_support.js); the work was
// tuned on the "dev" half, and the "held" half is checked apart as well as the whole file.
// CoreNLP's cases keep unclosed quotes apart, as CoreNLP's own annotation does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createAnalyzer } from "../../wasm/node.js";
import { spawnSync } from "node:child_process";
import { evalPath, skipReason } from "./support.js";
import { asNamed, cutGoldSpeakers, goldSets, inHalf, predictQuotes } from "./quotes_support.js";
import { scratchDir } from "../scratch_dir.js";

const load = (file) => JSON.parse(readFileSync(evalPath(file), "utf8"));
const predict = predictQuotes;

// Runs score_quotes.py on gold (an eval file's name, or documents) and predictions; its metrics.
function runQuoteScorer(gold, predictions, mode = "lenient") {
  const dir = scratchDir("quotes");
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

// F1 and the three speaker figures (non-pronoun gold) of one set of documents.
function figures(docs, predictions, language = "en") {
  const all = score(docs, predictions);
  return {
    p: all.precision, r: all.recall, f1: all.f1,
    speaker: all.speaker_acc_nonpronoun_gold,
    who: score(cutGoldSpeakers(docs, language), predictions).speaker_acc_nonpronoun_gold,
    named: score(docs, asNamed(predictions)).speaker_acc_nonpronoun_gold,
  };
}
const show = (f) => `P ${f.p} R ${f.r} F1 ${f.f1}; speaker ${f.speaker}, who ${f.who}, named ${f.named}`;
const held = (docs) => docs.filter((d) => inHalf(d.id, "held"));

test("PolNeAR train (English political news): lenient F1 and speakers, whole file and held-out half", { skip: skipReason }, async () => {
  const lens = await createAnalyzer();
  const docs = load("quotes/polnear_train.json");
  const predictions = predict(lens, docs, "en");
  // The whole file as it is: the gold's quote segments of the 120 New York Times articles missed
  // the ''...'' marks that paper writes, so their real quotations count as false positives here.
  const whole = score(docs, predictions);
  // Without those articles, and with them scored against their own attributions (gold rebuilt as
  // for the other publishers: every marked segment inside an attribution; quotes_support.js).
  const others = docs.filter((d) => d.publisher !== "nyt");
  const fixedDocs = goldSets["polnear-fixed"]().docs;
  const nytDocs = fixedDocs.filter((d) => d.publisher === "nyt");
  const f = {
    others: figures(others, predictions), othersHeld: figures(held(others), predictions),
    nyt: figures(nytDocs, predictions), fixed: figures(fixedDocs, predictions), fixedHeld: figures(held(fixedDocs), predictions),
  };
  console.log(`polnear whole file: F1 ${whole.f1}; without NYT: ${show(f.others)}; held half: ${show(f.othersHeld)}`);
  console.log(`polnear NYT against attributions: ${show(f.nyt)}; whole with NYT so scored: ${show(f.fixed)}; held half: ${show(f.fixedHeld)}`);
  assert.ok(whole.f1 >= 0.849, `F1 ${whole.f1}`);
  assert.ok(f.others.f1 >= 0.952, `F1 without NYT ${f.others.f1}`);
  assert.ok(f.othersHeld.f1 >= 0.9565, `F1 without NYT, held half ${f.othersHeld.f1}`);
  assert.ok(f.nyt.f1 >= 0.948, `F1 of NYT against attributions ${f.nyt.f1}`);
  assert.ok(f.fixed.f1 >= 0.951 && f.fixedHeld.f1 >= 0.954, `F1 ${f.fixed.f1}, held ${f.fixedHeld.f1}`);
  // Against the gold as annotated, "Rep. Tom Cole of Oklahoma" rewards the place ("Oklahoma", its
  // last word): naming the person instead lowers this figure a little, and "who" measures it.
  assert.ok(f.others.speaker >= 0.75 && f.othersHeld.speaker >= 0.734, `speaker ${f.others.speaker}, held ${f.othersHeld.speaker}`);
  assert.ok(f.others.who >= 0.8965 && f.othersHeld.who >= 0.881, `who speaks ${f.others.who}, held ${f.othersHeld.who}`);
  assert.ok(f.others.named >= 0.852 && f.othersHeld.named >= 0.834, `named ${f.others.named}, held ${f.othersHeld.named}`);
  assert.ok(f.fixed.who >= 0.899 && f.fixedHeld.who >= 0.89 && f.nyt.who >= 0.909, `who speaks, NYT included ${f.fixed.who}, held ${f.fixedHeld.who}, NYT ${f.nyt.who}`);
});

test("German WikiNews train: direct quotes without titles and names, and their speakers", { skip: skipReason }, async () => {
  const lens = await createAnalyzer();
  const docs = load("quotes/german_wikinews_train.json");
  const predictions = predict(lens, docs, "de");
  const all = figures(docs, predictions, "de");
  const half = figures(held(docs), predictions, "de");
  console.log(`german wikinews: ${show(all)}; held half: ${show(half)}`);
  assert.ok(all.f1 >= 0.885 && half.f1 >= 0.883, `F1 ${all.f1}, held ${half.f1}`);
  // Against the gold as annotated, a description resolved to its person scores as wrong ("nach
  // Angaben des künstlerischen Leiters" -> Roger M. Buergel; "Turtschynow, der Exstellvertreter von
  // Timoschenko" -> Turtschynow): the speaker and who figures count such right answers as misses.
  // (Round 8 resolves bare titles to the person given a compound of them, "der Minister" ->
  // Innenminister Schäuble, which the gold's last word also counts as a miss.)
  assert.ok(all.speaker >= 0.711 && all.who >= 0.741, `speaker ${all.speaker}, who ${all.who}`);
  assert.ok(half.speaker >= 0.637 && half.who >= 0.687, `held speaker ${half.speaker}, who ${half.who}`);
  assert.ok(all.named >= 0.826 && half.named >= 0.75, `named ${all.named}, held ${half.named}`);
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
