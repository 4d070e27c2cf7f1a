// Renders an analysis into the page. User text only ever goes through textContent.

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const SPEAKER_COLOURS = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"];

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "style") node.style.cssText = value;
    else node[key] = value;
  }
  for (const child of children) node.append(child);
  return node;
}

export const speakerColour = (index) => (index === null ? "#bbbbbb" : SPEAKER_COLOURS[index % SPEAKER_COLOURS.length]);

// Cuts the text at every sentence and quote boundary; each piece knows its sentence and quote.
function segments(text, result) {
  const cuts = new Set([0, text.length]);
  for (const s of result.sentences) cuts.add(s.start).add(s.end);
  for (const q of result.quotes) cuts.add(q.start).add(q.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  let s = 0, q = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    while (s < result.sentences.length && result.sentences[s].end <= start) s++;
    while (q < result.quotes.length && result.quotes[q].end <= start) q++;
    const sentence = s < result.sentences.length && result.sentences[s].start <= start ? s : null;
    const quote = q < result.quotes.length && result.quotes[q].start <= start ? q : null;
    pieces.push({ start, end, sentence, quote });
  }
  return pieces;
}

function renderReader(text, result, reader) {
  reader.replaceChildren();
  for (const piece of segments(text, result)) {
    const content = text.slice(piece.start, piece.end);
    if (piece.quote === null) {
      reader.append(el("span", { dataset: piece.sentence === null ? {} : { sentence: piece.sentence + 1 } }, content));
      continue;
    }
    const quote = result.quotes[piece.quote];
    reader.append(el("mark", {
      className: `quote quote-${quote.kind}`,
      title: quote.speaker ? `${quote.speaker}${quote.cue ? ` (${quote.cue})` : ""}` : "Unattributed",
      style: `--speaker-colour: ${speakerColour(quote.speakerIndex)}`,
      dataset: { quote: piece.quote, speaker: quote.speaker ?? "", sentence: piece.sentence === null ? "" : piece.sentence + 1 },
    }, content));
  }
}

function renderSpeakers(result, list) {
  list.replaceChildren();
  if (!result.speakers.length) list.append(el("li", { className: "empty" }, "No attributed quotes."));
  result.speakers.forEach((speaker, index) => {
    const share = Math.round(speaker.share * 100);
    list.append(el("li", {},
      el("span", { className: "swatch", style: `--speaker-colour: ${speakerColour(index)}`, ariaHidden: "true" }),
      el("strong", {}, speaker.name),
      ` — ${speaker.directQuotes} direct, ${speaker.indirectQuotes} indirect, ${speaker.words} words (${share}%)`,
      el("span", { className: "bar", style: `--share: ${share}%`, ariaHidden: "true" })));
  });
}

function renderKeywords(result, list) {
  list.replaceChildren();
  const max = Math.max(1, ...result.keywords.map((k) => k.count));
  for (const keyword of result.keywords) {
    list.append(el("li", {},
      el("span", { className: "term" }, keyword.term),
      el("span", { className: "count" }, String(keyword.count)),
      el("span", { className: "bar", style: `--share: ${Math.round((keyword.count / max) * 100)}%`, ariaHidden: "true" })));
  }
}

function renderSentences(result, list) {
  list.replaceChildren(...result.sentences.map((s) => el("li", {}, s.text)));
}

function renderSummary(result, summary) {
  const { stats } = result;
  summary.replaceChildren(el("p", {},
    `${stats.sentences} sentences · ${stats.words} words · ${result.quotes.length} quotes from ` +
    `${result.speakers.length} speakers · ${Math.round(stats.quotedShare * 100)}% of words in quotation marks · ` +
    `language: ${result.language}`));
}

export function renderResult(text, result, targets) {
  renderSummary(result, targets.summary);
  renderReader(text, result, targets.reader);
  renderSpeakers(result, targets.speakers);
  renderKeywords(result, targets.keywords);
  renderSentences(result, targets.sentences);
}
