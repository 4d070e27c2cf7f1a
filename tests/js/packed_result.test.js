// The worker's packed result comes back to exactly the result analyze() gives, field for field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createAnalyzer } from "../../wasm/node.js";
import { packResult, unpackResult } from "../../wasm/packed-result.js";

const lens = await createAnalyzer();
const roundTrip = (text, options = {}) => {
  const result = lens.analyze(text, options);
  const { packed, transfer } = packResult(result);
  const copied = structuredClone(packed, { transfer });
  return { result, back: unpackResult(text, copied), transfer };
};

test("a packed result unpacks to the same result: quotes with and without speakers, unclosed, emoji", () => {
  const text = "The \u201cso-called\u201d plan. He left. \u201cFine \u{1F600},\u201d said Ana Lind. " +
    "Officials said that it rained. \u201cOpen";
  const { result, back, transfer } = roundTrip(text, { language: "en" });
  assert.ok(result.quotes.some((q) => q.speaker === null) && result.quotes.some((q) => q.unclosed));
  assert.deepEqual(back, result);
  assert.ok(transfer.length >= 3, "typed columns are transferred");
});

test("an empty text and a text without quotes pack and unpack", () => {
  for (const text of ["", "No quotes here. None at all."]) {
    const { result, back } = roundTrip(text);
    assert.deepEqual(back, result);
  }
});

test("a Russian article with many speakers keeps every mention and keyword occurrence", () => {
  const text = "Президент Александр Лукашенко заявил, что армия готова. «Мы готовы», — сказал он. " +
    "Министр Сергей Лавров отметил, что переговоры продолжатся. «Посмотрим», — добавил министр.";
  const { result, back } = roundTrip(text, { language: "ru" });
  assert.ok(result.speakers.length >= 2);
  assert.deepEqual(back, result);
});
