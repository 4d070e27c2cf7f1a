// The Web Worker module: runs the analysis off the main thread for long texts.
//
// Protocol (one request at a time is analysed; later ones wait in a queue):
//   main -> worker  {id, type: "analyze", payload: {text, options, wasmUrl?}}
//                   {id, type: "abort"}            drop request `id` if it has not started yet
//   worker -> main  {id, type: "progress", payload: {stage: "loading" | "analysing" | "packing"}}
//                   {id, ok: true, result}         result in packed form (see packResult)
//                   {id, ok: false, error: {name, message}}
//
// Sentence spans and keyword occurrences travel as transferred Uint32Arrays rather than millions of
// small objects, so the main thread never spends long deserialising. Use it through
// createWorkerAnalyzer() in worker-client.js; it builds the full result again.
import { createAnalyzer } from "./index.js";
import { packResult } from "./packed-result.js";

const queue = [];
let draining = false;

self.addEventListener("message", (event) => {
  const message = event.data ?? {};
  if (message.type === "abort") {
    const index = queue.findIndex((request) => request.id === message.id);
    if (index >= 0) queue.splice(index, 1);
    return;
  }
  if (message.type !== "analyze") {
    self.postMessage({ id: message.id, ok: false, error: { name: "TypeError", message: `unknown message type "${message.type}"` } });
    return;
  }
  queue.push(message);
  // Start on a later task, so that abort messages already posted are read before the (blocking)
  // analysis begins: quick typing then costs one analysis, not one per keystroke.
  if (!draining) {
    draining = true;
    setTimeout(drain, 0);
  }
});

async function drain() {
  try {
    while (queue.length) {
      const request = queue.shift();
      await handle(request);
      // Let pending abort messages in between requests.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    draining = false;
  }
}

async function handle({ id, payload }) {
  try {
    const { text, options, wasmUrl } = payload ?? {};
    self.postMessage({ id, type: "progress", payload: { stage: "loading" } });
    const lens = await createAnalyzer(wasmUrl ? { wasmUrl } : {});
    self.postMessage({ id, type: "progress", payload: { stage: "analysing" } });
    const result = lens.analyze(text, options ?? {});
    self.postMessage({ id, type: "progress", payload: { stage: "packing" } });
    const { packed, transfer } = packResult(result);
    self.postMessage({ id, ok: true, result: packed }, transfer);
  } catch (error) {
    self.postMessage({ id, ok: false, error: { name: error?.name ?? "Error", message: String(error?.message ?? error) } });
  }
}
