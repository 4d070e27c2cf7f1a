// Speaker colours with a second cue: a letter badge (A, B, C...) and a distinct underline style,
// so a reader who cannot tell the colours apart can still tell the speakers apart.

// Okabe–Ito, ordered so that neighbours differ in lightness as well as hue.
const COLOURS = ["#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#F0E442", "#999999"];
const LINES = ["solid", "dashed", "double", "dotted"];
const UNATTRIBUTED = "#BBBBBB";

export function speakerColour(index) {
  return index === null || index === undefined ? UNATTRIBUTED : COLOURS[index % COLOURS.length];
}

export function speakerLine(index) {
  return index === null || index === undefined ? "dotted" : LINES[Math.floor(index / 2) % LINES.length];
}

/** A, B, ... Z, AA, AB ...; "?" for a quote nobody could be attributed to. */
export function speakerLetter(index) {
  if (index === null || index === undefined) return "?";
  let letters = "";
  let n = index;
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

export function speakerVars(index) {
  return { "--speaker-colour": speakerColour(index), "--speaker-line": speakerLine(index) };
}
