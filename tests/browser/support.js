// Starts the page's Vite dev server, a production build behind a strict CSP, and Debian's
// Chromium for the browser tests. One browser and one server of each kind serve every test.
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build, createServer } from "vite";
import { chromium } from "playwright-core";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const artifactsDir = `${projectRoot}test-artifacts`;
export const fixturesDir = `${projectRoot}tests/fixtures/page`;
export const distDir = `${projectRoot}dist/web`;

// The policy the page promises to work under (issue 5, feature 9).
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

// The background-networking flags keep Chromium from calling Google on a closed network.
const CHROMIUM_FLAGS = [
  "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-quic",
];

export async function startPage() {
  const server = await createServer({
    configFile: `${projectRoot}vite.config.js`,
    logLevel: "error",
    server: { port: 0, strictPort: false, hmr: false },
  });
  await server.listen();
  const { port } = server.httpServer.address();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  mkdirSync(artifactsDir, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Builds the page with Vite (production) and serves dist/web with the CSP header.
 * `setReachable(false)` makes the server drop every connection (a real "offline" for service
 * workers too, whatever the browser's network emulation covers); `hits` counts requests served.
 */
export async function startProductionServer() {
  // A dev server started first sets NODE_ENV=development for the whole process, and Vite would
  // then build a development flavour (import.meta.env.PROD false, no service worker). Build as
  // `npx vite build` does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: `${projectRoot}vite.config.js`, logLevel: "error" });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const types = {
    ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
    ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json", ".txt": "text/plain",
  };
  let reachable = true, hits = 0;
  const server = createHttpServer((request, response) => {
    if (!reachable) return void request.socket.destroy();
    hits++;
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    let file = normalize(join(distDir, path));
    if (!file.startsWith(distDir)) return void response.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = readFileSync(file);
      response.writeHead(200, {
        "Content-Type": types[extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": CSP,
        "Cache-Control": "no-store",
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "Content-Security-Policy": CSP }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    get hits() { return hits; },
    setReachable(value) { reachable = value; },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

export const fixture = (name) => `${fixturesDir}/${name}`;
export const fixtureText = (name) => readFileSync(fixture(name), "utf8");
export const sampleText = () => readFileSync(`${projectRoot}seeds/belta-lukashenko-security-council.txt`, "utf8");

/** Waits until the element has analysed `predicate`-matching text (default: any new analysis). */
export async function waitForAnalysis(page, containing = null) {
  await page.waitForFunction((needle) => {
    const lens = document.getElementById("lens");
    return lens?.result && !lens.hasAttribute("busy") && (needle === null || lens.analyzedText.includes(needle));
  }, containing, { timeout: 60_000 });
}

/** Collects the page's CSP violations in window.__violations, from its first script on. */
export const recordPolicyViolations = (page) =>
  page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

/** Appends an inline script that would set a flag; resolves with whether it ran and the violations so far. */
export const injectInlineScript = (page) =>
  page.evaluate(() => {
    window.__inline = false;
    const script = document.createElement("script");
    script.textContent = "window.__inline = true";
    document.body.append(script);
    return new Promise((resolve) => setTimeout(() => resolve({ inline: window.__inline, violations: window.__violations }), 100));
  });
