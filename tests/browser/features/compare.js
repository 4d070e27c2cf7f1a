// Feature 6: comparing two articles — distinctive words by log-likelihood, quotes by kind, sources
// by kind with their quoted shares, loaded verbs (reported speech shown without quotation marks).
import { test } from "node:test";
import assert from "node:assert/strict";
import { artifactsDir, fixture, fixtureText, projectRoot } from "../support.js";

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
      badges: Object.fromEntries([...col.querySelectorAll(".compare-speakers li")].map((li) => [li.querySelector("strong").textContent,
        `${li.querySelector(".badge").dataset.letter} ${li.querySelector(".badge").style.getPropertyValue("--speaker-colour")}`])),
      loaded: [...col.querySelectorAll(".loaded-verbs .cue-loaded")].map((s) => s.textContent),
      loadedItems: [...col.querySelectorAll(".loaded-verbs li")].map((li) => ({ kind: li.dataset.kind, marks: li.querySelectorAll("q").length, text: li.textContent })),
      quotes: col.querySelector(".compare-quotes").textContent, sources: col.querySelector(".compare-sources").textContent,
      speakerLines: [...col.querySelectorAll(".compare-speakers li")].map((li) => ({ kind: li.dataset.kind, text: li.textContent, bar: li.querySelector(".bar")?.style.getPropertyValue("--share") ?? null })),
    })));
    const results = await page.evaluate(async (root) => {
      const { createAnalyzer } = await import(`/@fs${root}wasm/index.js`);
      const lens = await createAnalyzer();
      return [document.getElementById("compare-a").value, document.getElementById("compare-b").value].map((text) => lens.analyze(text, { keywords: { top: 100000 } }));
    }, projectRoot);
    columns.forEach((column, i) => {
      const { stats, speakers } = results[i];
      assert.equal(column.quotes, `Quotes: ${stats.directQuotes} direct · ${stats.indirectQuotes} reported · ${stats.unattributedQuotes} without a speaker · ${stats.scareQuotes} scare quotes or titles`);
      assert.equal(column.sources, `Sources: ${stats.namedSources} named · ${stats.describedSources} groups described · ${stats.anonymousSources} anonymous`);
      speakers.forEach((speaker, k) => {
        const line = column.speakerLines[k];
        assert.equal(line.kind, speaker.anonymous ? "anonymous" : speaker.described ? "described" : "named");
        assert.ok(line.text.includes(`${speaker.directQuotes} direct, ${speaker.indirectQuotes} reported`), line.text);
        assert.equal(line.bar, speaker.words ? `${Math.round((speaker.words / stats.quotedWords) * 100)}%` : null);
      });
    });
    assert.equal(columns.length, 2);
    const termsA = columns[0].terms.map((row) => row[0].replace(" *", ""));
    const termsB = columns[1].terms.map((row) => row[0].replace(" *", ""));
    assert.ok(termsA.some((t) => /walk/.test(t)), termsA.join(", "));
    assert.ok(termsB.some((t) => /trader|shop|customer/.test(t)), termsB.join(", "));
    // Every row of A is overused in A: more often in A than B at these sizes.
    for (const [term, a, b] of columns[0].terms) assert.ok(Number(a) > Number(b) || Number(b) === 0, `${term} ${a} ${b}`);
    assert.deepEqual(columns[0].speakers, ["Ines Varga", "Ana Lind"]);
    assert.ok(columns[1].speakers.includes("Tomas Reyes"));
    // A speaker quoted by both outlets has the same letter and colour on both sides; different speakers differ.
    assert.ok(columns[1].speakers.includes("Ines Varga"));
    assert.equal(columns[1].badges["Ines Varga"], columns[0].badges["Ines Varga"]);
    const allBadges = { ...columns[0].badges, ...columns[1].badges };
    assert.equal(new Set(Object.values(allBadges)).size, Object.keys(allBadges).length, JSON.stringify(allBadges));
    assert.deepEqual(columns[0].loaded, []);
    assert.ok(columns[1].loaded.includes("insisted"), columns[1].loaded.join(", "));
    // B's tags: the shop owners are a group described, the councillor an anonymous source.
    assert.ok(columns[1].speakerLines.some((l) => l.text.startsWith("Shop owners (group described)")), JSON.stringify(columns[1].speakerLines));
    assert.ok(columns[1].speakerLines.some((l) => l.text.startsWith("one councillor (anonymous)")));
    // Direct quotes keep their marks; reported speech ("claimed that ...") is shown without them.
    const claimed = columns[1].loadedItems.find((item) => item.text.startsWith("claimed"));
    assert.deepEqual([claimed.kind, claimed.marks], ["indirect", 0]);
    assert.match(claimed.text, /\(reported, without quotation marks\) sales could fall by a third/);
    const insisted = columns[1].loadedItems.find((item) => item.text.startsWith("insisted"));
    assert.deepEqual([insisted.kind, insisted.marks], ["direct", 1]);
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
