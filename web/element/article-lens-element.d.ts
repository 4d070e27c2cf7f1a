// Types of the <article-lens> custom element: `import { ArticleLensElement } from "article-lens/element"`.
import type { AnalysisResult } from "../../wasm/index.js";

export type ArticleLensPanel = "sources" | "keywords" | "structure";

export interface ArticleLensAnalyzedDetail {
  result: AnalysisResult;
  milliseconds: number;
  /** True when the text was long enough to be analysed in the Web Worker. */
  inWorker: boolean;
}

export interface ArticleLensErrorDetail {
  message: string;
}

export declare class ArticleLensElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The article: set as a property, or the element's light-DOM text when never set. */
  text: string;
  /** The last analysis, or null. Read-only. */
  readonly result: AnalysisResult | null;
  /** The text `result` belongs to. */
  readonly analyzedText: string;
  /** "auto" or an ISO 639-1 code (attribute `language`). */
  language: string;
  /** How many keywords to show (attribute `keywords`, default 20). */
  keywords: number;
  /** Join single line breaks (attribute `hard-wrap`). */
  hardWrap: boolean;
  /** Count a quoted passage of several sentences as one sentence (attribute `whole-quotations`). */
  wholeQuotations: boolean;
  /** The side panel shown (attribute `panel`). */
  panel: ArticleLensPanel;
  /** Show every sentence number (attribute `numbered`). */
  numbered: boolean;
  /** Keywords as a word cloud (attribute `cloud`). */
  cloud: boolean;
  /** Texts longer than this many characters are analysed in a Web Worker (default 50000). */
  workerThreshold: number;
  /** Milliseconds of quiet before re-analysing after a change (default 250). */
  delay: number;
  /** Analyses now; resolves with the result, or null when a newer request superseded it. */
  analyze(): Promise<AnalysisResult | null>;
  /** Highlights one speaker's quotes (index into result.speakers), or none. */
  highlightSpeaker(index: number | null): void;
  /** Scrolls the reader to text[start, end) and marks it. */
  reveal(start: number, end?: number): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "article-lens": ArticleLensElement;
  }
  interface HTMLElementEventMap {
    "article-lens-analyzed": CustomEvent<ArticleLensAnalyzedDetail>;
    "article-lens-error": CustomEvent<ArticleLensErrorDetail>;
  }
}
