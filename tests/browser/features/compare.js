// Feature 6: comparing two articles — distinctive words by log-likelihood, speakers with their
// quoted shares, loaded verbs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { artifactsDir, fixture, fixtureText } from "../support.js";

export function registerCompare(ctx) {
  test("compare: two outlets' distinctive words, sources and loaded verbs side by side", async (t) => {
    const page = await ctx.openPage(t);
    await page.click(".mode[data-mode=compare]");
    await page.fill("#compare-a", fixtureText("outlet_a.txt"));
    await page.setInputFiles("#compare-b-file", fixture("outlet_b.txt"));
    await page.waitForFunction(() => document.getElementById("compare-b").value.includes("Traders fear ruin"));
    await page.click("#compare-run");
    await page.waitForSelector("body[data-compared=true]");
    const columns = await page.$$eval(".compare-column", (cols) => cols.map((col) => ({
      terms: [...col.querySelectorAll(".distinctive tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent)),
      speakers: [...col.querySelectorAll(".compare-speakers strong")].map((s) => s.textContent),
      loaded: [...col.querySelectorAll(".loaded-verbs .cue-loaded")].map((s) => s.textContent),
    })));
    assert.equal(columns.length, 2);
    const termsA = columns[0].terms.map((row) => row[0].replace(" *", ""));
    const termsB = columns[1].terms.map((row) => row[0].replace(" *", ""));
    assert.ok(termsA.some((t) => /walk/.test(t)), termsA.join(", "));
    assert.ok(termsB.some((t) => /trader|shop|customer/.test(t)), termsB.join(", "));
    // Every row of A is overused in A: more often in A than B at these sizes.
    for (const [term, a, b] of columns[0].terms) assert.ok(Number(a) > Number(b) || Number(b) === 0, `${term} ${a} ${b}`);
    assert.deepEqual(columns[0].speakers, ["Ines Varga", "Ana Lind"]);
    assert.ok(columns[1].speakers.includes("Tomas Reyes"));
    assert.deepEqual(columns[0].loaded, []);
    assert.ok(columns[1].loaded.includes("insisted"), columns[1].loaded.join(", "));
    await page.screenshot({ path: `${artifactsDir}/compare.png`, fullPage: true });
  });

  test("compare: log-likelihood matches a hand computation", async (t) => {
    const page = await ctx.openPage(t);
    const g2 = await page.evaluate(async () => {
      const { logLikelihood, distinctiveTerms } = await import("/compare/log-likelihood.js");
      const top = distinctiveTerms(new Map([["walk", 10], ["road", 5]]), 1000, new Map([["walk", 1], ["road", 5]]), 1000);
      return { value: logLikelihood(10, 1000, 1, 1000), top };
    });
    // 2 × (10 ln(10/5.5) + 1 ln(1/5.5)) = 8.5465…
    assert.ok(Math.abs(g2.value - 8.5465) < 1e-3, String(g2.value));
    assert.deepEqual(g2.top.map((r) => r.term), ["walk"]);
    assert.equal(g2.top[0].significant, true);
  });
}
