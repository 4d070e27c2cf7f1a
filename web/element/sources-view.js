// The sources panel: who is quoted, how much and with which verbs. The figures are the core's
// (result.stats); below them each speaker, grouped as named, described (groups and bodies) and
// anonymous sources, with direct and reported counts, a bar of their share of quoted words and the
// cue verbs that introduce them; then the quotes nobody is named for and the scare quotes and titles.
import { el, percent } from "./dom.js";
import { speakerLetter, speakerVars } from "./palette.js";
import { SOURCE_KINDS, cuesBySpeaker, quotesOfKind, shareOfQuotedWords, speakersByKind, unattributedQuotes } from "./source-figures.js";

const LISTED_QUOTES = 30; // quotes without a speaker and scare quotes listed; the rest are counted

/**
 * onSelect(index | null) is called when a speaker is picked (again to unpick); onReveal(start, end)
 * when a listed quote is picked. Returns the panel's nodes.
 */
export function renderSources(result, strings, { activeSpeaker = null, onSelect, onReveal, locale } = {}) {
  const s = strings;
  const out = [...summary(result.stats, s, locale)];
  const groups = speakersByKind(result);
  if (!result.speakers.length) out.push(el("p", { className: "empty" }, s.noSpeakers));
  else out.push(el("p", { className: "hint" }, s.speakerHint));
  const cues = cuesBySpeaker(result);
  for (const kind of SOURCE_KINDS) {
    if (!groups[kind].length) continue;
    out.push(el("h3", { className: `source-group group-${kind}` }, s.sourceGroups[kind](groups[kind].length)),
      el("ul", { className: "speakers", dataset: { kind }, attrs: { "aria-label": s.sourceGroups[kind](groups[kind].length) } },
        ...groups[kind].map(({ speaker, index }) => speakerItem(speaker, index, {
          cues: cues.get(index), share: shareOfQuotedWords(speaker, result.stats), activeSpeaker, s, locale, onSelect,
        }))));
  }
  const unattributed = unattributedQuotes(result);
  if (unattributed.length) {
    out.push(el("h3", {}, s.unattributedHeading(unattributed.length)), el("p", { className: "hint" }, s.unattributedHint),
      ...quoteList(unattributed, "unattributed", s, onReveal));
  }
  const scare = quotesOfKind(result, "scare");
  if (scare.length) {
    out.push(el("h3", {}, s.scareHeading(scare.length)), el("p", { className: "hint" }, s.scareHint),
      ...quoteList(scare, "scare", s, onReveal));
  }
  return out.filter(Boolean);
}

function summary(stats, s, locale) {
  const count = (n) => new Intl.NumberFormat(locale).format(n ?? 0);
  const cues = (stats.neutralCues ?? 0) + (stats.loadedCues ?? 0);
  return [
    el("h3", { className: "facts-heading" }, s.quotesFactsHeading),
    el("dl", { className: "facts quote-facts" },
      fact(s.quotedShareLabel, percent(stats.quotedShare, locale), "quoted-share"),
      fact(s.directQuotesLabel, count(stats.directQuotes), "direct"),
      fact(s.reportedSpeechLabel, count(stats.indirectQuotes), "indirect"),
      fact(s.unattributedQuotes, count(stats.unattributedQuotes), "unattributed"),
      fact(s.scareQuotes, count(stats.scareQuotes), "scare"),
      fact(s.loadedCuesLabel, s.loadedOf(count(stats.loadedCues), count(cues)), "loaded")),
    el("h3", { className: "facts-heading" }, s.sourcesFactsHeading),
    el("dl", { className: "facts source-facts" },
      fact(s.namedSources, count(stats.namedSources), "named"),
      fact(s.describedSources, count(stats.describedSources), "described"),
      fact(s.anonymousSources, count(stats.anonymousSources), "anonymous")),
  ];
}

function fact(label, value, key) {
  return el("div", { dataset: { fact: key } }, el("dt", {}, label), el("dd", {}, value));
}

function speakerItem(speaker, index, { cues, share, activeSpeaker, s, locale, onSelect }) {
  const pressed = activeSpeaker === index;
  const button = el("button", {
    type: "button", className: "speaker", attrs: { "aria-pressed": String(pressed) },
    dataset: { speakerIndex: index }, vars: speakerVars(index),
    on: { click: () => onSelect?.(pressed ? null : index) },
  },
  el("span", { className: "badge", dataset: { letter: speakerLetter(index) }, attrs: { "aria-hidden": "true" } }),
  el("span", { className: "name" }, speaker.name));
  const verbs = cues?.verbs ?? [];
  return el("li", {},
    button,
    el("span", { className: "counts" },
      count("count-direct", speaker.directQuotes, s.directCount), " · ",
      count("count-indirect", speaker.indirectQuotes, s.reportedCount),
      speaker.words ? ` · ${s.quotedWords(speaker.words, percent(share, locale))}` : ""),
    speaker.words ? el("span", { className: "bar", vars: { "--share": `${Math.round(share * 100)}%`, ...speakerVars(index) }, attrs: { "aria-hidden": "true" } }) : null,
    verbs.length || cues?.withoutCue ? el("span", { className: "verbs" },
      verbs.length ? [`${s.cueVerbsLabel}: `, ...verbList(verbs, s)] : null,
      cues.withoutCue ? el("span", { className: "without-cue" }, `${verbs.length ? " · " : ""}${s.withoutCue(cues.withoutCue)}`) : null) : null);
}

function count(className, n, label) {
  return el("span", { className: `${className}${n ? "" : " zero"}` }, label(n));
}

function verbList(verbs, s) {
  const out = [];
  verbs.forEach((verb, i) => {
    if (i) out.push(", ");
    const loaded = verb.tone === "loaded";
    out.push(el("span", {
      className: `cue cue-${loaded ? "loaded" : "neutral"}`,
      title: loaded ? s.cueLoaded : s.cueNeutral,
    }, verb.cue === ":" ? s.colonCue : verb.cue), verb.count > 1 ? ` ×${verb.count.toLocaleString(s.locale)}` : "");
  });
  return out;
}

function quoteList(items, kind, s, onReveal) {
  const shown = items.slice(0, LISTED_QUOTES);
  const list = el("ol", { className: `quote-list quote-list-${kind}` }, ...shown.map(({ quote }) => el("li", {},
    el("button", { type: "button", className: "link", title: s.showInReader, on: { click: () => onReveal?.(quote.start, quote.end) } },
      `“${excerpt(quote.text)}”`))));
  const more = items.length > shown.length ? el("p", { className: "hint" }, s.moreQuotes(items.length - shown.length)) : null;
  return [list, more];
}

const excerpt = (text) => (text.length > 100 ? `${text.slice(0, 97)}…` : text);
