// Feature 3: the sources panel — the core's figures (direct, reported, scare quotes, quotes without
// a speaker, named, described and anonymous sources, loaded cues), each speaker in their group
// with direct/reported counts, share bar and cue verbs, and a click that highlights their quotes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { artifactsDir, fixtureText, waitForAnalysis } from "../support.js";

const facts = (page) => page.$$eval("article-lens .panel .facts div", (nodes) => Object.fromEntries(nodes.map((n) => [n.dataset.fact, n.querySelector("dd").textContent])));

export function registerSources(ctx) {
  test("sources: named, described and anonymous sources, direct and reported counts, verbs, shares", async (t) => {
    const page = await ctx.openPage(t);
    await page.fill("#article-text", fixtureText("outlet_b.txt"));
    await waitForAnalysis(page, "Traders fear ruin");
    const result = await page.evaluate(() => document.getElementById("lens").result);
    const { stats } = result;
    assert.deepEqual(await facts(page), {
      "quoted-share": `${Math.round(stats.quotedShare * 100)}%`,
      direct: String(stats.directQuotes), indirect: String(stats.indirectQuotes),
      unattributed: String(stats.unattributedQuotes), scare: String(stats.scareQuotes),
      loaded: `${stats.loadedCues} of ${stats.loadedCues + stats.neutralCues}`,
      named: String(stats.namedSources), described: String(stats.describedSources), anonymous: String(stats.anonymousSources),
    });
    // This article has all three kinds of source; each group lists its speakers in text order.
    assert.deepEqual([stats.namedSources, stats.describedSources, stats.anonymousSources].map(Boolean), [true, true, true]);
    const groups = await page.$$eval("article-lens .panel ul.speakers", (lists) => lists.map((ul) => ({
      kind: ul.dataset.kind, label: ul.getAttribute("aria-label"),
      rows: [...ul.children].map((li) => ({
        index: Number(li.querySelector(".speaker").dataset.speakerIndex),
        name: li.querySelector(".name").textContent, counts: li.querySelector(".counts").textContent,
        bar: li.querySelector(".bar")?.style.getPropertyValue("--share") ?? null, verbs: li.querySelector(".verbs")?.textContent ?? "",
      })),
    })));
    const kindOf = (s) => (s.anonymous ? "anonymous" : s.described ? "described" : "named");
    assert.deepEqual(groups.map((g) => g.kind), ["named", "described", "anonymous"]);
    assert.deepEqual(groups.map((g) => g.label), [`Named sources (${stats.namedSources})`,
      `Groups and bodies described, not named (${stats.describedSources})`, `Anonymous sources (${stats.anonymousSources})`]);
    for (const group of groups) {
      const expected = result.speakers.map((s, i) => ({ s, i })).filter(({ s }) => kindOf(s) === group.kind);
      assert.deepEqual(group.rows.map((r) => r.index), expected.map(({ i }) => i));
      for (const row of group.rows) {
        const speaker = result.speakers[row.index];
        assert.equal(row.name, speaker.name);
        // The share is of every word inside quotation marks, attributed or not.
        const share = `${Math.round((speaker.words / stats.quotedWords) * 100)}%`;
        if (speaker.words) {
          assert.equal(row.counts, `${speaker.directQuotes} direct · ${speaker.indirectQuotes} reported · ${speaker.words} words quoted (${share} of all words in quotation marks)`);
          assert.equal(row.bar, share);
        } else {
          assert.equal(row.counts, `${speaker.directQuotes} direct · ${speaker.indirectQuotes} reported`);
          assert.equal(row.bar, null, "no bar for a speaker with no words in quotation marks");
        }
        // Every cue verb the core lists for this speaker is shown, with how often it is used.
        for (const cue of speaker.cues) assert.ok(row.verbs.includes(cue), `${speaker.name}: ${cue} in "${row.verbs}"`);
      }
    }
    // Tomas Reyes: two direct quotes, one introduced with a loaded verb, one following on.
    const reyes = groups[0].rows.find((r) => r.name === "Tomas Reyes");
    assert.equal(reyes.verbs, "introduced with: insisted · 1 more quote follows on without a verb");
    assert.equal(await page.$eval("article-lens .panel .speakers .cue-loaded", (n) => n.textContent), "insisted");
    await page.locator("article-lens .side").screenshot({ path: `${artifactsDir}/panel-sources-groups.png` });
  });

  test("sources: quotes without a speaker and scare quotes are listed and lead to the reader", async (t) => {
    const page = await ctx.openPage(t);
    const text = fixtureText("harbour_scare_quotes.txt");
    await page.fill("#article-text", text);
    await waitForAnalysis(page, "Harbour reopens");
    const result = await page.evaluate(() => document.getElementById("lens").result);
    const lists = await page.$$eval("article-lens .panel .quote-list", (ols) => ols.map((ol) => [ol.className, [...ol.querySelectorAll("li")].map((li) => li.textContent)]));
    const unattributed = result.quotes.filter((q) => q.kind === "direct" && q.speakerIndex === null);
    const scare = result.quotes.filter((q) => q.kind === "scare");
    assert.equal(unattributed.length, result.stats.unattributedQuotes);
    assert.ok(unattributed.length > 0 && scare.length > 0, "the fixture has both");
    assert.deepEqual(lists, [
      ["quote-list quote-list-unattributed", unattributed.map((q) => `“${q.text}”`)],
      ["quote-list quote-list-scare", scare.map((q) => `“${q.text}”`)],
    ]);
    // The one named speaker's share leaves room for the words nobody is named for.
    const [speaker] = result.speakers;
    const share = Math.round((speaker.words / result.stats.quotedWords) * 100);
    assert.ok(share < 100, `${speaker.words} of ${result.stats.quotedWords}`);
    assert.match(await page.textContent("article-lens .panel .speakers .counts"), new RegExp(`\\(${share}% of all words in quotation marks\\)`));
    // Picking a scare quote shows it in the reader, marked as scare quotes.
    await page.click("article-lens .quote-list-scare li:last-child button");
    const sentence = await page.evaluate(() => {
      const node = document.getElementById("lens").shadowRoot.activeElement;
      return { text: node?.textContent ?? "", scare: [...(node?.querySelectorAll("mark.quote-scare") ?? [])].map((m) => m.textContent) };
    });
    assert.ok(sentence.scare.includes(text.slice(scare.at(-1).start, scare.at(-1).end)), JSON.stringify(sentence));
    await page.locator("article-lens .side").screenshot({ path: `${artifactsDir}/panel-sources-unattributed-scare.png` });
  });

  test("sources: a click highlights one speaker's quotes, a second click clears it", async (t) => {
    const page = await ctx.openPage(t);
    await page.fill("#article-text", fixtureText("outlet_a.txt"));
    await waitForAnalysis(page, "Seafront closure");
    const second = page.locator('.speaker[data-speaker-index="1"]');
    await second.click();
    assert.equal(await page.getAttribute('.speaker[data-speaker-index="1"]', "aria-pressed"), "true");
    const marks = await page.$$eval("mark.quote", (nodes) => nodes.map((m) => [m.dataset.speakerIndex, m.classList.contains("active"), getComputedStyle(m).opacity]));
    assert.ok(marks.some(([index]) => index === "1") && marks.some(([index]) => index !== "1"));
    for (const [index, active, opacity] of marks) {
      assert.equal(active, index === "1");
      assert.equal(opacity, index === "1" ? "1" : "0.35");
    }
    await page.screenshot({ path: `${artifactsDir}/panel-sources.png` });
    await page.locator('.speaker[data-speaker-index="1"]').click();
    assert.equal(await page.$$eval("mark.quote.active", (n) => n.length), 0, "a second click clears the highlight");
  });
}
