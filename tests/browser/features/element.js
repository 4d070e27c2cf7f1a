// The <article-lens> element as a package user meets it: light-DOM text or a property, options
// as attributes, a read-only result, events that bubble out of the shadow root, theming.
import { test } from "node:test";
import assert from "node:assert/strict";
import { projectRoot } from "../support.js";

export function registerElement(ctx) {
  test("element: light-DOM text, attributes, read-only result, composed events, theming, guarded define", async (t) => {
    const page = await ctx.openPage(t);
    const out = await page.evaluate(async () => {
      await import("/element/define.js"); // a second import must not throw
      const host = document.createElement("div");
      document.body.append(host);
      const events = [];
      host.addEventListener("article-lens-analyzed", (e) => events.push({ type: e.type, composed: e.composed, quotes: e.detail.result.quotes.length }));
      host.addEventListener("article-lens-error", (e) => events.push({ type: e.type, message: e.detail.message }));
      const lens = document.createElement("article-lens");
      lens.setAttribute("keywords", "3");
      lens.setAttribute("panel", "keywords");
      lens.style.setProperty("--article-lens-accent", "rgb(200, 0, 100)");
      lens.textContent = "“We are ready,” said Ana Lind. The ferry leaves at noon. The ferry is late.";
      const analysed = new Promise((resolve) => lens.addEventListener("article-lens-analyzed", resolve, { once: true }));
      host.append(lens);
      await analysed;
      const first = { keywords: lens.result.keywords.length, speakers: lens.result.speakers.map((s) => s.name), panel: lens.shadowRoot.querySelector("[role=tab][aria-selected=true]").textContent };
      let assignmentThrew = false;
      try { (function strict() { "use strict"; lens.result = null; })(); } catch { assignmentThrew = true; }
      // Light-DOM edits re-analyse.
      const again = new Promise((resolve) => lens.addEventListener("article-lens-analyzed", resolve, { once: true }));
      lens.textContent = "“Second,” said Tomas Reyes.";
      await again;
      const second = lens.result.speakers.map((s) => s.name);
      // A bad language code comes back as an error event.
      const failed = new Promise((resolve) => lens.addEventListener("article-lens-error", resolve, { once: true }));
      lens.language = "xx";
      await failed;
      const accent = getComputedStyle(lens.shadowRoot.querySelector(".tab[aria-selected=true]")).boxShadow;
      return { first, second, assignmentThrew, stillThere: lens.result !== null, events, accent,
        parts: [...lens.shadowRoot.querySelectorAll("[part]")].map((n) => n.getAttribute("part")) };
    });
    assert.deepEqual(out.first, { keywords: 3, speakers: ["Ana Lind"], panel: "Keywords" });
    assert.equal(out.assignmentThrew, true, "result is read-only");
    assert.equal(out.stillThere, true);
    assert.deepEqual(out.second, ["Tomas Reyes"]);
    assert.deepEqual(out.events.slice(0, 2).map((e) => [e.type, e.composed]), [["article-lens-analyzed", true], ["article-lens-analyzed", true]]);
    assert.equal(out.events[2].type, "article-lens-error");
    assert.match(out.events[2].message, /xx/);
    assert.match(out.accent, /rgb\(200, 0, 100\)/);
    for (const part of ["status", "summary", "reader", "reader-text", "tabs", "panel"]) assert.ok(out.parts.includes(part), part);
  });

  test("element: the worker client aborts and reports progress", async (t) => {
    const page = await ctx.openPage(t);
    const out = await page.evaluate(async (root) => {
      const { createWorkerAnalyzer } = await import(`/@fs${root}wasm/worker-client.js`);
      const lens = createWorkerAnalyzer();
      const stages = [];
      const controller = new AbortController();
      const aborted = lens.analyze("“One,” said Ana Lind.", {}, { signal: controller.signal }).then(() => "resolved", (e) => e.name);
      controller.abort();
      const result = await lens.analyze("“Two,” said Ana Lind.", {}, { onProgress: (s) => stages.push(s) });
      lens.terminate();
      return { aborted: await aborted, speaker: result.quotes[0].speaker, text: result.quotes[0].text, stages };
    }, projectRoot);
    assert.deepEqual(out, { aborted: "AbortError", speaker: "Ana Lind", text: "Two,", stages: ["loading", "analysing", "packing", "unpacking"] });
  });
}
