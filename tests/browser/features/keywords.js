// Feature 4: the keywords panel — table and bars, the optional word cloud, and for a picked
// keyword its KWIC lines and a dispersion strip.
import { test } from "node:test";
import assert from "node:assert/strict";
import { artifactsDir, sampleText } from "../support.js";

export function registerKeywords(ctx) {
  test("keywords: table with bars, word cloud, KWIC lines and dispersion strip", async (t) => {
    const page = await ctx.openPage(t);
    const result = await page.evaluate(() => document.getElementById("lens").result);
    await page.click("article-lens .tab[data-panel=keywords]");
    const rows = await page.$$eval("table.keywords tbody tr", (trs) => trs.map((tr) => ({
      term: tr.querySelector(".term").textContent, count: tr.querySelector(".count").textContent,
      bar: tr.querySelector(".bar").style.getPropertyValue("--share"), forms: tr.querySelector(".forms").textContent,
    })));
    assert.equal(rows.length, result.keywords.length);
    const max = Math.max(...result.keywords.map((k) => k.count));
    result.keywords.forEach((keyword, i) => {
      assert.equal(rows[i].term, keyword.label);
      assert.equal(rows[i].count, String(keyword.count));
      assert.equal(rows[i].bar, `${(keyword.count / max) * 100}%`);
      assert.equal(rows[i].forms, keyword.forms.join(", "));
    });
    await page.screenshot({ path: `${artifactsDir}/panel-keywords-table.png` });

    // KWIC for the first keyword: one line per occurrence, the keyword in the middle.
    const text = sampleText();
    const first = result.keywords[0];
    await page.click("table.keywords tbody tr:first-child .term");
    const lines = await page.$$eval(".kwic .key", (keys) => keys.map((k) => k.textContent));
    assert.deepEqual(lines, first.occurrences.map((o) => text.slice(o.start, o.end)));
    const ticks = await page.$$eval(".strip .tick", (nodes) => nodes.map((n) => Number(n.getAttribute("x"))));
    assert.equal(ticks.length, first.count);
    assert.deepEqual(ticks, first.occurrences.map((o) => Number(((o.start / text.length) * 1000).toFixed(1))));
    assert.equal(await page.evaluate(() => document.getElementById("lens").shadowRoot.activeElement?.className), "detail-heading");
    await page.locator("article-lens .side").screenshot({ path: `${artifactsDir}/panel-keywords-kwic.png` });
    assert.ok(!(await page.textContent("article-lens .panel")).includes("null"));
    assert.ok((await page.textContent(".detail-heading")).includes(first.label), "the KWIC heading shows the label");
    // A KWIC line shows its place in the reader.
    await page.click(".kwic li:nth-child(2) .kwic-line");
    const focused = await page.evaluate(() => document.getElementById("lens").shadowRoot.activeElement?.textContent ?? "");
    assert.ok(focused.includes(text.slice(first.occurrences[1].start, first.occurrences[1].end)), focused);

    await page.check("article-lens .cloud-toggle");
    const cloud = await page.$$eval(".cloud .term", (nodes) => nodes.map((n) => [n.textContent, parseFloat(getComputedStyle(n).fontSize)]));
    assert.equal(cloud.length, result.keywords.length);
    const size = Object.fromEntries(cloud);
    const sorted = [...result.keywords].sort((a, b) => b.count - a.count);
    assert.ok(size[sorted[0].label] > size[sorted.at(-1).label], "frequent words are bigger");
    assert.match(await page.textContent("article-lens .panel"), /more frequent, not more important/);
    await page.screenshot({ path: `${artifactsDir}/panel-keywords-cloud.png` });
  });
}
