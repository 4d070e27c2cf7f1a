// Article Lens JavaScript API: the WebAssembly core behind two calls.
//
//   import { createAnalyzer } from "article-lens";
//   const lens = await createAnalyzer();          // loads the wasm once; later calls reuse it
//   const result = lens.analyze(text, { language: "auto" });
//   for (const s of result.sentences) console.log(text.slice(s.start, s.end));
//
// Offsets are UTF-16 code units, so `text.slice(start, end)` is exact (emoji, Cyrillic, combining
// marks). Nothing is loaded at import time. Results are plain objects; nothing needs freeing.
// Bad arguments throw a TypeError; problems with the text itself (an unknown language code, an
// oversized input) come back as `result.error` with every list empty.

import { normalizeOptions } from "./options.js";
import { addSpanTexts } from "./result.js";

export { PARTS } from "./options.js";

let loading = null;

/**
 * Loads the WebAssembly core once and returns an analyzer. Later calls return the same promise.
 * @param {{wasmUrl?: string|URL, wasmBinary?: ArrayBuffer|Uint8Array}} [options]
 */
export function createAnalyzer(options = {}) {
  if (!loading) {
    loading = load(options).catch((error) => {
      loading = null; // let a later call retry, e.g. after the network comes back
      throw error;
    });
  }
  return loading;
}

async function load({ wasmUrl, wasmBinary } = {}) {
  const { default: createCore } = await import("./gen/article_lens_core.mjs");
  const moduleOptions = {};
  if (wasmBinary) moduleOptions.wasmBinary = wasmBinary;
  if (wasmUrl) moduleOptions.locateFile = (path) => (path.endsWith(".wasm") ? String(wasmUrl) : path);
  const core = await createCore(moduleOptions);
  return makeAnalyzer(core);
}

// Encodes the text straight into the module's memory and analyses it there. TextEncoder turns lone
// surrogates into U+FFFD (one UTF-16 unit each), so offsets still line up with the JS string.
function analyzeInWasmMemory(core, encoder, text, options) {
  const capacity = text.length * 3; // the most UTF-8 bytes a UTF-16 string can need
  const pointer = core._malloc(Math.max(capacity, 1));
  if (!pointer) throw new RangeError(`not enough memory to analyse a text of ${text.length} characters`);
  try {
    const { written } = encoder.encodeInto(text, core.HEAPU8.subarray(pointer, pointer + capacity));
    return core.analyzeBufferToJson(pointer, written, options);
  } finally {
    core._free(pointer);
  }
}

function makeAnalyzer(core) {
  const encoder = new TextEncoder();
  const languages = Object.freeze(core.supportedLanguages().split(",").filter(Boolean));
  return Object.freeze({
    version: core.version(),
    languages,
    /**
     * @param {string} text
     * @param {object} [options] see index.d.ts
     */
    analyze(text, options = {}) {
      if (typeof text !== "string") throw new TypeError(`analyze(text): text must be a string, got ${typeof text}`);
      const normalized = normalizeOptions(options);
      const result = JSON.parse(analyzeInWasmMemory(core, encoder, text, normalized));
      return addSpanTexts(text, result);
    },
  });
}
