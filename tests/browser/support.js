// Starts the page's Vite dev server and Debian's Chromium for the browser tests.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";
import { chromium } from "playwright-core";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const artifactsDir = `${projectRoot}test-artifacts`;

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
