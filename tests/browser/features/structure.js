// Feature 5: the structure panel — sentence count, words per sentence, histogram, longest
// sentences, and a readability figure with its formula named.
import { test } from "node:test";
import assert from "node:assert/strict";
import { artifactsDir, waitForAnalysis } from "../support.js";

export function registerStructure(ctx) {
  test("structure: counts, histogram, longest sentences and a named readability formula", async (t) => {
    const page = await ctx.openPage(t);
    const result = await page.evaluate(() => document.getElementById("lens").result);
    await page.click("article-lens .tab[data-panel=structure]");
    const facts = await page.$$eval(".facts div", (nodes) => Object.fromEntries(nodes.map((n) => [n.querySelector("dt").textContent, n.querySelector("dd").textContent])));
    assert.equal(facts.Sentences, String(result.stats.sentences));
    const body = result.sentences.filter((s) => s.role === "body" || s.role === "list-item");
    assert.equal(facts["Sentences of running text"], String(body.length));
    const bins = await page.$$eval(".bins .bin-count", (nodes) => nodes.map((n) => Number.parseInt(n.textContent, 10)));
    assert.equal(bins.reduce((a, b) => a + b, 0), body.length);
    const longest = await page.$$eval(".longest li", (items) => items.map((li) => li.textContent));
    assert.equal(longest.length, Math.min(5, body.length));
    const words = longest.map((line) => Number(/\((\d+) words\)/.exec(line)[1]));
    assert.deepEqual(words, [...words].sort((a, b) => b - a));
    const readability = await page.textContent("article-lens .readability");
    assert.match(readability, /Flesch–Kincaid grade level/);
    assert.match(readability, /0\.39 × \(words ÷ sentences\) \+ 11\.8 × \(syllables ÷ words\) − 15\.59/);
    const grade = Number(await page.textContent("article-lens .readability-value"));
    assert.ok(grade > 5 && grade < 20, `grade ${grade}`);
    await page.locator("article-lens .side").screenshot({ path: `${artifactsDir}/panel-structure.png` });
    // A longest sentence link brings it into view.
    await page.click(".longest li:first-child button");
    const focused = await page.evaluate(() => document.getElementById("lens").shadowRoot.activeElement?.dataset.n);
    assert.ok(Number(focused) > 0);

    // Russian text: the formula for Russian is named.
    await page.fill("#article-text", "Президент провёл встречу с членами Совета безопасности. «Мы обсудили все важные вопросы», — сказал он журналистам. Переговоры продолжатся в апреле.");
    await waitForAnalysis(page, "Президент");
    assert.match(await page.textContent("article-lens .readability"), /Oborneva's adaptation for Russian/);
  });
}
