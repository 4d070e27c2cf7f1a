// <article-lens>: the analysis views of Article Lens as a custom element.
//
//   import "article-lens/define";                      // registers <article-lens>
//   <article-lens language="auto" keywords="20">Article text as light-DOM text…</article-lens>
//   el.text = longText;                                // or set the text as a property
//   el.addEventListener("article-lens-analyzed", (e) => console.log(e.detail.result));
//
// Attributes (and properties): language ("auto"), keywords (how many, 20), hard-wrap,
// whole-quotations (a quoted passage of several sentences counts as one sentence), panel
// (sources | keywords | structure), numbered (show every sentence number), cloud (word cloud),
// worker-threshold (characters; longer texts are analysed in a Web Worker, 50000), delay (ms of
// quiet before re-analysing, 250). `result` is read-only. Events bubble and are composed:
// article-lens-analyzed {result, milliseconds, inWorker} and article-lens-error {message}.
// Theme with --article-lens-* custom properties and ::part(reader | panel | tabs | summary | status).
import { createAnalyzer } from "../../wasm/index.js";
import { createWorkerAnalyzer } from "../../wasm/worker-client.js";
import { el, percent } from "./dom.js";
import { ReaderView } from "./reader-view.js";
import { renderSources } from "./sources-view.js";
import { renderKeywords } from "./keywords-view.js";
import { renderStructure } from "./structure-view.js";
import { elementStyles } from "./styles.js";
import { stringsFor } from "./i18n/index.js";

const PANELS = ["sources", "keywords", "structure"];
let sharedWorker = null; // one worker for every element on the page

export class ArticleLensElement extends HTMLElement {
  static observedAttributes = ["language", "keywords", "hard-wrap", "whole-quotations", "panel", "numbered", "cloud", "ui-lang"];

