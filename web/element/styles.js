// The element's styles, adopted as a constructable stylesheet (a strict CSP blocks <style> tags).
// Theme from outside with the --article-lens-* custom properties and ::part().

const CSS = `
:host {
  display: block;
  --al-fg: var(--article-lens-text, #1d1d1f);
  --al-bg: var(--article-lens-background, #ffffff);
  --al-muted: var(--article-lens-muted, #595959);
  --al-border: var(--article-lens-border, #c8c8c8);
  --al-accent: var(--article-lens-accent, #0b5cad);
  --al-loaded: var(--article-lens-loaded, #b3261e);
  --al-reader-height: var(--article-lens-reader-height, 70vh);
  color: var(--al-fg);
  font: inherit;
  line-height: 1.55;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.status { min-height: 1.5em; color: var(--al-muted); }
.status progress { vertical-align: middle; width: 8rem; }
.summary { margin: 0.2rem 0 0.8rem; font-weight: 600; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.2rem; align-items: start; }
@media (max-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
h2 { font-size: 1.15rem; margin: 0 0 0.4rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
button { font: inherit; color: inherit; }
button:focus-visible, .reader:focus-visible, .panel:focus-visible, .s:focus, input:focus-visible, h3:focus-visible {
  outline: 3px solid var(--al-accent); outline-offset: 2px;
}
.reader-tools { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; margin-bottom: 0.4rem; font-size: 0.9rem; }
.reader-buttons { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
.nav-quote, .tab, .link { cursor: pointer; }
.nav-quote { border: 1px solid var(--al-border); background: var(--al-bg); border-radius: 4px; padding: 0.1rem 0.5rem; }
.legend { display: flex; flex-wrap: wrap; gap: 0.3rem 0.9rem; list-style: none; padding: 0; margin: 0; }
.reader {
  white-space: pre-wrap; overflow-wrap: break-word; background: var(--al-bg); color: var(--al-fg);
  border: 1px solid var(--al-border); border-radius: 6px; padding: 1rem 1rem 1rem 0;
  max-height: var(--al-reader-height); overflow: auto;
}
/* The left padding is a gutter: a hovered sentence shows its number there, beside the line where
   it begins, so the number never covers the text. (A chunk's containment makes it the containing
   block of the absolutely placed number; "top: auto" keeps the number on the sentence's line.) */
.chunk { content-visibility: auto; contain-intrinsic-size: auto 30em; padding-left: 2.6rem; }
.s { border-radius: 2px; }
.s:hover { background: rgba(11, 92, 173, 0.08); }
.s:hover::before, .numbered .s::before {
  content: attr(data-n); font-size: 0.7rem; font-weight: 700; color: #fff; background: var(--al-accent);
  border-radius: 3px; padding: 0 0.25rem; line-height: 1.3;
}
.s:hover::before { position: absolute; right: calc(100% - 2.4rem); margin-top: 0.3em; white-space: nowrap; }
.numbered .s::before { position: static; margin: 0 0.25rem 0 0; vertical-align: 0.15em; }
.s.role-headline { font-weight: 700; font-size: 1.1em; }
.s.role-boilerplate, .s.role-dateline, .s.role-byline { color: var(--al-muted); }
mark.quote { color: inherit; background: none; }
mark.quote-direct, .sample-direct {
  background: color-mix(in srgb, var(--speaker-colour, #E69F00) 30%, var(--al-bg));
  border-bottom: 3px var(--speaker-line, solid) var(--speaker-colour, #E69F00);
}
mark.quote-indirect, .sample-indirect {
  text-decoration: underline 2px var(--speaker-line, solid) var(--speaker-colour, #56B4E9);
  text-underline-offset: 0.22em; text-decoration-skip-ink: none;
}
mark.quote-scare, .sample-scare { outline: 1px dashed var(--al-muted); outline-offset: 1px; font-style: italic; }
.has-active mark.quote:not(.active), .has-active .badge { opacity: 0.35; }
.has-active mark.quote.active { outline: 2px solid var(--al-fg); }
.badge::before {
  content: attr(data-letter); display: inline-block; min-width: 1.3em; margin-right: 0.15em; padding: 0 0.2em;
  font-size: 0.72em; font-weight: 700; font-style: normal; line-height: 1.35; text-align: center; vertical-align: 0.2em;
  color: #000; background: var(--speaker-colour, #bbb); border: 1px solid #000; border-radius: 3px;
}
.cue, .sample-neutral, .sample-loaded { border-radius: 3px; padding: 0 0.1em; }
.cue-neutral, .sample-neutral { box-shadow: inset 0 0 0 1px var(--al-muted); }
.cue-loaded, .sample-loaded {
  font-weight: 700; color: var(--al-loaded); box-shadow: inset 0 0 0 2px var(--al-loaded);
}
.cue-loaded::after, .sample-loaded::after { content: "!"; font-size: 0.75em; vertical-align: 0.4em; margin-left: 0.1em; }
.mention { font-weight: 600; text-decoration: underline 2px dotted var(--speaker-colour, #999); text-underline-offset: 0.2em; }
::highlight(article-lens-target) { background: #ffe066; color: #000; }

.tabs { display: flex; gap: 0.2rem; border-bottom: 2px solid var(--al-border); flex-wrap: wrap; }
.tab { border: 1px solid var(--al-border); border-bottom: none; background: #f1f1ee; padding: 0.35rem 0.8rem; border-radius: 6px 6px 0 0; }
.tab[aria-selected="true"] { background: var(--al-bg); font-weight: 700; box-shadow: inset 0 3px 0 var(--al-accent); }
.panel { background: var(--al-bg); border: 1px solid var(--al-border); border-top: none; padding: 0.8rem; border-radius: 0 0 6px 6px; }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0.5rem; margin: 0 0 0.6rem; }
.facts div { border: 1px solid var(--al-border); border-radius: 4px; padding: 0.3rem 0.5rem; }
.facts dt { font-size: 0.8rem; color: var(--al-muted); }
.facts dd { margin: 0; font-size: 1.2rem; font-weight: 700; }
.hint { color: var(--al-muted); font-size: 0.88rem; margin: 0.3rem 0; }
.empty { color: var(--al-muted); }
.facts-heading { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--al-muted); margin: 0.2rem 0 0.3rem; }
.source-group { font-size: 0.95rem; margin: 0.9rem 0 0.2rem; padding-bottom: 0.15rem; border-bottom: 2px solid var(--al-border); }
.speakers { list-style: none; padding: 0; margin: 0; }
.speakers li { padding: 0.4rem 0; border-bottom: 1px solid #eee; }
.speaker { display: inline-flex; align-items: center; gap: 0.3rem; border: 1px solid transparent; background: none; padding: 0.1rem 0.3rem; border-radius: 4px; cursor: pointer; text-align: left; }
.speaker[aria-pressed="true"] { border-color: var(--al-fg); background: color-mix(in srgb, var(--speaker-colour) 25%, var(--al-bg)); }
.speaker .name { font-weight: 700; text-decoration: underline; text-underline-offset: 0.15em; }
.tag { font-size: 0.75rem; border: 1px solid var(--al-muted); border-radius: 3px; padding: 0 0.25rem; color: var(--al-muted); }
.counts, .verbs { display: block; font-size: 0.88rem; color: var(--al-muted); }
.count-direct, .count-indirect { font-weight: 700; color: var(--al-fg); }
.count-direct.zero, .count-indirect.zero { font-weight: normal; color: var(--al-muted); }
.quote-list { margin: 0.2rem 0; padding-left: 1.4rem; font-size: 0.9rem; }
.quote-list li { margin-bottom: 0.2rem; }
.quote-list .link { font-weight: normal; text-align: left; }
.bar { display: block; height: 0.55rem; width: var(--share, 0%); min-width: 1px; background: var(--speaker-colour, var(--al-accent)); border: 1px solid rgba(0,0,0,0.5); border-radius: 2px; margin: 0.2rem 0; }
table.keywords { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
table.keywords caption { text-align: left; color: var(--al-muted); font-size: 0.85rem; padding-bottom: 0.3rem; }
table.keywords th, table.keywords td { text-align: left; padding: 0.15rem 0.3rem; border-bottom: 1px solid #eee; vertical-align: middle; }
table.keywords thead th { font-size: 0.8rem; color: var(--al-muted); }
td.count, td.rank { font-variant-numeric: tabular-nums; }
td.bar-cell { width: 30%; }
td.forms { color: var(--al-muted); font-size: 0.85rem; }
tr.selected { background: #fff3c4; }
button.term { border: none; background: none; padding: 0; font-weight: 700; text-align: left; text-decoration: underline; text-underline-offset: 0.15em; cursor: pointer; color: var(--al-accent); }
.cloud { list-style: none; padding: 0.5rem; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; align-items: baseline; justify-content: center; border: 1px solid #eee; border-radius: 6px; }
.cloud button.term { font-size: var(--size); line-height: 1.1; }
.cloud button.selected { background: #fff3c4; }
.strip { display: block; width: 100%; height: 2rem; margin: 0.3rem 0; }
.strip .strip-bg { fill: #f1f1ee; stroke: #767676; stroke-width: 1; }
.strip .tick { fill: var(--al-accent); }
.strip-ends { display: flex; justify-content: space-between; margin: -0.2rem 0 0.4rem; font-size: 0.75rem; color: var(--al-muted); }
.kwic { list-style: none; padding: 0; margin: 0; max-height: 24rem; overflow: auto; font-size: 0.85rem; }
.kwic-line { display: grid; grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr); gap: 0.3rem; width: 100%; border: none; border-bottom: 1px solid #eee; background: none; padding: 0.15rem 0; cursor: pointer; text-align: left; }
.kwic-line:hover { background: #f6f6f2; }
.kwic-line .left { text-align: right; overflow: hidden; white-space: nowrap; direction: rtl; }
.kwic-line .left::after { content: ""; }
.kwic-line .right { overflow: hidden; white-space: nowrap; }
.kwic-line .key { color: var(--al-accent); }
.histogram { margin: 0.5rem 0; }
.histogram figcaption { font-weight: 600; font-size: 0.9rem; }
.bins { list-style: none; padding: 0; margin: 0.3rem 0; font-size: 0.85rem; }
.bins li { display: grid; grid-template-columns: 4.2rem minmax(0, 1fr) 6.5rem; gap: 0.4rem; align-items: center; }
.bins .bar { background: var(--al-accent); }
/* An empty bin draws no stub: a 1px bar would read as "a few sentences". */
.bins .bar.empty { visibility: hidden; }
.bin-count { color: var(--al-muted); }
.longest { padding-left: 1.2rem; font-size: 0.9rem; }
.longest li { margin-bottom: 0.35rem; }
.link { border: none; background: none; padding: 0; color: var(--al-accent); text-decoration: underline; font-weight: 600; }
.snippet { color: var(--al-muted); }
.readability-value { font-size: 1.4rem; }
.formula { font-family: ui-monospace, monospace; font-size: 0.85rem; }
.toggle { font-size: 0.9rem; cursor: pointer; }
`;

let sheet = null;

export function elementStyles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
