// The comparison of two articles: for each, its distinctive words (against the other), its
// quotes by kind, its sources (named, described, anonymous) with their quoted shares, and its
// loaded cue verbs.
import { el, percent } from "../element/dom.js";
import { speakerLetter, speakerVars } from "../element/palette.js";
import { shareOfQuotedWords, sourceKind } from "../element/source-figures.js";
import { alignedCounts, distinctiveTerms } from "./log-likelihood.js";

export function renderComparison(container, sides, strings) {
  const s = strings;
  const [a, b] = sides;
  const ab = alignedCounts(a.result.keywords, b.result.keywords);
  const ba = alignedCounts(b.result.keywords, a.result.keywords);
  const colourIndex = sharedSpeakerIndex(a.result.speakers, b.result.speakers);
  const columns = [
    column(a, b, distinctiveTerms(ab.countsA, a.result.stats.words, ab.countsB, b.result.stats.words), colourIndex, s),
    column(b, a, distinctiveTerms(ba.countsA, b.result.stats.words, ba.countsB, a.result.stats.words), colourIndex, s),
  ];
  container.replaceChildren(el("p", { className: "hint" }, s.compareMethod), el("div", { className: "compare-columns" }, ...columns));
}

// One letter and colour per person across both columns: the same speaker quoted by both outlets
// must look the same on each side, or the comparison misleads.
function sharedSpeakerIndex(speakersA, speakersB) {
  const indexByName = new Map();
  for (const speaker of [...speakersA, ...speakersB]) {
    const key = speaker.name.toLocaleLowerCase();
    if (!indexByName.has(key)) indexByName.set(key, indexByName.size);
  }
  return (speaker) => indexByName.get(speaker.name.toLocaleLowerCase());
}

function column(side, other, terms, colourIndex, s) {
  const { result } = side;
  const locale = s.locale;
  return el("section", { className: "compare-column", attrs: { "aria-label": side.label } },
    el("h3", {}, side.label),
    el("p", { className: "compare-summary" }, s.compareSummary(result.stats.words, percent(result.stats.quotedShare, locale))),
    el("p", { className: "compare-quotes" }, s.compareQuotes(result.stats)),
    el("p", { className: "compare-sources" }, s.compareSources(result.stats)),
    el("h4", {}, s.distinctiveHeading(other.label)),
    terms.length ? distinctiveTable(terms, side, other, s) : el("p", { className: "empty" }, s.noDistinctive),
    el("h4", {}, s.compareSpeakersHeading),
    speakersList(result, colourIndex, s, locale),
    el("h4", {}, s.loadedHeading(result.stats.loadedCues, result.stats.loadedCues + result.stats.neutralCues)),
    loadedList(result, side.text, s));
}

function distinctiveTable(terms, side, other, s) {
  const number = new Intl.NumberFormat(s.locale, { maximumFractionDigits: 1 });
  return el("table", { className: "distinctive" },
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, s.termHeader),
      el("th", { scope: "col" }, s.countIn(side.label)),
      el("th", { scope: "col" }, s.countIn(other.label)),
      el("th", { scope: "col" }, s.g2Header))),
    el("tbody", {}, ...terms.map((t) => el("tr", { className: t.significant ? "significant" : "" },
      el("th", { scope: "row" }, t.term, t.significant ? el("span", { className: "sig", title: s.significantTitle }, " *") : null),
      el("td", {}, String(t.a)), el("td", {}, String(t.b)), el("td", {}, number.format(t.g2))))));
}

function speakersList(result, colourIndex, s, locale) {
  if (!result.speakers.length) return el("p", { className: "empty" }, s.noSpeakersCompare);
  return el("ul", { className: "compare-speakers" }, ...result.speakers.map((speaker) => {
    const index = colourIndex(speaker);
    const kind = sourceKind(speaker);
    const share = shareOfQuotedWords(speaker, result.stats);
    return el("li", { dataset: { kind } },
      el("span", { className: "badge", dataset: { letter: speakerLetter(index) }, vars: speakerVars(index), attrs: { "aria-hidden": "true" } }),
      el("strong", {}, speaker.name), kind === "named" ? "" : ` (${s.sourceKindTags[kind]})`,
      ` — ${s.compareSpeakerLine(speaker.directQuotes, speaker.indirectQuotes, speaker.words ? percent(share, locale) : null)}`,
      speaker.words ? el("span", { className: "bar", vars: { "--share": `${Math.round(share * 100)}%`, ...speakerVars(index) }, attrs: { "aria-hidden": "true" } }) : null);
  }));
}

// Reported speech is shown without quotation marks: the article does not put these words in anyone's mouth.
function loadedList(result, text, s) {
  const loaded = result.quotes.filter((q) => q.cueTone === "loaded");
  if (!loaded.length) return el("p", { className: "empty" }, s.noLoaded);
  return el("ul", { className: "loaded-verbs" }, ...loaded.map((quote) => {
    const words = excerpt(text.slice(quote.contentStart, quote.contentEnd));
    return el("li", { dataset: { kind: quote.kind } },
      el("span", { className: "cue-loaded" }, quote.cue), ` — ${quote.speaker ?? s.unattributed}: `,
      quote.kind === "indirect" ? el("span", { className: "reported" }, `${s.reportedPrefix} ${words}`) : el("q", {}, words));
  }));
}

const excerpt = (text) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);
