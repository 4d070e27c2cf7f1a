// Feature 9: the production build works offline under the strict CSP and sends nothing anywhere:
// every request is same-origin, no CSP violation, analyses (page and worker) and the lazy file
// readers still work after going offline. Also measures the load time to the first analysis.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { CSP, artifactsDir, fixture, fixtureText, injectInlineScript, recordPolicyViolations, sampleText } from "../support.js";

export function registerProduction(ctx) {
  test("production build: strict CSP, same-origin requests only, works offline once loaded", async (t) => {
    const context = await ctx.session.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    t.after(() => context.close());
    const page = await context.newPage();
    const origin = new URL(ctx.production.url).origin;
    const requests = [];
    const problems = [];
    context.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    await recordPolicyViolations(page);

    const started = Date.now();
    await page.goto(ctx.production.url);
    await page.waitForSelector("body[data-analyzed=true]", { timeout: 60_000 });
    const loadMs = await page.evaluate(() => performance.getEntriesByName("article-lens-first-analysis")[0]?.startTime);
    assert.ok(loadMs > 0);
    const wallMs = Date.now() - started;
    // The sample's five direct quotes (its reported speech is listed too, as indirect quotes).
    assert.equal(await page.evaluate(() => document.getElementById("lens").result.quotes.filter((q) => q.kind === "direct").length), 5);

    // The lazy parts: the PDF reader (with its own worker), the Word reader, the analysis worker.
    await page.setInputFiles("#upload", fixture("article.pdf"));
    await page.waitForFunction(() => document.getElementById("status").textContent.includes("Loaded article.pdf"), null, { timeout: 30_000 });
    await page.setInputFiles("#upload", fixture("article.docx"));
    await page.waitForFunction(() => document.getElementById("status").textContent.includes("Loaded article.docx"), null, { timeout: 30_000 });
    const long = sampleText().repeat(25); // ~72 KB: over the worker threshold
    await page.evaluate((text) => { document.getElementById("lens").text = text; }, long);
    const inWorker = await page.evaluate(() => new Promise((resolve) => {
      document.getElementById("lens").addEventListener("article-lens-analyzed", (e) => resolve(e.detail.inWorker), { once: true });
    }));
    assert.equal(inWorker, true);

    // Offline from here on: both analysis paths keep working.
    await context.setOffline(true);
    await page.fill("#article-text", fixtureText("outlet_b.txt"));
    await page.waitForFunction(() => document.getElementById("lens").analyzedText.includes("Traders fear ruin"));
    await page.evaluate((text) => { document.getElementById("lens").text = text; }, `${long}\nOffline marker.`);
    await page.waitForFunction(() => document.getElementById("lens").analyzedText.endsWith("Offline marker."), null, { timeout: 30_000 });
    await context.setOffline(false);

    const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith("blob:") && !url.startsWith("data:"));
    assert.deepEqual(foreign, [], "only same-origin requests");
    assert.deepEqual(await page.evaluate(() => window.__violations), [], "no CSP violations");
    assert.deepEqual(problems, []);
    await page.screenshot({ path: `${artifactsDir}/production-csp.png` });
    const metrics = { loadToFirstAnalysisMs: Math.round(loadMs), wallClockMs: wallMs, requests: requests.length };
    writeFileSync(`${artifactsDir}/page-metrics.json`, `${JSON.stringify(metrics, null, 2)}\n`);
    t.diagnostic(`production build: first analysis ${metrics.loadToFirstAnalysisMs} ms after navigation start; ${requests.length} same-origin requests`);
  });

  test("production build: an injected inline script is refused (the CSP is really enforced)", async (t) => {
    const context = await ctx.session.browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    await recordPolicyViolations(page);
    const response = await page.goto(ctx.production.url);
    assert.equal(response.headers()["content-security-policy"], "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    await page.waitForSelector("body[data-analyzed=true]", { timeout: 60_000 });
    const ran = await injectInlineScript(page);
    assert.equal(ran.inline, false);
    assert.ok(ran.violations.some((v) => v.startsWith("script-src")), ran.violations.join(", "));
  });

  test("production build: the policy holds from the page's own meta tag where no server sends it", async (t) => {
    const context = await ctx.session.browser.newContext();
    t.after(async () => {
      await context.unrouteAll({ behavior: "ignoreErrors" });
      await context.close();
    });
    // A static host that sends no CSP header: strip it from every response.
    await context.route("**/*", async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers["content-security-policy"];
      await route.fulfill({ response, headers });
    });
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await recordPolicyViolations(page);
    const response = await page.goto(ctx.production.url);
    assert.equal(response.headers()["content-security-policy"], undefined);
    assert.equal(await page.getAttribute("meta[http-equiv=Content-Security-Policy]", "content"), CSP);
    await page.waitForSelector("body[data-analyzed=true]", { timeout: 60_000 });
    const ran = await injectInlineScript(page);
    assert.equal(ran.inline, false);
    assert.deepEqual(ran.violations, ["script-src-elem inline"]);
    assert.deepEqual(problems, []);
  });
}
