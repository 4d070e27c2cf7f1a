// The command-line tool: report, JSON, JSON Lines, and bad input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scratchDir } from "../scratch_dir.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = `${root}bin/article-lens.js`;
const seedPath = `${root}seeds/belta-lukashenko-security-council.txt`;
const fixture = JSON.parse(readFileSync(`${root}tests/fixtures/belta-lukashenko-security-council.expected.json`, "utf8"));
const scratch = scratchDir("cli");

const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8" });

test("--json on the seed article gives the fixture's sentences and quote contents", () => {
  const { status, stdout, stderr } = run(["analyze", seedPath, "--json"]);
  assert.equal(status, 0, stderr);
  const result = JSON.parse(stdout);
  assert.deepEqual(result.sentences.map((s) => s.text), fixture.sentences.map((s) => s.text));
  assert.deepEqual(result.quotes.filter((q) => q.kind === "direct").map((q) => [q.contentStart, q.contentEnd, q.text]),
    fixture.quotes.map((q) => [q.contentStart, q.contentEnd, q.text]));
});

test("the readable report names speakers and keywords", () => {
  const { status, stdout } = run(["analyze", seedPath]);
  assert.equal(status, 0);
  assert.match(stdout, /36 sentences, 475 words, 8 quotes, 1 speaker, /);
  assert.match(stdout, /Aleksandr Lukashenko: 5 direct/);
  assert.match(stdout, /Keywords\n/);
});

test("the report shows quotations with their own marks and reported speech without marks", () => {
  const text = "Mayor Ines Varga said that the road would close. “We won,” said Ana Lind.";
  const { status, stdout } = run(["analyze", "-", "--lang", "en"], text);
  assert.equal(status, 0);
  assert.match(stdout, /\[indirect\]\n {6}the road would close\n/);
  assert.match(stdout, /\[direct\]\n {6}“We won,”\n/);
});

test("stdin with - and --lang", () => {
  const { status, stdout } = run(["analyze", "-", "--json", "--lang", "en"], "One. Two.");
  assert.equal(status, 0);
  assert.equal(JSON.parse(stdout).sentences.length, 2);
});

test("--jsonl answers each line in order, and bad lines with an error", () => {
  const input = [
    JSON.stringify({ id: "a", text: "“Yes,” said Ann Lee. Done." }),
    "not json",
    JSON.stringify({ id: 7, text: "Привет. Пока.", lang: "ru" }),
    JSON.stringify({ id: "no-text" }),
    JSON.stringify({ id: "bad-lang", text: "x", lang: "zz" }),
  ].join("\n");
  const { status, stdout } = run(["analyze", "--jsonl"], input);
  assert.equal(status, 0);
  const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(lines.map((l) => l.id), ["a", null, 7, "no-text", "bad-lang"]);
  assert.equal(lines[0].quotes[0].speaker, "Ann Lee");
  assert.match(lines[1].error, /line 2: not valid JSON/);
  assert.equal(lines[2].language, "ru");
  assert.equal(lines[2].sentences.length, 2);
  assert.match(lines[3].error, /"text" must be a string/);
  assert.match(lines[4].error, /unsupported language 'zz'/);
});

test("a binary file is refused with a clear message", () => {
  const file = `${scratch}/image.bin`;
  writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
  const { status, stderr } = run(["analyze", file]);
  assert.equal(status, 2);
  assert.match(stderr, /looks like a binary file/);
});

test("invalid UTF-8 is read with a warning", () => {
  const file = `${scratch}/latin1.txt`;
  writeFileSync(file, Buffer.from("Caf\xe9 society. It met.", "latin1"));
  const { status, stdout, stderr } = run(["analyze", file, "--json"]);
  assert.equal(status, 0);
  assert.match(stderr, /not valid UTF-8/);
  assert.equal(JSON.parse(stdout).sentences.length, 2);
});

test("usage errors and missing files exit with status 2", () => {
  assert.equal(run(["analyze"]).status, 2);
  assert.equal(run(["frobnicate"]).status, 2);
  const missing = run(["analyze", `${scratch}/nope.txt`]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no such file/);
});
