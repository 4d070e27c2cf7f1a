// Interface languages. To add one: copy en.js to <code>.js, translate every string, add it here.
import en from "./en.js";

export const UI_LANGUAGES = { en };

/** The strings for a BCP 47 tag ("en", "en-GB"), falling back to English. */
export function stringsFor(tag) {
  const code = String(tag || "en").toLowerCase().split("-")[0];
  return UI_LANGUAGES[code] ?? en;
}
