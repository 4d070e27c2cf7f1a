// Feature 11: interface strings live in one file per language; the page shows no empty label.
import { test } from "node:test";
import assert from "node:assert/strict";

export function registerStrings(ctx) {
  test("strings: every label comes from the language file and every language has every key", async (t) => {
    const page = await ctx.openPage(t);
    const report = await page.evaluate(async () => {
      const { UI_LANGUAGES } = await import("/element/i18n/index.js");
      const en = UI_LANGUAGES.en;
      const keysOf = (o, prefix = "") => Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === "object" && !Array.isArray(v) ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]);
      const missingInPage = [...document.querySelectorAll("[data-i18n]")].filter((n) => !(n.dataset.i18n in en.page)).map((n) => n.dataset.i18n);
      const empty = [...document.querySelectorAll("[data-i18n]")].filter((n) => !n.textContent.trim()).map((n) => n.dataset.i18n);
      const reference = keysOf(en).sort();
      const mismatched = Object.entries(UI_LANGUAGES).filter(([, s]) => JSON.stringify(keysOf(s).sort()) !== JSON.stringify(reference)).map(([code]) => code);
      return { missingInPage, empty, mismatched, languages: Object.keys(UI_LANGUAGES) };
    });
    assert.deepEqual(report.missingInPage, []);
    assert.deepEqual(report.empty, []);
    assert.deepEqual(report.mismatched, []);
    assert.ok(report.languages.includes("en"));
  });
}
