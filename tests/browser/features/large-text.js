// Long texts: a 5 MB article is analysed in the worker with a progress indicator, the page keeps
// responding (typing included), and the reader marks up only what is near the viewport.
import { test } from "node:test";
import assert from "node:assert/strict";
import { artifactsDir } from "../support.js";

export function registerLargeText(ctx) {
  test("large text: 5 MB in the worker, the page stays responsive, the reader stays small", async (t) => {
    const page = await ctx.openPage(t);
    const out = await page.evaluate(async () => {
      const lens = document.getElementById("lens");
      const sample = lens.analyzedText;
      const parts = [];
      for (let i = 0; parts.join("").length < 5 * 1024 * 1024; i++) parts.push(`Part ${i}.\n${sample}\n\n`);
      const text = parts.join("");
      // Measure the longest gap between animation frames while the analysis runs.
      let last = performance.now(), longest = 0, frames = 0, running = true;
      const tick = (now) => {
        longest = Math.max(longest, now - last);
        last = now;
        frames++;
        if (running) requestAnimationFrame(tick);
      };
      const started = performance.now();
      const done = new Promise((resolve) => lens.addEventListener("article-lens-analyzed", (e) => resolve(e.detail), { once: true }));
      // The way a teacher would bring such a text: drop the file.
      const data = new DataTransfer();
      data.items.add(new File([text], "five-megabytes.txt", { type: "text/plain" }));
      document.getElementById("drop-zone").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
      requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
      // The progress indicator shows while the worker runs.
      let busy = false, progressShown = false;
      new MutationObserver(() => {
        if (!lens.hasAttribute("busy")) return;
        busy = true;
        progressShown ||= !lens.shadowRoot.querySelector(".status progress").hidden;
      }).observe(lens, { attributes: true, attributeFilter: ["busy"] });
      const detail = await done;
      const elapsed = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 500));
      running = false;
      const root = lens.shadowRoot;
      return {
        textareaReadOnly: document.getElementById("article-text").readOnly,
        length: text.length, inWorker: detail.inWorker, busy, progressShown, elapsed, longestFrameGap: longest, frames,
        sentences: lens.result.sentences.length, quotes: lens.result.quotes.length,
        chunks: root.querySelectorAll(".chunk").length,
        nodes: root.querySelectorAll(".reader *").length,
      };
    });
    t.diagnostic(`5 MB: ${out.length} chars, ${out.sentences} sentences, ${out.quotes} quotes, analysed and laid out in ${Math.round(out.elapsed)} ms; longest frame gap ${Math.round(out.longestFrameGap)} ms over ${out.frames} frames; ${out.nodes} reader nodes in ${out.chunks} chunks`);
    assert.ok(out.length >= 5 * 1024 * 1024);
    assert.equal(out.inWorker, true);
    assert.equal(out.busy, true, "busy while the worker analyses");
    assert.equal(out.progressShown, true);
    assert.ok(out.nodes < 20_000, `reader nodes: ${out.nodes}`);
    assert.ok(out.longestFrameGap < 500, `main thread blocked for ${Math.round(out.longestFrameGap)} ms`);
    assert.equal(out.textareaReadOnly, true, "megabytes are not pushed into the textarea");
    assert.match(await page.getAttribute("#article-text", "placeholder"), /analysed in full/);

    // Scroll the reader to the middle: that chunk gets its markup, far ones stay plain.
    const middle = await page.evaluate(async () => {
      const lens = document.getElementById("lens");
      const reader = lens.shadowRoot.querySelector(".reader");
      const quote = lens.result.quotes[Math.floor(lens.result.quotes.length / 2)];
      lens.reveal(quote.start, quote.end);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const marks = [...reader.querySelectorAll("mark.quote")].map((m) => Number(m.dataset.quote));
      return { hasTarget: marks.includes(lens.result.quotes.indexOf(quote)), rich: reader.querySelectorAll(".chunk .s").length, nodes: reader.querySelectorAll("*").length };
    });
    assert.equal(middle.hasTarget, true);
    assert.ok(middle.nodes < 20_000, `reader nodes after scrolling: ${middle.nodes}`);
    // Large counts read with thousands separators everywhere, as in the panels' figure cards.
    const counts = await page.evaluate(() => {
      const root = document.getElementById("lens").shadowRoot;
      return { summary: root.querySelector(".summary").textContent, speaker: root.querySelector(".speakers li")?.textContent ?? "" };
    });
    assert.match(counts.summary, /\d{1,3}(,\d{3})+ sentences · \d{1,3}(,\d{3})+ words · \d{1,3}(,\d{3})+ direct quotes/, counts.summary);
    assert.match(counts.speaker, /\d{1,3}(,\d{3})+ direct · \d{1,3}(,\d{3})+ reported/, counts.speaker);
    await page.screenshot({ path: `${artifactsDir}/large-text-5mb.png` });
  });

  test("large text: typing in a 300 KB article stays prompt while the worker re-analyses", async (t) => {
    const page = await ctx.openPage(t);
    const text = await page.evaluate(() => {
      const sample = document.getElementById("lens").analyzedText;
      return Array.from({ length: 100 }, (_, i) => `Part ${i}.\n${sample}`).join("\n\n");
    });
    await page.fill("#article-text", text);
    await page.waitForFunction((n) => document.getElementById("lens").analyzedText.length === n, text.length, { timeout: 60_000 });
    await page.focus("#article-text");
    await page.evaluate(() => document.getElementById("article-text").setSelectionRange(0, 0));
    const delays = [];
    for (const key of "News: ") {
      const t0 = Date.now();
      await page.keyboard.type(key);
      delays.push(Date.now() - t0);
    }
    t.diagnostic(`typing into a ${text.length}-character article: ${delays.join(", ")} ms per key`);
    assert.ok(Math.max(...delays) < 250, `typing delays ${delays}`);
    await page.waitForFunction(() => document.getElementById("lens").analyzedText.startsWith("News: "), null, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => document.getElementById("lens").result.stats.utf16Length), text.length + 6);
  });
}
