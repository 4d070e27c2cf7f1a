// The printable worksheet: the article with numbered sentences and an empty table to fill in.
import { el } from "../element/dom.js";

const ROWS = 10;

export function renderWorksheet(container, text, result, s) {
  const sentences = result?.sentences ?? [];
  const article = el("ol", { className: "worksheet-text" }, ...sentences.map((sentence) => el("li", {}, sentence.text)));
  const table = el("table", { className: "worksheet-table" },
    el("thead", {}, el("tr", {}, ...s.worksheetColumns.map((c) => el("th", { scope: "col" }, c)))),
    el("tbody", {}, ...Array.from({ length: ROWS }, () => el("tr", {}, ...s.worksheetColumns.map(() => el("td", {}, "\u00a0"))))));
  container.replaceChildren(
    el("h1", {}, s.worksheetTitle),
    el("p", {}, s.worksheetName),
    el("p", { className: "instructions" }, s.worksheetInstructions),
    sentences.length ? article : el("p", {}, text),
    table);
}
