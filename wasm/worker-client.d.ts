// Types of the Web Worker entry: `import { createWorkerAnalyzer } from "article-lens/worker"`.
import type { AnalysisResult, AnalyzeOptions } from "./index.js";

export type WorkerStage = "loading" | "analysing" | "packing" | "unpacking";

export interface WorkerAnalyzeControls {
  /** Aborting rejects at once with an AbortError; a request not yet started is dropped. */
  signal?: AbortSignal;
  onProgress?: (stage: WorkerStage) => void;
}

export interface WorkerAnalyzer {
  /** Same result as Analyzer.analyze(), computed in a module Web Worker. */
  analyze(text: string, options?: AnalyzeOptions, controls?: WorkerAnalyzeControls): Promise<AnalysisResult>;
  /** Stops the worker; pending requests reject with an AbortError. A later analyze() starts a new one. */
  terminate(): void;
}

export function createWorkerAnalyzer(options?: { wasmUrl?: string | URL }): WorkerAnalyzer;
