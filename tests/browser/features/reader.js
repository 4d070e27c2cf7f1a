// Feature 2: the reader — sentence numbers on hover, direct quotes coloured per speaker with a
// letter badge, indirect speech underlined, scare quotes marked differently, cue verbs by tone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { artifactsDir, fixtureText, projectRoot, sampleText, waitForAnalysis } from "../support.js";

const expected = JSON.parse(readFileSync(`${projectRoot}tests/fixtures/belta-lukashenko-security-council.expected.json`, "utf8"));

export function registerReader(ctx) {
  test("reader: the sample's quotes are highlighted whole, per speaker, and the text is intact", async (t) => {
    const page = await ctx.openPage(t);
    const text = sampleText();
    assert.equal(await page.evaluate(() => document.getElementById("lens").shadowRoot.querySelector(".reader").textContent), text);
    // Each quote's marks, joined, by kind: the five direct quotes are the fixture's, and the reported
    // speech the analysis found is marked as indirect, whole.
    const marked = await page.$$eval("mark.quote", (marks) => {
      const byId = {};
      for (const m of marks) byId[m.dataset.quote] = { kind: m.dataset.kind, text: (byId[m.dataset.quote]?.text ?? "") + m.textContent };
      return Object.values(byId);
    });
    const ofKind = (kind) => marked.filter((m) => m.kind === kind).map((m) => m.text);
    assert.deepEqual(ofKind("direct"), expected.quotes.map((q) => text.slice(q.start, q.end)));
    const result = await page.evaluate(() => document.getElementById("lens").result);
    const indirect = result.quotes.filter((q) => q.kind === "indirect");
    assert.equal(indirect.length, expected.reportedSpeech.length);
    assert.deepEqual(ofKind("indirect"), indirect.map((q) => text.slice(q.start, q.end)));
    assert.deepEqual(ofKind("scare"), []);
    const sentences = await page.$$eval(".reader .s", (nodes) => nodes.length);
    assert.equal(sentences, expected.sentences.length);
    // Hovering a sentence shows its number.
    const sentence = page.locator('.reader .s[data-n="12"]');
    await sentence.hover();
    const label = await sentence.evaluate((node) => getComputedStyle(node, "::before").content);
    assert.equal(label, '"12"');
    await page.screenshot({ path: `${artifactsDir}/reader-sample-hover.png` });
  });

  test("reader: two speakers get different colours and letters; loaded cue verbs are marked apart", async (t) => {
    const page = await ctx.openPage(t);
    await page.fill("#article-text", fixtureText("outlet_a.txt") + "\n\n" + fixtureText("outlet_b.txt"));
    await waitForAnalysis(page, "Traders fear ruin");
    // Badges of indirect speech carry the speaker's letter with "›" and the same colour.
    const badges = await page.$$eval(".reader .badge", (nodes) => nodes.map((n) => [n.dataset.letter, getComputedStyle(n, "::before").backgroundColor]));
    const bySpeaker = new Map();
    for (const [letter, colour] of badges) {
      const speaker = letter.replace("›", "");
      if (bySpeaker.has(speaker)) assert.equal(bySpeaker.get(speaker), colour, `speaker ${speaker} keeps one colour`);
      bySpeaker.set(speaker, colour);
    }
    const result = await page.evaluate(() => document.getElementById("lens").result);
    assert.deepEqual(result.speakers.map((s) => s.name),
      ["Ines Varga", "Ana Lind", "Shop owners", "Tomas Reyes", "the traders' association", "one councillor"]);
    assert.equal(bySpeaker.size, result.speakers.length, `letters ${[...bySpeaker.keys()]}`);
    assert.equal(new Set(bySpeaker.values()).size, bySpeaker.size, "each speaker letter has its own colour");
    const cues = await page.$$eval(".reader .cue", (nodes) => nodes.map((n) => [n.textContent, n.dataset.tone, getComputedStyle(n, "::after").content]));
    const loaded = cues.filter(([, tone]) => tone === "loaded");
    assert.ok(loaded.some(([word]) => word === "insisted"), JSON.stringify(cues));
    for (const [, , after] of loaded) assert.equal(after, '"!"', "loaded verbs carry a second cue besides colour");
    for (const [, tone, after] of cues.filter(([, tone]) => tone === "neutral")) assert.equal(after, "none", tone);
    await page.locator("article-lens .reader").screenshot({ path: `${artifactsDir}/reader-two-outlets.png` });
  });

  test("reader: the analysis's indirect speech is underlined and its scare quotes are marked apart", async (t) => {
    const page = await ctx.openPage(t);
    const text = "The mayor said that the road would close in June. Critics have read “Walkable Cities” twice. " +
      "“It works,” she insisted.";
    await page.fill("#article-text", text);
    await waitForAnalysis(page, "The mayor said");
    const marks = await page.$$eval("article-lens .reader mark.quote", (nodes) => nodes.map((n) => {
      const style = getComputedStyle(n);
      return { kind: n.dataset.kind, text: n.textContent, underline: style.textDecorationLine, outline: style.outlineStyle,
               background: style.backgroundColor };
    }));
    assert.deepEqual(marks.map((m) => [m.kind, m.text]), [
      ["indirect", "the road would close in June"], ["scare", "“Walkable Cities”"], ["direct", "“It works,”"]]);
    const [indirect, scare, direct] = marks;
    assert.equal(indirect.underline, "underline");
    assert.equal(indirect.background, "rgba(0, 0, 0, 0)");
    assert.equal(scare.outline, "dashed");
    assert.notEqual(direct.background, "rgba(0, 0, 0, 0)");
    const result = await page.evaluate(() => document.getElementById("lens").result);
    assert.deepEqual(result.quotes.map((q) => q.speaker), ["the mayor", null, "the mayor"]);
  });

  test("reader: indirect speech is underlined and scare quotes are marked differently (the schema's contract)", async (t) => {
    // The reader alone, given a hand-made result of the documented schema.
    const page = await ctx.openPage(t);
    const styles = await page.evaluate(async () => {
      const { ReaderView } = await import("/element/reader-view.js");
      const { stringsFor } = await import("/element/i18n/index.js");
      const { elementStyles } = await import("/element/styles.js");
      const text = "The mayor said that the road would close. Critics call it a “war on cars”. “It works,” she insisted.";
      const at = (s) => text.indexOf(s);
      const q = (start, end, kind, extra = {}) => ({
        start, end, contentStart: kind === "indirect" ? start : start + 1, contentEnd: kind === "indirect" ? end : end - 1,
        kind, unclosed: false, speaker: null, speakerIndex: null, speakerMention: null, speakerMentionStart: null,
        speakerMentionEnd: null, cue: null, cueStart: null, cueEnd: null, cueTone: null, ...extra,
      });
      const result = {
        language: "en",
        sentences: [[0, 42], [43, 74], [75, text.length]].map(([start, end]) => ({ start, end, role: "body", text: text.slice(start, end) })),
        quotes: [
          q(at("the road"), at(". Critics"), "indirect", { speaker: "The mayor", speakerIndex: 0, speakerMentionStart: 0, speakerMentionEnd: 9, cue: "said", cueStart: 10, cueEnd: 14, cueTone: "neutral" }),
          q(at("“war"), text.indexOf("”", at("“war")) + 1, "scare"),
          q(at("“It"), at(" she"), "direct", { speaker: "The mayor", speakerIndex: 0, cue: "insisted", cueStart: at("insisted"), cueEnd: at("insisted") + 8, cueTone: "loaded" }),
        ],
        speakers: [{ name: "The mayor", anonymous: false, quotes: 2, directQuotes: 1, indirectQuotes: 1, words: 2, share: 1, mentions: [] }],
        keywords: [], stats: {},
      };
      const host = document.createElement("div");
      document.body.append(host);
      const root = host.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [elementStyles()];
      const container = document.createElement("div");
      container.className = "reader";
      root.append(container);
      new ReaderView(container, stringsFor("en").element).render(text, result);
      const style = (selector, pseudo) => {
        const node = root.querySelector(selector);
        return node ? getComputedStyle(node, pseudo) : null;
      };
      return {
        text: container.textContent === text,
        indirect: style("mark.quote-indirect").textDecorationLine,
        indirectBackground: style("mark.quote-indirect").backgroundColor,
        scareOutline: style("mark.quote-scare").outlineStyle,
        scareStyle: style("mark.quote-scare").fontStyle,
        directBackground: style("mark.quote-direct").backgroundColor,
        indirectBadge: root.querySelector(".badge")?.dataset.letter,
        loadedAfter: style(".cue-loaded", "::after").content,
        neutralAfter: style(".cue-neutral", "::after").content,
      };
    });
    assert.equal(styles.text, true);
    assert.equal(styles.indirect, "underline");
    assert.equal(styles.indirectBackground, "rgba(0, 0, 0, 0)");
    assert.equal(styles.scareOutline, "dashed");
    assert.equal(styles.scareStyle, "italic");
    assert.notEqual(styles.directBackground, "rgba(0, 0, 0, 0)");
    assert.equal(styles.indirectBadge, "A›");
    assert.equal(styles.loadedAfter, '"!"');
    assert.equal(styles.neutralAfter, "none");
  });
}
