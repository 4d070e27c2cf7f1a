// A small consumer of the hand-written types: `tsc --noEmit` fails if index.d.ts drifts from use.
import { createAnalyzer, type AnalysisResult, type Quote } from "article-lens";

async function main(): Promise<void> {
  const lens = await createAnalyzer({ wasmUrl: new URL("https://example.invalid/article_lens_core.wasm") });
  const text = "“Yes,” she said.";
  const result: AnalysisResult = lens.analyze(text, { language: "auto", keywords: { top: 5 }, parts: ["quotes"] });
  const first: Quote | undefined = result.quotes[0];
  if (first && first.speaker !== null) console.log(first.speaker, text.slice(first.contentStart, first.contentEnd));
  for (const k of result.keywords) console.log(k.term, k.count, k.occurrences.map((o) => o.start));
  if (result.error !== null) console.error(result.error);
}

void main();
