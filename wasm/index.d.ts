// Types of the Article Lens JavaScript API (hand-written: Emscripten 3.1.6 cannot emit them).
// Every offset is a UTF-16 code unit index into the analysed string: text.slice(start, end).

export interface LoadOptions {
  /** Where to fetch article_lens_core.wasm from (default: beside the module, via import.meta.url). */
  wasmUrl?: string | URL;
  /** The .wasm bytes, when you have them already (Node, bundlers that inline assets). */
  wasmBinary?: ArrayBuffer | Uint8Array;
}

export type AnalysisPart = "sentences" | "quotes" | "keywords";

export interface AnalyzeOptions {
  /** ISO 639-1 code such as "en" or "ru", or "auto" (default) to detect it from the text. */
  language?: string;
  /** Join single line breaks: for hard-wrapped text copied from PDFs. Default false. */
  hardWrap?: boolean;
  /** Keep a quoted passage of several sentences as one sentence. Default false: each is its own. */
  wholeQuotations?: boolean;
  /** Extra abbreviations that do not end a sentence, e.g. ["Gov.", "approx."]. */
  abbreviations?: string[];
  /** Which analyses to run (sentences always run). Default: all. */
  parts?: AnalysisPart[];
  keywords?: {
    /** How many keywords to return. Default 10. */
    top?: number;
    /** Leave out terms seen fewer times. Default 1. */
    minCount?: number;
    /** Group inflected forms (talk, talks). Default true. */
    stemming?: boolean;
    /** Keep names and phrases whole ("Security Council"). Default true. */
    phrases?: boolean;
    /** Extra words to leave out. */
    stopwords?: string[];
  };
}

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type SentenceRole = "body" | "headline" | "dateline" | "byline" | "list-item" | "boilerplate";

export interface Sentence extends TextSpan {
  /** The sentence's part in the page: running text, or headline, dateline, share line... */
  role: SentenceRole;
}

export type QuoteKind = "direct" | "indirect" | "scare";

export interface Quote {
  /** With the quotation marks (for indirect speech: the reported clause). */
  start: number;
  end: number;
  /** Without the marks. */
  contentStart: number;
  contentEnd: number;
  /** The quoted words, without the marks. */
  text: string;
  kind: QuoteKind;
  /** No closing mark was found: the quote was closed at its paragraph's end. */
  unclosed: boolean;
  /** The resolved person's name, or null when nobody could be attributed. */
  speaker: string | null;
  /** Index into `speakers`, or null. */
  speakerIndex: number | null;
  /** The words naming the speaker here ("he", "the head of state"), or null. */
  speakerMention: string | null;
  speakerMentionStart: number | null;
  speakerMentionEnd: number | null;
  /** The attribution verb or phrase ("said", "according to"), or null. */
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  /** "loaded" for verbs that carry judgement (claimed, admitted), "neutral" for said/told, null without a cue. */
  cueTone: "neutral" | "loaded" | null;
}

export interface Speaker {
  name: string;
  /** An unnamed source ("a senior official"). */
  anonymous: boolean;
  /** A group or body described rather than named ("shop owners", "residents", "the ministry"). */
  described: boolean;
  /** Direct plus indirect quotes. */
  quotes: number;
  directQuotes: number;
  indirectQuotes: number;
  /** Words inside this speaker's direct quotes. */
  words: number;
  /** This speaker's share of all quoted words, 0..1. */
  share: number;
  /** Every attributing mention, in text order. */
  mentions: TextSpan[];
  /** The cues used for this speaker ("said", "claimed", ":" for a colon introduction), case-folded, in order of first use. */
  cues: string[];
  /** How many of this speaker's quotes a loaded cue introduces ("claimed", "admitted"). */
  loadedCues: number;
}

export interface Keyword {
  /** Normalised key: the most frequent form, case-folded ("security council"). */
  term: string;
  /** What to show: the most frequent form as written in the text ("Security Council", "talks"). */
  label: string;
  /** Occurrences in the text. */
  count: number;
  /** Ranking value; higher is more salient. */
  score: number;
  /** Forms as written in the text, most frequent first; a word capitalised only because it opens a
   *  sentence is shown as the text writes it elsewhere ("talks", "Talks" -> "talks"). */
  forms: string[];
  occurrences: Span[];
}

export interface Stats {
  /** Unicode code points. */
  characters: number;
  /** Length of the text in UTF-16 code units (text.length). */
  utf16Length: number;
  words: number;
  sentences: number;
  /** Words inside direct quotations. */
  quotedWords: number;
  /** quotedWords / words. */
  quotedShare: number;
  /** Quotes of each kind. */
  directQuotes: number;
  indirectQuotes: number;
  scareQuotes: number;
  /** Direct quotes nobody could be named for. */
  unattributedQuotes: number;
  /** Speakers with a name (people, named organisations). */
  namedSources: number;
  /** Unnamed sources ("a senior official", "sources close to ..."). */
  anonymousSources: number;
  /** Quotes introduced by a neutral cue (said, told, stated) and by a loaded one (claimed, admitted). */
  neutralCues: number;
  loadedCues: number;
  /** Groups and bodies described rather than named ("shop owners", "residents", "the ministry"). */
  describedSources: number;
}

export interface AnalysisResult {
  version: string;
  language: string;
  languageDetected: boolean;
  /** Null on success; otherwise why nothing was analysed (every list is then empty). */
  error: string | null;
  warnings: string[];
  sentences: Sentence[];
  quotes: Quote[];
  speakers: Speaker[];
  keywords: Keyword[];
  stats: Stats;
}

export interface Analyzer {
  readonly version: string;
  /** Supported language codes. */
  readonly languages: readonly string[];
  /** Throws TypeError on arguments of the wrong type; never throws for any string text. */
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
}

/** Loads the WebAssembly core once; later calls return the same analyzer. */
export function createAnalyzer(options?: LoadOptions): Promise<Analyzer>;

/** Bit values of the analysis parts, as the core numbers them. */
export const PARTS: Readonly<{ sentences: 1; quotes: 2; keywords: 4 }>;
