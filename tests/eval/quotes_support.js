// Shared by the quote evaluation checks and tests/eval/quotes_dev.js: the gold sets, the split of
// each set into a development half and a held-out half, and our predictions in the scorer's format.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { evalPath } from "./support.js";

const load = (file) => JSON.parse(readFileSync(evalPath(file), "utf8"));

// A document's half, by a hash of its id: "dev" (tuned on) or "held" (only measured).
export function halfOf(id) {
  const hash = createHash("sha1").update(id).digest();
  return hash.readUInt32BE(0) % 2 === 0 ? "dev" : "held";
}
export const inHalf = (id, half) => half === "all" || halfOf(id) === half;

// PolNeAR's New York Times articles write quotations as ''...'' and the extraction of the gold's
// "quotes" missed those marks, while their annotated attributions cover them. Their gold here is
// rebuilt the way the other publishers' was: every marked segment inside an attribution, with that
// attribution's speaker and cue. Marks are paired within a paragraph: '' (or “) after a space or at
// the start opens, '' (or ”) before a space, punctuation or the end closes; an opening mark with no
// closing one in its paragraph runs to the paragraph's end (a quote continued on the next one).
export function nytQuotesFromAttributions(doc) {
  const text = doc.text;
  const quotes = [];
  const seen = new Set();
  for (const attribution of doc.attributions ?? []) {
    for (const [start, end] of attribution.content_spans ?? [[attribution.start, attribution.end]]) {
      for (const [s, e] of markedSegments(text, start, end)) {
        const key = `${s}:${e}`;
        if (seen.has(key)) continue;
        seen.add(key);
        quotes.push({ start: s, end: e, text: text.slice(s, e), speaker: attribution.speaker, cue: attribution.cue,
                      attr_type: attribution.type === "direct" ? "direct" : "mixed" });
      }
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

function markedSegments(text, start, end) {
  const segments = [];
  let open = -1;
  const isSpace = (c) => c === undefined || /\s/.test(c);
  for (let i = start; i < end; ++i) {
    if (text[i] === "\n" && open >= 0 && text[i + 1] === "\n") {
      segments.push([open, i]);
      open = -1;
    }
    const two = text.slice(i, i + 2) === "''";
    const curly = text[i] === "\u201c" || text[i] === "\u201d";
    if (!two && !curly) continue;
    const width = two ? 2 : 1;
    const before = text[i - 1];
    const after = text[i + width];
    const opens = text[i] === "\u201c" || (two && (isSpace(before) || before === "(" || before === "\u2014"));
    const closes = text[i] === "\u201d" || (two && (isSpace(after) || /[.,;:!?)\u2014-]/.test(after)));
    if (open < 0 && opens) open = i;
    else if (open >= 0 && closes) {
      segments.push([open, i + width]);
      open = -1;
    }
    i += width - 1;
  }
  if (open >= 0) segments.push([open, end]);
  return segments;
}

export const goldSets = {
  polnear: () => ({ docs: load("quotes/polnear_train.json"), language: "en" }),
  "polnear-without-nyt": () => ({ docs: load("quotes/polnear_train.json").filter((d) => d.publisher !== "nyt"), language: "en" }),
  nyt: () => ({
    docs: load("quotes/polnear_train.json").filter((d) => d.publisher === "nyt")
      .map((d) => ({ ...d, quotes: nytQuotesFromAttributions(d) })),
    language: "en",
  }),
  // The whole of PolNeAR with the NYT articles scored against their attributions as above.
  "polnear-fixed": () => ({
    docs: load("quotes/polnear_train.json")
      .map((d) => (d.publisher === "nyt" ? { ...d, quotes: nytQuotesFromAttributions(d) } : d)),
    language: "en",
  }),
  german: () => ({ docs: load("quotes/german_wikinews_train.json"), language: "de" }),
};

// Our direct quotes in the scorer's format, with two readings of "speaker":
// - `quotes`: the resolved speaker (a person's name; else the words of the mention), what our
//   `speaker` field says;
// - `named`: the mention as the text gives it, with its apposition ("Kevin Brady, chairman of the
//   Ways and Means Committee"), unless it is a bare pronoun, then the resolved speaker: the gold of
//   PolNeAR and German WikiNews is the annotated source mention, so this compares like with like.
export function predictQuotes(lens, docs, language) {
  const results = lens.analyzeAll
    ? lens.analyzeAll(docs.map((doc) => [doc.text, language ?? doc.lang ?? "en"]))
    : docs.map((doc) => lens.analyze(doc.text, { language: language ?? doc.lang ?? "en", parts: ["quotes"] }));
  const pronoun = (m) => m && !/\s/.test(m) && m === m.toLowerCase();
  return docs.map((doc, i) => {
    const direct = results[i].quotes.filter((q) => q.kind === "direct");
    const entry = (speaker) => (q) => ({ start: q.start, end: q.end, speaker: speaker(q), cue: q.cue });
    const resolved = entry((q) => q.speaker ?? q.speakerMention);
    const named = entry((q) => (q.speakerMention && !pronoun(q.speakerMention) ? q.speakerMention : q.speaker ?? q.speakerMention));
    return {
      id: doc.id,
      quotes: direct.map(resolved),
      named: direct.map(named),
      closed: direct.filter((q) => !q.unclosed).map(resolved),
      unclosed: direct.filter((q) => q.unclosed).map(resolved),
    };
  });
}

// The same predictions with `quotes` read as the `named` speakers.
export const asNamed = (predictions) => predictions.map((p) => ({ id: p.id, quotes: p.named }));

// Gold speakers cut before their apposition ("Kevin Brady, chairman of ..." -> "Kevin Brady"), and
// before a place or body after a person's name ("Rep. Tom Cole of Oklahoma" -> "Rep. Tom Cole",
// "Meenakshi Ganguly of Human Rights Watch" -> "Meenakshi Ganguly"), to score who speaks rather
// than how the annotators delimited the mention. The place is cut as the speaker resolver cuts it:
// at a word of origin_links_<lang>.txt ("of", "from"; German "aus") after a name preceded by a
// first name or a title -- two capitalised words before the link, the last of them no title
// (person_titles_<lang>.txt) and the first no determiner. "Bank of America" (one word before the
// link) and "Secretary of State John Kerry" (a title before the link) stay whole.
const dataWords = (kind, language) => {
  try {
    const file = new URL(`../../src/quotes/data/${kind}_${language}.txt`, import.meta.url);
    const lines = readFileSync(file, "utf8").split("\n").map((l) => l.replace(/#.*/, "").trim().toLowerCase());
    return new Set(lines.filter(Boolean));
  } catch {
    return new Set();
  }
};
function placeCutter(language) {
  const links = dataWords("origin_links", language);
  const titles = dataWords("person_titles", language);
  const determiners = new Set([...dataWords("determiners", language), ...dataWords("indefinites", language)]);
  const capitalised = (w) => w !== undefined && /^\p{Lu}/u.test(w);
  const bare = (w) => w.replace(/\.$/, "").toLowerCase();
  return (speaker) => {
    const words = speaker.split(" ");
    for (let k = 2; k + 1 < words.length; ++k) {
      if (!links.has(words[k].toLowerCase())) continue;
      const name = words[k - 1], before = words[k - 2];
      if (capitalised(name) && !titles.has(bare(name)) && capitalised(before) && !determiners.has(bare(before)))
        return words.slice(0, k).join(" ");
      break;
    }
    return speaker;
  };
}
export const cutGoldSpeakers = (docs, language = "en") => {
  const cutPlace = placeCutter(language);
  const cut = (speaker) => cutPlace(speaker.split(/,| \(| —/)[0]);
  return docs.map((d) => ({ ...d, quotes: d.quotes.map((q) => ({ ...q, speaker: q.speaker ? cut(q.speaker) : q.speaker })) }));
};
