// Russian sanity on ../shared/eval/news/ru_zvezda_all.txt: every article's top keywords are content
// words (no stopword, no reporting verb) and inflected forms are grouped under one keyword
// (Россия, России, Россию). The file has no article separator: a short line followed by a long
// paragraph is read as headline + article. Skips without the data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createAnalyzer } from "../../wasm/node.js";
import { evalPath, projectRoot, skipReason } from "./support.js";

// Measured when this check was written: 150 articles, 825 of their 1,500 top-ten keywords (55.0%)
// group 2+ forms.
const MIN_GROUPED_SHARE = 0.53;

function articles(text) {
  const parts = text.split("\n\n");
  const out = [];
  for (let i = 0; i + 1 < parts.length; i++)
    if (parts[i].length < 200 && parts[i + 1].length >= 200) out.push(`${parts[i]}\n\n${parts[++i]}`);
  return out.slice(0, 150);
}

test("ru_zvezda: top keywords are content words with their case forms grouped", { skip: skipReason }, async () => {
  const lens = await createAnalyzer();
  const stopwords = new Set(readFileSync(`${projectRoot}src/keywords/data/stopwords_ru.txt`, "utf8")
    .split("\n").filter((line) => line && !line.startsWith("#")));
  let keywords = 0, grouped = 0;
  for (const article of articles(readFileSync(evalPath("news/ru_zvezda_all.txt"), "utf8"))) {
    const result = lens.analyze(article, { language: "ru" });
    assert.equal(result.error, null);
    for (const k of result.keywords) {
      keywords++;
      if (k.forms.length > 1) grouped++;
      for (const word of k.term.split(" ")) assert.ok(!stopwords.has(word), `stopword ${word} in "${k.term}"`);
    }
  }
  assert.ok(keywords > 1000);
  console.log(`# ${grouped} of ${keywords} keywords group 2+ forms (${(grouped / keywords * 100).toFixed(1)}%)`);
  assert.ok(grouped / keywords >= MIN_GROUPED_SHARE);
});
