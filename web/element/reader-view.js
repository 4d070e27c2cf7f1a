// The reader: the article with sentences, quotes, cues and speaker mentions marked.
//
// Long texts: the whole text is laid out at once as plain text in chunks (one text node each, with
// `content-visibility: auto` so off-screen chunks cost no layout), and only chunks near the viewport
// get their markup. Chunks that scroll far away go back to plain text, so the node count stays
// bounded however long the article is. The reader's textContent always equals the text.
import { el, firstEndingAfter } from "./dom.js";
import { speakerLetter, speakerVars } from "./palette.js";
import { chunkBoundaries, chunkAt, decorations, decorationsByChunk, pieces } from "./reader-layout.js";

const RICH_AT_ONCE = 3; // texts of up to this many chunks are marked up straight away

export class ReaderView {
  constructor(container, strings) {
    this.container = container;
    this.strings = strings;
    this.activeSpeaker = null;
    this.observer = null;
    this.text = "";
    this.result = null;
  }

  /**
   * Where a text's chunks end and what decorates each: the reader's work before it touches the
   * page, which a caller may run in a task of its own for a long text and pass to render().
   */
  layout(text, result) {
    const steps = this.layoutInSteps(text, result);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** The same in steps, for a caller that lets the page paint between them (a long text). */
  *layoutInSteps(text, result) {
    const bounds = chunkBoundaries(text, result.sentences);
    yield;
    const list = decorations(result);
    yield;
    return { text, result, bounds, byChunk: decorationsByChunk(bounds, list) };
  }

  render(text, result, layout = this.layout(text, result)) {
    this.observer?.disconnect();
    this.text = text;
    this.result = result;
    this.bounds = layout.bounds;
    this.byChunk = layout.byChunk;
    this.chunks = [];
    const nodes = [];
    for (let c = 0; c + 1 < this.bounds.length; c++) {
      const chunk = el("div", { className: "chunk", dataset: { chunk: c } }, text.slice(this.bounds[c], this.bounds[c + 1]));
      chunk.rich = false;
      this.chunks.push(chunk);
      nodes.push(chunk);
    }
    this.container.replaceChildren(...nodes);
    if (this.chunks.length <= RICH_AT_ONCE) {
      this.chunks.forEach((_, c) => this.enrich(c));
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const c = Number(entry.target.dataset.chunk);
        if (entry.isIntersecting) this.enrich(c);
        else this.flatten(c);
      }
    }, { root: this.container, rootMargin: "1500px 0px" });
    for (const chunk of this.chunks) this.observer.observe(chunk);
  }

  /** How many chunks currently carry markup (for tests and diagnostics). */
  get richChunks() {
    return this.chunks?.filter((chunk) => chunk.rich).length ?? 0;
  }

  enrich(c) {
    const chunk = this.chunks[c];
    if (!chunk || chunk.rich) return;
    const from = this.bounds[c], to = this.bounds[c + 1];
    const sentences = this.result.sentences;
    const parts = pieces(from, to, sentences, firstEndingAfter(sentences, from), this.byChunk[c]);
    const out = [];
    let sentenceNode = null, sentenceIndex = null;
    for (const piece of parts) {
      if (piece.sentence !== sentenceIndex) {
        sentenceIndex = piece.sentence;
        sentenceNode = sentenceIndex === null ? null : this.sentenceNode(sentenceIndex);
        if (sentenceNode) out.push(sentenceNode);
      }
      const node = this.pieceNode(piece);
      if (sentenceNode) sentenceNode.append(...node);
      else out.push(...node);
    }
    chunk.replaceChildren(...out);
    chunk.rich = true;
  }

  flatten(c) {
    const chunk = this.chunks[c];
    if (!chunk?.rich || chunk.contains(this.container.getRootNode().activeElement)) return;
    chunk.replaceChildren(this.text.slice(this.bounds[c], this.bounds[c + 1]));
    chunk.rich = false;
  }

  sentenceNode(index) {
    const sentence = this.result.sentences[index];
    return el("span", {
      className: `s role-${sentence.role}`,
      dataset: { n: index + 1, sentence: index },
      tabIndex: -1,
    });
  }

  /** The nodes for one piece: text, wrapped in a cue or mention span, wrapped in a quote mark. */
  pieceNode(piece) {
    let node = document.createTextNode(this.text.slice(piece.start, piece.end));
    const quoteItem = innermost(piece.items, "quote");
    const cue = piece.items.find((item) => item.type === "cue");
    const mention = piece.items.find((item) => item.type === "mention");
    if (cue) node = this.cueNode(cue, node);
    else if (mention) node = this.mentionNode(mention, node);
    if (!quoteItem) return [node];
    const quote = this.result.quotes[quoteItem.quote];
    const mark = el("mark", {
      className: `quote quote-${quote.kind}${quote.unclosed ? " unclosed" : ""}`,
      title: this.quoteTitle(quote),
      dataset: { quote: quoteItem.quote, kind: quote.kind, speaker: quote.speaker ?? "", speakerIndex: quote.speakerIndex ?? "" },
      vars: speakerVars(quote.speakerIndex),
    }, node);
    if (this.activeSpeaker !== null) mark.classList.toggle("active", quote.speakerIndex === this.activeSpeaker);
    if (piece.start !== quote.start || quote.kind === "scare") return [mark];
    // A badge before the quote names the speaker by letter: the cue that does not rely on colour.
    const badge = el("span", {
      className: "badge", dataset: { letter: quote.kind === "indirect" ? `${speakerLetter(quote.speakerIndex)}›` : speakerLetter(quote.speakerIndex) },
      vars: speakerVars(quote.speakerIndex),
    });
    return [badge, mark];
  }

  cueNode(cue, text) {
    const quote = this.result.quotes[cue.quote];
    const tone = quote.cueTone ?? "neutral";
    return el("span", {
      className: `cue cue-${tone}`,
      title: tone === "loaded" ? this.strings.cueLoaded : this.strings.cueNeutral,
      dataset: { quote: cue.quote, tone },
    }, text);
  }

  mentionNode(mention, text) {
    const quote = this.result.quotes[mention.quote];
    return el("span", {
      className: "mention", title: this.strings.mentionOf(quote.speaker ?? this.strings.unattributed),
      dataset: { quote: mention.quote }, vars: speakerVars(quote.speakerIndex),
    }, text);
  }

  quoteTitle(quote) {
    const s = this.strings;
    const who = quote.speaker ?? s.unattributed;
    const kind = s.quoteKinds[quote.kind] ?? quote.kind;
    const cue = quote.cue ? ` — ${quote.cue}${quote.cueTone === "loaded" ? ` (${s.loaded})` : ""}` : "";
    return `${kind}: ${who}${cue}${quote.unclosed ? ` — ${s.unclosed}` : ""}`;
  }

  highlightSpeaker(index) {
    this.activeSpeaker = index;
    this.container.classList.toggle("has-active", index !== null);
    for (const mark of this.container.querySelectorAll("mark.quote")) {
      mark.classList.toggle("active", index !== null && mark.dataset.speakerIndex === String(index));
    }
  }

  /** Brings text[start, end) into view, marks it and focuses its sentence. */
  reveal(start, end = start) {
    if (!this.chunks?.length) return;
    const c = chunkAt(this.bounds, start);
    this.enrich(c);
    const range = this.rangeFor(this.chunks[c], this.bounds[c], start, Math.min(end, this.bounds[c + 1]));
    if (!range) return;
    const sentence = range.startContainer.parentElement?.closest(".s");
    (sentence ?? this.chunks[c]).scrollIntoView({ block: "center" });
    sentence?.focus({ preventScroll: true });
    if (globalThis.CSS?.highlights && globalThis.Highlight) CSS.highlights.set("article-lens-target", new Highlight(range));
  }

  rangeFor(chunk, chunkStart, start, end) {
    const walker = document.createTreeWalker(chunk, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let offset = chunkStart, startSet = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.data.length;
      // Strictly inside: a start at a node's end belongs to the next node (the next sentence).
      if (!startSet && start < offset + length) {
        range.setStart(node, start - offset);
        startSet = true;
      }
      if (startSet && end <= offset + length) {
        range.setEnd(node, end - offset);
        return range;
      }
      offset += length;
    }
    return startSet ? range : null;
  }

  destroy() {
    this.observer?.disconnect();
  }
}

function innermost(items, type) {
  let best = null;
  for (const item of items) if (item.type === type && (!best || item.start >= best.start)) best = item;
  return best;
}
