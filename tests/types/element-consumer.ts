// Checks the types of the element, define and worker entries the way a package user imports them.
import "article-lens/define";
import { ArticleLensElement } from "article-lens/element";
import { createWorkerAnalyzer, type WorkerStage } from "article-lens/worker";

const lens = document.createElement("article-lens");
const typed: ArticleLensElement = lens;
typed.text = "“Yes,” said Ann Lee.";
typed.panel = "keywords";
typed.keywords = 15;
lens.addEventListener("article-lens-analyzed", (event) => {
  const speakers: string[] = event.detail.result.speakers.map((s) => s.name);
  const inWorker: boolean = event.detail.inWorker;
  console.log(speakers, inWorker, typed.result?.stats.words);
});
lens.addEventListener("article-lens-error", (event) => console.error(event.detail.message));

async function inWorker(text: string): Promise<number> {
  const worker = createWorkerAnalyzer();
  const controller = new AbortController();
  const stages: WorkerStage[] = [];
  const result = await worker.analyze(text, { language: "auto" }, { signal: controller.signal, onProgress: (s) => stages.push(s) });
  worker.terminate();
  return result.sentences.length + stages.length;
}
void inWorker;