  #text = null;
  #result = null;
  #resultText = "";
  #timer = 0;
  #controller = null;
  #lightObserver = null;
  #selectedKeyword = null;
  #activeSpeaker = null;
  #quoteCursor = null;
  #strings = stringsFor("en");
  #nodes;
  #reader;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [elementStyles()];
    this.#nodes = this.#build(root);
    this.#reader = new ReaderView(this.#nodes.reader, this.#strings.element);
  }

  connectedCallback() {
    this.#applyStrings();
    if (this.#text === null) {
      this.#lightObserver = new MutationObserver(() => this.#schedule());
      this.#lightObserver.observe(this, { childList: true, characterData: true, subtree: true });
    }
    this.#schedule(0);
  }

  disconnectedCallback() {
    this.#lightObserver?.disconnect();
    this.#lightObserver = null;
    clearTimeout(this.#timer);
    this.#controller?.abort();
    this.#reader.destroy();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === "panel" || name === "cloud") this.#renderPanel();
    else if (name === "numbered") this.#nodes.reader.classList.toggle("numbered", this.numbered);
    else if (name === "ui-lang") this.#applyStrings();
    else if (this.isConnected) this.#schedule();
  }

  /** The article text: the `text` property if set, otherwise the element's light-DOM text. */
  get text() {
    return this.#text ?? this.textContent ?? "";
  }
  set text(value) {
    this.#text = value === null || value === undefined ? null : String(value);
    if (this.#text !== null) {
      this.#lightObserver?.disconnect();
      this.#lightObserver = null;
    }
    if (this.isConnected) this.#schedule();
  }

  /** The last analysis (see docs/SCHEMA.md), or null. Read-only. */
  get result() {
    return this.#result;
  }
  /** The text the current `result` belongs to. */
  get analyzedText() {
    return this.#resultText;
  }

  get language() { return this.getAttribute("language") || "auto"; }
  set language(value) { this.setAttribute("language", value); }
  get keywords() { return positiveInt(this.getAttribute("keywords"), 20); }
  set keywords(value) { this.setAttribute("keywords", String(value)); }
  get hardWrap() { return this.hasAttribute("hard-wrap"); }
  set hardWrap(value) { this.toggleAttribute("hard-wrap", Boolean(value)); }
  get wholeQuotations() { return this.hasAttribute("whole-quotations"); }
  set wholeQuotations(value) { this.toggleAttribute("whole-quotations", Boolean(value)); }
  get panel() { const p = this.getAttribute("panel"); return PANELS.includes(p) ? p : "sources"; }
  set panel(value) { this.setAttribute("panel", value); }
  get numbered() { return this.hasAttribute("numbered"); }
  set numbered(value) { this.toggleAttribute("numbered", Boolean(value)); }
  get cloud() { return this.hasAttribute("cloud"); }
  set cloud(value) { this.toggleAttribute("cloud", Boolean(value)); }
  get workerThreshold() { return positiveInt(this.getAttribute("worker-threshold"), 50000); }
  set workerThreshold(value) { this.setAttribute("worker-threshold", String(value)); }
  get delay() { return positiveInt(this.getAttribute("delay"), 250, 0); }
  set delay(value) { this.setAttribute("delay", String(value)); }

  /** Analyses now (skipping the delay); resolves with the result, or null if superseded. */
  analyze() {
    clearTimeout(this.#timer);
    return this.#run();
  }

  /** Highlights one speaker's quotes (index into result.speakers), or none with null. */
  highlightSpeaker(index) {
    this.#activeSpeaker = index;
    this.#reader.highlightSpeaker(index);
    if (this.panel === "sources") this.#renderPanel();
  }

  /** Scrolls the reader to text[start, end) and marks it. */
  reveal(start, end = start) {
    this.#reader.reveal(start, end);
  }

  #schedule(delay = this.delay) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run().catch(() => {}), delay);
  }

  async #run() {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const text = this.text;
    const options = {
      language: this.language, hardWrap: this.hardWrap, wholeQuotations: this.wholeQuotations, keywords: { top: this.keywords },
    };
    const inWorker = text.length > this.workerThreshold;
    const started = performance.now();
    try {
      let result;
      if (inWorker) {
        this.#progress("loading");
        sharedWorker ??= createWorkerAnalyzer();
        result = await sharedWorker.analyze(text, options, {
          signal: controller.signal,
          onProgress: (stage) => this.#progress(stage),
        });
      } else {
        const lens = await createAnalyzer();
        if (controller.signal.aborted) return null;
        result = lens.analyze(text, options);
      }
      if (controller.signal.aborted) return null;
      this.#progress("rendering");
      if (result.error) throw new Error(result.error);
      // A long text's result comes in, the reader's layout, its page and the panel are built in
      // tasks of their own, so that the page paints (and its progress moves) in between.
      let layout;
      if (inWorker) {
        const steps = this.#reader.layoutInSteps(text, result);
        for (let step = { done: false }; !step.done;) {
          await yieldToPage();
          if (controller.signal.aborted) return null;
          step = steps.next();
          layout = step.value;
        }
        await yieldToPage();
        if (controller.signal.aborted) return null;
      }
      this.#result = result;
      this.#resultText = text;
      this.#render(text, result, { panel: !inWorker, layout });
      if (inWorker) {
        await yieldToPage();
        if (controller.signal.aborted) return null;
        this.#renderPanel();
      }
      const milliseconds = performance.now() - started;
      this.#progress(null, this.#strings.element.analysedIn(Math.round(milliseconds), inWorker));
      this.dispatchEvent(new CustomEvent("article-lens-analyzed", {
        bubbles: true, composed: true, detail: { result, milliseconds, inWorker },
      }));
      return result;
    } catch (error) {
      if (error?.name === "AbortError") return null;
      this.#progress(null, this.#strings.element.failed(error.message));
      this.dispatchEvent(new CustomEvent("article-lens-error", {
        bubbles: true, composed: true, detail: { message: error.message },
      }));
      throw error;
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
  }

  #progress(stage, message = "") {
    const { progress, statusText } = this.#nodes;
    progress.hidden = stage === null;
    this.toggleAttribute("busy", stage !== null);
    statusText.textContent = stage === null ? message : this.#strings.element.stages[stage] ?? stage;
  }

  #render(text, result, { panel = true, layout } = {}) {
    const s = this.#strings.element;
    this.#activeSpeaker = null;
    this.#selectedKeyword = null;
    this.#quoteCursor = null;
    this.#nodes.summary.textContent = text.trim()
      ? s.summary({
        sentences: result.stats.sentences, words: result.stats.words, direct: result.stats.directQuotes,
        reported: result.stats.indirectQuotes, speakers: result.speakers.length,
        quoted: percent(result.stats.quotedShare, s.locale), language: result.language,
      })
      : s.emptyText;
    this.#reader.highlightSpeaker(null);
    this.#reader.render(text, result, layout);
    if (panel) this.#renderPanel();
  }

  #renderPanel() {
    const { tabs, panel } = this.#nodes;
    const current = this.panel;
    for (const tab of tabs) {
      const selected = tab.dataset.panel === current;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      if (selected) panel.setAttribute("aria-labelledby", tab.id);
    }
    const result = this.#result;
    if (!result) {
      panel.replaceChildren();
      return;
    }
    const s = this.#strings.element;
    const text = this.#resultText;
    const reveal = (start, end) => this.reveal(start, end);
    let content;
    if (current === "sources") {
      content = renderSources(result, s, {
        activeSpeaker: this.#activeSpeaker, locale: s.locale, onReveal: reveal,
        onSelect: (index) => {
          this.highlightSpeaker(index);
          const first = index === null ? null : result.quotes.find((q) => q.speakerIndex === index);
          if (first) this.reveal(first.start, first.end);
          this.#nodes.panel.querySelector(`[data-speaker-index="${index ?? ""}"]`)?.focus();
        },
      });
    } else if (current === "keywords") {
      content = renderKeywords(text, result, s, {
        selected: this.#selectedKeyword, cloud: this.cloud, onReveal: reveal,
        onSelect: (index) => {
          this.#selectedKeyword = index;
          this.#renderPanel();
          if (index !== null) panel.querySelector(".detail-heading")?.focus();
        },
      });
    } else {
      content = renderStructure(result, s, { locale: s.locale, onReveal: reveal });
    }
    panel.replaceChildren(...content.filter(Boolean));
    panel.querySelector(".cloud-toggle")?.addEventListener("change", (event) => { this.cloud = event.target.checked; });
  }

  #build(root) {
    const tabs = PANELS.map((name) => el("button", {
      type: "button", id: `tab-${name}`, className: "tab", dataset: { panel: name },
      attrs: { role: "tab", "aria-controls": "panel" },
      on: { click: () => { this.panel = name; } },
    }));
    const tablist = el("div", { className: "tabs", attrs: { role: "tablist", part: "tabs" } }, ...tabs);
    tablist.addEventListener("keydown", (event) => this.#tabKeys(event, tabs));
    const numberedToggle = el("input", { type: "checkbox", className: "numbered-toggle" });
    numberedToggle.addEventListener("change", () => { this.numbered = numberedToggle.checked; });
    const nodes = {
      progress: el("progress", { hidden: true }),
      statusText: el("span", { className: "status-text" }),
      summary: el("p", { className: "summary", attrs: { part: "summary" } }),
      reader: el("div", { className: "reader", tabIndex: 0, attrs: { part: "reader-text" } }),
      readerHeading: el("h2", { id: "reader-heading" }),
      numberedLabel: el("span", {}),
      numberedToggle,
      legend: el("ul", { className: "legend" }),
      prevQuote: el("button", { type: "button", className: "nav-quote", on: { click: () => this.#stepQuote(-1) } }),
      nextQuote: el("button", { type: "button", className: "nav-quote", on: { click: () => this.#stepQuote(1) } }),
      tabs,
      panel: el("div", { id: "panel", className: "panel", tabIndex: 0, attrs: { role: "tabpanel", part: "panel" } }),
    };
    nodes.status = el("div", { className: "status", attrs: { role: "status", "aria-live": "polite", part: "status" } }, nodes.progress, " ", nodes.statusText);
    root.append(
      nodes.status,
      nodes.summary,
      el("div", { className: "layout" },
        el("section", { className: "reader-section", attrs: { "aria-labelledby": "reader-heading", part: "reader" } },
          nodes.readerHeading,
          el("div", { className: "reader-tools" },
            nodes.legend,
            el("div", { className: "reader-buttons" },
              el("label", { className: "toggle" }, numberedToggle, " ", nodes.numberedLabel),
              nodes.prevQuote, nodes.nextQuote)),
          nodes.reader),
        el("section", { className: "side" }, tablist, nodes.panel)));
    return nodes;
  }

  #applyStrings() {
    this.#strings = stringsFor(this.getAttribute("ui-lang") || document.documentElement.lang || "en");
    const s = this.#strings.element;
    this.#reader.strings = s;
    const n = this.#nodes;
    n.readerHeading.textContent = s.readerHeading;
    n.reader.setAttribute("aria-label", s.readerLabel);
    n.numberedLabel.textContent = s.numberAll;
    n.numberedToggle.checked = this.numbered;
    n.prevQuote.textContent = s.previousQuote;
    n.nextQuote.textContent = s.nextQuote;
    n.legend.setAttribute("aria-label", s.legendLabel);
    n.legend.replaceChildren(...Object.entries(s.legend).map(([key, label]) => el("li", {}, el("span", { className: `sample sample-${key}` }, label))));
    for (const tab of n.tabs) tab.textContent = s.panels[tab.dataset.panel];
    n.panel.setAttribute("aria-label", s.panels[this.panel]);
    if (this.#result) this.#render(this.#resultText, this.#result);
  }

  #tabKeys(event, tabs) {
    const index = tabs.findIndex((tab) => tab.dataset.panel === this.panel);
    let next = null;
    if (event.key === "ArrowRight") next = (index + 1) % tabs.length;
    else if (event.key === "ArrowLeft") next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = tabs.length - 1;
    if (next === null) return;
    event.preventDefault();
    this.panel = tabs[next].dataset.panel;
    tabs[next].focus();
  }

  #stepQuote(direction) {
    const quotes = this.#result?.quotes ?? [];
    if (!quotes.length) return;
    const n = quotes.length;
    this.#quoteCursor = this.#quoteCursor === null
      ? (direction > 0 ? 0 : n - 1)
      : (this.#quoteCursor + direction + n) % n;
    const target = quotes[this.#quoteCursor];
    this.reveal(target.start, target.end);
    this.#progress(null, this.#strings.element.quoteOf(this.#quoteCursor + 1, n, target.speaker, target.kind));
  }
}

// Ends the current task, so the page can paint before the next step (setTimeout, unlike
// requestAnimationFrame, also runs in a tab in the background).
function yieldToPage() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function positiveInt(value, fallback, min = 1) {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n >= min ? n : fallback;
}
