// Feature 9, offline for real: the production build's service worker caches every built file, so
// the page reloads and analyses (in the page and in the worker, and reads a PDF) with the network
// gone. The server is made unreachable as well as the browser set offline, and must see no request.
// In development no service worker is registered.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { CSP, artifactsDir, distDir, fixture, recordPolicyViolations, sampleText } from "../support.js";

function builtFiles(dir = distDir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory()
    ? builtFiles(join(dir, entry.name))
    : [relative(distDir, join(dir, entry.name)).split(sep).join("/")]);
}

export function registerOffline(ctx) {
  test("offline: the production build caches itself, then reloads and analyses with no network", async (t) => {
    const context = await ctx.session.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const server = ctx.production;
    t.after(async () => {
      server.setReachable(true);
      await context.close();
    });
    const page = await context.newPage();
    const problems = [];
    const requests = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    context.on("request", (request) => requests.push(request.url()));
    // The service worker must not loosen the policy: no violation before or after it takes over.
    await recordPolicyViolations(page);
    await page.goto(server.url);
    await page.waitForSelector("body[data-analyzed=true]", { timeout: 60_000 });

    // The worker registers after the first analysis, precaches and activates.
    const cached = await page.evaluate(async () => {
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("no service worker became ready in 20 s")), 20_000));
      const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
      const worker = registration.active;
      if (worker.state !== "activated") {
        await Promise.race([timeout, new Promise((resolve) => worker.addEventListener("statechange", () => worker.state === "activated" && resolve()))]);
      }
      const names = (await caches.keys()).filter((name) => name.startsWith("article-lens-"));
      const cache = await caches.open(names[0]);
      return { names, scope: registration.scope, paths: (await cache.keys()).map((request) => new URL(request.url).pathname) };
    });
    assert.equal(cached.names.length, 1);
    assert.match(cached.names[0], /^article-lens-[0-9a-f]{16}$/);
    assert.equal(cached.scope, server.url);
    // Every file of the build (the wasm, the analysis worker, the PDF and Word readers) is cached.
    const expected = ["/", ...builtFiles().filter((path) => path !== "sw.js").map((path) => `/${path}`)].sort();
    assert.ok(expected.some((path) => path.endsWith(".wasm")));
    assert.deepEqual([...cached.paths].sort(), expected);

    // Offline: the browser has no network and the server drops every connection.
    server.setReachable(false);
    await context.setOffline(true);
    const hitsBefore = server.hits;
    const response = await page.reload();
    assert.equal(response.fromServiceWorker(), true);
    assert.equal(response.headers()["content-security-policy"], CSP, "the cached page keeps its CSP");
    await page.waitForSelector("body[data-analyzed=true]", { timeout: 60_000 });
    const directQuotes = await page.evaluate(() => document.getElementById("lens").result.quotes.filter((q) => q.kind === "direct").length);
    assert.equal(directQuotes, 5, "the sample is analysed offline");
    await page.screenshot({ path: `${artifactsDir}/offline-reload.png` });

    // The long-text path (the analysis worker and its wasm) and the PDF reader work offline too.
    const long = `${sampleText().repeat(25)}\nOffline marker.`;
    const inWorker = await page.evaluate((text) => new Promise((resolve) => {
      const lens = document.getElementById("lens");
      lens.addEventListener("article-lens-analyzed", (e) => resolve(e.detail.inWorker), { once: true });
      lens.text = text;
    }), long);
    assert.equal(inWorker, true);
    await page.setInputFiles("#upload", fixture("article.pdf"));
    await page.waitForFunction(() => document.getElementById("status").textContent.includes("Loaded article.pdf"), null, { timeout: 30_000 });
    assert.equal(server.hits, hitsBefore, "no request reached the server while offline");
    assert.deepEqual(await page.evaluate(() => window.__violations), [], "no CSP violations with the service worker in control");
    const origin = new URL(server.url).origin;
    assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("blob:") && !url.startsWith("data:")), [], "only same-origin requests");
    assert.deepEqual(problems, []);
  });

  test("offline: the development server registers no service worker", async (t) => {
    const page = await ctx.openPage(t);
    const state = await page.evaluate(async () => {
      // The production build would register right after the first analysis; give it time to.
      await new Promise((resolve) => setTimeout(resolve, 500));
      return {
        registrations: (await navigator.serviceWorker.getRegistrations()).length,
        controlled: navigator.serviceWorker.controller !== null,
      };
    });
    assert.deepEqual(state, { registrations: 0, controlled: false });
  });
}
