// The seed article's quotations against its hand-made fixture: every direct quote with its exact
// content span, speaker, mention and cue; the reported-speech sentences; and the people it names
// who never speak. The fixture is committed, so this check never skips.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createAnalyzer } from "../../wasm/node.js";
import { projectRoot } from "./support.js";

const text = readFileSync(`${projectRoot}seeds/belta-lukashenko-security-council.txt`, "utf8");
const fixture = JSON.parse(readFileSync(`${projectRoot}tests/fixtures/belta-lukashenko-security-council.expected.json`, "utf8"));

test("seed: 5 of 5 direct quotes with exact spans, Lukashenko's, with the fixture's mentions and cues", async () => {
  const result = (await createAnalyzer()).analyze(text);
  const direct = result.quotes.filter((q) => q.kind === "direct");
  assert.equal(direct.length, fixture.quotes.length);
  fixture.quotes.forEach((expected, i) => {
    const quote = direct[i];
    assert.deepEqual([quote.contentStart, quote.contentEnd], [expected.contentStart, expected.contentEnd], `quote ${i}`);
    assert.deepEqual([quote.start, quote.end], [expected.start, expected.end], `quote ${i} with marks`);
    assert.equal(quote.speaker, expected.speaker, `quote ${i}`);
    assert.equal(quote.speakerMention, expected.speakerMention, `quote ${i}`);
    assert.equal(quote.cue, expected.cue, `quote ${i}`);
  });
});

test("seed: the 3 reported-speech sentences are indirect quotes with speaker, mention and cue", async () => {
  const result = (await createAnalyzer()).analyze(text);
  const indirect = result.quotes.filter((q) => q.kind === "indirect");
  assert.equal(indirect.length, fixture.reportedSpeech.length);
  fixture.reportedSpeech.forEach((expected, i) => {
    const sentence = fixture.sentences[expected.sentence];
    const quote = indirect[i];
    assert.ok(quote.start >= sentence.start && quote.end <= sentence.end, `report ${i} lies in sentence ${expected.sentence}`);
    assert.equal(quote.speaker, expected.speaker);
    assert.equal(quote.speakerMention, expected.speakerMention);
    assert.equal(quote.cue, expected.cue);
  });
});

test("seed: one speaker with the fixture's mentions; Putin, Lavrov and Zelensky never speak", async () => {
  const result = (await createAnalyzer()).analyze(text);
  assert.deepEqual(result.speakers.map((s) => s.name), fixture.speakers.map((s) => s.name));
  const [speaker] = result.speakers;
  assert.equal(speaker.directQuotes, fixture.speakers[0].directQuotes);
  // The same mentions (ours are in text order; the fixture's list is not meant as an order).
  assert.deepEqual(speaker.mentions.map((m) => m.text).sort(), [...fixture.speakers[0].mentions].sort());
  assert.ok(speaker.mentions.every((m, i) => i === 0 || speaker.mentions[i - 1].start < m.start));
  assert.equal(speaker.share, 1);
  for (const name of fixture.peopleMentionedNotQuoted) {
    const last = name.split(" ").pop();
    assert.ok(!result.quotes.some((q) => (q.speaker ?? "").includes(last)), `${name} is not a speaker`);
  }
  assert.equal(result.stats.namedSources, 1);
  assert.equal(result.stats.anonymousSources, 0);
  assert.equal(result.stats.directQuotes, 5);
  assert.equal(result.stats.indirectQuotes, 3);
});
