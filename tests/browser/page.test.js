// The page end to end in Chromium: the sample article loads, quotes are highlighted by speaker,
// keywords and sentences are listed, and nothing from the text is executed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startPage, artifactsDir, projectRoot } from "./support.js";

const fixture = JSON.parse(readFileSync(`${projectRoot}tests/fixtures/belta-lukashenko-security-council.expected.json`, "utf8"));
let page, context, session;

before(async () => {
  session = await startPage();
  context = await session.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
  page.on("pageerror", (error) => assert.fail(`page error: ${error.message}`));
});

after(async () => {
  await context?.close();
  await session?.close();
});

test("the sample article is analysed on load, with its quotes highlighted", async () => {
  await page.goto(session.url);
  await page.waitForSelector("body[data-analyzed=true]");
  const quoteIds = await page.$$eval("mark.quote-direct", (marks) => [...new Set(marks.map((m) => m.dataset.quote))]);
  assert.equal(quoteIds.length, fixture.quotes.length);
  const quoteTexts = await page.$$eval("mark.quote-direct", (marks) => {
    const byId = {};
    for (const m of marks) byId[m.dataset.quote] = (byId[m.dataset.quote] ?? "") + m.textContent;
    return Object.values(byId);
  });
  // Each highlight covers the whole quote, marks included.
  assert.deepEqual(quoteTexts, fixture.quotes.map((q) => fixture_text(q)));
  const speakers = await page.$$eval("mark.quote-direct", (marks) => [...new Set(marks.map((m) => m.dataset.speaker))]);
  assert.deepEqual(speakers, ["Aleksandr Lukashenko"]);
  const sentences = await page.$$eval("#sentences li", (items) => items.map((li) => li.textContent));
  assert.deepEqual(sentences, fixture.sentences.map((s) => s.text));
  const keywords = await page.$$eval("#keywords .term", (items) => items.map((li) => li.textContent));
  assert.ok(keywords.includes("lukashenko"), keywords.join(", "));
  await page.screenshot({ path: `${artifactsDir}/page-sample.png`, fullPage: true });
});

test("pasted HTML is shown as text, never run", async () => {
  await page.evaluate(() => { window.__injected = false; });
  await page.fill("#article-text", '<img src=x onerror="window.__injected=true"><script>window.__injected=true</script> “Hi,” he said.');
  await page.waitForFunction(() => document.querySelector("#reader").textContent.includes("<script>"));
  assert.equal(await page.evaluate(() => window.__injected), false);
  assert.equal(await page.$$eval("#reader img, #reader script", (nodes) => nodes.length), 0);
});

function fixture_text(quote) {
  const text = readFileSync(`${projectRoot}seeds/belta-lukashenko-security-council.txt`, "utf8");
  return text.slice(quote.start, quote.end);
}
