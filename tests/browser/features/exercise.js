// Feature 7: the classroom exercise — mark direct quotes and speakers, check against the analysis
// (found, missed, added, score; reported speech and scare quotes listed but never scored), print a
// worksheet, export CSV and JSON.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { artifactsDir, fixtureText, waitForAnalysis } from "../support.js";

/** Selects text[start, end) inside the exercise view, as a mouse drag would. Resolves once the
 *  page has seen the selection: "selectionchange" is dispatched later, as a task, and a mouse user
 *  never reaches the speaker field before it, but a script filling that field at once would move
 *  the focus first (the exercise then had no selection to mark, now and then on a loaded machine). */
async function select(page, needle) {
  await page.evaluate((needle) => new Promise((resolve) => {
    const container = document.getElementById("exercise-text");
    const start = container.textContent.indexOf(needle);
    const end = start + needle.length;
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const next = offset + node.data.length;
      if (start >= offset && start < next) range.setStart(node, start - offset);
      if (end > offset && end <= next) { range.setEnd(node, end - offset); break; }
      offset = next;
    }
    const selection = document.getSelection();
    // (The page's own listener was added first, so it has run when this one sees the range.)
    const seen = () => {
      if (selection.rangeCount === 0 || selection.isCollapsed) return;
      document.removeEventListener("selectionchange", seen);
      resolve();
    };
    document.addEventListener("selectionchange", seen);
    selection.removeAllRanges();
    selection.addRange(range);
  }), needle);
}

