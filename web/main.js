// The page: input, comparison and classroom features around the <article-lens> element.
import "./element/define.js";
import sample from "../seeds/belta-lukashenko-security-council.txt?raw";
import { stringsFor } from "./element/i18n/index.js";
import { fileToText } from "./input/file-text.js";
import { shareUrl, textFromFragment } from "./share/share-link.js";
import { setupCompare } from "./compare/compare-page.js";
import { Exercise } from "./classroom/exercise-view.js";
import { registerServiceWorker } from "./offline/register-service-worker.js";
import { fillLanguageChoice } from "./input/language-choice.js";
import { createAnalyzer } from "../wasm/index.js";

const strings = stringsFor(document.documentElement.lang).page;
const $ = (id) => document.getElementById(id);
const lens = $("lens");
const textArea = $("article-text");
const status = $("status");

applyStrings(document, strings);

function say(message) {
  status.textContent = message;
}

// A browser lays out a textarea's whole content at once: megabytes of text would freeze the page
// for seconds. Such texts are analysed and shown in the reader in full, but not put in the box.
const EDITABLE_CHARS = 1_000_000;
let currentText = "";

function setText(text, { hardWrap = false, edit = false } = {}) {
  currentText = text;
  const editable = edit || text.length <= EDITABLE_CHARS;
  textArea.value = editable ? text : "";
  textArea.readOnly = !editable;
  textArea.placeholder = editable ? strings.articlePlaceholder : strings.tooLongToEdit(text.length);
  $("edit-anyway").hidden = editable;
  $("hard-wrap").checked = hardWrap;
  lens.hardWrap = hardWrap;
  lens.text = text;
}

/** Reads a dropped or uploaded file into `onText`, with a message for every outcome. */
export async function readFileInto(file, onText, report) {
  report(strings.reading(file.name));
  try {
    const { text, kind, warnings, hardWrap } = await fileToText(file);
    onText(text, { hardWrap });
    const notes = warnings.map(([key, ...args]) => strings[key](...args));
    report([strings.loadedFile(file.name, kind, text.length), ...notes].join(" "));
  } catch (error) {
    report(error.name === "FileTextError" ? strings[error.key](...error.args) : strings.unknownProblem(error.message));
  }
}

// --- input -----------------------------------------------------------------------------------
textArea.addEventListener("input", () => {
  currentText = textArea.value;
  lens.text = currentText;
});
$("edit-anyway").addEventListener("click", () => {
  setText(currentText, { hardWrap: lens.hardWrap, edit: true });
  textArea.focus();
});
$("load-sample").addEventListener("click", () => {
  setText(sample);
  say(strings.sampleLoaded);
});
$("clear-text").addEventListener("click", () => {
  setText("");
  say(strings.cleared);
  textArea.focus();
});
$("upload").addEventListener("change", (event) => {
  const [file] = event.target.files;
  if (file) readFileInto(file, setText, say);
  event.target.value = "";
});
$("language").addEventListener("change", (event) => { lens.language = event.target.value; });
$("hard-wrap").addEventListener("change", (event) => { lens.hardWrap = event.target.checked; });
$("whole-quotations").addEventListener("change", (event) => { lens.wholeQuotations = event.target.checked; });
// The choice lists every language the analyser has data for (the element loads it; this is the same
// memoised instance).
createAnalyzer().then((analyzer) => fillLanguageChoice($("language"), analyzer.languages)).catch(() => {});

const dropZone = $("drop-zone");
dropZone.addEventListener("dragover", (event) => {
  event.preventDefault();
  dropZone.classList.add("dragging");
});
dropZone.addEventListener("dragleave", () => dropZone.classList.remove("dragging"));
dropZone.addEventListener("drop", (event) => {
  event.preventDefault();
  dropZone.classList.remove("dragging");
  const [file] = event.dataTransfer?.files ?? [];
  if (file) readFileInto(file, setText, say);
});

lens.addEventListener("article-lens-analyzed", (event) => {
  // Load time to the first analysis, readable with performance.getEntriesByName().
  if (!document.body.dataset.analyzed) performance.mark("article-lens-first-analysis");
  document.body.dataset.analyzed = "true";
  if (currentMode === "exercise") exercise.load(lens.analyzedText, event.detail.result);
});
lens.addEventListener("article-lens-error", (event) => say(event.detail.message));
// Offline use: the production build caches itself once the first text is analysed.
registerServiceWorker(new Promise((resolve) => {
  lens.addEventListener("article-lens-analyzed", resolve, { once: true });
  lens.addEventListener("article-lens-error", resolve, { once: true });
}));

// --- share link --------------------------------------------------------------------------------
$("share").addEventListener("click", async () => {
  const text = currentText;
  if (!text.trim()) return say(strings.shareEmpty);
  const url = await shareUrl(text);
  if (!url) return say(strings.shareTooLong);
  $("share-output").hidden = false;
  $("share-link").value = url;
  $("share-link").select();
  try {
    await navigator.clipboard.writeText(url);
    say(strings.shareCopied);
  } catch {
    say(strings.shareReady);
  }
});

async function loadFromFragment() {
  try {
    const text = await textFromFragment(location.hash);
    if (text === null) return false;
    setText(text);
    say(strings.shareLoaded);
    return true;
  } catch {
    say(strings.shareBroken);
    return false;
  }
}
window.addEventListener("hashchange", () => loadFromFragment());

// --- modes ---------------------------------------------------------------------------------------
const exercise = new Exercise({
  text: $("exercise-text"), speaker: $("exercise-speaker"), mark: $("exercise-mark"), marks: $("exercise-marks"),
  check: $("exercise-check"), reset: $("exercise-reset"), status: $("exercise-status"), results: $("exercise-results"),
  score: $("exercise-score"), scoreNote: $("exercise-score-note"), resultRows: $("exercise-result-rows"), csv: $("exercise-csv"), json: $("exercise-json"),
  print: $("exercise-print"), student: $("student-name"), worksheet: $("worksheet"),
}, strings);
setupCompare({
  a: $("compare-a"), b: $("compare-b"), aFile: $("compare-a-file"), bFile: $("compare-b-file"),
  aFromMain: $("compare-a-from-main"), run: $("compare-run"), status: $("compare-status"), output: $("compare-output"),
}, strings, { mainText: () => currentText, readFileInto });

let currentMode = "analyse";
function showMode(mode) {
  currentMode = mode;
  for (const button of document.querySelectorAll(".mode")) button.setAttribute("aria-pressed", String(button.dataset.mode === mode));
  for (const section of document.querySelectorAll(".mode-section")) section.hidden = section.id !== `mode-${mode}`;
  if (mode === "exercise" && exercise.text !== lens.analyzedText) exercise.load(lens.analyzedText, lens.result);
}
for (const button of document.querySelectorAll(".mode")) button.addEventListener("click", () => showMode(button.dataset.mode));

// The page opens with the shared text, or with the sample so there is something to look at.
if (!(await loadFromFragment())) setText(sample);

function applyStrings(root, s) {
  document.title = s.title;
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = s[node.dataset.i18n];
  for (const node of root.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = s[node.dataset.i18nPlaceholder];
  for (const node of root.querySelectorAll("[data-i18n-label]")) node.setAttribute("aria-label", s[node.dataset.i18nLabel]);
}
