// The keywords panel: a table with bars, an optional word cloud, and for a chosen keyword its
// lines in context (KWIC) and a dispersion strip showing where in the article it occurs.
import { el, svg } from "./dom.js";

const KWIC_LINES = 300;   // lines listed; the panel says when there are more
const KWIC_CONTEXT = 60;  // characters each side
const STRIP_TICKS = 2000; // beyond this the strip shows density per column instead of one tick each

export function renderKeywords(text, result, strings, { selected = null, cloud = false, onSelect, onReveal } = {}) {
  const s = strings;
  if (!result.keywords.length) return [el("p", { className: "empty" }, s.noKeywords)];
  const max = Math.max(1, ...result.keywords.map((k) => k.count));
  const cloudToggle = el("label", { className: "toggle" },
    el("input", { type: "checkbox", checked: cloud, className: "cloud-toggle" }), ` ${s.showCloud}`);
  const view = cloud ? wordCloud(result, max, s, selected, onSelect) : table(result, max, s, selected, onSelect);
  const out = [cloudToggle, view];
  if (cloud) out.push(el("p", { className: "hint" }, s.cloudCaution));
  if (selected !== null && result.keywords[selected]) out.push(...keywordDetail(text, result, result.keywords[selected], s, onReveal));
  return out;
}

function table(result, max, s, selected, onSelect) {
  const rows = result.keywords.map((keyword, index) => el("tr", { className: index === selected ? "selected" : "" },
    el("td", { className: "rank" }, String(index + 1)),
    el("th", { scope: "row" }, el("button", {
      type: "button", className: "term", attrs: { "aria-pressed": String(index === selected) },
      on: { click: () => onSelect?.(index === selected ? null : index) },
    }, keyword.label)),
    el("td", { className: "count" }, String(keyword.count)),
    el("td", { className: "bar-cell" }, el("span", { className: "bar", vars: { "--share": `${(keyword.count / max) * 100}%` }, attrs: { "aria-hidden": "true" } })),
    el("td", { className: "forms" }, keyword.forms.join(", "))));
  return el("table", { className: "keywords" },
    el("caption", {}, s.keywordsCaption),
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, "#"), el("th", { scope: "col" }, s.keywordTerm), el("th", { scope: "col" }, s.keywordCount),
      el("th", { scope: "col" }, el("span", { className: "visually-hidden" }, s.keywordBar)), el("th", { scope: "col" }, s.keywordForms))),
    el("tbody", {}, ...rows));
}

function wordCloud(result, max, s, selected, onSelect) {
  // Alphabetical, so position says nothing; size grows with the square root of the count.
  const words = result.keywords.map((keyword, index) => ({ keyword, index }))
    .sort((a, b) => a.keyword.label.localeCompare(b.keyword.label));
  return el("ul", { className: "cloud", attrs: { "aria-label": s.cloudLabel } }, ...words.map(({ keyword, index }) => el("li", {},
    el("button", {
      type: "button", className: `term${index === selected ? " selected" : ""}`,
      attrs: { "aria-pressed": String(index === selected), "aria-label": `${keyword.label}: ${keyword.count}` },
      vars: { "--size": `${(0.85 + 1.6 * Math.sqrt(keyword.count / max)).toFixed(2)}em` },
      on: { click: () => onSelect?.(index === selected ? null : index) },
    }, keyword.label))));
}

function keywordDetail(text, result, keyword, s, onReveal) {
  const heading = el("h3", { className: "detail-heading", tabIndex: -1 }, s.kwicHeading(keyword.label, keyword.count));
  const strip = dispersionStrip(text.length, keyword.occurrences, s.dispersionLabel(keyword.label, keyword.count));
  // The strip alone is a row of ticks; its two ends say what it is (the svg's label already does for screen readers).
  const stripEnds = el("div", { className: "strip-ends", attrs: { "aria-hidden": "true" } }, el("span", {}, s.stripStart), el("span", {}, s.stripEnd));
  const lines = keyword.occurrences.slice(0, KWIC_LINES).map((occurrence) => {
    const left = oneLine(text.slice(Math.max(0, occurrence.start - KWIC_CONTEXT), occurrence.start));
    const right = oneLine(text.slice(occurrence.end, occurrence.end + KWIC_CONTEXT));
    return el("li", {}, el("button", {
      type: "button", className: "kwic-line", title: s.kwicReveal,
      on: { click: () => onReveal?.(occurrence.start, occurrence.end) },
    }, el("span", { className: "left" }, left), el("strong", { className: "key" }, text.slice(occurrence.start, occurrence.end)),
    el("span", { className: "right" }, right)));
  });
  const more = keyword.occurrences.length > KWIC_LINES
    ? el("p", { className: "hint" }, s.kwicMore(KWIC_LINES, keyword.occurrences.length)) : null;
  return [heading, strip, stripEnds, el("ol", { className: "kwic", attrs: { "aria-label": s.kwicLabel(keyword.label) } }, ...lines), more];
}

const oneLine = (text) => text.replace(/\s+/g, " ");

/** Ticks at each occurrence along the article; columns of density when there are very many. */
function dispersionStrip(length, occurrences, label) {
  const width = 1000, height = 24;
  const children = [svg("rect", { x: 0, y: 0, width, height, class: "strip-bg" })];
  const total = Math.max(1, length);
  if (occurrences.length <= STRIP_TICKS) {
    for (const occurrence of occurrences) {
      children.push(svg("rect", { x: ((occurrence.start / total) * width).toFixed(1), y: 2, width: 2, height: height - 4, class: "tick" }));
    }
  } else {
    const columns = new Array(200).fill(0);
    for (const occurrence of occurrences) columns[Math.min(199, Math.floor((occurrence.start / total) * 200))]++;
    const top = Math.max(...columns);
    columns.forEach((count, i) => {
      if (count) children.push(svg("rect", { x: i * 5, y: 2, width: 5, height: height - 4, class: "tick", "fill-opacity": (0.2 + 0.8 * (count / top)).toFixed(2) }));
    });
  }
  return svg("svg", { class: "strip", viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none", role: "img", "aria-label": label },
    svg("title", {}, label), ...children);
}