export function registerExercise(ctx) {
  test("exercise: mark quotes with the mouse and the keyboard, check, print and export", async (t) => {
    const page = await ctx.openPage(t);
    const text = fixtureText("outlet_a.txt");
    await page.fill("#article-text", text);
    await waitForAnalysis(page, "Seafront closure");
    await page.click(".mode[data-mode=exercise]");
    await page.waitForSelector("#exercise-text .ex-sentence");
    assert.equal(await page.textContent("#exercise-text"), text);

    // 1. A quote found with the right speaker (mouse selection).
    await select(page, "“This will give the promenade back to the people who walk it,”");
    await page.fill("#exercise-speaker", "Mayor Varga");
    await page.click("#exercise-mark");
    // 2. A quote found with the wrong speaker.
    await select(page, "“It is the best news for pedestrians in a decade,”");
    await page.fill("#exercise-speaker", "Ines Varga");
    await page.click("#exercise-mark");
    // 3. A sentence marked with the keyboard that the analysis does not count as a quote.
    const sentences = await page.$$eval("#exercise-text .ex-sentence", (nodes) => nodes.map((n) => n.textContent));
    // ("welcomed the decision" reports no speech: a verb with an object, not with a clause).
    const target = sentences.findIndex((s) => s.startsWith("Walking groups welcomed"));
    await page.focus("#exercise-text .ex-sentence[tabindex='0']");
    for (let i = 0; i < target; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.fill("#exercise-speaker", "walking groups");
    await page.press("#exercise-speaker", "Enter");
    // 4. Reported speech, marked with its speaker: shown after checking, not scored either way.
    await select(page, "loading bays would stay open in the mornings");
    await page.fill("#exercise-speaker", "the mayor");
    await page.click("#exercise-mark");
    assert.equal(await page.$$eval("#exercise-marks tr", (rows) => rows.length), 4);
    await page.screenshot({ path: `${artifactsDir}/exercise-marked.png` });

    await page.click("#exercise-check");
    const result = await page.evaluate(() => document.getElementById("lens").result);
    const quotes = result.quotes.filter((q) => q.kind === "direct");
    const reported = result.quotes.filter((q) => q.kind === "indirect");
    assert.equal(reported.length, 1, "the fixture reports the mayor's words once");
    const rows = await page.$$eval("#exercise-result-rows tr", (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    const statuses = rows.map((r) => r[0]);
    assert.equal(statuses.filter((s) => s.includes("found")).length, 2);
    assert.equal(statuses.filter((s) => s.includes("missed")).length, quotes.length - 2);
    assert.equal(statuses.filter((s) => s.includes("added")).length, 1);
    assert.deepEqual(rows.filter((r) => r[0].includes("reported")),
      [["» reported speech (not scored)", "loading bays would stay open in the mornings", "the mayor (✓ right speaker)", "Ines Varga"]]);
    const score = await page.textContent("#exercise-score");
    // 2 found + 1 right speaker, out of one point per direct quote and one per attributed speaker;
    // the reported speech marked adds nothing and costs nothing.
    const max = quotes.length + quotes.filter((q) => q.speaker).length;
    assert.match(score, new RegExp(`^Score: 3 of ${max} points — 2 of ${quotes.length} direct quotes found, 1 of 2 speakers right, 1 marked`));
    assert.match(await page.textContent("#exercise-score-note"), /do(es)? not change the score/);
    await page.screenshot({ path: `${artifactsDir}/exercise-results.png`, fullPage: true });

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click("#exercise-csv")]);
    const csv = readFileSync(await csvDownload.path(), "utf8").split("\r\n");
    assert.equal(csv[0], "status,analysis_kind,analysis_start,analysis_end,analysis_quote,analysis_speaker,student_start,student_end,student_text,student_speaker,speaker_correct");
    assert.equal(csv.filter((line) => line.startsWith("found,direct,")).length, 2);
    assert.equal(csv.filter((line) => line.startsWith("reported,indirect,")).length, 1);
    assert.ok(csv.some((line) => line.startsWith("found,") && line.endsWith(",Mayor Varga,yes")), csv.join("\n"));
    await page.fill("#student-name", "Robin");
    const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.click("#exercise-json")]);
    const json = JSON.parse(readFileSync(await jsonDownload.path(), "utf8"));
    assert.equal(json.student, "Robin");
    assert.deepEqual([json.score.scored, json.score.points, json.score.maxPoints, json.score.found, json.score.added, json.score.reportedSpeechMarked],
      ["direct quotes", 3, max, 2, 1, 1]);
    assert.equal(json.text, text);

    // The worksheet: printing shows it alone, with numbered sentences and a table to fill in.
    await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
    await page.click("#exercise-print");
    assert.equal(await page.evaluate(() => window.__printed), true);
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.isVisible("#worksheet"), true);
    assert.equal(await page.isVisible("#main"), false);
    assert.equal(await page.$$eval("#worksheet .worksheet-text li", (items) => items.length), result.sentences.length);
    await page.screenshot({ path: `${artifactsDir}/exercise-worksheet-print.png`, fullPage: true });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    assert.equal(await page.isVisible("#worksheet"), false);
    await page.emulateMedia({ media: "screen" });
  });

  test("exercise: scoring rules (overlap, speaker by surname or mention, reported speech and scare quotes not scored)", async (t) => {
    const page = await ctx.openPage(t);
    const out = await page.evaluate(async () => {
      const { scoreExercise } = await import("/classroom/scoring.js");
      const result = {
        quotes: [
          { start: 0, end: 20, kind: "direct", speaker: "Ines Varga", speakerIndex: 0, speakerMention: "the mayor" },
          { start: 30, end: 50, kind: "direct", speaker: null, speakerIndex: null, speakerMention: null },
          { start: 60, end: 70, kind: "scare", speaker: null, speakerIndex: null, speakerMention: null },
          { start: 80, end: 100, kind: "indirect", speaker: "Ines Varga", speakerIndex: 0, speakerMention: "she" },
        ],
        speakers: [{ name: "Ines Varga", mentions: [{ text: "the mayor" }] }],
      };
      return [
        scoreExercise(result, [{ start: 2, end: 18, speaker: "The Mayor" }, { start: 28, end: 52, speaker: "x" }]),
        scoreExercise(result, [{ start: 0, end: 4, speaker: "Varga" }, { start: 60, end: 70, speaker: "" }, { start: 80, end: 100, speaker: "Varga" }]),
      ].map((s) => ({ score: s.score, max: s.maxScore, found: s.found, missed: s.missed, added: s.added, right: s.speakersRight,
        reported: s.reportedMarked, scare: s.scareMarked, statuses: s.items.map((item) => item.status) }));
    });
    // Only direct quotes are scored; the reported speech and the scare quote are listed unmarked.
    assert.deepEqual(out[0], { score: 3, max: 3, found: 2, missed: 0, added: 0, right: 1, reported: 0, scare: 0,
      statuses: ["found", "found", "scare", "reported"] });
    // A 4-character mark inside a 20-character quote is not a find (it is added); marking the scare
    // quote and the reported speech neither scores nor costs anything.
    assert.deepEqual(out[1], { score: 0, max: 3, found: 0, missed: 2, added: 1, right: 0, reported: 1, scare: 1,
      statuses: ["missed", "added", "missed", "scare", "reported"] });
  });
}
