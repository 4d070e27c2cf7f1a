// The sources panel: who is quoted, how (direct, indirect, with which verbs), and how much.
import { el, percent } from "./dom.js";
import { speakerLetter, speakerVars } from "./palette.js";

/**
 * onSelect(index | null) is called when a speaker is picked (again to unpick).
 * Returns the panel's nodes.
 */
export function renderSources(result, strings, { activeSpeaker = null, onSelect, locale } = {}) {
  const s = strings;
  const named = result.speakers.filter((speaker) => !speaker.anonymous).length;
  const anonymous = result.speakers.length - named;
  const unattributed = result.quotes.filter((q) => q.kind !== "scare" && q.speakerIndex === null).length;
  const scare = result.quotes.filter((q) => q.kind === "scare").length;
  const summary = el("dl", { className: "facts" },
    fact(s.quotedShareLabel, percent(result.stats.quotedShare, locale)),
    fact(s.namedSources, String(named)),
    fact(s.anonymousSources, String(anonymous)),
    fact(s.unattributedQuotes, String(unattributed)),
    fact(s.scareQuotes, String(scare)));

  if (!result.speakers.length) {
    return [summary, el("p", { className: "empty" }, s.noSpeakers)];
  }
  const cues = cuesBySpeaker(result);
  const list = el("ul", { className: "speakers", attrs: { "aria-label": s.speakersListLabel } });
  result.speakers.forEach((speaker, index) => {
    const pressed = activeSpeaker === index;
    const button = el("button", {
      type: "button", className: "speaker", attrs: { "aria-pressed": String(pressed) },
      dataset: { speakerIndex: index }, vars: speakerVars(index),
      on: { click: () => onSelect?.(pressed ? null : index) },
    },
    el("span", { className: "badge", dataset: { letter: speakerLetter(index) }, attrs: { "aria-hidden": "true" } }),
    el("span", { className: "name" }, speaker.name),
    speaker.anonymous ? el("span", { className: "tag" }, s.anonymousTag) : null);
    const verbs = cues.get(index) ?? [];
    list.append(el("li", {},
      button,
      el("span", { className: "counts" }, s.speakerCounts(speaker.directQuotes, speaker.indirectQuotes, speaker.words, percent(speaker.share, locale))),
      el("span", { className: "bar", vars: { "--share": `${Math.round(speaker.share * 100)}%`, ...speakerVars(index) }, attrs: { "aria-hidden": "true" } }),
      verbs.length ? el("span", { className: "verbs" }, `${s.cueVerbsLabel}: `, ...verbList(verbs, s)) : null));
  });
  return [summary, el("p", { className: "hint" }, s.speakerHint), list];
}

function fact(label, value) {
  return el("div", {}, el("dt", {}, label), el("dd", {}, value));
}

function cuesBySpeaker(result) {
  const map = new Map();
  for (const quote of result.quotes) {
    if (quote.speakerIndex === null || !quote.cue) continue;
    const key = quote.cue.toLowerCase();
    const verbs = map.get(quote.speakerIndex) ?? new Map();
    const entry = verbs.get(key) ?? { cue: key, tone: quote.cueTone, count: 0 };
    entry.count++;
    verbs.set(key, entry);
    map.set(quote.speakerIndex, verbs);
  }
  return new Map([...map].map(([index, verbs]) => [index, [...verbs.values()].sort((a, b) => b.count - a.count)]));
}

function verbList(verbs, s) {
  const out = [];
  verbs.forEach((verb, i) => {
    if (i) out.push(", ");
    out.push(el("span", {
      className: `cue cue-${verb.tone ?? "neutral"}`,
      title: verb.tone === "loaded" ? s.cueLoaded : s.cueNeutral,
    }, verb.cue), verb.count > 1 ? ` ×${verb.count}` : "");
  });
  return out;
}
