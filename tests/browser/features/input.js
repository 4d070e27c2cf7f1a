// Feature 1: input — paste, upload or drop .txt/.md/.html/.docx/.pdf, the sample, and clear
// messages for empty, binary and oversized files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { artifactsDir, fixture, sampleText, waitForAnalysis } from "../support.js";
import { createAnalyzer } from "../../../wasm/node.js";

const status = (page) => page.textContent("#status");

async function upload(page, name) {
  await page.setInputFiles("#upload", fixture(name));
  await page.waitForFunction((n) => /Loaded|not|empty|no text|could not/i.test(document.getElementById("status").textContent)
    && document.getElementById("status").textContent.includes(n), name);
}

export function registerInput(ctx) {
  test("input: the sample loads on start and pasted text is analysed after a pause", async (t) => {
    const page = await ctx.openPage(t);
    assert.equal(await page.inputValue("#article-text"), sampleText());
    await page.fill("#article-text", "“We will build it,” said Mayor Ines Varga.");
    await waitForAnalysis(page, "We will build it");
    const speakers = await page.$$eval(".speaker .name", (nodes) => nodes.map((n) => n.textContent));
    assert.deepEqual(speakers, ["Ines Varga"]);
    await page.click("#clear-text");
    await page.waitForFunction(() => document.getElementById("lens").analyzedText === "");
    assert.match(await page.textContent("article-lens .summary"), /No text yet/);
    await page.click("#load-sample");
    await waitForAnalysis(page, "Lukashenko meets");
    assert.match(await status(page), /sample/);
  });

  test("input: every supported language can be chosen, and quoted passages can count as one sentence", async (t) => {
    const page = await ctx.openPage(t);
    await page.waitForFunction(() => document.getElementById("language").options.length > 20);
    const codes = await page.$$eval("#language option", (options) => options.map((o) => o.value));
    const { languages } = await createAnalyzer();
    assert.deepEqual(codes.slice(1).sort(), [...languages].sort());
    assert.equal(codes[0], "auto");
    assert.match(await page.textContent("#language option[value=de]"), /Deutsch/);
    await page.selectOption("#language", "de");
    await page.fill("#article-text", "„Wir sind fertig. Wir gehen nach Hause“, sagte Anna Schmidt. Dann ging sie.");
    await waitForAnalysis(page, "Wir sind fertig");
    const sentences = () => page.evaluate(() => document.getElementById("lens").result);
    let result = await sentences();
    assert.equal(result.language, "de");
    assert.equal(result.sentences.length, 3);
    await page.check("#whole-quotations");
    await page.waitForFunction(() => document.getElementById("lens").result?.sentences.length === 2);
    result = await sentences();
    assert.equal(result.quotes[0].speaker, "Anna Schmidt");
  });

  test("input: .txt, .md, .html, .docx and .pdf uploads become text; HTML scripts and handlers never run", async (t) => {
    const page = await ctx.openPage(t);
    await page.evaluate(() => { window.__injected = false; });
    const expectations = {
      "outlet_a.txt": ["Seafront closure hailed", "Ana Lind"],
      "article.md": ["Harbour town votes", "Tomas Reyes"],
      "evil.html": ["Harbour town votes", "Tomas Reyes"],
      "article.docx": ["Harbour town votes", "Tomas Reyes"],
      "article.pdf": ["Harbour town votes", "Tomas Reyes"],
    };
    for (const [name, [headline, speaker]] of Object.entries(expectations)) {
      await upload(page, name);
      assert.match(await status(page), new RegExp(`Loaded ${name.replace(".", "\\.")}`));
      const text = await page.inputValue("#article-text");
      assert.ok(text.startsWith(headline), `${name}: ${text.slice(0, 80)}`);
      await waitForAnalysis(page, headline);
      const speakers = await page.$$eval(".speaker .name", (nodes) => nodes.map((n) => n.textContent));
      assert.ok(speakers.includes(speaker), `${name}: speakers ${speakers}`);
      if (name === "article.md") assert.ok(!/[*#\[\]]|example\.org/.test(text), `markdown syntax left: ${text}`);
      if (name === "evil.html") {
        assert.ok(!/injected|SCRIPT RAN|background: red|Home \| News/.test(text), `HTML leftovers: ${text}`);
      }
      if (name === "article.pdf") assert.equal(await page.isChecked("#hard-wrap"), true, "PDF text is hard-wrapped");
    }
    assert.equal(await page.evaluate(() => window.__injected), false, "nothing from the HTML ran");
    assert.notEqual(await page.title(), "SCRIPT RAN");
    await page.screenshot({ path: `${artifactsDir}/input-uploaded-pdf.png` });
  });

  test("input: a dropped file is read like an upload", async (t) => {
    const page = await ctx.openPage(t);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(["“Dropped in,” said Ana Lind."], "dropped.txt", { type: "text/plain" }));
      document.getElementById("drop-zone").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await waitForAnalysis(page, "Dropped in");
    assert.match(await status(page), /Loaded dropped\.txt/);
  });

  test("input: empty, binary and oversized files are refused with a message and nothing is cut", async (t) => {
    const page = await ctx.openPage(t);
    const before = await page.inputValue("#article-text");
    await upload(page, "empty.txt");
    assert.match(await status(page), /empty\.txt is empty/);
    await upload(page, "binary.bin");
    assert.match(await status(page), /binary\.bin is not a text file/);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(31 * 1024 * 1024).fill(65)], "huge.txt", { type: "text/plain" }));
      document.getElementById("drop-zone").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.getElementById("status").textContent.includes("huge.txt"));
    assert.match(await status(page), /huge\.txt is 31\.0 MB; files up to 30\.0 MB can be read\. Nothing was loaded\./);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "archive.docx"));
      document.getElementById("drop-zone").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => /^(?!Reading).*archive\.docx/.test(document.getElementById("status").textContent));
    assert.match(await status(page), /archive\.docx could not be read as a Word document/);
    assert.equal(await page.inputValue("#article-text"), before, "the text is unchanged after refusals");
  });
}
