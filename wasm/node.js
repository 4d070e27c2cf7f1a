// The Node.js entry: the same API, with the .wasm read from disk (Emscripten 3.1.6's web loader
// cannot fetch a file path in Node).
import { readFile } from "node:fs/promises";
import { createAnalyzer as createWithOptions } from "./index.js";

export { PARTS } from "./options.js";

export async function createAnalyzer(options = {}) {
  if (options.wasmBinary || options.wasmUrl) return createWithOptions(options);
  const wasmBinary = await readFile(new URL("./gen/article_lens_core.wasm", import.meta.url));
  return createWithOptions({ wasmBinary });
}
