// A Vite plugin (production builds only) that writes sw.js beside index.html: the service worker
// of web/offline/service-worker.js, preceded by the list of every built file and a cache name that
// changes whenever any of them changes. Runs once everything is written (public files and the
// analysis worker's chunks included), so nothing the page may load lazily is left out.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const WORKER_FILE = "sw.js";

export function precacheServiceWorker() {
  let outDir = null;
  return {
    name: "article-lens-precache-service-worker",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const files = listFiles(outDir).filter((path) => path !== WORKER_FILE).sort();
      const hash = createHash("sha256");
      for (const path of files) hash.update(path).update("\0").update(readFileSync(join(outDir, path)));
      const version = hash.digest("hex").slice(0, 16);
      // "./" is the page as navigated to; index.html is the same file under its own name.
      const precache = ["./", ...files];
      const source = readFileSync(new URL("./service-worker.js", import.meta.url), "utf8");
      writeFileSync(join(outDir, WORKER_FILE),
        `const CACHE_NAME = ${JSON.stringify(`article-lens-${version}`)};\n` +
        `const PRECACHE = ${JSON.stringify(precache, null, 1)};\n\n${source}`);
    },
  };
}

function listFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path, root);
    return [relative(root, path).split(sep).join("/")];
  });
}
