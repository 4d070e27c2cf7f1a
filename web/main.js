// The page: text in, analysis out, all in the browser.
import { createAnalyzer } from "article-lens";
import sample from "../seeds/belta-lukashenko-security-council.txt?raw";
import { renderResult } from "./render.js";

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const $ = (id) => document.getElementById(id);
const textArea = $("article-text");
const status = $("status");
let timer = 0;

async function analyzeNow() {
  const text = textArea.value;
  const lens = await createAnalyzer();
  const started = performance.now();
  const result = lens.analyze(text);
  if (result.error) {
    status.textContent = `Could not analyse: ${result.error}`;
    return;
  }
  renderResult(text, result, {
    reader: $("reader"), summary: $("summary"), speakers: $("speakers"),
    keywords: $("keywords"), sentences: $("sentences"),
  });
  const warnings = result.warnings.length ? ` ${result.warnings.join(" ")}` : "";
  status.textContent = text.trim()
    ? `Analysed in ${Math.round(performance.now() - started)} ms.${warnings}`
    : "Paste an article, upload a file or load the sample.";
  document.body.dataset.analyzed = "true";
}

function scheduleAnalysis() {
  clearTimeout(timer);
  timer = setTimeout(() => analyzeNow().catch(showError), 250);
}

function showError(error) {
  status.textContent = `Something went wrong: ${error.message}`;
}

async function readFile(file) {
  if (file.size > MAX_FILE_BYTES) {
    status.textContent = `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is 50 MB.`;
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.subarray(0, 8192).includes(0)) {
    status.textContent = `${file.name} looks like a binary file, not text.`;
    return;
  }
  textArea.value = new TextDecoder().decode(bytes);
  if (!textArea.value.trim()) status.textContent = `${file.name} is empty.`;
  await analyzeNow();
}

$("load-sample").addEventListener("click", () => {
  textArea.value = sample;
  analyzeNow().catch(showError);
});
$("upload").addEventListener("change", (event) => {
  const [file] = event.target.files;
  if (file) readFile(file).catch(showError);
});
textArea.addEventListener("input", scheduleAnalysis);

// The page opens with the sample article, so there is something to look at.
textArea.value = sample;
analyzeNow().catch(showError);
