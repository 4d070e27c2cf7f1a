// Sentence options through the JS API and the CLI: language (given or detected), hard-wrapped text,
// the user's own abbreviations; and offsets that slice the original string exactly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createAnalyzer } from "../../wasm/node.js";
import { scratchDir } from "../scratch_dir.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = (args, input) => spawnSync(process.execPath, [`${root}bin/article-lens.js`, ...args], { input, encoding: "utf8" });
const texts = (result) => result.sentences.map((s) => s.text);

test("user abbreviations in the JS API", async () => {
  const lens = await createAnalyzer();
  const text = "Call Supv. Jones now. Thanks.";
  assert.deepEqual(texts(lens.analyze(text)), ["Call Supv.", "Jones now.", "Thanks."]);
  assert.deepEqual(texts(lens.analyze(text, { abbreviations: ["Supv"] })), ["Call Supv. Jones now.", "Thanks."]);
});

test("user abbreviations and hard wrap in the CLI", () => {
  const file = `${scratchDir("sentences")}/a.txt`;
  writeFileSync(file, "Call Supv. Jones now. Thanks.");
  const plain = JSON.parse(cli(["analyze", file, "--json"]).stdout);
  const extra = JSON.parse(cli(["analyze", file, "--json", "--abbrev", "Supv."]).stdout);
  assert.equal(plain.sentences.length, 3);
  assert.deepEqual(texts(extra), ["Call Supv. Jones now.", "Thanks."]);
  writeFileSync(file, "This is a sentence\nCut off in the middle because pdf.");
  assert.equal(JSON.parse(cli(["analyze", file, "--json"]).stdout).sentences.length, 2);
  assert.equal(JSON.parse(cli(["analyze", file, "--json", "--hard-wrap"]).stdout).sentences.length, 1);
});

test("quoted passages: a sentence each by default, one with wholeQuotations (API and CLI)", async () => {
  const lens = await createAnalyzer();
  const text = "“It is over. We go home,” she said. Then she left.";
  assert.deepEqual(texts(lens.analyze(text)), ["“It is over.", "We go home,” she said.", "Then she left."]);
  assert.deepEqual(texts(lens.analyze(text, { wholeQuotations: true })), ["“It is over. We go home,” she said.", "Then she left."]);
  assert.throws(() => lens.analyze(text, { wholeQuotations: "yes" }), /wholeQuotations must be true or false/);
  const run = cli(["analyze", "-", "--json", "--whole-quotations"], text);
  assert.equal(JSON.parse(run.stdout).sentences.length, 2);
});

test("the detected language is reported, a given one is used", async () => {
  const lens = await createAnalyzer();
  const ru = lens.analyze("Президент сказал, что переговоры были полезными. Встреча продолжится.");
  assert.equal(ru.language, "ru");
  assert.equal(ru.languageDetected, true);
  const de = lens.analyze("Am 3. Oktober war Feiertag.", { language: "de" });
  assert.equal(de.language, "de");
  assert.equal(de.languageDetected, false);
  assert.equal(de.sentences.length, 1);
});

test("sentence offsets slice the original string (emoji, CJK, Arabic controls)", async () => {
  const lens = await createAnalyzer();
  const text = "Great day 🎉. Next one! 我们去吗？好！ وقال د\u202a.\u202c ديفيد إنها بخير.";
  const result = lens.analyze(text);
  for (const s of result.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.ok(result.sentences.length >= 4);
});
