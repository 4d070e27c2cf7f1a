// The structure panel: how the article is built, sentence by sentence.
import { el } from "./dom.js";
import { sentenceStats } from "./text-stats.js";

export function renderStructure(result, strings, { locale, onReveal } = {}) {
  const s = strings;
  const stats = sentenceStats(result, result.language);
  const number = (value, digits = 1) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  const facts = el("dl", { className: "facts" },
    fact(s.sentencesLabel, number(result.stats.sentences, 0)),
    fact(s.countedSentencesLabel, number(stats.counted, 0)),
    fact(s.wordsPerSentenceMean, number(stats.mean)),
    fact(s.wordsPerSentenceMedian, number(stats.median)));
  const top = Math.max(1, ...stats.histogram.map((bin) => bin.count));
  const histogram = el("figure", { className: "histogram" },
    el("figcaption", {}, s.histogramCaption),
    el("ol", { className: "bins" }, ...stats.histogram.map((bin) => el("li", {},
      el("span", { className: "bin-label" }, bin.to === null ? s.binOver(bin.from - 1) : `${bin.from}–${bin.to}`),
      el("span", { className: bin.count ? "bar" : "bar empty", vars: { "--share": `${(bin.count / top) * 100}%` }, attrs: { "aria-hidden": "true" } }),
      el("span", { className: "bin-count" }, s.binCount(bin.count))))));
  const longest = el("ol", { className: "longest" }, ...stats.longest.map(({ index, words }) => {
    const sentence = result.sentences[index];
    return el("li", {}, el("button", {
      type: "button", className: "link", on: { click: () => onReveal?.(sentence.start, sentence.end) },
    }, s.sentenceRef(index + 1, words)), " ", el("span", { className: "snippet" }, snippet(sentence.text)));
  }));
  return [
    facts,
    el("p", { className: "hint" }, s.countedRolesNote),
    histogram,
    el("h3", {}, s.longestHeading), longest,
    el("h3", {}, s.readabilityHeading),
    readability(stats.readability, result.language, s, number),
  ];
}

function readability(value, language, s, number) {
  if (!value) return el("p", { className: "readability" }, s.readabilityUnavailable(language));
  const formula = s.readabilityFormulas[value.id];
  return el("div", { className: "readability" },
    el("p", {}, el("strong", { className: "readability-value" }, number(value.value)), ` — ${formula.name}`),
    el("p", { className: "formula" }, formula.formula),
    el("p", { className: "hint" }, formula.meaning));
}

function fact(label, value) {
  return el("div", {}, el("dt", {}, label), el("dd", {}, value));
}

const snippet = (text) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);
