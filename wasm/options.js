// Checks and normalises the options of analyze(); a wrong type is a programming error (TypeError).

const KEYWORD_DEFAULTS = { top: 10, minCount: 1, stemming: true, phrases: true, stopwords: [] };
export const PARTS = Object.freeze({ sentences: 1, quotes: 2, keywords: 4 });

function fail(message) {
  throw new TypeError(`analyze options: ${message}`);
}

function stringList(value, name) {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) fail(`${name} must be an array of strings`);
  return value.slice();
}

function count(value, name, fallback, min) {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < min || value > 1e6) fail(`${name} must be an integer from ${min} to 1000000`);
  return value;
}

function flag(value, name, fallback) {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "boolean") fail(`${name} must be true or false`);
  return value;
}

export function normalizeOptions(options) {
  if (options === undefined || options === null) options = {};
  if (typeof options !== "object" || Array.isArray(options)) fail("expected an object");
  const language = options.language ?? "auto";
  if (typeof language !== "string") fail("language must be a string such as \"en\" or \"auto\"");
  let parts = 7;
  if (options.parts !== undefined && options.parts !== null) {
    const names = stringList(options.parts, "parts");
    parts = PARTS.sentences;
    for (const name of names) {
      if (!(name in PARTS)) fail(`parts: unknown part "${name}" (use ${Object.keys(PARTS).join(", ")})`);
      parts |= PARTS[name];
    }
  }
  const keywords = options.keywords ?? {};
  if (typeof keywords !== "object" || Array.isArray(keywords)) fail("keywords must be an object");
  return {
    language: language.trim().toLowerCase() || "auto",
    hardWrap: flag(options.hardWrap, "hardWrap", false),
    wholeQuotations: flag(options.wholeQuotations, "wholeQuotations", false),
    abbreviations: stringList(options.abbreviations, "abbreviations"),
    parts,
    keywords: {
      top: count(keywords.top, "keywords.top", KEYWORD_DEFAULTS.top, 0),
      minCount: count(keywords.minCount, "keywords.minCount", KEYWORD_DEFAULTS.minCount, 1),
      stemming: flag(keywords.stemming, "keywords.stemming", KEYWORD_DEFAULTS.stemming),
      phrases: flag(keywords.phrases, "keywords.phrases", KEYWORD_DEFAULTS.phrases),
      stopwords: stringList(keywords.stopwords, "keywords.stopwords"),
    },
  };
}
