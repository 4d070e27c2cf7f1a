import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";
import { precacheServiceWorker } from "./web/offline/precache-plugin.js";

const root = fileURLToPath(new URL(".", import.meta.url));

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
  plugins: [precacheServiceWorker()],
  // assetsInlineLimit 0: never inline assets as data: URLs, which the strict CSP would refuse.
  build: { outDir: `${root}dist/web`, emptyOutDir: true, target: "es2022", assetsInlineLimit: 0, chunkSizeWarningLimit: 1500 },
});
