// Runs analyses in a Web Worker, so long texts never block the page.
//
//   import { createWorkerAnalyzer } from "article-lens/worker";
//   const lens = createWorkerAnalyzer();
//   const controller = new AbortController();
//   const result = await lens.analyze(text, { language: "auto" }, {
//     signal: controller.signal, onProgress: (stage) => console.log(stage) });
//   lens.terminate();
//
// The result has the same shape as createAnalyzer().analyze() returns. Aborting rejects the
// promise at once with an AbortError; a request that has not started yet is dropped in the worker.
// The worker is created with a literal new URL(..., import.meta.url) so bundlers find and emit it.
import { unpackResult } from "./packed-result.js";

/** @param {{wasmUrl?: string|URL}} [options] */
export function createWorkerAnalyzer({ wasmUrl } = {}) {
  let worker = null;
  let nextId = 1;
  const pending = new Map();

  function start() {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event) => {
      const message = event.data;
      const request = pending.get(message.id);
      if (!request) return; // aborted meanwhile
      if (message.type === "progress") {
        request.onProgress?.(message.payload.stage);
        return;
      }
      pending.delete(message.id);
      request.cleanup();
      if (message.ok) {
        request.onProgress?.("unpacking");
        request.resolve(unpackResult(request.text, message.result));
      } else {
        const error = new Error(message.error.message);
        error.name = message.error.name;
        request.reject(error);
      }
    });
    worker.addEventListener("error", (event) => {
      const error = new Error(`Article Lens worker failed: ${event.message || "could not start"}`);
      for (const request of pending.values()) {
        request.cleanup();
        request.reject(error);
      }
      pending.clear();
      worker?.terminate();
      worker = null; // the next request starts a fresh worker
    });
  }

  return Object.freeze({
    analyze(text, options = {}, { signal, onProgress } = {}) {
      if (typeof text !== "string") return Promise.reject(new TypeError("analyze(text): text must be a string"));
      if (signal?.aborted) return Promise.reject(abortError(signal));
      if (!worker) start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const onAbort = () => {
          pending.delete(id);
          worker?.postMessage({ id, type: "abort" });
          reject(abortError(signal));
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        const cleanup = () => signal?.removeEventListener("abort", onAbort);
        pending.set(id, { text, resolve, reject, onProgress, cleanup });
        worker.postMessage({ id, type: "analyze", payload: { text, options, wasmUrl: wasmUrl ? String(wasmUrl) : undefined } });
      });
    },
    /** Stops the worker; pending requests reject. A later analyze() starts a new one. */
    terminate() {
      worker?.terminate();
      worker = null;
      for (const request of pending.values()) {
        request.cleanup();
        request.reject(new DOMException("The worker was terminated", "AbortError"));
      }
      pending.clear();
    },
  });
}

function abortError(signal) {
  return signal?.reason instanceof Error ? signal.reason : new DOMException("The analysis was aborted", "AbortError");
}
