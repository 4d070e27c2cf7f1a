import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";
import { precacheServiceWorker } from "./web/offline/precache-plugin.js";

const root = fileURLToPath(new URL(".", import.meta.url));

// The policy the page is built to run under (issue 5). The built page carries it in a <meta> tag
// too, so it holds on any static host, `npx vite preview` included, not only behind a server that
// sends the header. Development is left without it: Vite's dev client is not built for it.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const cspMeta = {
  name: "article-lens-csp-meta",
  apply: "build",
  transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head-prepend" }],
};

export default defineConfig({
  root: "web",
  // Vite's dependency optimizer would move the Emscripten glue away from its .wasm
  // ("expected magic word 00 61 73 6d"); serve the package as it is. The file readers are listed
  // so that the optimizer never discovers them mid-session and reloads the page.
  optimizeDeps: { exclude: ["article-lens"], include: ["mammoth", "pdfjs-dist"] },
  resolve: { alias: { "article-lens": `${root}wasm/index.js` } },
  server: { host: "127.0.0.1", fs: { allow: [root] } },
  preview: { host: "127.0.0.1" },
  // The analysis worker imports the wasm glue dynamically: it must be an ES module worker.
  worker: { format: "es" },
  // Production builds get sw.js, a service worker that caches every built file (offline use).
  plugins: [cspMeta, precacheServiceWorker()],
  // assetsInlineLimit 0: never inline assets as data: URLs, which the strict CSP would refuse.
  build: { outDir: `${root}dist/web`, emptyOutDir: true, target: "es2022", assetsInlineLimit: 0, chunkSizeWarningLimit: 1500 },
});
