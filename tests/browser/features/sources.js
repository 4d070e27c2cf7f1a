// Feature 3: the sources panel — speakers with direct/indirect counts and shares, named vs
// anonymous, the share of quoted words, and a click that highlights one speaker's quotes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { artifactsDir, fixtureText, waitForAnalysis } from "../support.js";

export function registerSources(ctx) {
  test("sources: counts, shares and a click that highlights one speaker's quotes", async (t) => {
    const page = await ctx.openPage(t);
    await page.fill("#article-text", fixtureText("outlet_a.txt"));
    await waitForAnalysis(page, "Seafront closure");
    const result = await page.evaluate(() => document.getElementById("lens").result);
    const facts = await page.$$eval(".facts div", (nodes) => Object.fromEntries(nodes.map((n) => [n.querySelector("dt").textContent, n.querySelector("dd").textContent])));
    assert.equal(facts["Words inside quotation marks"], `${Math.round(result.stats.quotedShare * 100)}%`);
    assert.equal(facts["Named sources"], String(result.speakers.filter((s) => !s.anonymous).length));
    assert.equal(facts["Anonymous sources"], String(result.speakers.filter((s) => s.anonymous).length));
    const rows = await page.$$eval(".speakers li", (items) => items.map((li) => ({
      name: li.querySelector(".name").textContent, counts: li.querySelector(".counts").textContent,
      bar: li.querySelector(".bar").style.getPropertyValue("--share"),
    })));
    assert.equal(rows.length, result.speakers.length);
    result.speakers.forEach((speaker, i) => {
      assert.equal(rows[i].name, speaker.name);
      assert.match(rows[i].counts, new RegExp(`^${speaker.directQuotes} direct, ${speaker.indirectQuotes} indirect`));
      assert.equal(rows[i].bar, `${Math.round(speaker.share * 100)}%`);
    });
    // Pick the second speaker: only their quotes stay highlighted.
    const second = page.locator('.speaker[data-speaker-index="1"]');
    await second.click();
    assert.equal(await page.getAttribute('.speaker[data-speaker-index="1"]', "aria-pressed"), "true");
    const marks = await page.$$eval("mark.quote", (nodes) => nodes.map((m) => [m.dataset.speakerIndex, m.classList.contains("active"), getComputedStyle(m).opacity]));
    for (const [index, active, opacity] of marks) {
      assert.equal(active, index === "1");
      assert.equal(opacity, index === "1" ? "1" : "0.35");
    }
    await page.screenshot({ path: `${artifactsDir}/panel-sources.png` });
    await page.locator('.speaker[data-speaker-index="1"]').click();
    assert.equal(await page.$$eval("mark.quote.active", (n) => n.length), 0, "a second click clears the highlight");
  });
}
