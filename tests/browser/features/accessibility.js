// Feature 10: accessible — keyboard operable, ARIA roles, no serious axe-core violations, a second
// cue besides colour (tested in reader.js), readable at 200 % zoom and at phone width.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { artifactsDir, fixtureText, projectRoot, waitForAnalysis } from "../support.js";

const axeSource = readFileSync(`${projectRoot}node_modules/axe-core/axe.min.js`, "utf8");

async function axe(page, label) {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => window.axe.run(document, { resultTypes: ["violations"] }));
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const describe = (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`;
  assert.deepEqual(serious.map(describe), [], `${label}: serious accessibility violations`);
  return results.violations.map(describe);
}

export function registerAccessibility(ctx) {
  test("accessibility: axe-core finds no serious violations in any mode or panel", async (t) => {
    const page = await ctx.openPage(t);
    const minor = [];
    minor.push(...await axe(page, "analyse / sources"));
    await page.click("article-lens .tab[data-panel=keywords]");
    await page.click("table.keywords tbody tr:first-child .term");
    minor.push(...await axe(page, "keywords with KWIC"));
    await page.click("article-lens .tab[data-panel=structure]");
    minor.push(...await axe(page, "structure"));
    await page.click(".mode[data-mode=compare]");
    await page.fill("#compare-a", fixtureText("outlet_a.txt"));
    await page.fill("#compare-b", fixtureText("outlet_b.txt"));
    await page.click("#compare-run");
    await page.waitForSelector("body[data-compared=true]");
    minor.push(...await axe(page, "compare"));
    await page.click(".mode[data-mode=exercise]");
    await page.click("#exercise-check");
    minor.push(...await axe(page, "exercise"));
    if (minor.length) t.diagnostic(`minor or moderate findings: ${[...new Set(minor)].join("; ")}`);
  });

  test("accessibility: everything is reachable and operable with the keyboard", async (t) => {
    const page = await ctx.openPage(t);
    const focused = () => page.evaluate(() => {
      let node = document.activeElement;
      while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
      return { id: node?.id, text: node?.textContent?.trim().slice(0, 40), role: node?.getAttribute("role"), cls: node?.className };
    });
    // Skip link first, then the modes.
    await page.keyboard.press("Tab");
    assert.equal((await focused()).text, "Skip to the content");
    await page.keyboard.press("Tab");
    assert.equal((await focused()).text, "Analyse");
    // Tab along until the element's tabs; arrows move between them.
    let guard = 0;
    while ((await focused()).role !== "tab" && guard++ < 40) await page.keyboard.press("Tab");
    assert.equal((await focused()).text, "Sources");
    await page.keyboard.press("ArrowRight");
    assert.equal((await focused()).text, "Keywords");
    assert.equal(await page.getAttribute("article-lens", "panel"), "keywords");
    // Into the panel, pick the first keyword with Enter: its KWIC heading takes the focus.
    guard = 0;
    while (!String((await focused()).cls).includes("term") && guard++ < 10) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.match((await focused()).text, /in context/);
    // The reader's quote navigation moves the focus to the quote's sentence.
    await page.focus("article-lens .nav-quote:last-of-type");
    await page.keyboard.press("Enter");
    assert.match((await focused()).cls, /\bs\b/);
    // The navigation steps through every quote the reader marks: direct, indirect and scare.
    const { quotes } = await page.evaluate(() => document.getElementById("lens").result);
    assert.ok(quotes.length > 5);
    const kind = { direct: "", indirect: " (reported speech)" }[quotes[0].kind];
    assert.equal(await page.textContent("article-lens .status-text"), `Quote 1 of ${quotes.length}${kind}: ${quotes[0].speaker}.`);
    // Mode buttons work with Space.
    await page.focus(".mode[data-mode=compare]");
    await page.keyboard.press("Space");
    assert.equal(await page.isVisible("#mode-compare"), true);
  });

  test("accessibility: no sideways scrolling at 200 % zoom or phone width, in every mode and panel", async (t) => {
    for (const [name, viewport] of [["zoom-200", { width: 640, height: 500 }], ["phone", { width: 375, height: 740 }]]) {
      const page = await ctx.openPage(t, { viewport });
      const overflow = async (where) => {
        const px = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(px <= 0, `${name}, ${where}: ${px}px of horizontal overflow`);
      };
      await overflow("analyse");
      await page.screenshot({ path: `${artifactsDir}/layout-${name}.png`, fullPage: false });
      // The sample has one speaker; two outlets give every kind of source.
      await page.fill("#article-text", `${fixtureText("outlet_a.txt")}\n\n${fixtureText("outlet_b.txt")}`);
      await waitForAnalysis(page, "Traders fear ruin");
      await overflow("sources");
      await page.locator("article-lens").screenshot({ path: `${artifactsDir}/layout-${name}-analyse-sources.png` });
      for (const panel of ["keywords", "structure"]) {
        await page.click(`article-lens .tab[data-panel=${panel}]`);
        if (panel === "keywords") await page.click("table.keywords tbody tr:first-child .term");
        await overflow(panel);
        await page.locator("article-lens .side").screenshot({ path: `${artifactsDir}/layout-${name}-${panel}.png` });
      }
      await page.click(".mode[data-mode=compare]");
      await page.fill("#compare-a", fixtureText("outlet_a.txt"));
      await page.fill("#compare-b", fixtureText("outlet_b.txt"));
      await page.click("#compare-run");
      await page.waitForSelector("body[data-compared=true]");
      await overflow("compare");
      await page.screenshot({ path: `${artifactsDir}/layout-${name}-compare.png`, fullPage: true });
      await page.click(".mode[data-mode=exercise]");
      await page.click("#exercise-check");
      await overflow("exercise");
      await page.screenshot({ path: `${artifactsDir}/layout-${name}-exercise.png`, fullPage: true });
    }
  });
}
